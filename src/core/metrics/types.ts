/**
 * What the metrics store records and what it hands out. Plain data only (JSON-safe), so the same
 * shapes are persisted, exported and posted to the metrics webview.
 */
import type { ErrorCategory } from '../ai/errors';

/** Failure kinds counted by the store: the model client's categories, plus a budget hard stop. */
export type MetricErrorCategory = ErrorCategory | 'budget';

/** Token usage of one answered request, as the server reported it. */
export interface TokenUsage {
  prompt: number;
  completion: number;
  /** Prompt tokens the provider served from its prompt cache (billed lower). */
  cached?: number;
}

/** Everything the store is fed. `at` is epoch ms; the day it counts for is the local date of `at`. */
export type MetricEvent =
  /** One HTTP attempt of a model request ended (ok, will be retried, or failed for good). */
  | {
      kind: 'attempt';
      at: number;
      requestId: string;
      provider: string;
      model: string;
      attempt: number;
      latencyMs: number;
      /** Time this attempt waited for the rate limiter (pacing, server budget, 429 pause) before it was sent. */
      queuedMs: number;
      outcome: 'ok' | 'retry' | 'fail';
      status?: number;
      category?: ErrorCategory;
      usage?: TokenUsage;
    }
  /** A model request (one symbol; all its attempts) started or ended: drives "requests in flight". */
  | { kind: 'request-start'; at: number; requestId: string }
  | { kind: 'request-end'; at: number; requestId: string }
  /** The description cache answered (hit) or the model had to be asked (miss). */
  | { kind: 'cache'; at: number; hit: boolean }
  /**
   * A symbol got its template because the model could not describe it. `countedByAttempt`: the
   * error is the one the last failed attempt already counted (else it is counted here: a budget
   * stop, an unusable answer to a good response, a deadline before any attempt).
   */
  | { kind: 'fallback'; at: number; category: MetricErrorCategory; countedByAttempt?: boolean }
  /** Editor work: parsing a document for its symbols, or validating its docstrings. */
  | { kind: 'work'; at: number; what: WorkKind; ms: number }
  /**
   * A provider's batch was applied: recorded once per batch, with the summed usage of its answered
   * lines. Priced at the model's batch rates (no batch rates: counted, not priced).
   */
  | { kind: 'batch'; at: number; provider: string; model: string; batchId: string; requests: number; failed: number; usage: TokenUsage };

export type WorkKind = 'extract' | 'validate';

/** A latency histogram: fixed log-spaced buckets (see histogram.ts); sparse `bucket index -> count`. */
export interface HistogramData {
  counts: Record<string, number>;
}

/** Additive totals: for one day, for the session, or for a rolled-up range of older days. */
export interface Totals {
  /** Model requests answered or failed (one per symbol asked; retries are extra attempts). */
  requests: number;
  /** Requests answered or failed inside providers' batches (not in `requests`: they have no attempts). */
  batchRequests: number;
  attempts: number;
  retries: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  costUsd: number;
  /** Tokens of models without a known price (counted, not priced). */
  unpricedTokens: number;
  cacheHits: number;
  cacheMisses: number;
  /** Symbols that got a template because the model could not describe them. */
  fallbacks: number;
  /** Attempts that waited for the rate limiter, and for how long in all. */
  rateLimitWaits: number;
  rateLimitWaitMs: number;
  /** Failed attempts (retried or not) and fallbacks by kind. */
  errors: Partial<Record<MetricErrorCategory, number>>;
  /** Latency of answered attempts (outcome ok), ms; failed ones are `attempts` minus its count. */
  latency: HistogramData;
}

export interface DayTotals extends Totals {
  /** Local date `YYYY-MM-DD`. */
  date: string;
}

/** Days before the kept window, summed into one entry. */
export interface RolledUpTotals extends Totals {
  from: string;
  to: string;
}

/** What is persisted between sessions (bounded: at most KEPT_DAYS days plus one roll-up). */
export interface PersistedMetrics {
  v: 1;
  days: DayTotals[];
  older?: RolledUpTotals;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Latency of answered attempts (`count`); attempts that failed are counted apart, without a latency. */
export interface LatencyView extends Percentiles {
  /** Attempts that failed (retried or not): not in the percentiles. */
  failed: number;
  /** Non-empty buckets in order, for drawing. */
  buckets: { lowMs: number; highMs: number; count: number }[];
}

/** The model client's rate limiter, now. */
export interface RateLimitState {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  maxConcurrency?: number;
  /** Requests holding a slot, and requests waiting for one. */
  active: number;
  queued: number;
  /** Left of a 429 pause, ms (0 when not paused). */
  pausedForMs: number;
  /** What the server last said is left (x-ratelimit-remaining-*), while that window lasts. */
  serverRemainingRequests?: number;
  serverRemainingTokens?: number;
}

export type BudgetLevel = 'ok' | 'warn' | 'over';

export interface BudgetView {
  dailyTokens: number;
  dailyCostUsd: number;
  warnAtPercent: number;
  hardStop: boolean;
  /** Today's use as a percentage of each budget (absent when that budget is 0 = none). */
  tokenPercent?: number;
  costPercent?: number;
  level: BudgetLevel;
}

/** Everything the status bar, the webview and the exports show, at one moment. */
export interface MetricsSnapshot {
  takenAt: number;
  session: Totals & { startedAt: number };
  today: DayTotals;
  /** The kept days with any use, oldest first, today included. */
  days: DayTotals[];
  older?: RolledUpTotals;
  latency: { today: LatencyView; session: LatencyView };
  work: Record<WorkKind, Percentiles>;
  inFlight: number;
  memory: { heapUsedBytes: number; rssBytes: number };
  budget: BudgetView;
  rateLimit?: RateLimitState;
  provider?: string;
  model?: string;
}
