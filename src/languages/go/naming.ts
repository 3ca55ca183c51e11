/**
 * A Go doc comment starts with the name of what it documents ("Name does x.", "Package x ...").
 * The template's summary, a model's summary and a repair of DW801 go through `namedSummary`.
 */
import type { SymbolFact } from '../../core/extract/types';
import { exportedDocStatus } from './exportedRule';

/** The words a Go doc comment starts with: the package's `Package x`, any other symbol's own name. */
export function leadName(symbol: SymbolFact): string {
  return symbol.kind === 'module' ? `Package ${symbol.name}` : symbol.name;
}

/** Types may start with an article (revive's rule: "A Name ..."). */
const takesArticle = (symbol: SymbolFact) => symbol.kind === 'class' || symbol.kind === 'interface' || symbol.kind === 'type';

/** `Returns x.` reads on as `Name returns x.`; an acronym or a proper name (`HTTP`, `JSON`) keeps its case. */
function lowerFirstWord(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * `summary` starting with the symbol's name: unchanged when it does (or a type's starts with an
 * article and the name); the first word replaced when it is the name in another case (`foo` for
 * `Foo`, `Package Foo` for `package foo`); else the name put before it (`Returns x.` gives
 * `Name returns x.`). An empty summary stays empty.
 */
export function namedGoSummary(summary: string, symbol: SymbolFact): string {
  const text = summary.replace(/^\s+/, '');
  if (text === '') return summary;
  const name = leadName(symbol);
  const words = name.split(' ').length;
  const status = exportedDocStatus(text, name, takesArticle(symbol));
  if (status === 'ok' || text === name || text.startsWith(`${name}\n`)) return text;
  if (status === 'case-mismatch' || status === 'first-letter-mismatch') {
    // The name in another case, after an optional article: replace those words.
    const article = takesArticle(symbol) ? /^(?:A|An|The|This) /.exec(text)?.[0] ?? '' : '';
    const rest = text.slice(article.length).split(' ');
    if (rest.slice(0, words).join(' ').toLowerCase() === name.toLowerCase()) return `${article}${name} ${rest.slice(words).join(' ')}`;
  }
  return `${name} ${lowerFirstWord(text)}`;
}
