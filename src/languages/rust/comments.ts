/**
 * Where Rust doc comments are and go. rustc turns every outer doc comment (`///`, `/** *\/`) before
 * an item into a `#[doc]` attribute of that item, wherever it sits among the item's other
 * attributes, and rustdoc joins them all: blank lines and plain comments do not detach a doc comment
 * (checked with `rustc -Zunpretty=normal`, test/unit/rust.corpus.test.ts). `////` and `/***` are
 * plain comments. A new doc comment goes above the item's first attribute, at its indentation.
 */
import type { Node } from '../../core/extract/nodes';
import type { ExistingDoc, OffsetRange } from '../../core/extract/types';
import { dedent, trimBlank } from '../../core/styles/common';

export const isComment = (node: Node): boolean => node.type === 'line_comment' || node.type === 'block_comment';

/**
 * `///` (not `////`) or `/**` (not `/***`, not `/**\/`): documents the item after it. Read off the
 * text as rustc's lexer does (tree-sitter's marker child says the same, at the price of a walk
 * into every comment).
 */
export function isOuterDoc(node: Node, text: string): boolean {
  if (!isComment(node)) return false;
  const head = text.slice(node.startIndex, node.startIndex + 4);
  return node.type === 'line_comment' ? head.startsWith('///') && head !== '////' : head.startsWith('/**') && head !== '/***' && head !== '/**/';
}

/** `//!` or `/*!`: documents the module (or block) it is in. */
export function isInnerDoc(node: Node, text: string): boolean {
  if (!isComment(node)) return false;
  const head = text.slice(node.startIndex, node.startIndex + 3);
  return head === '//!' || head === '/*!';
}

/** `#[doc = "..."]`: doc text as an attribute (not `#[doc(hidden)]`). */
export const isDocAttribute = (node: Node, text: string): boolean => node.type === 'attribute_item' && /^#\s*\[\s*doc\s*=/.test(text.slice(node.startIndex, node.startIndex + 40));

/** The end of a comment without the line ending tree-sitter counts in a `//` comment. */
export function commentEnd(node: Node, text: string): number {
  let end = node.endIndex;
  while (end > node.startIndex && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/**
 * For each item among `nodes` (a body's named children, in order), the attributes and comments
 * directly before it: one pass over the list. (Walking `previousSibling` from each item costs
 * tree-sitter a scan from the parent's first child per step: quadratic over std's long runs of `///` lines.)
 */
export function triviaBefore(nodes: readonly Node[], text: string, into: Map<number, Node[]>): void {
  let pending: Node[] = [];
  for (const node of nodes) {
    if (node.type === 'attribute_item' || (isComment(node) && !isInnerDoc(node, text))) pending.push(node);
    else {
      into.set(node.id, pending);
      pending = [];
    }
  }
}

/** The attributes and comments directly before `item` (its siblings), in source order. */
export function leadingTrivia(item: Node, text: string): Node[] {
  const out: Node[] = [];
  for (let node = item.previousSibling; node && (node.type === 'attribute_item' || (isComment(node) && !isInnerDoc(node, text))); node = node.previousSibling) out.unshift(node);
  return out;
}

/**
 * The text rustdoc reads from doc comments `nodes` (one group): the markers gone, a block's `*`
 * gutter gone when every line has one, then the common indentation removed (rustdoc's unindent).
 */
export function docContent(nodes: readonly Node[], text: string): string {
  const lines: string[] = [];
  for (const node of nodes) {
    const raw = text.slice(node.startIndex, commentEnd(node, text));
    if (node.type === 'line_comment') lines.push(raw.slice(3));
    else lines.push(...blockLines(raw));
  }
  return trimBlank(dedent(lines)).join('\n');
}

/** The lines of a `/** ... *\/` or `/*! ... *\/` comment, as rustc's beautify_doc_string reads them. */
function blockLines(raw: string): string[] {
  let lines = raw.slice(3, -2).replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1) {
    // A first line with nothing but `*`s and a last line of whitespace and `*`s are layout.
    if (/^\**\s*$/.test(lines[0])) lines = lines.slice(1);
    if (lines.length && /^\s*\**$/.test(lines[lines.length - 1])) lines = lines.slice(0, -1);
    const gutter = gutterOf(lines);
    if (gutter !== undefined) {
      lines = lines.map((l) => {
        if (!l.startsWith(gutter)) return l;
        const rest = l.slice(gutter.length);
        return rest === '*' || rest.startsWith('* ') || rest.startsWith('**') ? rest.slice(1) : rest;
      });
    }
  }
  return lines;
}

/**
 * The whitespace before a block's `*` gutter, as rustc's get_horizontal_trim finds it: every line
 * but a first one without a `*` (and blank lines at both ends) has its `*` at one column, after
 * nothing but spaces and tabs. Undefined when there is no such gutter.
 */
function gutterOf(lines: readonly string[]): string | undefined {
  let from = lines.length && /^[ \t]*\*/.test(lines[0]) ? 0 : 1;
  let to = lines.length;
  while (from < to && !lines[from].trim()) from++;
  while (to > from && !lines[to - 1].trim()) to--;
  if (from >= to) return undefined;
  let column: number | undefined;
  for (const line of lines.slice(from, to)) {
    const star = /^[ \t]*\*/.exec(line);
    if (!star || (column !== undefined && star[0].length - 1 !== column)) return undefined;
    column = star[0].length - 1;
  }
  return lines[from].slice(0, column);
}

export interface DocParts {
  docstring?: ExistingDoc;
  /** Doc text outside `docstring.range` (a second group, `#[doc = ""]`). */
  others: OffsetRange[];
}

/**
 * The item's doc: the first group of doc comments among `trivia` (a group ends at an attribute;
 * plain comments and blank lines inside it are kept in its range and left out of its content).
 * Doc comments of other groups and `#[doc = ".."]` attributes are `others`. `isDoc` tells outer
 * (items) from inner (`//!`, modules) doc comments.
 */
export function docParts(trivia: readonly Node[], text: string, isDoc: (node: Node, text: string) => boolean): DocParts {
  const groups: Node[][] = [];
  const others: OffsetRange[] = [];
  let open = false;
  for (const node of trivia) {
    if (isDoc(node, text)) {
      if (!open) groups.push([]);
      groups[groups.length - 1].push(node);
      open = true;
    } else if (node.type === 'attribute_item' || node.type === 'inner_attribute_item') {
      open = false;
      if (isDocAttribute(node, text) || /^#!\s*\[\s*doc\s*=/.test(text.slice(node.startIndex, node.startIndex + 40))) others.push({ start: node.startIndex, end: node.endIndex });
    }
  }
  const [first, ...rest] = groups;
  for (const group of rest) others.push({ start: group[0].startIndex, end: commentEnd(group[group.length - 1], text) });
  if (!first) return { others };
  const start = first[0].startIndex;
  const end = commentEnd(first[first.length - 1], text);
  return { docstring: { range: { start, end }, raw: text.slice(start, end), content: docContent(first, text) }, others };
}

