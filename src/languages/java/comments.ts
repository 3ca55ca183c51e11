/**
 * Where Java doc comments are and go. javac attaches to a declaration the last `/**` comment among
 * the comments between the previous token and the declaration's first token (its first annotation
 * or modifier): blank lines, `//` and `/* *\/` comments in between do not detach it, and `/**\/` is
 * an (empty) doc comment. A comment after an annotation is no one's. Checked with javac 17's
 * doc-comment API (test/fixtures/java/DocAttach.java); `///` runs, JDK 23's Markdown doc comments,
 * with javac 25's, in a file that uses them.
 */
import { tripleSlashRun } from '../../core/extract/commentPlacement';
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc } from '../../core/extract/types';
import { cleandoc } from '../../core/text/lines';

export const isComment = (node: Node): boolean => node.type === 'line_comment' || node.type === 'block_comment';

export const isDocComment = (node: Node): boolean => node.type === 'block_comment' && node.text.startsWith('/**');

/** A line of a Markdown doc comment (JDK 23, JEP 467); javac 25 takes one after code on its line too. */
const isMarkdownLine = (node: Node): boolean => node.type === 'line_comment' && node.text.startsWith('///');

/**
 * Whether `///` runs are doc comments in this file. Since JDK 23 (JEP 467) they are, and the nearer
 * of the two kinds wins; before, they are plain comments, and older code has many (`////////`
 * banners, "/// Helper methods" section titles in the JDK 17 sources) that document nothing: taken
 * for doc comments, they would be rewritten. So `'auto'` reads them only in a file where some `///`
 * line holds a block tag (`/// @param`), which no section title does.
 */
export type MarkdownDocs = boolean | 'auto';

export function readsMarkdownDocs(text: string, option: MarkdownDocs): boolean {
  return option === 'auto' ? /^[ \t]*\/\/\/[ \t]*@(param|return|throws|exception|see|since)\b/m.test(text) : option;
}

/**
 * The doc comment javac attaches to the declaration starting at `anchor`, if any; with `markdown`, a
 * run of `///` lines (no blank line between) counts too. The wiring can tell one by its `raw`
 * (`///`); rewriting it writes a `/** *\/` block in its place.
 */
export function precedingDoc(anchor: Node, text: string, markdown = false): ExistingDoc | undefined {
  for (let node = anchor.previousSibling; node && isComment(node); node = node.previousSibling) {
    if (isDocComment(node)) return docOf(node, text);
    if (markdown && isMarkdownLine(node)) return tripleSlashRun(node, text, isMarkdownLine);
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
