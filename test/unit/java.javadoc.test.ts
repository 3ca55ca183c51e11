import assert from 'node:assert/strict';
import type { Docstring, RenderOptions } from '../../src/core/docstring/model';
import { javadocContent } from '../../src/languages/java/comments';
import { inlineReturn, parseJavadoc, renderJavadoc } from '../../src/languages/java/javadoc';

// DocStyle has no 'javadoc' yet (the wiring adds it); the renderer does not read `style`.
const OPTS: RenderOptions = { style: 'jsdoc', annotated: new Set(), returnAnnotated: true, types: 'auto', indentUnit: '    ' };

function doc(d: Partial<Docstring>): Docstring {
  return { summary: '', description: '', params: [], raises: [], typeParams: [], sections: [], ...d };
}

const rich = doc({
  summary: 'Returns the element at the specified position.',
  description: 'More text with {@code code} and {@link java.util.List#get(int) a link}.\n\n<p>A second paragraph\nover two lines.',
  typeParams: [{ name: 'T', description: 'the element type' }],
  params: [
    { name: 'index', description: 'index of the element to return' },
    { name: 'rest', description: 'more values,\nover two lines' },
    { name: 'empty', description: '' },
  ],
  returns: { description: 'the element at the specified position' },
  raises: [
    { type: 'IndexOutOfBoundsException', description: 'if the index is out of range' },
    { type: 'java.io.IOException', description: '' },
  ],
  sections: [
    { title: 'see', body: 'java.util.List#get(int)' },
    { title: 'since', body: '1.2' },
    { title: 'deprecated', body: 'Use {@link #other()} instead;\nthis one is slow.' },
    { title: 'apiNote', body: 'A note with code:\n<pre>{@code\n  list.get(0);\n}</pre>' },
  ],
});

const RICH_TEXT = `Returns the element at the specified position.

More text with {@code code} and {@link java.util.List#get(int) a link}.

<p>A second paragraph
over two lines.

@param <T> the element type
@param index index of the element to return
@param rest more values,
over two lines
@param empty
@return the element at the specified position
@throws IndexOutOfBoundsException if the index is out of range
@throws java.io.IOException
@see java.util.List#get(int)
@since 1.2
@deprecated Use {@link #other()} instead;
this one is slow.
@apiNote A note with code:
<pre>{@code
  list.get(0);
}</pre>`;

describe('javadoc style', () => {
  it('renders summary, description, @param <T>, @param, @return, @throws and other tags in that order', () => {
    assert.equal(renderJavadoc(rich, OPTS).join('\n'), RICH_TEXT);
  });

  it('round-trips: parse(render(doc)) gives the doc back with no problem', () => {
    const { doc: back, problems } = parseJavadoc(renderJavadoc(rich, OPTS).join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(back, rich);
    const small = doc({ summary: 'Only a summary.' });
    assert.deepEqual(parseJavadoc(renderJavadoc(small, OPTS).join('\n')).doc, small);
    const tagsOnly = doc({ params: [{ name: 'x', description: 'the x' }], returns: { description: 'y' } });
    assert.deepEqual(renderJavadoc(tagsOnly, OPTS), ['@param x the x', '@return y']);
    assert.deepEqual(parseJavadoc(renderJavadoc(tagsOnly, OPTS).join('\n')).doc, tagsOnly);
  });

  it('writes no types: the signature has them', () => {
    const typed = doc({ summary: 'S.', params: [{ name: 'a', type: 'int', description: 'the a' }], returns: { type: 'int', description: 'r' } });
    assert.deepEqual(renderJavadoc(typed, { ...OPTS, types: 'always' }), ['S.', '', '@param a the a', '@return r']);
  });

  it('reads JDK-style aligned tags with indented continuation lines', () => {
    // As java.util.ArrayList writes them.
    const content = [
      'Constructs an empty list with the specified initial capacity.',
      '',
      '@param  initialCapacity  the initial capacity of the list',
      '@throws IllegalArgumentException if the specified initial capacity',
      '        is negative',
    ].join('\n');
    const { doc: d, problems } = parseJavadoc(content);
    assert.deepEqual(problems, []);
    assert.equal(d.summary, 'Constructs an empty list with the specified initial capacity.');
    assert.deepEqual(d.params, [{ name: 'initialCapacity', description: 'the initial capacity of the list' }]);
    assert.deepEqual(d.raises, [{ type: 'IllegalArgumentException', description: 'if the specified initial capacity\nis negative' }]);
  });

  it('reads @returns and @exception as @return and @throws, and a description starting on the next line', () => {
    const { doc: d } = parseJavadoc('S.\n@param a\n      the a\n@returns the r\n@exception IOException when it fails');
    assert.deepEqual(d.params, [{ name: 'a', description: 'the a' }]);
    assert.deepEqual(d.returns, { description: 'the r' });
    assert.deepEqual(d.raises, [{ type: 'IOException', description: 'when it fails' }]);
  });

  it('a description below its tag loses the indentation of its first line, also when a later line is less indented', () => {
    // As java.nio.file.Files.exists writes it.
    const { doc: d } = parseJavadoc('S.\n@param   options\n         options indicating how\n.\n@return  {@code true} if\n         it exists.');
    assert.deepEqual(d.params, [{ name: 'options', description: 'options indicating how\n.' }]);
    assert.deepEqual(d.returns, { description: '{@code true} if\nit exists.' });
    assert.deepEqual(parseJavadoc(renderJavadoc(d, OPTS).join('\n')).doc, d);
  });

  it('keeps unknown tags verbatim as sections, in order, with their continuation lines', () => {
    const { doc: d } = parseJavadoc('S.\n\n@author Josh Bloch\n@author Neal Gafter\n@implSpec\nThe default does\n  nothing.\n@jls 15.12 Method Invocation');
    assert.deepEqual(d.sections, [
      { title: 'author', body: 'Josh Bloch' },
      { title: 'author', body: 'Neal Gafter' },
      { title: 'implSpec', body: 'The default does\n  nothing.' },
      { title: 'jls', body: '15.12 Method Invocation' },
    ]);
  });

  it('keeps HTML and inline tags as text; an @ inside a multi-line inline tag is not a block tag', () => {
    const content = 'Use it so:\n<pre>{@code\n@Override\npublic int hashCode() { return 1; }\n}</pre>\n@param x the {@code x}';
    const { doc: d } = parseJavadoc(content);
    assert.equal(d.summary, 'Use it so:\n<pre>{@code\n@Override\npublic int hashCode() { return 1; }\n}</pre>');
    assert.deepEqual(d.params, [{ name: 'x', description: 'the {@code x}' }]);
    assert.deepEqual(d.sections, []);
  });

  it('an inline tag that never closes hides no block tag after it, as javac reads it (Spliterators.IteratorSpliterator)', () => {
    const content = "Creates a spliterator using the given\ncollection's {@link java.util.Collection#iterator()) for traversal.\n\n@param c the collection\n@param characteristics properties of this spliterator's\n       source or elements.";
    const { doc: d } = parseJavadoc(content);
    assert.deepEqual(d.params.map((p) => p.name), ['c', 'characteristics']);
    assert.equal(d.description, '');
    // An unterminated {@code} holds the rest of the comment in javac 17 (MethodHandles.collectReturnValue: doclint finds no @param).
    const code = parseJavadoc('Works so:\n<pre>{@code\nV adapter(A a) {\n    return f(a);\n}</pre>\n\n@param target the target\n@return the adapter').doc;
    assert.deepEqual([code.params, code.returns], [[], undefined]);
    assert.deepEqual(parseJavadoc(renderJavadoc(code, OPTS).join('\n')).doc, code, 'it round-trips');
  });

  it('writes an @ that would start a line of text as {@literal @}, so that it is not read as a tag', () => {
    const d = doc({ summary: 'S.', description: '@Override methods\nand {@code\n@Inline} ones.', params: [{ name: 'a', description: 'first\n@see-like text' }] });
    const lines = renderJavadoc(d, OPTS);
    assert.deepEqual(lines, ['S.', '', '{@literal @}Override methods', 'and {@code', '@Inline} ones.', '', '@param a first', '{@literal @}see-like text']);
    const back = parseJavadoc(lines.join('\n')).doc;
    assert.deepEqual([back.params.length, back.sections.length], [1, 0]);
  });

  it('reports a @param without a name, an @throws without a type and a second @return', () => {
    const { problems } = parseJavadoc('S.\n@param\n@throws\n@return a\n@return b');
    assert.deepEqual(problems.map((p) => [p.line, p.section]), [[1, 'params'], [2, 'raises'], [4, undefined]]);
  });

  it('reads a {@return ...} summary as the return value and does not write a second @return', () => {
    const content = '{@return the number of elements in this list}\n\n@param x the x';
    const { doc: d } = parseJavadoc(content);
    assert.deepEqual(d.returns, { description: 'the number of elements in this list' });
    assert.equal(renderJavadoc(d, OPTS).join('\n'), content);
    assert.equal(inlineReturn('{@return a {@code b} c} More.'), 'a {@code b} c');
    assert.equal(inlineReturn('Returns {@return x}'), undefined);
  });

  it('summary is the first paragraph; the rest is the description', () => {
    const { doc: d } = parseJavadoc('First line\nsecond line.\n\n<p>More.\n\n@since 9');
    assert.equal(d.summary, 'First line\nsecond line.');
    assert.equal(d.description, '<p>More.');
    assert.deepEqual(d.sections, [{ title: 'since', body: '9' }]);
  });

  it('takes the delimiters and every leading * of a line off, as javadoc does, on CRLF too', () => {
    assert.equal(javadocContent('/**\r\n * Summary.\r\n *\r\n * @param a the a\r\n */'), 'Summary.\n\n@param a the a');
    assert.equal(javadocContent('/** One line. */'), 'One line.');
    assert.equal(javadocContent('/**\n ** double\n *** triple\n */'), 'double\ntriple');
    assert.equal(javadocContent('/**\n * <pre>\n *   indented\n * </pre>\n */'), '<pre>\n  indented\n</pre>');
    assert.equal(javadocContent('/**/'), '');
    assert.equal(javadocContent('/*** three */'), 'three');
  });
});
