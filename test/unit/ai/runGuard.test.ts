// The run guard (issue 9, "a bounded run"): a circuit breaker and an overall deadline shared by
// every request of one run, alone, with the model client against the fake server, and behind the
// AI describer.
import assert from 'node:assert/strict';
import { createModelClient } from '../../../src/core/ai/client';
import type { AiClientConfig, CompletionRequest, ModelClient } from '../../../src/core/ai/client';
import { ModelError } from '../../../src/core/ai/errors';
import type { ErrorCategory } from '../../../src/core/ai/errors';
import type { Clock } from '../../../src/core/ai/retry';
import { RunGuard } from '../../../src/core/ai/runGuard';
import { createAiDescriber, type AiRunEvent } from '../../../src/core/ai/service';
import { extractSymbols } from '../../../src/core/extract';
import { templateDocstring } from '../../../src/core/generate/template';
import { FakeOpenAI, delay, hang, modelAnswer, ok, reset, retryAfterDay, status } from '../../support/fakeOpenAI';
import { useFakeModelServer } from '../../support/fakeModelServer';

const KEY = 'sk-test-DOCWRIGHT-SECRET-guard';
const request: CompletionRequest = { messages: [{ role: 'user', content: 'def f(): pass' }], maxOutputTokens: 64, promptTokens: 20 };
const err = (category: ErrorCategory, extra: Partial<ConstructorParameters<typeof ModelError>[0]> = {}) =>
  new ModelError({ category, message: `${category} happened`, retryable: category === 'timeout' || category === 'network', ...extra });

/** A clock whose sleeps end only when the test advances it. */
function manualClock(): Clock & { advance(ms: number): Promise<void> } {
  let now = 0;
  const sleepers: { until: number; resolve: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        const sleeper = { until: now + ms, resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          reject(signal.reason);
        }, { once: true });
      }),
    advance: async (ms) => {
      now += ms;
      for (const s of sleepers.filter((x) => x.until <= now)) {
        sleepers.splice(sleepers.indexOf(s), 1);
        s.resolve();
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

async function settle<T>(promises: Promise<T>[]): Promise<(T | ModelError)[]> {
  return Promise.all(promises.map((p) => p.catch((e: unknown) => {
    assert.ok(e instanceof ModelError, `a ModelError, got ${String(e)}`);
    return e;
  })));
}

describe('RunGuard', () => {
  it('opens after 3 network/timeout failures in a row, with that category and a message that says so', () => {
    const opened: ModelError[] = [];
    const guard = new RunGuard({ onOpen: (e) => opened.push(e) });
    guard.record(err('timeout'));
    guard.record(err('network'));
    assert.equal(guard.error(), undefined);
    guard.record(err('timeout'));
    const reason = guard.error();
    assert.ok(reason);
    assert.equal(reason.category, 'timeout');
    assert.equal(reason.retryable, false);
    assert.match(reason.message, /^3 requests in a row failed \(timeout: timeout happened\)/);
    assert.equal(guard.signal.aborted, true);
    assert.equal(guard.signal.reason, reason);
    guard.record(err('auth'));
    assert.deepEqual(opened, [reason], 'onOpen once; the first reason stays');
  });

  it('an answer (or a server that answered badly) resets the count; cancellations do not count', () => {
    const guard = new RunGuard();
    guard.record(err('timeout'));
    guard.record(err('timeout'));
    guard.record(undefined);
    guard.record(err('timeout'));
    guard.record(err('server'));
    guard.record(err('network'));
    guard.record(err('cancelled'));
    guard.record(err('cancelled'));
    guard.record(err('timeout'));
    assert.equal(guard.error(), undefined);
  });

  it('opens at once on auth, quota, or an error that ends the run (a Retry-After beyond the cap)', () => {
    for (const failure of [err('auth', { status: 401 }), err('quota'), err('rate_limit', { endsRun: true })]) {
      const guard = new RunGuard();
      guard.record(failure);
      assert.equal(guard.error(), failure);
    }
    const guard = new RunGuard();
    guard.record(err('rate_limit', { retryable: true }));
    assert.equal(guard.error(), undefined, 'an ordinary 429 is retried, not the end');
  });

  it('the run deadline opens it with a timeout that names the deadline; dispose stops the timer', async () => {
    const clock = manualClock();
    const guard = new RunGuard({ deadlineMs: 5000, clock });
    await clock.advance(4999);
    assert.equal(guard.error(), undefined);
    await clock.advance(1);
    assert.equal(guard.error()?.category, 'timeout');
    assert.match(guard.error()?.message ?? '', /deadline of 5 s passed/);
    const disposed = new RunGuard({ deadlineMs: 10, clock });
    disposed.dispose();
    await clock.advance(100);
    assert.equal(disposed.error(), undefined);
  });

  it('startOnFirstRequest: the deadline counts from start() (a cost question before it does not count), once', async () => {
    const clock = manualClock();
    const guard = new RunGuard({ deadlineMs: 5000, clock, startOnFirstRequest: true });
    await clock.advance(60_000); // the user reads the cost question for a minute
    assert.equal(guard.error(), undefined);
    guard.start();
    await clock.advance(3000);
    guard.start(); // a later request does not restart the clock
    await clock.advance(1999);
    assert.equal(guard.error(), undefined);
    await clock.advance(1);
    assert.equal(guard.error()?.category, 'timeout');
    const released = new RunGuard({ deadlineMs: 10, clock, startOnFirstRequest: true });
    released.dispose();
    released.start(); // the run ended before any request: no timer is armed
    await clock.advance(100);
    assert.equal(released.error(), undefined);
  });
});

describe('RunGuard with the model client (real SDK, fake server)', function () {
  this.timeout(20_000);
  const server = useFakeModelServer({ apiKey: KEY, deadlineMs: 20_000, maxRetries: 3, maxConcurrency: 4 }, { random: () => 0.5, backoff: { baseDelayMs: 100, maxDelayMs: 100 } });
  const client = (over: Partial<AiClientConfig> = {}): ModelClient => server.client(over);
  let fake: FakeOpenAI;
  beforeEach(() => (fake = server.fake));

  it('a guard that starts on the first request: the client starts its deadline when a request is made', async () => {
    fake.fallback = delay(400, ok('late'));
    const guard = new RunGuard({ deadlineMs: 150, startOnFirstRequest: true });
    await new Promise((resolve) => setTimeout(resolve, 250)); // longer than the deadline, before any request
    assert.equal(guard.error(), undefined, 'time before the first request does not count');
    const [result] = await settle([client().complete(request, { guard })]);
    assert.ok(result instanceof ModelError);
    assert.match(guard.error()?.message ?? '', /deadline of 0\.2 s passed/);
    guard.dispose();
  });

  it('a server that never answers: 8 requests at concurrency 4 cost about one attempt timeout, not one per request', async () => {
    fake.fallback = hang();
    const guard = new RunGuard();
    const c = client({ timeoutMs: 500 });
    const started = Date.now();
    const results = await settle(Array.from({ length: 8 }, () => c.complete(request, { guard })));
    const elapsed = Date.now() - started;
    for (const r of results) {
      assert.ok(r instanceof ModelError);
      assert.equal(r.category, 'timeout', 'never "cancelled": only the user cancels');
    }
    assert.match(guard.error()?.message ?? '', /requests in a row failed \(timeout/);
    assert.ok(fake.requests.length <= 5, `${fake.requests.length} requests`);
    assert.ok(elapsed < 2000, `${elapsed} ms`);
  });

  it('a Retry-After beyond the cap ends the run: every request rate_limit, none retried or sent after', async () => {
    fake.enqueue(retryAfterDay());
    fake.fallback = delay(300, ok('late'));
    const guard = new RunGuard();
    const c = client();
    const [first] = [settle([c.complete(request, { guard })])];
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rest = settle(Array.from({ length: 7 }, () => c.complete(request, { guard })));
    const results = [...(await first), ...(await rest)];
    for (const r of results) {
      assert.ok(r instanceof ModelError, 'in flight ones are aborted, queued ones never sent');
      assert.equal(r.category, 'rate_limit');
      assert.match(r.message, /86400 s \(24 h\)/);
    }
    assert.ok(fake.requests.length <= 4, `${fake.requests.length} requests`);
  });

  it('the guard opening aborts a request in flight at once, with its error (not cancelled)', async () => {
    fake.fallback = hang();
    const guard = new RunGuard();
    const pending = client({ timeoutMs: 10_000 }).complete(request, { guard });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    guard.open(new ModelError({ category: 'quota', message: 'quota used up' }));
    const [result] = await settle([pending]);
    assert.ok(result instanceof ModelError);
    assert.equal(result.category, 'quota');
    assert.ok(Date.now() - started < 500);
  });

  it('a connection reset three times in a row opens it; the client stops retrying', async () => {
    fake.fallback = reset();
    const guard = new RunGuard();
    const [result] = await settle([client({ maxRetries: 5 }).complete(request, { guard })]);
    assert.ok(result instanceof ModelError);
    assert.equal(result.category, 'network');
    assert.equal(fake.requests.length, 3);
  });

  it('500s do not open it (the server answers); a success resets it', async () => {
    fake.enqueue(status(500), status(500), status(500), ok('fine'));
    const guard = new RunGuard();
    const result = await client().complete(request, { guard });
    assert.equal(result.text, 'fine');
    assert.equal(guard.error(), undefined);
  });
});

describe('RunGuard behind the AI describer', function () {
  this.timeout(20_000);
  const SOURCE = 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n';

  it('once open, symbols get their template with the guard\'s error, and no request is sent', async () => {
    const fake = await FakeOpenAI.start();
    fake.fallback = ok(modelAnswer('Adds.'));
    const c = createModelClient({ provider: 'openai', apiKey: KEY, baseURL: fake.baseURL, model: 'gpt-test', timeoutMs: 2000, deadlineMs: 5000, maxRetries: 1 });
    try {
      const guard = new RunGuard();
      const events: AiRunEvent[] = [];
      const describe = createAiDescriber({ client: c, model: 'gpt-test', source: SOURCE, style: 'google', guard, onEvent: (e) => events.push(e) });
      const { symbols } = await extractSymbols(SOURCE, 'python');
      const reason = new ModelError({ category: 'rate_limit', message: 'the server asked to wait 86400 s (24 h)', endsRun: true });
      guard.open(reason);
      for (const symbol of symbols) {
        const template = templateDocstring(symbol, 'google');
        assert.equal(await describe(symbol, template), template);
      }
      assert.equal(fake.requests.length, 0);
      assert.ok(events.length >= 2);
      for (const e of events) {
        assert.equal(e.kind, 'fallback');
        assert.equal(e.error, reason);
      }
    } finally {
      c.close();
      await fake.close();
    }
  });
});
