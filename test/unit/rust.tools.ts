/** Helpers of the Rust tests: extraction of a text, and rustc's parser (nightly `-Zunpretty=normal`) as the judge. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseText } from '../../src/core/extract/treeSitter';
import { children, firstError, type Node } from '../../src/core/extract/nodes';
import { extractRust } from '../../src/languages/rust/extract';
import type { RustSymbolFact } from '../../src/languages/rust/facts';

export interface Extracted {
  symbols: RustSymbolFact[];
  byId: Map<string, RustSymbolFact>;
  hasErrors: boolean;
  errorAt?: number;
  /** The ERROR and MISSING nodes' ranges (syntax tree-sitter-rust cannot read). */
  errors: { start: number; end: number }[];
}

/**
 * Whether tree-sitter read `symbol` without an error inside it or among the comments and
 * attributes above it (an ERROR node there may have swallowed part of its doc comment).
 */
export function readCleanly(symbol: RustSymbolFact, errors: Extracted['errors'], text: string): boolean {
  let start = text.lastIndexOf('\n', symbol.range.start - 1) + 1;
  for (;;) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (start === 0 || !/^[ \t]*(\/\/|#|\*|\/\*|\r?$)/.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  return !errors.some((e) => e.start < symbol.range.end && start < e.end + 1);
}

function errorRanges(root: Node): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) out.push({ start: node.startIndex, end: node.endIndex });
    else if (node.hasError) for (const child of children(node)) visit(child);
  };
  visit(root);
  return out;
}

export async function extract(text: string, indentUnit = '    '): Promise<Extracted> {
  const tree = await parseText(text, 'rust');
  try {
    const symbols = extractRust(tree.rootNode, text, { indentUnit });
    const walked = extractRust(tree.rootNode, text, { indentUnit, walkBodies: true });
    // The flow index and the node-by-node walk agree on every body.
    for (let i = 0; i < symbols.length; i++) {
      if (JSON.stringify(symbols[i].rust.panics) !== JSON.stringify(walked[i].rust.panics)) throw new Error(`index and walk differ on ${symbols[i].id}`);
    }
    const error = firstError(tree.rootNode);
    return { symbols, byId: new Map(symbols.map((s) => [s.id, s])), hasErrors: tree.rootNode.hasError, errors: errorRanges(tree.rootNode), ...(error ? { errorAt: error.startIndex } : {}) };
  } finally {
    tree.delete();
  }
}

const RUSTUP = ['/root/.cargo/bin/rustup', 'rustup'].find((p) => p === 'rustup' || existsSync(p))!;

/** Nightly rustc, which has `-Zunpretty` (offline); undefined with the reason when it cannot run. */
export function nightlyRustc(): { ok: true } | { ok: false; reason: string } {
  const run = spawnSync(RUSTUP, ['run', 'nightly', 'rustc', '--version'], { encoding: 'utf8' });
  return run.status === 0 ? { ok: true } : { ok: false, reason: `no nightly rustc (rustup run nightly rustc: ${run.error?.message ?? run.stderr.trim()})` };
}

let dir: string | undefined;

/**
 * rustc's parser on `text`: `-Zunpretty=normal` prints the crate as parsed (before macro
 * expansion and name resolution, so one file of std is enough), every doc comment printed directly
 * above the item rustc attached it to. `code` 0 when it parses.
 */
export function rustcPretty(text: string, name = 'input.rs'): { code: number; out: string; err: string } {
  dir ??= mkdtempSync(join(tmpdir(), 'dw-rust-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  const run = spawnSync(RUSTUP, ['run', 'nightly', 'rustc', '-Zunpretty=normal', '--edition', '2021', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

/** The directory of Debian's rust-src (`/usr/src/rustc-<version>/library`), if installed. */
export function rustLibrary(): string | undefined {
  if (!existsSync('/usr/src')) return undefined;
  const rustc = readdirSync('/usr/src').filter((d) => /^rustc-[\d.]+$/.test(d)).sort().pop();
  return rustc && existsSync(join('/usr/src', rustc, 'library')) ? join('/usr/src', rustc, 'library') : undefined;
}

/** `text` with `lines` inserted for each symbol at its insertion point, as plan.ts writes them. */
export function insertAll(text: string, edits: { symbol: RustSymbolFact; literal: string }[]): string {
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

/**
 * std's sources use unstable const-trait syntax (`T: ~const Default`, `impl const Default for X`)
 * that no released Rust accepts and tree-sitter-rust does not parse: dropped, so that the items
 * around it are read. Everything else stays as written.
 */
export function withoutConstTraits(text: string): string {
  return text.replace(/~const\s+/g, '').replace(/^([ \t]*(?:unsafe\s+)?impl\b[^{;\n]*?)\bconst\s+(?=[\w:]+(?:<[^{;\n]*>)?\s+for\b)/gm, '$1');
}
