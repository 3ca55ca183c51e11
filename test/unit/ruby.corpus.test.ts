/**
 * Real code nobody here wrote: files of Ruby's standard library (Debian's ruby3.1, under
 * /usr/lib/ruby/3.1.0; nothing is vendored), judged by Ruby's compiler (what `ruby -c` runs) and
 * YARD 0.9 (Debian's yard). For each file: the extractor reads each existing doc as YARD attaches
 * it; a comment inserted at every undocumented symbol adds only comment lines, the file still
 * compiles, and YARD attaches each comment to its symbol. Symbols YARD has no object for (it
 * resolves some nested names differently) are counted, not compared. Skips, saying why, without
 * Ruby, YARD or the library. `DW_RUBY_CORPUS=all` runs every file (`=a.rb,b/c.rb` some).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIndentUnit } from '../../src/core/text/lines';
import { parseYard, renderYard, yardComment } from '../../src/languages/ruby/yard';
import type { RubySymbolFact } from '../../src/languages/ruby/facts';
import { byPath, extract, generatedDoc, insertAll, markerDoc, normalized, onlyCommentsAdded, rubyTools, yardDocs, yardPaths, yardReports } from './ruby.tools';

const LIBRARY = '/usr/lib/ruby/3.1.0';

const FILES = [
  'set.rb', 'ostruct.rb', 'pp.rb', 'prettyprint.rb', 'optparse.rb', 'logger.rb', 'tempfile.rb', 'tmpdir.rb', 'fileutils.rb',
  'forwardable.rb', 'delegate.rb', 'singleton.rb', 'observer.rb', 'shellwords.rb', 'securerandom.rb', 'benchmark.rb', 'time.rb',
  'erb.rb', 'open3.rb', 'find.rb', 'tsort.rb', 'pstore.rb', 'weakref.rb', 'timeout.rb', 'getoptlong.rb', 'ipaddr.rb', 'uri/generic.rb',
  'net/http.rb', 'json/common.rb', 'csv/parser.rb', 'rubygems/version.rb', 'rubygems/specification.rb', 'rdoc/markup/parser.rb',
  'reline/line_editor.rb', 'did_you_mean/spell_checker.rb', 'monitor.rb', 'English.rb', 'mkmf.rb', 'resolv.rb', 'bundler/cli.rb',
];

function allFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(LIBRARY, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.rb')) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

describe('ruby corpus: the standard library, judged by Ruby and YARD', function () {
  this.timeout(900_000);
  const tools = rubyTools();

  before(function () {
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      this.skip();
    }
    if (!existsSync(join(LIBRARY, 'set.rb'))) {
      console.log(`      skipped: no ${LIBRARY} (apt-get install ruby3.1)`);
      this.skip();
    }
  });

  it('reads every doc as YARD attaches it, and inserts a comment YARD attaches to each undocumented symbol', async () => {
    const wanted = process.env.DW_RUBY_CORPUS;
    const files = wanted === 'all' ? allFiles() : wanted ? wanted.split(',') : FILES;
    const totals = { files: 0, treeErrors: 0, symbols: 0, documented: 0, compared: 0, inserted: 0, attached: 0, yardMissing: 0, yardGaps: 0, docsParsed: 0 };
    const failures: string[] = [];
    const batch = 40;
    for (let from = 0; from < files.length; from += batch) {
      const work: { file: string; text: string; symbols: Awaited<ReturnType<typeof extract>>['symbols']; inserted: Map<string, string>; after: string }[] = [];
      for (const file of files.slice(from, from + batch)) {
        const text = readFileSync(join(LIBRARY, file), 'utf8');
        const extracted = await extract(text, detectIndentUnit(text));
        if (extracted.hasErrors) {
          totals.treeErrors++;
          continue;
        }
        const inserted = new Map<string, string>();
        const edits = extracted.symbols.filter((s) => !s.docstring && !s.ruby.sharesStatement).map((symbol) => {
          const lines = renderYard(markerDoc(symbol));
          inserted.set(symbol.id, lines.join('\n'));
          return { symbol, literal: yardComment(lines, symbol.insertion.indent) };
        });
        work.push({ file, text, symbols: extracted.symbols, inserted, after: insertAll(text, edits) });
      }
      const reports = yardReports(work.flatMap((w) => [w.text, w.after]));
      for (const [n, { file, text, symbols, inserted, after }] of work.entries()) {
        const [before, report] = [reports[2 * n], reports[2 * n + 1]];
        if (before.syntax !== null || before.error) continue;
        totals.files++;
        totals.symbols += symbols.length;
        const added = onlyCommentsAdded(text, after);
        if (added) failures.push(`${file}: ${added}`);
        if (report.syntax !== null) failures.push(`${file}: does not compile after insertion: ${report.syntax.slice(0, 300)}`);
        const original = byPath(before);
        const yard = byPath(report);
        // Two definitions of one path (both branches of an `if`): YARD keeps the last.
        const last = new Map<string, RubySymbolFact>();
        for (const s of symbols) for (const path of yardPaths(s)) last.set(path, s);
        for (const symbol of symbols) {
          if (symbol.docstring) {
            totals.documented++;
            const { problems } = parseYard(symbol.docstring.content);
            if (problems.length === 0) totals.docsParsed++;
          }
          if (!yardPaths(symbol).every((path) => last.get(path) === symbol)) continue;
          const theirs = yardDocs(symbol, original);
          if (!theirs.length) {
            totals.yardMissing++;
            continue;
          }
          if (symbol.docstring) {
            totals.compared++;
            const content = normalized(symbol.docstring.content);
            if (!theirs.some((o) => normalized(o.docstring) === content)) failures.push(`${file}: ${symbol.ruby.path}: ours ${JSON.stringify(symbol.docstring.content.slice(0, 120))}, YARD's ${JSON.stringify(theirs[0].docstring.slice(0, 120))}`);
          } else if (!symbol.ruby.sharesStatement && theirs.some((o) => o.docstring !== '' && !generatedDoc(o.docstring))) {
            failures.push(`${file}: ${symbol.ruby.path}: no doc for us, YARD's ${JSON.stringify(theirs[0].docstring.slice(0, 120))}`);
          }
          const owner = symbol.ruby.sharesStatement ? symbols.find((s) => s.insertion.start === symbol.insertion.start && !s.ruby.sharesStatement) : symbol;
          const mine = owner && inserted.get(owner.id);
          if (mine === undefined) continue;
          if (symbol.ruby.item === 'attr' && /^(private|protected|public)\b/.test(text.slice(symbol.range.start))) {
            totals.yardGaps++;
            continue;
          }
          totals.inserted++;
          const wanted = normalized(mine);
          const found = symbol.ruby.attribute === 'accessor' ? yardPaths(symbol).map((p) => [yard.get(p)]) : [yardDocs(symbol, yard)];
          if (found.every((copies) => copies.some((o) => o && normalized(o.docstring) === wanted))) {
            totals.attached++;
            continue;
          }
          failures.push(`${file}: inserted doc of ${symbol.id} not on ${symbol.ruby.path}: ${JSON.stringify(found.flat()[0]?.docstring.slice(0, 120))}`);
        }
      }
    }
    console.log(`      ${JSON.stringify(totals)}; failures: ${failures.length}`);
    for (const f of failures.slice(0, 40)) console.log(`        ${f}`);
    assert.deepEqual(failures, []);
  });
});
