import * as assert from 'node:assert/strict';
import { extractSymbols } from '../../src/core/extract';
import { editBetween, IncrementalExtractor } from '../../src/core/extract/incremental';
import { validateText } from '../../src/core/validate';

const PYTHON = Array.from({ length: 40 }, (_, i) => `def f${i}(a, b):\n    """Do ${i}.\n\n    Args:\n        a: x\n        c: y\n    """\n    if a:\n        raise ValueError("é")\n    return a\n\n\n`).join('');
const TYPESCRIPT = Array.from({ length: 30 }, (_, i) => `/**\n * Do ${i}.\n * @param a x\n * @param c y\n */\nexport function f${i}(a: number, b: string): number {\n  if (a) throw new RangeError('→');\n  return a;\n}\n\n`).join('');

/** A deterministic random edit: insert, delete or replace a few characters (sometimes whole lines, sometimes breaking the syntax). */
function randomEdit(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const pieces = ['x', '\n', '    ', 'def g(q):\n    return q\n', '"""', ')', 'yield 1\n', ', z', '# c\n', 'throw new Error("e");\n', '→', ''];
  const insert = pieces[Math.floor(random() * pieces.length)];
  const removed = random() < 0.5 ? Math.floor(random() * 12) : 0;
  return text.slice(0, at) + insert + text.slice(at + removed);
}

describe('incremental parsing for the editor', () => {
  it('editBetween finds the one changed range, in UTF-16 units and rows/columns', () => {
    assert.equal(editBetween('abc', 'abc'), undefined);
    assert.deepEqual(editBetween('ab\ncd\nef', 'ab\ncXd\nef'), { startIndex: 4, oldEndIndex: 4, newEndIndex: 5, startPosition: { row: 1, column: 1 }, oldEndPosition: { row: 1, column: 1 }, newEndPosition: { row: 1, column: 2 } });
    assert.deepEqual(editBetween('é\nab', 'é\nb'), { startIndex: 2, oldEndIndex: 3, newEndIndex: 2, startPosition: { row: 1, column: 0 }, oldEndPosition: { row: 1, column: 1 }, newEndPosition: { row: 1, column: 0 } });
  });

  for (const [language, start] of [['python', PYTHON], ['typescript', TYPESCRIPT]] as const) {
    it(`${language}: after each of 150 random edits the facts and findings equal a full parse's`, async function () {
      this.timeout(60000);
      let seed = language === 'python' ? 11 : 29;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const extractor = new IncrementalExtractor();
      let text = start;
      for (let step = 0; step < 150; step++) {
        text = randomEdit(text, random);
        const incremental = await extractor.extract('doc', text, language);
        const full = await extractSymbols(text, language);
        assert.deepEqual(incremental, full, `step ${step}`);
        if (!full.hasErrors) {
          const options = { style: language === 'python' ? 'google' : 'jsdoc' } as const;
          assert.deepEqual((await validateText(text, language, options, incremental)).findings, (await validateText(text, language, options)).findings, `findings, step ${step}`);
        }
      }
      await extractor.forget('doc');
      assert.equal(extractor.size, 0);
    });
  }

  it('documents are kept apart; concurrent requests for one document run in order', async () => {
    const extractor = new IncrementalExtractor();
    const texts = [PYTHON, PYTHON.replace('f3(', 'g3('), PYTHON.replace('f3(', 'h3(').replace('f7(', 'k7(')];
    const results = await Promise.all(texts.map((t) => extractor.extract('one', t, 'python')));
    for (let i = 0; i < texts.length; i++) assert.deepEqual(results[i], await extractSymbols(texts[i], 'python'));
    await extractor.extract('two', TYPESCRIPT, 'typescript');
    assert.equal(extractor.size, 2);
    assert.deepEqual(await extractor.extract('one', PYTHON, 'python'), await extractSymbols(PYTHON, 'python'));
  });
});
