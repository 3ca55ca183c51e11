import * as assert from 'node:assert/strict';
import { LineIndex, lineIndexOf } from '../../src/core/text/lineIndex';

/** The slicing definition the index replaces: 1 + the line breaks before `offset`. */
function sliced(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('LineIndex', () => {
  it('agrees with slicing the text at every offset (LF, CRLF, empty lines, no final newline)', () => {
    for (const text of ['', 'a', '\n', 'ab\ncd\n', 'x\r\ny\r\n\r\nz', '\n\n\nlast', 'def f():\n    """Doc."""\n']) {
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(index.position(offset), sliced(text, offset), `${JSON.stringify(text)} @ ${offset}`);
    }
  });

  it('counts lines and gives line starts', () => {
    const index = new LineIndex('a\nbc\n\nd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual([1, 2, 3, 4].map((l) => index.lineStart(l)), [0, 2, 5, 6]);
    assert.equal(index.lineStart(99), 6);
  });

  it('a line break belongs to the line it ends', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.lineOf(2), 1);
    assert.equal(index.lineOf(3), 2);
  });

  it('reuses the index of the same text and rebuilds for another', () => {
    const text = 'one\ntwo\n';
    assert.equal(lineIndexOf(text), lineIndexOf(text));
    assert.notEqual(lineIndexOf('other\n'), lineIndexOf(text));
  });

  it('agrees with slicing on a random text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = Array.from({ length: 2000 }, () => (random() < 0.1 ? '\n' : random() < 0.05 ? '\r\n' : 'x')).join('');
    const index = new LineIndex(text);
    for (let i = 0; i < 500; i++) {
      const offset = Math.floor(random() * (text.length + 1));
      assert.deepEqual(index.position(offset), sliced(text, offset));
    }
  });
});
