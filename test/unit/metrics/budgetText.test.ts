import assert from 'node:assert/strict';
import { budgetStopMessage, budgetUse } from '../../../src/core/metrics/budgetText';
import { MetricsStore } from '../../../src/core/metrics/store';

describe('metrics budget words', () => {
  const at = new Date(2026, 10, 24, 12).getTime();
  function storeWith(budget: { dailyTokens: number; dailyCostUsd: number }) {
    const store = new MetricsStore({ now: () => at, budget: { ...budget, warnAtPercent: 80, hardStop: true } });
    store.record({ kind: 'attempt', at, requestId: 'dw-1', provider: 'openai', model: 'gpt-4o-mini', attempt: 1, latencyMs: 100, queuedMs: 0, outcome: 'ok', usage: { prompt: 9000, completion: 1000 } });
    return store;
  }

  it('names only the budgets that are set, with today\'s use', () => {
    const store = storeWith({ dailyTokens: 8000, dailyCostUsd: 0 });
    assert.deepEqual(budgetUse(store.budget(), store.today()), ['125% of the token budget (10.0k of 8.0k tokens)']);
    const message = budgetStopMessage(store.budget(), store.today());
    assert.match(message, /Raise docwright\.budget\.dailyTokens, turn off/);
    assert.doesNotMatch(message, /dailyCostUsd/);
  });

  it('both budgets: both named, cost from the price table', () => {
    const store = storeWith({ dailyTokens: 100000, dailyCostUsd: 0.001 });
    const cost = (9000 * 0.15 + 1000 * 0.6) / 1e6;
    const [tokens, dollars] = budgetUse(store.budget(), store.today());
    assert.match(tokens, /^10% of the token budget/);
    assert.equal(dollars, `${Math.floor((cost / 0.001) * 100)}% of the cost budget (<$0.01 of <$0.01)`);
    assert.match(budgetStopMessage(store.budget(), store.today()), /Raise docwright\.budget\.dailyTokens or docwright\.budget\.dailyCostUsd/);
  });
});
