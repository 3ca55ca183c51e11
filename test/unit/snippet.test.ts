import assert from 'node:assert/strict';
import type { DocStyle } from '../../src/core/docstring/model';
import type { LanguageId } from '../../src/core/extract/types';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { escapeSnippetText, toSnippet } from '../../src/core/generate/snippet';

/**
 * Reads a snippet as VS Code's parser does for the syntax `toSnippet` writes: `\$`, `\}`, `\\`
 * escapes and `${n:default}` tab stops (nothing else may appear unescaped). Returns the text inserted
 * when every placeholder keeps its default, and the tab stops in the order Tab visits them.
 */
function expand(snippet: string): { text: string; stops: { index: number; text: string; offset: number }[] } {
  let text = '';
  const stops: { index: number; text: string; offset: number }[] = [];
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\') {
      const next = snippet[i + 1];
      assert.ok(next === '$' || next === '}' || next === '\\', `a lone backslash at ${i} of ${JSON.stringify(snippet)}`);
      text += next;
      i++;
    } else if (ch === '$') {
      const match = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(snippet.slice(i));
      assert.ok(match, `unescaped $ at ${i} of ${JSON.stringify(snippet)}`);
      const value = match[2].replace(/\\(.)/g, '$1');
      stops.push({ index: Number(match[1]), text: value, offset: text.length });
      text += value;
      i += match[0].length - 1;
    } else {
      assert.notEqual(ch, '}', `unescaped } at ${i} of ${JSON.stringify(snippet)}`);
      text += ch;
    }
  }
  stops.sort((a, b) => a.index - b.index);
  return { text, stops };
}

const PYTHON = 'def f(a, b: int = 2):\n    if a:\n        raise ValueError("x")\n    return a + b\n\n\ndef g(n):\n    yield n\n';
const TYPESCRIPT = 'export function f<T>(a: T, b = 2): number {\n  if (!a) throw new RangeError("x");\n  return b;\n}\n';

async function templates(text: string, language: LanguageId, style: DocStyle): Promise<string[]> {
  const generated = await generateDocstrings(text, language, { style, types: 'auto', quote: '"""', select: (s) => s.kind !== 'module' });
  return generated.edits.map((e) => e.newText);
}

/** The line each tab stop sits on, so the order reads as the docstring does. */
function stopLines(text: string, stops: { offset: number }[]): string[] {
  return stops.map((s) => text.slice(text.lastIndexOf('\n', s.offset - 1) + 1, text.indexOf('\n', s.offset) === -1 ? undefined : text.indexOf('\n', s.offset)).trim());
}

describe('snippet conversion', () => {
  it('escapes $, } and \\ and nothing else', () => {
    assert.equal(escapeSnippetText('a $b ${c} \\d {e} $1 ${1:x}'), 'a \\$b \\${c\\} \\\\d {e\\} \\$1 \\${1:x\\}');
    const { snippet, placeholders } = toSnippet('price = `${amount}` \\n $0 }');
    assert.equal(placeholders, 0);
    assert.equal(expand(snippet).text, 'price = `${amount}` \\n $0 }');
  });

  it('numbers the markers from 1 in text order, each with itself as default', () => {
    const { snippet, placeholders } = toSnippet('_summary_\n\na: _description_\nb: _type_, _description_');
    assert.equal(placeholders, 4);
    assert.equal(snippet, '${1:_summary_}\n\na: ${2:_description_}\nb: ${3:_type_}, ${4:_description_}');
  });

  it('a marker inside a name is text, not a tab stop', () => {
    const { snippet, placeholders } = toSnippet('my_summary_x _description_s x_description_ _description_.');
    assert.equal(placeholders, 1);
    assert.equal(snippet, 'my_summary_x _description_s x_description_ ${1:_description_}.');
  });

  it('no markers (an AI-described docstring): no tab stops, the text escaped', () => {
    const { snippet, placeholders } = toSnippet('"""Return the total in $.\n\n    Args:\n        a: C:\\\\path {x}.\n    """');
    assert.equal(placeholders, 0);
    assert.equal(expand(snippet).text, '"""Return the total in $.\n\n    Args:\n        a: C:\\\\path {x}.\n    """');
  });

  const cases: { style: DocStyle; language: LanguageId; text: string; lines: string[][] }[] = [
    {
      style: 'google',
      language: 'python',
      text: PYTHON,
      lines: [
        ['"""_summary_', 'a: _description_', 'b: _description_. Defaults to 2.', '_description_', 'ValueError: _description_'],
        ['"""_summary_', 'n: _description_', '_description_'],
      ],
    },
    {
      style: 'numpy',
      language: 'python',
      text: PYTHON,
      lines: [
        ['"""_summary_', '_description_', '_description_, by default 2', '_description_', '_description_'],
        ['"""_summary_', '_description_', '_description_'],
      ],
    },
    {
      style: 'sphinx',
      language: 'python',
      text: PYTHON,
      lines: [
        ['"""_summary_', ':param a: _description_', ':param b: _description_, defaults to 2', ':returns: _description_', ':raises ValueError: _description_'],
        ['"""_summary_', ':param n: _description_', ':yields: _description_'],
      ],
    },
    {
      style: 'jsdoc',
      language: 'typescript',
      text: TYPESCRIPT,
      lines: [['* _summary_', '* @param a - _description_', '* @param [b=2] - _description_', '* @returns _description_', '* @throws {RangeError} _description_']],
    },
    {
      style: 'tsdoc',
      language: 'typescript',
      text: TYPESCRIPT,
      lines: [['* _summary_', '* @typeParam T - _description_', '* @param a - _description_', '* @param b - _description_. Defaults to 2.', '* @returns _description_', '* @throws {@link RangeError} _description_']],
    },
  ];
  for (const c of cases) {
    it(`${c.style}: the template's snippet inserts the very same text, Tab going summary first then top to bottom`, async () => {
      const texts = await templates(c.text, c.language, c.style);
      assert.equal(texts.length, c.lines.length);
      texts.forEach((text, i) => {
        const { snippet, placeholders } = toSnippet(text);
        const expanded = expand(snippet);
        assert.equal(expanded.text, text, 'placeholders left as they are give the template text, byte for byte');
        assert.equal(placeholders, c.lines[i].length);
        assert.deepEqual(expanded.stops.map((s) => s.index), c.lines[i].map((_, n) => n + 1));
        assert.ok(expanded.stops.every((s, n) => n === 0 || s.offset > expanded.stops[n - 1].offset), 'tab stops numbered top to bottom');
        assert.deepEqual(stopLines(expanded.text, expanded.stops), c.lines[i]);
      });
    });
  }

  it('code and written text inside a regenerated docstring stay text: a JS default `${x}` and a Python backslash', async () => {
    const js = 'function f(a = `${x}}`, b) {\n  return a + b;\n}\n';
    const [jsText] = await templates(js, 'javascript', 'jsdoc');
    assert.match(jsText, /\$\{x\}\}/);
    const jsSnippet = toSnippet(jsText);
    assert.equal(expand(jsSnippet.snippet).text, jsText);
    assert.equal(jsSnippet.placeholders, 4, "summary, a, b, returns");

    const py = 'def f(a):\n    """Split on \\\\ and $HOME}.\n\n    Args:\n        a: The ${a}.\n    """\n    return a\n';
    const [pyText] = (await generateDocstrings(py, 'python', { style: 'google', types: 'auto', quote: '"""', select: (s) => s.kind === 'function' })).edits.map((e) => e.newText);
    assert.match(pyText, /\$HOME\}/);
    const pySnippet = toSnippet(pyText);
    assert.equal(expand(pySnippet.snippet).text, pyText);
    assert.equal(pySnippet.placeholders, 1, 'only the new Returns description is left to write');
  });
});
