import * as assert from 'node:assert/strict';
import { parseCount } from '../../src/core/extract/treeSitter';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { updateDocstrings, validateText } from '../../src/core/validate';

const SOURCE = ['def add(a, b):', '    return a + b', '', '', 'class K:', '    def m(self, x):', '        """Do.', '', '        Args:', '            y: gone.', '        """', '        return x', ''].join('\n');

/** Parses run by `work`: counted by the parser itself, not timed. */
async function parsesOf(work: () => Promise<unknown>): Promise<number> {
  const before = parseCount();
  await work();
  return parseCount() - before;
}

describe('parses per file', () => {
  it('generate parses the file once and verifies the result with one more parse', async () => {
    let edits = 0;
    const parses = await parsesOf(async () => {
      edits = (await generateDocstrings(SOURCE, 'python', { style: 'google', types: 'auto', quote: '"""' })).edits.length;
    });
    assert.ok(edits > 0, 'something was generated');
    assert.equal(parses, 2);
  });

  it('generate on TypeScript: the same two parses', async () => {
    const parses = await parsesOf(() => generateDocstrings('export function f(a: number): number {\n  return a;\n}\n', 'typescript', { style: 'auto', types: 'auto', quote: '"""' }));
    assert.equal(parses, 2);
  });

  it('nothing to generate: one parse, no verification', async () => {
    const documented = '"""Module."""\n\n\ndef f():\n    """Do."""\n';
    assert.equal(await parsesOf(() => generateDocstrings(documented, 'python', { style: 'google', types: 'auto', quote: '"""' })), 1);
  });

  it('fix (update docstrings) reuses validation\'s parse: one parse plus the verification', async () => {
    let edits = 0;
    const parses = await parsesOf(async () => {
      edits = (await updateDocstrings(SOURCE, 'python', { style: 'google' })).edits.length;
    });
    assert.equal(edits, 1);
    assert.equal(parses, 2);
  });

  it('check parses once', async () => {
    assert.equal(await parsesOf(() => validateText(SOURCE, 'python', { style: 'google' })), 1);
  });
});
