/** A Go doc comment's repair: the author's text stays; godoc has no entries to bring in step with the signature. */
import type { Docstring } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import { docFormGo } from './conventions';
import { namedGoSummary } from './naming';

/**
 * The author's comment as written, except that an exported symbol's comment that does not start
 * with its name (DW801) is made to: the name in the wrong case is corrected (`foo does` for `Foo`),
 * else the name goes first (`Returns x.` becomes `Foo returns x.`).
 */
export function mergeGoDocstring(symbol: SymbolFact, _fresh: Docstring, existing: Docstring): Docstring {
  if (!docFormGo(symbol)) return existing;
  return { ...existing, summary: namedGoSummary(existing.summary, symbol) };
}
