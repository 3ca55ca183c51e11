/**
 * The file as a symbol. Doxygen documents a file by a doc comment holding `@file` (or `\file`),
 * wherever it is; without one, a file has no documentation. Its doc is the first such comment at
 * file level (or inside the include guard). A new one goes at the very top, or below a licence
 * header set apart by a blank line, with a blank line after it: it must hold `@file`
 * (`cppConventions.moduleSections` asks the template for it).
 */
import { fileDocInsertion, pastBlankLines } from '../../core/extract/commentPlacement';
import { children, namedChildren, type Node } from '../../core/extract/nodes';
import { symbolFact } from '../../core/extract/symbolFact';
import { lineEndAt } from '../../core/text/lines';
import { commentEnd, docCommentKind, docContent, isComment, isFileDoc } from './comments';
import type { CppSymbolFact } from './facts';

/** The comments at file level and directly inside a top-level `#ifndef` include guard. */
function fileComments(root: Node): Node[] {
  const out: Node[] = [];
  for (const node of namedChildren(root)) {
    if (isComment(node)) out.push(node);
    else if (node.type === 'preproc_ifdef') out.push(...children(node).filter(isComment));
  }
  return out;
}

export function moduleSymbol(root: Node, text: string, language: 'c' | 'cpp'): CppSymbolFact {
  const fileDoc = fileComments(root).find((n) => isFileDoc(n, text));
  let at = 0;
  for (const node of namedChildren(root)) {
    // A doc comment is no licence: it documents what follows it.
    if (!isComment(node) || docCommentKind(text.slice(node.startIndex, node.startIndex + 5))) break;
    const end = lineEndAt(text, commentEnd(node, text));
    // A header set apart by a blank line (a licence): the new comment goes below that blank line.
    at = pastBlankLines(text, end) ?? at;
  }
  const docstring = fileDoc && {
    range: { start: fileDoc.startIndex, end: commentEnd(fileDoc, text) },
    raw: text.slice(fileDoc.startIndex, commentEnd(fileDoc, text)),
    content: docContent([fileDoc], text),
  };
  return symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language,
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    ...(docstring ? { docstring } : {}),
    insertion: fileDocInsertion(text, at),
    cpp: { entity: 'file', access: 'public', exported: true, specifiers: [], isDefinition: true },
  });
}
