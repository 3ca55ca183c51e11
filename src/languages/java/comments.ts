/**
 * Where Java doc comments are and go. javac attaches to a declaration the last `/**` comment among
 * the comments between the previous token and the declaration's first token (its first annotation
 * or modifier): blank lines, `//` and `/* *\/` comments in between do not detach it, and `/**\/` is
 * an (empty) doc comment. A comment after an annotation is no one's. Checked with javac 17's
 * doc-comment API (test/fixtures/java/DocAttach.java).
 */
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc, Insertion } from '../../core/extract/types';
import { cleandoc, indentOfLineAt, lineStartAt, startsLine } from '../../core/text/lines';

export const isComment = (node: Node): boolean => node.type === 'line_comment' || node.type === 'block_comment';

export const isDocComment = (node: Node): boolean => node.type === 'block_comment' && node.text.startsWith('/**');

/** The doc comment javac attaches to the declaration starting at `anchor`, if any. */
export function precedingDoc(anchor: Node, text: string): ExistingDoc | undefined {
  for (let node = anchor.previousSibling; node && isComment(node); node = node.previousSibling) {
    if (isDocComment(node)) return docOf(node, text);
  }
  return undefined;
}

export function docOf(comment: Node, text: string): ExistingDoc {
  const raw = text.slice(comment.startIndex, comment.endIndex);
  return { range: { start: comment.startIndex, end: comment.endIndex }, raw, content: javadocContent(raw) };
}

/**
 * Inside of a `/** ... *\/` block as javadoc reads it: delimiters removed, then on each line the
 * leading whitespace and `*`s (javadoc strips all of them, `** x` too) and one space, then dedented.
 */
export function javadocContent(raw: string): string {
  // `/**/` and `/***/` are doc comments too (javac's), with nothing inside.
  const inner = raw.length >= 5 ? raw.slice(3, -2).replace(/^\*+/, '').replace(/\*+$/, '') : '';
  const lines = inner.replace(/\r\n?/g, '\n').split('\n').map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*\*+ ?/, '')));
  return cleandoc(lines.map((l, i) => (i === 0 ? l : ' ' + l)).join('\n'));
}

/**
 * A new comment goes on its own line above `anchor` (its first annotation or modifier), at its
 * indentation; after whatever precedes it on its line (`} void f() {`), with a space, when it does
 * not start the line. plan.ts writes `\n` as the file's line ending.
 */
export function insertionAbove(anchor: Node, text: string): Insertion {
  const indent = indentOfLineAt(text, anchor.startIndex);
  if (startsLine(text, anchor.startIndex)) {
    const at = lineStartAt(text, anchor.startIndex);
    return { start: at, end: at, indent, prefix: indent, suffix: '\n' };
  }
  return { start: anchor.startIndex, end: anchor.startIndex, indent, prefix: '', suffix: ' ' };
}
