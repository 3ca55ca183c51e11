/**
 * The file as a symbol. C# has no file-level doc comment (the compiler documents types and members
 * only), so the module symbol has no docstring and is never documented by default; its insertion
 * point, after a licence header set apart by a blank line, is there for a caller that asks.
 */
import { fileDocInsertion, pastBlankLines } from '../../core/extract/commentPlacement';
import { namedChildren, type Node } from '../../core/extract/nodes';
import type { SymbolFact } from '../../core/extract/types';
import { lineEndAt } from '../../core/text/lines';
import { symbolFact } from '../../core/extract/symbolFact';

export function moduleSymbol(root: Node, text: string): SymbolFact {
  let at = 0;
  for (const node of namedChildren(root)) {
    if (node.type !== 'comment' || node.text.startsWith('///')) break;
    const end = lineEndAt(text, node.endIndex);
    at = pastBlankLines(text, end) ?? at;
  }
  return symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language: 'csharp',
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    insertion: fileDocInsertion(text, at),
  });
}
