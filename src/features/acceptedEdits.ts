/** How many of a preview's edits a person accepted, read from the text before and after (no `vscode` here: unit-tested). */

interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * The number of `edits` (non-overlapping, against `before`) that `after` holds, each either whole or
 * not at all; undefined when `after` is not `before` with some of them applied.
 */
export function acceptedEdits(before: string, after: string, edits: readonly TextEdit[]): number | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let at = 0; // in `after`
  let from = 0; // in `before`
  let accepted = 0;
  for (const [i, edit] of sorted.entries()) {
    const gap = before.slice(from, edit.start);
    if (!after.startsWith(gap, at)) return undefined;
    at += gap.length;
    // What follows the edit up to the next one decides between an insertion and text that merely starts alike.
    const rest = before.slice(edit.end, i + 1 < sorted.length ? sorted[i + 1].start : before.length);
    if (after.startsWith(edit.newText + rest, at)) {
      accepted++;
      at += edit.newText.length;
    } else if (after.startsWith(before.slice(edit.start, edit.end) + rest, at)) {
      at += edit.end - edit.start;
    } else return undefined;
    from = edit.end;
  }
  return after.slice(at) === before.slice(from) ? accepted : undefined;
}
