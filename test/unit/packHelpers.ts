/** What the language packs' end-to-end tests (`<lang>.pack.test.ts`) share. */
import * as assert from 'node:assert/strict';
import type { LanguageId } from '../../src/core/extract/types';
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
