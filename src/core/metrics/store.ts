/**
 * The usage metrics of the AI features: fed events by the model client and the editor, it keeps
 * totals for this session and per local day, and hands out snapshots for the status bar, the
 * metrics page and exports. Plain Node (no `vscode`), so it is unit-tested and the clock, prices
 * and memory reading are injectable.
 *
 * Persistence is split in two because several windows share one storage value: `base` is what
 * was last read or written, `unsaved` is what this window added since. Saving adds `unsaved` to
 * the value freshly re-read from storage, so no window overwrites another's use and nothing is
 * counted twice.
 */
import { costUsd, DEFAULT_PRICES, priceFor, type ModelPrice } from '../ai/cost';
import { addSample, emptyHistogram, latencyView, percentiles } from './histogram';
import { addTotals, dayKey, emptyTotals, KEPT_DAYS, parsePersisted, rollUp } from './persist';
import type {
  BudgetView, DayTotals, HistogramData, MetricEvent, MetricsSnapshot, PersistedMetrics, RateLimitState, RolledUpTotals,
  TokenUsage, Totals, WorkKind,
} from './types';

/** Daily budgets; 0 = no budget. */
export interface BudgetSettings {
  dailyTokens: number;
  dailyCostUsd: number;
  warnAtPercent: number;
  hardStop: boolean;
}

export const DEFAULT_BUDGET: BudgetSettings = { dailyTokens: 0, dailyCostUsd: 0, warnAtPercent: 80, hardStop: false };

export interface MetricsStoreOptions {
  now?: () => number;
  /** Default DEFAULT_PRICES; the caller merges user overrides over the defaults. */
  prices?: Record<string, ModelPrice>;
  memory?: () => { heapUsedBytes: number; rssBytes: number };
  budget?: BudgetSettings;
}

type Stored = { days: DayTotals[]; older?: RolledUpTotals };

/** A count from outside: NaN, negative or infinite become 0 (one would make the saved value unreadable). */
function n(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) && x > 0 ? x : 0;
}

function hasUse(t: Totals): boolean {
  return t.attempts + t.requests + t.batchRequests + t.cacheHits + t.cacheMisses + t.fallbacks > 0;
}

function defaultMemory(): { heapUsedBytes: number; rssBytes: number } {
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsedBytes: heapUsed, rssBytes: rss };
}

export class MetricsStore {
  private readonly now: () => number;
  private readonly memory: () => { heapUsedBytes: number; rssBytes: number };
  private prices: Record<string, ModelPrice>;
  private budgetSettings: BudgetSettings;
  private session: Totals = emptyTotals();
  private startedAt: number;
  private base: Stored = { days: [] };
  private readonly unsaved = new Map<string, Totals>();
  /** reset() happened: the next persist() replaces what is stored instead of adding to it. */
  private discardStored = false;
  private readonly inFlight = new Set<string>();
  private work: Record<WorkKind, HistogramData> = { extract: emptyHistogram(), validate: emptyHistogram() };
  private rateLimitSource: (() => RateLimitState | undefined) | undefined;
  private provider: string | undefined;
  private model: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(options: MetricsStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.memory = options.memory ?? defaultMemory;
    this.prices = options.prices ?? DEFAULT_PRICES;
    this.budgetSettings = { ...(options.budget ?? DEFAULT_BUDGET) };
    this.startedAt = this.now();
  }

  record(event: MetricEvent): void {
    switch (event.kind) {
      case 'request-start':
        this.inFlight.add(event.requestId);
        break;
      case 'request-end':
        this.inFlight.delete(event.requestId);
        break;
      case 'work':
        addSample(this.work[event.what], n(event.ms));
        break;
      default: {
        this.apply(this.session, event);
        const key = dayKey(event.at);
        let day = this.unsaved.get(key);
        if (!day) this.unsaved.set(key, (day = emptyTotals()));
        this.apply(day, event);
      }
    }
    this.fire();
  }

  /** Adds one attempt, cache, fallback or batch event to `t` in place. */
  private apply(t: Totals, event: Extract<MetricEvent, { kind: 'attempt' | 'cache' | 'fallback' | 'batch' }>): void {
    if (event.kind === 'batch') {
      t.batchRequests += n(event.requests);
      this.addUsage(t, event.model, event.usage, true);
      return;
    }
    if (event.kind === 'cache') {
      if (event.hit) t.cacheHits++;
      else t.cacheMisses++;
      return;
    }
    if (event.kind === 'fallback') {
      t.fallbacks++;
      // An error the failed attempt counted is not counted twice.
      if (!event.countedByAttempt && event.category !== 'cancelled') t.errors[event.category] = (t.errors[event.category] ?? 0) + 1;
      return;
    }
    t.attempts++;
    if (event.outcome === 'retry') t.retries++;
    else t.requests++;
    if (event.outcome !== 'ok' && event.category && event.category !== 'cancelled') {
      t.errors[event.category] = (t.errors[event.category] ?? 0) + 1;
    }
    // Counted whatever the outcome: tokens the server reports were billed even if the answer was unusable.
    if (event.usage) this.addUsage(t, event.model, event.usage, false);
    // Only answered attempts have a latency worth reading: a refused connection fails in a few ms
    // and would drag p50 down (failed attempts are counted apart: attempts minus this histogram).
    if (event.outcome === 'ok') addSample(t.latency, n(event.latencyMs));
    if (n(event.queuedMs) > 0) {
      t.rateLimitWaits++;
      t.rateLimitWaitMs += n(event.queuedMs);
    }
  }

  /** Tokens and their cost (standard or batch rates); a model without such a price counts them as unpriced. */
  private addUsage(t: Totals, model: string, usage: TokenUsage, batch: boolean): void {
    const prompt = n(usage.prompt);
    const completion = n(usage.completion);
    const cached = Math.min(n(usage.cached), prompt);
    t.promptTokens += prompt;
    t.completionTokens += completion;
    t.cachedTokens += cached;
    const price = priceFor(model, this.prices);
    const cost = price ? costUsd(price, prompt, completion, cached, { batch }) : undefined;
    if (cost !== undefined) t.costUsd += cost;
    else t.unpricedTokens += prompt + completion;
  }

  /** Applies to events recorded from now on (costs already counted are not recomputed). */
  setPrices(prices: Record<string, ModelPrice>): void {
    this.prices = prices;
  }

  setBudget(budget: BudgetSettings): void {
    this.budgetSettings = { ...budget };
    this.fire();
  }

  setRateLimitSource(source: (() => RateLimitState | undefined) | undefined): void {
    this.rateLimitSource = source;
  }

  setModel(provider: string | undefined, model: string | undefined): void {
    if (provider === this.provider && model === this.model) return;
    this.provider = provider;
    this.model = model;
    this.fire();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    const own = (): void => listener(); // a wrapper, so the same function added twice is two listeners
    this.listeners.add(own);
    return { dispose: () => void this.listeners.delete(own) };
  }

  private fire(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A failing view must not break recording or the other views.
      }
    }
  }

  /** Stored days plus this window's unsaved ones, rolled up to the kept window as of now. */
  private merged(todayKey: string): Stored {
    const days = [...this.base.days, ...[...this.unsaved].map(([date, t]) => ({ ...t, date }))];
    return rollUp(days, this.base.older, KEPT_DAYS, todayKey);
  }

  today(): DayTotals {
    const date = dayKey(this.now());
    let t = emptyTotals();
    const stored = this.base.days.find((day) => day.date === date);
    if (stored) t = addTotals(t, stored);
    const mine = this.unsaved.get(date);
    if (mine) t = addTotals(t, mine);
    return { ...t, date };
  }

  budget(): BudgetView {
    return this.budgetFor(this.today());
  }

  private budgetFor(today: Totals): BudgetView {
    const b = this.budgetSettings;
    const tokenPercent = b.dailyTokens > 0 ? ((today.promptTokens + today.completionTokens) / b.dailyTokens) * 100 : undefined;
    const costPercent = b.dailyCostUsd > 0 ? (today.costUsd / b.dailyCostUsd) * 100 : undefined;
    const used = Math.max(tokenPercent ?? 0, costPercent ?? 0);
    const EPS = 1e-9; // 0.8 / 1 * 100 must count as 80 %
    const level = used >= 100 - EPS ? 'over' : b.warnAtPercent > 0 && used >= b.warnAtPercent - EPS ? 'warn' : 'ok';
    return {
      dailyTokens: b.dailyTokens,
      dailyCostUsd: b.dailyCostUsd,
      warnAtPercent: b.warnAtPercent,
      hardStop: b.hardStop,
      ...(tokenPercent !== undefined ? { tokenPercent } : {}),
      ...(costPercent !== undefined ? { costPercent } : {}),
      level,
    };
  }

  snapshot(): MetricsSnapshot {
    const takenAt = this.now();
    const todayKey = dayKey(takenAt);
    const { days: kept, older } = this.merged(todayKey);
    const today = kept.find((day) => day.date === todayKey) ?? { ...emptyTotals(), date: todayKey };
    const days = kept.filter((day) => day.date === todayKey || hasUse(day));
    if (!days.includes(today)) days.push(today);
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const rateLimit = this.rateLimitSource?.();
    return {
      takenAt,
      session: { ...structuredClone(this.session), startedAt: this.startedAt },
      today,
      days,
      ...(older ? { older } : {}),
      latency: { today: latencyView(today.latency, today.attempts), session: latencyView(this.session.latency, this.session.attempts) },
      work: { extract: percentiles(this.work.extract), validate: percentiles(this.work.validate) },
      inFlight: this.inFlight.size,
      memory: this.memory(),
      budget: this.budgetFor(today),
      ...(rateLimit ? { rateLimit } : {}),
      ...(this.provider !== undefined ? { provider: this.provider } : {}),
      ...(this.model !== undefined ? { model: this.model } : {}),
    };
  }

  /**
   * Takes the value in storage as the new base; this window's unsaved use stays on top. A value
   * of the wrong shape is reported and counts as empty (the next save replaces it).
   */
  load(persisted: unknown): { problem?: string } {
    if (this.discardStored) return {}; // a reset is waiting to be saved: the stored days are going away
    const { metrics, problem } = parsePersisted(persisted);
    this.base = metrics ? { days: metrics.days, ...(metrics.older ? { older: metrics.older } : {}) } : { days: [] };
    this.fire();
    return problem ? { problem } : {};
  }

  /**
   * The value to save: `current` (re-read from storage just now, as another window may have
   * written since) plus this window's unsaved use, rolled up to KEPT_DAYS. That use counts as
   * saved from now on and the result becomes the base. Does not fire change (a listener that
   * saves must not loop).
   */
  persist(current: unknown): PersistedMetrics {
    const stored = this.discardStored ? undefined : parsePersisted(current).metrics;
    const days = [...(stored?.days ?? []), ...[...this.unsaved].map(([date, t]) => ({ ...t, date }))];
    const result: PersistedMetrics = { v: 1, ...rollUp(days, stored?.older, KEPT_DAYS, dayKey(this.now())) };
    this.unsaved.clear();
    this.discardStored = false;
    this.base = structuredClone({ days: result.days, ...(result.older ? { older: result.older } : {}) });
    return result;
  }

  hasUnsaved(): boolean {
    return this.unsaved.size > 0 || this.discardStored;
  }

  /** Forgets everything: this session, the stored history (at the next save) and unsaved use. */
  reset(): void {
    this.session = emptyTotals();
    this.startedAt = this.now();
    this.base = { days: [] };
    this.unsaved.clear();
    this.discardStored = true;
    this.work = { extract: emptyHistogram(), validate: emptyHistogram() };
    this.fire();
  }
}
