/** Batch state files: atomic writes, the version check, caps, no key ever, and the cache leaving batches/ alone. */
import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescriptionCache, descriptionCacheKey } from '../../../src/core/ai/cache';
import type { AiClientConfig } from '../../../src/core/ai/client';
import {
  BATCH_STATE_VERSION, BatchStateError, connectionOf, customIdOf, listStates, newLocalId, readState, sourceHashOf, statePath, writeState,
  type BatchState,
} from '../../../src/core/ai/batch/state';
import { ATOMIC_TEMP_FILE, writeFileAtomic } from '../../../src/core/io/atomicWrite';
import type { DocAnswer } from '../../../src/core/ai/schema';

const KEY = 'sk-test-0123456789abcdefSECRET';
const HASH = 'a'.repeat(64);

function config(over: Partial<AiClientConfig> = {}): AiClientConfig {
  return { provider: 'openai', apiKey: KEY, model: 'gpt-4o-mini', timeoutMs: 1000, deadlineMs: 5000, maxRetries: 2, ...over };
}

function stateOf(localId: string, over: Partial<BatchState> = {}): BatchState {
  return {
    version: 1,
    localId,
    createdAt: '2026-11-30T01:00:00.000Z',
    engine: 'openai',
    ...connectionOf(config()),
    promptVersion: '2-abc',
    groupSize: 5,
    projectRoot: '/work/project',
    phase: 'built',
    estimate: { requests: 1, promptTokens: 900, completionTokens: 3000, costUsd: 0.001 },
    files: { 'src/a.py': { language: 'python', style: 'google', submittedHash: HASH } },
    requests: {
      [customIdOf(localId, 1)]: {
        file: 'src/a.py',
        members: [
          { id: '1', symbolId: 'function:f#1', namePath: ['f'], kind: 'function', sourceHash: sourceHashOf('def f(): pass'), cacheKey: HASH },
          { id: '2', symbolId: 'method:A.g#1', namePath: ['A', 'g'], kind: 'method', sourceHash: sourceHashOf('def g(self): pass'), cacheKey: HASH },
        ],
      },
    },
    ...over,
  };
}

describe('batch state', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'docwright-batch-state-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('local ids are b-YYYYMMDD-<6 hex> (UTC date) and differ; custom ids are <localId>-<6 digits>', () => {
    const at = Date.UTC(2026, 10, 30, 23, 59);
    const a = newLocalId(at);
    const b = newLocalId(at);
    assert.match(a, /^b-20261130-[0-9a-f]{6}$/);
    assert.notEqual(a, b);
    assert.equal(customIdOf('b-20261130-a1b2c3', 42), 'b-20261130-a1b2c3-000042');
    assert.ok(customIdOf(a, 999_999).length < 64);
    assert.equal(statePath('/x/ai', a), join('/x/ai', 'batches', `${a}.json`));
  });

  it('sourceHashOf ignores CRLF and trailing whitespace, not other edits', () => {
    const base = sourceHashOf('def f(x):\n    return x\n');
    assert.match(base, /^[0-9a-f]{64}$/);
    assert.equal(sourceHashOf('def f(x):  \r\n    return x\t\r\n'), base);
    assert.notEqual(sourceHashOf('def f(x):\n    return x + 1\n'), base);
    assert.notEqual(sourceHashOf('def f(x):\n  return x\n'), base, 'leading indentation counts');
  });

  it('round trip: writeState then readState and listStates give the state back; no temporary file is left', async () => {
    const state = stateOf(newLocalId());
    const path = await writeState(root, state);
    assert.equal(path, statePath(root, state.localId));
    assert.deepEqual(await readState(path), state);
    const listing = await listStates(root);
    assert.deepEqual(listing.problems, []);
    assert.deepEqual(listing.states, [{ path, state }]);
    assert.deepEqual(readdirSync(join(root, 'batches')), [`${state.localId}.json`]);
    // A phase change is one more atomic write over the same file.
    await writeState(root, { ...state, phase: 'uploaded', remote: { inputFileId: 'file-1' } });
    assert.equal((await readState(path)).phase, 'uploaded');
    assert.deepEqual(readdirSync(join(root, 'batches')), [`${state.localId}.json`]);
  });

  it('a state built from a config with an API key holds no key; a state given a key field is refused, nothing written', async () => {
    const state = stateOf(newLocalId(), { ...connectionOf(config({ provider: 'azure', endpoint: 'https://r.openai.azure.com', deployment: 'dep', apiVersion: '2024-10-21' })) });
    const path = await writeState(root, state);
    const text = readFileSync(path, 'utf8');
    assert.ok(!text.includes(KEY), 'the key is not in the file');
    assert.ok(!/apiKey|api_key/i.test(text));
    assert.equal(JSON.parse(text).deployment, 'dep');

    const leaky = { ...stateOf(newLocalId()), apiKey: KEY } as unknown as BatchState;
    await assert.rejects(writeState(root, leaky), (error: Error) => error instanceof BatchStateError && /apiKey/.test(error.message) && !error.message.includes(KEY));
    assert.equal((await listStates(root)).states.length, 1, 'the leaky state was not written');
    // Spreading the whole config in is refused the same way.
    const spread = { ...stateOf(newLocalId()), ...config() } as unknown as BatchState;
    await assert.rejects(writeState(root, spread), BatchStateError);
  });

  it('refuses another version with a clear message naming the file', async () => {
    const state = stateOf(newLocalId());
    const path = await writeState(root, state);
    writeFileSync(path, JSON.stringify({ ...state, version: 2 }));
    await assert.rejects(readState(path), (error: Error) => {
      assert.ok(error instanceof BatchStateError);
      assert.ok(error.message.startsWith(`${path}: `), error.message);
      assert.match(error.message, /version 2, written by another version of Docwright; this version reads version 1 only/);
      return true;
    });
    assert.equal(BATCH_STATE_VERSION, 1);
  });

  it('refuses what is not a valid state, naming the file and the field', async () => {
    const path = join(root, 'x.json');
    writeFileSync(path, '{ not json');
    await assert.rejects(readState(path), /x\.json: not a batch state: not JSON/);
    writeFileSync(path, JSON.stringify({ ...stateOf('b-20261130-a1b2c3'), phase: 'done' }));
    await assert.rejects(readState(path), /x\.json: not a valid batch state: phase/);
    const escaping = stateOf('b-20261130-a1b2c3');
    escaping.files = { '../outside.py': escaping.files['src/a.py'] };
    escaping.requests['b-20261130-a1b2c3-000001'].file = '../outside.py';
    writeFileSync(path, JSON.stringify(escaping));
    await assert.rejects(readState(path), /inside the project/);
    const orphan = stateOf('b-20261130-a1b2c3');
    orphan.requests['b-20261130-a1b2c3-000001'].file = 'src/b.py';
    writeFileSync(path, JSON.stringify(orphan));
    await assert.rejects(readState(path), /src\/b\.py is not among the files/);
  });

  it('caps the size read, and refuses a FIFO without hanging', async () => {
    const state = stateOf(newLocalId());
    const path = await writeState(root, state);
    await assert.rejects(readState(path, 100), /over the size limit of 100 bytes/);
    if (process.platform !== 'win32') {
      const { execFileSync } = await import('node:child_process');
      const fifo = join(root, 'fifo.json');
      execFileSync('mkfifo', [fifo]);
      await assert.rejects(readState(fifo), /FIFO/);
    }
  });

  it('listStates reports broken state files and goes on; no batches/ folder is an empty listing', async () => {
    assert.deepEqual(await listStates(root), { states: [], problems: [] });
    const good = stateOf('b-20261130-aaaaaa');
    await writeState(root, good);
    writeFileSync(join(root, 'batches', 'b-20261130-bbbbbb.json'), '{"version":1}');
    writeFileSync(join(root, 'batches', 'b-20261130-cccccc.json'), JSON.stringify(stateOf('b-20261130-dddddd')));
    writeFileSync(join(root, 'batches', 'b-20261130-aaaaaa.input.jsonl'), '{}\n');
    writeFileSync(join(root, 'batches', 'notes.txt'), 'not a state');
    const listing = await listStates(root);
    assert.deepEqual(listing.states.map((s) => s.state.localId), ['b-20261130-aaaaaa']);
    assert.deepEqual(listing.problems.map((p) => p.path.split(/[\\/]/).pop()), ['b-20261130-bbbbbb.json', 'b-20261130-cccccc.json']);
    assert.match(listing.problems[0].reason, /not a valid batch state/);
    assert.match(listing.problems[1].reason, /holds the batch b-20261130-dddddd/);
  });
});

describe('writeFileAtomic', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'docwright-atomic-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates and replaces a file, leaving no temporary file', async () => {
    const path = join(root, 'f.json');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, Buffer.from('two'));
    assert.equal(readFileSync(path, 'utf8'), 'two');
    assert.deepEqual(readdirSync(root), ['f.json']);
  });

  it('on failure the target is unchanged and the temporary file is removed', async () => {
    const path = join(root, 'f.json');
    await writeFileAtomic(path, 'old');
    // A folder where the file should go: the rename fails after the temporary file was written.
    const blocked = join(root, 'sub');
    await fs.mkdir(join(blocked, 'inner'), { recursive: true });
    await assert.rejects(writeFileAtomic(blocked, 'new'));
    assert.deepEqual(readdirSync(root).sort(), ['f.json', 'sub']);
    assert.equal(readFileSync(path, 'utf8'), 'old');
    assert.ok(!readdirSync(root).some((name) => ATOMIC_TEMP_FILE.test(name)));
    // A missing folder fails before anything is written.
    await assert.rejects(writeFileAtomic(join(root, 'missing', 'f.json'), 'x'), /ENOENT/);
  });

  it('the temporary name is the house pattern .docwright-<pid>-<hex>.tmp, beside the target', async () => {
    const path = join(root, 'f.json');
    const seen: string[] = [];
    const rename = fs.rename;
    (fs as { rename: typeof fs.rename }).rename = async (from, to) => {
      seen.push(String(from));
      return rename(from, to);
    };
    try {
      await writeFileAtomic(path, 'x');
    } finally {
      (fs as { rename: typeof fs.rename }).rename = rename;
    }
    assert.equal(seen.length, 1);
    assert.equal(join(seen[0], '..'), root);
    assert.match(seen[0].split(/[\\/]/).pop() ?? '', new RegExp(`^\\.docwright-${process.pid}-[0-9a-f]+\\.tmp$`));
  });
});

describe('DescriptionCache and batches/', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'docwright-cache-batches-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const answer = (summary: string): DocAnswer => ({ summary, description: null, params: [], returns: null, yields: null, raises: [], example: null });
  const key = (n: number) => descriptionCacheKey({ source: `def f${n}(): pass`, context: {}, style: 'google', model: 'gpt-4o', promptVersion: 'v' });

  it('never lists, evicts or clears the batch states beside its entries', async () => {
    const state = stateOf(newLocalId());
    const path = await writeState(root, state);
    const before = readFileSync(path, 'utf8');
    // Tiny disk bound: every write evicts older entries.
    const cache = new DescriptionCache({ directory: root, maxDiskBytes: 600 });
    for (let i = 0; i < 6; i++) await cache.set(key(i), answer(`Entry ${i} ${'x'.repeat(100)}.`));
    const stats = await cache.stats();
    assert.ok(stats.entries >= 1 && stats.entries < 6, `evicted down to ${stats.entries}`);
    assert.ok(stats.bytes <= 600, 'the states are not counted in the cache size');
    await cache.clear();
    assert.equal((await cache.stats()).entries, 0);
    assert.deepEqual(readdirSync(root), ['batches']);
    assert.equal(readFileSync(path, 'utf8'), before);
    assert.deepEqual((await listStates(root)).states.map((s) => s.state), [state]);
  });
});
