/** The metrics webview's message protocol: the type guards pass every valid message and nothing else. */
import assert from 'node:assert/strict';
import type { MetricsSnapshot } from '../../src/core/metrics/types';
import { isHostMessage, isViewMessage, type HostMessage, type ViewMessage } from '../../src/shared/metricsProtocol';

function totals() {
  return {
    requests: 3,
    batchRequests: 0,
    attempts: 4,
    retries: 1,
    promptTokens: 1200,
    completionTokens: 300,
    cachedTokens: 0,
    costUsd: 0.002,
    unpricedTokens: 0,
    cacheHits: 2,
    cacheMisses: 3,
    fallbacks: 0,
    rateLimitWaits: 0,
    rateLimitWaitMs: 0,
    errors: { timeout: 1 },
    latency: { counts: { '60': 4 } },
  };
}

const latency = { count: 4, p50: 900, p95: 1100, p99: 1150, failed: 0, buckets: [{ lowMs: 897, highMs: 1004, count: 4 }] };

const SNAPSHOT: MetricsSnapshot = {
  takenAt: 1_750_000_000_000,
  session: { ...totals(), startedAt: 1_749_990_000_000 },
  today: { ...totals(), date: '2025-06-15' },
  days: [{ ...totals(), date: '2025-06-15' }],
  latency: { today: latency, session: latency },
  work: { extract: { count: 2, p50: 3, p95: 5, p99: 5 }, validate: { count: 0, p50: 0, p95: 0, p99: 0 } },
  inFlight: 0,
  memory: { heapUsedBytes: 50_000_000, rssBytes: 150_000_000 },
  budget: { dailyTokens: 0, dailyCostUsd: 0, warnAtPercent: 80, hardStop: false, level: 'ok' },
};

/** What a message looks like after postMessage (structured clone drops nothing of plain JSON). */
const cloned = <T>(value: T): unknown => JSON.parse(JSON.stringify(value)) as unknown;

const JUNK: unknown[] = [null, undefined, 0, 42, NaN, true, '', 'ready', 'snapshot', [], [{ type: 'ready' }], {}, { type: 42 }, { type: null }, { kind: 'ready' }, { type: 'READY' }, { type: 'ready ' }, { type: '' }, () => ({ type: 'ready' })];

describe('metrics webview protocol', () => {
  describe('isViewMessage (page -> extension)', () => {
    const valid: ViewMessage[] = [{ type: 'ready' }, { type: 'export', format: 'json' }, { type: 'export', format: 'csv' }, { type: 'reset' }];

    it('accepts every valid message, also after a structured clone', () => {
      for (const message of valid) {
        assert.equal(isViewMessage(message), true, JSON.stringify(message));
        assert.equal(isViewMessage(cloned(message)), true, JSON.stringify(message));
      }
    });

    it('rejects junk: null, primitives, strings, arrays, a missing or unknown type', () => {
      for (const value of JUNK) assert.equal(isViewMessage(value), false, String(JSON.stringify(value)));
      for (const type of ['snapshot', 'notice', 'delete', 'export-all', 'constructor', '__proto__', 'toString']) {
        assert.equal(isViewMessage({ type }), false, type);
      }
    });

    it('rejects an export without a known format', () => {
      for (const format of [undefined, null, '', 'xml', 'JSON', 'Csv', 'json ', 1, {}, ['json']]) {
        assert.equal(isViewMessage({ type: 'export', format }), false, String(JSON.stringify(format)));
      }
      assert.equal(isViewMessage({ type: 'export' }), false);
    });

    it('rejects what the extension sends', () => {
      assert.equal(isViewMessage({ type: 'snapshot', snapshot: SNAPSHOT }), false);
      assert.equal(isViewMessage({ type: 'notice', text: 'Saved', level: 'info' }), false);
    });
  });

  describe('isHostMessage (extension -> page)', () => {
    const valid: HostMessage[] = [
      { type: 'snapshot', snapshot: SNAPSHOT },
      { type: 'notice', text: 'Saved to /tmp/docwright-metrics-2025-06-15.json', level: 'info' },
      { type: 'notice', text: 'Export failed: EACCES', level: 'error' },
      { type: 'notice', text: '', level: 'info' },
    ];

    it('accepts every valid message, also after a structured clone', () => {
      for (const message of valid) {
        assert.equal(isHostMessage(message), true, message.type);
        assert.equal(isHostMessage(cloned(message)), true, message.type);
      }
    });

    it('rejects junk: null, primitives, strings, arrays, a missing or unknown type', () => {
      for (const value of JUNK) assert.equal(isHostMessage(value), false, String(JSON.stringify(value)));
      for (const type of ['SNAPSHOT', 'notices', 'update', 'constructor']) assert.equal(isHostMessage({ type, snapshot: SNAPSHOT, text: 'x' }), false, type);
    });

    it('rejects a snapshot message without a snapshot object', () => {
      for (const snapshot of [undefined, null, 0, 'snapshot', true]) {
        assert.equal(isHostMessage({ type: 'snapshot', snapshot }), false, String(JSON.stringify(snapshot)));
      }
      assert.equal(isHostMessage({ type: 'snapshot' }), false);
    });

    it('rejects a notice without text', () => {
      for (const text of [undefined, null, 1, {}, ['Saved']]) {
        assert.equal(isHostMessage({ type: 'notice', text, level: 'info' }), false, String(JSON.stringify(text)));
      }
      assert.equal(isHostMessage({ type: 'notice', level: 'error' }), false);
    });

    it('rejects a notice with an unknown or missing level', () => {
      for (const level of [undefined, 'warning', 'INFO', 1, null]) {
        assert.equal(isHostMessage({ type: 'notice', text: 'Saved', level }), false, String(JSON.stringify(level)));
      }
    });

    it('rejects what the page sends', () => {
      assert.equal(isHostMessage({ type: 'ready' }), false);
      assert.equal(isHostMessage({ type: 'export', format: 'json' }), false);
      assert.equal(isHostMessage({ type: 'reset' }), false);
    });
  });
});
