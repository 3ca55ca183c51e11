import assert from 'node:assert/strict';
import { costUsd, DEFAULT_PRICES } from '../../../src/core/ai/cost';
import { dayKey, KEPT_DAYS, parsePersisted, rollUp } from '../../../src/core/metrics/persist';
import { MetricsStore, type BudgetSettings } from '../../../src/core/metrics/store';
import type { MetricEvent, TokenUsage } from '../../../src/core/metrics/types';

/** Noon (local) of day `d` of January 2025; d > 31 runs on into February. */
const day = (d: number): number => new Date(2025, 0, d, 12).getTime();

type Attempt = Extract<MetricEvent, { kind: 'attempt' }>;
function attempt(at: number, over: Partial<Attempt> = {}, usage: TokenUsage | null = { prompt: 100, completion: 10 }): Attempt {
  return {
    kind: 'attempt', at, requestId: 'r', provider: 'openai', model: 'gpt-4o-mini', attempt: 1, latencyMs: 400, queuedMs: 0,
    outcome: 'ok', ...(usage ? { usage } : {}), ...over,
  };
}

function storeAt(now: number, budget?: BudgetSettings, prices = DEFAULT_PRICES): MetricsStore {
  return new MetricsStore({ now: () => now, memory: () => ({ heapUsedBytes: 1, rssBytes: 2 }), prices, ...(budget ? { budget } : {}) });
}

/** What storage hands back: a JSON copy, never the object given to it. */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('metrics store', () => {
  it('keeps failed attempts out of the latency percentiles: a burst of refused connections does not drag p50 down', () => {
    const store = storeAt(day(3));
    for (let i = 0; i < 40; i++) store.record(attempt(day(3), { latencyMs: 6, outcome: i % 2 ? 'fail' : 'retry', category: 'network' }, null));
    for (const ms of [900, 1000, 1100, 1200, 1300]) store.record(attempt(day(3), { latencyMs: ms }));
    const { today, session } = store.snapshot().latency;
    for (const view of [today, session]) {
      assert.equal(view.count, 5, 'answered attempts only');
      assert.equal(view.failed, 40, 'failed attempts shown apart');
      assert.ok(view.p50 > 900 && view.p50 < 1300, `p50 ${view.p50} ms is the answered attempts' median`);
      assert.ok(view.buckets.every((b) => b.lowMs >= 800), 'no 6 ms bucket');
    }
  });

  it('counts attempts, retries, failures, errors, cache, fallbacks, waits and in-flight requests', () => {
    const store = storeAt(day(3));
    let changes = 0;
    const sub = store.onDidChange(() => changes++);
    store.record({ kind: 'request-start', at: day(3), requestId: 'a' });
    store.record({ kind: 'request-start', at: day(3), requestId: 'b' });
    store.record(attempt(day(3), { outcome: 'retry', category: 'rate_limit', status: 429, queuedMs: 1500 }, null));
    store.record(attempt(day(3), { attempt: 2, queuedMs: 500 }));
    store.record(attempt(day(3), { outcome: 'fail', category: 'timeout' }, null));
    store.record(attempt(day(3), { outcome: 'fail', category: 'cancelled' }, null));
    store.record({ kind: 'cache', at: day(3), hit: true });
    store.record({ kind: 'cache', at: day(3), hit: false });
    // The timeout was counted by its failed attempt; the unusable answer and the budget stop had none.
    store.record({ kind: 'fallback', at: day(3), category: 'timeout', countedByAttempt: true });
    store.record({ kind: 'fallback', at: day(3), category: 'invalid_response' });
    store.record({ kind: 'fallback', at: day(3), category: 'budget' });
    store.record({ kind: 'request-end', at: day(3), requestId: 'a' });
    store.record({ kind: 'request-end', at: day(3), requestId: 'a' });
    store.record({ kind: 'request-end', at: day(3), requestId: 'never-started' });
    for (const ms of [10, 20, 30]) store.record({ kind: 'work', at: day(3), what: 'extract', ms });

    const snap = store.snapshot();
    const t = snap.session;
    assert.equal(t.attempts, 4);
    assert.equal(t.retries, 1);
    assert.equal(t.requests, 3);
    assert.deepEqual(t.errors, { rate_limit: 1, timeout: 1, invalid_response: 1, budget: 1 });
    assert.equal(t.cacheHits, 1);
    assert.equal(t.cacheMisses, 1);
    assert.equal(t.fallbacks, 3);
    assert.equal(t.rateLimitWaits, 2);
    assert.equal(t.rateLimitWaitMs, 2000);
    assert.equal(t.promptTokens, 100);
    assert.equal(snap.inFlight, 1);
    // Only the answered attempt has a latency; the three that failed are counted apart.
    assert.equal(snap.latency.session.count, 1);
    assert.equal(snap.latency.session.failed, 3);
    assert.equal(snap.work.extract.count, 3);
    assert.equal(snap.work.validate.count, 0);
    assert.deepEqual(snap.memory, { heapUsedBytes: 1, rssBytes: 2 });
    const { startedAt, ...sessionTotals } = t;
    const { date, ...todayTotals } = snap.today;
    assert.equal(startedAt, day(3));
    assert.equal(date, '2025-01-03');
    assert.deepEqual(todayTotals, sessionTotals);
    assert.equal(changes, 17);
    sub.dispose();
    store.record({ kind: 'cache', at: day(3), hit: true });
    assert.equal(changes, 17);
  });

  it('day totals go to the local date of the event, session totals to everything', () => {
    const store = storeAt(day(3));
    store.record(attempt(day(1)));
    store.record(attempt(day(3)));
    store.record(attempt(day(3)));
    const snap = store.snapshot();
    assert.equal(snap.session.requests, 3);
    assert.equal(snap.today.requests, 2);
    assert.deepEqual(snap.days.map((d) => [d.date, d.requests]), [['2025-01-01', 1], ['2025-01-03', 2]]);
  });

  it('a snapshot always lists today, even before any use', () => {
    const snap = storeAt(day(5)).snapshot();
    assert.deepEqual(snap.days.map((d) => d.date), ['2025-01-05']);
    assert.equal(snap.budget.level, 'ok');
    assert.equal(snap.rateLimit, undefined);
  });

  it('rate limit, provider and model come from what was set', () => {
    const store = storeAt(day(1));
    store.setRateLimitSource(() => ({ active: 2, queued: 3, pausedForMs: 0, requestsPerMinute: 60 }));
    store.setModel('openai', 'gpt-5-mini');
    const snap = store.snapshot();
    assert.deepEqual(snap.rateLimit, { active: 2, queued: 3, pausedForMs: 0, requestsPerMinute: 60 });
    assert.equal(snap.provider, 'openai');
    assert.equal(snap.model, 'gpt-5-mini');
  });
});

describe('metrics costs', () => {
  it('charges cached prompt tokens at the cached rate (gpt-4o-mini)', () => {
    const store = storeAt(day(1));
    store.record(attempt(day(1), {}, { prompt: 1_000_000, completion: 100_000, cached: 200_000 }));
    const expected = (800_000 * 0.15 + 200_000 * 0.075 + 100_000 * 0.6) / 1_000_000; // $0.195
    const today = store.today();
    assert.ok(Math.abs(today.costUsd - expected) < 1e-12, `${today.costUsd} vs ${expected}`);
    assert.ok(Math.abs(today.costUsd - 0.195) < 1e-12);
    assert.equal(today.cachedTokens, 200_000);
    assert.equal(today.unpricedTokens, 0);
  });

  it('a dated model name takes its family price; a price without a cached rate charges the input rate', () => {
    const store = storeAt(day(1));
    store.record(attempt(day(1), { model: 'gpt-4o-mini-2024-07-18' }, { prompt: 1_000_000, completion: 0 }));
    assert.ok(Math.abs(store.today().costUsd - 0.15) < 1e-12);
    assert.equal(costUsd({ inputPerMTok: 2, outputPerMTok: 8 }, 1_000_000, 0, 500_000), 2);
    assert.equal(costUsd({ inputPerMTok: 2, outputPerMTok: 8, cachedInputPerMTok: 0.5 }, 1_000_000, 1_000_000, 500_000), 9.25);
    assert.equal(costUsd(DEFAULT_PRICES['gpt-4o'], 1_000_000, 0), 2.5);
  });

  it('an unknown model counts its tokens as unpriced, with no cost', () => {
    const store = storeAt(day(1));
    store.record(attempt(day(1), { model: 'my-local-llama' }, { prompt: 1200, completion: 300 }));
    store.record(attempt(day(1), {}, { prompt: 1000, completion: 0 }));
    const today = store.today();
    assert.equal(today.unpricedTokens, 1500);
    assert.equal(today.promptTokens, 2200);
    assert.ok(Math.abs(today.costUsd - 0.00015) < 1e-15);
  });

  it('prices set later apply to later events', () => {
    const store = storeAt(day(1));
    store.setPrices({ 'my-local-llama': { inputPerMTok: 1, outputPerMTok: 1 } });
    store.record(attempt(day(1), { model: 'my-local-llama' }, { prompt: 1_000_000, completion: 1_000_000 }));
    assert.equal(store.today().costUsd, 2);
    assert.equal(store.today().unpricedTokens, 0);
  });
});

describe('metrics budget', () => {
  // 1 token = $1 makes cost percentages easy to set.
  const dollarPerToken = { m: { inputPerMTok: 1_000_000, outputPerMTok: 1_000_000 } };
  const budget = (over: Partial<BudgetSettings>): BudgetSettings => ({ dailyTokens: 0, dailyCostUsd: 0, warnAtPercent: 80, hardStop: false, ...over });
  function used(tokens: number, settings: BudgetSettings): MetricsStore {
    const store = storeAt(day(2), settings, dollarPerToken);
    store.record(attempt(day(1), { model: 'm' }, { prompt: 10_000, completion: 0 })); // yesterday: not counted
    store.record(attempt(day(2), { model: 'm' }, { prompt: tokens - 10, completion: 10 }));
    return store;
  }

  it('token budget: ok at 79 %, warn at 80 %, over at 100 %', () => {
    const settings = budget({ dailyTokens: 1000 });
    assert.equal(used(790, settings).budget().level, 'ok');
    assert.equal(used(800, settings).budget().level, 'warn');
    assert.equal(used(999, settings).budget().level, 'warn');
    assert.equal(used(1000, settings).budget().level, 'over');
    const view = used(800, settings).budget();
    assert.equal(view.tokenPercent, 80);
    assert.equal(view.costPercent, undefined);
  });

  it('cost budget: ok at 79 %, warn at 80 %, over at 100 %', () => {
    const settings = budget({ dailyCostUsd: 100 });
    assert.equal(used(79, settings).budget().level, 'ok');
    assert.equal(used(80, settings).budget().level, 'warn');
    assert.equal(used(100, settings).budget().level, 'over');
    assert.ok(Math.abs((used(80, settings).budget().costPercent ?? 0) - 80) < 1e-9);
    assert.equal(used(80, settings).budget().tokenPercent, undefined);
  });

  it('both budgets: the higher use decides', () => {
    const settings = budget({ dailyTokens: 100_000, dailyCostUsd: 100, warnAtPercent: 90 });
    const view = used(100, settings).budget();
    assert.equal(view.level, 'over');
    assert.equal(view.tokenPercent, 0.1);
    assert.equal(used(85, settings).budget().level, 'ok');
    assert.equal(used(90, settings).budget().level, 'warn');
  });

  it('0 means no budget, whatever the use', () => {
    const view = used(1_000_000, budget({})).budget();
    assert.equal(view.level, 'ok');
    assert.equal(view.tokenPercent, undefined);
    assert.equal(view.costPercent, undefined);
  });

  it('setBudget applies at once and fires change', () => {
    const store = used(800, budget({}));
    let changes = 0;
    store.onDidChange(() => changes++);
    store.setBudget(budget({ dailyTokens: 800, hardStop: true }));
    assert.equal(changes, 1);
    assert.equal(store.snapshot().budget.level, 'over');
    assert.equal(store.snapshot().budget.hardStop, true);
  });
});

describe('metrics persistence', () => {
  it('round trip: persist, JSON, load in a new store gives the same day totals', () => {
    const a = storeAt(day(5));
    a.record(attempt(day(2), { latencyMs: 800 }, { prompt: 500, completion: 50, cached: 100 }));
    a.record(attempt(day(4), { outcome: 'retry', category: 'server', queuedMs: 30 }, null));
    a.record(attempt(day(4), { model: 'unknown-model' }));
    a.record({ kind: 'cache', at: day(5), hit: true });
    a.record({ kind: 'fallback', at: day(5), category: 'budget' });
    assert.equal(a.hasUnsaved(), true);
    const saved = roundTrip(a.persist(undefined));
    assert.equal(a.hasUnsaved(), false);

    const b = storeAt(day(5));
    assert.deepEqual(b.load(saved), {});
    const sa = a.snapshot();
    const sb = b.snapshot();
    assert.deepEqual(sb.days, sa.days);
    assert.deepEqual(sb.today, sa.today);
    assert.equal(sb.days.length, 3);
    assert.deepEqual(sb.days.map((d) => d.date), ['2025-01-02', '2025-01-04', '2025-01-05']);
    assert.equal(sb.days[1].unpricedTokens, 110);
    assert.deepEqual(sb.days[1].errors, { server: 1 });
    assert.equal(sb.latency.today.count, 0);
    assert.equal(b.snapshot().session.requests, 0); // the session is this window's, not stored
  });

  it('keeps 30 days and rolls the 10 older ones of 40 into one sum', () => {
    const store = storeAt(day(40));
    for (let d = 1; d <= 40; d++) store.record(attempt(day(d), {}, { prompt: d, completion: 1 }));
    const saved = store.persist(undefined);
    assert.equal(saved.days.length, KEPT_DAYS);
    assert.equal(saved.days[0].date, dayKey(day(11)));
    assert.equal(saved.days[29].date, dayKey(day(40)));
    assert.ok(saved.older);
    assert.equal(saved.older.from, '2025-01-01');
    assert.equal(saved.older.to, '2025-01-10');
    assert.equal(saved.older.requests, 10);
    assert.equal(saved.older.promptTokens, 55);
    assert.equal(saved.older.latency.counts[Object.keys(saved.older.latency.counts)[0]], 10);
    const snap = store.snapshot();
    assert.equal(snap.days.length, 30);
    assert.equal(snap.older?.requests, 10);

    // Ten days later the next ten roll into the same entry, which grows to cover them.
    const later = storeAt(day(50));
    later.load(roundTrip(saved));
    const again = later.persist(roundTrip(saved));
    assert.equal(again.older?.from, '2025-01-01');
    assert.equal(again.older?.to, '2025-01-20');
    assert.equal(again.older?.requests, 20);
    assert.equal(again.days.length, 20);
    assert.equal(later.snapshot().older?.requests, 20);
  });

  it('rollUp adds days of the same date and keeps a gap-free window by date, not by count', () => {
    const empty = parsePersisted(undefined).metrics?.days ?? [];
    assert.deepEqual(empty, []);
    const { days, older } = rollUp(
      [{ ...storeDay(3), date: '2025-01-01' }, { ...storeDay(2), date: '2025-03-01' }, { ...storeDay(1), date: '2025-03-01' }],
      undefined, 30, '2025-03-05',
    );
    assert.deepEqual(days.map((d) => [d.date, d.requests]), [['2025-03-01', 3]]);
    assert.equal(older?.from, '2025-01-01');
    assert.equal(older?.to, '2025-01-01');
    assert.equal(older?.requests, 3);
  });

  it('two windows saving in turn add up, with nothing counted twice', () => {
    let storage: unknown;
    const a = storeAt(day(1));
    const b = storeAt(day(1));
    a.record(attempt(day(1)));
    a.record(attempt(day(1)));
    b.record(attempt(day(1)));
    b.record(attempt(day(1)));
    b.record(attempt(day(1)));
    storage = roundTrip(a.persist(storage));
    storage = roundTrip(b.persist(storage));
    assert.equal(parsePersisted(storage).metrics?.days[0].requests, 5);
    a.record(attempt(day(1)));
    storage = roundTrip(a.persist(storage));
    storage = roundTrip(a.persist(storage)); // nothing new: saving again adds nothing
    storage = roundTrip(b.persist(storage));
    assert.equal(parsePersisted(storage).metrics?.days[0].requests, 6);
    assert.equal(parsePersisted(storage).metrics?.days[0].promptTokens, 600);
    // b has the other window's use after loading, and its own unsaved use on top.
    b.load(storage);
    b.record(attempt(day(1)));
    assert.equal(b.today().requests, 7);
    assert.equal(b.hasUnsaved(), true);
    assert.equal(parsePersisted(storage).metrics?.days[0].requests, 6);
  });

  it('a stored value of the wrong shape is reported; the store keeps working and the next save replaces it', () => {
    assert.deepEqual(parsePersisted(undefined), { metrics: { v: 1, days: [] } });
    const wrongVersion = parsePersisted({ v: 2, days: [] });
    assert.equal(wrongVersion.metrics, undefined);
    assert.match(wrongVersion.problem ?? '', /\bv\b.*expected 1/);
    assert.match(parsePersisted('garbage').problem ?? '', /expected object/);

    const good = roundTrip(storeWith(day(1)).persist(undefined)) as { days: Record<string, unknown>[] };
    good.days[0].requests = 'many';
    const store = storeAt(day(1));
    const { problem } = store.load(good);
    assert.match(problem ?? '', /days\.0\.requests: expected number/);
    store.record(attempt(day(1)));
    assert.equal(store.snapshot().today.requests, 1);
    const saved = store.persist(good);
    assert.equal(parsePersisted(roundTrip(saved)).problem, undefined);
    assert.equal(saved.days[0].requests, 1);
  });

  it('bad numbers in events never make the saved value unreadable', () => {
    const store = storeAt(day(1));
    store.record(attempt(day(1), { latencyMs: Number.NaN, queuedMs: -3 }, { prompt: Number.NaN, completion: -1, cached: Infinity }));
    const saved = roundTrip(store.persist(undefined));
    assert.equal(parsePersisted(saved).problem, undefined);
  });

  it('reset clears everything, and the next save drops the stored history too', () => {
    const store = storeAt(day(2));
    store.record(attempt(day(2)));
    const storage = roundTrip(store.persist(undefined));
    store.record(attempt(day(2)));
    let changes = 0;
    store.onDidChange(() => changes++);
    store.reset();
    assert.equal(changes, 1);
    assert.equal(store.snapshot().session.requests, 0);
    assert.equal(store.today().requests, 0);
    assert.equal(store.hasUnsaved(), true);
    store.record(attempt(day(2)));
    const saved = store.persist(storage);
    assert.equal(saved.days[0].requests, 1);
    assert.equal(store.hasUnsaved(), false);
  });
});

function storeDay(requests: number) {
  const s = storeAt(day(1));
  for (let i = 0; i < requests; i++) s.record(attempt(day(1)));
  return s.today();
}

function storeWith(at: number): MetricsStore {
  const s = storeAt(at);
  s.record(attempt(at));
  return s;
}

describe('metrics of batches', () => {
  type BatchEvent = Extract<MetricEvent, { kind: 'batch' }>;
  const batch = (at: number, over: Partial<BatchEvent> = {}): BatchEvent => ({
    kind: 'batch', at, provider: 'openai', model: 'gpt-4o-mini', batchId: 'batch_1', requests: 40, failed: 2,
    usage: { prompt: 1_000_000, completion: 100_000, cached: 200_000 }, ...over,
  });

  it('a batch event adds its tokens to the day at batch rates, its requests to batchRequests, once', () => {
    const store = storeAt(day(3));
    store.record(batch(day(3)));
    const today = store.today();
    // Batch rates of gpt-4o-mini: every prompt token (cached too) at 0.075, completion at 0.30.
    const expected = (1_000_000 * 0.075 + 100_000 * 0.3) / 1_000_000;
    assert.ok(Math.abs(today.costUsd - expected) < 1e-12, `${today.costUsd} vs ${expected}`);
    assert.ok(today.costUsd < costUsd(DEFAULT_PRICES['gpt-4o-mini'], 1_000_000, 100_000, 200_000), 'cheaper than standard');
    assert.equal(today.promptTokens, 1_000_000);
    assert.equal(today.completionTokens, 100_000);
    assert.equal(today.cachedTokens, 200_000);
    assert.equal(today.batchRequests, 40);
    assert.equal(today.requests, 0, 'no interactive request');
    assert.equal(today.attempts, 0);
    assert.equal(store.snapshot().session.batchRequests, 40);
  });

  it('the daily cost budget sees batch spend', () => {
    const store = storeAt(day(3), { dailyTokens: 0, dailyCostUsd: 0.1, warnAtPercent: 80, hardStop: true });
    assert.equal(store.budget().level, 'ok');
    store.record(batch(day(3))); // $0.105
    assert.equal(store.budget().level, 'over');
  });

  it('a model without batch rates counts its batch tokens as unpriced, never at standard rates', () => {
    const store = storeAt(day(3), undefined, { 'my-model': { inputPerMTok: 1, outputPerMTok: 1 } });
    store.record(batch(day(3), { model: 'my-model', usage: { prompt: 300, completion: 200 } }));
    const today = store.today();
    assert.equal(today.costUsd, 0);
    assert.equal(today.unpricedTokens, 500);
    assert.equal(today.batchRequests, 40);
  });

  it('batchRequests survive a save, and a day saved before batches existed loads with 0', () => {
    const a = storeAt(day(5));
    a.record(batch(day(5)));
    const saved = roundTrip(a.persist(undefined)) as { days: Record<string, unknown>[] };
    const b = storeAt(day(5));
    assert.deepEqual(b.load(saved), {});
    assert.equal(b.today().batchRequests, 40);
    assert.ok(Math.abs(b.today().costUsd - a.today().costUsd) < 1e-12);

    const old = structuredClone(saved);
    delete old.days[0].batchRequests;
    const c = storeAt(day(5));
    assert.deepEqual(c.load(old), {});
    assert.equal(c.today().batchRequests, 0);
    assert.equal(c.today().promptTokens, 1_000_000);
  });
});
