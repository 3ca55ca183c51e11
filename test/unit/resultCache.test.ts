import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
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

  const savedIndex = () => JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: Record<string, { k: string }>; outcomes: Record<string, unknown> };

  it('stores findings without the path, gives them back for any path, across runs, in one file', async () => {
    const cache = new ResultCache(dir, '1');
    cache.put('k1', { findings: [finding('a.py', 3)] }, 'a.py');
    assert.deepEqual(cache.get('k1', 'b.py'), { findings: [finding('b.py', 3)] });
    cache.put('k4', { problem: 'a.py:3:1: the file does not parse', lasting: true }, 'a.py');
    assert.deepEqual(cache.get('k4', 'b.py'), { problem: 'b.py:3:1: the file does not parse', lasting: true });
    assert.equal(cache.get('absent', 'a.py'), undefined);
    await cache.saveIndex();
    assert.deepEqual(readdirSync(dir).sort(), ['.gitignore', 'index.json'], 'one file, no temporary file left');
    assert.deepEqual(savedIndex().outcomes.k1, { findings: [{ line: 3, column: 1, endLine: 3, endColumn: 2, code: 'DW101', severity: 'warning', symbol: 'f', message: 'm' }] }, 'stored without its path');
    assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n').filter((l) => !l.startsWith('#'))[0], '*');
    const next = new ResultCache(dir, '1');
    await next.loadIndex();
    assert.deepEqual(next.get('k1', 'c.py'), { findings: [finding('c.py', 3)] });
    const otherVersion = new ResultCache(dir, '2');
    await otherVersion.loadIndex();
    assert.equal(otherVersion.get('k1', 'c.py'), undefined);
  });

  it('a corrupt index, a bad outcome, or a planted index that is not a regular file (a FIFO, a link to /dev/zero) or is huge is empty, not a hang', async function () {
    this.timeout(10_000);
    const loaded = async () => {
      const cache = new ResultCache(dir, '1');
      await cache.loadIndex();
      return cache;
    };
    writeFileSync(join(dir, 'index.json'), '{"format": 3, "version": "1", "files": {}, "outcomes": {');
    assert.equal((await loaded()).get('k', 'a.py'), undefined);
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ format: 3, version: '1', files: {}, outcomes: { bad: { findings: [{ nope: 1 }] }, good: { findings: [] } } }));
    assert.equal((await loaded()).get('bad', 'a.py'), undefined);
    assert.deepEqual((await loaded()).get('good', 'a.py'), { findings: [] });
    rmSync(join(dir, 'index.json'));
    execFileSync('mkfifo', [join(dir, 'index.json')]);
    assert.equal((await loaded()).get('good', 'a.py'), undefined);
    rmSync(join(dir, 'index.json'));
    symlinkSync('/dev/zero', join(dir, 'index.json'));
    assert.equal((await loaded()).get('good', 'a.py'), undefined);
    rmSync(join(dir, 'index.json'));
    writeFileSync(join(dir, 'index.json'), '');
    truncateSync(join(dir, 'index.json'), 300 * 1024 * 1024); // sparse: over the 256 MB bound
    assert.equal((await loaded()).get('good', 'a.py'), undefined);
  });

  it('is bounded: past the cap, outcomes this run did not use go, oldest first; stale temporary files are removed', async () => {
    const old = new ResultCache(dir, '1', 3);
    for (const k of ['a', 'b', 'c', 'd']) old.put(k, { findings: [] }, 'x.py');
    await old.saveIndex();
    assert.deepEqual(Object.keys(savedIndex().outcomes), ['a', 'b', 'c', 'd'], 'all used by the run that stored them');
    const run = new ResultCache(dir, '1', 3);
    await run.loadIndex();
    run.get('a', 'x.py');
    run.put('e', { findings: [] }, 'x.py');
    await run.saveIndex();
    assert.deepEqual(Object.keys(savedIndex().outcomes), ['d', 'a', 'e']);
    writeFileSync(join(dir, `${'ab'.repeat(32)}.json`), '{"format": 2, "findings": []}');
    writeFileSync(join(dir, 'index.json.1.ab.tmp'), '');
    writeFileSync(join(dir, 'index.json.2.cd.tmp'), '');
    const hourAgo = Date.now() / 1000 - 3600;
    utimesSync(join(dir, 'index.json.1.ab.tmp'), hourAgo, hourAgo);
    assert.equal(await run.prune(), 1);
    assert.deepEqual(readdirSync(dir).sort(), ['.gitignore', `${'ab'.repeat(32)}.json`, 'index.json', 'index.json.2.cd.tmp'], 'no upgrade, so no entry file is touched; a young temporary file may be a write in progress');
  });

  it('after an upgrade from format 2, its entry files go, and nothing else: an AI answer or another file sharing the folder stays', async () => {
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ format: 2, version: '0.9.0', entries: {} }));
    const checkEntry = `${'ab'.repeat(32)}.json`;
    const problemEntry = `${'cd'.repeat(32)}.json`;
    const aiAnswer = `${'ef'.repeat(32)}.json`;
    writeFileSync(join(dir, checkEntry), '{"format": 2, "findings": []}');
    writeFileSync(join(dir, problemEntry), '{"format": 2, "problem": ":1:1: the file does not parse"}');
    writeFileSync(join(dir, aiAnswer), JSON.stringify({ version: 3, key: 'ef'.repeat(32), createdAt: 1, answer: { summary: 'x' } }));
    writeFileSync(join(dir, 'notes.json'), '{"format": 2, "findings": []}');
    const cache = new ResultCache(dir, '1');
    await cache.loadIndex();
    assert.equal(await cache.prune(), 2);
    assert.deepEqual(readdirSync(dir).sort(), [aiAnswer, 'index.json', 'notes.json']);
    assert.equal(await new ResultCache(join(dir, 'absent'), '1').prune(), 0);
  });

  it('two runs saving one after the other keep both their outcomes; the later run\'s word wins for a file both saw', async () => {
    const path = (name: string) => join(dir, name);
    for (const name of ['a.py', 'b.py', 'c.py']) writeFileSync(path(name), name);
    const settled = Date.now() + 2 * SETTLE_MS;
    const stat = (name: string) => statSync(path(name), { bigint: true });
    const first = new ResultCache(dir, '1');
    const second = new ResultCache(dir, '1');
    await first.loadIndex();
    await second.loadIndex();
    first.put('ka', { findings: [] }, path('a.py'));
    first.remember(path('a.py'), stat('a.py'), settled, 'c', 'ka');
    first.put('kc1', { findings: [] }, path('c.py'));
    first.remember(path('c.py'), stat('c.py'), settled, 'c', 'kc1');
    second.put('kb', { findings: [] }, path('b.py'));
    second.remember(path('b.py'), stat('b.py'), settled, 'c', 'kb');
    second.put('kc2', { findings: [] }, path('c.py'));
    second.remember(path('c.py'), stat('c.py'), settled, 'c', 'kc2');
    await first.saveIndex();
    await second.saveIndex();
    const index = savedIndex();
    assert.deepEqual(Object.keys(index.outcomes).sort(), ['ka', 'kb', 'kc1', 'kc2']);
    assert.deepEqual(Object.fromEntries(Object.entries(index.files).map(([p, e]) => [p.slice(dir.length + 1), e.k])), { 'a.py': 'ka', 'b.py': 'kb', 'c.py': 'kc2' });
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
      first.put('ka', { findings: [finding(a, 1)] }, a);
      first.remember(a, stats(a), later(), 'c', 'ka');
      first.put('kb', { problem: `${b}:1:5: the file does not parse`, lasting: true }, b);
      first.remember(b, stats(b), later(), 'c', 'kb');
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
      cache.put('ka', { findings: [] }, a);
      cache.remember(a, before, later(), 'c', 'ka');
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
      recordedLater.remember(a, stats(a), Date.now(), 'c', 'ka');
      await recordedLater.saveIndex();
      assert.ok(!existsSync(join(dir, 'index.json')));
      writeFileSync(join(dir, 'index.json'), '{"format": 3, "version": "1", "files": {');
      const corrupt = new ResultCache(dir, '1', undefined, later);
      await corrupt.loadIndex();
      assert.equal(corrupt.lookup(a, 'c'), undefined);
      writeFileSync(join(dir, 'index.json'), JSON.stringify({ format: 3, version: '1', files: { [a]: null, [join(dir, 'b.py')]: { s: 1 } }, outcomes: {} }));
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
    const indexPath = () => join(project, '.docwright_cache', 'index.json');
    type Index = { files: Record<string, { k: string }>; outcomes: Record<string, { findings?: { message: string }[]; problem?: string }> };
    const index = (): Index => JSON.parse(readFileSync(indexPath(), 'utf8')) as Index;

    it('a warm run gives what the cold run gave; a changed file, configuration or version is checked again', () => {
      const cold = check('--no-cache');
      const first = check();
      assert.equal(first.stdout, cold.stdout);
      assert.equal(Object.keys(index().outcomes).length, 6);
      assert.deepEqual(readdirSync(join(project, '.docwright_cache')).sort(), ['.gitignore', 'index.json']);
      assert.equal(readFileSync(join(project, '.docwright_cache', '.gitignore'), 'utf8').trim().split('\n').pop(), '*');
      // Findings come from the cache: an outcome edited by hand shows (proof it was read, not recomputed).
      const edited = index();
      Object.values(edited.outcomes)[0].findings![0].message = 'from the cache';
      writeFileSync(indexPath(), JSON.stringify(edited));
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
      // A corrupt index: every file a miss, the run still right, the index written anew.
      writeFileSync(indexPath(), '{');
      assert.equal(check().stdout, check('--no-cache').stdout);
      assert.equal(Object.keys(index().outcomes).length > 0, true);
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
      assert.equal(Object.keys(index().outcomes).length, 40, 'every file\'s outcome, nothing lost to the other run');
      assert.deepEqual(readdirSync(join(project, '.docwright_cache')).filter((n) => n.endsWith('.tmp')), []);
      assert.equal(check().stdout, expected);
    });

    it('a file that does not parse is remembered too: the warm run says the same and checks nothing', () => {
      writeFileSync(join(project, 'broken.py'), 'def broken(:\n    pass\n');
      const cold = check('--no-cache');
      const first = check();
      assert.match(first.stderr, /broken\.py:1:\d+: the file does not parse/);
      assert.equal(first.stderr, cold.stderr);
      const problem = Object.values(index().outcomes).find((e) => e.problem);
      assert.ok(problem && !problem.problem!.includes('broken.py'), 'stored without its path');
      const warm = check();
      assert.equal(warm.stderr, cold.stderr);
      assert.equal(warm.stdout, cold.stdout);
    });

    it('a settled file is answered from the stat index without being read; touching it reads it again', async () => {
      await new Promise((r) => setTimeout(r, SETTLE_MS + 300));
      check();
      const stored = index();
      assert.equal(Object.keys(stored.files).length, 6);
      const m0 = Object.keys(stored.files).find((p) => p.endsWith('m0.py'))!;
      stored.outcomes[stored.files[m0].k].findings![0].message = 'from the index';
      writeFileSync(indexPath(), JSON.stringify(stored));
      const fromIndex = check();
      assert.match(fromIndex.stdout, /from the index/);
      // The same bytes written again: the stat moved, so the file is read; its bytes' key still
      // answers (the edited message), and its stat, not settled, is no longer in the index.
      writeFileSync(join(project, 'm0.py'), readFileSync(join(project, 'm0.py')));
      assert.equal(check().stdout, fromIndex.stdout);
      assert.equal(index().files[m0], undefined);
    });

    it('--cache-dir puts it elsewhere; --no-cache writes none', () => {
      check('--no-cache');
      assert.throws(() => index());
      const elsewhere = join(dir, 'elsewhere');
      check('--cache-dir', elsewhere);
      assert.equal(Object.keys((JSON.parse(readFileSync(join(elsewhere, 'index.json'), 'utf8')) as Index).outcomes).length, 6);
    });
  });
});
