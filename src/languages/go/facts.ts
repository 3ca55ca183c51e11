/** The Go facts a `SymbolFact` has no field for, carried on `GoSymbolFact.go`. */
import type { ExistingDoc, Insertion, OffsetRange, ParamFact, SymbolFact } from '../../core/extract/types';

export interface GoReceiver {
  /** `r` in `(r *T)`; '' when unnamed (`func (T) M()`). */
  name: string;
  /** The receiver's type as written: `*T[K]`. */
  type: string;
  /** The receiver's base type name: `T`. */
  typeName: string;
  pointer: boolean;
  /** The receiver's type parameter names: `K` in `(r *T[K])`. */
  typeParams: string[];
}

/** `const ( ... )`, `var ( ... )`, `type ( ... )`: the parenthesised declaration a spec belongs to. */
export interface GoGroup {
  keyword: 'const' | 'var' | 'type';
  /** The whole declaration, keyword through `)`. */
  range: OffsetRange;
  /**
   * The group's own doc comment (above the keyword). go doc shows it for a const/var group as the
   * doc of every value in it, and uses it for a grouped type that has no doc comment of its own.
   */
  docstring?: ExistingDoc;
  /** Where a doc comment for the group goes (above the keyword). */
  insertion: Insertion;
  /** 0-based position of this spec in the group. */
  index: number;
}

export interface GoFacts {
  /** A method's receiver (not among `params`). */
  receiver?: GoReceiver;
  /** The results: named ones with their names, unnamed ones with name '' (each with `annotation`). */
  results: ParamFact[];
  /** The last result is `error`: the doc comment says when an error is returned. */
  returnsError: boolean;
  /** The argument texts of `panic(...)` calls in this body (not in function literals), in order, once each. */
  panics: string[];
  /** Further names declared by the same spec or field (`A, B int` is one symbol `A` with `['B']`). */
  otherNames: string[];
  /** A const/var's declared type, when written (`var x int`). */
  valueType?: string;
  /** The parenthesised declaration this spec is in. */
  group?: GoGroup;
}

export interface GoSymbolFact extends SymbolFact {
  go: GoFacts;
}

export function emptyGoFacts(): GoFacts {
  return { results: [], returnsError: false, panics: [], otherNames: [] };
}

/** Go's export rule (go/ast IsExported): the name starts with an upper-case letter. */
export function isExportedName(name: string): boolean {
  return /^\p{Lu}/u.test(name);
}

/**
 * Whether a Go symbol is exported: the package itself always; any other symbol when its own name
 * is (a method or field counts on its own name, as revive's `exported` rule checks it).
 */
export function isExportedGo(symbol: SymbolFact): boolean {
  return symbol.kind === 'module' || isExportedName(symbol.name);
}

/**
 * Whether go doc shows the symbol with a doc comment: its own, or for a spec in a parenthesised
 * group, the group's (a const/var group's doc covers its values; a grouped type without its own
 * doc takes the group's).
 */
export function isDocumentedGo(symbol: GoSymbolFact): boolean {
  if (symbol.docstring) return true;
  const group = symbol.go.group;
  return !!group?.docstring && (symbol.kind === 'constant' || symbol.kind === 'variable' || group.keyword === 'type');
}
