import assert from 'node:assert/strict';
import { addSample, bucketBounds, bucketOf, emptyHistogram, latencyView, MAX_BUCKET, mergeHistograms, percentiles } from '../../../src/core/metrics/histogram';

/** Within one bucket width (12 %) of `expected`. */
function near(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= expected * 0.12, `${what}: ${actual} is not within 12 % of ${expected}`);
}

describe('metrics histogram', () => {
  it('percentiles of 1..1000 ms are within one bucket of the true ones', () => {
    const h = emptyHistogram();
    for (let ms = 1; ms <= 1000; ms++) addSample(h, ms);
    const p = percentiles(h);
    assert.equal(p.count, 1000);
    near(p.p50, 500, 'p50');
    near(p.p95, 950, 'p95');
    near(p.p99, 990, 'p99');
    assert.ok(p.p50 < p.p95 && p.p95 < p.p99);
  });

  it('a single value: every percentile is inside its bucket', () => {
    const h = emptyHistogram();
    addSample(h, 250);
    const p = percentiles(h);
    const { lowMs, highMs } = bucketBounds(bucketOf(250));
    assert.ok(lowMs <= 250 && 250 < highMs);
    assert.equal(p.count, 1);
    for (const v of [p.p50, p.p95, p.p99]) {
      assert.ok(v >= lowMs && v <= highMs, `${v} in [${lowMs}, ${highMs}]`);
      near(v, 250, 'single');
    }
  });

  it('empty: zeros and no buckets', () => {
    assert.deepEqual(percentiles(emptyHistogram()), { count: 0, p50: 0, p95: 0, p99: 0 });
    assert.deepEqual(latencyView(emptyHistogram()), { count: 0, p50: 0, p95: 0, p99: 0, failed: 0, buckets: [] });
  });

  it('merging equals adding all samples to one histogram, and leaves both inputs alone', () => {
    const a = emptyHistogram();
    const b = emptyHistogram();
    const all = emptyHistogram();
    for (let i = 0; i < 500; i++) {
      const ms = (i * 37) % 3000;
      addSample(i % 3 === 0 ? a : b, ms);
      addSample(all, ms);
    }
    const aBefore = structuredClone(a);
    const merged = mergeHistograms(a, b);
    assert.deepEqual(merged, all);
    assert.deepEqual(a, aBefore);
    assert.deepEqual(percentiles(merged), percentiles(all));
  });

  it('below 1 ms goes to bucket 0, huge values to the last bucket', () => {
    const h = emptyHistogram();
    for (const ms of [0, 0.3, -5, Number.NaN]) addSample(h, ms);
    assert.deepEqual(h.counts, { 0: 4 } as Record<string, number>);
    addSample(h, 1e12);
    addSample(h, Number.POSITIVE_INFINITY);
    assert.equal(h.counts[String(MAX_BUCKET)], 2);
    const { lowMs } = bucketBounds(MAX_BUCKET);
    assert.ok(lowMs > 15 * 60_000 && lowMs <= 20 * 60_000, `last bucket starts at ${lowMs}`);
    assert.ok(percentiles(h).p99 <= bucketBounds(MAX_BUCKET).highMs);
    assert.equal(bucketOf(1.12 ** 10), 10); // an exact edge belongs to the bucket it starts
  });

  it('the view lists non-empty buckets in order, merging runs beyond 40', () => {
    const h = emptyHistogram();
    addSample(h, 5);
    addSample(h, 5);
    addSample(h, 900);
    const view = latencyView(h);
    assert.equal(view.buckets.length, 2);
    assert.deepEqual(view.buckets.map((b) => b.count), [2, 1]);
    assert.ok(view.buckets[0].highMs <= view.buckets[1].lowMs);

    const wide = emptyHistogram();
    for (let i = 0; i <= MAX_BUCKET; i++) addSample(wide, 1.12 ** i * 1.01);
    const wideView = latencyView(wide);
    assert.ok(wideView.buckets.length <= 40 && wideView.buckets.length > 20);
    assert.equal(wideView.buckets.reduce((s, b) => s + b.count, 0), MAX_BUCKET + 1);
    for (let i = 1; i < wideView.buckets.length; i++) assert.ok(wideView.buckets[i - 1].highMs <= wideView.buckets[i].lowMs + 1e-9);
  });
});
