/**
 * Runs Docwright's checker in-process on one style's data files, with that style set (as a user
 * of the style would in pyproject.toml or the setting) and default severities.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText } from '../../../src/core/validate';
import type { SymbolFact } from '../../../src/core/extract/types';
import { COMPARED_RULES } from './codeMap';
import type { PeerFinding, Style } from './types';

/** Every .py file under `dir`, relative and `/`-separated, sorted. */
export function pythonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.py') && fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** pydoclint reports a function or class at its `def` / `class` line, after any decorators. */
function definitionLine(text: string, symbol: SymbolFact): number {
  const keyword = symbol.kind === 'class' ? 'class' : 'def';
  const pattern = new RegExp(`\\b${keyword}\\s+${symbol.name.replace(/[^\w]/g, '\\$&')}\\b`, 'g');
  pattern.lastIndex = symbol.signatureRange.start;
  const match = pattern.exec(text);
  return lineOf(text, match && match.index < symbol.signatureRange.end ? match.index : symbol.signatureRange.start);
}

/**
 * The line a finding counts at. pydoclint (at its default, allow-init-docstring off) checks a class
 * docstring against `__init__` and reports at the `__init__` line; Docwright reports on the class.
 * Both are about `__init__`, so a class's findings count at its `__init__` when it has one. A
 * class docstring that does not parse is the class's own problem: pydoclint reports that DOC001
 * at the `class` line, and so it counts there.
 */
function findingLine(text: string, symbol: SymbolFact, symbols: SymbolFact[], rule: string): number {
  if (symbol.kind !== 'class' || rule === 'DW501') return definitionLine(text, symbol);
  const init = symbols.find((s) => s.kind === 'method' && s.name === '__init__' && s.namePath.length === symbol.namePath.length + 1 && symbol.namePath.every((part, i) => s.namePath[i] === part));
  return definitionLine(text, init ?? symbol);
}

export interface DocwrightRun {
  findings: PeerFinding[];
  /** Files Docwright does not check (it does not parse them), with the reason. */
  skipped: { file: string; reason: string }[];
}

export async function runDocwright(style: Style, dataDir: string): Promise<DocwrightRun> {
  const compared = new Set(COMPARED_RULES);
  const run: DocwrightRun = { findings: [], skipped: [] };
  for (const file of pythonFiles(dataDir)) {
    const text = fs.readFileSync(path.join(dataDir, file), 'utf8');
    try {
      const { findings, extracted } = await validateText(text, 'python', { style });
      const symbols = new Map(extracted.symbols.map((s) => [s.id, s]));
      for (const f of findings) {
        const symbol = symbols.get(f.symbolId);
        if (!compared.has(f.code) || !symbol) continue;
        run.findings.push({ style, file, line: findingLine(text, symbol, extracted.symbols, f.code), rule: f.code, code: f.code, message: `${f.symbol}: ${f.message}` });
      }
    } catch (error) {
      run.skipped.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}
