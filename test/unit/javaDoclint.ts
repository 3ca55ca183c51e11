/**
 * javac's doclint (`-Xdoclint:all/private`) as a peer for the Java rules: its messages mapped to
 * Docwright's codes, each placed on the symbol whose comment or declaration is on its line, and
 * compared with Docwright's findings per file + symbol + rule + name, as test/peers does for
 * pydoclint.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SymbolFact } from '../../src/core/extract/types';
import { lineIndexOf } from '../../src/core/text/lineIndex';
import { validateText } from '../../src/core/validate';
import { extractText } from './javaHelpers';

/** The rules compared; doclint has an equivalent for each. */
export const COMPARED = ['DW101', 'DW102', 'DW105', 'DW201', 'DW202', 'DW204', 'DW401', 'DW402', 'DW403', 'DW501'] as const;
export type ComparedRule = (typeof COMPARED)[number];

export interface PeerFinding {
  file: string;
  /** Docwright's symbol id. */
  symbol: string;
  rule: ComparedRule;
  /** The parameter or the exception's simple name; '' for returns. */
  name: string;
  message: string;
}

export interface RawDoclint {
  file: string;
  line: number;
  message: string;
}

/**
 * doclint over `files` (name -> text). `patchModule`: the files are sources of that JDK module
 * (`java.base/java/util/X.java`), compiled in its place so that they resolve. Compiling stops at
 * nothing: doclint runs after attribution and its errors are reported like warnings.
 */
export function runDoclint(files: Map<string, string>, patchModule?: string): RawDoclint[] {
  const dir = mkdtempSync(join(tmpdir(), 'dw-doclint-'));
  try {
    const paths = [...files].map(([name, text]) => {
      const path = join(dir, 'src', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    });
    const args = ['-Xdoclint:all/private', '-proc:none', '-Xmaxwarns', '1000000', '-Xmaxerrs', '1000000', '-encoding', 'UTF-8', '-d', join(dir, 'out')];
    if (patchModule) args.push('--patch-module', `${patchModule}=${join(dir, 'src', patchModule)}`);
    const result = spawnSync('javac', [...args, ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const prefix = join(dir, 'src') + '/';
    const out: RawDoclint[] = [];
    for (const line of result.stderr.split('\n')) {
      const m = /^(.+?\.java):(\d+): (?:warning|error): (.*)$/.exec(line);
      if (m && m[1].startsWith(prefix)) out.push({ file: m[1].slice(prefix.length), line: Number(m[2]), message: m[3] });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const simple = (type: string) => type.replace(/<.*$/s, '').split('.').pop()!.trim();

/**
 * A doclint message as a Docwright rule and name, or undefined when Docwright has no such rule.
 * `@param name not found` does not say the name: it is read from the tag's line.
 */
export function doclintRule(message: string, sourceLine: string): { rule: ComparedRule; name: string } | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^no @param for (\S+)$/.exec(message))) return { rule: 'DW102', name: m[1] };
  if (message === '@param name not found') return { rule: 'DW101', name: /@param\s+(\S+)/.exec(sourceLine)?.[1] ?? '?' };
  if (message === 'no description for @param') {
    const name = /@param\s+(\S+)/.exec(sourceLine)?.[1] ?? '?';
    return name.startsWith('<') ? undefined : { rule: 'DW105', name };
  }
  if (message === 'no description for @return') return { rule: 'DW204', name: '' };
  if (message === 'no description for @throws') return { rule: 'DW403', name: simple(/@(?:throws|exception)\s+(\S+)/.exec(sourceLine)?.[1] ?? '?') };
  // `@param` without a name; a second `@return`.
  if (message === 'identifier expected' || / has already been specified$/.test(message)) return { rule: 'DW501', name: '' };
  if (message === 'no @return') return { rule: 'DW201', name: '' };
  if (message === 'invalid use of @return') return { rule: 'DW202', name: '' };
  if ((m = /^no @throws for (\S+)$/.exec(message))) return { rule: 'DW401', name: simple(m[1]) };
  if ((m = /^exception not thrown: (\S+)$/.exec(message))) return { rule: 'DW402', name: simple(m[1]) };
  return undefined;
}

/** The innermost symbol whose doc comment or signature holds `line` (1-based). */
function symbolAt(symbols: readonly SymbolFact[], text: string, line: number): SymbolFact | undefined {
  const lines = lineIndexOf(text);
  let best: SymbolFact | undefined;
  let bestSize = Infinity;
  for (const symbol of symbols) {
    if (symbol.kind === 'module') continue;
    const first = lines.lineOf(symbol.docstring?.range.start ?? symbol.range.start);
    const last = lines.lineOf(symbol.signatureRange.end);
    if (line >= first && line <= last && last - first < bestSize) [best, bestSize] = [symbol, last - first];
  }
  return best;
}

export interface PeerComparison {
  doclint: PeerFinding[];
  docwright: PeerFinding[];
  /** doclint's messages on compared-rule lines that no symbol holds, and messages of rules not compared, by text. */
  notCompared: Map<string, number>;
}

const key = (f: PeerFinding) => `${f.file}|${f.symbol}|${f.rule}|${f.name}`;

/** Both tools over `files`, their findings on the compared rules. */
export async function comparePeers(files: Map<string, string>, patchModule?: string): Promise<PeerComparison> {
  const raw = runDoclint(files, patchModule);
  const doclint: PeerFinding[] = [];
  const docwright: PeerFinding[] = [];
  const notCompared = new Map<string, number>();
  const skip = (what: string) => notCompared.set(what, (notCompared.get(what) ?? 0) + 1);
  for (const [file, text] of files) {
    const { symbols } = await extractText(text);
    const sourceLines = text.split(/\r?\n/);
    for (const f of raw.filter((r) => r.file === file)) {
      const mapped = doclintRule(f.message, sourceLines[f.line - 1] ?? '');
      if (!mapped) {
        skip(f.message.replace(/(for|not thrown:|found:) .*/, '$1 ...'));
        continue;
      }
      const symbol = symbolAt(symbols, text, f.line);
      if (!symbol) skip(`${mapped.rule} on a line no symbol holds`);
      else doclint.push({ file, symbol: symbol.id, ...mapped, message: `${f.line}: ${f.message}` });
    }
    const { findings } = await validateText(text, 'java', { style: 'javadoc' });
    for (const f of findings) {
      if (!(COMPARED as readonly string[]).includes(f.code)) continue;
      const quoted = /'([^']+)'/.exec(f.message)?.[1] ?? '';
      const name = ['DW201', 'DW202', 'DW204', 'DW501'].includes(f.code) ? '' : quoted.startsWith('<') ? quoted : simple(quoted);
      docwright.push({ file, symbol: f.symbolId, rule: f.code as ComparedRule, name, message: f.message });
    }
  }
  return { doclint, docwright, notCompared };
}

export interface RuleAgreement {
  rule: string;
  doclint: number;
  docwright: number;
  both: number;
  onlyDoclint: PeerFinding[];
  onlyDocwright: PeerFinding[];
}

/** Per rule and overall: what both report, what only one does. Recall = both / doclint; precision = both / Docwright. */
export function agreement(c: PeerComparison, rules: readonly string[] = COMPARED): RuleAgreement[] {
  const rows: RuleAgreement[] = [];
  for (const rule of [...rules, 'all']) {
    const pick = (list: PeerFinding[]) => list.filter((f) => rule === 'all' ? rules.includes(f.rule) : f.rule === rule);
    const [theirs, ours] = [pick(c.doclint), pick(c.docwright)];
    const [theirKeys, ourKeys] = [new Set(theirs.map(key)), new Set(ours.map(key))];
    rows.push({
      rule,
      doclint: theirKeys.size,
      docwright: ourKeys.size,
      both: [...theirKeys].filter((k) => ourKeys.has(k)).length,
      onlyDoclint: theirs.filter((f) => !ourKeys.has(key(f))),
      onlyDocwright: ours.filter((f) => !theirKeys.has(key(f))),
    });
  }
  return rows;
}

const percent = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);

/** The table printed by the tests. */
export function agreementTable(rows: RuleAgreement[]): string {
  const header = ['rule', 'doclint', 'Docwright', 'both', 'only doclint', 'only Docwright', 'recall', 'precision'];
  const body = rows.map((r) => [r.rule, r.doclint, r.docwright, r.both, r.onlyDoclint.length, r.onlyDocwright.length, percent(r.both, r.doclint), percent(r.both, r.docwright)].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  return [header, ...body].map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}
