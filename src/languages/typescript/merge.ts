/** Merging a fresh JSDoc/TSDoc model with the author's: members of typed and destructured parameters. */
import type { Docstring } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import { mergeDocstring, type TemplateOptions } from '../../core/generate/template';
import { sameType } from '../../core/validate/types';
import { addTypeMembers, keepIndexedMembers, keepUncheckedMembers } from './docMembers';

/** The template's model merged with the author's comment. */
export function mergeJsDocstring(symbol: SymbolFact, fresh: Docstring, existing: Docstring, options: TemplateOptions): Docstring {
  alignDestructuredNames(symbol, fresh, existing);
  addTypeMembers(symbol, fresh, existing);
  const merged = mergeDocstring(fresh, existing, sameType, options);
  keepUncheckedMembers(symbol, merged, existing);
  return merged;
}

/**
 * A destructured parameter is `param0` in the template; when the author named it (`options`), the
 * template takes that name for it and its members, so the merge matches them.
 */
function alignDestructuredNames(symbol: SymbolFact, fresh: Docstring, existing: Docstring): void {
  const signature = symbol.params.filter((p) => !p.implicit);
  const topLevel = existing.params.filter((p) => !p.name.includes('.')).map((p) => p.name.replace(/^\.\.\./, ''));
  signature.forEach((param, index) => {
    const authored = topLevel[index];
    if (param.kind !== 'destructured' || !authored || authored === param.name || signature.some((p) => p.name === authored)) return;
    for (const p of fresh.params) {
      if (p.name === param.name) p.name = authored;
      else if (p.name.startsWith(`${param.name}.`)) p.name = authored + p.name.slice(param.name.length);
    }
    keepIndexedMembers(param, authored, fresh, existing);
  });
}
