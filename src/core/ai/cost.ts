/**
 * Prices for the cost estimate shown before a file run. USD per million tokens, standard (not
 * batch, not cached-input) rates of OpenAI's API price list; the user can pass their own table
 * (Azure, a discount, a new model). A model not in the table gets no cost, never a guess.
 */

export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
}

export const DEFAULT_PRICES: Record<string, ModelPrice> = {
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  'o4-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4 },
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

export function costUsd(price: ModelPrice, promptTokens: number, completionTokens: number): number {
  return (promptTokens * price.inputPerMTok + completionTokens * price.outputPerMTok) / 1_000_000;
}
