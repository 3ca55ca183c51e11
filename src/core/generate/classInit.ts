/** A constructor whose arguments its class's docstring documents (Google and NumPy allow it); it then needs none of its own. */
import { conventionsOf } from '../../languages';
import type { SymbolFact } from '../extract/types';

export function initDocumentedByClass(symbols: readonly SymbolFact[], symbol: SymbolFact): boolean {
  return conventionsOf(symbol.language).paramsOnClass(symbols, symbol);
}
