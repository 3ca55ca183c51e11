import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AsyncQueue } from '../../src/cli/asyncQueue';
import { mapInPool, poolSize } from '../../src/cli/pool';
import { parseArgs, UsageError } from '../../src/cli/args';
import { CHECK_WORKER } from '../../src/cli/checkAll';
import type { CheckInput, CheckOutcome } from '../../src/cli/checkFile';
import { runCliSync } from '../support/cli';

/** A worker that doubles numbers, throws on 13 inside its answer loop, and dies outright on 666. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, items }) => {
  if (items.includes(666)) process.exit(3);
  parentPort.postMessage({ id, results: items.map((n) => (n === 13 ? 'bad' : n * 2)) });
});
`;

describe('worker pool', () => {
  let dir: string;
  let script: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-pool-'));
    script = join(dir, 'worker.js');
    writeFileSync(script, WORKER);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const crashed = (item: number, reason: string) => `crashed ${item}: ${reason}`;

  it('gives results in input order, whatever worker finishes first, from an async source too', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    assert.deepEqual(await mapInPool(items, { script, size: 3, chunkSize: 4, crashed }), items.map((n) => (n === 13 ? 'bad' : n * 2)));
    async function* slow() {
      for (const n of items) {
        await new Promise((r) => setTimeout(r, n % 3));
        yield n;
      }
    }
    assert.deepEqual(await mapInPool(slow(), { script, size: 2, chunkSize: 3, crashed }), items.map((n) => (n === 13 ? 'bad' : n * 2)));
  });

  it('takes items from a queue filled while it runs (check hands files over as it reads them), in order', async () => {
    const queue = new AsyncQueue<number>();
    const items = Array.from({ length: 30 }, (_, i) => i + 100);
    const running = mapInPool(queue, { script, size: 2, chunkSize: 4, crashed });
    for (const n of items) {
      queue.push(n);
      if (n % 7 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    queue.close();
    assert.deepEqual(await running, items.map((n) => n * 2));
    assert.throws(() => queue.push(1), /push after close/);
  });

  it('a worker that dies before its first chunk (its script fails to load) gives crashed results, never a run that stops without a word', async function () {
    this.timeout(20_000);
    const broken = join(dir, 'broken.js');
    writeFileSync(broken, "throw new Error('cannot load');\n");
    const queue = new AsyncQueue<number>();
    const running = mapInPool(queue, { script: broken, size: 2, chunkSize: 1, crashed });
    for (const n of [1, 2, 3]) {
      await new Promise((r) => setTimeout(r, 300));
      queue.push(n);
    }
    queue.close();
    const results = await running;
    assert.equal(results.length, 3);
    for (const [i, result] of results.entries()) assert.match(String(result), new RegExp(`^crashed ${i + 1}: .*cannot load`));
  });

  it('a worker that crashes loses only its chunk; a new worker carries on', async () => {
    const items = [1, 2, 3, 666, 5, 6, 7, 8, 9];
    const results = await mapInPool(items, { script, size: 2, chunkSize: 2, crashed });
    assert.deepEqual(results.slice(0, 2), [2, 4]);
    assert.match(String(results[2]), /^crashed 3: the worker exited \(code 3\)/);
    assert.match(String(results[3]), /^crashed 666: /);
    assert.deepEqual(results.slice(4), [10, 12, 14, 16, 18]);
  });

  it('nothing to do: no results', async () => {
    assert.deepEqual(await mapInPool([], { script, size: 2, crashed }), []);
  });

  it('sizes the pool by the cores and the work; --jobs is a whole number of threads', () => {
    assert.equal(poolSize(4, 2), 2);
    assert.equal(poolSize(1, 100), 1);
    assert.ok(poolSize(undefined, 1000) >= 1);
    assert.equal(parseArgs(['check', '--jobs', '3', 'x.py']).jobs, 3);
    assert.equal(parseArgs(['check', 'x.py']).jobs, undefined);
    assert.throws(() => parseArgs(['check', '--jobs', '0', 'x.py']), UsageError);
    assert.throws(() => parseArgs(['check', '--jobs', 'many', 'x.py']), UsageError);
  });

  it('the check worker gives what checking in this process gives, a file that does not parse as its problem', async () => {
    const settings = { style: 'google', types: 'auto', quote: '"""', severities: {}, ignore: new Set(['DW601']), minSeverity: 'information' } as unknown as CheckInput['settings'];
    const inputs: CheckInput[] = [
      { path: 'a.py', text: 'def f(a):\n    """Do.\n\n    Args:\n        b: gone.\n    """\n    return a\n', language: 'python', settings },
      { path: 'broken.py', text: 'def f(:\n', language: 'python', settings },
      { path: 'c.ts', text: '/** Do. @param x gone */\nexport function f(a: number) {}\n', language: 'typescript', settings },
    ];
    const { checkInput } = await import('../../src/cli/checkFile');
    const local: CheckOutcome[] = [];
    for (const input of inputs) local.push(await checkInput(input));
    const pooled = await mapInPool<CheckInput, CheckOutcome>(inputs, { script: CHECK_WORKER, size: 2, chunkSize: 1, crashed: (item, reason) => ({ problem: `${item.path}: ${reason}` }) });
    assert.deepEqual(pooled, local);
    assert.ok('findings' in pooled[0] && pooled[0].findings.length > 0);
    assert.ok('problem' in pooled[1] && /broken\.py:1:\d+: the file does not parse/.test(pooled[1].problem));
  });

  it('docwright check --jobs 2 prints what --jobs 1 prints, a broken file reported and the run going on', function () {
    this.timeout(60000);
    const project = mkdtempSync(join(tmpdir(), 'docwright-jobs-'));
    try {
      writeFileSync(join(project, 'pyproject.toml'), '[project]\nname = "x"\n');
      for (let i = 0; i < 12; i++) writeFileSync(join(project, `m${String(i).padStart(2, '0')}.py`), i === 5 ? 'def f(:\n' : `def f${i}(a):\n    \"\"\"Do.\n\n    Args:\n        b: gone.\n    \"\"\"\n    return a\n`);
      const one = runCliSync(['check', '--jobs', '1', '--format', 'json', '.'], project);
      const two = runCliSync(['check', '--jobs', '2', '--format', 'json', '.'], project);
      assert.equal(one.code, 1);
      assert.equal(two.code, 1);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      assert.match(two.stderr, /m05\.py:1:\d+: the file does not parse/);
      assert.equal((JSON.parse(two.stdout) as unknown[]).length, 11 * 3);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
