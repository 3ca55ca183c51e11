/**
 * Docstring coverage, as `interrogate` measures it: of the public modules, classes, functions and
 * methods, how many have a docstring. Public and documented mean what they mean for DW601, so
 * `coverage` and `check` never disagree: an `__init__` whose class docstring documents its
 * arguments counts as documented, and so does a Go const in a group whose comment documents it.
 */
import type { ExtractResult, SymbolKind } from '../extract/types';
import { initDocumentedByClass } from '../generate/classInit';
import { isPublic } from './publicSymbols';
import { conventionsOf } from '../../languages';

export interface Undocumented {
  /** Dotted name path, `<module>` for the module. */
  name: string;
  kind: SymbolKind;
  /** Offset of the definition in the text. */
  offset: number;
}

export interface DocstringCoverage {
  /** Public symbols counted. */
  total: number;
  documented: number;
  missing: Undocumented[];
}

export function docstringCoverage(extracted: ExtractResult): DocstringCoverage {
  const result: DocstringCoverage = { total: 0, documented: 0, missing: [] };
  for (const symbol of extracted.symbols) {
    if (!isPublic(symbol)) continue;
    result.total++;
    if (symbol.docstring || initDocumentedByClass(extracted.symbols, symbol) || conventionsOf(symbol.language).sharesDoc?.(symbol)) result.documented++;
    else result.missing.push({ name: symbol.namePath.join('.') || '<module>', kind: symbol.kind, offset: symbol.range.start });
  }
  return result;
}

/** Percentage documented; a file or run with nothing public counts as fully covered (nothing is missing). */
export function coveragePercent(total: number, documented: number): number {
  return total === 0 ? 100 : (documented / total) * 100;
}
