/**
 * The hard cases (test/fixtures/rust/hard_cases.rs, a library crate that compiles) against
 * rustdoc itself: nightly rustdoc's JSON lists every item it documents with its docs. The
 * extractor finds the same items with the same docs; a one-line comment inserted at each
 * undocumented symbol is that item's docs in rustdoc's JSON, in LF, CRLF, tab-indented and
 * first-line (no header) variants.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rustComment } from '../../src/languages/rust/rustdoc';
import { extract, insertAll, nightlyRustdoc, rustdocItems, type RustdocItem } from './rust.tools';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/rust/hard_cases.rs'), 'utf8');

const VARIANTS: Record<string, string> = {
  lf: FIXTURE,
  crlf: FIXTURE.replace(/\n/g, '\r\n'),
  tabs: FIXTURE.replace(/^( {4})+/gm, (spaces) => '\t'.repeat(spaces.length / 4)),
  // The licence and the inner attribute gone: an item on the first line.
  'first line': FIXTURE.replace(/^[\s\S]*?(?=use std::fmt;)/, '').replace('use std::fmt;\n\n', '').replace('fmt::', 'std::fmt::').replace(/fmt::/g, 'std::fmt::').replace(/std::std::/g, 'std::'),
};

const sorted = (items: RustdocItem[]) => items.map((i) => `${i.path} = ${JSON.stringify(i.docs)}`).sort();

describe('rust extract against rustdoc JSON', function () {
  this.timeout(120_000);
  const rustc = nightlyRustdoc();
  before(function () {
    if (!rustc.ok) {
      console.log(`      skipped: ${rustc.reason}`);
      this.skip();
    }
  });

  for (const [variant, text] of Object.entries(VARIANTS)) {
    it(`${variant}: finds what rustdoc documents, with its docs, and rustdoc attaches a comment inserted at each undocumented symbol`, async () => {
      assert.ok(variant !== 'first line' || /^pub fn/.test(text), 'the variant starts with an item');
      const theirs = rustdocItems(text, `hard_${variant.replace(' ', '_')}`);
      assert.ok(theirs.ok, theirs.ok ? '' : theirs.error);
      const found = await extract(text, variant === 'tabs' ? '\t' : '    ');
      assert.equal(found.hasErrors, false);
      const [module, ...items] = found.symbols;
      const ours: RustdocItem[] = items.map((s) => ({ path: s.namePath.join('.'), docs: s.docstring?.content ?? null }));
      assert.deepEqual(sorted(ours), sorted(theirs.items));
      assert.equal(module.docstring?.content ?? null, theirs.crateDocs);

      const undocumented = found.symbols.filter((s) => !s.docstring);
      const edits = undocumented.map((symbol, n) => ({ symbol, literal: rustComment([`Marker ${n}.`], symbol.insertion.indent, { inner: symbol.kind === 'module' }) }));
      const marked = insertAll(text, edits);
      assert.equal((await extract(marked)).hasErrors, false);
      const judged = rustdocItems(marked, `marked_${variant.replace(' ', '_')}`);
      assert.ok(judged.ok, judged.ok ? '' : `${judged.error}\n${marked}`);
      // A field and a method may share a path (`Point.label`): each path holds the docs of all its items.
      const docs = new Map<string, (string | null)[]>();
      for (const i of judged.items) docs.set(i.path, [...(docs.get(i.path) ?? []), i.docs]);
      edits.forEach(({ symbol }, n) => {
        const got = symbol.kind === 'module' ? [judged.crateDocs] : docs.get(symbol.namePath.join('.')) ?? [];
        assert.ok(got.includes(`Marker ${n}.`), `${variant}: ${symbol.id} has ${JSON.stringify(got)}`);
      });
      const markers = judged.items.map((i) => i.docs).filter((d) => d?.startsWith('Marker '));
      assert.equal(markers.length + (judged.crateDocs?.startsWith('Marker ') ? 1 : 0), edits.length, 'each marker documents one item');
      // Only comment lines were added.
      let rest = marked;
      for (const { literal } of edits) rest = rest.replace(literal.replace(/\n/g, text.includes('\r\n') ? '\r\n' : '\n'), '');
      assert.equal(rest.replace(/\s+/g, ''), text.replace(/\s+/g, ''));
      console.log(`      ${variant}: ${items.length} items as rustdoc lists them, ${edits.length} comments inserted and attached`);
    });
  }
});
