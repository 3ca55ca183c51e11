/**
 * The file as a symbol. C# has no file-level doc comment (the compiler documents types and members
 * only), so the module symbol has no docstring and is never documented by default; its insertion
 * point, after a licence header set apart by a blank line, is there for a caller that asks.
 */
import { namedChildren, type Node } from '../../core/extract/nodes';
import type { SymbolFact } from '../../core/extract/types';
import { lineEndAt } from '../../core/text/lines';
import { symbolFact } from '../../core/extract/symbolFact';

export function moduleSymbol(root: Node, text: string): SymbolFact {
  let at = 0;
  for (const node of namedChildren(root)) {
    if (node.type !== 'comment' || node.text.startsWith('///')) break;
    const end = lineEndAt(text, node.endIndex);
    if (/^\r?\n[ \t]*(\r?\n|$)/.test(text.slice(end))) at = end + /^(\r?\n[ \t]*)*\r?\n/.exec(text.slice(end))![0].length;
  }
  const rest = text.slice(at);
  return symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language: 'csharp',
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    insertion: { start: at, end: at, indent: '', prefix: at > 0 && text[at - 1] !== '\n' ? '\n' : '', suffix: rest === '' || /^[ \t]*\r?\n/.test(rest) ? '\n' : '\n\n' },
  });
}
