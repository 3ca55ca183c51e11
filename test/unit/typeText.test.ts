import assert from 'node:assert/strict';
import { typeArguments, typeForDocstring } from '../../src/core/generate/typeText';
import { sameType } from '../../src/core/validate/types';
import { extractSymbols } from '../../src/core/extract';
import { templateDocstring } from '../../src/core/generate/template';

describe('type text in docstrings', () => {
  it('Python: a multi-line annotation on one line, forward-reference quotes removed, Literal values kept', () => {
    assert.equal(typeForDocstring('Dict[\n        str,\n        int,\n    ]', true), 'Dict[str, int]');
    assert.equal(typeForDocstring("Optional['Node']", true), 'Optional[Node]');
    assert.equal(typeForDocstring('"Tree"', true), 'Tree');
    assert.equal(typeForDocstring("Literal['a', \"b\"]", true), "Literal['a', \"b\"]");
    assert.equal(typeForDocstring("dict[str, typing.Literal['x']]", true), "dict[str, typing.Literal['x']]");
  });

  it('TypeScript: quotes are string literal types and stay; only whitespace is folded', () => {
    assert.equal(typeForDocstring("'on' |\n  'off'", false), "'on' | 'off'");
  });

  it('splits type arguments at the top level only', () => {
    assert.deepEqual(typeArguments('Generator[Tuple[str, int], None, None]'), ['Tuple[str, int]', 'None', 'None']);
    assert.deepEqual(typeArguments("Iterator[Literal['a,b']]"), ["Literal['a,b']"]);
    assert.equal(typeArguments('int'), undefined);
  });

  it('forward references compare equal to the type they name', () => {
    assert.ok(sameType("Optional['Foo']", 'Foo | None'));
    assert.ok(sameType("list['Node']", 'List[Node]'));
    assert.ok(!sameType("'Foo'", 'Bar'));
  });

  it('the template: a NumPy yield type is whole, a multi-line annotation is one line, no forward-reference quotes', async () => {
    const text = "from typing import Dict, Iterator, Tuple\n\n\ndef pairs(tree: 'Tree', options: Dict[\n    str,\n    int,\n]) -> Iterator[Tuple[str, int]]:\n    yield ('a', 1)\n";
    const symbol = (await extractSymbols(text, 'python')).symbols.find((s) => s.name === 'pairs')!;
    const doc = templateDocstring(symbol, 'numpy');
    assert.deepEqual(doc.params.map((p) => p.type), ['Tree', 'Dict[str, int]']);
    assert.equal(doc.yields?.type, 'Tuple[str, int]');
  });
});
