/**
 * Validation's shorter source: a language pack may leave out whole statements no rule reads (the
 * middle of function bodies with no raise, return, yield or nested definition). The parser then
 * reads less; the facts found in what remains are moved back to the offsets of the real text.
 */
import type { SymbolFact } from './types';

/** Text left out, in offsets of the real text: whole lines, [start, end). */
export interface Cut {
  start: number;
  end: number;
}

export interface LeanInput {
  /** The real text without the cuts. */
  text: string;
  /** Sorted, disjoint. */
  cuts: readonly Cut[];
  /**
   * Where each function definition starts in the real text (its first decorator, else `async` or
   * `def`), in order: the extraction of the shorter text must find exactly these, or the pack's
   * reading of the structure was wrong and the real text is parsed instead.
   */
  functionStarts: readonly number[];
}

/** The offset in the real text of `offset` in the shorter one (an offset at a cut is the text after it). */
export function realOffsets(cuts: readonly Cut[]): (offset: number) => number {
  // Where each cut sits in the shorter text, and how much was cut up to and including it.
  const at: number[] = [];
  const removed: number[] = [];
  let total = 0;
  for (const cut of cuts) {
    at.push(cut.start - total);
    total += cut.end - cut.start;
    removed.push(total);
  }
  return (offset) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? offset : offset + removed[lo - 1];
  };
}

/** Every offset `symbol` holds passed through `move`, in place: for facts no one else holds yet. */
export function moveOffsets(symbol: SymbolFact, move: (offset: number) => number): void {
  const range = (r: { start: number; end: number }) => {
    r.start = move(r.start);
    r.end = move(r.end);
  };
  for (const p of symbol.params) if (p.offset !== undefined) p.offset = move(p.offset);
  for (const p of symbol.initParams ?? []) if (p.offset !== undefined) p.offset = move(p.offset);
  for (const f of symbol.fields ?? []) f.offset = move(f.offset);
  range(symbol.range);
  range(symbol.signatureRange);
  range(symbol.insertion);
  if (symbol.docstring) range(symbol.docstring.range);
}

/**
 * A copy of `symbol` with every offset it holds passed through `move` (names, decorators, docstring
 * text... hold none and are shared: facts are read, never changed, once extracted).
 */
export function withOffsets(symbol: SymbolFact, move: (offset: number) => number): SymbolFact {
  const params = (list: SymbolFact['params']) => list.map((p) => ({ ...p }));
  const copy: SymbolFact = { ...symbol, params: params(symbol.params), range: { ...symbol.range }, signatureRange: { ...symbol.signatureRange }, insertion: { ...symbol.insertion } };
  if (symbol.initParams) copy.initParams = params(symbol.initParams);
  if (symbol.fields) copy.fields = symbol.fields.map((f) => ({ ...f }));
  if (symbol.docstring) copy.docstring = { ...symbol.docstring, range: { ...symbol.docstring.range } };
  moveOffsets(copy, move);
  return copy;
}
