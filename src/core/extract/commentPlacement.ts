/** Doc comments written above a declaration (TS/JS, Java, C#): where a new one goes, and a run of `///` lines. */
import { dedent, trimBlank } from '../styles/common';
import { indentOfLineAt, lineStartAt, startsLine } from '../text/lines';
import type { Node } from './nodes';
import type { ExistingDoc, Insertion } from './types';

/**
 * A new comment on its own line above `anchor` (the declaration's first decorator, annotation or
 * modifier), at its indentation; right before it, with a space, when it does not start its line.
 * plan.ts writes `\n` as the file's line ending.
 */
export function insertionAbove(anchor: Node, text: string): Insertion {
  const indent = indentOfLineAt(text, anchor.startIndex);
  if (startsLine(text, anchor.startIndex)) {
    const at = lineStartAt(text, anchor.startIndex);
    return { start: at, end: at, indent, prefix: indent, suffix: '\n' };
  }
  return { start: anchor.startIndex, end: anchor.startIndex, indent, prefix: '', suffix: ' ' };
}

/** The run of `///` comment lines (each on its own line, no blank line between) ending with `last`, its text without the slashes. */
export function tripleSlashRun(last: Node, text: string, isLine: (node: Node) => boolean): ExistingDoc {
  let first = last;
  for (let prev = first.previousSibling; prev && isLine(prev) && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(prev.endIndex, first.startIndex)); prev = prev.previousSibling) {
    first = prev;
  }
  const raw = text.slice(first.startIndex, last.endIndex);
  const lines = raw.split(/\r?\n/).map((line) => line.replace(/^[ \t]*\/\/\//, ''));
  return { range: { start: first.startIndex, end: last.endIndex }, raw, content: trimBlank(dedent(lines)).join('\n') };
}
