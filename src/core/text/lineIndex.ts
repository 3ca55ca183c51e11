/**
 * Offset -> line/column in O(log lines): the line starts are found once per text, so reporting
 * many findings in a large file stays linear in its size (slicing the text per finding did not).
 */
export interface LinePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units from the line's start. */
  column: number;
}

export class LineIndex {
  /** Offset where each line starts; `starts[0]` is 0. Lines are split at `\n` (a CRLF's `\r` ends its line's text). */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line containing `offset` (an offset on a `\n` belongs to the line it ends). */
  lineOf(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** Offset where 1-based `line` starts (clamped to the text's lines). */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }

  position(offset: number): LinePosition {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }
}

/** The index of the text last asked about, so callers that pass only a text share one index. */
let last: LineIndex | undefined;

export function lineIndexOf(text: string): LineIndex {
  if (last?.text !== text) last = new LineIndex(text);
  return last;
}
