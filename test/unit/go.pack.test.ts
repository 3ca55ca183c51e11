/**
 * The Go pack end to end: the real pipeline (generateDocstrings, validateText, updateDocstrings,
 * applyAnswer, the CLI) on Go files. Placement goldens under test/fixtures/go/placement (input
 * `x.go`, expected `x.golden`; `.overview.` in the name asks for the package comment too), checked
 * against gofmt and go/doc when Go is installed (CI installs it; test/unit/go.tools.ts).
 */
import { symbolFact } from '../../src/core/extract/symbolFact';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAnswer, placeholdersLeft } from '../../src/core/ai/describe';
import { buildPrompt } from '../../src/core/ai/prompt';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { compileTemplate } from '../../src/core/generate/userTemplate';
import { templateDocstring } from '../../src/core/generate/template';
import { docstringCoverage } from '../../src/core/validate/coverage';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { languageForPath, packFor } from '../../src/languages';
import { EncodingError } from '../../src/core/text/encoding';
import type { GoSymbolFact } from '../../src/languages/go/facts';
import { runCliSync } from '../support/cli';
import { findingsOf } from './packHelpers';
import { gofmt, gofmtOutput, goDocs, goKey, goTools, withoutAlignment, type GoTools } from './go.tools';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'go', 'placement');
const CASES = readdirSync(FIXTURES).filter((f) => f.endsWith('.go')).sort();

const generate = (text: string, fileOverview = false) => generateDocstrings(text, 'go', { style: 'auto', types: 'auto', quote: '"""', fileOverview });

const findings = (text: string) => findingsOf(text, 'go');

describe('Go pack: registration', () => {
  it('reads .go files as Go, decodes UTF-8 with or without a BOM and refuses UTF-16', () => {
    assert.equal(languageForPath('cmd/main.GO'), 'go');
    const pack = packFor('go');
    assert.deepEqual(pack.styles, ['godoc']);
    assert.equal(pack.detectStyle('anything at all'), 'godoc');
    assert.equal(pack.decode(Buffer.from('\ufeffpackage p\n')).text, 'package p\n');
    assert.equal(pack.decode(Buffer.from('package p // é\n')).text, 'package p // é\n');
    assert.throws(() => pack.decode(Buffer.from([0xff, 0xfe, 0x70, 0x00])), EncodingError);
    assert.equal(pack.docComment(['Name does x.', '', '\tcode()'], '\t', { quote: '"""', style: 'godoc', symbol: symbolFact({ name: 'Name', namePath: ['Name'], kind: 'function', language: 'go', range: { start: 0, end: 0 }, signatureRange: { start: 0, end: 0 }, insertion: { start: 0, end: 0, indent: '', prefix: '', suffix: '' } }) }), '// Name does x.\n\t//\n\t//\tcode()');
    assert.ok(!pack.typing.typed.test('//') && !pack.typing.typed.test('\t// '), 'typing // offers no completion');
  });
});

describe('Go pack: generation (template mode) on the placement fixtures', function () {
  this.timeout(120_000);
  let tools: GoTools | string;
  let scratch: string;
  before(() => {
    tools = goTools();
    scratch = mkdtempSync(join(tmpdir(), 'docwright-go-pack-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('has at least 30 fixtures, each with its golden', () => {
    assert.ok(CASES.length >= 30, `${CASES.length} fixtures`);
    for (const name of CASES) readFileSync(join(FIXTURES, name.replace(/\.go$/, '.golden')), 'utf8');
  });

  for (const name of CASES) {
    it(`${name}: the golden text, no failure; a second run makes no edit; gofmt parses it and go/doc attaches each comment`, async function () {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const golden = readFileSync(join(FIXTURES, name.replace(/\.go$/, '.golden')), 'utf8');
      const overview = name.includes('.overview.');
      const first = await generate(text, overview);
      assert.deepEqual(first.failures, []);
      assert.equal(first.newText, golden);
      const second = await generate(first.newText, overview);
      assert.deepEqual(second.edits, [], 'a second run makes no edit');
      if (typeof tools === 'string') return this.skip();
      const dir = join(scratch, name.replace(/\W/g, '_'));
      mkdirSync(dir);
      const before = join(dir, 'before.go.txt');
      writeFileSync(before, text);
      const path = join(dir, 'fixture.go');
      writeFileSync(path, golden);
      const result = gofmt(tools, path);
      assert.ok(result.parses, result.error);
      // gofmt aligns columns across neighbouring specs and fields; a comment line between them
      // ends the alignment block, which a comment insertion cannot avoid (see go.extract.test.ts).
      if (!gofmt(tools, before).listed) assert.equal(withoutAlignment(gofmtOutput(tools, path)!), withoutAlignment(golden));
      const attached = goDocs(tools, [path])[path];
      for (const symbol of first.documented as GoSymbolFact[]) {
        const summary = symbol.kind === 'module' ? `Package ${symbol.name} _summary_` : `${symbol.name} _summary_`;
        assert.equal(attached[goKey(symbol)], summary, `${goKey(symbol)} in ${name}`);
      }
    });
  }

  it('CRLF stays CRLF: no lone line feed in the result', async () => {
    const text = readFileSync(join(FIXTURES, 'crlf.go'), 'utf8');
    assert.ok(text.includes('\r\n'));
    const { newText, edits } = await generate(text);
    assert.ok(edits.length > 0);
    assert.ok(!/[^\r]\n/.test(newText));
  });

  it('writes no params, returns or panics (Go has no tags), and a summary that starts with the name', async () => {
    const { symbols } = await extractSymbols('package p\n\nfunc Div(a, b int) (int, error) {\n\tif b == 0 {\n\t\tpanic("zero")\n\t}\n\treturn a / b, nil\n}\n', 'go');
    const doc = templateDocstring(symbols.find((s) => s.name === 'Div')!, 'godoc');
    assert.deepEqual([doc.summary, doc.params, doc.returns, doc.raises], ['Div _summary_', [], undefined, []]);
  });

  it('the package comment is written on request only (fileOverview), as `Package name`', async () => {
    const text = 'package shapes\n\nfunc F() {}\n';
    assert.equal((await generate(text)).newText, 'package shapes\n\n// F _summary_\nfunc F() {}\n');
    assert.equal((await generate(text, true)).newText, '// Package shapes _summary_\npackage shapes\n\n// F _summary_\nfunc F() {}\n');
  });
});

describe('Go pack: validation', () => {
  it('DW601: exported functions, methods on exported types, types, consts and vars; not unexported names, fields, interface methods, well-known methods, the package, or a spec its group documents', async () => {
    const text = [
      'package p',
      '',
      'func Exported() {}',
      'func unexported() {}',
      'type T struct {',
      '\tField int',
      '}',
      'type I interface {',
      '\tMethod()',
      '}',
      'func (T) Do() {}',
      'func (T) String() string { return "" }',
      'type hidden struct{}',
      'func (hidden) Do() {}',
      'const Max = 1',
      'var Default = 2',
      '// Sizes.',
      'const (',
      '\tSmall = 1',
      ')',
      'const (',
      '\tHuge = 9',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(await findings(text), ['DW601 Exported', 'DW601 T', 'DW601 I', 'DW601 T.Do', 'DW601 Max', 'DW601 Default', 'DW601 Huge']);
  });

  it('coverage counts what DW601 counts, a spec documented by its group as documented', async () => {
    const text = 'package p\n\n// Sizes.\nconst (\n\tSmall = 1\n)\n\nfunc F() {}\n\n// G does.\nfunc G() {}\n\nfunc h() {}\n';
    const coverage = docstringCoverage(await extractSymbols(text, 'go'));
    assert.deepEqual([coverage.total, coverage.documented, coverage.missing.map((m) => m.name)], [3, 2, ['F']]);
  });

  it('DW801: an exported symbol whose comment does not start with its name (revive), with the name in another case too', async () => {
    const text = [
      'package p',
      '',
      '// Returns one.',
      'func One() int { return 1 }',
      '',
      '// two returns two.',
      'func Two() int { return 2 }',
      '',
      '// Builds a T.',
      'type T struct{}',
      '',
      '// Does it.',
      'func (T) Do() {}',
      '',
      '// The value.',
      'var Value = 1',
      '',
    ].join('\n');
    const result = await validateText(text, 'go', { style: 'auto' });
    assert.deepEqual(result.findings.map((f) => `${f.code} ${f.symbol} ${text.slice(f.start, f.end)}`), [
      'DW801 One Returns one.',
      'DW801 Two two returns two.',
      'DW801 T Builds a T.',
      'DW801 T.Do Does it.',
      'DW801 Value The value.',
    ]);
    assert.equal(result.findings[1].message, 'Comment on exported function Two should be of the form "Two ..." to match its exported status, not "two ..."; "Update docstring" starts it with \'Two\'.');
    assert.equal(result.findings[0].severity, 'warning');
  });

  it('no DW801 for comments of the right form, unexported names, a type with an article, a deprecated-only comment, or a grouped value its group documents; no entry rules (DW102, DW201) on Go', async () => {
    const text = [
      'package p',
      '',
      '// Add returns a + b.',
      'func Add(a, b int) int { return a + b }',
      '',
      '// helper does things.',
      'func helper(x int) int { return x }',
      '',
      '// A Point is a place.',
      'type Point struct{}',
      '',
      '// Deprecated: use Add.',
      'func Plus(a, b int) int { return a + b }',
      '',
      '// Limits.',
      'const (',
      '\t// the max.',
      '\tMax = 9',
      ')',
      '',
      '// Panics panics.',
      'func Panics(v int) error {',
      '\tpanic(v)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(await findings(text), []);
  });

  it('DW801 on a package comment not of the form "Package name ..." (golint, staticcheck ST1000), package main excepted; the repair names the package', async () => {
    const wrong = '// Shapes draws shapes.\npackage shapes\n';
    assert.deepEqual(await findings(wrong), ['DW801 <module>']);
    assert.equal((await updateDocstrings(wrong, 'go', { style: 'auto' })).newText, '// Package shapes draws shapes.\npackage shapes\n');
    assert.equal((await updateDocstrings('// Draws shapes.\npackage shapes\n', 'go', { style: 'auto' })).newText, '// Package shapes draws shapes.\npackage shapes\n');
    assert.deepEqual(await findings('// Package shapes draws shapes.\npackage shapes\n'), []);
    assert.deepEqual(await findings('// Shapes is a command that draws.\npackage main\n'), []);
    assert.equal((await generate('package main\n', true)).newText, '// _summary_\npackage main\n', "a command's comment starts with the command's name, which the code does not say");
  });

  it('docwright: ignore[DW801] on the definition line silences it', async () => {
    assert.deepEqual(await findings('package p\n\n// Returns one.\nfunc One() int { return 1 } // docwright: ignore[DW801]\n'), []);
  });
});

describe('Go pack: repair and AI answers', () => {
  it('"Update docstring" on DW801 starts the comment with the name and keeps the rest of the text', async () => {
    const text = [
      'package p',
      '',
      '// Returns one.',
      '//',
      '// More words.',
      '//',
      '//\tcode()',
      '//',
      '// Deprecated: use Two.',
      'func One() int { return 1 }',
      '',
      '// two returns two.',
      'func Two() int { return 2 }',
      '',
      '// HTTP things.',
      'func Get() {}',
      '',
      '// wrong but unexported.',
      'func low() {}',
      '',
    ].join('\n');
    const { newText } = await updateDocstrings(text, 'go', { style: 'auto' });
    assert.equal(
      newText,
      text.replace('// Returns one.', '// One returns one.').replace('// two returns two.', '// Two returns two.').replace('// HTTP things.', '// Get HTTP things.'),
    );
    assert.deepEqual(await findings(newText), []);
    assert.deepEqual((await updateDocstrings(newText, 'go', { style: 'auto' })).edits, []);
  });

  it('the repair corrects the case of the name after a type\'s article, and leaves a comment of the right form alone', async () => {
    const text = 'package p\n\n// A point is a place.\ntype Point struct{}\n\n// Point2 is fine.\ntype Point2 struct{}\n';
    assert.deepEqual(await findings(text), ['DW801 Point']);
    assert.equal((await updateDocstrings(text, 'go', { style: 'auto' })).newText, text.replace('A point', 'A Point'));
  });

  it("a user's template (docwright.template.go) writes Go comments: summary and description fill, the `//` is Docwright's", async () => {
    const template = compileTemplate('{{summary}}\n\n{{#params}}{{name}}: {{description}}{{/params}}\nWritten by a template.\n', 'go.mustache');
    const text = 'package p\n\nfunc Area(w, h float64) float64 { return w * h }\n';
    const result = await generateDocstrings(text, 'go', { style: 'auto', types: 'auto', quote: '"""', template });
    assert.equal(result.newText, 'package p\n\n// Area _summary_\n//\n// Written by a template.\nfunc Area(w, h float64) float64 { return w * h }\n');
  });

  it("applyAnswer: the model's summary starts with the name (prefixed, or its case corrected); the template's `Name _summary_` counts as a placeholder", async () => {
    const { symbols } = await extractSymbols('package p\n\nfunc Area(w, h float64) float64 { return w * h }\n\ntype Shape interface{}\n', 'go');
    const area = symbols.find((s) => s.name === 'Area')!;
    const shape = symbols.find((s) => s.name === 'Shape')!;
    const template = templateDocstring(area, 'godoc');
    assert.deepEqual(placeholdersLeft(template, area), ['summary']);
    const answer = (summary: string) => ({ summary, description: null, params: [], returns: null, yields: null, raises: [], example: null });
    assert.equal(applyAnswer(template, answer('Returns the area of a rectangle.'), area).doc.summary, 'Area returns the area of a rectangle.');
    assert.equal(applyAnswer(template, answer('Area returns w times h.'), area).doc.summary, 'Area returns w times h.');
    assert.equal(applyAnswer(template, answer('area returns w times h.'), area).doc.summary, 'Area returns w times h.');
    assert.equal(applyAnswer(template, answer('JSON of the area.'), area).doc.summary, 'Area JSON of the area.');
    assert.equal(applyAnswer(template, answer('Return the area.'), area).doc.summary, 'Area returns the area.', 'the imperative mood reads on in the third person');
    assert.equal(applyAnswer(template, answer('Copy the area.'), area).doc.summary, 'Area copies the area.');
    assert.deepEqual(placeholdersLeft(applyAnswer(template, answer('Returns it.'), area).doc, area), []);
    assert.equal(applyAnswer(templateDocstring(shape, 'godoc'), answer('A Shape has an area.'), shape).doc.summary, 'A Shape has an area.');
    assert.equal(applyAnswer(template, answer(''), area).doc.summary, 'Area _summary_', 'no answer leaves the placeholder');
  });
});

describe('Go pack: the AI prompt', () => {
  it('asks for a summary that starts with the name, in the third person; Python is not asked', async () => {
    const source = 'package p\n\nfunc Area(w, h float64) float64 { return w * h }\n';
    const { symbols } = await extractSymbols(source, 'go');
    const area = symbols.find((s) => s.name === 'Area')!;
    const prompt = await buildPrompt(area, source, {}, 'godoc', templateDocstring(area, 'godoc'), { maxPromptTokens: 4000, model: 'gpt-4o' });
    const text = prompt.messages.map((m) => m.content).join('\n');
    assert.match(text, /Language: Go\. Docstring style: godoc/);
    assert.match(text, /The summary must start with "Area" and go on in the third person \("Area returns \.\.\."/);
    assert.match(text, /```go\n/);
    const py = 'def area(w, h):\n    return w * h\n';
    const pySymbol = (await extractSymbols(py, 'python')).symbols.find((s) => s.name === 'area')!;
    const pyPrompt = await buildPrompt(pySymbol, py, {}, 'google', templateDocstring(pySymbol, 'google'), { maxPromptTokens: 4000, model: 'gpt-4o' });
    assert.ok(!pyPrompt.messages.some((m) => m.content.includes('must start with')));
  });
});

describe('Go pack: the CLI walks .go files', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-go-cli-'));
    mkdirSync(join(dir, 'pkg'));
    writeFileSync(join(dir, 'pkg', 'a.go'), 'package pkg\n\n// Returns one.\nfunc One() int { return 1 }\n');
    writeFileSync(join(dir, 'pkg', 'b.go'), 'package pkg\n\nfunc Two() int { return 2 }\n');
    writeFileSync(join(dir, 'c.py'), 'def f(a):\n    """F.\n\n    Args:\n        a: A.\n    """\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('coverage counts the exported Go functions', () => {
    const run = runCliSync(['coverage', '--format', 'json', 'pkg'], dir);
    assert.notEqual(run.code, 2, run.stderr);
    const report = JSON.parse(run.stdout) as { total: number; documented: number };
    assert.deepEqual([report.total, report.documented], [2, 1]);
  });

  it('check reports DW801 in a .go file found in a folder', () => {
    const run = runCliSync(['check', '--format', 'json', '.'], dir);
    assert.equal(run.code, 1, run.stderr);
    const found = JSON.parse(run.stdout) as { file: string; code: string }[];
    assert.deepEqual(found.map((f) => `${f.file} ${f.code}`), ['pkg/a.go DW801']);
  });

  it('generate --write documents every .go file; fix repairs DW801; then check is clean', () => {
    const generated = runCliSync(['generate', '--write', '.'], dir);
    assert.equal(generated.code, 0, generated.stderr);
    assert.equal(readFileSync(join(dir, 'pkg', 'b.go'), 'utf8'), 'package pkg\n\n// Two _summary_\nfunc Two() int { return 2 }\n');
    const fixed = runCliSync(['fix', '.'], dir);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(readFileSync(join(dir, 'pkg', 'a.go'), 'utf8'), 'package pkg\n\n// One returns one.\nfunc One() int { return 1 }\n');
    const checked = runCliSync(['check', '.'], dir);
    assert.equal(checked.code, 0, checked.stdout + checked.stderr);
  });
});
