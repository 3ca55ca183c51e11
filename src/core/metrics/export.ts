/**
 * Exports of a snapshot: JSON (everything, for tools) and CSV (per-period totals, for a
 * spreadsheet). Both carry only counts and model names, never prompts, code or keys.
 */
import { percentiles } from './histogram';
import { METRIC_ERROR_CATEGORIES } from './persist';
import type { MetricsSnapshot, Totals } from './types';

export function metricsToJson(snapshot: MetricsSnapshot): string {
  return `${JSON.stringify({ format: 'docwright-metrics', version: 1, snapshot }, null, 2)}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS: readonly string[] = [
  'period', 'requests', 'attempts', 'retries', 'prompt_tokens', 'completion_tokens', 'cached_tokens', 'cost_usd',
  'cache_hits', 'cache_misses', 'fallbacks', 'rate_limit_waits', 'rate_limit_wait_ms',
  'latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms',
  ...METRIC_ERROR_CATEGORIES.map((category) => `errors_${category}`),
];

/** Latencies to 0.1 ms: the buckets are 12 % wide, more digits would be noise. */
const ms = (x: number): number => Math.round(x * 10) / 10;

function row(period: string, t: Totals): (string | number)[] {
  const latency = percentiles(t.latency);
  return [
    period, t.requests, t.attempts, t.retries, t.promptTokens, t.completionTokens, t.cachedTokens, t.costUsd.toFixed(6),
    t.cacheHits, t.cacheMisses, t.fallbacks, t.rateLimitWaits, Math.round(t.rateLimitWaitMs),
    ms(latency.p50), ms(latency.p95), ms(latency.p99),
    ...METRIC_ERROR_CATEGORIES.map((category) => t.errors[category] ?? 0),
  ];
}

/** Header, one row per kept day, one `older from..to` row when there is one, one `session` row; CRLF lines. */
export function metricsToCsv(snapshot: MetricsSnapshot): string {
  const rows = [
    [...CSV_COLUMNS],
    ...snapshot.days.map((day) => row(day.date, day)),
    ...(snapshot.older ? [row(`older ${snapshot.older.from}..${snapshot.older.to}`, snapshot.older)] : []),
    row('session', snapshot.session),
  ];
  return rows.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
