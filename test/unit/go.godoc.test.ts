import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDocstring, type Docstring, type RenderOptions } from '../../src/core/docstring/model';
import { exportedDocStatus, exportedProblem, firstCommentLine, startsWithName } from '../../src/languages/go/exportedRule';
import { goComment, parseGodoc, renderGodoc } from '../../src/languages/go/godoc';
import { extract, goSourceRoot, STDLIB_SAMPLE } from './go.tools';

const OPTIONS: RenderOptions = { style: 'jsdoc', annotated: new Set(), returnAnnotated: false, types: 'auto', indentUnit: '\t' };

function doc(fields: Partial<Docstring>): Docstring {
  return { ...emptyDocstring(), ...fields };
}

describe('godoc style', () => {
  it('reads the first paragraph as the summary and the rest as the description, code blocks kept', () => {
    const { doc: parsed, problems } = parseGodoc('Copy copies from src to dst\nuntil EOF.\n\nA successful Copy returns err == nil.\n\n\tn, err := io.Copy(dst, src)\n\nMore.');
    assert.deepEqual(problems, []);
    assert.equal(parsed.summary, 'Copy copies from src to dst\nuntil EOF.');
    assert.equal(parsed.description, 'A successful Copy returns err == nil.\n\n\tn, err := io.Copy(dst, src)\n\nMore.');
    assert.deepEqual([parsed.params, parsed.raises, parsed.returns, parsed.sections], [[], [], undefined, []]);
  });

  it('keeps a Deprecated: paragraph as a section, through the end of the comment', () => {
    const content = 'ReadAll reads.\n\nDeprecated: As of Go 1.16, this function\nsimply calls io.ReadAll.';
    const { doc: parsed } = parseGodoc(content);
    assert.equal(parsed.description, '');
    assert.deepEqual(parsed.sections, [{ title: 'Deprecated', body: 'As of Go 1.16, this function\nsimply calls io.ReadAll.' }]);
    assert.equal(renderGodoc(parsed, OPTIONS).join('\n'), content);
  });

  it('a Deprecated: line inside a paragraph is prose, not a section (go doc reads paragraphs)', () => {
    const { doc: parsed } = parseGodoc('F does x.\nDeprecated: no.');
    assert.deepEqual([parsed.summary, parsed.sections], ['F does x.\nDeprecated: no.', []]);
  });

  it('a Deprecated paragraph in the middle keeps its place, and `Deprecated:` alone keeps its text on the next line', () => {
    for (const content of ['F does x.\n\nDeprecated: Use G.\n\nG is faster.', 'F does x.\n\nDeprecated:\nUse G.', 'Deprecated: Use G.']) {
      assert.equal(renderGodoc(parseGodoc(content).doc, OPTIONS).join('\n'), content);
    }
    assert.equal(parseGodoc('Deprecated: Use G.').doc.summary, '');
  });

  it('reads Go 1.19 headings (# Title) as sections; an indented # line is code', () => {
    const content = 'Package trace does.\n\n# Tracing runtime activities\n\nThe trace contains.\n\n\t# not a heading\n\n# User annotation\n\nTasks.';
    const { doc: parsed } = parseGodoc(content);
    assert.equal(parsed.description, '');
    assert.deepEqual(parsed.sections, [
      { title: 'Tracing runtime activities', body: 'The trace contains.\n\n\t# not a heading' },
      { title: 'User annotation', body: 'Tasks.' },
    ]);
    assert.equal(renderGodoc(parsed, OPTIONS).join('\n'), content);
  });

  it('parse(render(doc)) gives the doc back: summary, description, headings, Deprecated', () => {
    const model = doc({
      summary: 'Dial connects to the address.',
      description: 'It tries each address in turn.\n\n\tconn, err := Dial("tcp", "golang.org:http")',
      sections: [{ title: 'Examples', body: 'See the tests.' }, { title: 'Deprecated', body: 'Use DialContext.' }],
    });
    const lines = renderGodoc(model, OPTIONS);
    assert.deepEqual(lines, [
      'Dial connects to the address.', '', 'It tries each address in turn.', '', '\tconn, err := Dial("tcp", "golang.org:http")', '',
      '# Examples', '', 'See the tests.', '', 'Deprecated: Use DialContext.',
    ]);
    assert.deepEqual(parseGodoc(lines.join('\n')).doc, model);
  });

  it('writes no tags: params, returns, raises, type params and examples have no place in a Go comment', () => {
    const model = doc({
      summary: 'F does x.',
      params: [{ name: 'a', description: 'The a.' }],
      returns: { description: 'The b.' },
      raises: [{ type: 'panic', description: 'When.' }],
      typeParams: [{ name: 'T', description: 'The T.' }],
      examples: 'F(1)',
    });
    assert.deepEqual(renderGodoc(model, OPTIONS), ['F does x.']);
  });

  it('goComment writes // lines as gofmt does: // text, // for a blank line, //\\tcode', () => {
    assert.equal(goComment(['F does x.', '', '\tF(1)', 'More.'], '\t'), '// F does x.\n\t//\n\t//\tF(1)\n\t// More.');
  });

  it('reads real doc comments of the standard library back line for line (render(parse(c)) = c), Deprecated and headings among them', async function () {
    const root = goSourceRoot();
    if (!root) {
      console.log('      skipped: /usr/lib/go-1.19/src is absent (apt-get install golang-1.19-src)');
      this.skip();
    }
    let comments = 0;
    let deprecated = 0;
    let headings = 0;
    const failures: string[] = [];
    for (const file of [...STDLIB_SAMPLE, 'runtime/trace/trace.go', 'runtime/pprof/pprof.go', 'go/build/doc.go']) {
      const { symbols } = await extract(readFileSync(join(root!, file), 'utf8'));
      for (const symbol of symbols) {
        const content = symbol.docstring?.content;
        if (content === undefined) continue;
        comments++;
        const { doc: parsed } = parseGodoc(content);
        deprecated += parsed.sections.filter((s) => s.title === 'Deprecated').length;
        headings += parsed.sections.filter((s) => s.title !== 'Deprecated').length;
        const back = renderGodoc(parsed, OPTIONS).join('\n');
        if (back !== content.replace(/\n{3,}/g, '\n\n')) failures.push(`${file} ${symbol.id}`);
        if (!content.startsWith('Deprecated:') && parsed.summary === '') failures.push(`${file} ${symbol.id}: no summary`);
      }
    }
    console.log(`      ${comments} comments, ${deprecated} Deprecated sections, ${headings} headings, ${failures.length} failures`);
    assert.deepEqual(failures, []);
    assert.ok(comments > 1000 && deprecated >= 5 && headings >= 5);
  });
});

/**
 * revive's `exported` rule: cases ported from github.com/mgechev/revive at commit 0a7d62c
 * (testdata/golint/value_spec.go, testdata/golint/exported.go, testdata/golint/const_block.go,
 * testdata/exported_issue_1231.go, testdata/exported_issue_1235.go, testdata/exported_issue_1202.go,
 * testdata/exported_issue_552.go), rewritten as small sources; the expected messages are revive's.
 */
describe("revive's exported rule", () => {
  async function findings(source: string): Promise<Record<string, string>> {
    const { symbols, hasErrors } = await extract(source);
    assert.equal(hasErrors, false);
    const out: Record<string, string> = {};
    for (const symbol of symbols) {
      const message = exportedProblem(symbol);
      if (message) out[symbol.id] = message;
    }
    return out;
  }

  it('startsWithName: "Name ..." with a space after it; "A/An/The/This Name ..." for types only', () => {
    assert.equal(startsWithName('Copy copies.', 'Copy'), true);
    assert.equal(startsWithName('Copy', 'Copy'), false, 'revive wants "Name " with a space');
    assert.equal(startsWithName('Copyright 2024.', 'Copy'), false);
    assert.equal(startsWithName('A V is a string.', 'V', true), true);
    assert.equal(startsWithName('An Encoder writes.', 'Encoder', true), true);
    assert.equal(startsWithName('This Person type is simple', 'Person', true), true);
    assert.equal(startsWithName('A V is a string.', 'V'), false, 'no article for a function');
    assert.equal(startsWithName('A is shortcut for []O.', 'A', true), true, 'a type named like an article');
    assert.equal(startsWithName('\nEq returns true.\nDeprecated: this is deprecated', 'Eq'), true);
  });

  it('firstCommentLine skips blank lines and stops at a Deprecated: paragraph', () => {
    assert.equal(firstCommentLine('\n  Min returns a.'), 'Min returns a.');
    assert.equal(firstCommentLine('Deprecated: this is deprecated, use min instead\nMin returns a if a <= b.'), '');
  });

  it('tells a case mismatch from a first-letter mismatch (issue 1235)', () => {
    assert.equal(exportedDocStatus('SendJson sends a JSON object.', 'SendJSON'), 'case-mismatch');
    assert.equal(exportedDocStatus('qux was previously unexported.', 'Qux'), 'first-letter-mismatch');
    assert.equal(exportedDocStatus('VeryLongComment is about F.', 'F'), 'unexpected');
    assert.equal(exportedDocStatus('', 'F'), 'missing');
  });

  it('value_spec.go: missing comments, malformed comments, articles, two exported names in one spec', async () => {
    const found = await findings(
      '// Package pkg does something.\npackage pkg\n\nimport "time"\n\ntype T int\n\nfunc (T) F() {}\n\n// this is a nice type.\ntype U string\n\n// this is a neat function.\nfunc (U) G() {}\n\n// A V is a string.\ntype V string\n\n// V.H has a pointer receiver\n\nfunc (*V) H() {}\n\nvar W = "foo"\n\nconst X = "bar"\n\nvar Y, Z int\n\n// Location should be okay, since the other var name is an underscore.\nvar Location, _ = time.LoadLocation("Europe/Istanbul")\n\n// this is improperly documented\nconst Thing = "wonderful"\n',
    );
    assert.deepEqual(found, {
      'type:T': 'exported type T should have comment or be unexported',
      'method:T.F': 'exported method T.F should have comment or be unexported',
      'type:U': 'comment on exported type U should be of the form "U ..." (with optional leading article)',
      'method:U.G': 'comment on exported method U.G should be of the form "G ..."',
      'method:V.H': 'exported method V.H should have comment or be unexported',
      'variable:W': 'exported var W should have comment or be unexported',
      'constant:X': 'exported const X should have comment or be unexported',
      'variable:Y': 'exported var Z should have its own declaration',
      'constant:Thing': 'comment on exported const Thing should be of the form "Thing ..."',
    });
  });

  it('exported.go: grouped aliases with articles, /* */ comments, common method names exempt on methods only', async () => {
    const found = await findings(
      '// Package golint comment\npackage golint\n\nimport "net/http"\n\ntype (\n\t// O is a shortcut (alias) for map[string]interface{}, e.g. a JSON object.\n\tO = map[string]interface{}\n\n\t// A is shortcut for []O.\n\tA = []O\n\n\t// This Person type is simple\n\tPerson = map[string]interface{}\n)\n\ntype Foo struct{}\n\n/* Bar something */\ntype Bar struct{}\n\n/* Toto something */\nfunc Toto() {}\n\n/* FirstLetter something */\nconst FirstLetter = "A"\n\n/*Bar2 something */\ntype Bar2 struct{}\n\n/* Bar3 */\ntype Bar3 struct{}\n\n/* BarXXX invalid */\ntype Bar4 struct{}\n\nfunc (_) Error() string { return "" }\nfunc (_) ServeHTTP(w http.ResponseWriter, r *http.Request) {}\nfunc (_) Unwrap(err error) error { return nil }\n\nfunc Error() string { return "" }\nfunc Read(p []byte) (n int, err error) { return 0, nil }\n',
    );
    assert.deepEqual(found, {
      'class:Foo': 'exported type Foo should have comment or be unexported',
      'class:Bar3': 'comment on exported type Bar3 should be of the form "Bar3 ..." (with optional leading article)',
      'class:Bar4': 'comment on exported type Bar4 should be of the form "Bar4 ..." (with optional leading article)',
      'function:Error': 'exported function Error should have comment or be unexported',
      'function:Read': 'exported function Read should have comment or be unexported',
    });
  });

  it('const_block.go: a trailing comment is no doc; a commented block exempts its specs; a bare block asks "(or a comment on this block)"', async () => {
    const found = await findings(
      '// Package foo ...\npackage foo\n\nconst (\n\tInlineComment = "ShouldBeOK" // InlineComment is not a valid documentation\n\n\t// MATCH the form\n\tInlineWhatever = "blah"\n\n\t// Something\n\tWhatDoesHeDo = "it\'s not a tumor!"\n)\n\n// These shouldn\'t need doc comments.\nconst (\n\tAlpha = "a"\n\tBeta  = "b"\n)\n\n// The comment on the previous const block shouldn\'t flow through to here.\n\nconst UndocAgain = 6\n\nconst (\n\tSomeUndocumented = 7\n)\n',
    );
    assert.deepEqual(found, {
      'constant:InlineComment': 'exported const InlineComment should have comment (or a comment on this block) or be unexported',
      'constant:InlineWhatever': 'comment on exported const InlineWhatever should be of the form "InlineWhatever ..."',
      'constant:WhatDoesHeDo': 'comment on exported const WhatDoesHeDo should be of the form "WhatDoesHeDo ..."',
      'constant:UndocAgain': 'exported const UndocAgain should have comment or be unexported',
      'constant:SomeUndocumented': 'exported const SomeUndocumented should have comment (or a comment on this block) or be unexported',
    });
  });

  it('exported_issue_1231.go: a comment that opens with Deprecated: counts as missing; one that ends with it is read from its first line', async () => {
    const found = await findings(
      'package golint\n\n// Deprecated: this is deprecated, use math.PI instead\nconst PI = 3.14\n\n// Eq returns true if a == b, false otherwise.\n// Deprecated: this is deprecated\nfunc Eq(a, b int) bool { return a == b }\n\n// Deprecated: this is deprecated, use min instead\n// Min returns a if a <= b, b otherwise.\nfunc Min(a, b int) int { return a }\n\n// Maximum returns a if a >= b, b otherwise.\n// Deprecated: this is deprecated, use max instead\nfunc Max(a, b int) int { return a }\n\n// Deprecated: this is deprecated\ntype Number float64\n\n// Name is a type that represents a name.\ntype Name string\n\n// Deprecated: this is deprecated, use Name.ToString instead\nfunc (n Name) ToString() string { return string(n) }\n\n// String returns the string representation of the name.\n// Deprecated: this is deprecated, use Name.Greet instead\nfunc (n Name) String() string { return string(n) }\n',
    );
    assert.deepEqual(found, {
      'constant:PI': 'exported const PI should have comment or be unexported',
      'function:Min': 'exported function Min should have comment or be unexported',
      'function:Max': 'comment on exported function Max should be of the form "Max ..."',
      'type:Number': 'exported type Number should have comment or be unexported',
      'method:Name.ToString': 'exported method Name.ToString should have comment or be unexported',
    });
  });

  it('exported_issue_1235.go: the casing hints', async () => {
    const found = await findings(
      'package golint\n\nimport "errors"\n\n// SendJson sends a JSON object to the server.\nfunc SendJSON(data interface{}) error { return nil }\n\n// ErrInvalidJson is returned when the JSON is invalid.\nvar ErrInvalidJSON = errors.New("invalid JSON")\n\n// StatusHTTP represents an HTTP status code.\ntype StatusHTTP int\n\n// Foobar blah blah\nfunc (s StatusHTTP) FooBar() int { return int(s) }\n\n// qux was previously unexported, but now it is exported.\nfunc (s StatusHTTP) Qux() int { return int(s) }\n\n// errNotFound is returned when the requested resource is not found.\nvar ErrNotFound = errors.New("not found")\n\n// VeryLongCommentThatCouldBeCJKThatCannotBeSplitOnSpaces is about the function F.\nfunc F() string { return "F" }\n',
    );
    assert.deepEqual(found, {
      'function:SendJSON': 'comment on exported function SendJSON should be of the form "SendJSON ..." by using its correct casing, not "SendJson ..."',
      'variable:ErrInvalidJSON': 'comment on exported var ErrInvalidJSON should be of the form "ErrInvalidJSON ..." by using its correct casing, not "ErrInvalidJson ..."',
      'method:StatusHTTP.FooBar': 'comment on exported method StatusHTTP.FooBar should be of the form "FooBar ..." by using its correct casing, not "Foobar ..."',
      'method:StatusHTTP.Qux': 'comment on exported method StatusHTTP.Qux should be of the form "Qux ..." to match its exported status, not "qux ..."',
      'variable:ErrNotFound': 'comment on exported var ErrNotFound should be of the form "ErrNotFound ..." to match its exported status, not "errNotFound ..."',
      'function:F': 'comment on exported function F should be of the form "F ..."',
    });
  });

  it('exported_issue_1202.go and 552: directives alone are no comment; methods of unexported types are checked', async () => {
    const found = await findings(
      'package golint\n\nimport (\n\t_ "embed"\n)\n\n//go:embed foo.txt\nvar C []byte\n\n//go:generate pwd\nvar D string\n\n//nolint:gochecknoglobals\nfunc F() string { return "F" }\n\ntype private struct{}\n\n// MATCH the form\nfunc (p *private) Method() {}\n',
    );
    assert.deepEqual(found, {
      'variable:C': 'exported var C should have comment or be unexported',
      'variable:D': 'exported var D should have comment or be unexported',
      'function:F': 'exported function F should have comment or be unexported',
      'method:private.Method': 'comment on exported method private.Method should be of the form "Method ..."',
    });
  });
});
