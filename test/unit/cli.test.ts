import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliSync } from '../support/cli';


const docwright = (args: string[], cwd: string) => {
  const { code, stdout, stderr } = runCliSync(args, cwd);
  return { code, stdout, stderr };
};

describe('docwright CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the documented file and leaves it untouched without --write', () => {
    const source = 'def add(a: int, b: int) -> int:\n    return a + b\n';
    writeFileSync(join(dir, 'm.py'), source);
    const run = docwright(['generate', '--style', 'numpy', 'm.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /def add\(a: int, b: int\) -> int:\n {4}"""_summary_\n\n {4}Parameters\n {4}----------\n {4}a\n/);
    assert.equal(readFileSync(join(dir, 'm.py'), 'utf8'), source);
  });

  it('--write rewrites in place; a second run has nothing to do', () => {
    writeFileSync(join(dir, 'a.ts'), 'export function f(x: number): number {\n  return x;\n}\n');
    assert.equal(docwright(['generate', '--write', 'a.ts'], dir).code, 0);
    const written = readFileSync(join(dir, 'a.ts'), 'utf8');
    assert.match(written, /^\/\*\*\n \* _summary_\n \*\n \* @param x - _description_\n \* @returns _description_\n \*\/\nexport function f/);
    const again = docwright(['generate', '--write', 'a.ts'], dir);
    assert.equal(again.code, 0);
    assert.equal(again.stdout, '');
    assert.equal(readFileSync(join(dir, 'a.ts'), 'utf8'), written);
  });

  it('--version prints the package version; --help the usage, with every command', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = docwright([flag], dir);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, `docwright ${pkg.version}\n`);
    }
    const help = docwright(['--help'], dir);
    assert.equal(help.code, 0);
    for (const command of ['generate', 'check', 'fix', 'coverage', '--version']) assert.match(help.stdout, new RegExp(`docwright ${command}`));
  });

  it('exit 2 on usage errors, with the reason', () => {
    for (const args of [[], ['generate'], ['frobnicate', 'x.py'], ['generate', '--style', 'fancy', 'x.py'], ['generate', '--bogus', 'x.py']]) {
      const run = docwright(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^docwright: .+\n\nusage:/);
    }
  });

  it('exit 1 and a clear message for a missing file, an unsupported type and a file that does not parse; nothing written', () => {
    const broken = 'def f(:\n    pass\n';
    writeFileSync(join(dir, 'broken.py'), broken);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const run = docwright(['generate', '--write', 'missing.py', 'notes.txt', 'broken.py'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /missing\.py: no such file or folder/);
    assert.match(run.stderr, /notes\.txt: unsupported file type/);
    assert.match(run.stderr, /broken\.py:1:\d+: the file does not parse \(Docwright's parser stops at line 1/);
    assert.equal(readFileSync(join(dir, 'broken.py'), 'utf8'), broken);
  });

  it('other files are still processed when one fails', () => {
    writeFileSync(join(dir, 'ok.py'), 'def ok():\n    pass\n');
    const run = docwright(['generate', '--write', 'missing.py', 'ok.py'], dir);
    assert.equal(run.code, 1);
    assert.match(readFileSync(join(dir, 'ok.py'), 'utf8'), /"""_summary_"""/);
  });

  it("follows the project's pyproject.toml convention when no --style is given", () => {
    writeFileSync(join(dir, 'pyproject.toml'), '[tool.pydoclint]\nstyle = "sphinx"\n');
    writeFileSync(join(dir, 'm.py'), 'def f(a):\n    return a\n');
    const run = docwright(['generate', 'm.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /:param a: _description_/);
  });
});

describe('docwright check and fix', () => {
  let dir: string;
  // depth and color are gone, height is new: not a rename, so height gets a placeholder.
  const stale = 'def area(width, height):\n    """Area.\n\n    Args:\n        width: The width.\n        depth: Gone.\n        color: Gone too.\n    """\n    return width * height\n';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-check-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check: file:line:col CODE message, exit 1 when something is found, 0 when nothing is', () => {
    writeFileSync(join(dir, 'a.py'), stale);
    const run = docwright(['check', 'a.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stdout.trim().split('\n').length, 4, run.stdout);
    assert.match(run.stdout, /^a\.py:1:17 DW102 Parameter 'height' is not documented/m);
    assert.match(run.stdout, /^a\.py:6:9 DW101 Parameter 'depth' is documented but is not in the signature/m);
    writeFileSync(join(dir, 'a.py'), 'def f(a):\n    """F.\n\n    Args:\n        a: The a.\n    """\n    print(a)\n');
    assert.deepEqual(docwright(['check', 'a.py'], dir), { code: 0, stdout: '', stderr: '' });
  });

  it('check --format json: 1-based line and column (and end), symbol, severity', () => {
    writeFileSync(join(dir, 'a.py'), stale);
    const run = docwright(['check', '--format', 'json', 'a.py'], dir);
    const findings = JSON.parse(run.stdout) as { file: string; line: number; column: number; code: string; severity: string; symbol: string; message: string }[];
    const missing = findings.find((f) => f.code === 'DW102')!;
    assert.deepEqual({ ...missing, message: undefined }, { file: 'a.py', line: 1, column: 17, endLine: 1, endColumn: 23, code: 'DW102', severity: 'warning', symbol: 'area', message: undefined });
  });

  it('check walks folders for .py/.ts/.tsx/.js/.jsx, skipping node_modules and .git', () => {
    for (const sub of ['src', 'node_modules/pkg', '.git']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'src', 'a.py'), stale);
    writeFileSync(join(dir, 'src', 'b.ts'), '/**\n * B.\n * @param x - The x.\n */\nexport function b(y: number): void {}\n');
    writeFileSync(join(dir, 'node_modules', 'pkg', 'c.py'), stale);
    writeFileSync(join(dir, '.git', 'd.py'), stale);
    const run = docwright(['check', '.'], dir);
    const files = new Set(run.stdout.trim().split('\n').map((l) => l.split(':')[0]));
    assert.deepEqual([...files].sort(), ['src/a.py', 'src/b.ts']);
  });

  it('check --ignore and --min-severity filter what is reported', () => {
    writeFileSync(join(dir, 'a.py'), stale);
    const run = docwright(['check', '--ignore', 'DW101,DW102', 'a.py'], dir);
    assert.ok(!/DW10[12]/.test(run.stdout), run.stdout);
    assert.equal(docwright(['check', '--min-severity', 'error', 'a.py'], dir).code, 0);
    assert.equal(docwright(['check', '--ignore', 'DW999', 'a.py'], dir).code, 2);
  });

  it('fix rewrites stale docstrings so check finds nothing, keeping what a person wrote', () => {
    writeFileSync(join(dir, 'a.py'), stale);
    const run = docwright(['fix', 'a.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /updated 1 docstring in 1 file/);
    const fixed = readFileSync(join(dir, 'a.py'), 'utf8');
    assert.match(fixed, /Args:\n {8}width: The width\.\n {8}height: _description_\n/);
    assert.ok(!fixed.includes('depth'));
    assert.equal(docwright(['check', 'a.py'], dir).code, 0, docwright(['check', 'a.py'], dir).stdout);
  });
});
