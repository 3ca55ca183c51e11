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

/** Verbs a summary in the imperative mood starts with ("Return x."), which after the name read in the third person. */
const IMPERATIVES = new Set([
  'add', 'append', 'apply', 'build', 'calculate', 'call', 'check', 'close', 'compare', 'compute', 'convert', 'copy', 'create', 'decode', 'delete',
  'encode', 'ensure', 'find', 'format', 'generate', 'get', 'handle', 'initialize', 'load', 'make', 'open', 'parse', 'print', 'read', 'register',
  'remove', 'render', 'reset', 'resolve', 'return', 'run', 'save', 'send', 'set', 'sort', 'start', 'stop', 'update', 'validate', 'wait', 'write',
]);

/** `go` gives `goes`, `copy` gives `copies`, `return` gives `returns`. */
function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * `Returns x.` reads on as `Name returns x.`, `Return x.` as `Name returns x.`; an acronym or a
 * proper name (`HTTP`, `JSON`) keeps its case.
 */
function lowerFirstWord(text: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(text)) return text;
  const word = /^\p{L}+/u.exec(text)![0].toLowerCase();
  return (IMPERATIVES.has(word) ? thirdPerson(word) : word) + text.slice(word.length);
}

/**
 * `summary` starting with the symbol's name: unchanged when it does (or a type's starts with an
 * article and the name); the first word replaced when it is the name in another case (`foo` for
 * `Foo`, `Package Foo` for `package foo`); else the name put before it (`Returns x.` gives
 * `Name returns x.`). An empty summary stays empty.
 */
export function namedGoSummary(summary: string, symbol: SymbolFact): string {
  const text = summary.replace(/^\s+/, '');
  // A command's comment (package main) starts with the command's name, which the code does not say.
  if (text === '' || (symbol.kind === 'module' && symbol.name === 'main')) return summary;
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
  // `Shapes does x.` for package shapes: the package named without its `Package`.
  const first = text.split(' ')[0];
  if (symbol.kind === 'module' && first.toLowerCase() === symbol.name.toLowerCase()) return `${name}${text.slice(first.length)}`;
  return `${name} ${lowerFirstWord(text)}`;
}
