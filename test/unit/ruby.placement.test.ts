/**
 * Placement fixtures (test/fixtures/ruby/placement, one hard case each): a YARD comment inserted at
 * every undocumented symbol's insertion point adds only comment lines, Ruby still compiles the
 * file (`ruby -c`), YARD attaches each comment to its symbol (and reads each existing doc as the
 * extractor does), and a second extraction finds every symbol documented (a second run is a no-op).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectIndentUnit } from '../../src/core/text/lines';
import type { RubySymbolFact } from '../../src/languages/ruby/facts';
import { renderYard, yardComment } from '../../src/languages/ruby/yard';
import { byPath, extract, generatedDoc, insertAll, markerDoc, normalized, onlyCommentsAdded, replacedDocs, rubySyntax, rubyTools, yardDocs, yardPaths, yardReports } from './ruby.tools';

const DIR = resolve(__dirname, '../../../test/fixtures/ruby/placement');

describe('ruby placement fixtures, judged by ruby -c and YARD', function () {
  this.timeout(120_000);
  const tools = rubyTools();
  const files = readdirSync(DIR).filter((f) => f.endsWith('.rb')).sort();

  before(function () {
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      this.skip();
    }
  });

  it('has at least 30 fixtures', () => {
    assert.ok(files.length >= 30, `${files.length} fixtures`);
  });

  it('inserts a comment YARD attaches to each undocumented symbol, adding only comment lines', async () => {
    const inputs: { file: string; text: string; symbols: RubySymbolFact[]; inserted: Map<string, string>; after: string }[] = [];
    for (const file of files) {
      const text = readFileSync(join(DIR, file), 'utf8');
      const { symbols, hasErrors } = await extract(text, detectIndentUnit(text));
      assert.equal(hasErrors, false, `${file}: tree-sitter reads it`);
      assert.ok(symbols.length > 0, `${file}: has symbols`);
      const inserted = new Map<string, string>();
      const edits = symbols.filter((s) => !s.docstring && !s.ruby.sharesStatement).map((symbol) => {
        const lines = renderYard(markerDoc(symbol));
        inserted.set(symbol.id, lines.join('\n'));
        return { symbol, literal: yardComment(lines, symbol.insertion.indent) };
      });
      assert.ok(edits.length > 0, `${file}: something to document`);
      inputs.push({ file, text, symbols, inserted, after: insertAll(text, edits) });
    }
    const reports = yardReports(inputs.flatMap((i) => [i.text, i.after]));
    let checked = 0;
    let yardGaps = 0;
    for (const [n, { file, text, symbols, inserted, after }] of inputs.entries()) {
      const [before, report] = [reports[2 * n], reports[2 * n + 1]];
      assert.equal(onlyCommentsAdded(text, after), undefined, `${file}: only comment lines added`);
      const syntax = rubySyntax(after);
      assert.ok(syntax.ok, `${file}: ruby -c accepts the output: ${syntax.message}\n${after}`);
      assert.equal(report.syntax, null, `${file}: compiles`);
      const original = byPath(before);
      const yard = byPath(report);
      // Two definitions of one path (both branches of an `if`): YARD keeps the last.
      const last = new Map(symbols.map((s) => [s.ruby.path, s]));
      for (const symbol of symbols) {
        if (last.get(symbol.ruby.path) !== symbol) continue;
        // Existing docs: the extractor reads what YARD attaches.
        if (symbol.docstring) {
          const theirs = original.get(symbol.ruby.path);
          assert.ok(theirs, `${file}: YARD knows ${symbol.ruby.path} (${[...original.keys()].join(', ')})`);
          assert.equal(normalized(symbol.docstring.content), normalized(theirs.docstring), `${file}: ${symbol.id}'s existing doc`);
        } else if (!symbol.ruby.sharesStatement) {
          const theirs = original.get(symbol.ruby.path);
          if (theirs) assert.ok(theirs.docstring === '' || generatedDoc(theirs.docstring), `${file}: ${symbol.id} undocumented for YARD too, not ${JSON.stringify(theirs.docstring)}`);
        }
        const statementOwner = symbol.ruby.sharesStatement ? symbols.find((s) => s.insertion.start === symbol.insertion.start && !s.ruby.sharesStatement) : symbol;
        const mine = statementOwner && inserted.get(statementOwner.id);
        if (mine === undefined) continue;
        // YARD 0.9.28 gives `private attr_reader :x` its generated doc, not the comment above (a YARD gap).
        if (symbol.ruby.item === 'attr' && /^(private|protected|public)\b/.test(text.slice(symbol.range.start))) {
          yardGaps++;
          continue;
        }
        for (const path of yardPaths(symbol)) {
          const theirs = yard.get(path);
          assert.ok(theirs, `${file}: YARD knows ${path} (${[...yard.keys()].join(', ')})`);
          assert.equal(normalized(theirs.docstring), normalized(mine), `${file}: YARD attaches the inserted comment to ${path}\n${after}`);
          checked++;
        }
      }
      // A second run: the same symbols, all documented, with the inserted text.
      const again = await extract(after, detectIndentUnit(after));
      assert.deepEqual(again.symbols.map((s) => s.id), symbols.map((s) => s.id), `${file}: same symbols after insertion`);
      for (const symbol of again.symbols) {
        assert.ok(symbol.docstring, `${file}: ${symbol.id} documented on the second run`);
        const mine = inserted.get(symbol.id);
        if (mine !== undefined) assert.equal(symbol.docstring.content, mine, `${file}: ${symbol.id} reads back the inserted doc`);
      }
    }
    console.log(`      ${inputs.length} fixtures, ${inputs.reduce((n, i) => n + i.symbols.length, 0)} symbols, ${inputs.reduce((n, i) => n + i.inserted.size, 0)} comments inserted, ${checked} YARD attachments checked, ${yardGaps} on private attr_* calls YARD does not read`);
  });

  it('replaces each existing doc with a new one in its spelling (# lines, =begin) that YARD attaches to the same symbol', async () => {
    let checked = 0;
    const inputs: { file: string; symbols: Awaited<ReturnType<typeof extract>>['symbols']; after: string; replaced: Map<string, string> }[] = [];
    for (const file of files) {
      const text = readFileSync(join(DIR, file), 'utf8');
      const { symbols } = await extract(text, detectIndentUnit(text));
      const { after, replaced } = replacedDocs(text, symbols);
      if (replaced.size) inputs.push({ file, symbols, after, replaced });
    }
    const reports = yardReports(inputs.map((i) => i.after));
    for (const [n, { file, symbols, after, replaced }] of inputs.entries()) {
      assert.equal(reports[n].syntax, null, `${file}: compiles after the replacement`);
      const yard = byPath(reports[n]);
      const again = await extract(after, detectIndentUnit(after));
      for (const [id, content] of replaced) {
        const symbol = symbols.find((s) => s.id === id)!;
        const theirs = yardDocs(symbol, yard);
        assert.ok(theirs.some((o) => normalized(o.docstring) === normalized(content)), `${file}: YARD attaches the replacement to ${symbol.ruby.path}: ${JSON.stringify(theirs[0]?.docstring)}\n${after}`);
        assert.equal(again.byId.get(id)?.docstring?.content, content, `${file}: ${id} reads back the replacement`);
        checked++;
      }
    }
    assert.ok(checked >= 5, `${checked} replacements checked`);
    console.log(`      ${checked} existing docs replaced in ${inputs.length} fixtures`);
  });
});
