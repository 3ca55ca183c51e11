/** C# XML documentation comments (src/languages/csharp/xmldoc.ts): parse, render, round trip. */
import * as assert from 'node:assert/strict';
import type { Docstring } from '../../src/core/docstring/model';
import { parseXmlDoc, renderXmlDoc } from '../../src/languages/csharp/xmldoc';

const OPTS = { style: 'jsdoc' as const, annotated: new Set<string>(), returnAnnotated: true, types: 'auto' as const, indentUnit: '    ' };

describe('C# XML doc comments', () => {
  it('reads summary, typeparam, param, returns, exception; keeps remarks and other elements verbatim', () => {
    const { doc, problems } = parseXmlDoc([
      '<summary>',
      'Scales a <see cref="Shape"/> by a factor.',
      '',
      'Negative factors are refused.',
      '</summary>',
      '<typeparam name="T">The element type.</typeparam>',
      '<param name="value">The value.</param>',
      '<param name="times">',
      'How often, at least',
      'one.',
      '</param>',
      '<returns>The scaled value.</returns>',
      '<exception cref="T:System.ArgumentException">When negative.</exception>',
      '<remarks>Thread-safe.</remarks>',
      '<seealso cref="Other"/>',
    ].join('\n'));
    assert.deepEqual(problems, []);
    assert.equal(doc.summary, 'Scales a <see cref="Shape"/> by a factor.');
    assert.equal(doc.description, 'Negative factors are refused.');
    assert.deepEqual(doc.typeParams, [{ name: 'T', description: 'The element type.' }]);
    assert.deepEqual(doc.params, [{ name: 'value', description: 'The value.' }, { name: 'times', description: 'How often, at least\none.' }]);
    assert.deepEqual(doc.returns, { description: 'The scaled value.' });
    assert.deepEqual(doc.raises, [{ type: 'System.ArgumentException', description: 'When negative.' }]);
    assert.deepEqual(doc.sections, [{ title: 'remarks', body: '<remarks>Thread-safe.</remarks>' }, { title: 'seealso', body: '<seealso cref="Other"/>' }]);
  });

  it('renders as Visual Studio does (summary on lines of its own, one line per short element) and reads back the same model', () => {
    const doc: Docstring = {
      summary: 'Adds two numbers.',
      description: 'Overflow wraps.',
      params: [{ name: 'a', description: 'The first.' }, { name: 'b', description: 'The second,\non two lines.' }],
      returns: { description: 'The sum.' },
      raises: [{ type: 'OverflowException', description: 'In a checked context.' }],
      typeParams: [{ name: 'T', description: 'A number type.' }],
      sections: [{ title: 'remarks', body: '<remarks>See <c>Add</c>.</remarks>' }],
    };
    const lines = renderXmlDoc(doc, OPTS);
    assert.deepEqual(lines, [
      '<summary>',
      'Adds two numbers.',
      '',
      'Overflow wraps.',
      '</summary>',
      '<typeparam name="T">A number type.</typeparam>',
      '<param name="a">The first.</param>',
      '<param name="b">',
      'The second,',
      'on two lines.',
      '</param>',
      '<returns>The sum.</returns>',
      '<exception cref="OverflowException">In a checked context.</exception>',
      '<remarks>See <c>Add</c>.</remarks>',
    ]);
    const back = parseXmlDoc(lines.join('\n'));
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.doc, doc);
  });

  it('reports badly formed XML (CS1570) and entries without their attribute', () => {
    assert.match(parseXmlDoc('<summary>Open').problems[0].message, /not closed/);
    // One missing close tag does not hide the entries after it.
    const unclosed = parseXmlDoc('<summary>Open\n<param name="a">The a.</param>\n<returns>R.</returns>');
    assert.equal(unclosed.problems.length, 1);
    assert.deepEqual([unclosed.doc.summary, unclosed.doc.params, unclosed.doc.returns], ['Open', [{ name: 'a', description: 'The a.' }], { description: 'R.' }]);
    assert.match(parseXmlDoc('<summary>S.</summary>\n<param>x</param>').problems[0].message, /without a name/);
    assert.match(parseXmlDoc('<summary>S.</summary>\n<exception>x</exception>').problems[0].message, /without a cref/);
  });

  it('a comment with no <summary> reads its text as the summary (the compiler ignores it, a person meant it)', () => {
    assert.equal(parseXmlDoc('Just text.').doc.summary, 'Just text.');
  });
});
