import assert from 'node:assert/strict';
import type { Docstring, RenderOptions } from '../../../src/core/docstring/model';
import { detectDocstringStyle, parseDocstring, renderDocstring } from '../../../src/core/styles';

function opts(o: Partial<RenderOptions> = {}): RenderOptions {
  return { style: 'jsdoc', annotated: new Set(), returnAnnotated: false, types: 'always', indentUnit: '  ', ...o };
}

function doc(d: Partial<Docstring>): Docstring {
  return { summary: '', description: '', params: [], raises: [], typeParams: [], sections: [], ...d };
}

const rich = doc({
  summary: 'Adds numbers.',
  description: 'Longer text.\n\nSecond paragraph.',
  typeParams: [{ name: 'T', description: 'Element type.' }],
  params: [
    { name: 'a', type: 'number', description: 'First.\nMore about a.' },
    { name: 'b', type: 'number', description: '', optional: true },
    { name: 'opts', type: 'Object', description: 'Options.' },
    { name: 'opts.c', type: 'string', description: 'Label.', optional: true, default: '"x y"' },
    { name: 'rest', description: 'Others.' },
  ],
  returns: { type: 'number', description: 'The sum.' },
  raises: [{ type: 'RangeError', description: 'When negative.' }],
  sections: [{ title: 'see', body: 'sum' }, { title: 'deprecated', body: 'Use add2.' }, { title: 'since', body: '1.2' }],
  examples: 'add(1, 2)\n// => 3',
});

const JSDOC_TEXT = `Adds numbers.

Longer text.

Second paragraph.

@template T - Element type.
@param {number} a - First.
More about a.
@param {number} [b]
@param {Object} opts - Options.
@param {string} [opts.c="x y"] - Label.
@param rest - Others.
@returns {number} The sum.
@throws {RangeError} When negative.
@see sum
@deprecated Use add2.
@since 1.2
@example
add(1, 2)
// => 3`;

const TSDOC_TEXT = `Adds numbers.

Longer text.

Second paragraph.

@typeParam T - Element type.
@param a - First.
More about a.
@param b
@param opts - Options.
@param opts.c - Label. Defaults to "x y".
@param rest - Others.
@returns The sum.
@throws {@link RangeError} When negative.
@see sum
@deprecated Use add2.
@since 1.2
@example
add(1, 2)
// => 3`;

function untyped(d: Docstring): Docstring {
  // TSDoc states a default as a sentence, so it reads back; optional and types live in the signature.
  return { ...d, params: d.params.map((p) => ({ name: p.name, description: p.description, ...(p.default !== undefined ? { default: p.default } : {}) })), returns: d.returns && { description: d.returns.description } };
}

describe('jsdoc / tsdoc style', () => {
  it('renders a rich JSDoc exactly', () => {
    assert.equal(renderDocstring(rich, opts()).join('\n'), JSDOC_TEXT);
  });

  it('round-trips the rich JSDoc', () => {
    const r = parseDocstring(JSDOC_TEXT, 'jsdoc');
    assert.deepEqual(r.doc, rich);
    assert.deepEqual(r.problems, []);
  });

  it('renders a rich TSDoc exactly: no braces types, no brackets, {@link} throws', () => {
    assert.equal(renderDocstring(rich, opts({ style: 'tsdoc' })).join('\n'), TSDOC_TEXT);
  });

  it('round-trips TSDoc without types', () => {
    assert.deepEqual(parseDocstring(TSDOC_TEXT, 'tsdoc').doc, untyped(rich));
  });

  it('auto mode omits types annotated in the signature (destructured members by their root)', () => {
    const out = renderDocstring(rich, opts({ types: 'auto', annotated: new Set(['a', 'opts']), returnAnnotated: true }));
    assert.ok(out.includes('@param a - First.'));
    assert.ok(out.includes('@param [opts.c="x y"] - Label.'));
    assert.ok(out.includes('@param {number} [b]'));
    assert.ok(out.includes('@returns The sum.'));
  });

  it('never invents a type and leaves no dangling " - " on an empty description', () => {
    const d = doc({ params: [{ name: 'x', description: '' }], returns: { description: '' } });
    assert.deepEqual(renderDocstring(d, opts()), ['@param x', '@returns']);
    assert.deepEqual(parseDocstring('@param x\n@returns', 'jsdoc').doc, d);
  });

  it('parses JSDoc variants: no dash, @arg, @return, nested braces, quoted defaults with brackets', () => {
    const text = [
      'Summary.',
      '@arg {{a: number, b: string[]}} obj the object',
      '@argument {Array<{id: string}>} [list=[]] - list',
      '@param {string} [sep = ", "] separator',
      '@return {Promise<void>} done',
    ].join('\n');
    const { doc: d } = parseDocstring(text, 'jsdoc');
    assert.deepEqual(d.params, [
      { name: 'obj', type: '{a: number, b: string[]}', description: 'the object' },
      { name: 'list', type: 'Array<{id: string}>', optional: true, default: '[]', description: 'list' },
      { name: 'sep', type: 'string', optional: true, default: '", "', description: 'separator' },
    ]);
    assert.deepEqual(d.returns, { type: 'Promise<void>', description: 'done' });
  });

  it('parses both {@link X} and {X} throws and a typeless throws', () => {
    const { doc: d } = parseDocstring('S.\n\n@throws {@link TypeError | the error} If bad.\n@throws {Error} Always.\n@throws When offline.', 'tsdoc');
    assert.deepEqual(d.raises, [
      { type: 'TypeError', description: 'If bad.' },
      { type: 'Error', description: 'Always.' },
      { type: '', description: 'When offline.' },
    ]);
  });

  it('reads @template lists and constraints, and @typeParam', () => {
    const { doc: d } = parseDocstring('@template K, V\n@template {string} S - A key.\n@typeParam R - Result.', 'jsdoc');
    assert.deepEqual(d.typeParams, [
      { name: 'K', description: '' },
      { name: 'V', description: '' },
      { name: 'S', type: 'string', description: 'A key.' },
      { name: 'R', description: 'Result.' },
    ]);
    assert.deepEqual(renderDocstring(doc({ typeParams: d.typeParams.slice(2) }), opts()), ['@template {string} S - A key.', '@template R - Result.']);
  });

  it('keeps @example verbatim, including decorators inside a fence and blank lines', () => {
    const text = 'S.\n\n@example\n```ts\n@Component()\nclass A {}\n\n  indented();\n```\n@since 2.0';
    const { doc: d } = parseDocstring(text, 'tsdoc');
    assert.equal(d.examples, '```ts\n@Component()\nclass A {}\n\n  indented();\n```');
    assert.deepEqual(d.sections, [{ title: 'since', body: '2.0' }]);
  });

  it('keeps unknown tags verbatim and in order, with multi-line bodies; @remarks renders on its own line', () => {
    const text = 'S.\n\n@deprecated Use other.\n@remarks\nLong remark\nover two lines.\n@see a\n@see b';
    const { doc: d } = parseDocstring(text, 'tsdoc');
    assert.deepEqual(d.sections, [
      { title: 'deprecated', body: 'Use other.' },
      { title: 'remarks', body: 'Long remark\nover two lines.' },
      { title: 'see', body: 'a' },
      { title: 'see', body: 'b' },
    ]);
    assert.equal(renderDocstring(d, opts({ style: 'tsdoc' })).join('\n'), text);
  });

  it('round-trips multi-line descriptions and a summary-only doc', () => {
    const d = doc({ summary: 'Do.', params: [{ name: 'x', type: 'string', description: 'One.\n\nTwo.' }], yields: { type: 'number', description: 'Values.' } });
    assert.deepEqual(parseDocstring(renderDocstring(d, opts()).join('\n'), 'jsdoc').doc, d);
    assert.deepEqual(renderDocstring(doc({ summary: 'Only.' }), opts()), ['Only.']);
  });

  it('reports a @param without a name', () => {
    const { problems } = parseDocstring('S.\n@param {string}', 'jsdoc');
    assert.deepEqual(problems.map((p) => [p.kind, p.line]), [['layout', 1]]);
  });

  it('dedents indented continuation lines of a tag', () => {
    const { doc: d } = parseDocstring('S.\n\n@param {string} a - The a\n  continued.\n@returns {boolean}', 'jsdoc');
    assert.deepEqual(d.params, [{ name: 'a', type: 'string', description: 'The a\ncontinued.' }]);
    assert.deepEqual(d.returns, { type: 'boolean', description: '' });
  });

  it('detects jsdoc vs tsdoc', () => {
    assert.equal(detectDocstringStyle(JSDOC_TEXT, 'js'), 'jsdoc');
    assert.equal(detectDocstringStyle(TSDOC_TEXT, 'js'), 'tsdoc');
    assert.equal(detectDocstringStyle('Just a sentence.', 'js'), undefined);
    assert.equal(detectDocstringStyle('S.\n@param a the a', 'js'), 'jsdoc');
  });
});
