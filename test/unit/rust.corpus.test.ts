/**
 * Real code nobody here wrote: 35 files of Rust's standard library (Debian's rust-src 1.63, under
 * /usr/src/rustc-<version>/library; nothing is vendored), judged by rustc's own parser
 * (nightly `rustc -Zunpretty=normal`, which prints each doc comment above the item it attached it
 * to). Symbols tree-sitter-rust reads with a syntax error in or around them (std's unstable
 * `pub macro`), or that are not in rustc's printout in a file tree-sitter reads with an error,
 * are counted as unreadable and not compared. Skips, saying why, when rust-src or a nightly rustc is absent.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRustdoc, renderRustdoc, rustComment } from '../../src/languages/rust/rustdoc';
import { extract, insertAll, nightlyRustc, readCleanly, rustcPretty, rustLibrary, withoutConstTraits } from './rust.tools';

const FILES = [
  'core/src/option.rs', 'core/src/result.rs', 'core/src/cell.rs', 'core/src/cmp.rs', 'core/src/clone.rs', 'core/src/default.rs',
  'core/src/any.rs', 'core/src/borrow.rs', 'core/src/marker.rs', 'core/src/convert/mod.rs', 'core/src/ops/range.rs',
  'core/src/iter/traits/iterator.rs', 'core/src/str/mod.rs', 'core/src/char/methods.rs', 'core/src/ptr/non_null.rs', 'core/src/time.rs',
  'core/src/hash/mod.rs', 'core/src/fmt/mod.rs', 'core/src/alloc/layout.rs', 'core/src/num/nonzero.rs',
  'alloc/src/vec/mod.rs', 'alloc/src/string.rs', 'alloc/src/collections/binary_heap.rs', 'alloc/src/rc.rs', 'alloc/src/collections/vec_deque/mod.rs',
  'alloc/src/collections/btree/map.rs',
  'std/src/fs.rs', 'std/src/io/mod.rs', 'std/src/env.rs', 'std/src/path.rs', 'std/src/thread/mod.rs', 'std/src/process.rs',
  'std/src/sync/mutex.rs', 'std/src/net/tcp.rs', 'std/src/collections/hash/map.rs',
];

/** Opt-in `DW_RUST_CORPUS=all`: every `.rs` file of core, alloc and std (or `DW_RUST_CORPUS=core/src/a.rs,std/src/b.rs`). */
function allFiles(library: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(library, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.rs')) out.push(path);
    }
  };
  for (const crate of ['core/src', 'alloc/src', 'std/src']) walk(crate);
  return out.sort();
}

describe('rust corpus: the standard library, judged by rustc', function () {
  this.timeout(600_000);
  const library = rustLibrary();
  const rustc = nightlyRustc();

  before(function () {
    if (!library) {
      console.log('      skipped: no /usr/src/rustc-*/library (apt-get install rust-src)');
      this.skip();
    }
    if (!rustc.ok) {
      console.log(`      skipped: ${rustc.reason}`);
      this.skip();
    }
  });

  it('finds every item with the doc rustc attaches, inserts a comment rustc attaches to each undocumented one, and reads every doc back', async () => {
    const totals = { files: 0, unreadable: 0, symbols: 0, documented: 0, compared: 0, inserted: 0, attached: 0, docs: 0, docProblems: 0, treeErrors: 0 };
    const failures: string[] = [];
    const wanted = process.env.DW_RUST_CORPUS;
    const files = wanted === 'all' ? allFiles(library!) : wanted ? wanted.split(',') : FILES;
    let skipped = 0;
    for (const relative of files) {
      const started = Date.now();
      if (files !== FILES) process.stdout.write(`      ${relative} `);
      const text = withoutConstTraits(readFileSync(join(library!, relative), 'utf8'));
      const name = relative.replace(/\//g, '_');
      const original = await extract(text);
      const pretty = rustcPretty(text, name);
      // Syntax today's rustc removed (`box x`, in a few 1.63 files): only in the opt-in run.
      if (pretty.code !== 0 && files !== FILES) {
        skipped++;
        continue;
      }
      assert.equal(pretty.code, 0, `${relative}: rustc parses the original: ${pretty.err.slice(0, 500)}`);
      totals.files++;
      totals.symbols += original.symbols.length;
      if (original.hasErrors) totals.treeErrors++;

      // rustc's printout puts each doc right above its item: the same symbols, with the same docs.
      const printed = await extract(pretty.out);
      const clean = original.symbols.filter((s) => readCleanly(s, original.errors, text));
      totals.unreadable += original.symbols.length - clean.length;
      for (const symbol of clean) {
        const theirs = printed.byId.get(symbol.id);
        if (!theirs) {
          // Error recovery may drop the header of an item far from the error (std's `pub macro`
          // took `pub unsafe trait BoxMeUp {` with it, its methods read as functions).
          if (original.errors.length) totals.unreadable++;
          else failures.push(`${relative}: ${symbol.id} is not in rustc's printout`);
          continue;
        }
        if (symbol.docstring) totals.documented++;
        if (symbol.rust.otherDocs || theirs.rust.otherDocs) continue;
        if (!readCleanly(theirs, printed.errors, pretty.out)) {
          totals.unreadable++;
          continue;
        }
        totals.compared++;
        if ((symbol.docstring?.content ?? '') !== (theirs.docstring?.content ?? '')) failures.push(`${relative}: ${symbol.id} doc differs from rustc's attachment`);
      }
      for (const id of printed.symbols.filter((s) => readCleanly(s, printed.errors, pretty.out)).map((s) => s.id)) if (!original.byId.has(id)) failures.push(`${relative}: rustc's printout has ${id}, the source gives none`);

      // Every doc reads back, and round-trips.
      for (const symbol of original.symbols) {
        if (!symbol.docstring) continue;
        totals.docs++;
        const { doc, problems } = parseRustdoc(symbol.docstring.content);
        totals.docProblems += problems.length;
        assert.deepEqual(parseRustdoc(renderRustdoc(doc).join('\n')).doc, doc, `${relative}: ${symbol.id} doc round-trips`);
      }

      // A marker above each undocumented item: rustc still parses the file and attaches each marker to its item.
      const edits = clean
        .filter((s) => !s.docstring)
        .map((symbol, n) => ({ symbol, literal: rustComment([`DWMARK${n} ${symbol.id}`], symbol.insertion.indent, { inner: symbol.kind === 'module' }) }));
      totals.inserted += edits.length;
      const marked = insertAll(text, edits);
      const after = await extract(marked);
      if (after.hasErrors && !original.hasErrors) failures.push(`${relative}: tree-sitter finds an error after inserting, at ${after.errorAt}`);
      const judged = rustcPretty(marked, name);
      if (judged.code !== 0) {
        failures.push(`${relative}: rustc does not parse the file with markers: ${judged.err.slice(0, 400)}`);
        continue;
      }
      const attached = await extract(judged.out);
      edits.forEach(({ symbol }, n) => {
        const content = attached.byId.get(symbol.id)?.docstring?.content;
        if (content === `DWMARK${n} ${symbol.id}`) totals.attached++;
        else failures.push(`${relative}: the marker of ${symbol.id} attaches as ${JSON.stringify(content)}`);
      });
      if (files !== FILES) console.log(`${Date.now() - started} ms`);
    }
    console.log(`      rust corpus: ${JSON.stringify(totals)}; files rustc no longer parses: ${skipped}; failures: ${failures.length}`);
    for (const failure of failures.slice(0, 30)) console.log(`        ${failure}`);
    // Not deepEqual: its diff of long messages can take minutes.
    assert.equal(failures.length, 0, failures.slice(0, 30).join('\n'));
    assert.equal(totals.files + skipped, files.length);
    assert.equal(totals.attached, totals.inserted);
    if (files === FILES) assert.ok(totals.symbols > 3000, 'the 35 files hold over 3,000 symbols');
  });
});
