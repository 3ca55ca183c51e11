/** Which symbols are public API: the ones DW601 asks a docstring of and `docwright coverage` counts. */
import { conventionsOf } from '../../languages';
import { API_KINDS, type SymbolFact } from '../extract/types';

/** Not nested, not an overload; no `_private` part in its name path (dunders are public); a module only in Python. */
export function isPublic(symbol: SymbolFact): boolean {
  // Interfaces, type aliases, enums and fields are documented on request, not counted as missing API docs.
  if (!API_KINDS.has(symbol.kind)) return false;
  if (symbol.isNested || symbol.isOverload || symbol.hasOverloads) return false;
  if (symbol.kind === 'module') return conventionsOf(symbol.language).moduleDoc === 'api';
  return symbol.namePath.every((part) => !part.startsWith('_') || /^__\w+__$/.test(part)) && !symbol.name.startsWith('#');
}
