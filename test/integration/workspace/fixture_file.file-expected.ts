// Fixture for the "Generate Docstrings for File" command.

/**
 * _summary_
 *
 * @param text - _description_
 * @param [sep=','] - _description_
 * @returns _description_
 */
export function parsePair(text: string, sep = ','): [string, string] {
  const [left, right] = text.split(sep, 2);
  return [left.trim(), (right ?? '').trim()];
}

/**
 * _summary_
 *
 * @param values - _description_
 * @returns _description_
 * @throws {Error} _description_
 */
export function mean(values: number[]): number {
  if (values.length === 0) {
    throw new Error('values must not be empty');
  }
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * _summary_
 *
 * @param value - _description_
 * @param min - _description_
 * @param max - _description_
 * @returns _description_
 */
export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** _summary_ */
export class Stack<T> {
  /** _summary_ */
  private items: T[] = [];

  /**
   * _summary_
   *
   * @param item - _description_
   */
  push(item: T): void {
    this.items.push(item);
  }

  /**
   * _summary_
   *
   * @returns _description_
   */
  pop(): T | undefined {
    return this.items.pop();
  }
}

/**
 * _summary_
 *
 * @param get - _description_
 * @param urls - _description_
 * @returns _description_
 */
export async function fetchAll(get: (url: string) => Promise<string>, urls: string[]): Promise<string[]> {
  return Promise.all(urls.map((u) => get(u)));
}
