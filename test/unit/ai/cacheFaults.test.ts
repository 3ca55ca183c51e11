// A cache folder that cannot be created, read or written: one warning, the run goes on with the
// memory cache and the model is still asked. Creating the folder never loops (fs.mkdir's recursive
// mode does, forever, under /proc).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescriptionCache, descriptionCacheKey } from '../../../src/core/ai/cache';
import type { DocAnswer } from '../../../src/core/ai/schema';

const answer = (summary: string): DocAnswer => ({ summary, description: null, params: [], returns: null, yields: null, raises: [], example: null });
const key = (n: number) => descriptionCacheKey({ source: `def f${n}(): pass`, context: {}, style: 'google', model: 'gpt-4o', promptVersion: 'v' });

/** Three symbols through getOrCompute, as the describer calls it: every one must be computed (asked). */
async function runThree(cache: DescriptionCache): Promise<number> {
  let asked = 0;
  for (const n of [1, 2, 3]) {
    const got = await cache.getOrCompute(key(n), async () => (asked++, answer(`Answer ${n}.`)));
    assert.deepEqual(got, answer(`Answer ${n}.`));
  }
  // The memory cache still works: a second round asks nothing.
  for (const n of [1, 2, 3]) await cache.getOrCompute(key(n), async () => (asked++, answer('again')));
  return asked;
}

/** Settles within `ms`, or fails the test (instead of hanging mocha). */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('ai/cache faults', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'docwright-cache-faults-'))));
  afterEach(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a cache folder that is a file: one warning, every symbol is still asked, the memory cache works', async () => {
    const file = join(dir, 'cache');
    writeFileSync(file, 'not a folder');
    const warnings: string[] = [];
    const cache = new DescriptionCache({ directory: file, onDiskProblem: (reason) => warnings.push(reason) });
    assert.equal(await runThree(cache), 3);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /not a folder/);
    assert.equal((await cache.stats()).entries, 3, 'stats come from memory');
  });

  it('a cache folder under a file (ENOTDIR): one warning, every symbol is still asked', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    const warnings: string[] = [];
    const cache = new DescriptionCache({ directory: join(dir, 'file', 'deeper', 'cache'), onDiskProblem: (reason) => warnings.push(reason) });
    assert.equal(await runThree(cache), 3);
    assert.equal(warnings.length, 1, warnings.join('\n'));
  });

  it('creates missing parents level by level', async () => {
    const deep = join(dir, 'a', 'b', 'c');
    const warnings: string[] = [];
    const cache = new DescriptionCache({ directory: deep, onDiskProblem: (reason) => warnings.push(reason) });
    await cache.set(key(1), answer('One.'));
    assert.deepEqual(warnings, []);
    assert.deepEqual(readdirSync(deep), [`${key(1)}.json`]);
  });

  it('a folder where writes fail: reads still work, one warning, no error reaches the caller, no temporary file left', async () => {
    // Root writes into a 0o500 folder anyway; a folder in the way of each entry's file makes the write fail for anyone.
    await new DescriptionCache({ directory: dir }).set(key(1), answer('Stored.'));
    for (const n of [2, 3, 4, 5]) mkdirSync(join(dir, `${key(n)}.json`));
    const warnings: string[] = [];
    const cache = new DescriptionCache({ directory: dir, onDiskProblem: (reason) => warnings.push(reason) });
    assert.deepEqual(await cache.get(key(1)), answer('Stored.'), 'reads still work');
    let asked = 0;
    for (const n of [2, 3, 4]) assert.deepEqual(await cache.getOrCompute(key(n), async () => (asked++, answer(`A${n}.`))), answer(`A${n}.`));
    assert.equal(asked, 3);
    await cache.set(key(5), answer('Five.'));
    assert.deepEqual(await cache.get(key(5)), answer('Five.'), 'kept in memory');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /could not be written/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('a file in the folder far larger than any answer is a miss, not read', async () => {
    await new DescriptionCache({ directory: dir }).set(key(1), answer('Stored.'));
    const file = join(dir, `${key(1)}.json`);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { answer: DocAnswer };
    entry.answer.description = 'x'.repeat(1024 * 1024);
    writeFileSync(file, JSON.stringify(entry));
    assert.equal(await new DescriptionCache({ directory: dir }).get(key(1)), undefined);
  });

  it('a read-only folder (skipped as root, where chmod does not stop writes)', async function () {
    if (process.getuid?.() === 0) this.skip();
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    await new DescriptionCache({ directory: ro }).set(key(1), answer('Stored.'));
    chmodSync(ro, 0o500);
    try {
      const warnings: string[] = [];
      const cache = new DescriptionCache({ directory: ro, onDiskProblem: (reason) => warnings.push(reason) });
      assert.deepEqual(await cache.get(key(1)), answer('Stored.'), 'reads still work');
      let asked = 0;
      for (const n of [2, 3, 4]) await cache.getOrCompute(key(n), async () => (asked++, answer(`A${n}.`)));
      assert.equal(asked, 3);
      assert.equal(warnings.length, 1, warnings.join('\n'));
    } finally {
      chmodSync(ro, 0o700);
    }
  });

  it('a folder under /proc: never loops; one warning and the symbols are still asked', async function () {
    if (!existsSync('/proc/self')) this.skip();
    this.timeout(10_000);
    const warnings: string[] = [];
    const cache = new DescriptionCache({ directory: '/proc/docwright-test/cache', onDiskProblem: (reason) => warnings.push(reason) });
    assert.equal(await within(5000, runThree(cache), 'a cache under /proc'), 3);
    assert.equal(warnings.length, 1, warnings.join('\n'));
  });
});

describe('description cache: entries planted in the folder', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-cache-planted-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an entry that is a FIFO or a link to /dev/zero is a miss at once: no hang, no unbounded read', async () => {
    spawnSync('mkfifo', [join(dir, `${key(1)}.json`)]);
    symlinkSync('/dev/zero', join(dir, `${key(2)}.json`));
    const cache = new DescriptionCache({ directory: dir });
    const before = process.memoryUsage().rss;
    assert.equal(await within(5000, cache.get(key(1)), 'reading a FIFO entry'), undefined);
    assert.equal(await within(5000, cache.get(key(2)), 'reading a /dev/zero entry'), undefined);
    assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'the entry was read without a bound');
    assert.deepEqual(await cache.getOrCompute(key(1), async () => answer('Asked.')), answer('Asked.'));
  });
});
