/** What the language packs' end-to-end tests (`<lang>.pack.test.ts`) share. */
import * as assert from 'node:assert/strict';
import { children, type Node } from '../../src/core/extract/nodes';
import type { LanguageId, SymbolFact } from '../../src/core/extract/types';
import { validateText } from '../../src/core/validate';

/** Findings as `CODE symbol`, DW601 switched on (its default is off). */
export async function findingsOf(text: string, language: LanguageId): Promise<string[]> {
  const result = await validateText(text, language, { style: 'auto', severities: { DW601: 'warning' } });
  return result.findings.map((f) => `${f.code} ${f.symbol}`);
}

/**
 * `golden` without the lines a run added, which must give `text` back line for line; every line
 * that is not the input's next one must match `added` (the language's comment lines).
 */
export function withoutAddedLines(text: string, golden: string, added: RegExp): string {
  const input = text.split(/\r?\n/);
  const out: string[] = [];
  let i = 0;
  for (const line of golden.split(/\r?\n/)) {
    if (i < input.length && line === input[i]) {
      out.push(line);
      i++;
    } else assert.match(line, added, `only comment lines are added: ${JSON.stringify(line)}`);
  }
  return out.join('\n');
}

/** `text` with each literal inserted at its symbol's insertion point, as plan.ts writes them. */
export function insertAll(text: string, edits: readonly { symbol: Pick<SymbolFact, 'insertion'>; literal: string }[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  // Last first; at one offset, the later edit first, so that the earlier one ends up above it (plan.ts's applyEdits).
  const ordered = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.symbol.insertion.start - a.symbol.insertion.start || b.index - a.index);
  for (const { symbol, literal } of ordered) {
    const { start, end, prefix, suffix } = symbol.insertion;
    out = out.slice(0, start) + (prefix + literal + suffix).replace(/\r?\n/g, eol) + out.slice(end);
  }
  return out;
}

/** The ranges tree-sitter could not parse (ERROR and MISSING nodes), outermost only. */
export function errorRanges(root: Node): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) out.push({ start: node.startIndex, end: node.endIndex });
    else if (node.hasError) for (const child of children(node)) visit(child);
  };
  visit(root);
  return out;
}
