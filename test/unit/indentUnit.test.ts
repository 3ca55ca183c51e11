import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIndentUnit, unitFromCounts } from '../../src/core/text/lines';

/** The counting as defined, line by line with split/trim/regex: the index-based scan must agree with it everywhere. */
function byDefinition(text: string): string {
  let tabs = 0;
  let spaces = 0;
  const steps = new Map<number, number>();
  let previous = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.startsWith('\t')) tabs++;
    else if (indent.length > 0) spaces++;
    if (!indent.includes('\t')) {
      const step = indent.length - previous;
      if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
      previous = indent.length;
    }
  }
  return unitFromCounts(tabs, spaces, steps);
}

describe('detectIndentUnit', () => {
  it('tabs, two and four spaces, blank lines of whitespace of every kind, CRLF, no final newline', () => {
    assert.equal(detectIndentUnit('def f():\n\tif x:\n\t\treturn 1\n'), '\t');
    assert.equal(detectIndentUnit('def f():\n  if x:\n    return 1\n  \n\f\n \r\n'), '  ');
    assert.equal(detectIndentUnit('def f():\r\n    if x:\r\n        return 1'), '    ');
    assert.equal(detectIndentUnit(''), '    ');
    assert.equal(detectIndentUnit('\n\n'), '    ');
  });

  it('agrees with the line-by-line definition on random texts of spaces, tabs, whitespace and code', () => {
    const pieces = [' ', '  ', '    ', '\t', '\n', '\r\n', '\r', '\f', '\v', '\u00a0', '\u2028', 'x', 'def f():', '#', '\ufeff'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: next() % 60 }, () => pieces[next() % pieces.length]).join('');
      assert.equal(JSON.stringify(detectIndentUnit(text)), JSON.stringify(byDefinition(text)), JSON.stringify(text));
    }
  });

  it('agrees with the definition on real files', function () {
    const dir = '/usr/lib/python3.11';
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
    } catch {
      this.skip();
    }
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.equal(detectIndentUnit(text), byDefinition(text), file);
    }
  });
});
