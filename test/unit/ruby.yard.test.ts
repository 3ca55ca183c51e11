import assert from 'node:assert/strict';
import { emptyDocstring, type Docstring, type RenderOptions } from '../../src/core/docstring/model';
import { parseYard, renderYard, yardComment, yardLines } from '../../src/languages/ruby/yard';
import { byPath, rubyTools, yardReports } from './ruby.tools';

/** A doc as YARD's own tag reference and the standard library's gems write them. */
const YARD_LIKE = `Reads the file at +path+ and parses it.

Longer description,
over two lines.

@param path [String, Pathname] the file to read;
  relative to the working directory.
@param [Hash] opts the options (types first, as YARD also reads)
@option opts [Boolean] :strict (false) whether unknown keys raise
@option opts [Integer] :depth how deep to go
@yield [entry, index] each entry as it is read
@yieldparam entry [Entry] the entry
@yieldreturn [Boolean] whether to keep it
@return [Array<Entry>, nil] the entries, or nil when empty
@raise [Errno::ENOENT] when the file is missing
@raise [Parser::Error] when it does not parse
@see Parser#parse
@note Slow on large files.
@deprecated Use {Reader.open} instead.
@example Titled example
  read("a.txt")
@example
  entries = read("data.txt", strict: true)

  entries.each { |e| puts e }`;

describe('yard style', () => {
  it('reads summary, description, params (both orders), options, yield, return, raises and keeps other tags verbatim', () => {
    const { doc, problems } = parseYard(YARD_LIKE);
    assert.deepEqual(problems, []);
    assert.equal(doc.summary, 'Reads the file at +path+ and parses it.');
    assert.equal(doc.description, 'Longer description,\nover two lines.');
    assert.deepEqual(doc.params, [
      { name: 'path', type: 'String, Pathname', description: 'the file to read;\nrelative to the working directory.' },
      { name: 'opts', type: 'Hash', description: 'the options (types first, as YARD also reads)' },
      { name: 'opts.strict', type: 'Boolean', default: 'false', description: 'whether unknown keys raise' },
      { name: 'opts.depth', type: 'Integer', description: 'how deep to go' },
    ]);
    assert.deepEqual(doc.yields, { type: 'entry, index', description: 'each entry as it is read' });
    assert.deepEqual(doc.returns, { type: 'Array<Entry>, nil', description: 'the entries, or nil when empty' });
    assert.deepEqual(doc.raises, [
      { type: 'Errno::ENOENT', description: 'when the file is missing' },
      { type: 'Parser::Error', description: 'when it does not parse' },
    ]);
    assert.deepEqual(doc.sections, [
      { title: 'yieldparam', body: 'entry [Entry] the entry' },
      { title: 'yieldreturn', body: '[Boolean] whether to keep it' },
      { title: 'see', body: 'Parser#parse' },
      { title: 'note', body: 'Slow on large files.' },
      { title: 'deprecated', body: 'Use {Reader.open} instead.' },
      { title: 'example', body: 'Titled example\nread("a.txt")' },
    ]);
    assert.equal(doc.examples, 'entries = read("data.txt", strict: true)\n\nentries.each { |e| puts e }');
  });

  it('round-trips: parse(render(doc)) gives the doc back', () => {
    const doc: Docstring = {
      ...emptyDocstring(),
      summary: 'Does it.',
      description: 'Longer.\n\nTwo paragraphs.',
      params: [
        { name: 'a', type: 'Integer', description: 'First,\nover two lines.' },
        { name: 'opts', type: 'Hash', description: 'Options.' },
        { name: 'opts.key', type: 'Symbol', default: ':x', description: 'A key.' },
        { name: 'b', description: '' },
      ],
      yields: { type: 'item', description: 'Each item.' },
      returns: { type: 'Boolean', description: 'Whether it did.' },
      raises: [{ type: 'ArgumentError', description: 'When a is negative.' }],
      sections: [
        { title: 'yieldparam', body: 'item [String] the item' },
        { title: 'overload', body: 'run(a)\n@param a [Integer] the a\n@return [void]' },
        { title: 'api', body: 'private' },
        { title: 'todo', body: '' },
      ],
      examples: 'run(1)\n\nrun(2) { |i| p i }',
    };
    const lines = renderYard(doc);
    assert.deepEqual(parseYard(lines.join('\n')).doc, doc);
    // The order YARD's reference uses; continuation lines indented under the tag.
    assert.deepEqual(lines.filter((l) => l.startsWith('@')).map((l) => l.split(' ')[0]), [
      '@param', '@param', '@option', '@param', '@yield', '@yieldparam', '@return', '@raise', '@overload', '@api', '@todo', '@example',
    ]);
    assert.ok(lines.includes('  over two lines.'));
    assert.ok(lines.includes('@option opts [Symbol] :key (:x) A key.'));
    assert.ok(lines.includes('  @param a [Integer] the a'), 'nested tags of @overload stay indented under it');
  });

  it('round-trips what it reads from the standard library-like sample', () => {
    const { doc } = parseYard(YARD_LIKE);
    assert.deepEqual(parseYard(renderYard(doc).join('\n')).doc, doc);
  });

  it('writes splat, double-splat and block parameters without their sigils, as YARD names them', () => {
    const lines = renderYard({ ...emptyDocstring(), summary: 'S.', params: ['*rest', '**opts', '&block', '*'].map((name) => ({ name, description: 'D.' })) });
    assert.deepEqual(lines.slice(2), ['@param rest D.', '@param opts D.', '@param block D.', '@param * D.']);
  });

  it('writes a type or yielded list over several lines on one line', () => {
    const lines = renderYard({ ...emptyDocstring(), summary: 'S.', yields: { type: '{\n  a: 1\n}', description: 'D.' }, raises: [{ type: 'A::\nB', description: '' }] });
    assert.deepEqual(lines.slice(2), ['@yield [{ a: 1 }] D.', '@raise [A:: B]']);
  });

  it('leaves types out when the options say never', () => {
    const opts: RenderOptions = { style: 'google', annotated: new Set(), returnAnnotated: false, types: 'never', indentUnit: '  ' };
    const lines = renderYard({ ...emptyDocstring(), summary: 'S.', params: [{ name: 'a', type: 'Integer', description: 'A.' }], returns: { type: 'String', description: 'R.' } }, opts);
    assert.deepEqual(lines, ['S.', '', '@param a A.', '@return R.']);
  });

  it('reads text at the left margin after a tag as text again, as YARD does', () => {
    const { doc } = parseYard('@private\nReturns true.\n\n@param a [Integer] the a\n  continued\n\nMore text.');
    assert.equal(doc.summary, 'Returns true.');
    assert.equal(doc.description, 'More text.');
    assert.deepEqual(doc.params, [{ name: 'a', type: 'Integer', description: 'the a\ncontinued' }]);
    assert.deepEqual(doc.sections, [{ title: 'private', body: '' }]);
  });

  it('reports tags it cannot read', () => {
    assert.equal(parseYard('S.\n\n@param [String]').problems[0]?.section, 'params');
    assert.equal(parseYard('S.\n\n@option opts').problems[0]?.section, 'params');
    assert.equal(parseYard('S.\n\n@raise when it fails').problems[0]?.section, 'raises');
  });

  it('writes # lines, keeps =begin blocks and ## openers', () => {
    assert.equal(yardLines(['Summary.', '', '@return [void]'], '  '), '# Summary.\n  #\n  # @return [void]');
    assert.equal(yardComment(['Summary.'], '    '), '# Summary.');
    assert.equal(yardComment(['Summary.', '', 'More.'], '  ', '=begin\nOld.\n=end'), '=begin\nSummary.\n\nMore.\n=end');
    assert.equal(yardComment(['Summary.'], '  ', '##\n  # Old.'), '##\n  # Summary.');
    assert.equal(yardComment(['=end inside'], '', '=begin\nOld.\n=end'), '=begin\n =end inside\n=end');
  });

  it('writes what YARD reads: each field of the model in the tag YARD gives it', function () {
    const tools = rubyTools();
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      this.skip();
    }
    const { doc } = parseYard(YARD_LIKE);
    const comment = yardComment(renderYard(doc), '  ');
    const [report] = yardReports([`class Sample\n  ${comment}\n  def read(path, opts = {})\n  end\nend\n`]);
    const read = byPath(report).get('Sample#read');
    assert.ok(read, 'YARD registers Sample#read');
    assert.equal(read.text, `${doc.summary}\n\n${doc.description}`);
    const tags = (name: string) => read.tags.filter((t) => t.tag === name);
    assert.deepEqual(tags('param').map((t) => ({ name: t.name, type: t.types?.join(', '), description: t.text })), doc.params.filter((p) => !p.name.includes('.')));
    assert.deepEqual(tags('option').map((t) => ({ name: `${t.name}.${t.pair!.name.replace(/^:/, '')}`, type: t.pair!.types?.join(', '), description: t.pair!.text, ...(t.pair!.defaults ? { default: t.pair!.defaults.join(', ') } : {}) })), doc.params.filter((p) => p.name.includes('.')));
    assert.deepEqual(tags('yield').map((t) => ({ type: t.types?.join(', '), description: t.text })), [doc.yields]);
    assert.deepEqual(tags('return').map((t) => ({ type: t.types?.join(', '), description: t.text })), [doc.returns]);
    assert.deepEqual(tags('raise').map((t) => ({ type: t.types?.join(', '), description: t.text })), doc.raises);
    assert.deepEqual(tags('example').map((t) => t.text), ['read("a.txt")', doc.examples]);
    assert.deepEqual(tags('see').map((t) => t.name), ['Parser#parse']);
    assert.deepEqual(tags('note').map((t) => t.text), ['Slow on large files.']);
  });
});
