// Fixture for the "Generate Docstrings for File" command.

export function parsePair(text: string, sep = ','): [string, string] {
  const [left, right] = text.split(sep, 2);
  return [left.trim(), (right ?? '').trim()];
}

export function mean(values: number[]): number {
  if (values.length === 0) {
    throw new Error('values must not be empty');
  }
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export class Stack<T> {
  private items: T[] = [];

  push(item: T): void {
    this.items.push(item);
  }

  pop(): T | undefined {
    return this.items.pop();
  }
}

export async function fetchAll(get: (url: string) => Promise<string>, urls: string[]): Promise<string[]> {
  return Promise.all(urls.map((u) => get(u)));
}
