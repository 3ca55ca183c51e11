/** Which symbols are public API: the ones DW601 asks a docstring of and `docwright coverage` counts. */
import { conventionsOf } from '../../languages';
import { API_KINDS, type SymbolFact } from '../extract/types';

/**
 * Of the kinds its language counts (Go's types, consts and vars too); not nested, not an overload;
 * by the language's own rule (Java's public and protected, Go's exported names), else no
 * `_private` part in its name path (dunders are public); a module where its docstring is API (Python).
 */
export function isPublic(symbol: SymbolFact): boolean {
  const conventions = conventionsOf(symbol.language);
  // Interfaces, type aliases, enums and fields are documented on request, not counted as missing API docs.
  if (!(conventions.publicKinds ?? API_KINDS).has(symbol.kind)) return false;
  if (symbol.isNested || symbol.isOverload || symbol.hasOverloads) return false;
  if (symbol.kind === 'module') return conventions.moduleDoc === 'api';
  if (conventions.isPublic) return conventions.isPublic(symbol);
  return symbol.namePath.every((part) => !part.startsWith('_') || /^__\w+__$/.test(part)) && !symbol.name.startsWith('#');
}
