/** Helpers of the Rust tests: extraction of a text, and rustc's parser (nightly `-Zunpretty=normal`) as the judge. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseText } from '../../src/core/extract/treeSitter';
import { firstError } from '../../src/core/extract/nodes';
import { extractRust } from '../../src/languages/rust/extract';
import type { RustSymbolFact } from '../../src/languages/rust/facts';
import { errorRanges, insertAll } from './packHelpers';

export { insertAll };

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
  while (start > 0) {
    // (lastIndexOf reads a negative start as 0: the line above the second line starts at 0.)
    const previous = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
    if (!/^[ \t]*(\/\/|#|\*|\/\*|\r?$)/.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  // The module's own part is its doc at the top, not the whole file.
  const end = symbol.kind === 'module' ? Math.max(symbol.docstring?.range.end ?? 0, symbol.insertion.end) : symbol.range.end;
  return !errors.some((e) => e.start < end && start < e.end + 1);
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

/** How to run a rustc that takes `-Z` flags: rustup's nightly, else Debian's rustc (1.63, as rust-src) unlocked by RUSTC_BOOTSTRAP. */
type Rustc = { command: string; args: string[]; env?: NodeJS.ProcessEnv };
let found: Rustc | string | undefined;

function unstableRustc(): Rustc | string {
  if (found !== undefined) return found;
  const nightly = spawnSync(RUSTUP, ['run', 'nightly', 'rustc', '--version'], { encoding: 'utf8' });
  if (nightly.status === 0) return (found = { command: RUSTUP, args: ['run', 'nightly', 'rustc'] });
  const debian = spawnSync('/usr/bin/rustc', ['--version'], { encoding: 'utf8' });
  if (debian.status === 0) return (found = { command: '/usr/bin/rustc', args: [], env: { ...process.env, RUSTC_BOOTSTRAP: '1' } });
  return (found = `no rustc that takes -Z flags (rustup run nightly rustc: ${nightly.error?.message ?? nightly.stderr.trim()}; /usr/bin/rustc: ${debian.error?.message ?? debian.stderr.trim()}; Debian's rustc package gives one)`);
}

/** A rustc with `-Zunpretty` (offline); the reason when there is none. */
export function nightlyRustc(): { ok: true } | { ok: false; reason: string } {
  const rustc = unstableRustc();
  return typeof rustc === 'string' ? { ok: false, reason: rustc } : { ok: true };
}

/** Nightly rustdoc (its JSON output's format is the one read below); the reason when there is none. */
export function nightlyRustdoc(): { ok: true } | { ok: false; reason: string } {
  const run = spawnSync(RUSTUP, ['run', 'nightly', 'rustdoc', '--version'], { encoding: 'utf8' });
  return run.status === 0 ? { ok: true } : { ok: false, reason: `no nightly rustdoc (rustup run nightly rustdoc: ${run.error?.message ?? run.stderr.trim()})` };
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
  const rustc = unstableRustc();
  if (typeof rustc === 'string') throw new Error(rustc);
  const run = spawnSync(rustc.command, [...rustc.args, '-Zunpretty=normal', '--edition', '2021', file], { encoding: 'utf8', maxBuffer: 64 << 20, ...(rustc.env ? { env: rustc.env } : {}) });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

/** The directory of Debian's rust-src (`/usr/src/rustc-<version>/library`), if installed. */
export function rustLibrary(): string | undefined {
  if (!existsSync('/usr/src')) return undefined;
  const rustc = readdirSync('/usr/src').filter((d) => /^rustc-[\d.]+$/.test(d)).sort().pop();
  return rustc && existsSync(join('/usr/src', rustc, 'library')) ? join('/usr/src', rustc, 'library') : undefined;
}

/**
 * std's sources use unstable const-trait syntax (`T: ~const Default`, `impl const Default for X`)
 * that no released Rust accepts and tree-sitter-rust does not parse: dropped, so that the items
 * around it are read. Everything else stays as written.
 */
export function withoutConstTraits(text: string): string {
  return text.replace(/~const\s+/g, '').replace(/^([ \t]*(?:unsafe\s+)?impl\b[^{;\n]*?)\bconst\s+(?=[\w:]+(?:<[^{;\n]*>)?\s+for\b)/gm, '$1');
}

/** One item rustdoc documents: its path below the crate (as the extractor names it) and its docs. */
export interface RustdocItem {
  path: string;
  docs: string | null;
}

/**
 * rustdoc's JSON output (nightly `--output-format json --document-private-items`) of a one-file
 * library crate `text`: its items, impl items named `Type.item` as the extractor names them.
 * Derived impls (`automatically_derived`), blanket and auto-trait impls are the compiler's, and a
 * tuple's fields (`0`, `1`) get no symbol: left out.
 */
export function rustdocItems(text: string, name = 'fixture'): { ok: true; crateDocs: string | null; items: RustdocItem[] } | { ok: false; error: string } {
  dir ??= mkdtempSync(join(tmpdir(), 'dw-rust-'));
  const file = join(dir, `${name}.rs`);
  writeFileSync(file, text);
  const out = join(dir, `${name}-json`);
  const run = spawnSync(RUSTUP, ['run', 'nightly', 'rustdoc', '-Z', 'unstable-options', '--output-format', 'json', '--document-private-items', '--crate-type', 'lib', '--edition', '2021', file, '-o', out], { encoding: 'utf8' });
  if (run.status !== 0) return { ok: false, error: run.stderr };
  const json = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as { root: number; index: Record<string, JsonItem> };
  const items: RustdocItem[] = [];
  const push = (path: string[], item: JsonItem) => items.push({ path: path.join('.'), docs: item.docs });
  const impls = (ids: number[], owner: string[]) => {
    for (const id of ids) {
      const impl = json.index[id];
      const inner = impl.inner.impl;
      if (inner.is_synthetic || inner.blanket_impl || JSON.stringify(impl.attrs).includes('automatically_derived')) continue;
      for (const member of inner.items ?? []) push([...owner, json.index[member].name!], json.index[member]);
    }
  };
  const fields = (ids: number[], owner: string[]) => {
    for (const id of ids) if (!/^\d+$/.test(json.index[id].name!)) push([...owner, json.index[id].name!], json.index[id]);
  };
  const visit = (id: number, path: string[]) => {
    const item = json.index[id];
    const [kind, inner] = Object.entries(item.inner)[0];
    const here = [...path, item.name!];
    switch (kind) {
      case 'module':
        push(here, item);
        for (const child of inner.items ?? []) visit(child, here);
        break;
      case 'struct':
        push(here, item);
        fields(inner.kind?.plain?.fields ?? [], here);
        impls(inner.impls ?? [], here);
        break;
      case 'union':
        push(here, item);
        fields(inner.fields ?? [], here);
        impls(inner.impls ?? [], here);
        break;
      case 'enum':
        push(here, item);
        for (const variant of inner.variants ?? []) {
          const v = json.index[variant];
          push([...here, v.name!], v);
          fields(v.inner.variant.kind?.struct?.fields ?? [], [...here, v.name!]);
        }
        impls(inner.impls ?? [], here);
        break;
      case 'trait':
        push(here, item);
        for (const member of inner.items ?? []) push([...here, json.index[member].name!], json.index[member]);
        break;
      case 'function':
      case 'constant':
      case 'static':
      case 'type_alias':
        push(here, item);
        break;
    }
  };
  const root = json.index[json.root];
  for (const child of root.inner.module.items ?? []) visit(child, []);
  return { ok: true, crateDocs: root.docs, items };
}

/** The parts of rustdoc's JSON items read here (format version 57). */
interface JsonInner {
  items?: number[];
  impls?: number[];
  fields?: number[];
  variants?: number[];
  kind?: { plain?: { fields: number[] }; struct?: { fields: number[] } };
  is_synthetic?: boolean;
  blanket_impl?: unknown;
}

interface JsonItem {
  name: string | null;
  docs: string | null;
  attrs: unknown[];
  inner: Record<string, JsonInner>;
}
