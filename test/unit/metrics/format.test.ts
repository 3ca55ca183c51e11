import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, metricsToCsv, metricsToJson } from '../../../src/core/metrics/export';
import { formatBytes, formatMs, formatPercent, formatTokens, formatUsd } from '../../../src/core/metrics/format';
import { MetricsStore } from '../../../src/core/metrics/store';

/** Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the text ends with CRLF');
  return rows;
}

describe('metrics format', () => {
  it('tokens', () => {
    assert.equal(formatTokens(0), '0');
    assert.equal(formatTokens(950), '950');
    assert.equal(formatTokens(999), '999');
    assert.equal(formatTokens(1000), '1.0k');
    assert.equal(formatTokens(12_400), '12.4k');
    assert.equal(formatTokens(123_456), '123k');
    assert.equal(formatTokens(999_600), '1.0M');
    assert.equal(formatTokens(1_200_000), '1.2M');
  });

  it('dollars', () => {
    assert.equal(formatUsd(0), '$0.00');
    assert.equal(formatUsd(0.0001), '<$0.01');
    assert.equal(formatUsd(0.0049), '<$0.01');
    assert.equal(formatUsd(0.03), '$0.03');
    assert.equal(formatUsd(12.4), '$12.40');
    assert.equal(formatUsd(999.99), '$999.99');
    assert.equal(formatUsd(1234.4), '$1,234');
    assert.equal(formatUsd(1_234_567), '$1,234,567');
  });

  it('durations, bytes and percentages', () => {
    assert.equal(formatMs(850), '850 ms');
    assert.equal(formatMs(999.7), '1.0 s');
    assert.equal(formatMs(1234), '1.2 s');
    assert.equal(formatMs(125_000), '2 min 5 s');
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatBytes(1536), '1.5 KB');
    assert.equal(formatBytes(85.3 * 1024 * 1024), '85.3 MB');
    assert.equal(formatBytes(300 * 1024 * 1024), '300 MB');
    assert.equal(formatPercent(0.8123), '81%');
    assert.equal(formatPercent(1), '100%');
  });
});

describe('metrics export', () => {
  const day = (d: number): number => new Date(2025, 0, d, 12).getTime();
  function snapshot() {
    const store = new MetricsStore({ now: () => day(40), memory: () => ({ heapUsedBytes: 0, rssBytes: 0 }) });
    for (const d of [1, 2, 39, 40]) {
      store.record({ kind: 'attempt', at: day(d), requestId: 'r', provider: 'openai', model: 'gpt-4o-mini', attempt: 1, latencyMs: 300 + d, queuedMs: 0, outcome: 'ok', usage: { prompt: 1000, completion: 100, cached: 10 } });
    }
    store.record({ kind: 'attempt', at: day(40), requestId: 'r', provider: 'openai', model: 'gpt-4o-mini', attempt: 1, latencyMs: 5, queuedMs: 0, outcome: 'fail', category: 'auth' });
    store.record({ kind: 'fallback', at: day(40), category: 'budget' });
    store.persist(undefined); // rolls days 1 and 2 up into `older`
    return store.snapshot();
  }

  it('CSV: header, a row per kept day, older, session; the same column count everywhere', () => {
    const rows = parseCsv(metricsToCsv(snapshot()));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(CSV_COLUMNS.length, 25);
    assert.deepEqual(rows.map((r) => r[0]), ['period', '2025-02-08', '2025-02-09', 'older 2025-01-01..2025-01-02', 'session']);
    for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
    const col = (name: string): number => CSV_COLUMNS.indexOf(name);
    const last = rows[2];
    assert.equal(last[col('requests')], '2');
    assert.equal(last[col('cost_usd')], ((990 * 0.15 + 10 * 0.075 + 100 * 0.6) / 1e6).toFixed(6));
    assert.equal(last[col('errors_auth')], '1');
    assert.equal(last[col('errors_budget')], '1');
    assert.equal(rows[3][col('requests')], '2');
    assert.ok(Number(last[col('latency_p50_ms')]) > 0);
    assert.ok(!CSV_COLUMNS.includes('errors_cancelled'));
  });

  it('CSV fields with commas, quotes or line breaks are quoted, quotes doubled', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField(12.5), '12.5');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.deepEqual(parseCsv(`${['x,y', 'q"', 'n\r\nl'].map(csvField).join(',')}\r\n`), [['x,y', 'q"', 'n\r\nl']]);
  });

  it('JSON carries a format header and the whole snapshot', () => {
    const snap = snapshot();
    const parsed = JSON.parse(metricsToJson(snap));
    assert.equal(parsed.format, 'docwright-metrics');
    assert.equal(parsed.version, 1);
    assert.deepEqual(parsed.snapshot, JSON.parse(JSON.stringify(snap)));
  });
});
