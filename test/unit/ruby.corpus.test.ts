/**
 * Real code nobody here wrote: files of Ruby's standard library (Debian's ruby3.1, under
 * /usr/lib/ruby/3.1.0; nothing is vendored), judged by Ruby's compiler
 * (`RubyVM::InstructionSequence.compile`, what `ruby -c` runs) and YARD 0.9 (Debian's yard). For
 * each file: the extractor reads each existing doc as YARD attaches it (per YARD object: the last
 * comment given to a path); a comment inserted at every undocumented symbol adds only comment
 * lines, the file still compiles, and YARD attaches each comment to its symbol; each existing doc
 * replaced by a new one (in its spelling) is attached by YARD to the same symbol. Counted, not
 * compared: symbols YARD has no object for (it resolves some nested names differently), docs YARD
 * makes from a directive elsewhere (`@!attribute`), `private attr_reader` (YARD gives it its
 * generated doc), and a branch of `if defined?(X)` YARD does not read (it evaluates the
 * condition). Skips, saying why, without Ruby, YARD or the library. `DW_RUBY_CORPUS=all` runs
 * all 850 files (`=a.rb,b/c.rb` some).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIndentUnit } from '../../src/core/text/lines';
import { parseYard, renderYard, yardComment } from '../../src/languages/ruby/yard';
import type { RubySymbolFact } from '../../src/languages/ruby/facts';
import { byPath, extract, fieldsDiffer, generatedDoc, insertAll, markerDoc, normalized, onlyCommentsAdded, replacedDocs, rubyTools, yardDocs, yardPaths, yardReports, type YardObject } from './ruby.tools';

/** What YARD makes of a symbol: one object per path and type (a class where a constant was is a new object). */
const yardType = (symbol: RubySymbolFact): string => (symbol.kind === 'class' ? 'namespace' : symbol.kind === 'constant' ? 'constant' : 'method');

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
    const totals = { files: 0, treeErrors: 0, symbols: 0, documented: 0, compared: 0, inserted: 0, attached: 0, yardMissing: 0, yardGaps: 0, fromDirectives: 0, oneBranch: 0, docsParsed: 0, fieldsCompared: 0, replaced: 0 };
    const failures: string[] = [];
    const missing: string[] = [];
    const batch = 40;
    for (let from = 0; from < files.length; from += batch) {
      const work: { file: string; text: string; symbols: RubySymbolFact[]; inserted: Map<string, string>; after: string; replacement: { after: string; replaced: Map<string, string> } }[] = [];
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
        const replacement = replacedDocs(text, extracted.symbols);
        work.push({ file, text, symbols: extracted.symbols, inserted, after: insertAll(text, edits), replacement });
      }
      const reports = yardReports(work.flatMap((w) => [w.text, w.after, w.replacement.after]));
      for (const [n, { file, text, symbols, inserted, after, replacement }] of work.entries()) {
        const [before, report, replacedReport] = [reports[3 * n], reports[3 * n + 1], reports[3 * n + 2]];
        if (before.syntax !== null || before.error) continue;
        totals.files++;
        totals.symbols += symbols.length;
        const added = onlyCommentsAdded(text, after);
        if (added) failures.push(`${file}: ${added}`);
        if (report.syntax !== null) failures.push(`${file}: does not compile after insertion: ${report.syntax.slice(0, 300)}`);
        const original = byPath(before);
        const yard = byPath(report);
        // Each existing doc replaced by a new one (in its spelling): YARD attaches it to the same object.
        if (replacedReport.syntax !== null) failures.push(`${file}: does not compile after the replacement: ${replacedReport.syntax.slice(0, 300)}`);
        const replacedYard = byPath(replacedReport);
        const paths = new Map<string, number>();
        for (const s of symbols) for (const path of yardPaths(s)) paths.set(path, (paths.get(path) ?? 0) + 1);
        for (const [id, content] of replacement.replaced) {
          const symbol = symbols.find((s) => s.id === id)!;
          if (yardPaths(symbol).some((path) => paths.get(path) !== 1) || !yardDocs(symbol, original).length) continue;
          totals.replaced++;
          if (!yardDocs(symbol, replacedYard).some((o) => normalized(o.docstring) === normalized(content))) failures.push(`${file}: the replacement of ${symbol.ruby.path}'s doc is not on it`);
        }
        // One path defined twice (both branches of an `if`, a class reopened): YARD keeps the last
        // comment given (a later definition without one keeps it), until a definition of another
        // type (a class where a constant was) makes a new object.
        const groups = new Map<string, RubySymbolFact[]>();
        for (const s of symbols) for (const path of yardPaths(s)) groups.set(path, [...(groups.get(path) ?? []), s]);
        const allDocs = symbols.map((s) => s.docstring?.content ?? '').join('\n');
        for (const symbol of symbols) {
          if (!symbol.docstring) continue;
          totals.documented++;
          if (parseYard(symbol.docstring.content).problems.length === 0) totals.docsParsed++;
        }
        const objectsAt = (path: string, symbol: RubySymbolFact, objects: Map<string, YardObject>): YardObject[] =>
          symbol.ruby.moduleFunction ? yardDocs(symbol, objects) : [objects.get(path)].filter((o): o is YardObject => o !== undefined);
        for (const [path, group] of groups) {
          const symbol = group[group.length - 1];
          const theirs = objectsAt(path, symbol, original);
          if (!theirs.length) {
            totals.yardMissing++;
            if (missing.length < 12) missing.push(`${file}: ${path}`);
            continue;
          }
          let from = group.length - 1;
          while (from > 0 && yardType(group[from - 1]) === yardType(symbol)) from--;
          const documented = group.slice(from).reverse().find((s) => s.docstring);
          if (documented?.docstring) {
            totals.compared++;
            const content = normalized(documented.docstring.content);
            // YARD replaces `(see Other#x)` by that object's docs (none when it is in another file).
            const reference = /^\(see \S+\)$/.test(content);
            // What parseYard reads in it is what YARD reads (its text, params, options, return, raises, yield).
            const raw = theirs.find((o) => normalized(o.docstring) === content);
            const parsed = parseYard(documented.docstring.content);
            if (raw && !reference && parsed.problems.length === 0) {
              totals.fieldsCompared++;
              const differs = fieldsDiffer(parsed.doc, raw);
              if (differs) failures.push(`${file}: ${path}: parseYard and YARD read the doc differently: ${differs}`);
            }
            if (!theirs.some((o) => normalized(o.docstring) === content || (reference && o.docstring === ''))) failures.push(`${file}: ${path}: ours ${JSON.stringify(content.slice(0, 120))}, YARD's ${JSON.stringify(theirs[0].docstring.slice(0, 120))}`);
          } else if (!symbol.ruby.sharesStatement && theirs.some((o) => o.docstring !== '' && !generatedDoc(o.docstring))) {
            // Docs YARD makes from a directive or tag elsewhere (`@!attribute`, a Struct's `@attr`) are in another comment.
            if (theirs.some((o) => allDocs.includes(normalized(o.docstring).split('\n')[0].replace(/^@return /, '')))) totals.fromDirectives++;
            else failures.push(`${file}: ${path}: no doc for us, YARD's ${JSON.stringify(theirs[0].docstring.slice(0, 120))}`);
          }
          const owner = symbol.ruby.sharesStatement ? symbols.find((s) => s.insertion.start === symbol.insertion.start && !s.ruby.sharesStatement) : symbol;
          const mine = owner && (inserted.get(owner.id) ?? owner.docstring?.content);
          if (mine === undefined || !group.some((s) => inserted.has(s.id))) continue;
          if (symbol.ruby.item === 'attr' && /^(private|protected|public)\b/.test(text.slice(symbol.range.start))) {
            totals.yardGaps++;
            continue;
          }
          totals.inserted++;
          const wanted = normalized(mine);
          const reference = /^\(see \S+\)$/.test(wanted);
          const found = objectsAt(path, symbol, yard);
          if (found.some((o) => normalized(o.docstring) === wanted || (reference && o.docstring === ''))) totals.attached++;
          // YARD evaluates `if defined?(X)` (in its own process) and reads one branch: an earlier definition's comment shows.
          else if (found.some((o) => group.some((s) => s !== symbol && normalized(inserted.get(s.id) ?? s.docstring?.content ?? '') === normalized(o.docstring)))) totals.oneBranch++;
          else failures.push(`${file}: inserted doc of ${symbol.id} not on ${path}: ${JSON.stringify(found[0]?.docstring.slice(0, 120))}`);
        }
      }
    }
    console.log(`      ${JSON.stringify(totals)}; failures: ${failures.length}`);
    if (wanted) for (const m of missing) console.log(`        not in YARD's registry: ${m}`);
    for (const f of failures.slice(0, wanted ? failures.length : 40)) console.log(`        ${f}`);
    assert.deepEqual(failures, []);
  });
});
