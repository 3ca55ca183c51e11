/** Doc comments written above a declaration: where a new one goes (a file's too), the comments before each declaration, a run of `///` lines. */
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

/**
 * A new comment on its own line above `anchor`, at its indentation. A declaration that does not
 * start its line (`enum E { A, B }`) gets it on a new line one level (`indentUnit`) deeper than
 * that line, the spaces before it replaced: a line comment there would swallow the rest of the line.
 */
export function insertionOnOwnLine(anchor: Node, text: string, indentUnit: string): Insertion {
  const lineIndent = indentOfLineAt(text, anchor.startIndex);
  if (startsLine(text, anchor.startIndex)) {
    const at = lineStartAt(text, anchor.startIndex);
    return { start: at, end: at, indent: lineIndent, prefix: lineIndent, suffix: '\n' };
  }
  let start = anchor.startIndex;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const indent = lineIndent + indentUnit;
  return { start, end: anchor.startIndex, indent, prefix: `\n${indent}`, suffix: `\n${indent}` };
}

/** Where the text goes on after the blank line(s) right after the line ending at `end` (a licence header's); undefined when no blank line follows. */
export function pastBlankLines(text: string, end: number): number | undefined {
  const rest = text.slice(end);
  return /^\r?\n[ \t]*(\r?\n|$)/.test(rest) ? end + /^(\r?\n[ \t]*)*\r?\n/.exec(rest)![0].length : undefined;
}

/** A file's own doc comment written at `at` (the top, or below a header): on a line of its own, a blank line after it unless one is there. */
export function fileDocInsertion(text: string, at: number): Insertion {
  const rest = text.slice(at);
  const suffix = rest === '' || /^[ \t]*\r?\n/.test(rest) ? '\n' : '\n\n';
  return { start: at, end: at, indent: '', prefix: at > 0 && text[at - 1] !== '\n' ? '\n' : '', suffix };
}

/** The comments (`isComment`) directly before each of `nodes` (a body's named children, in order), by node id: one pass. */
export function commentsBefore(nodes: readonly Node[], into: Map<number, Node[]>, isComment: (node: Node) => boolean): void {
  let pending: Node[] = [];
  for (const node of nodes) {
    if (isComment(node)) pending.push(node);
    else {
      into.set(node.id, pending);
      pending = [];
    }
  }
}
