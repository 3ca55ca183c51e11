import assert from 'node:assert/strict';
import type { Docstring, RenderOptions } from '../../../src/core/docstring/model';
import { detectDocstringStyle, parseDocstring, renderDocstring } from '../../../src/core/styles';

function opts(o: Partial<RenderOptions> = {}): RenderOptions {
  return { style: 'sphinx', annotated: new Set(), returnAnnotated: false, types: 'always', indentUnit: '    ', ...o };
}

function doc(d: Partial<Docstring>): Docstring {
  return { summary: '', description: '', params: [], raises: [], typeParams: [], sections: [], ...d };
}

const rich = doc({
  summary: 'Send a request.',
  description: 'Blocks until done.',
  params: [
    { name: 'method', type: 'str', description: 'HTTP method.' },
    { name: 'timeout', type: 'float', description: 'Seconds to wait.\nNone waits forever.', optional: true },
    { name: '*args', description: '' },
    { name: '**kwargs', description: 'Extra options.' },
  ],
  returns: { type: 'Response', description: 'The response.' },
  raises: [{ type: 'ValueError', description: 'Bad method.' }, { type: 'Timeout', description: '' }],
  sections: [{ title: 'meta private', body: '' }, { title: 'note', body: 'Not thread safe.' }],
  examples: '>>> send("GET")\n<Response [200]>',
});

const RICH_TEXT = `Send a request.

Blocks until done.

:param method: HTTP method.
:type method: str
:param timeout: Seconds to wait.
    None waits forever.
:type timeout: float, optional
:param *args:
:param **kwargs: Extra options.
:returns: The response.
:rtype: Response
:raises ValueError: Bad method.
:raises Timeout:
:meta private:
:note: Not thread safe.
:Example:
    >>> send("GET")
    <Response [200]>`;

// From requests.api.request (abridged).
const REQUESTS = `Constructs and sends a :class:\`Request <Request>\`.

:param method: method for the new :class:\`Request\` object: \`\`GET\`\`, \`\`OPTIONS\`\`, \`\`HEAD\`\`, \`\`POST\`\`, \`\`PUT\`\`, \`\`PATCH\`\`, or \`\`DELETE\`\`.
:param url: URL for the new :class:\`Request\` object.
:param params: (optional) Dictionary, list of tuples or bytes to send
    in the query string for the :class:\`Request\`.
:param timeout: (optional) How many seconds to wait for the server to send data
    before giving up, as a float, or a :ref:\`(connect timeout, read
    timeout) <timeouts>\` tuple.
:type timeout: float or tuple
:param allow_redirects: (optional) Boolean. Defaults to \`\`True\`\`.
:type allow_redirects: bool
:return: :class:\`Response <Response>\` object
:rtype: requests.Response

Usage::

  >>> import requests
  >>> req = requests.request('GET', 'https://httpbin.org/get')
  >>> req
  <Response [200]>`;

describe('sphinx style', () => {
  it('renders a rich docstring exactly', () => {
    assert.equal(renderDocstring(rich, opts()).join('\n'), RICH_TEXT);
  });

  it('round-trips the rich docstring', () => {
    const r = parseDocstring(RICH_TEXT, 'sphinx');
    assert.deepEqual(r.doc, rich);
    assert.deepEqual(r.problems, []);
  });

  it('auto mode drops :type: of annotated params and :rtype: when the return is annotated', () => {
    const out = renderDocstring(rich, opts({ types: 'auto', annotated: new Set(['method']), returnAnnotated: true }));
    assert.ok(!out.includes(':type method: str'));
    assert.ok(out.includes(':type timeout: float, optional'));
    assert.ok(!out.some((l) => l.startsWith(':rtype:')));
    assert.ok(out.includes(':returns: The response.'));
  });

  it('renders only :rtype: when a typed return has no description, and round-trips it', () => {
    const d = doc({ summary: 'S.', returns: { type: 'int', description: '' }, yields: { description: 'Items.' } });
    const out = renderDocstring(d, opts());
    assert.deepEqual(out, ['S.', '', ':rtype: int', ':yields: Items.']);
    assert.deepEqual(parseDocstring(out.join('\n'), 'sphinx').doc, d);
  });

  it('round-trips a typeless docstring with a tab indent', () => {
    const d = doc({
      summary: 'Sum.',
      description: 'Two paragraphs.\n\nHere.',
      params: [{ name: 'a', description: 'First.\n\nMore.' }, { name: 'b', description: 'Second.' }],
      returns: { description: 'The sum.' },
    });
    const text = renderDocstring(d, opts({ indentUnit: '\t', types: 'never' })).join('\n');
    assert.deepEqual(parseDocstring(text, 'sphinx').doc, d);
  });

  it('parses requests.request, keeping the trailing Usage paragraph in the description', () => {
    const { doc: d, problems } = parseDocstring(REQUESTS, 'sphinx');
    assert.equal(d.summary, 'Constructs and sends a :class:`Request <Request>`.');
    assert.deepEqual(d.params.map((p) => [p.name, p.type]), [
      ['method', undefined],
      ['url', undefined],
      ['params', undefined],
      ['timeout', 'float or tuple'],
      ['allow_redirects', 'bool'],
    ]);
    assert.equal(d.params[2].description, '(optional) Dictionary, list of tuples or bytes to send\nin the query string for the :class:`Request`.');
    assert.deepEqual(d.returns, { type: 'requests.Response', description: ':class:`Response <Response>` object' });
    assert.ok(d.description.startsWith('Usage::\n\n  >>> import requests'));
    assert.deepEqual(problems, []);
  });

  it('accepts field aliases and an inline type', () => {
    const text = [
      'S.',
      '',
      ':parameter int a: A.',
      ':arg b: B.',
      ':argument c: C.',
      ':key d: D.',
      ':keyword str e: E.',
      ':param \\*\\*kw: KW.',
      ':return: R.',
      ':raise KeyError: K.',
      ':except OSError: O.',
      ':exception RuntimeError: X.',
      ':raises: TypeError',
    ].join('\n');
    const { doc: d } = parseDocstring(text, 'sphinx');
    assert.deepEqual(d.params, [
      { name: 'a', type: 'int', description: 'A.' },
      { name: 'b', description: 'B.' },
      { name: 'c', description: 'C.' },
      { name: 'd', description: 'D.' },
      { name: 'e', type: 'str', description: 'E.' },
      { name: '**kw', description: 'KW.' },
    ]);
    assert.deepEqual(d.returns, { description: 'R.' });
    assert.deepEqual(d.raises.map((r) => r.type), ['KeyError', 'OSError', 'RuntimeError', 'TypeError']);
  });

  it('merges a :type: that comes before its :param:', () => {
    const { doc: d } = parseDocstring('S.\n\n:type a: int\n:param a: A.', 'sphinx');
    assert.deepEqual(d.params, [{ name: 'a', type: 'int', description: 'A.' }]);
  });

  it('keeps unknown fields in sections, in order', () => {
    const { doc: d } = parseDocstring('S.\n\n:param a: A.\n:versionadded: 2.0\n:seealso: other\n    and more', 'sphinx');
    assert.deepEqual(d.sections, [{ title: 'versionadded', body: '2.0' }, { title: 'seealso', body: 'other\nand more' }]);
  });

  it('is detected as sphinx', () => {
    assert.equal(detectDocstringStyle(REQUESTS, 'python'), 'sphinx');
    assert.equal(detectDocstringStyle(RICH_TEXT, 'python'), 'sphinx');
  });
});
