import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configHash, projectRoot, ResultCache } from '../../src/cli/resultCache';
import type { Reported } from '../../src/cli/report';
import { runCli, runCliSync } from '../support/cli';

const finding = (file: string, line: number): Reported => ({ file, line, column: 1, endLine: line, endColumn: 2, code: 'DW101', severity: 'warning', symbol: 'f', message: 'm' });

describe('result cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'docwright-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keys on the bytes, the version and the configuration', () => {
    const cache = new ResultCache(dir, '1.0.0');
    const bytes = Buffer.from('def f(): pass\n');
    const config = configHash({ style: 'google', ignore: new Set(['DW101', 'DW102']) });
    assert.equal(config, configHash({ ignore: new Set(['DW102', 'DW101']), style: 'google' }), 'order does not matter');
    const key = cache.key(bytes, config);
    assert.notEqual(cache.key(Buffer.from('def f(): pass \n'), config), key);
    assert.notEqual(cache.key(bytes, configHash({ style: 'numpy', ignore: new Set(['DW101', 'DW102']) })), key);
    assert.notEqual(new ResultCache(dir, '1.0.1').key(bytes, config), key);
  });

  it('stores findings without the path, gives them back for any path; a corrupt or foreign entry is a miss', async () => {
    const cache = new ResultCache(dir, '1');
    await cache.put('k1', [finding('a.py', 3)]);
    assert.deepEqual(await cache.get('k1', 'b.py'), [finding('b.py', 3)]);
    assert.equal(await cache.get('absent', 'a.py'), undefined);
    writeFileSync(join(dir, 'k2.json'), '{"format": 1, "findings": [');
    assert.equal(await cache.get('k2', 'a.py'), undefined);
    writeFileSync(join(dir, 'k3.json'), '{"format": 1, "findings": [{"nope": 1}]}');
    assert.equal(await cache.get('k3', 'a.py'), undefined);
    assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n').filter((l) => !l.startsWith('#'))[0], '*');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('a planted entry that is not a regular file (a FIFO, a link to /dev/zero) or is huge is a miss, not a hang', async function () {
    this.timeout(10_000);
    const cache = new ResultCache(dir, '1');
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    writeFileSync(join(dir, 'huge.json'), `{"format": 1, "findings": [], "pad": "${'x'.repeat(17 * 1024 * 1024)}"}`);
    assert.equal(await cache.get('fifo', 'a.py'), undefined);
    assert.equal(await cache.get('zero', 'a.py'), undefined);
    assert.equal(await cache.get('huge', 'a.py'), undefined);
  });

  it('is bounded: past the cap, entries this run did not use go, oldest first', async () => {
    const old = new ResultCache(dir, '1', 3);
    for (const k of ['a', 'b', 'c', 'd']) await old.put(k, []);
    const run = new ResultCache(dir, '1', 3);
    await run.get('a', 'x.py');
    await run.put('e', []);
    assert.equal(await run.prune(), 2);
    const left = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
    assert.equal(left.length, 3);
    assert.ok(left.includes('a.json') && left.includes('e.json'), left.join());
  });

  it('the project root is the nearest folder with pyproject.toml, package.json or .git', () => {
    mkdirSync(join(dir, 'p', 'src', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'p', 'pyproject.toml'), '');
    assert.equal(projectRoot(join(dir, 'p', 'src', 'pkg')), join(dir, 'p'));
  });

  describe('docwright check with the cache', function () {
    this.timeout(60000);
    const SOURCE = (name: string) => `def ${name}(a):\n    """Do.\n\n    Args:\n        b: gone.\n    """\n    return a\n`;
    let project: string;
    beforeEach(() => {
      project = join(dir, 'project');
      mkdirSync(project);
      writeFileSync(join(project, 'pyproject.toml'), '[tool.docwright]\nstyle = "google"\n');
      for (let i = 0; i < 6; i++) writeFileSync(join(project, `m${i}.py`), SOURCE(`f${i}`));
    });
    // The shim that starts the CLI goes outside the project, so only the project's files are checked.
    const check = (...extra: string[]) => runCliSync(['check', '--format', 'json', ...extra, '.'], project, { shimDir: dir });
    const entries = () => readdirSync(join(project, '.docwright_cache')).filter((n) => n.endsWith('.json'));

    it('a warm run gives what the cold run gave; a changed file, configuration or version is checked again', () => {
      const cold = check('--no-cache');
      const first = check();
      assert.equal(first.stdout, cold.stdout);
      assert.equal(entries().length, 6);
      assert.equal(readFileSync(join(project, '.docwright_cache', '.gitignore'), 'utf8').trim().split('\n').pop(), '*');
      // Findings come from the cache: an entry edited by hand shows (proof it was read, not recomputed).
      const [name] = entries();
      const path = join(project, '.docwright_cache', name);
      const entry = JSON.parse(readFileSync(path, 'utf8')) as { findings: { message: string }[] };
      entry.findings[0].message = 'from the cache';
      writeFileSync(path, JSON.stringify(entry));
      assert.match(check().stdout, /from the cache/);
      // A changed file: its new findings.
      writeFileSync(join(project, 'm0.py'), SOURCE('g0').replace('b: gone.', 'a: kept.'));
      const changed = JSON.parse(check().stdout) as { file: string; code: string }[];
      assert.ok(!changed.some((f) => f.file.endsWith('m0.py') && f.code === 'DW101'));
      // A changed configuration: checked again (the edited entry is not used).
      writeFileSync(join(project, 'pyproject.toml'), '[tool.docwright]\nstyle = "google"\nignore = ["DW601"]\n');
      const reconfigured = check();
      assert.doesNotMatch(reconfigured.stdout, /from the cache/);
      assert.doesNotMatch(reconfigured.stdout, /DW601/);
      // Corrupt entries: misses, the run is still right.
      for (const n of entries()) writeFileSync(join(project, '.docwright_cache', n), '{');
      assert.equal(check().stdout, check('--no-cache').stdout);
    });

    it('a new Docwright version does not read the old entries', async () => {
      const cache = new ResultCache(join(project, '.docwright_cache'), 'another-version');
      const bytes = readFileSync(join(project, 'm1.py'));
      const key = cache.key(bytes, 'x');
      assert.notEqual(key, new ResultCache(join(project, '.docwright_cache'), 'a-third').key(bytes, 'x'));
    });

    it('two runs at once share the cache: both right, nothing corrupt left', async () => {
      for (let i = 6; i < 40; i++) writeFileSync(join(project, `m${i}.py`), SOURCE(`f${i}`));
      const expected = check('--no-cache').stdout;
      const [a, b] = await Promise.all([runCli(['check', '--format', 'json', '.'], project, { shimDir: dir }), runCli(['check', '--format', 'json', '.'], project, { shimDir: dir })]);
      assert.equal(a.stdout, expected);
      assert.equal(b.stdout, expected);
      for (const n of entries()) JSON.parse(readFileSync(join(project, '.docwright_cache', n), 'utf8'));
      assert.deepEqual(readdirSync(join(project, '.docwright_cache')).filter((n) => n.endsWith('.tmp')), []);
      assert.equal(check().stdout, expected);
    });

    it('--cache-dir puts it elsewhere; --no-cache writes none', () => {
      check('--no-cache');
      assert.throws(() => entries());
      const elsewhere = join(dir, 'elsewhere');
      check('--cache-dir', elsewhere);
      assert.equal(readdirSync(elsewhere).filter((n) => n.endsWith('.json')).length, 6);
    });
  });
});
