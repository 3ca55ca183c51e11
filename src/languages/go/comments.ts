/**
 * Go doc comments as the Go parser attaches them (go/parser's lead comment, go/ast's
 * CommentGroup.Text): the comment group whose last line is the line directly above the
 * declaration, comments on consecutive lines forming one group, a blank line detaching it, a
 * comment that trails code on the previous line belonging to that line instead; directives
 * (`//go:generate`, `//nolint:x`, `//line`, `//export`, `//extern`) are no part of the text.
 */
import { cleandoc } from '../../core/text/lines';
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc, Insertion, OffsetRange } from '../../core/extract/types';

/** go/ast's isDirective on the text after `//`: `line `, `extern `, `export `, or `[a-z0-9]+:[a-z0-9]`. */
export function isDirective(afterSlashes: string): boolean {
  if (/^(line|extern|export) /.test(afterSlashes)) return true;
  return /^[a-z0-9]+:[a-z0-9]/.test(afterSlashes);
}

/** A `//` comment that is a directive (`//go:noinline`). */
export function isDirectiveComment(raw: string): boolean {
  return raw.startsWith('//') && isDirective(raw.slice(2));
}

/** 0-based line of an offset (counting `\n`). */
export function lineOf(text: string, offset: number, lineStarts: readonly number[]): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A comment node's end without the `\r` of a CRLF line that tree-sitter counts into `//` comments. */
export function commentEnd(node: Node, text: string): number {
  let end = node.endIndex;
  while (end > node.startIndex && (text[end - 1] === '\r' || text[end - 1] === '\n')) end--;
  return end;
}

export interface CommentGroup {
  comments: Node[];
}

/**
 * The comment group directly above `anchor` (its last comment ends on the line right above the
 * anchor's first line), as go/parser sees it: comments trailing the previous token's line are that
 * line's comment, not part of the group.
 */
export function leadGroup(anchor: Node, text: string, lineStarts: readonly number[]): Node[] {
  const run: Node[] = [];
  let previous = anchor.previousSibling;
  while (previous && previous.type === 'comment') {
    run.unshift(previous);
    previous = previous.previousSibling;
  }
  if (run.length === 0) return [];
  const line = (offset: number) => lineOf(text, offset, lineStarts);
  // go/parser: comments starting on the line where the previous token ends form its line comment.
  if (previous) {
    let endLine = line(previous.endIndex - 1);
    while (run.length > 0 && line(run[0].startIndex) === endLine) {
      endLine = line(commentEnd(run[0], text) - 1);
      run.shift();
    }
  }
  if (run.length === 0) return [];
  const last = run[run.length - 1];
  if (line(commentEnd(last, text) - 1) !== line(anchor.startIndex) - 1) return [];
  let first = run.length - 1;
  while (first > 0 && line(run[first].startIndex) <= line(commentEnd(run[first - 1], text) - 1) + 1) first--;
  return run.slice(first);
}

/** One comment's text lines as CommentGroup.Text reads them (markers gone, one leading space of `//` gone), or undefined for a directive. */
function commentLines(raw: string): string[] | undefined {
  if (raw.startsWith('//')) {
    const c = raw.slice(2).replace(/\r$/, '');
    if (c === '') return [''];
    if (c.startsWith(' ')) return [c.slice(1)];
    if (isDirective(c)) return undefined;
    return [c];
  }
  // A `/* */` block: its inside, dedented the way a docstring is (first line and common margin).
  const inner = raw.slice(2, raw.length - 2);
  return cleandoc(inner).split('\n');
}

/** The text of a comment group: go/ast's CommentGroup.Text without the final newline, and leading/trailing blank lines trimmed. */
export function groupContent(comments: readonly Node[], text: string): string {
  const lines: string[] = [];
  for (const comment of comments) {
    const raw = text.slice(comment.startIndex, commentEnd(comment, text));
    for (const l of commentLines(raw) ?? []) lines.push(l.replace(/[ \t\r]+$/, ''));
  }
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/**
 * The doc comment of a lead group: undefined when the group holds only directives or empty
 * lines. Its range spans the text comments only, from the first to the last one with text, so
 * that a replacement keeps directives below it (and gofmt's `//` line before them).
 */
export function docFromGroup(group: readonly Node[], text: string): ExistingDoc | undefined {
  const content = groupContent(group, text);
  if (content === '') return undefined;
  const textual = group.filter((c) => {
    const raw = text.slice(c.startIndex, commentEnd(c, text));
    return !isDirectiveComment(raw) && raw.replace(/\r$/, '') !== '//';
  });
  const range: OffsetRange = { start: textual[0].startIndex, end: commentEnd(textual[textual.length - 1], text) };
  return { range, raw: text.slice(range.start, range.end), content };
}

/**
 * Where a new doc comment goes: on its own line directly above the anchor, at its indentation.
 * Above directives that sit directly on the declaration, with gofmt's `//` line between the
 * comment and them (gofmt would add it). `topLevel`: gofmt sets a documented top-level
 * declaration apart by a blank line, so one goes before the comment when the line above is code.
 */
export function insertionAbove(anchor: Node, group: readonly Node[], text: string, topLevel = false): Insertion {
  const target = group.length > 0 ? group[0] : anchor;
  const lineStart = text.lastIndexOf('\n', anchor.startIndex - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, anchor.startIndex))![0];
  const at = text.lastIndexOf('\n', target.startIndex - 1) + 1;
  const firstRaw = group.length > 0 ? text.slice(group[0].startIndex, commentEnd(group[0], text)) : '';
  const separator = group.length > 0 && isDirectiveComment(firstRaw) ? `\n${indent}//` : '';
  const lineAbove = at > 0 ? text.slice(text.lastIndexOf('\n', at - 2) + 1, at) : '';
  const apart = topLevel && lineAbove.trim() !== '' ? '\n' : '';
  return { start: at, end: at, indent, prefix: apart + indent, suffix: `${separator}\n` };
}
