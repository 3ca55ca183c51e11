/** Google and NumPy let a class docstring document `__init__`'s arguments; then `__init__` needs none of its own. */
import { classesNamed } from '../../core/extract/classIndex';
import type { SymbolFact } from '../../core/extract/types';
import { detectDocstringStyle, parseDocstring } from '../../core/styles';

export function initDocumentedByClass(symbols: readonly SymbolFact[], symbol: SymbolFact): boolean {
  if (symbol.name !== '__init__' || symbol.kind !== 'method') return false;
  const owner = classesNamed(symbols, symbol.namePath.slice(0, -1))[0];
  const content = owner?.docstring?.content;
  if (!content) return false;
  const style = detectDocstringStyle(content, 'python') ?? 'google';
  return parseDocstring(content, style).doc.params.length > 0;
}
