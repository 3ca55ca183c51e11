import assert from 'node:assert/strict';
import { extractSymbols } from '../../src/core/extract';
import { missingFromParser } from '../../src/core/extract/crossCheck';

describe('symbol provider cross-check', () => {
  it('reports a provider function the parser has no symbol for, and ignores anonymous callbacks', async () => {
    const text = 'function a() {}\nclass B {\n  m() { [1].map((x) => x); }\n}\n';
    const { symbols } = await extractSymbols(text, 'typescript');
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    const provider = [
      { name: 'a', kind: 'function' as const, line: 0 },
      { name: 'B', kind: 'class' as const, line: 1 },
      { name: 'm', kind: 'method' as const, line: 2 },
      { name: '[1].map() callback', kind: 'function' as const, line: 2 },
      { name: 'ghost', kind: 'function' as const, line: 2 },
    ];
    assert.deepEqual(missingFromParser(provider, symbols, lineOf), [{ name: 'ghost', kind: 'function', line: 2 }]);
  });
});
