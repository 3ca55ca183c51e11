import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliSync } from '../support/cli';

/**
 * Hand-counted, symbol by symbol (interrogate's rules: public = no leading underscore in the name path,
 * dunders public, nested functions and TS modules not counted):
 *
 * shapes.py — 8 counted, 5 documented:
 *   module (documented), documented (documented), undocumented (missing), Shape (documented),
 *   Shape.__init__ (missing: the class docstring documents no arguments), Shape.area (missing),
 *   Shape.__repr__ (documented), outer (documented).
 *   Not counted: _private, Shape._helper, _Hidden and _Hidden.visible (a private part), outer.inner (nested).
 * box.ts — 5 counted, 3 documented:
 *   add (documented), sub (missing), Box (documented), Box.grow (missing), Box.shrink (documented).
 *   Not counted: the module (TS), _internal, Box.#secret.
 * Total: 13 counted, 8 documented, 61.5 %.
 */
const SHAPES = `"""Shapes."""


def documented(a):
    """Doc."""
    return a


def undocumented(b):
    return b


def _private(c):
    return c


class Shape:
    """A shape."""

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def _helper(self):
        pass

    def __repr__(self):
        """Repr."""
        return "Shape"


class _Hidden:
    def visible(self):
        pass


def outer():
    """Outer."""

    def inner():
        pass

    return inner
`;
const BOX = `/** Adds. */
export function add(a: number, b: number): number {
  return a + b;
}

export function sub(a: number, b: number): number {
  return a - b;
}

function _internal(): void {}

/** A box. */
export class Box {
  size = 1;

  grow(): void {}

  /** Shrinks. */
  shrink(): void {}

  #secret(): void {}
}
`;

describe('docwright coverage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-coverage-'));
    writeFileSync(join(dir, 'shapes.py'), SHAPES);
    writeFileSync(join(dir, 'box.ts'), BOX);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts public symbols with a docstring per file and in total (json)', () => {
    const run = runCliSync(['coverage', '--format', 'json', '.'], dir);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { files: { file: string; total: number; documented: number; missing: { name: string; kind: string; line: number }[] }[]; total: number; documented: number; percent: number };
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    assert.deepEqual([byFile['shapes.py'].total, byFile['shapes.py'].documented], [8, 5]);
    assert.deepEqual(byFile['shapes.py'].missing, [
      { name: 'undocumented', kind: 'function', line: 9 },
      { name: 'Shape.__init__', kind: 'method', line: 20 },
      { name: 'Shape.area', kind: 'method', line: 23 },
    ]);
    assert.deepEqual([byFile['box.ts'].total, byFile['box.ts'].documented], [5, 3]);
    assert.deepEqual(byFile['box.ts'].missing.map((m) => m.name), ['sub', 'Box.grow']);
    assert.deepEqual([report.total, report.documented], [13, 8]);
    assert.equal(report.percent.toFixed(1), '61.5');
  });

  it('text: a table with TOTAL; --fail-under passes at or below the total and fails above it', () => {
    const pass = runCliSync(['coverage', '--fail-under', '61', '.'], dir);
    assert.equal(pass.code, 0, pass.stderr);
    assert.equal(pass.stdout, [
      'file       total  documented  missing  coverage',
      'box.ts         5           3        2     60.0%',
      'shapes.py      8           5        3     62.5%',
      'TOTAL         13           8        5     61.5%',
      'PASSED: coverage 61.5% is at least --fail-under 61%',
      '',
    ].join('\n'));
    const fail = runCliSync(['coverage', '--fail-under', '62', '.'], dir);
    assert.equal(fail.code, 1);
    assert.match(fail.stdout, /FAILED: coverage 61\.5% is under --fail-under 62%/);
  });

  it('a file that does not parse is reported, exit 1, the others still counted; bad --fail-under is a usage error', () => {
    writeFileSync(join(dir, 'broken.py'), 'def f(:\n');
    const run = runCliSync(['coverage', '--format', 'json', '.'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /broken\.py:1:\d+: the file does not parse/);
    assert.equal((JSON.parse(run.stdout) as { total: number }).total, 13);
    const bad = runCliSync(['coverage', '--fail-under', '120', '.'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-under 120: expected a percentage from 0 to 100/);
    assert.equal(runCliSync(['coverage', '--format', 'sarif', '.'], dir).code, 2);
  });
});
