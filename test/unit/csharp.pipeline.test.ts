/** C# through the whole pipeline: template mode, a second run, validation and repair, AI text as XML text. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyAnswer } from '../../src/core/ai/describe';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { templateDocstring } from '../../src/core/generate/template';
import { updateDocstrings, validateText } from '../../src/core/validate';

const WORKSPACE = join(__dirname, '..', '..', '..', 'test', 'integration', 'workspace');
const request = { style: 'xmldoc' as const, types: 'auto' as const, quote: '"""' as const };

describe('C# pipeline', () => {
  it('template mode writes the golden; the result checks clean, a second run writes nothing, and only comment lines were added', async () => {
    const text = readFileSync(join(WORKSPACE, 'FixtureFile.cs'), 'utf8');
    const first = await generateDocstrings(text, 'csharp', request);
    assert.equal(first.newText, readFileSync(join(WORKSPACE, 'FixtureFile.file-expected.cs'), 'utf8'));
    assert.deepEqual((await validateText(first.newText, 'csharp', { style: 'auto' })).findings.map((f) => `${f.code} ${f.symbol}`), []);
    assert.equal((await generateDocstrings(first.newText, 'csharp', request)).edits.length, 0);
    assert.equal(first.newText.split('\n').filter((l) => !/^\s*\/\/\/( |$)/.test(l)).join('\n'), text.split('\n').join('\n'));
  });

  it('validation finds a stale <param>, a missing <returns> and <exception>; "Update docstring" fixes them and keeps what a person wrote', async () => {
    const text = [
      'public class A',
      '{',
      '    /// <summary>Scales.</summary>',
      '    /// <param name="factor">The factor.</param>',
      '    /// <param name="extra">Gone.</param>',
      '    /// <remarks>Kept as written.</remarks>',
      '    public double Scale(double factor, int times)',
      '    {',
      '        if (times < 0) throw new System.ArgumentException("times");',
      '        return factor * times;',
      '    }',
      '}',
      '',
    ].join('\n');
    const found = (await validateText(text, 'csharp', { style: 'auto' })).findings.map((f) => f.code);
    assert.deepEqual(found.sort(), ['DW101', 'DW102', 'DW201', 'DW401']);
    const fixed = await updateDocstrings(text, 'csharp', { style: 'auto' });
    assert.match(fixed.newText, /<param name="times">Gone\.<\/param>/, 'the renamed parameter keeps its description');
    assert.match(fixed.newText, /<returns>_description_<\/returns>\n    \/\/\/ <exception cref="System.ArgumentException">_description_<\/exception>\n    \/\/\/ <remarks>Kept as written.<\/remarks>/);
    assert.deepEqual((await validateText(fixed.newText, 'csharp', { style: 'auto' })).findings, []);
  });

  it('a model\'s text is written as XML text: its <, > and & cannot open an element', async () => {
    const symbol = (await extractSymbols('public class A { public int F(int x) { return x; } }\n', 'csharp')).symbols.find((s) => s.name === 'F')!;
    const answer = { summary: 'Maps x to List<int> & more.', description: '', params: [{ name: 'x', description: 'A <b>value</b>.' }], returns: 'x', yields: null, raises: [], example: null };
    const { doc } = applyAnswer(templateDocstring(symbol, 'xmldoc'), answer, symbol);
    assert.equal(doc.summary, 'Maps x to List&lt;int&gt; &amp; more.');
    assert.equal(doc.params[0].description, 'A &lt;b&gt;value&lt;/b&gt;.');
  });
});
