/**
 * Doxygen's doc comments in C and C++, and which declaration each documents. Doxygen reads
 * `/** *\/`, `/*! *\/`, `///` and `//!` before a declaration as its documentation (all of them
 * before it, joined, across blank lines and plain comments), and `///<`, `//!<`, `/**<`, `/*!<`
 * after a member as that member's. `////`, `/***` and `/**\/` are plain comments. A doc comment
 * holding a structural command (`@file`, `@class X`, `@defgroup`...) documents what the command
 * names, not the next declaration. Checked against doxygen 1.9.4's XML (test/unit/cpp.placement.test.ts).
 */
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc } from '../../core/extract/types';
import { dedent, trimBlank } from '../../core/styles/common';

export const isComment = (node: Node): boolean => node.type === 'comment';

/** The spelling of a doc comment: `/** *\/` and `/*! *\/` are blocks, `///` and `//!` lines. */
export type DocForm = 'block' | 'slash';

/** Whether comment text `raw` is a doc comment, and its form; `after` for the `<` forms that document the member before them. */
export function docCommentKind(raw: string): { form: DocForm; after: boolean } | undefined {
  if (raw.startsWith('///')) {
    if (raw.startsWith('////')) return undefined;
    return { form: 'slash', after: raw[3] === '<' };
  }
  if (raw.startsWith('//!')) return { form: 'slash', after: raw[3] === '<' };
  if (raw.startsWith('/**') || raw.startsWith('/*!')) {
    if (raw === '/**/' || raw.startsWith('/***')) return undefined;
    return { form: 'block', after: raw[3] === '<' };
  }
  return undefined;
}

/** A doc comment of `node`'s text that documents what follows it. */
export function isDocBefore(node: Node, text: string): boolean {
  if (!isComment(node)) return false;
  const kind = docCommentKind(text.slice(node.startIndex, node.startIndex + 5));
  return kind !== undefined && !kind.after && !isStructural(node, text);
}

/** A `///<`-like doc comment: it documents the member before it. */
export function isDocAfter(node: Node, text: string): boolean {
  return isComment(node) && docCommentKind(text.slice(node.startIndex, node.startIndex + 5))?.after === true;
}

/**
 * Commands that make a comment document something it names (`@file`, `@class X`, `@fn f()`) or
 * open a group or page: such a comment is not the next declaration's.
 */
const STRUCTURAL = /(?:^|[\s*/!])[@\\](?:file|mainpage|page|defgroup|addtogroup|weakgroup|class|struct|union|enum|fn|var|def|typedef|namespace|interface|protocol|category|property|overload|name|dir|example|\{|\})(?=[\s*]|$)/m;

export function isStructural(node: Node, text: string): boolean {
  return STRUCTURAL.test(text.slice(node.startIndex, node.endIndex));
}

/** A doc comment that documents the file (`@file`/`\file`). */
export function isFileDoc(node: Node, text: string): boolean {
  if (!isComment(node)) return false;
  const raw = text.slice(node.startIndex, node.endIndex);
  return docCommentKind(raw) !== undefined && /(?:^|[\s*/!])[@\\]file(?=\s|$)/m.test(raw);
}

/** The lines of one doc comment's text without its markers and gutter. */
function commentLines(raw: string): string[] {
  if (raw.startsWith('//')) return [raw.replace(/\r?\n$/, '').slice(raw[3] === '<' ? 4 : 3)];
  let body = raw.slice(3, raw.endsWith('*/') ? -2 : undefined);
  if (body.startsWith('<')) body = body.slice(1);
  let lines = body.replace(/\r\n?/g, '\n').split('\n');
  // Doxygen drops a leading `*` (and the whitespace before it) on every line of a block.
  lines = lines.map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*\*(?!\/)/, '')));
  // A first line of `*`s and a last line of `*`s are layout (`/*****` banners are plain comments).
  if (lines.length > 1 && /^\s*$/.test(lines[0])) lines = lines.slice(1);
  if (lines.length && /^\s*\**\s*$/.test(lines[lines.length - 1])) lines = lines.slice(0, -1);
  return lines;
}

/** The text of doc comments `nodes`, joined (plain comments among them left out), dedented. */
export function docContent(nodes: readonly Node[], text: string): string {
  const lines: string[] = [];
  for (const node of nodes) {
    const raw = text.slice(node.startIndex, node.endIndex);
    if (!docCommentKind(raw)) continue;
    // A block's first line is as indented as the others once its `/**` is gone; `///` runs dedent together.
    lines.push(...commentLines(raw));
  }
  return trimBlank(dedent(lines)).join('\n');
}

/** The end of a comment without a line ending tree-sitter may count in it. */
export function commentEnd(node: Node, text: string): number {
  let end = node.endIndex;
  while (end > node.startIndex && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}


/**
 * The doc of a declaration from the comments before it (`before`) and a `///<` comment after it
 * on its own last line (`after`): the doc comments before, from the first to the last (plain
 * comments between them are in the range, not in the content); else the trailing one.
 */
export function docOf(before: readonly Node[], after: Node | undefined, text: string): ExistingDoc | undefined {
  // A `///<` among them belongs to the member before them.
  const docs = before.filter((n) => isDocBefore(n, text));
  if (docs.length) {
    const start = docs[0].startIndex;
    const end = commentEnd(docs[docs.length - 1], text);
    return { range: { start, end }, raw: text.slice(start, end), content: docContent(before.filter((n) => n.startIndex >= start && n.endIndex <= docs[docs.length - 1].endIndex), text) };
  }
  if (after && isDocAfter(after, text)) {
    const end = commentEnd(after, text);
    return { range: { start: after.startIndex, end }, raw: text.slice(after.startIndex, end), content: docContent([after], text) };
  }
  return undefined;
}

