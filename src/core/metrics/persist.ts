/**
 * The persisted form of the metrics: per-day totals for a bounded window plus one roll-up of
 * everything older, so storage stays small however long the extension is used. Storage is shared
 * by windows and survives versions, so what is read back is checked, never trusted.
 */
// zod/mini, not zod: this is bundled into the activation bundle, where full zod costs 750 KB.
import * as z from 'zod/mini';
import { emptyHistogram, mergeHistograms } from './histogram';
import type { DayTotals, MetricErrorCategory, PersistedMetrics, RolledUpTotals, Totals } from './types';

/** Days kept one by one (today included); older days are summed into `older`. */
export const KEPT_DAYS = 30;

/** Every category the store counts, in the order exports list them. */
export const METRIC_ERROR_CATEGORIES: readonly MetricErrorCategory[] = [
  'auth', 'rate_limit', 'quota', 'timeout', 'network', 'server', 'bad_request', 'invalid_response', 'budget',
];

const count = z.number().check(z.nonnegative());
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const totalsShape = {
  requests: count,
  // Optional: days saved before batches existed have none.
  batchRequests: z.optional(count),
  attempts: count,
  retries: count,
  promptTokens: count,
  completionTokens: count,
  cachedTokens: count,
  costUsd: count,
  unpricedTokens: count,
  cacheHits: count,
  cacheMisses: count,
  fallbacks: count,
  rateLimitWaits: count,
  rateLimitWaitMs: count,
  // Any key: a category added by a later version must not make this version drop the whole store.
  errors: z.record(z.string(), count),
  latency: z.object({ counts: z.record(z.string(), count) }),
};
const persistedSchema = z.object({
  v: z.literal(1),
  days: z.array(z.object({ date, ...totalsShape })),
  older: z.optional(z.object({ from: date, to: date, ...totalsShape })),
});

export function emptyTotals(): Totals {
  return {
    requests: 0, batchRequests: 0, attempts: 0, retries: 0, promptTokens: 0, completionTokens: 0, cachedTokens: 0, costUsd: 0,
    unpricedTokens: 0, cacheHits: 0, cacheMisses: 0, fallbacks: 0, rateLimitWaits: 0, rateLimitWaitMs: 0,
    errors: {}, latency: emptyHistogram(),
  };
}

const NUMERIC_KEYS = [
  'requests', 'batchRequests', 'attempts', 'retries', 'promptTokens', 'completionTokens', 'cachedTokens', 'costUsd', 'unpricedTokens',
  'cacheHits', 'cacheMisses', 'fallbacks', 'rateLimitWaits', 'rateLimitWaitMs',
] as const satisfies readonly (keyof Totals)[];

/** a + b as a new object (plain totals fields only; `date`/`from`/`to` are the caller's). */
export function addTotals(a: Totals, b: Totals): Totals {
  const sum = emptyTotals();
  for (const key of NUMERIC_KEYS) sum[key] = a[key] + b[key];
  for (const category of METRIC_ERROR_CATEGORIES) {
    const n = (a.errors[category] ?? 0) + (b.errors[category] ?? 0);
    if (n > 0) sum.errors[category] = n;
  }
  sum.latency = mergeHistograms(a.latency, b.latency);
  return sum;
}

/** Local calendar date of `at` (epoch ms) as `YYYY-MM-DD`: a "day" is the user's day, not UTC's. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The date `delta` days from `key`, by the calendar (noon avoids daylight-saving edges). */
export function shiftDay(key: string, delta: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return dayKey(new Date(y, m - 1, d + delta, 12).getTime());
}

/** Checks a stored value. Nothing stored yet is not a problem; a wrong shape is, and says where. */
export function parsePersisted(value: unknown): { metrics?: PersistedMetrics; problem?: string } {
  if (value === undefined || value === null) return { metrics: { v: 1, days: [] } };
  const parsed = persistedSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => {
      const where = issue.path.length ? issue.path.map(String).join('.') : 'the stored value';
      const what = issue.code === 'invalid_type' ? `expected ${issue.expected}`
        : issue.code === 'invalid_value' ? `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
        : issue.code === 'too_small' ? 'must not be negative'
        : issue.code === 'invalid_format' ? 'expected a date YYYY-MM-DD'
        : issue.code;
      return `${where}: ${what}`;
    });
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { problem: `The saved usage metrics have an unexpected shape: ${issues.join('; ')}${more}.` };
  }
  const { days, older } = parsed.data;
  return {
    metrics: {
      v: 1,
      days: days.map((day) => ({ ...addTotals(emptyTotals(), { batchRequests: 0, ...day } as Totals), date: day.date })),
      ...(older ? { older: { ...addTotals(emptyTotals(), { batchRequests: 0, ...older } as Totals), from: older.from, to: older.to } } : {}),
    },
  };
}

/**
 * Keeps the days of the `keepDays`-day window ending today (at most `keepDays` of them) and sums
 * every other day into `older`, whose range grows to cover them. Days of one date are added up.
 */
export function rollUp(
  days: readonly DayTotals[], older: RolledUpTotals | undefined, keepDays: number, todayKey: string,
): { days: DayTotals[]; older?: RolledUpTotals } {
  const byDate = new Map<string, DayTotals>();
  for (const day of days) {
    const seen = byDate.get(day.date);
    byDate.set(day.date, { ...addTotals(seen ?? emptyTotals(), day), date: day.date });
  }
  const firstKept = shiftDay(todayKey, -(keepDays - 1));
  const all = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const inWindow = all.filter((day) => day.date >= firstKept);
  // At most keepDays even if dates from the future (another machine's clock) are in the window.
  const kept = keepDays > 0 ? inWindow.slice(-keepDays) : [];
  const keptDates = new Set(kept.map((day) => day.date));
  let rolled = older ? { ...addTotals(emptyTotals(), older), from: older.from, to: older.to } : undefined;
  for (const day of all) {
    if (keptDates.has(day.date)) continue;
    rolled = rolled
      ? { ...addTotals(rolled, day), from: day.date < rolled.from ? day.date : rolled.from, to: day.date > rolled.to ? day.date : rolled.to }
      : { ...addTotals(emptyTotals(), day), from: day.date, to: day.date };
  }
  return rolled ? { days: kept, older: rolled } : { days: kept };
}
