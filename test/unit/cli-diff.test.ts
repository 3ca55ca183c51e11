import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliSync } from '../support/cli';

describe('docwright generate / fix --diff and --check', () => {
  let dir: string;
  const undocumented = 'def add(a, b):\n    return a + b\n';
  const stale = 'def area(width, height):\n    """Area.\n\n    Args:\n        width: The width.\n    """\n    return width * height\n';
  const done = '"""Module."""\n\n\ndef f(a):\n    """F.\n\n    Args:\n        a: The a.\n    """\n    print(a)\n';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-diff-'));
    writeFileSync(join(dir, 'u.py'), undocumented);
    writeFileSync(join(dir, 's.py'), stale);
    writeFileSync(join(dir, 'done.py'), done);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const unchanged = () => {
    assert.equal(readFileSync(join(dir, 'u.py'), 'utf8'), undocumented);
    assert.equal(readFileSync(join(dir, 's.py'), 'utf8'), stale);
  };

  it('generate --diff prints a unified diff, writes nothing, exits 0', () => {
    const run = runCliSync(['generate', '--diff', 'u.py', 'done.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^--- a\/u\.py\n\+\+\+ b\/u\.py\n@@ -1,2 \+1,14 @@\n\+"{3}_summary_"{3}\n\+\n\+\n def add\(a, b\):\n\+ {4}"{3}_summary_\n\+\n\+ {4}Args:\n\+ {8}a: _description_\n/);
    assert.ok(!run.stdout.includes('done.py'), 'a file with nothing to add is not in the diff');
    assert.match(run.stderr, /2 docstrings in 1 file would be written; nothing was written/);
    unchanged();
  });

  it('fix --diff shows the update; fix --check names the file and exits 1; nothing is written', () => {
    const diff = runCliSync(['fix', '--diff', 's.py'], dir);
    assert.equal(diff.code, 0, diff.stderr);
    assert.match(diff.stdout, /^--- a\/s\.py\n\+\+\+ b\/s\.py\n@@ /);
    assert.match(diff.stdout, /^\+ {8}height: _description_$/m);
    const check = runCliSync(['fix', '--check', 's.py', 'done.py'], dir);
    assert.equal(check.code, 1);
    assert.equal(check.stdout, 'would update s.py\n');
    const both = runCliSync(['fix', '--check', '--diff', 's.py'], dir);
    assert.equal(both.code, 1);
    assert.equal(both.stdout, diff.stdout);
    unchanged();
  });

  it('--check exits 0 when nothing would change; --write with --diff or --check is a usage error', () => {
    assert.deepEqual([runCliSync(['generate', '--check', 'done.py'], dir).code, runCliSync(['fix', '--check', 'done.py'], dir).code], [0, 0]);
    const generateCheck = runCliSync(['generate', '--check', 'u.py'], dir);
    assert.equal(generateCheck.code, 1);
    assert.equal(generateCheck.stdout, 'would update u.py\n');
    const both = runCliSync(['generate', '--write', '--check', 'u.py'], dir);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--write cannot be combined with --check, which write nothing/);
    unchanged();
  });
});
