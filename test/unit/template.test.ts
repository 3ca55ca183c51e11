import assert from 'node:assert/strict';
import { extractSymbols } from '../../src/core/extract';
import type { LanguageId, SymbolFact } from '../../src/core/extract/types';
import { inferTypeFromDefault, mergeDocstring, templateDocstring } from '../../src/core/generate/template';
import { emptyDocstring } from '../../src/core/docstring/model';

async function symbol(text: string, id: string, language: LanguageId = 'python'): Promise<SymbolFact> {
  const found = (await extractSymbols(text, language)).symbols.find((s) => s.id === id);
  assert.ok(found, `symbol ${id}`);
  return found;
}

describe('template mode', () => {
  it('documents every parameter but self, with *args/**kwargs stars, and a Returns section', async () => {
    const doc = templateDocstring(await symbol('class K:\n    def m(self, a: int, *args, **kw) -> int:\n        return a\n', 'method:K.m'), 'google');
    assert.deepEqual(doc.params.map((p) => p.name), ['a', '*args', '**kw']);
    assert.equal(doc.params[0].type, 'int');
    assert.ok(doc.returns);
  });

  it('no Returns for __init__, properties, `-> None`, or a body without a value', async () => {
    for (const [text, id] of [
      ['class K:\n    def __init__(self, a):\n        self.a = a\n', 'method:K.__init__'],
      ['class K:\n    @property\n    def p(self):\n        return 1\n', 'method:K.p'],
      ['def f() -> None:\n    return None\n', 'function:f'],
      ['def f():\n    print(1)\n', 'function:f'],
    ]) {
      assert.equal(templateDocstring(await symbol(text, id), 'google').returns, undefined, id);
    }
  });

  it('a stub or abstract method with a return annotation documents its return', async () => {
    const doc = templateDocstring(await symbol('def f() -> int: ...\n', 'function:f'), 'numpy');
    assert.equal(doc.returns?.type, 'int');
  });

  it('yields with the element type of an Iterator annotation', async () => {
    const doc = templateDocstring(await symbol('def g() -> Iterator[str]:\n    yield "a"\n', 'function:g'), 'google');
    assert.equal(doc.yields?.type, 'str');
    assert.equal(doc.returns, undefined);
  });

  it('Promise<T> of an async function documents T', async () => {
    const doc = templateDocstring(await symbol('async function f(): Promise<number> { return 1; }', 'function:f', 'typescript'), 'jsdoc');
    assert.equal(doc.returns?.type, 'number');
  });

  it('JSDoc documents destructured members as param0.x; TSDoc only the parameter', async () => {
    const s = await symbol('function f({ x, y }: P) {}', 'function:f', 'typescript');
    assert.deepEqual(templateDocstring(s, 'jsdoc').params.map((p) => p.name), ['param0', 'param0.x', 'param0.y']);
    assert.deepEqual(templateDocstring(s, 'tsdoc').params.map((p) => p.name), ['param0']);
  });

  it('infers types from literal defaults only', () => {
    assert.equal(inferTypeFromDefault('3', true), 'int');
    assert.equal(inferTypeFromDefault('2.5', true), 'float');
    assert.equal(inferTypeFromDefault("'x'", true), 'str');
    assert.equal(inferTypeFromDefault('True', true), 'bool');
    assert.equal(inferTypeFromDefault('None', true), undefined);
    assert.equal(inferTypeFromDefault('compute()', true), undefined);
    assert.equal(inferTypeFromDefault('true', false), 'boolean');
    assert.equal(inferTypeFromDefault('`t`', false), 'string');
  });

  it('regenerating keeps what a person wrote for names that still exist, drops removed names, keeps other sections', () => {
    const fresh = { ...emptyDocstring(), summary: '_summary_', params: [{ name: 'a', description: '_description_' }, { name: 'c', description: '_description_' }] };
    const existing = {
      ...emptyDocstring(),
      summary: 'Adds things.',
      description: 'Longer text.',
      params: [{ name: 'a', description: 'The a.' }, { name: 'b', description: 'Gone.' }],
      raises: [{ type: 'KeyError', description: 'From a callee.' }],
      sections: [{ title: 'Notes', body: 'Keep me.' }],
    };
    const merged = mergeDocstring(fresh, existing);
    assert.equal(merged.summary, 'Adds things.');
    assert.equal(merged.description, 'Longer text.');
    // b -> c at the same place, one gone and one new: an unambiguous rename keeps the description.
    assert.deepEqual(merged.params.map((p) => [p.name, p.description]), [['a', 'The a.'], ['c', 'Gone.']]);
    assert.deepEqual(merged.raises, existing.raises);
    assert.deepEqual(merged.sections, existing.sections);
  });
});

describe('repair merge', () => {
  it('an ambiguous change is not a rename: removed names go, new names get placeholders', () => {
    const fresh = { ...emptyDocstring(), params: [{ name: 'x', description: '_description_' }, { name: 'y', description: '_description_' }] };
    const existing = { ...emptyDocstring(), params: [{ name: 'a', description: 'A.' }, { name: 'b', description: 'B.' }] };
    assert.deepEqual(mergeDocstring(fresh, existing).params.map((p) => p.description), ['_description_', '_description_']);
  });

  it('keeps a type a person wrote unless it contradicts the annotation', () => {
    const fresh = { ...emptyDocstring(), params: [{ name: 'a', type: 'int', description: '_description_' }, { name: 'b', type: 'str', description: '_description_' }] };
    const existing = { ...emptyDocstring(), params: [{ name: 'a', type: 'integer', description: 'A.' }, { name: 'b', type: 'Optional[str]', description: 'B.' }] };
    const merged = mergeDocstring(fresh, existing, (x, y) => x.replace('Optional[str]', 'str') === y);
    assert.deepEqual(merged.params.map((p) => p.type), ['int', 'Optional[str]']);
  });
});

describe('file run progress and cancellation', () => {
  it('reports done/total after each symbol and stops when the signal aborts', async () => {
    const { generateDocstrings } = await import('../../src/core/generate/generateFile');
    const text = 'def a():\n    pass\ndef b():\n    pass\ndef c():\n    pass\n';
    const seen: string[] = [];
    await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', onProgress: (d, t) => seen.push(`${d}/${t}`) });
    assert.deepEqual(seen, ['1/4', '2/4', '3/4', '4/4']);
    const controller = new AbortController();
    await assert.rejects(
      generateDocstrings(text, 'python', {
        style: 'google',
        types: 'auto',
        quote: '"""',
        describe: async (_s, doc) => {
          controller.abort();
          return doc;
        },
        signal: controller.signal,
      }),
      { name: 'AbortError' },
    );
  });
});
