/**
 * JSDoc member entries (`@param options.foo`) through "Update docstring": the template lists the
 * members Docwright knows (destructuring keys; the properties of an object-literal type once the
 * author documents one), and every other entry an author wrote under a parameter stays.
 */
import type { Docstring } from '../../core/docstring/model';
import type { ParamFact, SymbolFact } from '../../core/extract/types';
import { memberKey, rootOf } from './jsdocMembers';
import { DESCRIPTION_PLACEHOLDER } from '../../core/generate/template';

/** Array elements the author documents by index (`root."0"`) keep that name; the template writes the bound name (`root.a`). */
export function keepIndexedMembers(param: ParamFact, root: string, fresh: Docstring, existing: Docstring): void {
  for (const member of param.members ?? []) {
    if (member.alias === undefined) continue;
    const written = existing.params.find((p) => memberKey(p.name) === `${root}.${member.path}`);
    const generated = fresh.params.find((p) => p.name === `${root}.${member.alias}`);
    if (written && generated) generated.name = written.name;
  }
}

/** `options: { foo: string; bar: string }` with `@param options.foo` written: the template lists every property, as the check expects. */
export function addTypeMembers(symbol: SymbolFact, fresh: Docstring, existing: Docstring): void {
  for (const param of symbol.params) {
    if (param.kind !== 'positional' || !param.members?.length) continue;
    if (!existing.params.some((p) => memberKey(p.name).startsWith(`${param.name}.`))) continue;
    const at = fresh.params.findIndex((p) => p.name === param.name);
    if (at < 0) continue;
    fresh.params.splice(at + 1, 0, ...param.members.map((m) => ({ name: `${param.name}.${m.path}`, description: DESCRIPTION_PLACEHOLDER })));
  }
}

/** Entries under a parameter whose members Docwright cannot list (`options: Options`, an untyped `options`) stay, after their root. */
export function keepUncheckedMembers(symbol: SymbolFact, merged: Docstring, existing: Docstring): void {
  const unchecked = new Set(symbol.params.filter((p) => p.kind !== 'destructured' && !p.members).map((p) => p.name));
  for (const entry of existing.params) {
    const root = rootOf(entry.name);
    if (memberKey(entry.name) === root || !unchecked.has(root)) continue;
    const keys = merged.params.map((p) => memberKey(p.name));
    if (keys.includes(memberKey(entry.name)) || !keys.includes(root)) continue;
    const last = keys.reduce((found, key, i) => (rootOf(key) === root ? i : found), -1);
    merged.params.splice(last + 1, 0, entry);
  }
}
