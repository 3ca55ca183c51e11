import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FORMAT_VERSION, DescriptionCache, descriptionCacheKey } from '../../../src/core/ai/cache';
import type { DocAnswer } from '../../../src/core/ai/schema';

const answer = (summary: string): DocAnswer => ({ summary, description: null, params: [], returns: null, yields: null, raises: [], example: null });
const key = (n: number) => descriptionCacheKey({ source: `def f${n}(): pass`, context: {}, style: 'google', model: 'gpt-4o', promptVersion: 'v' });
const bytesOf = (k: string, a: DocAnswer) => Buffer.byteLength(JSON.stringify({ version: CACHE_FORMAT_VERSION, key: k, createdAt: 1_700_000_000_000, answer: a }));

describe('ai/cache', () => {
  let dir: string;
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-cache-'));
    clock = 1_700_000_000_000;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keys on normalised source, context, style, model and prompt version', () => {
    const base = { source: 'def f():\r\n    pass   \r\n\r\n', context: { classSignature: 'class A:' }, style: 'google', model: 'gpt-4o', promptVersion: '1' };
    const k = descriptionCacheKey(base);
    assert.match(k, /^[0-9a-f]{64}$/);
    assert.equal(descriptionCacheKey({ ...base, source: 'def f():\n    pass' }), k, 'line endings and trailing whitespace do not count');
    for (const change of [{ source: 'def g():\n    pass' }, { context: {} }, { style: 'numpy' }, { model: 'gpt-4.1' }, { promptVersion: '2' }, { fields: ['a'] }]) {
      assert.notEqual(descriptionCacheKey({ ...base, ...change }), k, JSON.stringify(change));
    }
  });

  it('counts hits and misses (memory only)', async () => {
    const cache = new DescriptionCache({ now });
    assert.equal(await cache.get(key(1)), undefined);
    await cache.set(key(1), answer('One.'));
    assert.deepEqual(await cache.get(key(1)), answer('One.'));
    const stats = await cache.stats();
    assert.deepEqual({ hits: stats.hits, misses: stats.misses, entries: stats.entries }, { hits: 1, misses: 1, entries: 1 });
    assert.equal(stats.bytes, bytesOf(key(1), answer('One.')));
  });

  it('evicts the least recently used entries beyond the memory byte bound', async () => {
    const one = bytesOf(key(1), answer('x'.repeat(100)));
    const cache = new DescriptionCache({ maxMemoryBytes: one * 2 + 10, now });
    await cache.set(key(1), answer('x'.repeat(100)));
    await cache.set(key(2), answer('y'.repeat(100)));
    await cache.get(key(1));
    await cache.set(key(3), answer('z'.repeat(100)));
    assert.ok(await cache.get(key(1)));
    assert.equal(await cache.get(key(2)), undefined);
    assert.ok(await cache.get(key(3)));
    assert.ok((await cache.stats()).bytes <= one * 2 + 10);
  });

  it('round-trips through disk across instances', async () => {
    await new DescriptionCache({ directory: dir, now }).set(key(1), answer('Persisted.'));
    const again = new DescriptionCache({ directory: dir, now });
    assert.deepEqual(await again.get(key(1)), answer('Persisted.'));
    assert.deepEqual(await again.stats(), { hits: 1, misses: 0, entries: 1, bytes: readFileSync(join(dir, `${key(1)}.json`)).length });
  });

  it('ignores entries of another format version and corrupt files', async () => {
    writeFileSync(join(dir, `${key(1)}.json`), JSON.stringify({ version: CACHE_FORMAT_VERSION + 1, key: key(1), createdAt: clock, answer: answer('Future.') }));
    writeFileSync(join(dir, `${key(2)}.json`), '{"version": 1, "key": ');
    writeFileSync(join(dir, `${key(3)}.json`), JSON.stringify({ version: CACHE_FORMAT_VERSION, key: key(3), createdAt: clock, answer: { summary: 3 } }));
    const cache = new DescriptionCache({ directory: dir, now });
    for (const n of [1, 2, 3]) assert.equal(await cache.get(key(n)), undefined, String(n));
  });

  it('expires entries after the ttl, in memory and on disk', async () => {
    const cache = new DescriptionCache({ directory: dir, now, ttlMs: 1000 });
    await cache.set(key(1), answer('Old.'));
    clock += 999;
    assert.ok(await cache.get(key(1)));
    clock += 2;
    assert.equal(await cache.get(key(1)), undefined);
    assert.equal(await new DescriptionCache({ directory: dir, now, ttlMs: 1000 }).get(key(1)), undefined);
    assert.deepEqual(readdirSync(dir), [], 'the expired file is removed');
  });

  it('keeps the disk within its bound, evicting the least recently used first, across instances', async () => {
    const one = bytesOf(key(1), answer('a'.repeat(200)));
    const options = { directory: dir, now, maxDiskBytes: one * 3 + 10 };
    const first = new DescriptionCache(options);
    for (const n of [1, 2, 3]) {
      clock += 1000;
      await first.set(key(n), answer(String(n).repeat(200)));
    }
    // A new process uses entry 1; then entry 4 pushes the folder over its bound.
    const second = new DescriptionCache(options);
    clock += 1000;
    assert.ok(await second.get(key(1)));
    clock += 1000;
    await second.set(key(4), answer('4'.repeat(200)));
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, [key(1), key(3), key(4)].map((k) => `${k}.json`).sort(), 'entry 2 was the least recently used');
    const third = new DescriptionCache(options);
    assert.equal(await third.get(key(2)), undefined);
    assert.ok((await third.stats()).bytes <= one * 3 + 10);
  });

  it('runs concurrent identical requests once', async () => {
    const cache = new DescriptionCache();
    let calls = 0;
    const compute = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return answer('Shared.');
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.getOrCompute(key(1), compute)));
    assert.equal(calls, 1);
    for (const r of results) assert.deepEqual(r, answer('Shared.'));
    assert.deepEqual(await cache.getOrCompute(key(1), compute), answer('Shared.'));
    assert.equal(calls, 1);
    const stats = await cache.stats();
    assert.equal(stats.misses, 1);
    assert.equal(stats.hits, 5);
  });

  it('one caller\'s abort does not cancel the others; the work stops only when every caller left', async () => {
    const cache = new DescriptionCache();
    let release!: () => void;
    let workSignal!: AbortSignal;
    const compute = (signal: AbortSignal) => {
      workSignal = signal;
      return new Promise<DocAnswer>((resolve) => (release = () => resolve(answer('Done.'))));
    };
    const a = new AbortController();
    const first = cache.getOrCompute(key(1), compute, a.signal);
    const others = [cache.getOrCompute(key(1), compute), cache.getOrCompute(key(1), compute, new AbortController().signal)];
    await new Promise((r) => setTimeout(r, 5));
    a.abort(new Error('caller A cancelled'));
    await assert.rejects(first, /caller A cancelled/);
    assert.equal(workSignal.aborted, false);
    release();
    for (const r of await Promise.all(others)) assert.deepEqual(r, answer('Done.'));

    // Everyone gone: the shared work is told to stop, and nothing is cached.
    const b = new AbortController();
    const lonely = cache.getOrCompute(key(2), (signal) => new Promise<DocAnswer>((_, reject) => {
      workSignal = signal;
      signal.addEventListener('abort', () => reject(signal.reason));
    }), b.signal);
    await new Promise((r) => setTimeout(r, 5));
    b.abort(new Error('caller B cancelled'));
    await assert.rejects(lonely, /caller B cancelled/);
    assert.equal(workSignal.aborted, true);
    assert.equal(await cache.get(key(2)), undefined);
  });

  it('does not cache a failed computation', async () => {
    const cache = new DescriptionCache();
    await assert.rejects(cache.getOrCompute(key(1), async () => { throw new Error('bad answer'); }), /bad answer/);
    assert.deepEqual(await cache.getOrCompute(key(1), async () => answer('Second try.')), answer('Second try.'));
  });

  it('clear() empties memory and disk; export() writes a backup of every live entry', async () => {
    const cache = new DescriptionCache({ directory: dir, now });
    await cache.set(key(1), answer('One.'));
    await cache.set(key(2), answer('Two.'));
    const backup = join(mkdtempSync(join(tmpdir(), 'docwright-backup-')), 'cache.json');
    assert.equal(await cache.export(backup), 2);
    const written = JSON.parse(readFileSync(backup, 'utf8')) as { version: number; entries: { key: string; answer: DocAnswer }[] };
    assert.equal(written.version, CACHE_FORMAT_VERSION);
    assert.deepEqual(written.entries.map((e) => e.answer.summary).sort(), ['One.', 'Two.']);
    await cache.clear();
    assert.deepEqual(readdirSync(dir), []);
    assert.equal(await cache.get(key(1)), undefined);
    assert.equal((await cache.stats()).entries, 0);
    rmSync(join(backup, '..'), { recursive: true, force: true });
  });
});
