/**
 * The classes of an extraction by name path, built once per symbol list: finding a method's class
 * by scanning every symbol for every method was quadratic, most of a re-validation of a large file.
 */
import type { SymbolFact } from './types';

const byList = new WeakMap<readonly SymbolFact[], Map<string, SymbolFact[]>>();

/** The classes named `path` (e.g. ['Outer', 'Inner']), in the list's order. */
export function classesNamed(symbols: readonly SymbolFact[], path: readonly string[]): readonly SymbolFact[] {
  let index = byList.get(symbols);
  if (!index) {
    index = new Map();
    for (const s of symbols) {
      if (s.kind !== 'class') continue;
      const key = s.namePath.join('.');
      const list = index.get(key);
      if (list) list.push(s);
      else index.set(key, [s]);
    }
    byList.set(symbols, index);
  }
  return index.get(path.join('.')) ?? [];
}
