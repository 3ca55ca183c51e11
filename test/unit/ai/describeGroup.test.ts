// Grouped requests end to end: generateDocstrings + createAiGroupDescriber + the model client (real
// SDK) against the fake server, answers scripted per request in arrival order.
import assert from 'node:assert/strict';
import { DescriptionCache } from '../../../src/core/ai/cache';
import type { CompletionRequest, ModelClient } from '../../../src/core/ai/client';
import { cacheKeyFor } from '../../../src/core/ai/describe';
import { splitTokens } from '../../../src/core/ai/describeGroup';
import { chatTokens, contextFor } from '../../../src/core/ai/prompt';
import { createAiDescriber, createAiGroupDescriber, type AiRunEvent } from '../../../src/core/ai/service';
import { extractSymbols } from '../../../src/core/extract';
import { generateDocstrings } from '../../../src/core/generate/generateFile';
import { templateDocstring } from '../../../src/core/generate/template';
import { cutOff, modelAnswer, ok, quotaExceeded, status } from '../../support/fakeOpenAI';
import { useFakeModelServer } from '../../support/fakeModelServer';

const FUNCTIONS = 5;
/** Functions f1..fn, each with one parameter a<i>, under a module docstring (so only the functions are asked for). */
const functions = (n: number) => `"""Module."""\n\n\n${Array.from({ length: n }, (_, i) => `def f${i + 1}(a${i + 1}):\n    return a${i + 1}\n`).join('\n\n')}`;
const PY = functions(FUNCTIONS);

/** One member of a grouped answer: describes f<id>'s parameter. */
const member = (id: string, over: Record<string, unknown> = {}) => ({ id, summary: `Do thing ${id}.`, description: null, params: [{ name: `a${id}`, description: `Input ${id}.` }], returns: `Result ${id}.`, yields: null, raises: [], example: null, ...over });
const grouped = (...members: object[]) => JSON.stringify({ answers: members });
/** A single answer that describes the parameter of any f<i> (the names it does not have are dropped). */
const ALONE = modelAnswer('Alone.', Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`a${i + 1}`, 'Input.'])), 'R.');

interface Body {
  messages: { role: string; content: string }[];
  max_completion_tokens: number;
  response_format: { json_schema: { name: string; schema: { properties: { answers: { items: { properties: { id: { enum: string[] } } } } } } } };
}

describe('ai/describeGroup (grouped requests against the fake server)', function () {
  this.timeout(20_000);
  const server = useFakeModelServer({ apiKey: 'sk-test-group-key', model: 'gpt-4o-mini', maxRetries: 2 }, { backoff: { baseDelayMs: 5, maxDelayMs: 20 } });

  async function run(options: { groupSize?: number; cache?: DescriptionCache; client?: ModelClient; text?: string; concurrency?: number } = {}) {
    const text = options.text ?? PY;
    const events: AiRunEvent[] = [];
    const { describe, describeMany } = createAiGroupDescriber({ client: options.client ?? server.client(), model: 'gpt-4o-mini', source: text, style: 'google', cache: options.cache, groupSize: options.groupSize ?? 5, onEvent: (e) => events.push(e) });
    const progress: number[] = [];
    const result = await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', describe, describeMany, groupSize: options.groupSize ?? 5, concurrency: options.concurrency, onProgress: (d) => progress.push(d) });
    const of = (name: string) => events.filter((e) => e.symbol.name === name);
    return { result, events, of, progress };
  }

  const bodies = () => server.fake.requests.map((r) => r.body as Body);

  it('one grouped request; a bad member is asked again alone, a missing one falls back to its template; the rest are kept and cached under the single keys', async () => {
    const fake = server.fake;
    fake.enqueue(
      ok(grouped(member('1'), member('2'), member('3', { summary: 42 }), member('5')), { prompt_tokens: 500, completion_tokens: 200 }),
      ok(modelAnswer('Do thing 3 again.', { a3: 'Input 3 again.' }, 'Result 3.'), { prompt_tokens: 100, completion_tokens: 30 }),
      status(500), status(500), status(500),
    );
    const cache = new DescriptionCache();
    const { result, events, of, progress } = await run({ cache });
    assert.equal(fake.requests.length, 5, '1 grouped + 1 retry for f3 + 3 attempts for f4');
    const first = bodies()[0];
    assert.equal(first.response_format.json_schema.name, 'docwright_docstrings');
    assert.deepEqual(first.response_format.json_schema.schema.properties.answers.items.properties.id.enum, ['1', '2', '3', '4', '5']);
    assert.equal(first.max_completion_tokens, 600 * 5);
    assert.equal(first.messages[1].content.match(/^### Symbol \d$/gm)?.length, 5);
    assert.match(bodies()[1].messages[1].content, /^Symbol: function f3$/m, 'the retry asks for f3 alone');
    assert.equal(bodies()[1].response_format.json_schema.name, 'docwright_docstring');

    for (const name of ['f1', 'f2', 'f5']) {
      assert.deepEqual(of(name).map((e) => [e.kind, e.group?.size]), [['described', 5]], name);
      assert.match(result.newText, new RegExp(`def ${name}\\(a\\d\\):\\n {4}"""Do thing \\d\\.\\n\\n {4}Args:\\n {8}a\\d: Input \\d\\.`));
    }
    assert.deepEqual(of('f3').map((e) => e.kind), ['described']);
    assert.match(result.newText, /"""Do thing 3 again\./);
    assert.deepEqual(of('f4').map((e) => [e.kind, e.error?.category]), [['fallback', 'server']]);
    assert.match(result.newText, /def f4\(a4\):\n {4}"""_summary_/, 'f4 has its template');
    assert.equal(events.length, FUNCTIONS, 'one event per symbol');
    assert.deepEqual(progress, [FUNCTIONS], 'progress counts the group');

    // The usage adds up to what the server billed, split across the group.
    const prompt = events.reduce((sum, e) => sum + (e.usage?.prompt ?? 0), 0);
    const completion = events.reduce((sum, e) => sum + (e.usage?.completion ?? 0), 0);
    assert.equal(prompt, 600);
    assert.equal(completion, 230);
    assert.ok((of('f3')[0].usage?.prompt ?? 0) > 100, "f3's event carries its share of the group and its own retry");

    // Four answers in the cache under the keys a single request uses: a k = 1 re-run asks only for f4.
    const { symbols } = await extractSymbols(PY, 'python');
    for (const s of symbols.filter((x) => x.name !== 'f4' && x.kind === 'function')) {
      const key = cacheKeyFor(s, templateDocstring(s, 'google'), PY, contextFor(s, PY, symbols), 'google', { model: 'gpt-4o-mini' });
      assert.ok(await cache.get(key), `${s.name} cached`);
    }
    fake.enqueue(ok(modelAnswer('Do thing 4.', { a4: 'Input 4.' }, 'Result 4.')));
    const before = fake.requests.length;
    const singleEvents: AiRunEvent[] = [];
    const describe = createAiDescriber({ client: server.client(), model: 'gpt-4o-mini', source: PY, style: 'google', cache, onEvent: (e) => singleEvents.push(e) });
    await generateDocstrings(PY, 'python', { style: 'google', types: 'auto', quote: '"""', describe });
    assert.equal(fake.requests.length - before, 1);
    assert.deepEqual(singleEvents.map((e) => e.kind).sort(), ['cached', 'cached', 'cached', 'cached', 'described']);
  });

  it('an answer that is not JSON: each member is asked alone', async () => {
    const fake = server.fake;
    fake.enqueue(ok('I cannot answer that as JSON.'));
    fake.fallback = ok(ALONE);
    const { events } = await run({ groupSize: 3, text: functions(3) });
    assert.equal(fake.requests.length, 4);
    assert.deepEqual(events.map((e) => e.kind), ['described', 'described', 'described']);
    assert.ok(events.every((e) => e.group?.size === 3));
  });

  it('a request that fails outright gives every member its template, with no retry per member', async () => {
    const fake = server.fake;
    fake.enqueue(quotaExceeded());
    const { result, events } = await run();
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(events.map((e) => [e.kind, e.error?.category]), Array(FUNCTIONS).fill(['fallback', 'quota']));
    assert.equal(events.filter((e) => e.attempts).length, 1, 'the attempt is reported once');
    assert.ok(events.every((e) => e.countedByAttempt), 'the error is counted once, by its attempt');
    assert.equal(result.documented.length, FUNCTIONS, 'templates are written');
  });

  it('an answer cut off at the output limit: its members are asked alone and later groups are half as big', async () => {
    const fake = server.fake;
    const text = functions(8);
    fake.enqueue(cutOff('{"answers": [{"id": "1", "summ'));
    fake.fallback = ok(ALONE);
    await run({ text, groupSize: 4 });
    const sizes = bodies().map((b) => b.messages[1].content.match(/^### Symbol \d$/gm)?.length ?? 1);
    // The fake answers the later groups of 2 with a single answer: each of their members is asked alone.
    assert.deepEqual(sizes, [4, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1]);
  });

  it('an incomplete member is followed up alone from its answer: one follow-up, not a full request', async () => {
    const fake = server.fake;
    const text = functions(2);
    fake.enqueue(ok(grouped(member('1'), member('2', { params: [] }))), ok(modelAnswer('Do thing 2.', { a2: 'Input 2 at last.' }, 'Result 2.')));
    const { result, events } = await run({ text });
    assert.equal(fake.requests.length, 2);
    const followUp = bodies()[1].messages;
    assert.deepEqual(followUp.map((m) => m.role), ['system', 'user', 'assistant', 'user']);
    assert.match(followUp[3].content, /left these without a description: param a2/);
    assert.match(result.newText, /a2: Input 2 at last\./);
    assert.deepEqual(events.map((e) => e.kind), ['described', 'described']);
  });

  it('cached members are not sent; the client is told the grouped request\'s real size', async () => {
    const fake = server.fake;
    const cache = new DescriptionCache();
    const { symbols } = await extractSymbols(PY, 'python');
    for (const s of symbols.filter((x) => x.name === 'f1' || x.name === 'f2')) {
      await cache.set(cacheKeyFor(s, templateDocstring(s, 'google'), PY, contextFor(s, PY, symbols), 'google', { model: 'gpt-4o-mini' }), JSON.parse(modelAnswer('From the cache.', { [s.params[0].name]: 'Cached.' }, 'R.')));
    }
    const seen: CompletionRequest[] = [];
    const client = server.client();
    const spy: ModelClient = { ...client, complete: (request, options) => (seen.push(request), client.complete(request, options)) };
    // Ids 1..3 are f3..f5 now.
    const describes = (id: string, n: number) => member(id, { params: [{ name: `a${n}`, description: `Input ${n}.` }] });
    fake.enqueue(ok(grouped(describes('1', 3), describes('2', 4), describes('3', 5))));
    const { events } = await run({ cache, client: spy });
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(events.map((e) => [e.symbol.name, e.kind]).sort(), [['f1', 'cached'], ['f2', 'cached'], ['f3', 'described'], ['f4', 'described'], ['f5', 'described']]);
    const content = bodies()[0].messages[1].content;
    assert.match(content, /### Symbol 1\nSymbol: function f3/);
    assert.equal(seen[0].maxOutputTokens, 600 * 3);
    assert.equal(seen[0].promptTokens, await chatTokens(bodies()[0].messages as never, 'gpt-4o-mini'), 'the grouped prompt as tiktoken counts it');
  });

  it('splitTokens: proportional whole shares that add up exactly', () => {
    assert.deepEqual(splitTokens(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(splitTokens(10, [0, 0]), [5, 5]);
    assert.deepEqual(splitTokens(7, [3, 1]), [6, 1]);
    for (const [total, weights] of [[1234, [5, 17, 3, 99]], [1, [1, 1, 1, 1]]] as const) assert.equal(splitTokens(total, weights).reduce((a, b) => a + b), total);
  });
});

describe('generateDocstrings with describeMany', () => {
  const text = `"""Module."""\n\n\n${Array.from({ length: 7 }, (_, i) => `def g${i}(x):\n    return x\n`).join('\n\n')}`;

  it('groups consecutive symbols, keeps the edits in source order, reports progress per symbol', async () => {
    const calls: string[][] = [];
    const progress: number[] = [];
    const result = await generateDocstrings(text, 'python', {
      style: 'google', types: 'auto', quote: '"""', groupSize: 3, concurrency: 2,
      onProgress: (d) => progress.push(d),
      describeMany: async (items) => {
        calls.push(items.map((i) => i.symbol.name));
        await new Promise((r) => setTimeout(r, items[0].symbol.name === 'g0' ? 30 : 1)); // the first group finishes last
        return items.map((i) => ({ ...i.template, summary: `Described ${i.symbol.name}.` }));
      },
    });
    assert.deepEqual(calls, [['g0', 'g1', 'g2'], ['g3', 'g4', 'g5'], ['g6']]);
    assert.deepEqual(progress.at(-1), 7);
    assert.deepEqual(result.documented.map((s) => s.name), ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
    assert.deepEqual([...result.newText.matchAll(/Described (g\d)\./g)].map((m) => m[1]), ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
  });

  it('a cancellation mid-group stops the run; no group starts after it', async () => {
    const controller = new AbortController();
    const calls: number[] = [];
    await assert.rejects(
      generateDocstrings(text, 'python', {
        style: 'google', types: 'auto', quote: '"""', groupSize: 2, signal: controller.signal,
        describeMany: async (items) => {
          calls.push(items.length);
          controller.abort();
          const error = new Error('cancelled');
          error.name = 'AbortError';
          throw error;
        },
      }),
      /cancelled|abort/i,
    );
    assert.deepEqual(calls, [2]);
  });

  it('a group that throws (not a cancellation) fails its members only', async () => {
    let call = 0;
    const result = await generateDocstrings(text, 'python', {
      style: 'google', types: 'auto', quote: '"""', groupSize: 3,
      describeMany: async (items) => {
        if (call++ === 1) throw new Error('boom');
        return items.map((i) => i.template);
      },
    });
    assert.deepEqual(result.failures.map((f) => [f.symbol.name, f.reason]), [['g3', 'boom'], ['g4', 'boom'], ['g5', 'boom']]);
    assert.equal(result.documented.length, 4);
  });
});
