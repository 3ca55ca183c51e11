import assert from 'node:assert/strict';
import { MAX_SERVER_WAIT_MS, MAX_TIMER_DELAY_MS, abortableSleep, backoffDelay, parseResetDuration, parseRetryAfter, timerDelay } from '../../../src/core/ai/retry';
import { RunGuard } from '../../../src/core/ai/runGuard';

/** Replaces the global setTimeout while `body` runs: records every timer armed, fires them only on demand. */
async function withFakeTimers(body: (timers: { delay: number; fire: () => void; cleared: boolean }[]) => Promise<void>): Promise<void> {
  const timers: { delay: number; fire: () => void; cleared: boolean }[] = [];
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  globalThis.setTimeout = ((fire: () => void, delay: number) => {
    const timer = { delay, fire, cleared: false };
    timers.push(timer);
    return timer;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((timer: { cleared: boolean } | undefined) => {
    if (timer) timer.cleared = true;
  }) as unknown as typeof clearTimeout;
  try {
    await body(timers);
  } finally {
    globalThis.setTimeout = realSet;
    globalThis.clearTimeout = realClear;
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

const headers = (values: Record<string, string>) => new Headers(values);

describe('ai retry timing', () => {
  it('timers hold at most 2^31-1 ms: a longer sleep re-arms for the rest and never ends early', async () => {
    assert.equal(timerDelay(2_200_000_000), MAX_TIMER_DELAY_MS);
    assert.equal(timerDelay(-5), 0);
    assert.equal(timerDelay(Number.NaN), 0);
    await withFakeTimers(async (timers) => {
      let done = false;
      const sleep = abortableSleep(2_200_000 * 1000).then(() => (done = true));
      assert.deepEqual(timers.map((t) => t.delay), [MAX_TIMER_DELAY_MS], 'no timer beyond the range (Node would fire it after 1 ms)');
      timers[0].fire();
      await tick();
      assert.equal(done, false, 'the first 24.8 days are not the whole sleep');
      assert.deepEqual(timers.map((t) => t.delay), [MAX_TIMER_DELAY_MS, 2_200_000_000 - MAX_TIMER_DELAY_MS]);
      timers[1].fire();
      await sleep;
      assert.equal(done, true);
    });
  });

  it('a run deadline above 2^31-1 ms does not open the guard early; dispose cancels the re-armed timer', async () => {
    await withFakeTimers(async (timers) => {
      const guard = new RunGuard({ deadlineMs: 2_200_000 * 1000 });
      assert.equal(timers[0].delay, MAX_TIMER_DELAY_MS);
      timers[0].fire();
      await tick();
      assert.equal(guard.error(), undefined, 'the deadline has not passed');
      assert.equal(guard.signal.aborted, false);
      guard.dispose();
      await tick();
      assert.equal(timers[1].cleared, true);
    });
  });

  it('full jitter stays in [0, min(max, base * 2^(retry-1)))', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(backoffDelay(1, options, () => 0), 0);
    assert.equal(backoffDelay(1, options, () => 0.999), 99);
    assert.equal(backoffDelay(3, options, () => 0.999), 399);
    assert.equal(backoffDelay(10, options, () => 0.999), 999, 'capped at maxDelayMs');
  });

  it('reads retry-after-ms first, then Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now), 250);
    assert.equal(parseRetryAfter(headers({ 'retry-after': '2' }), now), 2000);
    assert.equal(parseRetryAfter(headers({ 'retry-after': '0.5' }), now), 500);
    assert.equal(parseRetryAfter(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now), 5000);
    assert.equal(parseRetryAfter(headers({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }), now), 0, 'a past date means now');
    assert.equal(parseRetryAfter(headers({ 'retry-after': 'soon' }), now), undefined);
    assert.equal(parseRetryAfter(headers({}), now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  it('caps a huge wait hint at 60 s', () => {
    assert.equal(MAX_SERVER_WAIT_MS, 60_000);
    assert.equal(parseRetryAfter(headers({ 'retry-after': '86400' }), 0), 60_000);
    assert.equal(parseRetryAfter(headers({ 'retry-after-ms': '86400000' }), 0), 60_000);
    assert.equal(parseRetryAfter(headers({ 'retry-after': 'Fri, 01 Jan 2100 00:00:00 GMT' }), Date.now()), 60_000);
  });

  it('reads x-ratelimit-reset-* as Go durations, seconds or dates', () => {
    assert.equal(parseResetDuration('1s', 0), 1000);
    assert.equal(parseResetDuration('20ms', 0), 20);
    assert.equal(parseResetDuration('6m0s', 0), 360_000);
    assert.equal(parseResetDuration('1h2m3.5s', 0), 3_723_500);
    assert.equal(parseResetDuration('0.5', 0), 500);
    assert.equal(parseResetDuration('Thu, 01 Jan 1970 00:00:03 GMT', 1000), 2000);
    assert.equal(parseResetDuration('never', 0), undefined);
    assert.equal(parseResetDuration(null, 0), undefined);
  });

  it('a sleep rejects as soon as its signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await assert.rejects(abortableSleep(10_000, controller.signal), /stop/);
    assert.ok(Date.now() - started < 500);
  });
});
