/**
 * Prices for the cost estimate shown before a file run and for the usage metrics. USD per million
 * tokens, standard rates of OpenAI's API price list, with the cached-input rate for prompt tokens
 * the provider served from its prompt cache, and the Batch API's rates (half the standard ones);
 * the user can pass their own table (Azure, a discount, a new model). A model not in the table
 * gets no cost, and a model without batch rates no batch cost: never a guess.
 */

export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
  /** Rate for cached prompt tokens; absent = charged at `inputPerMTok`. */
  cachedInputPerMTok?: number;
  /** Batch API rates; both are needed for a batch cost. */
  batchInputPerMTok?: number;
  batchOutputPerMTok?: number;
}

export const DEFAULT_PRICES: Record<string, ModelPrice> = {
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25, batchInputPerMTok: 1.25, batchOutputPerMTok: 5 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6, cachedInputPerMTok: 0.075, batchInputPerMTok: 0.075, batchOutputPerMTok: 0.3 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8, cachedInputPerMTok: 0.5, batchInputPerMTok: 1, batchOutputPerMTok: 4 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6, cachedInputPerMTok: 0.1, batchInputPerMTok: 0.2, batchOutputPerMTok: 0.8 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4, cachedInputPerMTok: 0.025, batchInputPerMTok: 0.05, batchOutputPerMTok: 0.2 },
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10, cachedInputPerMTok: 0.125, batchInputPerMTok: 0.625, batchOutputPerMTok: 5 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2, cachedInputPerMTok: 0.025, batchInputPerMTok: 0.125, batchOutputPerMTok: 1 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4, cachedInputPerMTok: 0.005, batchInputPerMTok: 0.025, batchOutputPerMTok: 0.2 },
  'o4-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4, cachedInputPerMTok: 0.275, batchInputPerMTok: 0.55, batchOutputPerMTok: 2.2 },
};

/**
 * The price of `model`: an exact entry, else the longest entry that the name starts with followed
 * by a dated suffix (`gpt-4o-mini-2024-07-18` is `gpt-4o-mini`, never `gpt-4o`).
 */
export function priceFor(model: string, prices: Record<string, ModelPrice> = DEFAULT_PRICES): ModelPrice | undefined {
  const name = model.trim().toLowerCase().replace(/^.*\//, '');
  if (prices[name]) return prices[name];
  const dated = /^(.*?)-\d{4}-\d{2}-\d{2}$/.exec(name);
  return dated ? prices[dated[1]] : undefined;
}

export interface CostOptions {
  /** Price at the Batch API's rates. */
  batch?: boolean;
}

/** The price has batch rates, so a batch of this model can be priced. */
export function hasBatchPrice(price: ModelPrice): boolean {
  return price.batchInputPerMTok !== undefined && price.batchOutputPerMTok !== undefined;
}

/**
 * USD for one request. `cachedTokens` are part of `promptTokens` (as the API reports them) and are
 * charged at the cached rate; the rest of the prompt at the input rate. With `batch`, every prompt
 * token (cached ones too: whether batches get the cache discount is not documented) is charged at
 * the batch input rate; undefined when the price has no batch rates.
 */
export function costUsd(price: ModelPrice, promptTokens: number, completionTokens: number, cachedTokens?: number): number;
export function costUsd(price: ModelPrice, promptTokens: number, completionTokens: number, cachedTokens: number | undefined, options: CostOptions): number | undefined;
export function costUsd(price: ModelPrice, promptTokens: number, completionTokens: number, cachedTokens = 0, options: CostOptions = {}): number | undefined {
  if (options.batch) {
    if (price.batchInputPerMTok === undefined || price.batchOutputPerMTok === undefined) return undefined;
    return (promptTokens * price.batchInputPerMTok + completionTokens * price.batchOutputPerMTok) / 1_000_000;
  }
  const cached = Math.min(Math.max(cachedTokens, 0), promptTokens);
  const cachedRate = price.cachedInputPerMTok ?? price.inputPerMTok;
  return ((promptTokens - cached) * price.inputPerMTok + cached * cachedRate + completionTokens * price.outputPerMTok) / 1_000_000;
}
