/** Which symbols are public API: the ones DW601 asks a docstring of and `docwright coverage` counts. */
import { conventionsOf } from '../../languages';
import type { SymbolFact } from '../extract/types';

/** Not nested, not an overload; a module when its language says the module docstring is API; otherwise as its language says (Python's and TS's `_private` names, Go's export rule). */
export function isPublic(symbol: SymbolFact): boolean {
  if (symbol.isNested || symbol.isOverload || symbol.hasOverloads) return false;
  const conventions = conventionsOf(symbol.language);
  if (symbol.kind === 'module') return conventions.moduleDoc === 'api';
  return conventions.isPublic(symbol);
}
