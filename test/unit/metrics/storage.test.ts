// The saved daily history shared by windows: each window adds only its own use, a reset is written
// at once and cannot be undone by a later save, and another window's saves are read on refresh.
import assert from 'node:assert/strict';
import { MetricsStorage, METRICS_STATE_KEY } from '../../../src/adapters/metricsStorage';
import { MetricsStore } from '../../../src/core/metrics/store';

/** One global state, as every window of VS Code sees it. */
class SharedMemento {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return structuredClone(this.values.get(key)) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, structuredClone(value));
    return Promise.resolve();
  }
}

const at = new Date(2026, 10, 24, 12).getTime();
const window = (memento: SharedMemento, problems: string[] = []) => {
  const store = new MetricsStore({ now: () => at });
  return { store, storage: new MetricsStorage(store, memento, (p) => problems.push(p), 60_000) };
};
const spend = (store: MetricsStore, prompt: number) =>
  store.record({ kind: 'attempt', at, requestId: `dw-${prompt}`, provider: 'openai', model: 'gpt-4o-mini', attempt: 1, latencyMs: 100, queuedMs: 0, outcome: 'ok', usage: { prompt, completion: 0 } });

describe('metrics storage (global state shared by windows)', () => {
  it('two windows save their own use; neither count is lost or doubled', async () => {
    const memento = new SharedMemento();
    const a = window(memento);
    const b = window(memento);
    spend(a.store, 100);
    spend(b.store, 20);
    await a.storage.flush();
    await b.storage.flush();
    spend(a.store, 1);
    await a.storage.flush();
    const fresh = window(memento);
    assert.equal(fresh.store.today().promptTokens, 121);
    a.storage.refresh();
    assert.equal(a.store.today().promptTokens, 121, 'a refresh sees the other window');
    for (const w of [a, b, fresh]) w.storage.dispose();
  });

  it('a reset is written at once; a later save of the resetting window keeps what another window saved after it', async () => {
    const memento = new SharedMemento();
    const a = window(memento);
    const b = window(memento);
    spend(a.store, 500);
    await a.storage.flush();
    await a.storage.reset();
    assert.equal(window(memento).store.today().promptTokens, 0, 'the saved history is empty right after the reset');
    spend(b.store, 7);
    await b.storage.flush();
    spend(a.store, 3);
    await a.storage.flush();
    assert.equal(window(memento).store.today().promptTokens, 10, "B's 7 after the reset survive A's next save");
    for (const w of [a, b]) w.storage.dispose();
  });

  it('an unreadable saved value is reported, and the next save replaces it', async () => {
    const memento = new SharedMemento();
    await memento.update(METRICS_STATE_KEY, { v: 1, days: 'not a list' });
    const problems: string[] = [];
    const a = window(memento, problems);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /could not be read and starts afresh: .*days: expected array/);
    spend(a.store, 9);
    await a.storage.flush();
    assert.equal(window(memento).store.today().promptTokens, 9);
    a.storage.dispose();
  });
});
