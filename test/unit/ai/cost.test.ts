/** Batch prices: half the standard rates for the built-in models; no batch rates, no batch cost. */
import * as assert from 'node:assert/strict';
import { costUsd, DEFAULT_PRICES, hasBatchPrice, priceFor } from '../../../src/core/ai/cost';

describe('batch prices', () => {
  it('every built-in model has batch rates of half its standard rates', () => {
    for (const [model, price] of Object.entries(DEFAULT_PRICES)) {
      assert.ok(hasBatchPrice(price), `${model} has batch rates`);
      assert.equal(price.batchInputPerMTok, price.inputPerMTok / 2, `${model} batch input`);
      assert.equal(price.batchOutputPerMTok, price.outputPerMTok / 2, `${model} batch output`);
    }
  });

  it('the published examples: gpt-4o-mini 0.075/0.30, gpt-4o 1.25/5, gpt-4.1-mini 0.20/0.80', () => {
    assert.equal(costUsd(DEFAULT_PRICES['gpt-4o-mini'], 1_000_000, 1_000_000, 0, { batch: true }), 0.375);
    assert.equal(costUsd(DEFAULT_PRICES['gpt-4o'], 1_000_000, 1_000_000, 0, { batch: true }), 6.25);
    const mini41 = costUsd(DEFAULT_PRICES['gpt-4.1-mini'], 1_000_000, 1_000_000, 0, { batch: true }) ?? NaN;
    assert.ok(Math.abs(mini41 - 1) < 1e-12, String(mini41));
  });

  it('a batch costs half the standard price for the same tokens (no cached tokens)', () => {
    const price = priceFor('gpt-4o-mini-2024-07-18');
    assert.ok(price);
    const standard = costUsd(price, 123_456, 7_890);
    const batch = costUsd(price, 123_456, 7_890, 0, { batch: true }) ?? NaN;
    assert.ok(Math.abs(batch - standard / 2) < 1e-15, `${batch} vs ${standard}`);
  });

  it('cached prompt tokens in a batch are charged at the batch input rate', () => {
    const price = DEFAULT_PRICES['gpt-4o'];
    assert.equal(costUsd(price, 1_000_000, 0, 400_000, { batch: true }), 1.25);
    assert.equal(costUsd(price, 1_000_000, 0, 0, { batch: true }), 1.25);
  });

  it('a price without batch rates (or with only one) gives no batch cost, never a guess', () => {
    assert.equal(costUsd({ inputPerMTok: 1, outputPerMTok: 2 }, 1000, 1000, 0, { batch: true }), undefined);
    assert.equal(costUsd({ inputPerMTok: 1, outputPerMTok: 2, batchInputPerMTok: 0.5 }, 1000, 1000, 0, { batch: true }), undefined);
    assert.equal(hasBatchPrice({ inputPerMTok: 1, outputPerMTok: 2, batchOutputPerMTok: 1 }), false);
    assert.equal(costUsd({ inputPerMTok: 1, outputPerMTok: 2 }, 1_000_000, 1_000_000, 0, { batch: false }), 3, 'batch: false is the standard price');
  });

  it('a user price with batch rates is used as given', () => {
    const own = { inputPerMTok: 1, outputPerMTok: 1, batchInputPerMTok: 0.1, batchOutputPerMTok: 0.3 };
    assert.ok(Math.abs((costUsd(own, 1_000_000, 1_000_000, 0, { batch: true }) ?? NaN) - 0.4) < 1e-12);
  });
});
