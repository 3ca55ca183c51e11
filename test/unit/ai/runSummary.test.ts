import assert from 'node:assert/strict';
import { ModelError } from '../../../src/core/ai/errors';
import { aiRunBreakdown, aiRunCounts, incompleteText } from '../../../src/core/ai/runSummary';
import type { AiRunEvent } from '../../../src/core/ai/service';
import type { SymbolFact } from '../../../src/core/extract/types';

const symbol = (...namePath: string[]) => ({ namePath, name: namePath.at(-1) ?? '' }) as unknown as SymbolFact;

describe('ai/runSummary', () => {
  const [add, sub, mul, div, mod] = ['add', 'sub', 'mul', 'div', 'mod'].map((n) => symbol('Calc', n));
  const events: AiRunEvent[] = [
    { kind: 'described', symbol: add, incomplete: ['param b'] },
    { kind: 'described', symbol: sub },
    { kind: 'cached', symbol: mul },
    // Described, then its docstring could not be placed: counted once, as the template it got.
    { kind: 'described', symbol: div, incomplete: ['returns'] },
    { kind: 'fallback', symbol: div, error: new ModelError({ category: 'invalid_response', message: 'unplaceable' }) },
    { kind: 'fallback', symbol: mod, error: new ModelError({ category: 'timeout', message: 'slow' }) },
  ];

  it('counts where docstrings came from; a described symbol that fell back counts as the template', () => {
    const counts = aiRunCounts(events);
    assert.equal(counts.described, 2);
    assert.equal(counts.cached, 1);
    assert.deepEqual(counts.fallbacks, ['invalid_response', 'timeout']);
    assert.deepEqual(counts.incomplete.map(({ symbol, left }) => ({ symbol, left })), [{ symbol: 'Calc.add', left: ['param b'] }]);
    assert.equal(counts.incomplete[0].fact, add);
    assert.equal(aiRunBreakdown(counts, 'gpt-4o-mini'), '2 by gpt-4o-mini, 1 from the cache, 2 templates');
    assert.equal(aiRunBreakdown(aiRunCounts([{ kind: 'cached', symbol: add }]), 'm'), '1 from the cache');
    assert.equal(aiRunBreakdown(aiRunCounts([]), 'm'), '');
  });

  it('names the symbols that kept placeholders, a few at most', () => {
    const many = Array.from({ length: 7 }, (_, i): AiRunEvent => ({ kind: 'described', symbol: symbol(`f${i}`), incomplete: ['param x'] }));
    assert.equal(incompleteText(aiRunCounts(events)), 'Calc.add (param b)');
    assert.equal(incompleteText(aiRunCounts(many), 2), 'f0 (param x), f1 (param x) and 5 more');
  });
});
