/**
 * `npm run bench` part 4: what the metrics cost. Ratios against a baseline measured in the same run.
 *   a. An AI file run (20 symbols, fake server with a fixed latency, concurrency 4) with everything
 *      the editor attaches (metrics store, log line per attempt, request start/end) vs without.
 *   b. record() of 100,000 attempt events vs JSON.stringify of each event (the least a recorder
 *      that writes events anywhere would do).
 *   c. snapshot() with 30 full days and a roll-up vs JSON.stringify of that snapshot (which posting
 *      it to the webview does anyway); the size of the persisted history, which must stay small.
 */
import { attemptLogLine } from '../../src/core/ai/attemptLog';
import { createModelClient } from '../../src/core/ai/client';
import { createAiDescriber } from '../../src/core/ai/service';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { attemptEvent } from '../../src/core/metrics/attemptEvent';
import { MetricsStore } from '../../src/core/metrics/store';
import type { MetricEvent } from '../../src/core/metrics/types';
import { FakeOpenAI, delay, ok } from '../support/fakeOpenAI';
import { timeIt } from './common';

const SYMBOLS = 20;
const LATENCY_MS = 100;
const DAY_MS = 86_400_000;
const ANSWER = JSON.stringify({ summary: 'Compute the value.', description: null, params: [], returns: null, yields: null, raises: [], example: null });

function file(): string {
  const parts = ['"""Synthetic module for the metrics benchmark."""\n'];
  for (let i = 0; i < SYMBOLS; i++) parts.push(`\n\ndef step_${i}(a: int) -> int:\n    return a + ${i}\n`);
  return parts.join('');
}

async function aiRun(fake: FakeOpenAI, observed: boolean): Promise<number> {
  const text = file();
  const client = createModelClient({ provider: 'openai', apiKey: 'sk-bench', baseURL: fake.baseURL, model: 'gpt-4o-mini', timeoutMs: 10_000, deadlineMs: 60_000, maxRetries: 2, maxConcurrency: 4 });
  const store = new MetricsStore();
  const lines: string[] = [];
  const describe = createAiDescriber({
    client,
    model: 'gpt-4o-mini',
    source: text,
    style: 'google',
    ...(observed
      ? {
          onAttempt: (a) => {
            lines.push(attemptLogLine(a, 'openai', 'gpt-4o-mini').text);
            store.record(attemptEvent(a, 'openai', 'gpt-4o-mini'));
          },
          onRequest: (phase, id) => store.record({ kind: phase === 'start' ? 'request-start' : 'request-end', at: Date.now(), requestId: id }),
          onEvent: (e) => store.record({ kind: 'cache', at: Date.now(), hit: e.kind === 'cached' }),
        }
      : {}),
  });
  const start = performance.now();
  await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', describe, concurrency: 4 });
  const ms = performance.now() - start;
  client.close();
  if (observed && store.snapshot().today.requests !== SYMBOLS) throw new Error(`expected ${SYMBOLS} requests, got ${store.snapshot().today.requests}`);
  return ms;
}

function attempt(i: number, at: number): MetricEvent {
  return { kind: 'attempt', at, requestId: `dw-${i}`, provider: 'openai', model: i % 3 ? 'gpt-4o-mini' : 'gpt-4.1', attempt: 1, latencyMs: 200 + (i % 1000), queuedMs: i % 7 ? 0 : 40, outcome: i % 50 ? 'ok' : 'retry', ...(i % 50 ? { usage: { prompt: 450, completion: 80, cached: i % 4 ? 0 : 256 } } : { category: 'rate_limit' as const, status: 429 }) };
}

async function main(): Promise<void> {
  console.log('\n# metrics bench');
  const fake = await FakeOpenAI.start();
  fake.fallback = delay(LATENCY_MS, ok(ANSWER, { prompt_tokens: 450, completion_tokens: 80 }));
  try {
    await aiRun(fake, true); // warm-up: SDK, tiktoken, grammar
    const bare = await timeIt(() => aiRun(fake, false).then(() => undefined));
    const observed = await timeIt(() => aiRun(fake, true).then(() => undefined));
    console.log(`a. AI file run, ${SYMBOLS} requests at ${LATENCY_MS} ms: ${bare.toFixed(0)} ms bare, ${observed.toFixed(0)} ms with metrics and log lines = ${(observed / bare).toFixed(3)}x`);
  } finally {
    await fake.close();
  }

  const N = 100_000;
  const now = Date.now();
  const events = Array.from({ length: N }, (_, i) => attempt(i, now - (i % 30) * DAY_MS));
  const baseline = await timeIt(async () => {
    let bytes = 0;
    for (const e of events) bytes += JSON.stringify(e).length;
    if (bytes === 0) throw new Error('nothing serialised');
  });
  let store = new MetricsStore();
  const recording = await timeIt(async () => {
    store = new MetricsStore();
    for (const e of events) store.record(e);
  });
  console.log(`b. record() ${N.toLocaleString('en-US')} attempt events over 30 days: ${recording.toFixed(0)} ms (${((recording * 1e6) / N).toFixed(0)} ns/event) vs JSON.stringify of each ${baseline.toFixed(0)} ms = ${(recording / baseline).toFixed(2)}x`);

  const older = new MetricsStore();
  for (let i = 0; i < 2000; i++) older.record(attempt(i, now - (40 + (i % 20)) * DAY_MS));
  const persisted = store.persist(older.persist(undefined));
  store.load(persisted);
  const snapshot = store.snapshot();
  const snap = await timeIt(async () => {
    for (let i = 0; i < 100; i++) store.snapshot();
  });
  const json = await timeIt(async () => {
    for (let i = 0; i < 100; i++) JSON.stringify(snapshot);
  });
  const size = JSON.stringify(persisted).length;
  console.log(`c. snapshot() with ${snapshot.days.length} days + a roll-up: ${(snap / 100).toFixed(3)} ms vs JSON.stringify of it ${(json / 100).toFixed(3)} ms = ${(snap / json).toFixed(2)}x; persisted history ${(size / 1024).toFixed(1)} KB (${persisted.days.length} days${persisted.older ? ` + roll-up ${persisted.older.from}..${persisted.older.to}` : ''})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
