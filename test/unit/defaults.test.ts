import assert from 'node:assert/strict';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { parseDocstring, renderDocstring } from '../../src/core/styles';
import { splitDefault, withDefault } from '../../src/core/styles/common';
import { updateDocstrings, validateText } from '../../src/core/validate';
import type { DocStyle } from '../../src/core/docstring/model';
import type { LanguageId } from '../../src/core/extract/types';

const PY = 'def f(a: int, b: int = 5, c: str | None = None, d="x"):\n    print(a, b, c, d)\n';
const TS = 'export function f(a: number, b = 5, c?: string): void {\n  console.log(a, b, c);\n}\n';

async function generated(text: string, language: LanguageId, style: DocStyle, mentionDefaults?: boolean): Promise<string> {
  return (await generateDocstrings(text, language, { style, types: 'auto', quote: '"""', ...(mentionDefaults === undefined ? {} : { mentionDefaults }) })).newText;
}

describe('parameter defaults', () => {
  it('Google: "Defaults to X." after the description, every default including None, optional in the type', async () => {
    const out = await generated(PY, 'python', 'google');
    assert.match(out, /\n {8}a: _description_\n/);
    assert.match(out, /\n {8}b: _description_\. Defaults to 5\.\n/);
    assert.match(out, /\n {8}c: _description_\. Defaults to None\.\n/);
    assert.match(out, /\n {8}d \(str, optional\): _description_\. Defaults to "x"\.\n/);
  });

  it('NumPy: ", by default X" and ", optional" after the type', async () => {
    const out = await generated(PY, 'python', 'numpy');
    assert.match(out, /\n {4}b\n {8}_description_, by default 5\n/);
    assert.match(out, /\n {4}c\n {8}_description_, by default None\n/);
    assert.match(out, /\n {4}d : str, optional\n {8}_description_, by default "x"\n/);
  });

  it('Sphinx: ", defaults to X" and ":type x: T, optional"', async () => {
    const out = await generated(PY, 'python', 'sphinx');
    assert.match(out, /:param b: _description_, defaults to 5\n/);
    assert.match(out, /:param c: _description_, defaults to None\n/);
    assert.match(out, /:param d: _description_, defaults to "x"\n {4}:type d: str, optional\n/);
  });

  it('JSDoc: [name=X] and [name] for name?; TSDoc: a sentence (TSDoc forbids brackets)', async () => {
    const js = await generated(TS, 'typescript', 'jsdoc');
    assert.match(js, /@param \[b=5\] - _description_\n/);
    assert.match(js, /@param \[c\] - _description_\n/);
    const ts = await generated(TS, 'typescript', 'tsdoc');
    assert.match(ts, /@param b - _description_\. Defaults to 5\.\n/);
    assert.match(ts, /@param c - _description_\n/);
  });

  it('the setting turns it off: no default text, optional stays', async () => {
    const out = await generated(PY, 'python', 'google', false);
    assert.doesNotMatch(out, /Defaults to/);
    assert.match(out, /d \(str, optional\): _description_\n/);
    const js = await generated(TS, 'typescript', 'jsdoc', false);
    assert.match(js, /@param \[b\] - _description_\n/);
  });

  it('reads the stated default back: a round trip renders the same text, with no finding', async () => {
    for (const style of ['google', 'numpy', 'sphinx'] as const) {
      const out = await generated(PY, 'python', style);
      const { findings } = await validateText(out, 'python', { style });
      assert.deepEqual(findings.map((f) => `${f.code} ${f.message}`), [], style);
      const content = [...out.matchAll(/"""([\s\S]*?)"""/g)].pop()![1];
      const { doc, problems } = parseDocstring(content.replace(/\n {4}/g, '\n'), style);
      assert.deepEqual(problems, [], style);
      assert.deepEqual(doc.params.map((p) => [p.name, p.description, p.default]), [
        ['a', '_description_', undefined], ['b', '_description_', '5'], ['c', '_description_', 'None'], ['d', '_description_', '"x"'],
      ], style);
    }
  });

  it('Update docstring keeps stated defaults, follows a changed one, and keeps a value written for a None sentinel', async () => {
    const text = [
      'def f(a, b=6, c=None, d=1):',
      '    """Do it.',
      '',
      '    Args:',
      '        a: The a.',
      '        b: The b. Defaults to 5.',
      '        c: The c. Defaults to "abc".',
      '        d: The d. Defaults to 1.',
      '        e: Gone.',
      '    """',
      '    print(a, b, c, d)',
      '',
    ].join('\n');
    const out = (await updateDocstrings(text, 'python', { style: 'google' })).newText;
    assert.match(out, /b \(int, optional\): The b\. Defaults to 6\.\n/);
    assert.match(out, /c: The c\. Defaults to "abc"\.\n/);
    assert.match(out, /d \(int, optional\): The d\. Defaults to 1\.\n/);
    assert.doesNotMatch(out, /Defaults to 1\. Defaults/);
  });

  it('with the setting off, Update docstring keeps a default a person wrote (NumPy and Sphinx read theirs too)', async () => {
    const google = 'def f(a, b=6):\n    """Do it.\n\n    Args:\n        b: The b. Defaults to 5.\n    """\n    print(a, b)\n';
    const off = (await updateDocstrings(google, 'python', { style: 'google', mentionDefaults: false })).newText;
    assert.match(off, /\n {8}a: _description_\n {8}b \(int, optional\): The b\. Defaults to 5\.\n/);
    const numpy = 'def f(a, b=6):\n    """Do it.\n\n    Parameters\n    ----------\n    b : int, optional\n        The b, by default 5.\n    """\n    print(a, b)\n';
    assert.match((await updateDocstrings(numpy, 'python', { style: 'numpy' })).newText, /\n {4}b : int, optional\n {8}The b, by default 6\.\n/);
    const sphinx = 'def f(a, b=6):\n    """Do it.\n\n    :param b: The b, defaults to 5\n    """\n    print(a, b)\n';
    assert.match((await updateDocstrings(sphinx, 'python', { style: 'sphinx' })).newText, /:param b: The b, defaults to 6\n/);
  });

  it('a default the model wrote itself is not stated twice', () => {
    const doc = { summary: 'S.', description: '', params: [{ name: 'b', description: 'The count. Defaults to 5.', default: '5' }], raises: [], typeParams: [], sections: [] };
    const lines = renderDocstring(doc, { style: 'google', annotated: new Set(), returnAnnotated: false, types: 'auto', indentUnit: '    ' });
    assert.deepEqual(lines.filter((l) => l.includes('Defaults')), ['    b: The count. Defaults to 5.']);
  });

  it('withDefault and splitDefault are inverse, and leave ordinary prose alone', () => {
    for (const form of ['sentence', 'numpy', 'sphinx'] as const) {
      for (const description of ['The count.', '_description_', 'Why?', '', 'Two lines.\nSecond line']) {
        const stated = withDefault(description, "'a.b'", form);
        const back = splitDefault(stated, form);
        assert.equal(back.default, "'a.b'", `${form}: ${stated}`);
        assert.equal(withDefault(back.description, "'a.b'", form), stated, `${form}: ${stated}`);
      }
    }
    assert.deepEqual(splitDefault('A value that defaults to 5.', 'sentence'), { description: 'A value that defaults to 5.' });
    assert.equal(withDefault('The count.', '5', 'numpy'), 'The count, by default 5.');
  });
});
