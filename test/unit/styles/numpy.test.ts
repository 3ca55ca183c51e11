import assert from 'node:assert/strict';
import type { Docstring, RenderOptions } from '../../../src/core/docstring/model';
import { detectDocstringStyle, parseDocstring, renderDocstring } from '../../../src/core/styles';

function opts(o: Partial<RenderOptions> = {}): RenderOptions {
  return { style: 'numpy', annotated: new Set(), returnAnnotated: false, types: 'always', indentUnit: '    ', ...o };
}

function doc(d: Partial<Docstring>): Docstring {
  return { summary: '', description: '', params: [], raises: [], typeParams: [], sections: [], ...d };
}

const rich = doc({
  summary: 'Compute a weighted sum.',
  description: 'Uses `np.dot` under the hood.',
  params: [
    { name: 'x', type: 'array_like', description: 'Input values.\nMust be finite.' },
    { name: 'w', type: 'ndarray', description: 'Weights.', optional: true },
    { name: '*args', description: 'Passed on.' },
    { name: '**kwargs', type: 'dict', description: '' },
  ],
  returns: { type: 'float', description: 'The weighted sum.' },
  raises: [{ type: 'ValueError', description: 'If shapes differ.' }],
  sections: [
    { title: 'Attributes', body: 'total : float\n    Running total.' },
    { title: 'See Also', body: 'numpy.dot : Dot product.' },
    { title: 'Notes', body: 'Uses float64.\n\nSecond.' },
  ],
  examples: '>>> wsum([1, 2], [3, 4])\n11.0',
});

const RICH_TEXT = `Compute a weighted sum.

Uses \`np.dot\` under the hood.

Parameters
----------
x : array_like
    Input values.
    Must be finite.
w : ndarray, optional
    Weights.
*args
    Passed on.
**kwargs : dict

Attributes
----------
total : float
    Running total.

Returns
-------
float
    The weighted sum.

Raises
------
ValueError
    If shapes differ.

See Also
--------
numpy.dot : Dot product.

Notes
-----
Uses float64.

Second.

Examples
--------
>>> wsum([1, 2], [3, 4])
11.0`;

// Abridged from numpy.linspace.
const LINSPACE = `Return evenly spaced numbers over a specified interval.

Returns \`num\` evenly spaced samples, calculated over the
interval [\`start\`, \`stop\`].

Parameters
----------
start : array_like
    The starting value of the sequence.
stop : array_like
    The end value of the sequence.
num : int, optional
    Number of samples to generate. Default is 50. Must be non-negative.
endpoint : bool, optional
    If True, \`stop\` is the last sample. Otherwise, it is not included.
    Default is True.

Returns
-------
samples : ndarray
    There are \`num\` equally spaced samples in the closed interval
    \`\`[start, stop]\`\`.
step : float, optional
    Only returned if \`retstep\` is True

Raises
------
ValueError
    If \`num\` is negative.

See Also
--------
arange : Similar to \`linspace\`, but uses a step size.

Examples
--------
>>> np.linspace(2.0, 3.0, num=5)
array([2.  , 2.25, 2.5 , 2.75, 3.  ])`;

// Abridged from scipy.optimize.minimize_scalar (x, y combined, a Returns with a bare type).
const SCIPY = `Minimize a scalar function.

Parameters
----------
fun : callable
    Objective function.
bracket, bounds : sequence, optional
    Interval hints.

Returns
-------
OptimizeResult
    The optimization result.`;

describe('numpy style', () => {
  it('renders a rich docstring exactly, sections in numpydoc order', () => {
    assert.equal(renderDocstring(rich, opts()).join('\n'), RICH_TEXT);
  });

  it('round-trips the rich docstring', () => {
    const r = parseDocstring(RICH_TEXT, 'numpy');
    assert.deepEqual(r.doc, rich);
    assert.deepEqual(r.problems, []);
  });

  it('types mode governs Parameters only: a known return type is always shown', () => {
    const out = renderDocstring(rich, opts({ types: 'never' }));
    assert.ok(out.includes('x'));
    assert.ok(out.includes('w'));
    assert.ok(!out.some((l) => l.startsWith('x :')));
    assert.ok(out.includes('float'));
    const auto = renderDocstring(rich, opts({ types: 'auto', annotated: new Set(['x', 'kwargs']), returnAnnotated: true }));
    assert.ok(auto.includes('x'));
    assert.ok(auto.includes('**kwargs'));
    assert.ok(auto.includes('w : ndarray, optional'));
    assert.ok(auto.includes('float'));
  });

  it('renders an untyped return as a name line with the description indented, never an invented type', () => {
    const d = doc({ summary: 'S.', returns: { description: 'The sum.' } });
    assert.deepEqual(renderDocstring(d, opts()), ['S.', '', 'Returns', '-------', 'result :', '    The sum.']);
    assert.deepEqual(parseDocstring('S.\n\nReturns\n-------\nresult :\n    The sum.', 'numpy').doc.returns, { name: 'result', description: 'The sum.' });
  });

  it('round-trips untyped params, a named untyped yield and several returned values', () => {
    const d = doc({
      summary: 'Split.',
      params: [{ name: 'text', description: 'Input.\n\n    indented example' }, { name: '**kwargs', description: 'More.' }],
      returns: { name: 'head', type: 'str', description: 'First part.', others: [{ name: 'tail', type: 'str', description: 'Rest.' }] },
      yields: { name: 'chunk', description: 'Each chunk.' },
    });
    const text = renderDocstring(d, opts({ indentUnit: '  ' })).join('\n');
    assert.deepEqual(parseDocstring(text, 'numpy').doc, d);
  });

  it('parses numpy.linspace', () => {
    const { doc: d, problems } = parseDocstring(LINSPACE, 'numpy');
    assert.equal(d.summary, 'Return evenly spaced numbers over a specified interval.');
    assert.deepEqual(d.params.map((p) => [p.name, p.type, p.optional ?? false]), [
      ['start', 'array_like', false],
      ['stop', 'array_like', false],
      ['num', 'int', true],
      ['endpoint', 'bool', true],
    ]);
    assert.equal(d.params[3].description, 'If True, `stop` is the last sample. Otherwise, it is not included.\nDefault is True.');
    assert.equal(d.returns?.name, 'samples');
    assert.equal(d.returns?.type, 'ndarray');
    assert.deepEqual(d.returns?.others, [{ name: 'step', type: 'float, optional', description: 'Only returned if `retstep` is True' }]);
    assert.deepEqual(d.raises, [{ type: 'ValueError', description: 'If `num` is negative.' }]);
    assert.deepEqual(d.sections, [{ title: 'See Also', body: 'arange : Similar to `linspace`, but uses a step size.' }]);
    assert.ok(d.examples?.startsWith('>>> np.linspace'));
    assert.deepEqual(problems, []);
  });

  it('splits combined "a, b : type" parameters and reads a bare return type', () => {
    const { doc: d } = parseDocstring(SCIPY, 'numpy');
    assert.deepEqual(d.params, [
      { name: 'fun', type: 'callable', description: 'Objective function.' },
      { name: 'bracket', type: 'sequence', optional: true, description: 'Interval hints.' },
      { name: 'bounds', type: 'sequence', optional: true, description: 'Interval hints.' },
    ]);
    assert.deepEqual(d.returns, { type: 'OptimizeResult', description: 'The optimization result.' });
  });

  it('reports an unknown underlined section and keeps it', () => {
    const { doc: d, problems } = parseDocstring('S.\n\nSide Effects\n------------\nWrites a file.', 'numpy');
    assert.deepEqual(d.sections, [{ title: 'Side Effects', body: 'Writes a file.' }]);
    assert.deepEqual(problems.map((p) => [p.kind, p.line]), [['unknown-section', 2]]);
  });

  it('reports an underline of the wrong length', () => {
    const { doc: d, problems } = parseDocstring('S.\n\nParameters\n---\na : int\n    A.', 'numpy');
    assert.deepEqual(d.params, [{ name: 'a', type: 'int', description: 'A.' }]);
    assert.deepEqual(problems.map((p) => [p.kind, p.line]), [['layout', 3]]);
  });

  it('reports a parameter line that numpydoc reads as one name ("kind: str"), and still reads name and type', () => {
    // numpydoc splits name and type at " : " only: "kind: str" is a parameter named "kind: str" (PR10).
    for (const head of ['kind: str', 'kind :str', 'kind:str']) {
      const { doc: d, problems } = parseDocstring(`S.\n\nParameters\n----------\n${head}\n    A.`, 'numpy');
      assert.deepEqual(d.params, [{ name: 'kind', type: 'str', description: 'A.' }], head);
      assert.deepEqual(problems.map((p) => [p.kind, p.line]), [['layout', 4]], head);
      assert.match(problems[0].message, /" : "/);
    }
  });

  it('reports names that numpydoc does not split at ", " ("a,  b : int", "a,b"), and still reads each name', () => {
    for (const head of ['a,  b : int', 'a,b : int', 'a , b : int']) {
      const { doc: d, problems } = parseDocstring(`S.\n\nParameters\n----------\n${head}\n    A.`, 'numpy');
      assert.deepEqual(d.params.map((p) => [p.name, p.type]), [['a', 'int'], ['b', 'int']], head);
      assert.deepEqual(problems.map((p) => [p.kind, p.line]), [['layout', 4]], head);
    }
  });

  it('accepts what numpydoc reads: "x : T" with colons in T, a bare name, "x :", "*args, **kwargs"', () => {
    const text = 'S.\n\nParameters\n----------\nf : Callable[[int], str]\n    A: with a colon.\nn\n    B.\nm :\n    C.\n*args, **kwargs\n    D.';
    const { doc: d, problems } = parseDocstring(text, 'numpy');
    assert.deepEqual(d.params.map((p) => [p.name, p.type]), [['f', 'Callable[[int], str]'], ['n', undefined], ['m', undefined], ['*args', undefined], ['**kwargs', undefined]]);
    assert.deepEqual(problems, []);
  });

  it('reads escaped stars', () => {
    const { doc: d } = parseDocstring('S.\n\nParameters\n----------\n\\*args : int\n    A.', 'numpy');
    assert.equal(d.params[0].name, '*args');
  });

  it('is detected as numpy', () => {
    assert.equal(detectDocstringStyle(LINSPACE, 'python'), 'numpy');
    assert.equal(detectDocstringStyle(SCIPY, 'python'), 'numpy');
  });
});
