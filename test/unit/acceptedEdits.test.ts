import * as assert from 'assert';
import { acceptedEdits } from '../../src/features/acceptedEdits';

describe('acceptedEdits (what a Refactor Preview applied)', () => {
  const before = 'def a():\n    pass\n\ndef b():\n    pass\n';
  const edits = [
    { start: 9, end: 9, newText: '    """A."""\n' },
    { start: 28, end: 28, newText: '    """B."""\n' },
  ];
  const apply = (chosen: typeof edits) => {
    let text = before;
    for (const e of [...chosen].sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    return text;
  };

  it('counts every edit, some, or none', () => {
    assert.strictEqual(acceptedEdits(before, apply(edits), edits), 2);
    assert.strictEqual(acceptedEdits(before, apply([edits[1]]), edits), 1);
    assert.strictEqual(acceptedEdits(before, apply([edits[0]]), edits), 1);
    assert.strictEqual(acceptedEdits(before, before, edits), 0);
  });

  it('a replacement is told from the text it replaces', () => {
    const replace = [{ start: 13, end: 17, newText: 'return 1' }];
    assert.strictEqual(acceptedEdits(before, before.replace('pass', 'return 1'), replace), 1);
    assert.strictEqual(acceptedEdits(before, before, replace), 0);
  });

  it('text changed elsewhere is not a count', () => {
    assert.strictEqual(acceptedEdits(before, apply(edits) + '# more\n', edits), undefined);
    assert.strictEqual(acceptedEdits(before, apply(edits).replace('def b', 'def c'), edits), undefined);
  });
});
