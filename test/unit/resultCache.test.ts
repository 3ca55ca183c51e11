import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configHash, projectRoot, ResultCache, SETTLE_MS, statSignature } from '../../src/cli/resultCache';
import { contentHash } from '../../src/cli/safeFs';
import type { Reported } from '../../src/cli/report';
import { runCli, runCliSync } from '../support/cli';

const finding = (file: string, line: number): Reported => ({ file, line, column: 1, endLine: line, endColumn: 2, code: 'DW101', severity: 'warning', symbol: 'f', message: 'm' });

describe('result cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'docwright-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keys on the bytes, the version and the configuration', () => {
    const cache = new ResultCache(dir, '1.0.0');
    const bytes = contentHash(Buffer.from('def f(): pass\n'));
    const config = configHash({ style: 'google', ignore: new Set(['DW101', 'DW102']) });
    assert.equal(config, configHash({ ignore: new Set(['DW102', 'DW101']), style: 'google' }), 'order does not matter');
    const key = cache.key(bytes, config);
    assert.notEqual(cache.key(contentHash(Buffer.from('def f(): pass \n')), config), key);
    assert.notEqual(cache.key(bytes, configHash({ style: 'numpy', ignore: new Set(['DW101', 'DW102']) })), key);
    assert.notEqual(new ResultCache(dir, '1.0.1').key(bytes, config), key);
  });

  it('stores findings without the path, gives them back for any path; a corrupt or foreign entry is a miss', async () => {
    const cache = new ResultCache(dir, '1');
    await cache.put('k1', { findings: [finding('a.py', 3)] }, 'a.py');
    assert.deepEqual(await cache.get('k1', 'b.py'), { findings: [finding('b.py', 3)] });
    await cache.put('k4', { problem: 'a.py:3:1: the file does not parse', lasting: true }, 'a.py');
    assert.deepEqual(await cache.get('k4', 'b.py'), { problem: 'b.py:3:1: the file does not parse', lasting: true });
    assert.equal(await cache.get('absent', 'a.py'), undefined);
    writeFileSync(join(dir, 'k2.json'), '{"format": 2, "findings": [');
    assert.equal(await cache.get('k2', 'a.py'), undefined);
    writeFileSync(join(dir, 'k3.json'), '{"format": 2, "findings": [{"nope": 1}]}');
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
    for (const k of ['a', 'b', 'c', 'd']) await old.put(k, { findings: [] }, 'x.py');
    const run = new ResultCache(dir, '1', 3);
    await run.get('a', 'x.py');
    await run.put('e', { findings: [] }, 'x.py');
    assert.equal(await run.prune(), 2);
    const left = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
    assert.equal(left.length, 3);
    assert.ok(left.includes('a.json') && left.includes('e.json'), left.join());
  });

  describe('the stat index', () => {
    const later = () => Date.now() + 2 * SETTLE_MS;
    const stats = (path: string) => statSync(path, { bigint: true });

    it('a file still within the settle time has no signature; a settled one has', () => {
      const path = join(dir, 'a.py');
      writeFileSync(path, 'x = 1\n');
      assert.equal(statSignature(stats(path)), undefined);
      assert.match(statSignature(stats(path), later()) ?? '', /^\d+:\d+:6:\d+:\d+$/);
    });

    it('answers an unchanged file from its stat, across runs, findings and lasting problems alike', async () => {
      const a = join(dir, 'a.py');
      const b = join(dir, 'b.py');
      writeFileSync(a, 'def f(a): pass\n');
      writeFileSync(b, 'def (:\n');
      const first = new ResultCache(dir, '1', undefined, later);
      await first.loadIndex();
      assert.equal(first.lookup(a, 'c'), undefined);
      first.remember(a, stats(a), later(), 'c', 'ka', { findings: [finding(a, 1)] });
      first.remember(b, stats(b), later(), 'c', 'kb', { problem: `${b}:1:5: the file does not parse`, lasting: true });
      await first.saveIndex();
      const second = new ResultCache(dir, '1', undefined, later);
      await second.loadIndex();
      assert.deepEqual(second.lookup(a, 'c'), { findings: [finding(a, 1)] });
      assert.deepEqual(second.lookup(b, 'c'), { problem: `${b}:1:5: the file does not parse`, lasting: true });
      assert.equal(second.lookup(a, 'another configuration'), undefined);
      const otherVersion = new ResultCache(dir, '2', undefined, later);
      await otherVersion.loadIndex();
      assert.equal(otherVersion.lookup(a, 'c'), undefined);
    });

    it('a file rewritten with the same size and its old modification time put back misses (its change time moved)', async () => {
      const a = join(dir, 'a.py');
      writeFileSync(a, 'def f(a): pass\n');
      const before = stats(a);
      const cache = new ResultCache(dir, '1', undefined, later);
      cache.remember(a, before, later(), 'c', 'ka', { findings: [] });
      await new Promise((r) => setTimeout(r, 50));
      writeFileSync(a, 'def g(b): pass\n');
      const seconds = Number(before.mtimeNs) / 1e9;
      utimesSync(a, seconds, seconds);
      const diff = stats(a).mtimeNs - before.mtimeNs;
      assert.ok(diff < 1_000_000n && diff > -1_000_000n, 'the modification time is back (to the millisecond)');
      assert.equal(cache.lookup(a, 'c'), undefined);
    });

    it('a file that may still be changing is not remembered; a corrupt or planted index is empty', async () => {
      const a = join(dir, 'a.py');
      writeFileSync(a, 'x = 1\n');
      // Settled against when reading began, not when the outcome is recorded (with threads, long after).
      const recordedLater = new ResultCache(dir, '1', undefined, later);
      recordedLater.remember(a, stats(a), Date.now(), 'c', 'ka', { findings: [] });
      await recordedLater.saveIndex();
      assert.ok(!existsSync(join(dir, 'index.json')));
      writeFileSync(join(dir, 'index.json'), '{"format": 2, "version": "1", "entries": {');
      const corrupt = new ResultCache(dir, '1', undefined, later);
      await corrupt.loadIndex();
      assert.equal(corrupt.lookup(a, 'c'), undefined);
      writeFileSync(join(dir, 'index.json'), JSON.stringify({ format: 2, version: '1', entries: { [a]: null, [join(dir, 'b.py')]: { s: 1 } } }));
      const planted = new ResultCache(dir, '1', undefined, later);
      await planted.loadIndex();
      assert.equal(planted.lookup(a, 'c'), undefined);
      assert.equal(planted.lookup(join(dir, 'b.py'), 'c'), undefined);
    });
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
    const entries = () => readdirSync(join(project, '.docwright_cache')).filter((n) => n.endsWith('.json') && n !== 'index.json');

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
      const bytes = contentHash(readFileSync(join(project, 'm1.py')));
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

    it('a file that does not parse is remembered too: the warm run says the same and checks nothing', () => {
      writeFileSync(join(project, 'broken.py'), 'def broken(:\n    pass\n');
      const cold = check('--no-cache');
      const first = check();
      assert.match(first.stderr, /broken\.py:1:\d+: the file does not parse/);
      assert.equal(first.stderr, cold.stderr);
      const stored = entries().map((n) => JSON.parse(readFileSync(join(project, '.docwright_cache', n), 'utf8')) as { problem?: string });
      const problem = stored.find((e) => e.problem);
      assert.ok(problem && !problem.problem!.includes('broken.py'), 'stored without its path');
      const warm = check();
      assert.equal(warm.stderr, cold.stderr);
      assert.equal(warm.stdout, cold.stdout);
    });

    it('a settled file is answered from the stat index without being read; touching it reads it again', async () => {
      await new Promise((r) => setTimeout(r, SETTLE_MS + 300));
      const cold = check();
      const indexPath = join(project, '.docwright_cache', 'index.json');
      const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, { o: { findings: { message: string }[] } }> };
      assert.equal(Object.keys(index.entries).length, 6);
      const m0 = Object.keys(index.entries).find((p) => p.endsWith('m0.py'))!;
      index.entries[m0].o.findings[0].message = 'from the index';
      writeFileSync(indexPath, JSON.stringify(index));
      assert.match(check().stdout, /from the index/);
      // The same bytes written again: the stat moved, so the content entry answers (the real message).
      writeFileSync(join(project, 'm0.py'), readFileSync(join(project, 'm0.py')));
      const again = check();
      assert.doesNotMatch(again.stdout, /from the index/);
      assert.equal(again.stdout, cold.stdout);
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
