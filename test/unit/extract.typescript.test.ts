import assert from 'node:assert/strict';
import { extractSymbols } from '../../src/core/extract';
import type { LanguageId, SymbolFact } from '../../src/core/extract/types';

async function symbols(text: string, language: LanguageId = 'typescript'): Promise<Map<string, SymbolFact>> {
  const result = await extractSymbols(text, language);
  assert.equal(result.hasErrors, false, 'fixture parses');
  return new Map(result.symbols.map((s) => [s.id, s]));
}

describe('typescript/javascript extraction', () => {
  it('finds functions, arrow constants, classes, methods, object-literal methods and default exports', async () => {
    const found = await symbols(
      'export function a() {}\nconst b = () => 1;\nclass C { m() {} }\nconst o = { p() {}, q: function () {}, r: () => 2 };\nexport default function () {}\n',
    );
    assert.deepEqual([...found.keys()], ['module:', 'function:a', 'function:b', 'class:C', 'method:C.m', 'method:o.p', 'method:o.q', 'method:o.r', 'function:default']);
  });

  it('anchors the doc comment above export, decorators and the whole const declaration', async () => {
    const text = '@dec()\nexport class A {\n  @m() x() {}\n}\nexport const f = (a: number) => a;\n';
    const found = await symbols(text);
    assert.equal(found.get('class:A')!.insertion.start, 0);
    assert.equal(found.get('method:A.x')!.insertion.start, text.indexOf('  @m()'));
    assert.equal(found.get('method:A.x')!.insertion.prefix, '  ');
    assert.equal(found.get('function:f')!.insertion.start, text.indexOf('export const'));
    assert.deepEqual(found.get('class:A')!.decorators, ['dec()']);
  });

  it('gives optional, default, rest, destructured and this parameters', async () => {
    const f = (await symbols('function f(this: W, a: string, b?: number, c = 1, { d, e: [g] }: O = {}, ...rest: T[]) {}')).get('function:f')!;
    assert.deepEqual(
      f.params.map((p) => [p.name, p.kind, p.optional, p.annotation, p.default, !!p.implicit]),
      [
        ['this', 'positional', false, 'W', undefined, true],
        ['a', 'positional', false, 'string', undefined, false],
        ['b', 'positional', true, 'number', undefined, false],
        ['c', 'positional', true, undefined, '1', false],
        ['param4', 'destructured', true, 'O', '{}', false],
        ['rest', 'rest', true, 'T[]', undefined, false],
      ],
    );
    assert.deepEqual(f.params[4].elements, ['d', 'e']);
  });

  it('marks constructor parameter properties', async () => {
    const ctor = (await symbols('class S { constructor(private readonly a: A, b: B) {} }')).get('method:S.constructor')!;
    assert.deepEqual(ctor.params.map((p) => [p.name, !!p.property]), [['a', true], ['b', false]]);
  });

  it('treats overload signatures as documented symbols and their implementation as covered', async () => {
    const found = await symbols('function p(x: string): string;\nfunction p(x: number): number;\nfunction p(x: any) { return x; }\n');
    assert.deepEqual([...found.values()].map((s) => [s.id, s.isOverload, s.hasOverloads]), [
      ['module:', false, false],
      ['function:p', true, false],
      ['function:p#1', true, false],
      ['function:p#2', false, true],
    ]);
  });

  it('collects thrown constructors, returns and yields, not from nested functions', async () => {
    const found = await symbols('function* g() { yield 1; const h = () => { throw new E(); }; if (x) throw new TypeError("t"); throw err; }\nfunction r(): void { return; }\n');
    const g = found.get('function:g')!;
    assert.deepEqual(g.raises, ['TypeError']);
    assert.equal(g.isGenerator, true);
    assert.equal(g.yieldsValue, true);
    assert.equal(found.get('function:r')!.returnsValue, false);
  });

  it('an expression-bodied arrow returns a value; a void annotation says it does not', async () => {
    const found = await symbols('const a = (x: number) => x;\nconst b = (x: number): void => log(x);\n');
    assert.equal(found.get('function:a')!.returnsValue, true);
    assert.equal(found.get('function:b')!.returnsValue, false);
  });

  it('reads an existing JSDoc block directly above, but not a file overview or a plain block comment', async () => {
    const found = await symbols('/** @packageDocumentation */\nfunction a() {}\n/* plain */\nfunction b() {}\n/**\n * Doc of c.\n * @param x - the x\n */\nfunction c(x) {}\n');
    assert.equal(found.get('function:a')!.docstring, undefined);
    assert.equal(found.get('function:b')!.docstring, undefined);
    assert.equal(found.get('function:c')!.docstring!.content, 'Doc of c.\n@param x - the x');
  });

  it('parses TSX and JSX', async () => {
    const tsx = await symbols('export const B = ({ a }: P) => <div>{a}</div>;\n', 'typescriptreact');
    assert.ok(tsx.has('function:B'));
    const jsx = await symbols('export function C({ b }) { return <span>{b}</span>; }\n', 'javascriptreact');
    assert.deepEqual(jsx.get('function:C')!.params[0].elements, ['b']);
  });

  it('async and getters', async () => {
    const found = await symbols('class K { async load() { return 1; } get v() { return 2; } }');
    assert.equal(found.get('method:K.load')!.isAsync, true);
    assert.equal(found.get('method:K.v')!.isProperty, true);
  });
});
