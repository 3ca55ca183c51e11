import assert from 'node:assert/strict';
import { extractSymbols } from '../../src/core/extract';
import type { SymbolFact } from '../../src/core/extract/types';

async function symbols(text: string): Promise<Map<string, SymbolFact>> {
  const result = await extractSymbols(text, 'python');
  return new Map(result.symbols.map((s) => [s.id, s]));
}

describe('python extraction', () => {
  it('lists module, classes, methods and nested functions with name paths and kinds', async () => {
    const found = await symbols('class A:\n    def m(self):\n        def inner():\n            pass\n        return inner\n\ndef f():\n    pass\n');
    assert.deepEqual([...found.keys()], ['module:', 'class:A', 'method:A.m', 'function:A.m.inner', 'function:f']);
    assert.equal(found.get('function:A.m.inner')!.isNested, true);
    assert.equal(found.get('method:A.m')!.isNested, false);
  });

  it('gives every parameter kind, annotation and default', async () => {
    const f = (await symbols('def f(a, /, b: int = 1, *args: str, c, d="x", **kw: bool) -> None:\n    pass\n')).get('function:f')!;
    assert.deepEqual(
      f.params.map((p) => [p.name, p.kind, p.optional, p.annotation, p.default]),
      [
        ['a', 'positional-only', false, undefined, undefined],
        ['b', 'positional', true, 'int', '1'],
        ['args', 'var-positional', true, 'str', undefined],
        ['c', 'keyword-only', false, undefined, undefined],
        ['d', 'keyword-only', true, undefined, '"x"'],
        ['kw', 'var-keyword', true, 'bool', undefined],
      ],
    );
    assert.equal(f.returnAnnotation, 'None');
  });

  it('treats parameters after a bare * as keyword-only', async () => {
    const f = (await symbols('def f(a, *, b, c=2):\n    pass\n')).get('function:f')!;
    assert.deepEqual(f.params.map((p) => p.kind), ['positional', 'keyword-only', 'keyword-only']);
  });

  it('marks self and cls as implicit but not the first parameter of a staticmethod', async () => {
    const found = await symbols('class K:\n    def m(self, x): pass\n    @classmethod\n    def c(cls, y): pass\n    @staticmethod\n    def s(z): pass\n');
    assert.deepEqual(found.get('method:K.m')!.params.map((p) => !!p.implicit), [true, false]);
    assert.deepEqual(found.get('method:K.c')!.params.map((p) => !!p.implicit), [true, false]);
    assert.deepEqual(found.get('method:K.s')!.params.map((p) => !!p.implicit), [false]);
  });

  it('reads a decorator without the comment after it: `@staticmethod  # why` is still a staticmethod', async () => {
    const found = await symbols('class K:\n    @staticmethod  # no self here\n    def s(z): pass\n    @functools.cache  # memo\n    def c(self, y): pass\n');
    assert.deepEqual(found.get('method:K.s')!.params.map((p) => !!p.implicit), [false]);
    assert.deepEqual(found.get('method:K.s')!.decorators, ['staticmethod']);
    assert.deepEqual(found.get('method:K.c')!.decorators, ['functools.cache']);
  });

  it('a re-raise passes on what its except clause caught: bare `raise`, and `raise e` of `except (A, m.B) as e`', async () => {
    const f = (await symbols(
      'def f(x):\n    try:\n        g()\n    except (KeyError, mod.Err) as e:\n        raise e\n    except ValueError:\n        log()\n        raise\n    except Exception as err:\n        raise RuntimeError("x") from err\n    except:\n        raise\n',
    )).get('function:f')!;
    assert.deepEqual(f.raises, ['RuntimeError']);
    assert.deepEqual(f.reraises, ['KeyError', 'mod.Err', 'ValueError']);
    const other = (await symbols('def g(e):\n    try:\n        h()\n    except OSError as err:\n        raise e\n')).get('function:g')!;
    assert.deepEqual(other.raises, ['e'], 'a name the except clause does not bind is taken as written');
  });

  it('collects raises in source order, once each, without nested functions or lambdas; a bare re-raise adds nothing new', async () => {
    const f = (await symbols(
      'def f(x):\n    def g():\n        raise KeyError\n    try:\n        raise ValueError("a")\n    except ValueError:\n        raise\n    if x:\n        raise mod.Err(1) from None\n    raise ValueError\n',
    )).get('function:f')!;
    assert.deepEqual(f.raises, ['ValueError', 'mod.Err']);
  });

  it('knows returns and yields, not counting nested scopes or `return None`', async () => {
    const found = await symbols('def a():\n    return None\ndef b():\n    def c():\n        yield 1\n    return c\ndef d():\n    x = yield\n');
    assert.equal(found.get('function:a')!.returnsValue, false);
    assert.equal(found.get('function:b')!.returnsValue, true);
    assert.equal(found.get('function:b')!.yieldsValue, false);
    assert.equal(found.get('function:b.c')!.yieldsValue, true);
    assert.equal(found.get('function:d')!.isGenerator, true);
  });

  it('recognises decorators: property, overload, abstractmethod, async', async () => {
    const found = await symbols(
      'import typing\nclass K:\n    @property\n    def p(self): return 1\n    @typing.overload\n    def o(self, x: int) -> int: ...\n    @abc.abstractmethod\n    async def a(self): ...\n',
    );
    assert.equal(found.get('method:K.p')!.isProperty, true);
    assert.equal(found.get('method:K.o')!.isOverload, true);
    assert.equal(found.get('method:K.o')!.isStub, true);
    assert.equal(found.get('method:K.a')!.isAbstract, true);
    assert.equal(found.get('method:K.a')!.isAsync, true);
    assert.deepEqual(found.get('method:K.o')!.decorators, ['typing.overload']);
  });

  it('finds an existing docstring, its range and dedented content; an f-string is not one', async () => {
    const text = 'def f():\n    """Summary.\n\n    Details.\n    """\n    return 1\ndef g():\n    f"""{x}"""\n';
    const found = await symbols(text);
    const doc = found.get('function:f')!.docstring!;
    assert.equal(doc.content, 'Summary.\n\nDetails.');
    assert.equal(text.slice(doc.range.start, doc.range.end), doc.raw);
    assert.ok(doc.raw.startsWith('"""Summary.'));
    assert.equal(found.get('function:g')!.docstring, undefined);
  });

  it('puts the insertion point after the signature line, past a trailing comment', async () => {
    const text = 'def f(a,\n      b):  # note\n    return a\n';
    const f = (await symbols(text)).get('function:f')!;
    assert.equal(f.insertion.start, text.indexOf('  # note') + '  # note'.length);
    assert.equal(f.insertion.prefix, '\n    ');
    assert.equal(text.slice(f.signatureRange.start, f.signatureRange.end), 'def f(a,\n      b):');
  });

  it('moves a same-line body to its own line by replacing only the whitespace after the colon', async () => {
    const text = 'class A:\n    def f(self): return 1\n';
    const f = (await symbols(text)).get('method:A.f')!;
    assert.equal(text.slice(f.insertion.start, f.insertion.end), ' ');
    assert.equal(f.insertion.indent, '        ');
  });

  it('reports syntax errors instead of guessing', async () => {
    const result = await extractSymbols('def f(:\n    pass\n', 'python');
    assert.equal(result.hasErrors, true);
    assert.equal(typeof result.errorOffset, 'number');
  });

  it('detects CRLF and tab indentation', async () => {
    const result = await extractSymbols('class A:\r\n\tdef f(self):\r\n\t\treturn 1\r\n', 'python');
    assert.equal(result.eol, '\r\n');
    assert.equal(result.indentUnit, '\t');
  });

  it('offsets are UTF-16 code units, so non-ASCII text before a symbol does not shift it', async () => {
    const text = 's = "é😀"\ndef f():\n    pass\n';
    const f = (await symbols(text)).get('function:f')!;
    assert.equal(text.slice(f.range.start, f.range.start + 5), 'def f');
  });
});

describe('python docstring detection (regressions from the stdlib corpus)', () => {
  it('f-strings, bytes and concatenations with an f part are not docstrings (Python says __doc__ is None)', async () => {
    const text = "def g():\n    '''Not a docstring''' \\\n    f''\ndef h():\n    b'not a docstring'\ndef k():\n    'a' 'b'\n";
    const found = await symbols(text);
    assert.equal(found.get('function:g')!.docstring, undefined);
    assert.equal(found.get('function:h')!.docstring, undefined);
    assert.ok(found.get('function:k')!.docstring, 'a plain concatenation is a docstring');
  });

  it('a syntax error is reported where it is, not at the start of an enclosing ERROR node', async () => {
    const text = 'import os\n\n\ndef ok():\n    return 1\n\n\ndef broken(:\n    pass\n';
    const result = await extractSymbols(text, 'python');
    assert.equal(result.hasErrors, true);
    assert.ok(result.errorOffset! >= text.indexOf('def broken'), `error offset ${result.errorOffset} is before def broken`);
  });
});
