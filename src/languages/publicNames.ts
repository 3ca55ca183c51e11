/** Python's and TS/JS's public API: what DW601 asks a docstring of and coverage counts (see src/core/validate/publicSymbols.ts). */
import { API_KINDS, type SymbolFact } from '../core/extract/types';

/** A module, class, function or method with no `_private` part in its name path (dunders are public) and no `#private` name. */
export function publicByName(symbol: SymbolFact): boolean {
  // Interfaces, type aliases, enums and fields are documented on request, not counted as missing API docs.
  if (!API_KINDS.has(symbol.kind)) return false;
  return symbol.namePath.every((part) => !part.startsWith('_') || /^__\w+__$/.test(part)) && !symbol.name.startsWith('#');
}
