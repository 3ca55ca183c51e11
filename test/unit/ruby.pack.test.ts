/**
 * The Ruby pack end to end: the real pipeline (generateDocstrings, validateText, updateDocstrings,
 * the CLI) on Ruby files. Placement goldens beside the fixtures of test/fixtures/ruby/placement
 * (`x.rb` and `x.rb.golden`), judged by `ruby -c` and YARD where they are installed (CI installs
 * them; ruby.tools.ts).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { docstringCoverage } from '../../src/core/validate/coverage';
import { updateDocstrings } from '../../src/core/validate';
import { languageForPath, packFor } from '../../src/languages';
import type { RubySymbolFact } from '../../src/languages/ruby/facts';
import { runCliSync } from '../support/cli';
import { findingsOf } from './packHelpers';
import { byPath, extract, generatedDoc, normalized, onlyCommentsAdded, rubyTools, yardDocs, yardReports } from './ruby.tools';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ruby', 'placement');
const CASES = readdirSync(FIXTURES).filter((f) => f.endsWith('.rb')).sort();

const generate = (text: string) => generateDocstrings(text, 'ruby', { style: 'auto', types: 'auto', quote: '"""' });

const findings = (text: string) => findingsOf(text, 'ruby');

describe('Ruby pack: registration', () => {
  it('reads .rb files as Ruby, with the YARD style', () => {
    assert.equal(languageForPath('lib/app.RB'), 'ruby');
    assert.deepEqual(packFor('ruby').styles, ['yard']);
  });
});

describe('Ruby pack: generation (template mode) on the placement fixtures', function () {
  this.timeout(120_000);

  it('has at least 30 fixtures, each with its golden', () => {
    assert.ok(CASES.length >= 30, `${CASES.length} fixtures`);
    for (const name of CASES) readFileSync(join(FIXTURES, `${name}.golden`), 'utf8');
  });

  for (const name of CASES) {
    it(`${name}: the golden text, only comment lines added, a second run makes no edit`, async () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const golden = readFileSync(join(FIXTURES, `${name}.golden`), 'utf8');
      const first = await generate(text);
      assert.deepEqual(first.failures, []);
      assert.equal(first.newText, golden);
      assert.equal(onlyCommentsAdded(text, golden), undefined);
      assert.deepEqual((await generate(first.newText)).edits, [], 'a second run makes no edit');
    });
  }

  it('ruby -c accepts every golden, and YARD gives each new comment to the symbol it was written for', async function () {
    const tools = rubyTools();
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      return this.skip();
    }
    const goldens = CASES.map((name) => readFileSync(join(FIXTURES, `${name}.golden`), 'utf8'));
    const reports = yardReports(goldens);
    let checked = 0;
    const failures: string[] = [];
    for (const [i, name] of CASES.entries()) {
      const report = reports[i];
      if (report.syntax) failures.push(`${name}: ruby -c: ${report.syntax}`);
      const objects = byPath(report);
      const first = await generate(readFileSync(join(FIXTURES, name), 'utf8'));
      const after = await extract(goldens[i]);
      for (const symbol of first.documented as RubySymbolFact[]) {
        const written = after.byId.get(symbol.id)?.docstring?.content;
        const theirs = yardDocs(after.byId.get(symbol.id) ?? symbol, objects);
        // YARD 0.9.28 reads no comment for `private attr_reader :x`: it writes its own (ruby.placement.test.ts counts it apart).
        if (theirs.length === 0 || theirs.every((o) => generatedDoc(o.docstring))) continue;
        checked++;
        if (!theirs.some((o) => normalized(o.docstring) === normalized(written ?? ''))) failures.push(`${name}: ${symbol.id}: YARD reads ${JSON.stringify(theirs[0].docstring)}, Docwright wrote ${JSON.stringify(written)}`);
      }
    }
    console.log(`      ruby goldens: ${CASES.length} files, ${checked} new comments YARD gives to their symbols; ${failures.length} failures`);
    assert.deepEqual(failures, []);
    assert.ok(checked > 100, `${checked} comments checked`);
  });

  it('@param with YARD types from literal defaults, @option-less **opts, @yield [args] for a block, @raise', async () => {
    const text = 'class A\n  def run(name, retries = 3, *rest, verbose: false, **opts, &done)\n    raise ArgumentError, "no name" if name.nil?\n    yield name\n  end\nend\n';
    const { newText } = await generate(text);
    assert.match(newText, /# @param name _description_\n {2}# @param retries \[Integer\] _description_\n {2}# @param rest _description_\n {2}# @param verbose \[Boolean\] _description_\n {2}# @param opts _description_\n/);
    assert.match(newText, /# @yield \[name\] _description_\n/, 'the block gets what `yield name` hands it');
    assert.match(newText, /# @raise \[ArgumentError\] _description_\n/);
  });
});

describe('Ruby pack: validation and repair', () => {
  it('DW101/DW102 on @param names, DW401 on a raise not documented; "Update docstring" settles them', async () => {
    const text = 'class A\n  # Runs.\n  #\n  # @param nam [String] The name.\n  def run(name)\n    raise KeyError if name.empty?\n  end\nend\n';
    assert.deepEqual((await findings(text)).filter((f) => !f.startsWith('DW601')).sort(), ['DW101 A.run', 'DW102 A.run', 'DW401 A.run']);
    const { newText } = await updateDocstrings(text, 'ruby', { style: 'auto' });
    assert.match(newText, /# @param name \[String\] The name\.\n {2}# @raise \[KeyError\] _description_\n/);
    assert.deepEqual((await updateDocstrings(newText, 'ruby', { style: 'auto' })).edits, []);
  });

  it('DW601 and coverage: what YARD shows by default (public methods, classes, modules, attributes, constants), not private ones; a :nodoc: one is not asked', async () => {
    const text = 'module M\n  VERSION = "1"\n  class A\n    attr_reader :a\n    def run; end\n    # :nodoc:\n    def hidden; end\n    private\n    def helper; end\n  end\nend\n';
    assert.deepEqual(await findings(text), ['DW601 M', 'DW601 M.VERSION', 'DW601 M.A', 'DW601 M.A.a', 'DW601 M.A.run']);
    const coverage = docstringCoverage(await extractSymbols(text, 'ruby'));
    // `# :nodoc:` says "undocumented on purpose": counted as written.
    assert.deepEqual([coverage.total, coverage.documented], [6, 1]);
  });
});

describe('Ruby pack: the CLI walks .rb files', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-ruby-cli-'));
    writeFileSync(join(dir, 'a.rb'), '# Adds.\n#\n# @param a [Integer] The a.\n# @param c [Integer] Gone.\n# @return [Integer] The sum.\ndef add(a, b)\n  a + b\nend\n');
    writeFileSync(join(dir, 'b.rb'), 'def two\n  2\nend\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check reports the stale @param; fix renames it; generate --write documents the rest', () => {
    const check = runCliSync(['check', '--no-cache', '.'], dir);
    assert.equal(check.code, 1, check.stderr);
    assert.match(check.stdout, /a\.rb:\d+:\d+ DW101 Parameter 'c' is documented but is not in the signature/);
    assert.equal(runCliSync(['fix', '.'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'a.rb'), 'utf8'), /# @param b \[Integer\] Gone\./);
    assert.equal(runCliSync(['generate', '--write', '.'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'b.rb'), 'utf8'), /^# _summary_\n#\n# @return _description_\ndef two/);
  });
});
