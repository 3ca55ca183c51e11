/**
 * Helpers of the PHP tests: extraction of a text, `php -l` as the judge of syntax, and PHP-Parser
 * (Debian's php-parser, nikic/PHP-Parser) through test/fixtures/php/docs.php as the judge of which
 * declaration each doc comment documents.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstError } from '../../src/core/extract/nodes';
import { parseText } from '../../src/core/extract/treeSitter';
import { extractPhp } from '../../src/languages/php/extract';
import type { PhpSymbolFact } from '../../src/languages/php/facts';
import { errorRanges, insertAll } from './packHelpers';

export { insertAll };

export const ROOT = join(__dirname, '..', '..', '..');
const DOCS_SCRIPT = join(ROOT, 'test', 'fixtures', 'php', 'docs.php');
export const PHP_PARSER = '/usr/share/php/PhpParser/autoload.php';

export interface Extracted {
  symbols: PhpSymbolFact[];
  byId: Map<string, PhpSymbolFact>;
  hasErrors: boolean;
  errorAt?: number;
  errors: { start: number; end: number }[];
}

/** The symbols of `text`; the flow index and a node-by-node walk of every body must agree. */
export async function extract(text: string): Promise<Extracted> {
  const tree = await parseText(text, 'php');
  try {
    const symbols = extractPhp(tree.rootNode, text);
    const walked = extractPhp(tree.rootNode, text, { walkBodies: true });
    for (let i = 0; i < symbols.length; i++) {
      const a = symbols[i];
      const b = walked[i];
      if (JSON.stringify([a.raises, a.returnsValue, a.yieldsValue]) !== JSON.stringify([b.raises, b.returnsValue, b.yieldsValue])) throw new Error(`index and walk differ on ${a.id}`);
    }
    const error = firstError(tree.rootNode);
    return { symbols, byId: new Map(symbols.map((s) => [s.id, s])), hasErrors: tree.rootNode.hasError, errors: errorRanges(tree.rootNode), ...(error ? { errorAt: error.startIndex } : {}) };
  } finally {
    tree.delete();
  }
}

/** Whether `php` runs and Debian's PHP-Parser is installed; the reason when not. */
export function phpTools(): { ok: true } | { ok: false; reason: string } {
  const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
  if (php.status !== 0) return { ok: false, reason: 'no `php` on PATH (apt-get install php-cli)' };
  if (!existsSync(PHP_PARSER)) return { ok: false, reason: `no ${PHP_PARSER} (apt-get install php-parser)` };
  return { ok: true };
}

let dir: string | undefined;

function tempFile(name: string, text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'dw-php-'));
  const file = join(dir, name.replace(/[^\w.-]/g, '_'));
  writeFileSync(file, text);
  return file;
}

/** `php -l`: '' when PHP accepts the file, else its message. */
export function phpLint(text: string, name = 'input.php'): string {
  const run = spawnSync('php', ['-l', '-d', 'display_errors=stderr', tempFile(name, text)], { encoding: 'utf8' });
  return run.status === 0 ? '' : `${run.stdout}${run.stderr}`.trim();
}

/** One declaration as PHP-Parser sees it: the extractor's kind and name path, and `getDocComment()`'s text. */
export interface ParserSymbol {
  kind: string;
  path: string;
  doc: string | null;
  line: number;
}

export interface ParserView {
  file: string;
  error?: string;
  symbols: ParserSymbol[];
  /** The comments PHP-Parser attaches to the first statement, and that statement's type (`Stmt_Namespace`). */
  first: { text: string; doc: boolean }[];
  firstType?: string;
}

/** PHP-Parser's view of each of `texts` (one php process for all). */
export function phpParserView(texts: { name: string; text: string }[]): ParserView[] {
  if (texts.length === 0) return [];
  const files = texts.map(({ name, text }, i) => tempFile(`${i}-${name}`, text));
  const run = spawnSync('php', ['-d', 'memory_limit=1G', DOCS_SCRIPT, ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`docs.php failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as ParserView);
}

const DOCUMENTABLE_FIRST = new Set(['Stmt_Function', 'Stmt_Class', 'Stmt_Interface', 'Stmt_Trait', 'Stmt_Enum', 'Stmt_Const']);

/** phpDocumentor's file docblock over PHP-Parser's comments (the rule module.ts implements on tree-sitter's). */
export function parserFileDoc(view: ParserView): string | null {
  const docs = view.first.filter((c) => c.doc);
  if (docs.length === 0) return null;
  return !DOCUMENTABLE_FIRST.has(view.firstType ?? '') || docs.length >= 2 ? docs[0].text : null;
}

/** PHP-Parser's declarations keyed as the extractor's ids (`kind:path`, `#n` for the n-th repeat). */
export function parserIds(view: ParserView): Map<string, ParserSymbol> {
  const seen = new Map<string, number>();
  const out = new Map<string, ParserSymbol>();
  for (const symbol of view.symbols) {
    const base = `${symbol.kind}:${symbol.path}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(n === 0 ? base : `${base}#${n}`, symbol);
  }
  return out;
}

/** The inserted text of each edit removed again: what remains must be the input, byte for byte. */
export function removeInserted(marked: string, text: string, edits: { symbol: PhpSymbolFact; literal: string }[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = marked;
  // From the top: once the insertions above one are removed, it sits at its own insertion offset again.
  const ordered = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => a.symbol.insertion.start - b.symbol.insertion.start || a.index - b.index);
  for (const { symbol, literal } of ordered) {
    const inserted = (symbol.insertion.prefix + literal + symbol.insertion.suffix).replace(/\r?\n/g, eol);
    const at = symbol.insertion.start;
    if (out.slice(at, at + inserted.length) !== inserted) return `inserted text of ${symbol.id} not found at ${at}`;
    out = out.slice(0, at) + out.slice(at + inserted.length);
  }
  return out;
}

/**
 * Whether tree-sitter read `symbol` without an error inside it or among the comments above it.
 */
export function readCleanly(symbol: PhpSymbolFact, errors: Extracted['errors']): boolean {
  const start = symbol.docstring?.range.start ?? symbol.insertion.start;
  const end = symbol.kind === 'module' ? Math.max(symbol.docstring?.range.end ?? 0, symbol.insertion.end) : symbol.range.end;
  return !errors.some((e) => e.start <= end && start <= e.end);
}

export interface CheckReport {
  files: number;
  symbols: number;
  documented: number;
  inserted: number;
  /** Insertions inside a line (a declaration that does not start its line: `<?php function f()`, `case A; case B;`). */
  midLine: number;
  attached: number;
  failures: string[];
}

/**
 * The whole judgement of some files: the extractor finds PHP-Parser's declarations with
 * PHP-Parser's doc comments (and phpDocumentor's file docblock); then a marker docblock goes at
 * every symbol without one (not a later name of `public $a, $b;`, which shares the statement's):
 * `php -l` accepts the result, PHP-Parser gives each marker to its symbol, removing the inserted
 * text gives the input back byte for byte, and a second extraction finds each symbol documented.
 */
export async function checkPhpFiles(files: { name: string; text: string }[], comment: (lines: string[], indent: string, replacing?: string) => string, content: (raw: string) => string): Promise<CheckReport> {
  const report: CheckReport = { files: 0, symbols: 0, documented: 0, inserted: 0, midLine: 0, attached: 0, failures: [] };
  const fail = (name: string, message: string) => report.failures.push(`${name}: ${message}`);
  const originals = phpParserView(files);
  const prepared: { name: string; text: string; marked: string; edits: { symbol: PhpSymbolFact; literal: string; marker: string }[] }[] = [];
  for (const [i, { name, text }] of files.entries()) {
    const view = originals[i];
    if (view.error) {
      fail(name, `PHP-Parser does not parse the input: ${view.error}`);
      continue;
    }
    report.files++;
    const found = await extract(text);
    const clean = found.symbols.filter((s) => readCleanly(s, found.errors));
    report.symbols += found.symbols.length;
    report.documented += found.symbols.filter((s) => s.docstring).length;
    const theirs = parserIds(view);
    for (const symbol of clean) {
      if (symbol.kind === 'module') {
        const expected = parserFileDoc(view);
        if ((symbol.docstring?.raw ?? null) !== expected) fail(name, `file docblock ${JSON.stringify(symbol.docstring?.raw ?? null)}, phpDocumentor's ${JSON.stringify(expected)}`);
        continue;
      }
      const other = theirs.get(symbol.id);
      if (!other) fail(name, `${symbol.id} is not among PHP-Parser's declarations`);
      else if ((symbol.docstring?.raw ?? null) !== other.doc) fail(name, `${symbol.id} doc ${JSON.stringify(symbol.docstring?.raw ?? null)}, PHP-Parser's ${JSON.stringify(other.doc)}`);
    }
    if (found.errors.length === 0) for (const id of theirs.keys()) if (!found.byId.has(id)) fail(name, `PHP-Parser's ${id} is not extracted`);

    const edits = clean
      .filter((s) => !s.docstring && s.php.sharesDocWith === undefined)
      .map((symbol, n) => {
        const marker = `DWMARK${n} ${symbol.id}`;
        // Both spellings: a one-line docblock, and a block with gutters.
        const lines = n % 2 ? [marker] : [marker, '', '@internal marker'];
        return { symbol, literal: comment(lines, symbol.insertion.indent, n % 2 ? '/** x */' : undefined), marker: lines.join('\n') };
      });
    report.inserted += edits.length;
    report.midLine += edits.filter((e) => !e.symbol.insertion.suffix.endsWith('\n')).length;
    const marked = insertAll(text, edits);
    const back = removeInserted(marked, text, edits);
    if (back !== text) fail(name, `removing the inserted comments does not give the input back${back.startsWith('inserted') ? `: ${back}` : ''}`);
    prepared.push({ name, text, marked, edits });
  }
  const views = phpParserView(prepared.map(({ name, marked }) => ({ name: `marked-${name}`, text: marked })));
  for (const [i, { name, text, marked, edits }] of prepared.entries()) {
    const lint = phpLint(marked, `marked-${name}`);
    if (lint) {
      fail(name, `php -l rejects the output: ${lint.slice(0, 300)}`);
      continue;
    }
    const view = views[i];
    if (view.error) {
      fail(name, `PHP-Parser does not parse the output: ${view.error}`);
      continue;
    }
    const before = await extract(text);
    const after = await extract(marked);
    if (after.errors.length > before.errors.length) fail(name, `tree-sitter finds a new error after inserting, at ${after.errorAt}`);
    const theirs = parserIds(view);
    for (const { symbol, marker } of edits) {
      const doc = symbol.kind === 'module' ? parserFileDoc(view) : theirs.get(symbol.id)?.doc ?? null;
      const ours = after.byId.get(symbol.id);
      if (doc === null || content(doc) !== marker) fail(name, `PHP-Parser gives ${symbol.id} ${JSON.stringify(doc)}`);
      else if (ours?.docstring?.content !== marker) fail(name, `a second extraction gives ${symbol.id} ${JSON.stringify(ours?.docstring?.content ?? null)}`);
      else report.attached++;
    }
  }
  return report;
}
