/** Which symbols are public API: the ones DW601 asks a docstring of and `docwright coverage` counts. */
import type { SymbolFact } from '../extract/types';

/** Not nested, not an overload; no `_private` part in its name path (dunders are public); a module only in Python. */
export function isPublic(symbol: SymbolFact): boolean {
  if (symbol.isNested || symbol.isOverload || symbol.hasOverloads) return false;
  if (symbol.kind === 'module') return symbol.language === 'python';
  return symbol.namePath.every((part) => !part.startsWith('_') || /^__\w+__$/.test(part)) && !symbol.name.startsWith('#');
}
