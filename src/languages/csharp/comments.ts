/**
 * Where C# XML doc comments are and go. The compiler reads the `///` lines (or a `/** *\/` block) in
 * the leading trivia of a declaration's first token, its first attribute list or modifier: blank
 * lines and other comments in between do not detach it. A new comment goes on its own line above
 * the attributes.
 */
import { tripleSlashRun } from '../../core/extract/commentPlacement';
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc } from '../../core/extract/types';
import { cleandoc } from '../../core/text/lines';

const isDocLine = (node: Node) => node.type === 'comment' && /^\/\/\/(?!\/)/.test(node.text);
const isDocBlock = (node: Node) => node.type === 'comment' && /^\/\*\*(?!\/)/.test(node.text);

/** The doc comment the compiler attaches to the declaration starting at `anchor`, if any. */
export function precedingDoc(anchor: Node, text: string): ExistingDoc | undefined {
  for (let node = anchor.previousSibling; node && node.type === 'comment'; node = node.previousSibling) {
    if (isDocBlock(node)) return blockDoc(node, text);
    if (isDocLine(node)) return tripleSlashRun(node, text, isDocLine);
  }
  return undefined;
}

function blockDoc(comment: Node, text: string): ExistingDoc {
  const raw = text.slice(comment.startIndex, comment.endIndex);
  const inner = raw.slice(3, -2);
  const lines = inner.replace(/\r\n?/g, '\n').split('\n').map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*\* ?/, '')));
  return { range: { start: comment.startIndex, end: comment.endIndex }, raw, content: cleandoc(lines.join('\n')) };
}

/** `lines` as `///` comment lines, the first at the cursor and the rest at `indent`. */
export function csharpComment(lines: string[], indent: string): string {
  return lines.map((line) => (line ? `/// ${line}` : '///')).join(`\n${indent}`);
}
