/**
 * `--prices FILE.json`: model prices over the built-in table, in the shape of the editor's
 * `docwright.ai.prices` (USD per million tokens; batch rates optional). A bad file is a usage
 * error that names the file, the model and what is accepted.
 */
import { z } from 'zod';
import { DEFAULT_PRICES, type ModelPrice } from '../core/ai/cost';
import { modelPriceSchema } from '../core/config/settings';
import { readRegularFile } from '../core/io/regularFile';

/** A prices file is a few hundred bytes; anything this large is not one. */
const MAX_PRICES_BYTES = 1024 * 1024;

export class PricesFileError extends Error {}

/** The built-in prices with the file's over them. */
export async function readPrices(path: string): Promise<Record<string, ModelPrice>> {
  let value: unknown;
  try {
    value = JSON.parse((await readRegularFile(path, MAX_PRICES_BYTES)).toString('utf8'));
  } catch (error) {
    throw new PricesFileError(`--prices ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = z.record(z.string(), modelPriceSchema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PricesFileError(`--prices ${path}: ${issue.path.map(String).join('.') || 'the file'}: ${issue.message}; expected an object mapping model names to { "inputPerMTok": number, "outputPerMTok": number, "cachedInputPerMTok"?, "batchInputPerMTok"?, "batchOutputPerMTok"? }, each 0 or more`);
  }
  return { ...DEFAULT_PRICES, ...parsed.data };
}
