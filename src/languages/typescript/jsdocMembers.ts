/**
 * JSDoc members of a parameter (`@param options.foo`, `@param options.foo.bar`) against what the
 * parameter has: the keys its destructuring pattern binds, or the properties of its object-literal
 * type. Pure: names in, names out; check.ts turns them into findings.
 */
import type { DocStyle } from '../../core/docstring/model';
import type { ParamFact } from '../../core/extract/types';

/** `root."foo"` and `root.foo` are the same member; `[]` marks array items (`employees[].name`). */
export function memberKey(name: string): string {
  return name.replace(/^\.\.\./, '').split('.').map((segment) => segment.replace(/^(["'])(.*)\1$/, '$2')).join('.');
}

/** The parameter a documented name belongs to: `options` for `options.foo` and `employees[].name`. */
export function rootOf(name: string): string {
  return memberKey(name).split(/[.[]/)[0];
}

/** A documented type that says nothing about the keys (`{object}`, none at all): the members must say it. */
export function isGenericType(type: string | undefined): boolean {
  return type === undefined || /^(object|Object|PlainObject|Array|array|GenericArray|\*|any|\{\})$/.test(type.trim());
}

/**
 * Whether a destructured parameter documented by its root alone still needs its members: in JSDoc,
 * as eslint-plugin-jsdoc and Docwright's JSDoc template write them, unless a type already says what
 * they are (an annotation `{a, b}: Options`, a documented `{SVGRect}`). TSDoc has no member form.
 */
export function membersRequired(fact: ParamFact, rootType: string | undefined, style: DocStyle | undefined): boolean {
  return fact.kind === 'destructured' && fact.annotation === undefined && style !== 'tsdoc' && isGenericType(rootType);
}

export interface DocumentedMember {
  /** The path below the root as written (`foo`, `"foo"`, `foo.bar`). */
  path: string;
  type?: string;
}

/**
 * Members of `fact` left out, and documented ones it does not have. The members of a level are
 * expected once one of them is documented, or when the level above is documented with a type that
 * does not name them (`@param {Object} options.foo` for `{foo: {bar}}` needs `options.foo.bar`).
 */
export function compareMembers(fact: ParamFact, documented: readonly DocumentedMember[], rootOpen: boolean): { missing: string[]; extra: string[] } {
  const members = fact.members ?? [];
  const keyOf = (d: DocumentedMember) => {
    const key = memberKey(d.path);
    return members.find((m) => m.alias === key)?.path ?? key;
  };
  const written = new Map(documented.map((d) => [keyOf(d), d] as const));
  const parentOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('.'), 0));
  const open = (level: string): boolean => {
    if ([...written.keys()].some((p) => parentOf(p) === level && members.some((m) => m.path === p))) return true;
    if (level === '') return rootOpen;
    const parent = written.get(level);
    return parent ? isGenericType(parent.type) : required(level);
  };
  const required = (path: string): boolean => {
    const member = members.find((m) => m.path === path);
    return member !== undefined && !member.optional && open(parentOf(path));
  };
  const missing = members.filter((m) => !written.has(m.path) && required(m.path)).map((m) => m.path);
  const optionalPrefixes = members.filter((m) => m.optional).map((m) => `${m.path}.`);
  const extra = documented.map(keyOf).filter((key) => !members.some((m) => m.path === key) && !optionalPrefixes.some((p) => key.startsWith(p)));
  return { missing, extra };
}

/** Names documented more than once (`@param cfg.foo` twice), each reported once. */
export function duplicateNames(names: readonly string[]): string[] {
  const keys = names.map(memberKey);
  return names.filter((_, i) => keys.indexOf(keys[i]) !== i && keys.indexOf(keys[i], keys.indexOf(keys[i]) + 1) === i);
}
