import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { isDocumentedGo, isExportedGo, type GoSymbolFact } from '../../src/languages/go/facts';
import { extractGo } from '../../src/languages/go/extract';
import { parseText } from '../../src/core/extract/treeSitter';
import { extract, goDocs, gofmt, goKey, goTools, insertDocs, type GoTools } from './go.tools';

async function symbols(text: string): Promise<Map<string, GoSymbolFact>> {
  const result = await extract(text);
  assert.equal(result.hasErrors, false, 'fixture parses');
  return result.byId;
}

const get = (found: Map<string, GoSymbolFact>, id: string): GoSymbolFact => {
  const symbol = found.get(id);
  assert.ok(symbol, `${id} among ${[...found.keys()].join(', ')}`);
  return symbol;
};

const SAMPLE = `// Package shapes draws.
package shapes

import "fmt"

// Area is.
func Area[T Number](s Shape[T]) T { return s.Area() }

func (c *Circle) Scale(f float64) {}

type Circle struct {
	Radius float64
	fmt.Stringer
}

type Shape[T any] interface {
	Area() T
	fmt.Stringer
}

type Celsius float64

type Alias = Circle

const Pi = 3.14

var (
	Unit = Circle{1}

	origin Circle
)
`;

describe('go extraction', () => {
  it('finds the package, functions, methods, types, fields, interface methods, consts and vars', async () => {
    const found = await symbols(SAMPLE);
    assert.deepEqual(
      [...found.values()].map((s) => `${s.id} ${s.kind}`),
      [
        'module: module', 'function:Area function', 'method:Circle.Scale method', 'class:Circle class', 'property:Circle.Radius property',
        'property:Circle.Stringer property', 'interface:Shape interface', 'method:Shape.Area method', 'type:Celsius type', 'type:Alias type',
        'constant:Pi constant', 'variable:Unit variable', 'variable:origin variable',
      ],
    );
    assert.equal(get(found, 'module:').name, 'shapes');
    assert.deepEqual(get(found, 'module:').namePath, []);
    assert.equal(get(found, 'module:').docstring?.content, 'Package shapes draws.');
    assert.equal(get(found, 'function:Area').docstring?.content, 'Area is.');
    assert.ok([...found.values()].every((s) => s.language === 'go' && s.raises.length === 0));
  });

  it('keeps the receiver out of the parameters: a method is [Receiver, Method] with go.receiver', async () => {
    const found = await symbols('package p\n\nfunc (r *List[K, V]) Put(k K, v V) {}\nfunc (Plain) Get() {}\n');
    const put = get(found, 'method:List.Put');
    assert.deepEqual(put.namePath, ['List', 'Put']);
    assert.deepEqual(put.params.map((p) => p.name), ['k', 'v']);
    assert.deepEqual(put.go.receiver, { name: 'r', type: '*List[K, V]', typeName: 'List', pointer: true, typeParams: ['K', 'V'] });
    assert.deepEqual(get(found, 'method:Plain.Get').go.receiver, { name: '', type: 'Plain', typeName: 'Plain', pointer: false, typeParams: [] });
  });

  it('gives grouped, variadic, unnamed and blank parameters', async () => {
    const found = await symbols('package p\n\nfunc F(a, b int, _ string, c ...[]byte) {}\nfunc G(int, func(string) error, ...any) {}\n');
    assert.deepEqual(
      get(found, 'function:F').params.map((p) => [p.name, p.kind, p.annotation, !!p.implicit]),
      [['a', 'positional', 'int', false], ['b', 'positional', 'int', false], ['_', 'positional', 'string', true], ['c', 'rest', '...[]byte', false]],
    );
    assert.deepEqual(
      get(found, 'function:G').params.map((p) => [p.name, p.kind, p.annotation, !!p.implicit]),
      [['', 'positional', 'int', true], ['', 'positional', 'func(string) error', true], ['', 'rest', '...any', true]],
    );
  });

  it('gives the result text, named results, whether the last is an error; returnsValue is having results', async () => {
    const found = await symbols(
      'package p\n\nfunc A() error { return nil }\nfunc B() (int, error) { return 0, nil }\nfunc C() (n int, err error) { return }\nfunc D() { f := func() int { return 1 }; _ = f }\nfunc E() (err error, n int) { return }\n',
    );
    const a = get(found, 'function:A');
    assert.deepEqual([a.returnAnnotation, a.returnsValue, a.go.returnsError], ['error', true, true]);
    const b = get(found, 'function:B');
    assert.deepEqual([b.returnAnnotation, b.go.results.map((r) => r.annotation), b.go.returnsError], ['(int, error)', ['int', 'error'], true]);
    const c = get(found, 'function:C');
    assert.deepEqual([c.returnsValue, c.go.results.map((r) => `${r.name} ${r.annotation}`)], [true, ['n int', 'err error']]);
    const d = get(found, 'function:D');
    assert.deepEqual([d.returnAnnotation, d.returnsValue, d.go.returnsError], [undefined, false, false], "a closure's return is not D's");
    assert.equal(get(found, 'function:E').go.returnsError, false, 'only the last result counts');
  });

  it('records panic(...) calls of the body in go.panics, not those of function literals, and leaves raises empty', async () => {
    const text = 'package p\n\nfunc F(x int) {\n\tif x < 0 {\n\t\tpanic("negative")\n\t}\n\tgo func() { panic(errInner) }()\n\tpanic(fmt.Sprintf("%d", x))\n}\n';
    const found = await symbols(text);
    const f = get(found, 'function:F');
    assert.deepEqual(f.go.panics, ['"negative"', 'fmt.Sprintf("%d", x)']);
    assert.deepEqual(f.raises, []);
    const tree = await parseText(text, 'go');
    const walked = extractGo(tree.rootNode, text, true).find((s) => s.id === 'function:F')!;
    tree.delete();
    assert.deepEqual(walked.go.panics, f.go.panics, 'the flow index and the walk agree');
  });

  it('collects type parameters of functions and types', async () => {
    const found = await symbols('package p\n\nfunc Map[K comparable, V any, S ~[]V](m map[K]S) {}\ntype Pair[A, B any] struct{}\ntype Set[T comparable] map[T]struct{}\n');
    assert.deepEqual(get(found, 'function:Map').typeParams, ['K', 'V', 'S']);
    assert.deepEqual(get(found, 'class:Pair').typeParams, ['A', 'B']);
    assert.deepEqual(get(found, 'type:Set').typeParams, ['T']);
  });

  it('kinds types: struct class, interface interface, anything else (aliases, func types, generics) type', async () => {
    const found = await symbols('package p\n\ntype S struct{}\ntype I interface{}\ntype F func(int) error\ntype A = S\ntype AS = struct{ X int }\n');
    assert.deepEqual([...found.values()].slice(1).map((s) => s.id), ['class:S', 'interface:I', 'type:F', 'type:A', 'type:AS']);
  });

  it('gives struct fields (embedded by type name, several names as one symbol, nested anonymous structs) and embedded types as bases', async () => {
    const text = 'package p\n\ntype T struct {\n\t// A and B are.\n\tA, B int `json:"a"`\n\t*Embedded\n\tio.Reader\n\tG[int]\n\tInner struct {\n\t\tZ string\n\t}\n\tx int\n}\n';
    const found = await symbols(text);
    assert.deepEqual([...found.keys()].slice(1), ['class:T', 'property:T.A', 'property:T.Embedded', 'property:T.Reader', 'property:T.G', 'property:T.Inner', 'property:T.Inner.Z', 'property:T.x']);
    assert.deepEqual(get(found, 'class:T').bases, ['*Embedded', 'io.Reader', 'G[int]']);
    const a = get(found, 'property:T.A');
    assert.deepEqual([a.docstring?.content, a.go.otherNames, a.go.valueType, a.insertion.indent], ['A and B are.', ['B'], 'int', '\t']);
    assert.equal(get(found, 'property:T.Inner.Z').insertion.indent, '\t\t');
    assert.equal(isExportedGo(get(found, 'property:T.x')), false);
  });

  it('skips fields and specs that do not start their line (a // comment would swallow the code after it)', async () => {
    const found = await symbols('package p\n\ntype T struct{ A int }\ntype I interface{ M() }\n');
    assert.deepEqual([...found.keys()], ['module:', 'class:T', 'interface:I']);
  });

  it('gives interface methods as abstract stubs and embedded interfaces as bases', async () => {
    const found = await symbols('package p\n\ntype RW interface {\n\tio.Reader\n\t// Close closes.\n\tClose() error\n\tWrite(p []byte) (n int, err error)\n}\n');
    const close = get(found, 'method:RW.Close');
    assert.deepEqual([close.isAbstract, close.isStub, close.returnsValue, close.docstring?.content, close.go.receiver], [true, true, true, 'Close closes.', undefined]);
    assert.deepEqual(get(found, 'method:RW.Write').params.map((p) => `${p.name} ${p.annotation}`), ['p []byte']);
    assert.deepEqual(get(found, 'interface:RW').bases, ['io.Reader']);
  });

  it('marks a function without a body (implemented in assembly) as a stub', async () => {
    const found = await symbols('package p\n\nfunc Sqrt(x float64) float64\n');
    const sqrt = get(found, 'function:Sqrt');
    assert.deepEqual([sqrt.isStub, sqrt.returnsValue], [true, true]);
  });

  it('gives each spec of a grouped const/var/type its own comment inside the parentheses, and the group its doc in go.group', async () => {
    const text = 'package p\n\n// Colors.\nconst (\n\t// Red is.\n\tRed = iota\n\tGreen\n)\n\ntype (\n\t// A is.\n\tA int\n\tB string\n)\n\nvar (\n\tX = 1\n)\n';
    const found = await symbols(text);
    const red = get(found, 'constant:Red');
    assert.equal(red.docstring?.content, 'Red is.');
    assert.equal(red.insertion.indent, '\t');
    const green = get(found, 'constant:Green');
    assert.equal(green.docstring, undefined);
    assert.equal(green.go.group?.docstring?.content, 'Colors.');
    assert.deepEqual([green.go.group?.keyword, green.go.group?.index], ['const', 1]);
    assert.equal(green.go.group?.insertion.start, text.indexOf('// Colors.'));
    assert.equal(isDocumentedGo(green), true, "go doc shows the group's comment for its values");
    assert.equal(isDocumentedGo(get(found, 'type:B')), false);
    assert.equal(get(found, 'type:B').insertion.start, text.indexOf('\tB string'));
    assert.equal(isDocumentedGo(get(found, 'variable:X')), false);
    assert.equal(get(found, 'type:A').go.group?.keyword, 'type');
  });

  it('leaves declarations inside function bodies alone (go doc never shows them)', async () => {
    const found = await symbols('package p\n\nfunc F() {\n\ttype local struct{ X int }\n\tconst k = 1\n\tvar v int\n\t_ = v\n}\n');
    assert.deepEqual([...found.keys()], ['module:', 'function:F']);
  });

  it("a grouped type without a comment of its own is documented by the group's (go/doc's rule)", async () => {
    const found = await symbols('package p\n\n// Shapes.\ntype (\n\tA int\n\tB string\n)\n');
    assert.equal(get(found, 'type:A').docstring, undefined);
    assert.equal(isDocumentedGo(get(found, 'type:A')), true);
  });

  it('a single const/var/type documents above its keyword; several names in one spec are one symbol', async () => {
    const text = 'package p\n\n// Max is.\nconst Max = 10\n\nvar Y, Z int\n';
    const found = await symbols(text);
    assert.equal(get(found, 'constant:Max').docstring?.content, 'Max is.');
    assert.equal(get(found, 'constant:Max').go.group, undefined);
    assert.deepEqual(get(found, 'variable:Y').go.otherNames, ['Z']);
    assert.equal(get(found, 'variable:Y').insertion.start, text.indexOf('var Y'));
  });

  describe('doc comments as go/parser attaches them', () => {
    it('a blank line detaches a comment: the new one goes directly above the declaration', async () => {
      const text = 'package p\n\n// Stray.\n\nfunc F() {}\n';
      const f = get(await symbols(text), 'function:F');
      assert.equal(f.docstring, undefined);
      assert.equal(f.insertion.start, text.indexOf('func F'));
      assert.equal(insertDocs(text, [{ symbol: f, lines: ['F does x.'] }]), 'package p\n\n// Stray.\n\n// F does x.\nfunc F() {}\n');
    });

    it('a comment trailing the previous line belongs to that line, not to the declaration below', async () => {
      const found = await symbols('package p\n\nvar x = 1 // one\nfunc F() {}\nconst (\n\tA = 1 // a\n\tB = 2\n)\n');
      assert.equal(get(found, 'function:F').docstring, undefined);
      assert.equal(get(found, 'constant:B').docstring, undefined);
    });

    it('a group of consecutive comments, with paragraphs, is one doc', async () => {
      const f = get(await symbols('package p\n\n// F does x.\n//\n// More.\n//\tcode()\n//nolint\nfunc F() {}\n'), 'function:F');
      assert.equal(f.docstring?.content, 'F does x.\n\nMore.\n\tcode()\nnolint', '//nolint (no colon) is text, as go/ast reads it');
    });

    it('reads a /* */ doc comment', async () => {
      const f = get(await symbols('package p\n\n/*\n   F does x.\n   More.\n*/\nfunc F() {}\n'), 'function:F');
      assert.equal(f.docstring?.content, 'F does x.\nMore.');
      assert.equal(f.docstring?.raw.startsWith('/*'), true);
    });

    it('leaves directives out of the doc; the doc range stops before them, so replacing it keeps them', async () => {
      const text = 'package p\n\n// F does x.\n//\n//go:noinline\n//nolint:unused\nfunc F() {}\n';
      const f = get(await symbols(text), 'function:F');
      assert.equal(f.docstring?.content, 'F does x.');
      assert.equal(f.docstring?.raw, '// F does x.');
      assert.deepEqual(f.decorators, ['go:noinline', 'nolint:unused']);
    });

    it('goes above directives that sit on the declaration, with gofmt\'s // line between', async () => {
      const text = 'package p\n\n//go:noinline\nfunc F() {}\n\n//line foo.go:1\n//export G\nfunc G() {}\n';
      const found = await symbols(text);
      const f = get(found, 'function:F');
      assert.equal(f.docstring, undefined);
      const out = insertDocs(text, [{ symbol: f, lines: ['F does x.'] }, { symbol: get(found, 'function:G'), lines: ['G does x.'] }]);
      assert.equal(out, 'package p\n\n// F does x.\n//\n//go:noinline\nfunc F() {}\n\n// G does x.\n//\n//line foo.go:1\n//export G\nfunc G() {}\n');
    });

    it('the package comment is the group directly above package; a licence set apart by a blank line is not', async () => {
      const licensed = '// Copyright 2024 The Authors.\n// Use of this source code is governed by a BSD-style licence.\n\npackage p\n';
      const module = get(await symbols(licensed), 'module:');
      assert.equal(module.docstring, undefined);
      assert.equal(module.insertion.start, licensed.indexOf('package p'));
      assert.equal(insertDocs(licensed, [{ symbol: module, lines: ['Package p does x.'] }]), licensed.replace('package p', '// Package p does x.\npackage p'));
      const documented = get(await symbols('// Copyright.\n\n//go:build linux\n\n// Package p does x.\npackage p\n'), 'module:');
      assert.equal(documented.docstring?.content, 'Package p does x.');
      const attached = get(await symbols('// Copyright 2024.\npackage p\n'), 'module:');
      assert.equal(attached.docstring?.content, 'Copyright 2024.', "go doc reads a licence directly above package as the package comment (Go's rule)");
    });

    it('a declaration on the first line: the package clause', async () => {
      const text = 'package p\nfunc F() {}\n';
      const found = await symbols(text);
      assert.deepEqual(get(found, 'module:').insertion, { start: 0, end: 0, indent: '', prefix: '', suffix: '\n' });
      assert.equal(get(found, 'function:F').insertion.start, text.indexOf('func'));
      assert.equal(get(found, 'function:F').insertion.prefix, '\n', 'gofmt sets a documented declaration apart from the package clause');
    });

    it('a top-level declaration right below code gets a blank line before its new comment (gofmt adds one); a field or grouped spec does not', async () => {
      const text = 'package p\n\nfunc A() int { return 1 }\nfunc B() int { return 2 }\n\ntype T struct {\n\tX int\n\tY int\n}\n';
      const found = await symbols(text);
      const out = insertDocs(text, [{ symbol: get(found, 'function:B'), lines: ['B does x.'] }, { symbol: get(found, 'property:T.Y'), lines: ['Y is.'] }]);
      assert.equal(out, 'package p\n\nfunc A() int { return 1 }\n\n// B does x.\nfunc B() int { return 2 }\n\ntype T struct {\n\tX int\n\t// Y is.\n\tY int\n}\n');
      assert.equal(get(found, 'function:A').insertion.prefix, '', 'a blank line is there already');
    });

    it('multi-line signatures: the signature range spans them, the comment goes above func', async () => {
      const text = 'package p\n\nfunc Long(\n\ta int,\n\tb string,\n) (\n\tint,\n\terror,\n) {\n\treturn 0, nil\n}\n';
      const f = get(await symbols(text), 'function:Long');
      assert.equal(text.slice(f.signatureRange.start, f.signatureRange.end), 'func Long(\n\ta int,\n\tb string,\n) (\n\tint,\n\terror,\n)');
      assert.deepEqual(f.params.map((p) => p.name), ['a', 'b']);
      assert.equal(f.go.returnsError, true);
      assert.equal(f.insertion.start, text.indexOf('func Long'));
    });

    it('CRLF and tabs: the doc range and content carry no \\r, an insertion keeps CRLF and the tab indent', async () => {
      const text = '// Package p.\r\npackage p\r\n\r\ntype T struct {\r\n\t// A is.\r\n\tA int\r\n\tB int\r\n}\r\n';
      const found = await symbols(text);
      const a = get(found, 'property:T.A');
      assert.equal(a.docstring?.content, 'A is.');
      assert.equal(a.docstring?.raw, '// A is.');
      assert.equal(text.slice(a.docstring!.range.end, a.docstring!.range.end + 2), '\r\n');
      assert.equal(get(found, 'module:').docstring?.content, 'Package p.');
      const out = insertDocs(text, [{ symbol: get(found, 'property:T.B'), lines: ['B is.', '', 'More.'] }, { symbol: get(found, 'class:T'), lines: ['T is.'] }]);
      assert.equal(out, '// Package p.\r\npackage p\r\n\r\n// T is.\r\ntype T struct {\r\n\t// A is.\r\n\tA int\r\n\t// B is.\r\n\t//\r\n\t// More.\r\n\tB int\r\n}\r\n');
    });

    it('a comment between an existing doc and the declaration, with a blank line: the closer group wins', async () => {
      const f = get(await symbols('package p\n\n// Old doc.\n\n// F does x.\nfunc F() {}\n'), 'function:F');
      assert.equal(f.docstring?.content, 'F does x.');
    });
  });

  it('isExportedGo is Go\'s rule: an upper-case first letter (any script); the package always', async () => {
    const found = await symbols('package p\n\nfunc Ä() {}\nfunc ä() {}\nfunc _X() {}\nfunc Ω() {}\n');
    assert.deepEqual([...found.values()].map((s) => `${s.name || s.kind}:${isExportedGo(s)}`), ['p:true', 'Ä:true', 'ä:false', '_X:false', 'Ω:true']);
  });

  it('ids are stable across parses and unique for same-named init functions', async () => {
    const text = 'package p\n\nfunc init() {}\nfunc init() {}\n';
    const first = [...(await symbols(text)).keys()];
    assert.deepEqual(first, ['module:', 'function:init', 'function:init#1']);
    assert.deepEqual([...(await symbols(text)).keys()], first);
  });

  describe("checked by Go's own tools", function () {
    this.timeout(120000);
    let tools: GoTools | undefined;
    before(function () {
      const found = goTools();
      if (typeof found === 'string') {
        console.log(`      skipped: ${found}`);
        this.skip();
      }
      tools = found as GoTools;
    });

    it('every hard case: a // Name does x. comment above each undocumented symbol parses with gofmt -e, leaves gofmt -l quiet on a file it was quiet on, and attaches to that symbol (go/parser, go/doc)', async () => {
      const cases = [
        SAMPLE,
        'package p\n\n//go:noinline\nfunc F() {}\n',
        '// Copyright 2024.\n// Licence.\n\npackage p\n\nfunc F[T any](a, b T) (T, error) { panic("x") }\n',
        'package p\nfunc F() {}\n',
        '// Package p.\r\npackage p\r\n\r\ntype T struct {\r\n\tA int\r\n\tInner struct {\r\n\t\tZ int\r\n\t}\r\n}\r\n',
        'package p\n\n// Stray.\n\nfunc Long(\n\ta int,\n) (\n\tint,\n\terror,\n) {\n\treturn 0, nil\n}\n\nvar x = 1 // trailing\nfunc G() {}\n',
        'package p\n\nconst (\n\tA = iota // a\n\tB\n)\n\ntype (\n\tS struct{}\n\tI interface {\n\t\tM()\n\t}\n)\n\nvar (\n\tV = 1\n)\n\nfunc (s *S) M() {}\n',
      ];
      const dir = mkdtempSync(join(tmpdir(), 'docwright-go-cases-'));
      const expected = new Map<string, Map<string, string>>();
      for (const [index, text] of cases.entries()) {
        const { symbols: all } = await extract(text);
        const docs = all.filter((s) => !s.docstring).map((symbol) => ({ symbol, lines: [`${symbol.name} does x.`] }));
        const path = join(dir, `case${index}.go`);
        writeFileSync(path, text);
        const before = gofmt(tools!, path);
        writeFileSync(path, insertDocs(text, docs));
        const result = gofmt(tools!, path);
        assert.ok(result.parses, `case ${index}: ${result.error}`);
        if (result.listed) assert.ok(before.listed, `case ${index}: gofmt would reformat what it did not before:\n${insertDocs(text, docs)}`);
        expected.set(path, new Map(docs.map(({ symbol }) => [goKey(symbol), `${symbol.name} does x.`])));
      }
      const attached = goDocs(tools!, [...expected.keys()]);
      assert.ok([...expected.values()].reduce((n, keys) => n + keys.size, 0) > 30);
      for (const [path, keys] of expected) {
        for (const [key, doc] of keys) {
          assert.equal(attached[path][key], doc, `${path} ${key}`);
          if (attached[path][`godoc:${key}`] !== undefined) assert.equal(attached[path][`godoc:${key}`], doc, `${path} godoc:${key}`);
        }
      }
    });

    it('a comment inserted between aligned specs or fields parses, yet gofmt re-aligns their neighbours (gofmt -l lists the file): inserting lines alone cannot avoid that', async () => {
      const text = 'package p\n\nvar (\n\tUnit   = 1\n\torigin int\n)\n';
      const found = await symbols(text);
      const dir = mkdtempSync(join(tmpdir(), 'docwright-go-align-'));
      const path = join(dir, 'align.go');
      writeFileSync(path, text);
      assert.equal(gofmt(tools!, path).listed, false);
      writeFileSync(path, insertDocs(text, [{ symbol: get(found, 'variable:origin'), lines: ['origin is.'] }]));
      const after = gofmt(tools!, path);
      assert.deepEqual([after.parses, after.listed], [true, true]);
      assert.equal(goDocs(tools!, [path])[path]['var:origin'], 'origin is.');
    });
  });
});
