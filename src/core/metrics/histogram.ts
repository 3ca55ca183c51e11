/**
 * Latency histograms with fixed log-spaced buckets. Fixed edges make histograms from different
 * days, sessions and windows addable bucket by bucket, and a sparse map keeps them small when
 * persisted: a few dozen buckets are ever used. Bucket i covers [1.12^i, 1.12^(i+1)) ms, so any
 * percentile read back is within one bucket (12 %) of the truth.
 */
import type { HistogramData, LatencyView, Percentiles } from './types';

const GROWTH = 1.12;
const LOG_GROWTH = Math.log(GROWTH);
/** Last bucket: starts near 20 minutes and takes everything longer (a hung request is not a latency). */
export const MAX_BUCKET = Math.floor(Math.log(20 * 60_000) / LOG_GROWTH);
/** Buckets drawn at most; more non-empty buckets are merged with their neighbours. */
const MAX_VIEW_BUCKETS = 40;

export function emptyHistogram(): HistogramData {
  return { counts: {} };
}

export function bucketOf(ms: number): number {
  if (!(ms >= 1)) return 0; // below 1 ms, and NaN, count as the fastest bucket
  // The epsilon keeps exact edges (1.12^k) in bucket k despite rounding in the logarithm.
  return Math.min(MAX_BUCKET, Math.max(0, Math.floor(Math.log(ms) / LOG_GROWTH + 1e-9)));
}

/** Bucket edges in ms. Bucket 0 starts at 0 because it also holds everything below 1 ms. */
export function bucketBounds(index: number): { lowMs: number; highMs: number } {
  return { lowMs: index === 0 ? 0 : GROWTH ** index, highMs: GROWTH ** (index + 1) };
}

/** Adds one sample in place. */
export function addSample(h: HistogramData, ms: number): void {
  const key = String(bucketOf(ms));
  h.counts[key] = (h.counts[key] ?? 0) + 1;
}

export function mergeHistograms(a: HistogramData, b: HistogramData): HistogramData {
  const counts: Record<string, number> = { ...a.counts };
  for (const [key, n] of Object.entries(b.counts)) counts[key] = (counts[key] ?? 0) + n;
  return { counts };
}

/** Non-empty buckets in index order. */
function sorted(h: HistogramData): { index: number; count: number }[] {
  return Object.entries(h.counts)
    .map(([key, count]) => ({ index: Number(key), count }))
    .filter((b) => b.count > 0 && Number.isInteger(b.index))
    .sort((x, y) => x.index - y.index);
}

/** p50/p95/p99, each interpolated linearly inside the bucket where its rank falls; 0s when empty. */
export function percentiles(h: HistogramData): Percentiles {
  const buckets = sorted(h);
  const count = buckets.reduce((sum, b) => sum + b.count, 0);
  if (count === 0) return { count: 0, p50: 0, p95: 0, p99: 0 };
  const at = (p: number): number => {
    const rank = p * count;
    let below = 0;
    for (const b of buckets) {
      if (below + b.count >= rank) {
        const { lowMs, highMs } = bucketBounds(b.index);
        return lowMs + ((rank - below) / b.count) * (highMs - lowMs);
      }
      below += b.count;
    }
    return bucketBounds(buckets[buckets.length - 1].index).highMs;
  };
  return { count, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/**
 * Percentiles plus the non-empty buckets for drawing, merged in runs when there are too many.
 * `attempts` (all of them, failed too) gives the failed ones shown beside the histogram.
 */
export function latencyView(h: HistogramData, attempts = 0): LatencyView {
  const buckets = sorted(h);
  const per = Math.ceil(buckets.length / MAX_VIEW_BUCKETS) || 1;
  const view: LatencyView['buckets'] = [];
  for (let i = 0; i < buckets.length; i += per) {
    const run = buckets.slice(i, i + per);
    view.push({
      lowMs: bucketBounds(run[0].index).lowMs,
      highMs: bucketBounds(run[run.length - 1].index).highMs,
      count: run.reduce((sum, b) => sum + b.count, 0),
    });
  }
  const answered = percentiles(h);
  return { ...answered, failed: Math.max(0, attempts - answered.count), buckets: view };
}
