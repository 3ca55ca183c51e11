/**
 * The file as a symbol. Its doc is the inner doc comments (`//!`, `/*! *\/`) at the top of the
 * file, before the first item (inner attributes like `#![feature(..)]` may sit among them). A new
 * one goes at the very top, or below a licence header set apart by a blank line, before any
 * inner attribute: inner attributes must precede the items, and `//!` counts as one.
 */
import { fileDocInsertion, pastBlankLines } from '../../core/extract/commentPlacement';
import { namedChildren, type Node } from '../../core/extract/nodes';
import { lineEndAt } from '../../core/text/lines';
import { docParts, isComment, isInnerDoc, isOuterDoc } from './comments';
import type { RustSymbolFact } from './facts';
import { symbolFact } from '../../core/extract/symbolFact';

/** The comments and inner attributes that open a module body (a file, or the inside of `mod x { }`). */
export function innerTrivia(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (!isComment(node) && node.type !== 'inner_attribute_item') break;
    out.push(node);
  }
  return out;
}

export function moduleSymbol(root: Node, text: string): RustSymbolFact {
  const leading = innerTrivia(namedChildren(root));
  const { docstring, others } = docParts(leading, text, isInnerDoc);
  let at = 0;
  for (const node of leading) {
    // A doc comment is no licence: an outer one documents the first item, and the `//!` goes above it.
    if (!isComment(node) || isInnerDoc(node, text) || isOuterDoc(node, text)) break;
    const end = lineEndAt(text, node.endIndex - (text[node.endIndex - 1] === '\n' ? 1 : 0));
    // A header set apart by a blank line (a licence): the new comment goes below that blank line.
    at = pastBlankLines(text, end) ?? at;
  }
  return symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language: 'rust',
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    ...(docstring ? { docstring } : {}),
    insertion: fileDocInsertion(text, at),
    // The file's module is taken to be public (whether it is depends on the `mod` line in its parent).
    rust: { item: 'mod', visibility: 'pub', exported: true, modifiers: [], ...(others.length ? { otherDocs: others } : {}) },
  });
}
