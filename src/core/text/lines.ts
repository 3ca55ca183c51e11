/** Line, indentation and line-ending facts about a source text. */

export type Eol = '\n' | '\r\n';

/** The file's dominant line ending; CRLF files stay CRLF. */
export function detectEol(text: string): Eol {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text[i - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Offset of the start of the line containing `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break (or end of text) ending the line containing `offset`; before a `\r` of CRLF. */
export function lineEndAt(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return Math.max(end, offset);
}

/** Leading whitespace of the line containing `offset`. */
export function indentOfLineAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  const match = /^[ \t]*/.exec(text.slice(start, start + 200));
  return match ? match[0] : '';
}

/** True when only spaces/tabs precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartAt(text, offset), offset));
}

/**
 * One indentation level as the file writes it: a tab when indented lines mostly start with a
 * tab, else the most common positive step between consecutive indentation widths (default 4 spaces).
 */
export function detectIndentUnit(text: string): string {
  let tabs = 0;
  let spaces = 0;
  const steps = new Map<number, number>();
  let previous = 0;
  // Line by line by index: splitting, trimming and matching a copy of every line cost a tenth of
  // a lean extraction.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let at = start;
    let hasTab = false;
    for (; at < end; at++) {
      const c = text.charCodeAt(at);
      if (c === 9) hasTab = true;
      else if (c !== 32) break;
    }
    const lineStart = start;
    start = end + 1;
    // Blank as trim() says: nothing past the indentation but whitespace (\r, a form feed...).
    if (at === end || (/\s/.test(text[at]) && text.slice(at, end).trim() === '')) continue;
    const width = at - lineStart;
    if (text.charCodeAt(lineStart) === 9) tabs++;
    else if (width > 0) spaces++;
    if (!hasTab) {
      const step = width - previous;
      if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
      previous = width;
    }
  }
  return unitFromCounts(tabs, spaces, steps);
}

/** The unit from what `detectIndentUnit` counted: lines starting with a tab and with spaces, and each positive step's count. */
export function unitFromCounts(tabs: number, spaces: number, steps: ReadonlyMap<number, number>): string {
  if (tabs > spaces) return '\t';
  let best = 4;
  let bestCount = 0;
  for (const [step, count] of steps) {
    if (step <= 8 && (count > bestCount || (count === bestCount && step > best))) {
      best = step;
      bestCount = count;
    }
  }
  return ' '.repeat(best);
}

/** Remove the common leading whitespace of all non-blank lines after the first (PEP 257 `inspect.cleandoc` rule). */
export function cleandoc(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    margin = Math.min(margin, line.length - line.trimStart().length);
  }
  const out = [lines[0].trim(), ...lines.slice(1).map((l) => (margin === Infinity ? l.trim() : l.slice(margin).trimEnd()))];
  while (out.length && !out[0]) out.shift();
  while (out.length && !out[out.length - 1]) out.pop();
  return out.join('\n');
}
