/**
 * The Rust pack end to end: the real pipeline (generateDocstrings, validateText, updateDocstrings,
 * applyAnswer, the CLI) on Rust files. Placement goldens under test/fixtures/rust/placement (input
 * `x.rs`, expected `x.golden`; `.overview.` in the name asks for the file's `//!` doc too), judged
 * by rustc's parser where one with `-Z` flags is installed (CI installs Debian's; rust.tools.ts).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAnswer } from '../../src/core/ai/describe';
import { buildPrompt } from '../../src/core/ai/prompt';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { templateDocstring } from '../../src/core/generate/template';
import { compileTemplate } from '../../src/core/generate/userTemplate';
import { renderDocstring } from '../../src/core/styles';
import { EncodingError } from '../../src/core/text/encoding';
import { docstringCoverage } from '../../src/core/validate/coverage';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { languageForPath, packFor } from '../../src/languages';
import { runCliSync } from '../support/cli';
import { findingsOf, withoutAddedLines } from './packHelpers';
import { extract, nightlyRustc, rustcPretty } from './rust.tools';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rust', 'placement');
const CASES = readdirSync(FIXTURES).filter((f) => f.endsWith('.rs')).sort();

const generate = (text: string, fileOverview = false) => generateDocstrings(text, 'rust', { style: 'auto', types: 'auto', quote: '"""', fileOverview });

const findings = (text: string) => findingsOf(text, 'rust');


describe('Rust pack: registration', () => {
  it('reads .rs files as Rust, decodes UTF-8 with or without a BOM and refuses UTF-16', () => {
    assert.equal(languageForPath('src/Lib.RS'), 'rust');
    const pack = packFor('rust');
    assert.deepEqual(pack.styles, ['rustdoc']);
    assert.equal(pack.detectStyle('anything'), 'rustdoc');
    assert.equal(pack.decode(Buffer.from('\ufefffn f() {}\n')).text, 'fn f() {}\n');
    assert.throws(() => pack.decode(Buffer.from([0xff, 0xfe, 0x66, 0x00])), EncodingError);
  });
});

describe('Rust pack: generation (template mode) on the placement fixtures', function () {
  this.timeout(120_000);
  let rustc: ReturnType<typeof nightlyRustc>;
  before(() => {
    rustc = nightlyRustc();
  });

  it('has at least 30 fixtures, each with its golden', () => {
    assert.ok(CASES.length >= 30, `${CASES.length} fixtures`);
    for (const name of CASES) readFileSync(join(FIXTURES, name.replace(/\.rs$/, '.golden')), 'utf8');
  });

  for (const name of CASES) {
    it(`${name}: the golden text, only doc lines added, a second run makes no edit; rustc parses it and attaches each doc where Docwright reads it`, async function () {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const golden = readFileSync(join(FIXTURES, name.replace(/\.rs$/, '.golden')), 'utf8');
      const overview = name.includes('.overview.');
      const first = await generate(text, overview);
      assert.deepEqual(first.failures, []);
      assert.equal(first.newText, golden);
      assert.equal(withoutAddedLines(text, golden, /^[ \t]*(\/\/[/!]( .*)?)?$/), text.split(/\r?\n/).join('\n'));
      const second = await generate(first.newText, overview);
      assert.deepEqual(second.edits, [], 'a second run makes no edit');
      if (!rustc.ok) return this.skip();
      const judged = rustcPretty(golden, name);
      assert.equal(judged.code, 0, judged.err);
      // rustc prints every doc comment directly above the item it attached it to.
      const ours = await extract(golden);
      const theirs = await extract(judged.out);
      for (const symbol of first.documented) {
        const mine = ours.byId.get(symbol.id);
        assert.ok(mine?.docstring, `${symbol.id} is documented in the result`);
        assert.equal(theirs.byId.get(symbol.id)?.docstring?.content, mine.docstring.content, `rustc attaches ${symbol.id}'s doc to it`);
      }
    });
  }

  it('CRLF stays CRLF: no lone line feed in the result', async () => {
    const text = readFileSync(join(FIXTURES, 'crlf.rs'), 'utf8');
    assert.ok(text.includes('\r\n'));
    const { newText, edits } = await generate(text);
    assert.ok(edits.length > 0);
    assert.ok(!/[^\r]\n/.test(newText));
  });

  it("the file's module doc is written on request only (fileOverview), as //! lines: a /// there would document the first item", async () => {
    const text = 'pub fn f() {}\n';
    assert.equal((await generate(text)).newText, '/// _summary_\npub fn f() {}\n');
    assert.equal((await generate(text, true)).newText, '//! _summary_\n\n/// _summary_\npub fn f() {}\n');
  });

  it('the template writes # Arguments, # Returns and the guideline sections, with no types (the signature has them)', async () => {
    const { symbols } = await extractSymbols('pub unsafe fn f(a: u8, b: &str) -> Result<u8, E> {\n    b.parse().unwrap()\n}\n', 'rust');
    const doc = templateDocstring(symbols.find((s) => s.name === 'f')!, 'rustdoc');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Errors', 'Panics', 'Safety']);
    assert.match(doc.sections[1].body, /`unwrap\(\)`/);
    const written = renderDocstring(doc, { style: 'rustdoc', types: 'auto', annotated: new Set(), returnAnnotated: true, indentUnit: '    ' });
    assert.deepEqual(written.filter((l) => l.startsWith('* ') || l.startsWith('# ')), ['# Arguments', '* `a` - _description_', '* `b` - _description_', '# Returns', '# Errors', '# Panics', '# Safety']);
  });
});

describe('Rust pack: validation', () => {
  it("DW601: public items rustdoc shows; not private items, trait impl items, test code, or items of a private module", async () => {
    const text = [
      'pub fn exported() {}',
      'fn private() {}',
      'pub(crate) fn restricted() {}',
      'pub struct S {',
      '    pub field: u8,',
      '    hidden: u8,',
      '}',
      'impl S {',
      '    pub fn method(&self) {}',
      '    fn helper(&self) {}',
      '}',
      'impl Default for S {',
      '    fn default() -> Self { S { field: 0, hidden: 0 } }',
      '}',
      'mod private_mod {',
      '    pub fn inside() {}',
      '}',
      '#[cfg(test)]',
      'mod tests {',
      '    #[test]',
      '    fn works() {}',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(await findings(text), ['DW601 exported', 'DW601 S', 'DW601 S.field', 'DW601 S.method']);
  });

  it('DW601: an item of a private module that a `pub use` re-exports is public API (by name, in a list, by wildcard), with its pub members; #[doc(hidden)] items are not', async () => {
    const text = [
      'mod a {',
      '    pub fn named() {}',
      '    pub fn unnamed() {}',
      '    pub struct Listed;',
      '    impl Listed {',
      '        pub fn method(&self) {}',
      '    }',
      '}',
      'mod b {',
      '    pub fn everything() {}',
      '}',
      'pub use a::named;',
      'pub use self::a::{Listed};',
      'pub use crate::b::*;',
      '#[doc(hidden)]',
      'pub mod internals {',
      '    pub fn hidden() {}',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(await findings(text), ['DW601 a.named', 'DW601 a.Listed', 'DW601 a.Listed.method', 'DW601 b.everything']);
  });

  it('DW802: a public fn that returns a Result, may panic or is unsafe, and an unsafe trait, whose doc lacks the section (Clippy missing_errors_doc, missing_panics_doc, missing_safety_doc)', async () => {
    const text = [
      '/// Parses.',
      'pub fn parse(s: &str) -> Result<u8, std::num::ParseIntError> { s.parse() }',
      '/// First.',
      'pub fn first(v: &[u8]) -> u8 { *v.first().expect("empty") }',
      '/// Reads.',
      'pub unsafe fn read(p: *const u8) -> u8 { *p }',
      '/// Zeroes.',
      'pub unsafe trait Zero {}',
      '/// Fine.',
      '///',
      '/// # Errors',
      '///',
      '/// When `s` is not a number.',
      'pub fn fine(s: &str) -> Result<u8, std::num::ParseIntError> { s.parse() }',
      '/// Private: not asked.',
      'fn private(s: &str) -> Result<u8, std::num::ParseIntError> { s.parse() }',
      '/// Only a debug assertion.',
      'pub fn debug(a: u8) { debug_assert!(a > 0); }',
      '',
    ].join('\n');
    const result = await validateText(text, 'rust', { style: 'auto' });
    assert.deepEqual(result.findings.map((f) => `${f.code} ${f.symbol}`), ['DW802 parse', 'DW802 first', 'DW802 read', 'DW802 Zero']);
    assert.match(result.findings[0].message, /no "# Errors" section: it returns a Result/);
    assert.match(result.findings[1].message, /no "# Panics" section: its body may panic \(`expect\(\)`\)/);
  });

  it('a doc that describes arguments and return in prose (as std does) is not asked for lists; one that lists some is checked in full', async () => {
    const prose = '/// Adds `a` to `b` and returns the sum.\npub fn add(a: u8, b: u8) -> u8 { a + b }\n';
    assert.deepEqual(await findings(prose), []);
    const listed = '/// Adds.\n///\n/// # Arguments\n///\n/// * `a` - First.\n/// * `c` - Gone.\npub fn add(a: u8, b: u8) -> u8 { a + b }\n';
    assert.deepEqual(await findings(listed), ['DW201 add', 'DW101 add', 'DW102 add']);
  });

  it('DW501 on a # Arguments section that is not a list', async () => {
    const text = '/// Adds.\n///\n/// # Arguments\n///\n/// a and b.\npub fn add(a: u8, b: u8) -> u8 { a + b }\n';
    assert.deepEqual((await findings(text)).filter((f) => f.startsWith('DW501')), ['DW501 add']);
  });

  it('coverage counts what DW601 counts', async () => {
    const text = '/// Doc.\npub fn a() {}\npub fn b() {}\nfn c() {}\nimpl std::fmt::Debug for X { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { Ok(()) } }\npub struct X;\n';
    const coverage = docstringCoverage(await extractSymbols(text, 'rust'));
    assert.deepEqual([coverage.total, coverage.documented, coverage.missing.map((m) => m.name)], [3, 1, ['b', 'X']]);
  });
});

describe('Rust pack: repair and AI answers', () => {
  it('"Update docstring" adds the missing guideline section and keeps a prose doc prose; a second run changes nothing', async () => {
    const text = '/// Reads one byte at `i`.\n///\n/// # Examples\n///\n/// ```\n/// # let b = 1;\n/// ```\npub unsafe fn byte_at(p: *const u8, i: usize) -> u8 { *p.add(i) }\n';
    const { newText } = await updateDocstrings(text, 'rust', { style: 'auto' });
    assert.equal(
      newText,
      '/// Reads one byte at `i`.\n///\n/// # Safety\n///\n/// The caller must ensure that ...\n///\n/// # Examples\n///\n/// ```\n/// # let b = 1;\n/// ```\npub unsafe fn byte_at(p: *const u8, i: usize) -> u8 { *p.add(i) }\n',
    );
    assert.deepEqual(await findings(newText), []);
    assert.deepEqual((await updateDocstrings(newText, 'rust', { style: 'auto' })).edits, []);
  });

  it("a repair keeps a module's //! doc as //! and a block doc as a block", async () => {
    const text = '//! Crate.\n//!\n//! # Arguments\n//!\n//! * `x` - Gone.\n\n/** Old.\n *\n * # Arguments\n *\n * * `b` - Gone.\n */\npub fn f(a: u8) {}\n';
    const { newText } = await updateDocstrings(text, 'rust', { style: 'auto' });
    assert.match(newText, /^\/\/! Crate\.\n/);
    assert.match(newText, /\n\/\*\*\n \* Old\.\n \*\n \* # Arguments\n \*\n \* \* `a` - Gone\.\n \*\/\npub fn f/);
  });

  it("a user's template (docwright.template.rust) writes rustdoc lines: the `///` is Docwright's", async () => {
    const template = compileTemplate('{{summary}}\n\n{{#params}}- {{name}}: {{description}}\n{{/params}}', 'rust.mustache');
    const result = await generateDocstrings('pub fn area(w: f64, h: f64) -> f64 { w * h }\n', 'rust', { style: 'auto', types: 'auto', quote: '"""', template });
    assert.equal(result.newText, '/// _summary_\n///\n/// - w: _description_\n/// - h: _description_\npub fn area(w: f64, h: f64) -> f64 { w * h }\n');
  });

  it("applyAnswer fills the summary, arguments and return; the prompt names Rust and fences the source as rust", async () => {
    const source = 'pub fn area(w: f64, h: f64) -> f64 { w * h }\n';
    const { symbols } = await extractSymbols(source, 'rust');
    const area = symbols.find((s) => s.name === 'area')!;
    const template = templateDocstring(area, 'rustdoc');
    const answer = { summary: 'Computes the area.', description: null, params: [{ name: 'w', description: 'Width.' }, { name: 'h', description: 'Height.' }], returns: 'The area.', yields: null, raises: [], example: null };
    const { doc } = applyAnswer(template, answer, area);
    assert.deepEqual([doc.summary, doc.params.map((p) => p.description), doc.returns?.description], ['Computes the area.', ['Width.', 'Height.'], 'The area.']);
    const prompt = await buildPrompt(area, source, {}, 'rustdoc', template, { maxPromptTokens: 4000, model: 'gpt-4o' });
    const text = prompt.messages.map((m) => m.content).join('\n');
    assert.match(text, /Language: Rust\. Docstring style: rustdoc/);
    assert.match(text, /```rust\n/);
  });
});

describe('Rust pack: the CLI walks .rs files', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-rust-cli-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'lib.rs'), '/// Parses.\npub fn parse(s: &str) -> Result<u8, std::num::ParseIntError> { s.parse() }\n');
    writeFileSync(join(dir, 'src', 'util.rs'), 'pub fn two() -> u8 { 2 }\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check reports DW802 with its place; fix adds the section; generate documents the rest', () => {
    const check = runCliSync(['check', '--no-cache', 'src'], dir);
    assert.equal(check.code, 1, check.stderr);
    assert.match(check.stdout, /src\/lib\.rs:1:5 DW802 The doc comment has no "# Errors" section/);
    const fix = runCliSync(['fix', 'src'], dir);
    assert.equal(fix.code, 0, fix.stderr);
    assert.match(readFileSync(join(dir, 'src', 'lib.rs'), 'utf8'), /^\/\/\/ Parses\.\n\/\/\/\n\/\/\/ # Errors\n\/\/\/\n\/\/\/ Returns an error if \.\.\.\n/);
    const generate = runCliSync(['generate', '--write', 'src'], dir);
    assert.equal(generate.code, 0, generate.stderr);
    assert.match(readFileSync(join(dir, 'src', 'util.rs'), 'utf8'), /^\/\/\/ _summary_\n\/\/\/\n\/\/\/ # Returns\n/);
  });

  it('coverage counts the public Rust items', () => {
    const run = runCliSync(['coverage', '--format', 'json', 'src'], dir);
    assert.notEqual(run.code, 2, run.stderr);
    const report = JSON.parse(run.stdout) as { total: number; documented: number };
    assert.deepEqual([report.total, report.documented], [2, 1]);
  });
});
