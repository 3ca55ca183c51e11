/**
 * Where PHP doc comments are and go. PHP's lexer makes a doc comment (T_DOC_COMMENT) of `/**`
 * followed by whitespace (`/***` and `/**\/` are plain comments). PHP-Parser attaches to a
 * declaration the comments between the previous token and the declaration's first token (its
 * first attribute), and `getDocComment()` is the last doc comment among them: blank lines and
 * plain comments in between do not detach it. A doc comment between the attributes and the
 * declaration (`#[A] /** x *\/ class C`) is no one's to PHP-Parser (PHP's reflection reads it):
 * noted as `php.otherDocs`. Checked with PHP-Parser 4.15 (test/fixtures/php/docs.php).
 */
import type { Node } from '../../core/extract/nodes';
import { insertionAbove } from '../../core/extract/commentPlacement';
import type { ExistingDoc, Insertion } from '../../core/extract/types';
import { dedent, trimBlank } from '../../core/styles/common';

export const isComment = (node: Node): boolean => node.type === 'comment';

/** `/**` and a whitespace character: a doc comment to PHP's lexer. */
export const isDocText = (raw: string): boolean => /^\/\*\*[ \t\r\n]/.test(raw);

export const isDocComment = (node: Node, text: string): boolean => isComment(node) && isDocText(text.slice(node.startIndex, node.startIndex + 4));


/** The doc comment PHP-Parser gives a declaration: the last one among the comments before it. */
export function lastDoc(comments: readonly Node[], text: string): ExistingDoc | undefined {
  for (let i = comments.length - 1; i >= 0; i--) if (isDocComment(comments[i], text)) return docOf(comments[i], text);
  return undefined;
}

export function docOf(comment: Node, text: string): ExistingDoc {
  const raw = text.slice(comment.startIndex, comment.endIndex);
  return { range: { start: comment.startIndex, end: comment.endIndex }, raw, content: docblockContent(raw) };
}

/**
 * The inside of a `/** ... *\/` docblock as phpDocumentor reads it: the delimiters gone, on each
 * line the indentation and one `*` gutter (and the space after it), then the common indentation
 * removed and blank lines at both ends dropped.
 */
export function docblockContent(raw: string): string {
  const inner = raw.slice(3, raw.endsWith('*/') ? -2 : undefined);
  const [first, ...rest] = inner.replace(/\r\n?/g, '\n').split('\n');
  // The first line's text starts after `/**`; the others' after their gutter, dedented together.
  return trimBlank([first.trim(), ...dedent(rest.map((line) => line.replace(/^[ \t]*\*(?!\/) ?/, '')))]).join('\n');
}

/** Above the declaration's first attribute (or the declaration), at its indentation; before it on its line when it does not start one. */
export function phpInsertion(anchor: Node, text: string): Insertion {
  return insertionAbove(anchor, text);
}
