/**
 * Prices for the cost estimate shown before a file run and for the usage metrics. USD per million
 * tokens, standard (not batch) rates of OpenAI's API price list, with the cached-input rate for
 * prompt tokens the provider served from its prompt cache; the user can pass their own table
 * (Azure, a discount, a new model). A model not in the table gets no cost, never a guess.
 */

export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
  /** Rate for cached prompt tokens; absent = charged at `inputPerMTok`. */
  cachedInputPerMTok?: number;
}

export const DEFAULT_PRICES: Record<string, ModelPrice> = {
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6, cachedInputPerMTok: 0.075 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8, cachedInputPerMTok: 0.5 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6, cachedInputPerMTok: 0.1 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4, cachedInputPerMTok: 0.025 },
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10, cachedInputPerMTok: 0.125 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2, cachedInputPerMTok: 0.025 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4, cachedInputPerMTok: 0.005 },
  'o4-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4, cachedInputPerMTok: 0.275 },
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

/**
 * USD for one request. `cachedTokens` are part of `promptTokens` (as the API reports them) and are
 * charged at the cached rate; the rest of the prompt at the input rate.
 */
export function costUsd(price: ModelPrice, promptTokens: number, completionTokens: number, cachedTokens = 0): number {
  const cached = Math.min(Math.max(cachedTokens, 0), promptTokens);
  const cachedRate = price.cachedInputPerMTok ?? price.inputPerMTok;
  return ((promptTokens - cached) * price.inputPerMTok + cached * cachedRate + completionTokens * price.outputPerMTok) / 1_000_000;
}
