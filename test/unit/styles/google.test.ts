import assert from 'node:assert/strict';
import type { Docstring, RenderOptions } from '../../../src/core/docstring/model';
import { detectDocstringStyle, parseDocstring, renderDocstring } from '../../../src/core/styles';

function opts(o: Partial<RenderOptions> = {}): RenderOptions {
  return { style: 'google', annotated: new Set(), returnAnnotated: false, types: 'always', indentUnit: '    ', ...o };
}

function doc(d: Partial<Docstring>): Docstring {
  return { summary: '', description: '', params: [], raises: [], typeParams: [], sections: [], ...d };
}

const rich = doc({
  summary: 'Fetch rows from a table.',
  description: 'Retrieves rows pertaining to the given keys.\nSecond line.',
  params: [
    { name: 'table', type: 'Table', description: 'An open table.' },
    { name: 'keys', type: 'Sequence[str]', description: 'Keys to fetch.\nEach key is a string.' },
    { name: 'strict', type: 'bool', description: '', optional: true },
    { name: '*args', description: 'Extra positional.' },
    { name: '**kwargs', type: 'Any', description: 'Extra options.' },
  ],
  returns: { type: 'dict[str, tuple]', description: 'A dict mapping keys to rows.\nEmpty when nothing matched.' },
  raises: [{ type: 'IOError', description: 'An error accessing the table.' }],
  examples: '>>> fetch(t, ["a"])\n{}',
  sections: [{ title: 'Note', body: 'Thread safe.' }],
});

const RICH_TEXT = `Fetch rows from a table.

Retrieves rows pertaining to the given keys.
Second line.

Args:
    table (Table): An open table.
    keys (Sequence[str]): Keys to fetch.
        Each key is a string.
    strict (bool, optional):
    *args: Extra positional.
    **kwargs (Any): Extra options.

Returns:
    dict[str, tuple]: A dict mapping keys to rows.
    Empty when nothing matched.

Raises:
    IOError: An error accessing the table.

Note:
    Thread safe.

Examples:
    >>> fetch(t, ["a"])
    {}`;

// From the Google Python style guide (section 3.8.3).
const GUIDE = `Fetches rows from a Smalltalk table.

Retrieves rows pertaining to the given keys from the Table instance
represented by table_handle.  String keys will be UTF-8 encoded.

Args:
    table_handle: An open smalltalk.Table instance.
    keys: A sequence of strings representing the key of each table
      row to fetch.  String keys will be UTF-8 encoded.
    require_all_keys: If True only rows with values set for all keys will be
      returned.

Returns:
    A dict mapping keys to the corresponding table row data
    fetched. Each row is represented as a tuple of strings. For
    example:

    {b'Serak': ('Rigel VII', 'Preparer'),
     b'Zim': ('Irk', 'Invader'),
     b'Lrrr': ('Omicron Persei 8', 'Emperor')}

    Returned keys are always bytes.  If a key from the keys argument is
    missing from the dictionary, then that row was not found in the
    table (and require_all_keys must have been False).

Raises:
    IOError: An error occurred accessing the smalltalk.Table object.`;

describe('google style', () => {
  it('renders a rich docstring exactly', () => {
    assert.equal(renderDocstring(rich, opts()).join('\n'), RICH_TEXT);
  });

  it('round-trips the rich docstring', () => {
    const r = parseDocstring(RICH_TEXT, 'google');
    assert.deepEqual(r.doc, rich);
    assert.deepEqual(r.problems, []);
  });

  it('auto mode omits annotated param types (bare name for *args) and the annotated return type', () => {
    const out = renderDocstring(rich, opts({ types: 'auto', annotated: new Set(['table', 'keys', 'args']), returnAnnotated: true }));
    assert.ok(out.includes('    table: An open table.'));
    assert.ok(out.includes('    keys: Keys to fetch.'));
    assert.ok(out.includes('    *args: Extra positional.'));
    assert.ok(out.includes('    **kwargs (Any): Extra options.'));
    assert.ok(out.includes('    strict (bool, optional):'));
    assert.ok(out.includes('    A dict mapping keys to rows.'));
    assert.ok(!out.some((l) => l.includes('dict[str, tuple]')));
  });

  it('never mode shows no types, and no trailing space on an empty description', () => {
    const out = renderDocstring(rich, opts({ types: 'never' }));
    assert.ok(out.includes('    strict:'));
    assert.ok(out.every((l) => l === l.trimEnd()));
    assert.ok(!out.some((l) => /\((Table|Sequence|bool|Any)/.test(l)), out.join('\n'));
  });

  it('uses the indent unit for items and continuation lines (tabs)', () => {
    const out = renderDocstring(rich, opts({ indentUnit: '\t' }));
    assert.ok(out.includes('\tkeys (Sequence[str]): Keys to fetch.'));
    assert.ok(out.includes('\t\tEach key is a string.'));
    assert.deepEqual(parseDocstring(out.join('\n'), 'google').doc, rich);
  });

  it('round-trips docs without types, with yields and a two-space indent', () => {
    const d = doc({
      summary: 'Generate values.',
      params: [{ name: 'n', description: 'How many.' }, { name: '**kwargs', description: 'Passed on.\n\nSecond paragraph.' }],
      yields: { description: 'The next value.' },
      raises: [{ type: 'ValueError', description: 'If n < 0.' }, { type: 'mod.Error', description: '' }],
    });
    const text = renderDocstring(d, opts({ indentUnit: '  ' })).join('\n');
    assert.deepEqual(parseDocstring(text, 'google').doc, d);
  });

  it('round-trips a one-line summary only', () => {
    const d = doc({ summary: 'Do it.' });
    assert.deepEqual(renderDocstring(d, opts()), ['Do it.']);
    assert.deepEqual(parseDocstring('Do it.', 'google').doc, d);
  });

  it('parses the Google style guide example', () => {
    const { doc: d, problems } = parseDocstring(GUIDE, 'google');
    assert.equal(d.summary, 'Fetches rows from a Smalltalk table.');
    assert.deepEqual(d.params.map((p) => p.name), ['table_handle', 'keys', 'require_all_keys']);
    assert.equal(d.params[1].description, 'A sequence of strings representing the key of each table\nrow to fetch.  String keys will be UTF-8 encoded.');
    assert.equal(d.params[0].type, undefined);
    assert.equal(d.returns?.type, undefined);
    assert.ok(d.returns?.description.startsWith('A dict mapping keys'));
    assert.ok(d.returns?.description.includes("\n b'Zim': ('Irk', 'Invader'),\n"));
    assert.deepEqual(d.raises, [{ type: 'IOError', description: 'An error occurred accessing the smalltalk.Table object.' }]);
    assert.deepEqual(problems, []);
  });

  it('accepts the aliases Arguments, Keyword Args, Return, Yield, Raise, Example', () => {
    const text = `Sum.

Arguments:
    a (int): A.

Keyword Args:
    b (str, optional): B.

Return:
    int: The sum.

Yield:
    str: Parts.

Raise:
    KeyError: Missing.

Example:
    >>> f(1)`;
    const { doc: d } = parseDocstring(text, 'google');
    assert.deepEqual(d.params, [
      { name: 'a', type: 'int', description: 'A.' },
      { name: 'b', type: 'str', optional: true, description: 'B.' },
    ]);
    assert.deepEqual(d.returns, { type: 'int', description: 'The sum.' });
    assert.deepEqual(d.yields, { type: 'str', description: 'Parts.' });
    assert.deepEqual(d.raises, [{ type: 'KeyError', description: 'Missing.' }]);
    assert.equal(d.examples, '>>> f(1)');
  });

  it('reads escaped stars and nested brackets in types', () => {
    const { doc: d } = parseDocstring('S.\n\nArgs:\n    \\*args (tuple(int, str)): A.\n    \\*\\*kw (Callable[[int], dict[str, int]]): B.', 'google');
    assert.deepEqual(d.params, [
      { name: '*args', type: 'tuple(int, str)', description: 'A.' },
      { name: '**kw', type: 'Callable[[int], dict[str, int]]', description: 'B.' },
    ]);
  });

  it('keeps known other sections verbatim, in order', () => {
    const text = 'S.\n\nArgs:\n    a: A.\n\nSee Also:\n    other_function\n\nTodo:\n    * Fix it\n      later.';
    const { doc: d, problems } = parseDocstring(text, 'google');
    assert.deepEqual(d.sections, [
      { title: 'See Also', body: 'other_function' },
      { title: 'Todo', body: '* Fix it\n  later.' },
    ]);
    assert.deepEqual(problems, []);
  });

  it('reports an unknown header with an indented block after a known section', () => {
    const text = 'S.\n\nArgs:\n    a: A.\n\nSide Effects:\n    Writes a file.';
    const { doc: d, problems } = parseDocstring(text, 'google');
    assert.deepEqual(d.sections, [{ title: 'Side Effects', body: 'Writes a file.' }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].kind, 'unknown-section');
    assert.equal(problems[0].line, 5);
  });

  it('does not take description lines like "Supported formats:" or "Note: x" for sections', () => {
    const text = 'S.\n\nSupported formats:\n    - csv\n    - json\nNote: this is prose.\n\nArgs:\n    a: A.';
    const { doc: d, problems } = parseDocstring(text, 'google');
    assert.equal(d.description, 'Supported formats:\n    - csv\n    - json\nNote: this is prose.');
    assert.deepEqual(d.sections, []);
    assert.deepEqual(d.params, [{ name: 'a', description: 'A.' }]);
    assert.deepEqual(problems, []);
  });

  it('reads a return description without a type even when it contains a colon later', () => {
    const { doc: d } = parseDocstring('S.\n\nReturns:\n    The value of x: always positive.', 'google');
    assert.deepEqual(d.returns, { description: 'The value of x: always positive.' });
    const { doc: d2 } = parseDocstring('S.\n\nReturns:\n    list of str: Names.', 'google');
    assert.deepEqual(d2.returns, { type: 'list of str', description: 'Names.' });
  });

  it('reports a parameter line without a colon', () => {
    const { doc: d, problems } = parseDocstring('S.\n\nArgs:\n    a (int) the value', 'google');
    assert.equal(d.params[0].name, 'a');
    assert.equal(d.params[0].type, 'int');
    assert.equal(problems[0].kind, 'layout');
  });

  it('reads CRLF content and an inline "Returns: text"', () => {
    const { doc: d, problems } = parseDocstring('Check.\r\n\r\nArgs:\r\n    a: A.\r\n\r\nReturns: True if ok.', 'google');
    assert.deepEqual(d.params, [{ name: 'a', description: 'A.' }]);
    assert.deepEqual(d.returns, { description: 'True if ok.' });
    assert.deepEqual(problems, []);
  });

  it('keeps a paragraph after the sections in the description and reports the layout', () => {
    const { doc: d, problems } = parseDocstring('Check.\n\nArgs:\n    a: A.\n\nThanks for reading.', 'google');
    assert.equal(d.description, 'Thanks for reading.');
    assert.deepEqual(problems.map((p) => [p.kind, p.line]), [['layout', 5]]);
  });

  it('is detected as google', () => {
    assert.equal(detectDocstringStyle(GUIDE, 'python'), 'google');
    assert.equal(detectDocstringStyle(RICH_TEXT, 'python'), 'google');
  });
});
