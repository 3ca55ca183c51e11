/**
 * The file as a symbol. A Java source file has no doc comment of its own: javac attaches a comment
 * before `package` to the package only in `package-info.java`, and one before `module` in
 * `module-info.java`. So the module symbol has a docstring only in such a file (one that declares
 * no type), and its insertion point, after a licence header set apart by a blank line, is there for
 * a caller that asks for it; the wiring does not document it by default.
 */
import { fileDocInsertion, pastBlankLines } from '../../core/extract/commentPlacement';
import { namedChildren, type Node } from '../../core/extract/nodes';
import type { SymbolFact } from '../../core/extract/types';
import { lineEndAt } from '../../core/text/lines';
import { isComment, precedingDoc } from './comments';
import { symbolFact } from '../../core/extract/symbolFact';

const TYPE_DECLARATIONS = new Set(['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration', 'annotation_type_declaration']);

export function moduleSymbol(root: Node, text: string, markdown: boolean): SymbolFact {
  const top = namedChildren(root);
  const leading: Node[] = [];
  for (const node of top) {
    if (!isComment(node)) break;
    leading.push(node);
  }
  const owner = top.some((n) => TYPE_DECLARATIONS.has(n.type)) ? undefined : top.find((n) => n.type === 'package_declaration' || n.type === 'module_declaration');
  const docstring = owner ? precedingDoc(owner, text, markdown) : undefined;
  let at = 0;
  for (const node of leading) {
    if (node.text.startsWith('/**')) break;
    const end = lineEndAt(text, node.endIndex);
    // A header set apart by a blank line (a licence): the new comment goes below that blank line.
    at = pastBlankLines(text, end) ?? at;
  }
  return symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language: 'java',
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    ...(docstring ? { docstring } : {}),
    insertion: fileDocInsertion(text, at),
  });
}
