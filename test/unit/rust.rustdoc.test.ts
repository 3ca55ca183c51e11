import assert from 'node:assert/strict';
import { emptyDocstring, type Docstring } from '../../src/core/docstring/model';
import { parseRustdoc, renderRustdoc, rustComment, rustDocComment } from '../../src/languages/rust/rustdoc';

const STD_LIKE = `Inserts an element at position \`index\` within the vector.

Shifts all elements after it to the right.

# Arguments

* \`index\` - Where the element goes;
  at most \`len\`.
* \`element\` - The element.

# Panics

Panics if \`index > len\`.

# Examples

\`\`\`
# // a hidden doctest line, not a heading
let mut vec = vec![1, 2, 3];
vec.insert(1, 4);
\`\`\`

# Safety

Nothing unsafe.`;

describe('rustdoc style', () => {
  it('reads the summary, description, arguments, examples and other headings', () => {
    const { doc, problems } = parseRustdoc(STD_LIKE);
    assert.deepEqual(problems, []);
    assert.equal(doc.summary, 'Inserts an element at position `index` within the vector.');
    assert.equal(doc.description, 'Shifts all elements after it to the right.');
    assert.deepEqual(doc.params, [
      { name: 'index', description: 'Where the element goes;\nat most `len`.' },
      { name: 'element', description: 'The element.' },
    ]);
    assert.deepEqual(doc.sections, [
      { title: 'Panics', body: 'Panics if `index > len`.' },
      { title: 'Safety', body: 'Nothing unsafe.' },
    ]);
    assert.equal(doc.examples, '```\n# // a hidden doctest line, not a heading\nlet mut vec = vec![1, 2, 3];\nvec.insert(1, 4);\n```');
  });

  it('keeps # Errors as a section and reads # Returns', () => {
    const { doc } = parseRustdoc('Opens it.\n\n# Returns\n\nThe file.\n\n# Errors\n\nFails when the path does not exist.');
    assert.deepEqual(doc.returns, { description: 'The file.' });
    assert.deepEqual(doc.sections, [{ title: 'Errors', body: 'Fails when the path does not exist.' }]);
    assert.deepEqual(doc.raises, []);
  });

  it('renders in the guidelines\' order and round-trips', () => {
    const doc: Docstring = {
      ...emptyDocstring(),
      summary: 'Does it.',
      description: 'Longer.\n\nTwo paragraphs.',
      params: [{ name: 'a', description: 'First,\nover two lines.' }, { name: 'b', description: '' }],
      typeParams: [{ name: 'T', description: 'The item.' }],
      returns: { description: 'The result.' },
      sections: [{ title: 'Errors', body: 'When it fails.' }, { title: 'Panics', body: 'Never.' }, { title: 'Notes', body: '## Sub\n\ntext' }],
      examples: '```\nlet x = f(1, 2);\n```',
    };
    const lines = renderRustdoc(doc);
    assert.deepEqual(lines, [
      'Does it.', '', 'Longer.', '', 'Two paragraphs.', '',
      '# Type parameters', '', '* `T` - The item.', '',
      '# Arguments', '', '* `a` - First,', '  over two lines.', '* `b`', '',
      '# Returns', '', 'The result.', '',
      '# Errors', '', 'When it fails.', '', '# Panics', '', 'Never.', '', '# Notes', '', '## Sub', '', 'text', '',
      '# Examples', '', '```', 'let x = f(1, 2);', '```',
    ]);
    assert.deepEqual(parseRustdoc(lines.join('\n')), { doc, problems: [] });
    assert.deepEqual(parseRustdoc(renderRustdoc(parseRustdoc(STD_LIKE).doc).join('\n')).doc, parseRustdoc(STD_LIKE).doc);
  });

  it('round-trips two # Examples headings and a heading-only section', () => {
    const { doc } = parseRustdoc('S.\n\n# Examples\n\nfirst\n\n# Panics\n\n# Examples\n\nsecond');
    assert.equal(doc.examples, 'second');
    assert.deepEqual(doc.sections, [{ title: 'Examples', body: 'first' }, { title: 'Panics', body: '' }]);
    assert.deepEqual(parseRustdoc(renderRustdoc(doc).join('\n')).doc, doc);
  });

  it('reports an # Arguments section that is not a list', () => {
    const { problems } = parseRustdoc('S.\n\n# Arguments\n\nThe value to add.');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].section, 'params');
  });

  it('writes /// and //! lines, and keeps a block comment\'s spelling', () => {
    assert.equal(rustComment(['Summary.', '', '# Examples'], '    '), '/// Summary.\n    ///\n    /// # Examples');
    assert.equal(rustComment(['Module.'], '', { inner: true }), '//! Module.');
    assert.equal(rustDocComment(['One.'], '', '/** Old. */'), '/** One. */');
    assert.equal(rustDocComment(['One.', 'a */ b'], ' ', '/**\n * Old.\n */'), '/**\n  * One.\n  * a *&#47; b\n  */');
    assert.equal(rustDocComment(['Inner.'], '', '//! Old.'), '//! Inner.');
    assert.equal(rustDocComment(['New.'], ''), '/// New.');
  });
});
