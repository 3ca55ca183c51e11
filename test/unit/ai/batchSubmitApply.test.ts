// A batch job in the core: built from files as an interactive run would ask (same prompts, groups
// and cache keys), sent phase by phase to the fake server with the real SDK (and resumed), and its
// answers applied to the files as they are now.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyToText } from '../../../src/core/ai/batch/apply';
import { createBatchEngine } from '../../../src/core/ai/batch/engine';
import { readOutputLine, type LineOutcome } from '../../../src/core/ai/batch/jsonl';
import { listStates, newLocalId, readState, statePath, writeState } from '../../../src/core/ai/batch/state';
import { buildBatch, jsonlBytes, sendBatch, splitBatch, type BatchFile } from '../../../src/core/ai/batch/submit';
import { DescriptionCache } from '../../../src/core/ai/cache';
import { requestBody, type AiClientConfig } from '../../../src/core/ai/client';
import { cacheKeyFor } from '../../../src/core/ai/describe';
import { contextFor } from '../../../src/core/ai/prompt';
import { extractSymbols } from '../../../src/core/extract';
import { docstringFor } from '../../../src/core/generate/plan';
import { answerGroup, answerSingle, FakeOpenAI, modelAnswer } from '../../support/fakeOpenAI';

const A = `"""Module a."""\n\n\ndef one(x):\n    return x\n\n\ndef two(y, z=2):\n    if y:\n        raise ValueError("y")\n    return y + z\n\n\nclass Box:\n    def put(self, item):\n        self.item = item\n`;
const B = `"""Module b."""\n\n\ndef alone(v):\n    return v\n`;
const SETTINGS = { style: 'google' as const, types: 'auto' as const, quote: '"""' as const };

function config(fake?: FakeOpenAI): AiClientConfig {
  return { provider: 'openai', apiKey: 'sk-batch-SECRET-key-1234', model: 'gpt-4o-mini', baseURL: fake?.baseURL ?? 'http://127.0.0.1:9/v1', timeoutMs: 2000, deadlineMs: 8000, maxRetries: 1 };
}
const files = (texts: Record<string, string>): BatchFile[] => Object.entries(texts).map(([path, text]) => ({ path, text, language: 'python', style: 'google' }));

/** The answer every request of `lines` gets: grouped or single, describing every listed name. */
function answersFor(lines: string[], over: (customId: string) => LineOutcome | undefined = () => undefined): Map<string, LineOutcome> {
  const map = new Map<string, LineOutcome>();
  for (const line of lines) {
    const { custom_id: customId, body } = JSON.parse(line) as { custom_id: string; body: unknown };
    const text = /### Symbol/.test(JSON.stringify(body)) ? answerGroup(body) : answerSingle(body);
    map.set(customId, over(customId) ?? { customId, ok: true, text, usage: { prompt: 100, completion: 20 } });
  }
  return map;
}

describe('batch: build, send, apply (core)', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-batch-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds one line per group, bodies exactly as the interactive client sends them, keys as an interactive run caches them', async () => {
    const cache = new DescriptionCache();
    // `one` is answered in the cache already: not sent.
    const { symbols } = await extractSymbols(A, 'python');
    const one = symbols.find((s) => s.name === 'one')!;
    await cache.set(cacheKeyFor(one, docstringFor(one, 'google'), A, contextFor(one, A, symbols), 'google', { model: 'gpt-4o-mini' }), JSON.parse(modelAnswer('Return x.', { x: 'The value.' }, 'x.')));
    const built = await buildBatch([...files({ 'a.py': A, 'b.py': B }), { path: 'broken.py', text: 'def (:\n', language: 'python', style: 'google' }], {
      localId: 'b-20261130-abcdef', createdAt: '2026-11-30T00:00:00.000Z', engine: 'openai', config: config(), groupSize: 5, projectRoot: dir, cache,
    });
    assert.equal(built.cached, 1);
    assert.deepEqual(built.skipped.map((s) => s.file), ['broken.py']);
    assert.equal(built.lines.length, 2, 'a.py: two, Box and put in one request; b.py: alone');
    const [first, second] = built.lines.map((l) => JSON.parse(l) as { custom_id: string; method: string; url: string; body: { messages: unknown[]; response_format: { json_schema: { name: string } }; max_completion_tokens: number } });
    assert.deepEqual([first.custom_id, first.method, first.url], ['b-20261130-abcdef-000001', 'POST', '/v1/chat/completions']);
    assert.equal(first.body.response_format.json_schema.name, 'docwright_docstrings');
    assert.equal(first.body.max_completion_tokens, 1800);
    assert.equal(second.body.response_format.json_schema.name, 'docwright_docstring', 'a lone symbol gets the single prompt');
    assert.deepEqual(first.body, requestBody(config(), { messages: first.body.messages as never, responseFormat: 'json_schema', jsonSchema: first.body.response_format.json_schema, maxOutputTokens: 1800, promptTokens: 0 }));
    const state = built.state;
    assert.deepEqual(Object.keys(state.files), ['a.py', 'b.py']);
    assert.deepEqual(state.requests[first.custom_id].members.map((m) => [m.id, m.namePath.join('.')]), [['1', 'two'], ['2', 'Box'], ['3', 'Box.put']]);
    assert.equal(state.estimate.requests, 2);
    assert.ok(state.estimate.costUsd !== undefined && state.estimate.costUsd > 0, 'priced at the batch rate');
    assert.ok(!JSON.stringify(state).includes('SECRET'), 'no key in the state');
    assert.ok(!built.lines.join('').includes('SECRET'), 'no key in the requests');
  });

  it('sends phase by phase; a lost create answer is adopted by its tag on resume (one batch, one upload)', async () => {
    const fake = await FakeOpenAI.start();
    try {
      const built = await buildBatch(files({ 'a.py': A }), { localId: newLocalId(), createdAt: new Date().toISOString(), engine: 'openai', config: config(fake), groupSize: 5, projectRoot: dir });
      const engine = createBatchEngine({ ...config(fake), timeoutMs: 300, maxRetries: 0 }, { backoff: { baseDelayMs: 1, maxDelayMs: 2 } });
      fake.failNext('batches.create', { kind: 'hang' });
      await assert.rejects(sendBatch(built.state, async () => jsonlBytes(built.lines), engine, dir));
      const saved = await readState(statePath(dir, built.state.localId));
      assert.equal(saved.phase, 'uploaded', 'the upload is saved before the create');
      const sent = await sendBatch(saved, async () => assert.fail('not uploaded again'), createBatchEngine(config(fake)), dir);
      assert.equal(sent.phase, 'submitted');
      assert.equal(fake.calls('files.create').length, 1);
      assert.equal(fake.calls('batches.create').length, 1, 'the batch the lost answer created is adopted');
      assert.equal(sent.remote?.batchId, fake.batchIds()[0]);
      assert.equal(fake.file(saved.remote!.inputFileId!)?.bytes.toString('utf8'), built.lines.map((l) => `${l}\n`).join(''));
      const listed = await listStates(dir);
      assert.deepEqual(listed.states.map((s) => s.state.phase), ['submitted']);
    } finally {
      await fake.close();
    }
  });

  it('applies the answers to the files as they are now: stale, gone, documented meanwhile, failed, expired', async () => {
    const built = await buildBatch(files({ 'a.py': A }), { localId: 'b-20261130-000001', createdAt: '2026-11-30T00:00:00.000Z', engine: 'file', config: config(), groupSize: 2, projectRoot: dir });
    const requests = Object.entries(built.state.requests).map(([customId, entry]) => ({ customId, entry }));
    assert.deepEqual(requests.map((r) => r.entry.members.map((m) => m.namePath.join('.'))), [['one', 'two'], ['Box', 'Box.put']]);

    // All answered, nothing changed: every symbol documented, cache fills under the submitted keys.
    const clean = await applyToText({ file: 'a.py', text: A, language: 'python', requests, answers: answersFor(built.lines) }, SETTINGS);
    assert.deepEqual(clean.applied.map((r) => r.name), ['one', 'two', 'Box', 'Box.put']);
    assert.deepEqual(clean.cacheFills.map((f) => f.key), requests.flatMap((r) => r.entry.members.map((m) => m.cacheKey)));
    assert.doesNotMatch(clean.generation!.newText, /_summary_|_description_/);
    assert.equal((await extractSymbols(clean.generation!.newText, 'python')).symbols.filter((s) => !s.docstring).length, 0);

    // `one` edited, `two` documented by hand; Box's request expired.
    const now = A.replace('return x\n', 'return x * 2\n').replace('def two(y, z=2):\n', 'def two(y, z=2):\n    """Two, by hand."""\n');
    const expired = answersFor(built.lines, (id) => (id === requests[1].customId ? { customId: id, ok: false, code: 'batch_expired', message: 'expired' } : undefined));
    const later = await applyToText({ file: 'a.py', text: now, language: 'python', requests, answers: expired }, SETTINGS);
    assert.deepEqual(later.stale.map((s) => [s.name, s.reason]), [['one', 'changed']]);
    assert.deepEqual(later.alreadyDocumented.map((s) => s.name), ['two']);
    assert.deepEqual(later.expired.map((s) => s.name), ['Box', 'Box.put']);
    assert.equal(later.generation, undefined, 'nothing to write');

    // `put` deleted: gone, and its class changed with it; `one` and `two` applied.
    const without = A.replace('    def put(self, item):\n        self.item = item\n', '    pass\n');
    const gone = await applyToText({ file: 'a.py', text: without, language: 'python', requests, answers: answersFor(built.lines) }, SETTINGS);
    assert.deepEqual(gone.stale.map((s) => [s.name, s.reason]), [['Box', 'changed'], ['Box.put', 'gone']]);
    assert.deepEqual(gone.applied.map((s) => s.name), ['one', 'two']);

    // No result line at all, in a batch that completed: failed, not expired.
    const none = await applyToText({ file: 'a.py', text: A, language: 'python', requests, answers: new Map() }, SETTINGS);
    assert.deepEqual(none.failed.map((f) => f.reason), Array(4).fill('the results have no line for its request'));
    const cancelled = await applyToText({ file: 'a.py', text: A, language: 'python', requests, answers: new Map(), missing: 'cancelled' }, SETTINGS);
    assert.equal(cancelled.expired.length, 4);

    // One member's answer broken, the other kept; a line that failed with a 400.
    const broken = answersFor(built.lines, (id) => {
      if (id === requests[0].customId) return { customId: id, ok: true, text: answerGroup(JSON.parse(built.lines[0]).body, { broken: ['2'] }), usage: { prompt: 1, completion: 1 } };
      return { customId: id, ok: false, code: 'invalid_request_error', message: 'bad request' };
    });
    const partial = await applyToText({ file: 'a.py', text: A, language: 'python', requests, answers: broken }, SETTINGS);
    assert.deepEqual(partial.applied.map((r) => r.name), ['one']);
    assert.deepEqual(partial.failed.map((f) => [f.name, f.reason.split(':')[0]]), [['two', 'the answer was not usable'], ['Box', 'invalid_request_error'], ['Box.put', 'invalid_request_error']]);
    assert.match(partial.generation!.newText, /def one\(x\):\n {4}"""/);
    assert.match(partial.generation!.newText, /def two\(y, z=2\):\n {4}if y/, 'a failed member writes nothing, not even a template');
  });

  it('a job over the provider\'s limits becomes several batches: files kept whole, requests renumbered, estimates adding up', async () => {
    const C = `"""Module c."""\n\n\n${Array.from({ length: 5 }, (_, i) => `def c${i}(v):\n    return v\n`).join('\n\n')}`;
    const built = await buildBatch(files({ 'a.py': A, 'b.py': B, 'c.py': C }), { localId: 'b-20261130-00000a', createdAt: '2026-11-30T00:00:00.000Z', engine: 'openai', config: config(), groupSize: 1, projectRoot: dir });
    const perFile = (b: typeof built) => Object.values(b.state.requests).map((r) => r.file);
    assert.deepEqual(perFile(built), ['a.py', 'a.py', 'a.py', 'a.py', 'b.py', 'c.py', 'c.py', 'c.py', 'c.py', 'c.py']);
    assert.deepEqual(splitBatch(built, () => assert.fail('no new id'), { maxRequests: 10, maxBytes: 1e9 }), [built], 'within the limits: as it is');
    let n = 0;
    const newId = () => `b-20261130-${String(++n).padStart(6, '0')}`;
    const parts = splitBatch(built, newId, { maxRequests: 5, maxBytes: 1e9 });
    assert.deepEqual(parts.map(perFile), [['a.py', 'a.py', 'a.py', 'a.py', 'b.py'], ['c.py', 'c.py', 'c.py', 'c.py', 'c.py']]);
    const small = splitBatch(built, newId, { maxRequests: 3, maxBytes: 1e9 });
    assert.deepEqual(small.map(perFile), [['a.py', 'a.py', 'a.py'], ['a.py', 'b.py'], ['c.py', 'c.py', 'c.py'], ['c.py', 'c.py']], 'a file over the limit alone is split inside');
    const bySize = splitBatch(built, newId, { maxRequests: 100, maxBytes: built.lines.slice(0, 5).reduce((t, l) => t + Buffer.byteLength(l) + 1, 0) });
    assert.equal(bySize.length, 2, 'the byte limit');
    for (const part of [...parts, ...small, ...bySize]) {
      const ids = part.lines.map((l) => (JSON.parse(l) as { custom_id: string }).custom_id);
      assert.deepEqual(ids, Object.keys(part.state.requests), "each line is its state's request");
      assert.ok(ids.every((id, i) => id === `${part.state.localId}-${String(i + 1).padStart(6, '0')}`));
      assert.deepEqual(Object.keys(part.state.files).sort(), [...new Set(perFile(part))].sort());
      await writeState(dir, part.state); // each part is a valid state
    }
    const sum = (list: typeof parts, key: 'requests' | 'promptTokens' | 'completionTokens') => list.reduce((t, p) => t + p.state.estimate[key], 0);
    for (const list of [parts, small, bySize]) for (const key of ['requests', 'promptTokens', 'completionTokens'] as const) assert.equal(sum(list, key), built.state.estimate[key], key);
    const bodies = (list: typeof parts) => list.flatMap((p) => p.lines.map((l) => JSON.stringify((JSON.parse(l) as { body: unknown }).body)));
    assert.deepEqual(bodies(small), bodies([built]), 'the same requests, in the same order');
  });

  it('reads result lines as OpenAI and vLLM write them', () => {
    const ok = readOutputLine(JSON.stringify({ id: 'vllm-1', custom_id: 'b-1', response: { status_code: 200, request_id: 'r', body: { choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: '{"summary":"x"}' } }], usage: { prompt_tokens: 3, completion_tokens: 2 } } }, error: null }), []);
    assert.ok(ok?.ok && ok.text === '{"summary":"x"}');
    const failed = readOutputLine(JSON.stringify({ id: 'vllm-2', custom_id: 'b-2', response: { status_code: 400, request_id: 'r', body: null }, error: 'guided decoding failed' }), []);
    assert.ok(failed && !failed.ok && failed.code === 'http_400');
  });
});
