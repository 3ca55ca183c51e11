import type { SymbolFact } from './types';

/** What a symbol is said to be before its extractor learns more: no decorators, parameters, throws, returns... */
type Known = Pick<SymbolFact, 'name' | 'namePath' | 'kind' | 'language' | 'range' | 'signatureRange' | 'insertion'>;

/** A symbol's facts: the defaults every extractor starts from, then what it knows (`id` is set by assignIds). */
export function symbolFact<T extends Known & Partial<SymbolFact>>(known: T): SymbolFact & T {
  return {
    id: '',
    decorators: [],
    isAsync: false,
    isGenerator: false,
    isOverload: false,
    hasOverloads: false,
    isProperty: false,
    isAbstract: false,
    isStub: false,
    isNested: false,
    params: [],
    typeParams: [],
    raises: [],
    returnsValue: false,
    yieldsValue: false,
    bases: [],
    ...known,
  };
}
