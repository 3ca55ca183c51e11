/**
 * Where C# XML doc comments are and go. The compiler reads the `///` lines (or a `/** *\/` block) in
 * the leading trivia of a declaration's first token, its first attribute list or modifier: blank
 * lines and other comments in between do not detach it. A new comment goes on its own line above
 * the attributes.
 */
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc, Insertion } from '../../core/extract/types';
import { dedent, trimBlank } from '../../core/styles/common';
import { cleandoc, indentOfLineAt, lineStartAt, startsLine } from '../../core/text/lines';

const isDocLine = (node: Node) => node.type === 'comment' && /^\/\/\/(?!\/)/.test(node.text);
const isDocBlock = (node: Node) => node.type === 'comment' && /^\/\*\*(?!\/)/.test(node.text);

/** The doc comment the compiler attaches to the declaration starting at `anchor`, if any. */
export function precedingDoc(anchor: Node, text: string): ExistingDoc | undefined {
  for (let node = anchor.previousSibling; node && node.type === 'comment'; node = node.previousSibling) {
    if (isDocBlock(node)) return blockDoc(node, text);
    if (isDocLine(node)) return lineDoc(node, text);
  }
  return undefined;
}

/** A run of `///` lines, each on its own line, ending with `last`. */
function lineDoc(last: Node, text: string): ExistingDoc {
  let first = last;
  for (let prev = first.previousSibling; prev && isDocLine(prev) && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(prev.endIndex, first.startIndex)); prev = prev.previousSibling) {
    first = prev;
  }
  const raw = text.slice(first.startIndex, last.endIndex);
  const lines = raw.split(/\r?\n/).map((line) => line.replace(/^[ \t]*\/\/\//, ''));
  return { range: { start: first.startIndex, end: last.endIndex }, raw, content: trimBlank(dedent(lines)).join('\n') };
}

function blockDoc(comment: Node, text: string): ExistingDoc {
  const raw = text.slice(comment.startIndex, comment.endIndex);
  const inner = raw.slice(3, -2);
  const lines = inner.replace(/\r\n?/g, '\n').split('\n').map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*\* ?/, '')));
  return { range: { start: comment.startIndex, end: comment.endIndex }, raw, content: cleandoc(lines.join('\n')) };
}

/** A new comment above `anchor`, at its indentation; right before it when it does not start its line. */
export function insertionAbove(anchor: Node, text: string): Insertion {
  const indent = indentOfLineAt(text, anchor.startIndex);
  if (startsLine(text, anchor.startIndex)) {
    const at = lineStartAt(text, anchor.startIndex);
    return { start: at, end: at, indent, prefix: indent, suffix: '\n' };
  }
  return { start: anchor.startIndex, end: anchor.startIndex, indent, prefix: '', suffix: ' ' };
}

/** `lines` as `///` comment lines, the first at the cursor and the rest at `indent`. */
export function csharpComment(lines: string[], indent: string): string {
  return lines.map((line) => (line ? `/// ${line}` : '///')).join(`\n${indent}`);
}
