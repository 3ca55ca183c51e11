/**
 * The file as a symbol. phpDocumentor's rule (its `File` factory, over PHP-Parser's comments of the
 * first statement after any inline HTML): the first docblock before the file's first statement is
 * the file's when that statement is not one it documents (`namespace`, `use`, `declare`, `require`,
 * an `if`, ...), or when another docblock follows it (then the last one is the declaration's).
 * phpDocumentor asks for exactly two; two or more is read here, so that a file docblock written
 * above a declaration's stays the file's. A file without `<?php` has no module symbol.
 *
 * A new file docblock goes on the line after the first `<?php`, below a licence header set apart
 * by a blank line, with a blank line after it. When code follows the tag on its line, its place is
 * in that line (`<?php /** ... *\/ code`), where the conventions write none.
 * Only a file that opens with `<?php` (after a byte order mark or a `#!` line) has a module symbol:
 * a template that opens with HTML gets no docblock inside its markup.
 */
import { fileDocInsertion, pastBlankLines } from '../../core/extract/commentPlacement';
import { namedChildren, type Node } from '../../core/extract/nodes';
import { lineEndAt } from '../../core/text/lines';
import { docOf, isComment, isDocComment } from './comments';
import type { PhpFacts, PhpSymbolFact } from './facts';
import { symbolFact } from '../../core/extract/symbolFact';

/** Statements whose doc comment is their own (phpDocumentor's structural elements). */
export const DOCUMENTABLE = new Set(['function_definition', 'class_declaration', 'interface_declaration', 'trait_declaration', 'enum_declaration', 'const_declaration']);

export interface FileStart {
  module: PhpSymbolFact;
  /** The first statement, when Docwright documents it (its doc comment decides the file's). */
  firstDeclaration?: Node;
}

export function moduleSymbol(root: Node, text: string): FileStart | undefined {
  const top = namedChildren(root);
  const tagAt = top.findIndex((n) => n.type === 'php_tag');
  if (tagAt < 0) return undefined;
  const tag = top[tagAt];
  // A template that opens with HTML has no file docblock of its own: none goes inside its markup.
  if (!/^\uFEFF?(#![^\n]*\n)?$/.test(text.slice(0, tag.startIndex)) || !/^<\?php$/i.test(tag.text)) return undefined;
  const leading: Node[] = [];
  let first: Node | undefined;
  for (const node of top.slice(tagAt + 1)) {
    if (!isComment(node)) {
      first = node;
      break;
    }
    leading.push(node);
  }
  const docs = leading.filter((c) => isDocComment(c, text));
  const documentable = first !== undefined && DOCUMENTABLE.has(first.type);
  const docstring = docs.length > 0 && (!documentable || docs.length >= 2) ? docOf(docs[0], text) : undefined;

  const lineRest = text.slice(tag.endIndex, lineEndAt(text, tag.endIndex));
  let insertion;
  // A `//` or `#` comment after the tag ends with its line: the line after it is free.
  if (lineRest.trim() !== '' && !/^\s*(\/\/|#(?!\[))/.test(lineRest)) {
    // Code after `<?php` on its line (a template's `<?php if ($x): ?>`): the docblock would sit in
    // that line, `<?php /** ... */ code`; the conventions write none there (docless).
    insertion = { start: tag.endIndex, end: tag.endIndex, indent: '', prefix: ' ', suffix: '' };
  } else if (lineEndAt(text, tag.endIndex) === text.length) {
    insertion = { start: tag.endIndex, end: tag.endIndex, indent: '', prefix: '\n', suffix: '\n' };
  } else {
    let at = lineEndAt(text, tag.endIndex) + (text.startsWith('\r\n', lineEndAt(text, tag.endIndex)) ? 2 : 1);
    for (const node of leading) {
      if (isDocComment(node, text)) break;
      const end = lineEndAt(text, node.endIndex - (text[node.endIndex - 1] === '\n' ? 1 : 0));
      // A header set apart by a blank line (a licence): the new docblock goes below that blank line.
      at = pastBlankLines(text, end) ?? at;
    }
    // `at` is past `<?php`'s line break: no line break before the docblock.
    insertion = { ...fileDocInsertion(text, at), prefix: '' };
  }
  const module = symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language: 'php',
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    ...(docstring ? { docstring } : {}),
    insertion,
    php: { declaration: 'file', visibility: 'public', modifiers: [] } as PhpFacts,
  });
  return { module, ...(documentable && docs.length === 0 ? { firstDeclaration: first } : {}) };
}
