import assert from 'node:assert/strict';
import { LimiterDeadlineError, RateLimiter } from '../../../src/core/ai/rateLimiter';
import { createModelClient } from '../../../src/core/ai/client';
import type { AiClientConfig } from '../../../src/core/ai/client';
import type { Clock } from '../../../src/core/ai/retry';
import { FakeOpenAI, delay, ok, rateLimited } from '../../support/fakeOpenAI';

/** Virtual time: a sleep advances `now` at once and is recorded. */
function virtualClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
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

describe('ai rate limiter (virtual time)', () => {
  it('spaces requests evenly at requestsPerMinute', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ requestsPerMinute: 60, clock });
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      (await limiter.acquire(1)).release();
      starts.push(clock.now());
    }
    assert.deepEqual(starts.map((t) => t - starts[0]), [0, 1000, 2000]);
  });

  it('charges tokens: the next request waits for the previous cost at tokensPerMinute', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ tokensPerMinute: 6000, clock });
    const t0 = clock.now();
    (await limiter.acquire(500)).release();
    (await limiter.acquire(100)).release();
    assert.equal(clock.now() - t0, 5000, '500 tokens at 100 per second');
  });

  it('a pause stops every request and is capped at 60 s', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ clock });
    assert.equal(limiter.pause(86_400_000), 60_000);
    const t0 = clock.now();
    (await limiter.acquire(1)).release();
    assert.equal(clock.now() - t0, 60_000);
  });

  it('shrinks to the server-reported remaining budget until its reset', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ clock });
    limiter.observe(new Headers({ 'x-ratelimit-remaining-requests': '1', 'x-ratelimit-reset-requests': '2s', 'x-ratelimit-remaining-tokens': '1000', 'x-ratelimit-reset-tokens': '6m0s' }));
    const t0 = clock.now();
    (await limiter.acquire(10)).release();
    assert.equal(clock.now(), t0, 'one request was left');
    (await limiter.acquire(10)).release();
    assert.equal(clock.now() - t0, 2000, 'the next waits for the request reset');
    (await limiter.acquire(5000)).release();
    assert.equal(clock.now() - t0, 60_000, 'more tokens than remain: waits for the token reset, capped at 60 s');
  });

  it('fails at once when the pacing wait would pass the deadline', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ requestsPerMinute: 1, clock });
    (await limiter.acquire(1)).release();
    await assert.rejects(limiter.acquire(1, undefined, clock.now() + 1000), LimiterDeadlineError);
    assert.deepEqual(clock.sleeps, []);
  });

  it('queues beyond maxConcurrency in order, and an aborted waiter leaves the queue', async () => {
    const limiter = new RateLimiter({ maxConcurrency: 1, clock: virtualClock() });
    const first = await limiter.acquire(1);
    const controller = new AbortController();
    const order: string[] = [];
    const aborted = limiter.acquire(1, controller.signal).then(() => order.push('aborted'), () => order.push('rejected'));
    const second = limiter.acquire(1).then((permit) => {
      order.push('second');
      return permit;
    });
    controller.abort(new Error('cancel'));
    await aborted;
    assert.equal(limiter.inFlight, 1);
    first.release();
    (await second).release();
    assert.deepEqual(order, ['rejected', 'second']);
    assert.equal(limiter.inFlight, 0);
  });
});

describe('ai rate limiter (as the server sees it)', function () {
  this.timeout(10_000);
  let fake: FakeOpenAI;
  beforeEach(async () => {
    fake = await FakeOpenAI.start();
    // Warm up (SDK first-call setup, a pooled connection), so the first measured gap is not skewed.
    await createModelClient(config({})).complete(request);
    fake.requests.length = 0;
  });
  afterEach(async () => {
    await fake.close();
  });

  const config = (over: Partial<AiClientConfig>): AiClientConfig => ({
    provider: 'openai', apiKey: 'sk-test-DOCWRIGHT-SECRET', baseURL: fake.baseURL, model: 'gpt-test', timeoutMs: 2000, deadlineMs: 5000, maxRetries: 0, ...over,
  });
  const request = { messages: [{ role: 'user' as const, content: 'hi' }], maxOutputTokens: 50, promptTokens: 100 };

  it('requestsPerMinute=600: the server counts no more than 600/min (5 requests span >= 4 x 100 ms)', async () => {
    const client = createModelClient(config({ requestsPerMinute: 600 }));
    await Promise.all(Array.from({ length: 5 }, () => client.complete(request)));
    assert.equal(fake.requests.length, 5);
    // The rate over the window is what the limit promises; single gaps jitter with scheduling on a busy machine.
    const span = fake.gaps().reduce((a, b) => a + b, 0);
    assert.ok(span >= 4 * 100 - 15, `5 requests arrived within ${span} ms`);
    for (const gap of fake.gaps()) assert.ok(gap >= 50, `two requests only ${gap} ms apart`);
  });

  it('tokensPerMinute=90000: a 150-token request holds the next for ~100 ms', async () => {
    const client = createModelClient(config({ tokensPerMinute: 90_000 }));
    await Promise.all(Array.from({ length: 3 }, () => client.complete(request)));
    for (const gap of fake.gaps()) assert.ok(gap >= 80, `gap ${gap} ms`);
  });

  it('x-ratelimit-remaining-requests: 0 makes the next request wait for x-ratelimit-reset-requests', async () => {
    fake.enqueue(ok('one', undefined, { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '150ms' }), ok('two'));
    const client = createModelClient(config({}));
    await client.complete(request);
    await client.complete(request);
    assert.ok(fake.gaps()[0] >= 140, `gap ${fake.gaps()[0]} ms`);
  });

  it('a 429 pauses the whole limiter: a parallel request waits for the Retry-After too', async () => {
    fake.enqueue(rateLimited({ 'retry-after-ms': '200' }), ok('two'), ok('one'));
    const client = createModelClient(config({ maxConcurrency: 1, maxRetries: 1 }));
    const results = await Promise.all([client.complete(request), client.complete(request)]);
    assert.deepEqual(results.map((r) => r.attempts), [2, 1]);
    assert.equal(fake.requests.length, 3);
    assert.ok(fake.gaps()[0] >= 190, `the queued request waited only ${fake.gaps()[0]} ms`);
  });

  it('maxConcurrency=2: the server never has more than 2 requests in flight', async () => {
    fake.fallback = delay(50, ok('slow'));
    const client = createModelClient(config({ maxConcurrency: 2 }));
    const results = await Promise.all(Array.from({ length: 6 }, () => client.complete(request)));
    assert.equal(results.length, 6);
    assert.equal(fake.maxInFlight, 2);
  });

  it('waiting in the limiter is cancelled within 100 ms (real timers)', async () => {
    const client = createModelClient(config({ requestsPerMinute: 1, deadlineMs: 120_000 }));
    await client.complete(request);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(client.complete(request, { signal: controller.signal }), { category: 'cancelled' });
    assert.ok(Date.now() - started < 150, `${Date.now() - started} ms`);
    assert.equal(fake.requests.length, 1);
  });
});
