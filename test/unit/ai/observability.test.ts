// What the model client tells the log and the metrics: one correlation id per request (sent to the
// server as X-Client-Request-Id), the tokens of each answered attempt, the wait for the rate limiter,
// the limiter's state; the connection check; the budget gate; the log line of an attempt.
import assert from 'node:assert/strict';
import { attemptLogLine } from '../../../src/core/ai/attemptLog';
import { type AiClientConfig, type AttemptRecord, type ModelClient } from '../../../src/core/ai/client';
import { ModelError } from '../../../src/core/ai/errors';
import { RateLimiter } from '../../../src/core/ai/rateLimiter';
import { createAiDescriber, type AiRunEvent } from '../../../src/core/ai/service';
import { generateDocstrings } from '../../../src/core/generate/generateFile';
import { FakeOpenAI, cutOff, delay, ok, quotaExceeded, rateLimited, status } from '../../support/fakeOpenAI';
import { useFakeModelServer } from '../../support/fakeModelServer';

const KEY = 'sk-observability-KEY-123456789';
const request = { messages: [{ role: 'user' as const, content: 'def f(): pass' }], maxOutputTokens: 32, promptTokens: 10 };
// Describes every name of SOURCE, so no symbol needs a follow-up request (describe.test.ts covers those).
const ANSWER = JSON.stringify({ summary: 'Do it.', description: null, params: [{ name: 'a', description: 'The a.' }, { name: 'b', description: 'The b.' }], returns: 'The value.', yields: null, raises: [], example: null });
const SOURCE = 'def first(a):\n    return a\n\n\ndef second(b):\n    return b\n';

describe('ai observability: attempt records, connection check, budget gate, log lines', function () {
  this.timeout(10_000);
  const server = useFakeModelServer({ apiKey: KEY, model: 'gpt-4o-mini' }, { backoff: { baseDelayMs: 5, maxDelayMs: 20 } });
  const client = (over: Partial<AiClientConfig> = {}): ModelClient => server.client(over);
  let fake: FakeOpenAI;
  beforeEach(() => (fake = server.fake));

  it('every attempt of one request carries the same id, which the server receives; the answered one has its usage', async () => {
    fake.enqueue(status(503), ok('{}', { prompt_tokens: 120, completion_tokens: 30, cached_tokens: 64 }, { 'x-request-id': 'req_server_42' }));
    const attempts: AttemptRecord[] = [];
    await client().complete(request, { onAttempt: (a) => attempts.push(a) });
    assert.equal(attempts.length, 2);
    assert.match(attempts[0].requestId, /^dw-[0-9a-f]{12}$/);
    assert.equal(attempts[1].requestId, attempts[0].requestId);
    assert.deepEqual(fake.requests.map((r) => r.headers['x-client-request-id']), [attempts[0].requestId, attempts[0].requestId]);
    assert.deepEqual(attempts.map((a) => [a.outcome, a.status, a.category]), [['retry', 503, 'server'], ['ok', 200, undefined]]);
    assert.deepEqual(attempts[1].usage, { prompt: 120, completion: 30, cached: 64 });
    assert.equal(attempts[1].serverRequestId, 'req_server_42');
    assert.equal(attempts[0].usage, undefined);
  });

  it('two requests get different ids; a given id is used as is', async () => {
    fake.fallback = ok('{}');
    const ids: string[] = [];
    const c = client();
    await c.complete(request, { onAttempt: (a) => ids.push(a.requestId) });
    await c.complete(request, { onAttempt: (a) => ids.push(a.requestId) });
    await c.complete(request, { requestId: 'dw-given', onAttempt: (a) => ids.push(a.requestId) });
    assert.notEqual(ids[0], ids[1]);
    assert.equal(ids[2], 'dw-given');
  });

  it('the wait for the rate limiter is reported per attempt (queuedMs), and the limiter state shows the 429 pause', async () => {
    fake.enqueue(rateLimited({ 'retry-after-ms': '300' }));
    fake.fallback = ok('{}');
    const attempts: AttemptRecord[] = [];
    const c = client({ maxConcurrency: 3, requestsPerMinute: 600 });
    const pending = c.complete(request, { onAttempt: (a) => attempts.push(a) });
    // While paused after the 429, the state says so.
    let paused = 0;
    for (let i = 0; i < 40 && paused === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      paused = c.limiterState().pausedForMs;
    }
    assert.ok(paused > 0 && paused <= 300, `paused for ${paused} ms`);
    await pending;
    assert.equal(attempts.length, 2);
    assert.equal(attempts[0].retryAfterMs, 300);
    assert.ok(attempts[1].queuedMs >= 250, `the retry waited ${attempts[1].queuedMs} ms for the limiter`);
    const state = c.limiterState();
    assert.equal(state.requestsPerMinute, 600);
    assert.equal(state.maxConcurrency, 3);
    assert.equal(state.active, 0);
    assert.equal(state.queued, 0);
  });

  it('the limiter state reports the server\'s remaining budget and the queue', async () => {
    const limiter = new RateLimiter({ maxConcurrency: 1 });
    limiter.observe(new Headers({ 'x-ratelimit-remaining-requests': '7', 'x-ratelimit-reset-requests': '10s', 'x-ratelimit-remaining-tokens': '9000', 'x-ratelimit-reset-tokens': '10s' }));
    const first = await limiter.acquire(100);
    const controller = new AbortController();
    const second = limiter.acquire(100, controller.signal);
    const state = limiter.state();
    assert.equal(state.active, 1);
    assert.equal(state.queued, 1);
    assert.equal(state.serverRemainingRequests, 6);
    assert.equal(state.serverRemainingTokens, 8900);
    assert.equal(state.requestsPerMinute, undefined);
    controller.abort();
    await assert.rejects(second);
    first.release();
    assert.equal(limiter.state().active, 0);
  });

  it('check(): the OpenAI provider asks GET /models/{model} (no tokens) and sends the key', async () => {
    fake.enqueue(ok(''));
    const result = await client().check();
    assert.equal(result.method, 'model');
    assert.equal(result.model, 'gpt-4o-mini');
    assert.equal(fake.requests.length, 1);
    assert.equal(fake.requests[0].method, 'GET');
    assert.equal(fake.requests[0].path, '/v1/models/gpt-4o-mini');
    assert.equal(fake.requests[0].headers.authorization, `Bearer ${KEY}`);
  });

  it('check(): a rejected key is auth, an unknown model is a 404 that names the model setting; no retries', async () => {
    fake.enqueue(status(401, { error: { message: `Incorrect API key provided: ${KEY}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    const auth = await client().check().then(() => undefined, (e: unknown) => e);
    assert.ok(auth instanceof ModelError);
    assert.equal(auth.category, 'auth');
    assert.match(auth.userMessage, /Set API Key/);
    assert.ok(!auth.message.includes(KEY), 'the key is redacted from the error');
    fake.enqueue(status(404, { error: { message: "The model 'gpt-nope' does not exist", type: 'invalid_request_error', code: 'model_not_found' } }));
    const missing = await client({ model: 'gpt-nope' }).check().then(() => undefined, (e: unknown) => e);
    assert.ok(missing instanceof ModelError);
    assert.equal(missing.status, 404);
    assert.match(missing.userMessage, /docwright\.ai\.model/);
    assert.equal(fake.requests.length, 2);
  });

  it('check(): a compatible server gets one tiny chat request; a refused connection is network', async () => {
    fake.enqueue(ok('OK'));
    const result = await client({ provider: 'compatible', apiKey: undefined }).check();
    assert.equal(result.method, 'chat');
    const body = fake.requests[0].body as { max_tokens: number; messages: unknown[] };
    assert.equal(body.max_tokens, 16);
    assert.equal(body.messages.length, 1);
    const closed = await FakeOpenAI.start();
    const url = closed.baseURL;
    await closed.close();
    const refused = await client({ provider: 'compatible', baseURL: url }).check().then(() => undefined, (e: unknown) => e);
    assert.ok(refused instanceof ModelError);
    assert.equal(refused.category, 'network');
  });

  it('the budget gate stops requests before they are sent: templates with a budget fallback; request start/end balance', async () => {
    fake.fallback = ok(ANSWER);
    const events: AiRunEvent[] = [];
    const phases: string[] = [];
    let allowed = 1;
    const describe = createAiDescriber({
      client: client(),
      model: 'gpt-4o-mini',
      source: SOURCE,
      style: 'google',
      onEvent: (e) => events.push(e),
      onRequest: (phase, id) => phases.push(`${phase}:${id}`),
      gate: () => (allowed-- > 0 ? undefined : new ModelError({ category: 'budget', message: 'used up' })),
    });
    const result = await generateDocstrings(SOURCE, 'python', { style: 'google', types: 'auto', quote: '"""', describe });
    assert.equal(fake.requests.length, 1, 'only the request the gate allowed was sent');
    // The module, first() and second(): one described, the other two stopped by the gate.
    assert.equal(events.length, 3);
    assert.equal(events.filter((e) => e.kind === 'described').length, 1);
    const fallbacks = events.filter((e) => e.kind === 'fallback');
    assert.equal(fallbacks.length, 2);
    assert.ok(fallbacks.every((e) => e.error?.category === 'budget' && e.attempts === 0));
    assert.match(result.newText, /"""Do it\./);
    assert.match(result.newText, /_summary_/, 'the stopped symbol has its template');
    assert.equal(phases.length, 2);
    assert.equal(phases[0].replace('start:', 'end:'), phases[1]);
  });

  it('an answer cut off at the token limit still reports the tokens it was billed for', async () => {
    fake.enqueue(cutOff('{"summary": "Do', { prompt_tokens: 300, completion_tokens: 32 }));
    const attempts: AttemptRecord[] = [];
    await assert.rejects(client({ maxRetries: 0 }).complete(request, { onAttempt: (a) => attempts.push(a) }), (e: unknown) => e instanceof ModelError && e.category === 'invalid_response');
    assert.equal(attempts.length, 1);
    assert.equal(attempts[0].outcome, 'fail');
    assert.deepEqual(attempts[0].usage, { prompt: 300, completion: 32, cached: 0 });
  });

  it('fallbacks say whether their error was already counted by a failed attempt; a format downgrade is a retry, not a failure', async () => {
    const events: AiRunEvent[] = [];
    const attempts: AttemptRecord[] = [];
    const run = (c: ModelClient) => generateDocstrings(SOURCE, 'python', {
      style: 'google', types: 'auto', quote: '"""', select: (s) => s.name === 'first',
      describe: createAiDescriber({ client: c, model: 'gpt-4o-mini', source: SOURCE, style: 'google', onEvent: (e) => events.push(e), onAttempt: (a) => attempts.push(a) }),
    });
    fake.fallback = status(503);
    await run(client({ maxRetries: 1 }));
    assert.equal(events.at(-1)?.kind, 'fallback');
    assert.equal(events.at(-1)?.error?.category, 'server');
    assert.equal(events.at(-1)?.countedByAttempt, true);
    fake.fallback = ok('this is prose, not JSON');
    await run(client());
    assert.equal(events.at(-1)?.error?.category, 'invalid_response');
    assert.equal(events.at(-1)?.countedByAttempt, false, 'the attempt was ok: the unusable answer is counted by the fallback');
    attempts.length = 0;
    fake.enqueue(status(400, { error: { message: 'response_format json_schema is not supported', type: 'invalid_request_error', code: null } }));
    fake.fallback = ok(ANSWER);
    await run(client());
    assert.deepEqual(attempts.map((a) => a.outcome), ['retry', 'ok'], 'the rejected format is one step of a request that succeeded');
    assert.equal(attempts[0].requestId, attempts[1].requestId);
  });

  it('check(): a server slower than the timeout is timeout; no quota left is quota', async () => {
    fake.enqueue(delay(1500, ok('')));
    const slow = await client({ timeoutMs: 300 }).check().then(() => undefined, (e: unknown) => e);
    assert.ok(slow instanceof ModelError);
    assert.equal(slow.category, 'timeout');
    fake.enqueue(quotaExceeded());
    const broke = await client().check().then(() => undefined, (e: unknown) => e);
    assert.ok(broke instanceof ModelError);
    assert.equal(broke.category, 'quota');
    assert.match(broke.userMessage, /billing/);
  });

  it('attempt log lines: id first, then provider, model, attempt, outcome, tokens and waits', () => {
    const base = { requestId: 'dw-abc', attempt: 1, startedAt: 0, latencyMs: 812.4, queuedMs: 0 };
    const okLine = attemptLogLine({ ...base, outcome: 'ok', status: 200, usage: { prompt: 1456, completion: 83, cached: 1024 }, serverRequestId: 'req_1' }, 'openai', 'gpt-4o-mini');
    assert.equal(okLine.level, 'info');
    assert.equal(okLine.text, '[dw-abc] openai gpt-4o-mini attempt 1: ok (HTTP 200) in 812 ms; 1,456 prompt + 83 completion tokens (1,024 cached), server id req_1');
    const retry = attemptLogLine({ ...base, attempt: 2, outcome: 'retry', status: 429, category: 'rate_limit', retryAfterMs: 1000, queuedMs: 250 }, 'azure', 'dep');
    assert.equal(retry.level, 'warn');
    assert.equal(retry.text, '[dw-abc] azure dep attempt 2: rate_limit (HTTP 429) in 812 ms, waited 250 ms for the rate limit; the server asked to wait 1,000 ms; retrying');
    const failed = attemptLogLine({ ...base, outcome: 'fail', category: 'timeout' }, 'compatible', 'llama');
    assert.equal(failed.level, 'error');
    assert.match(failed.text, /timeout in 812 ms; giving up$/);
    assert.equal(attemptLogLine({ ...base, outcome: 'fail', category: 'cancelled' }, 'openai', 'm').level, 'debug');
  });
});
