import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCliSync } from '../support/cli';

/** The files `check` reports on (each fixture file has exactly one undocumented parameter). */
function checked(args: string[], cwd: string): string[] {
  const run = runCliSync(['check', '--format', 'json', ...args], cwd);
  assert.notEqual(run.code, 2, run.stderr);
  return [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file))].sort();
}

describe('docwright walking folders: .gitignore, .ignore, exclude', () => {
  let dir: string;
  const stale = 'def f(a, b):\n    """F.\n\n    Args:\n        a: The a.\n    """\n';
  const write = (path: string, text = stale) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-walk-'));
    mkdirSync(join(dir, '.git'));
    write('.gitignore', 'build/\n*_gen.py\n/top_only.py\n');
    write('a.py');
    write('a_gen.py');
    write('top_only.py');
    write('build/b.py');
    write('src/top_only.py');
    write('src/keep_gen.py');
    write('src/.gitignore', '!keep_gen.py\nlocal.py\n');
    write('src/local.py');
    write('src/deep/.ignore', 'scratch/\n');
    write('src/deep/scratch/s.py');
    write('src/deep/d.py');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('respects .gitignore (nested, negated, anchored) and .ignore', () => {
    assert.deepEqual(checked(['.'], dir), ['a.py', 'src/deep/d.py', 'src/keep_gen.py', 'src/top_only.py']);
  });

  it('a .gitignore above the walked folder applies, up to the repository root', () => {
    assert.deepEqual(checked(['src'], dir), ['src/deep/d.py', 'src/keep_gen.py', 'src/top_only.py']);
    assert.deepEqual(checked(['.'], join(dir, 'src')), ['deep/d.py', 'keep_gen.py', 'top_only.py']);
  });

  it(".git/info/exclude applies from the repository's root, below the checked-in ignore files", () => {
    write('.git/info/exclude', 'src/deep/\nsecret_gen.py\n');
    write('src/secret_gen.py');
    write('src/.gitignore', '!keep_gen.py\n!secret_gen.py\nlocal.py\n');
    assert.deepEqual(checked(['.'], dir), ['a.py', 'src/keep_gen.py', 'src/secret_gen.py', 'src/top_only.py']);
    assert.deepEqual(checked(['src'], dir), ['src/keep_gen.py', 'src/secret_gen.py', 'src/top_only.py']);
    assert.deepEqual(checked(['--no-ignore', 'src/deep'], dir), ['src/deep/d.py', 'src/deep/scratch/s.py']);
  });

  it('walks every extension a language pack reads: stubs and module-flavoured JS/TS too, nothing else', () => {
    const js = '/**\n * F.\n * @param a The a.\n */\nexport function f(a, b) { return a + b; }\n';
    write('types/a.pyi', 'def f(a, b) -> int:\n    """F.\n\n    Args:\n        a: The a.\n    """\n');
    for (const name of ['web/a.mjs', 'web/b.cjs', 'web/c.mts', 'web/d.cts', 'web/e.jsx']) write(name, js);
    write('web/notes.txt', 'def f(a, b): pass\n');
    const found = checked(['types', 'web'], dir);
    assert.deepEqual(found, ['types/a.pyi', 'web/a.mjs', 'web/b.cjs', 'web/c.mts', 'web/d.cts', 'web/e.jsx']);
  });

  it('--no-ignore walks everything (but node_modules and hidden folders)', () => {
    write('node_modules/x/n.py');
    assert.deepEqual(checked(['--no-ignore', '.'], dir), ['a.py', 'a_gen.py', 'build/b.py', 'src/deep/d.py', 'src/deep/scratch/s.py', 'src/keep_gen.py', 'src/local.py', 'src/top_only.py', 'top_only.py']);
  });

  it('--exclude (repeatable) and the configuration exclude skip files and folders', () => {
    assert.deepEqual(checked(['--exclude', 'src/deep', '--exclude=keep_*.py', '.'], dir), ['a.py', 'src/top_only.py']);
    write('docwright.toml', 'exclude = ["deep", "src/top_only.py"]\n');
    assert.deepEqual(checked(['.'], dir), ['a.py', 'src/keep_gen.py']);
  });

  it('a file named on the command line is checked even when ignored or excluded, unless --force-exclude', () => {
    write('docwright.toml', 'exclude = ["a.py"]\n');
    assert.deepEqual(checked(['a_gen.py', 'a.py'], dir), ['a.py', 'a_gen.py']);
    assert.deepEqual(checked(['--force-exclude', '--exclude', 'a_gen.py', 'a_gen.py', 'a.py'], dir), []);
  });
});
