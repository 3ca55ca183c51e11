import assert from 'node:assert/strict';
import type { AiClientConfig, AttemptRecord, CompletionRequest, ModelClientDeps } from '../../../src/core/ai/client';
import { ModelError } from '../../../src/core/ai/errors';
import type { Clock } from '../../../src/core/ai/retry';
import { type FakeOpenAI, delay, malformed, ok, quotaExceeded, rateLimited, reset, status } from '../../support/fakeOpenAI';
import { useFakeModelServer } from '../../support/fakeModelServer';

const KEY = 'sk-test-DOCWRIGHT-SECRET';
const request: CompletionRequest = {
  messages: [{ role: 'system', content: 'Describe code.' }, { role: 'user', content: 'def f(): pass' }],
  maxOutputTokens: 64,
  promptTokens: 20,
};

/** Virtual time: a sleep advances `now` at once and is recorded. */
function virtualClock(): Clock & { sleeps: number[] } {
  let now = Date.now();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelError, `a ModelError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('ai model client (real SDK against the fake server)', function () {
  this.timeout(10_000);
  const errors: ModelError[] = [];
  // Fixed jitter 0: retries without waiting, unless a test asks otherwise.
  const server = useFakeModelServer({ apiKey: KEY });
  const client = server.client;
  let fake: FakeOpenAI;
  beforeEach(() => (fake = server.fake));
  async function run(over: Partial<AiClientConfig> = {}, deps: ModelClientDeps = {}) {
    const attempts: AttemptRecord[] = [];
    const error = await failure(client(over, deps).complete(request, { onAttempt: (a) => attempts.push(a) }));
    errors.push(error);
    return { error, attempts };
  }

  it('returns text, usage and attempts, and sends the OpenAI wire format', async () => {
    fake.enqueue(ok('{"summary":"Does nothing."}', { prompt_tokens: 21, completion_tokens: 7, cached_tokens: 3 }));
    const attempts: AttemptRecord[] = [];
    const result = await client().complete({ ...request, responseFormat: 'json_schema', jsonSchema: { type: 'object', properties: {} } }, { onAttempt: (a) => attempts.push(a) });
    assert.deepEqual(result, { text: '{"summary":"Does nothing."}', usage: { prompt: 21, completion: 7, cached: 3 }, attempts: 1 });
    assert.equal(attempts.length, 1);
    assert.equal(attempts[0].outcome, 'ok');
    assert.equal(attempts[0].status, 200);
    const [seen] = fake.requests;
    assert.equal(seen.path, '/v1/chat/completions');
    assert.equal(seen.headers.authorization, `Bearer ${KEY}`);
    const body = seen.body as Record<string, unknown>;
    assert.equal(body.model, 'gpt-test');
    assert.equal(body.max_completion_tokens, 64);
    assert.deepEqual(body.response_format, { type: 'json_schema', json_schema: { name: 'docwright', strict: true, schema: { type: 'object', properties: {} } } });
  });

  it('a timeout and deadline beyond a timer\'s range (2^31-1 ms) do not end the request at once', async () => {
    // Before the clamp, Node fired these timers after 1 ms: every request timed out at once.
    fake.enqueue(delay(30, ok('{"summary":"Late but fine."}')));
    const week = 2_200_000 * 1000;
    const result = await client({ timeoutMs: week, deadlineMs: week * 3 + 60_000 }).complete(request);
    assert.equal(result.text, '{"summary":"Late but fine."}');
    assert.equal(fake.requests.length, 1);
  });

  it('an answer that echoes the key has it redacted before anyone reads the text', async () => {
    fake.enqueue(ok(JSON.stringify({ summary: `Uses ${KEY} to sign.` })));
    const result = await client().complete(request);
    assert.equal(result.text, '{"summary":"Uses [redacted] to sign."}');
  });

  it('Azure with endpoint + deployment + apiVersion uses the deployment path and the api-key header', async () => {
    await client({ provider: 'azure', baseURL: undefined, endpoint: fake.url, deployment: 'docs-4o', apiVersion: '2024-10-21' }).complete(request);
    const [seen] = fake.requests;
    assert.equal(seen.path, '/openai/deployments/docs-4o/chat/completions');
    assert.equal(seen.query.get('api-version'), '2024-10-21');
    assert.equal(seen.headers['api-key'], KEY);
  });

  it('Azure v1 and compatible servers take a plain base URL; compatible sends max_tokens and needs no key', async () => {
    await client({ provider: 'azure', baseURL: `${fake.url}/openai/v1/` }).complete(request);
    assert.equal(fake.requests[0].path, '/openai/v1/chat/completions');
    await client({ provider: 'compatible', apiKey: undefined }).complete({ ...request, responseFormat: 'json_object' });
    const body = fake.requests[1].body as Record<string, unknown>;
    assert.equal(body.max_tokens, 64);
    assert.deepEqual(body.response_format, { type: 'json_object' });
  });

  it('429 with Retry-After is retried after the wait it asks for, and counted', async () => {
    const clock = virtualClock();
    fake.enqueue(rateLimited({ 'retry-after': '2' }), ok('done'));
    const attempts: AttemptRecord[] = [];
    const result = await client({}, { clock }).complete(request, { onAttempt: (a) => attempts.push(a) });
    assert.equal(result.attempts, 2);
    assert.equal(fake.requests.length, 2);
    assert.deepEqual(attempts.map((a) => [a.outcome, a.status, a.category, a.retryAfterMs]), [['retry', 429, 'rate_limit', 2000], ['ok', 200, undefined, undefined]]);
    assert.deepEqual(clock.sleeps, [2000]);
  });

  it('429 with retry-after-ms pauses for real (server-observed gap)', async () => {
    fake.enqueue(rateLimited({ 'retry-after-ms': '150' }), ok('done'));
    await client().complete(request);
    assert.ok(fake.gaps()[0] >= 140, `gap ${fake.gaps()[0]} ms`);
  });

  it('Retry-After: 86400 (beyond the 60 s cap) is not waited for: rate_limit at once, with the time asked, not retried', async () => {
    const clock = virtualClock();
    fake.enqueue(rateLimited({ 'retry-after': '86400' }), ok('done'));
    const attempts: AttemptRecord[] = [];
    const error = await failure(client({ deadlineMs: 120_000 }, { clock }).complete(request, { onAttempt: (a) => attempts.push(a) }));
    assert.equal(error.category, 'rate_limit');
    assert.equal(error.retryable, false);
    assert.equal(error.endsRun, true);
    assert.match(error.message, /the server asked to wait 86400 s \(24 h\)/i);
    assert.match(error.userMessage, /86400 s \(24 h\)/);
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(attempts.map((a) => [a.outcome, a.category, a.retryAfterMs]), [['fail', 'rate_limit', 86_400_000]]);
    assert.deepEqual(clock.sleeps, []);
  });

  it('a Retry-After within the cap is still waited for (60 s)', async () => {
    const clock = virtualClock();
    fake.enqueue(rateLimited({ 'retry-after': '60' }), ok('done'));
    const result = await client({ deadlineMs: 120_000 }, { clock }).complete(request);
    assert.equal(result.attempts, 2);
    assert.deepEqual(clock.sleeps, [60_000]);
  });

  it('500 and 503 are retried, then ok', async () => {
    fake.enqueue(status(500), status(503), ok('done'));
    const result = await client().complete(request);
    assert.equal(result.text, 'done');
    assert.equal(result.attempts, 3);
    assert.equal(fake.requests.length, 3);
  });

  it('5xx after the last retry: server category', async () => {
    fake.fallback = status(502);
    const { error, attempts } = await run({ maxRetries: 1 });
    assert.equal(error.category, 'server');
    assert.equal(error.status, 502);
    assert.deepEqual(attempts.map((a) => a.outcome), ['retry', 'fail']);
    assert.equal(fake.requests.length, 2);
  });

  it('a reply slower than the timeout: timeout after retries', async () => {
    fake.fallback = delay(1000);
    const started = Date.now();
    const { error, attempts } = await run({ timeoutMs: 120 });
    assert.equal(error.category, 'timeout');
    assert.match(error.userMessage, /docwright\.ai\.timeout/);
    assert.equal(attempts.length, 3);
    assert.equal(fake.requests.length, 3);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  });

  it('the overall deadline ends the retries', async () => {
    fake.fallback = delay(5000);
    const started = Date.now();
    const { error } = await run({ timeoutMs: 2000, deadlineMs: 200, maxRetries: 5 });
    assert.equal(error.category, 'timeout');
    assert.ok(Date.now() - started < 600, `${Date.now() - started} ms`);
    assert.equal(fake.requests.length, 1);
  });

  it('a reset connection: network, retried', async () => {
    fake.fallback = reset();
    const { error } = await run();
    assert.equal(error.category, 'network');
    assert.equal(error.retryable, true);
    assert.match(error.userMessage, /base URL|baseUrl/);
    assert.equal(fake.requests.length, 3);
  });

  it('malformed JSON: invalid_response, not retried', async () => {
    fake.enqueue(malformed());
    const { error } = await run();
    assert.equal(error.category, 'invalid_response');
    assert.equal(fake.requests.length, 1);
  });

  it('401: auth, not retried, says how to set the key', async () => {
    fake.enqueue(status(401, { error: { message: `Incorrect API key provided: ${KEY}.`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    const { error, attempts } = await run();
    assert.equal(error.category, 'auth');
    assert.equal(error.status, 401);
    assert.equal(error.retryable, false);
    assert.equal(error.userMessage, 'The API key was rejected (401). Run "Docwright: Set API Key" to enter a valid key.');
    assert.deepEqual(attempts.map((a) => a.outcome), ['fail']);
    assert.equal(fake.requests.length, 1);
  });

  it('400: bad_request, not retried', async () => {
    fake.enqueue(status(400, { error: { message: `Unsupported parameter, key ${KEY}`, type: 'invalid_request_error', code: null } }));
    const { error } = await run();
    assert.equal(error.category, 'bad_request');
    assert.equal(fake.requests.length, 1);
  });

  it('429 insufficient_quota: quota, not retried', async () => {
    fake.enqueue(quotaExceeded());
    const { error } = await run();
    assert.equal(error.category, 'quota');
    assert.match(error.userMessage, /plan and billing/);
    assert.equal(fake.requests.length, 1);
  });

  it('a missing key for OpenAI fails as auth without a request', async () => {
    const { error } = await run({ apiKey: undefined });
    assert.equal(error.category, 'auth');
    assert.equal(fake.requests.length, 0);
  });

  it('cancellation during a backoff rejects within 100 ms (real timers)', async () => {
    fake.enqueue(status(503));
    const controller = new AbortController();
    const backoff = { baseDelayMs: 10_000, maxDelayMs: 10_000 };
    const pending = failure(client({ deadlineMs: 60_000 }, { random: () => 0.99, backoff }).complete(request, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const aborted = Date.now();
    controller.abort();
    const error = await pending;
    assert.equal(error.category, 'cancelled');
    assert.equal(fake.requests.length, 1);
    assert.ok(Date.now() - aborted < 100, `${Date.now() - aborted} ms`);
  });

  it('cancellation during a 429 pause rejects within 150 ms of the start', async () => {
    fake.enqueue(rateLimited({ 'retry-after': '30' }));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(client({ deadlineMs: 60_000 }).complete(request, { signal: controller.signal }));
    assert.equal(error.category, 'cancelled');
    assert.ok(Date.now() - started < 150, `${Date.now() - started} ms`);
    assert.equal(fake.requests.length, 1);
  });

  it('cancellation of a request in flight, and close(), reject within 150 ms', async () => {
    fake.fallback = delay(5000);
    const controller = new AbortController();
    let started = Date.now();
    setTimeout(() => controller.abort(), 50);
    assert.equal((await failure(client().complete(request, { signal: controller.signal }))).category, 'cancelled');
    assert.ok(Date.now() - started < 150);
    const closing = client();
    started = Date.now();
    setTimeout(() => closing.close(), 50);
    assert.equal((await failure(closing.complete(request))).category, 'cancelled');
    assert.ok(Date.now() - started < 150);
    assert.equal((await failure(closing.complete(request))).category, 'cancelled', 'closed stays closed');
  });

  it('the API key appears in no error message, userMessage or stack', () => {
    assert.ok(errors.length >= 8, `${errors.length} errors collected`);
    for (const error of errors) {
      for (const text of [error.message, error.userMessage, error.stack ?? '', String(error), JSON.stringify(error)]) {
        assert.ok(!text.includes(KEY), `key leaked in ${error.category}: ${text}`);
      }
    }
  });
});
