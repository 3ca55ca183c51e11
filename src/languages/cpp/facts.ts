/**
 * What a C or C++ symbol needs beyond the shared `SymbolFact`: the entity it comes from, its
 * access, what Doxygen and an API reader care about (specifiers, the preprocessor conditions around
 * it, `extern "C"`), and whether it defines something declared elsewhere. Carried under `cpp` as a
 * plain object, so it survives a copy or a trip through JSON.
 */
import type { SymbolFact } from '../../core/extract/types';

export type CppEntity =
  | 'function'
  | 'method'
  | 'constructor'
  | 'destructor'
  | 'operator'
  | 'class'
  | 'struct'
  | 'union'
  | 'enum'
  | 'enum-class'
  | 'enumerator'
  | 'field'
  | 'variable'
  | 'typedef'
  | 'using'
  | 'namespace'
  | 'concept'
  /** The file (the module symbol). */
  | 'file'
  /** `#define NAME value` */
  | 'macro'
  /** `#define NAME(a, b) ...`: Doxygen documents its parameters with `@param`. */
  | 'function-macro';

/** C++ access; what is not in a class is `public`. A `class` starts `private`, a `struct` and a `union` `public`. */
export type CppAccess = 'public' | 'protected' | 'private';

export interface CppFacts {
  entity: CppEntity;
  access: CppAccess;
  /**
   * What a reader of the header can use, kept simple: `public` all the way down from the file
   * through named namespaces and classes; not `static` at namespace scope (internal linkage), not
   * in an anonymous namespace, not a function body's. Doxygen's default (EXTRACT_PRIVATE=NO,
   * EXTRACT_STATIC=NO, EXTRACT_ANON_NSPACES=NO) documents the same set.
   */
  exported: boolean;
  /**
   * Words that say how it is declared, in source order: `static`, `inline`, `constexpr`, `virtual`,
   * `explicit`, `extern`, `const` (a method), `volatile`, `&`/`&&` (ref-qualified), `noexcept`
   * (`noexcept(expr)` as written), `override`, `final`, `= 0`, `= default`, `= delete`, `friend`.
   */
  specifiers: string[];
  /** It has a body (a function, or a class/enum with its members). */
  isDefinition: boolean;
  /**
   * It defines what a declaration elsewhere declares: an out-of-line `A::f` (the member is declared
   * in its class), or a definition whose declaration comes earlier in this file. Doxygen joins the
   * two docs; the declaration is the one to document: conventions need not ask this one for a doc.
   */
  definesDeclaredElsewhere?: boolean;
  /** The id of that earlier declaration in this file, when there is one. */
  declaration?: string;
  /** The scope written before the name of an out-of-line definition (`ns::A<T>` of `ns::A<T>::f`). */
  qualifier?: string;
  /** The conditions of the `#if`/`#ifdef`/`#ifndef`/`#elif`/`#else` blocks around it, outermost first, as written (`#ifdef X`, `#else`). */
  conditions?: string[];
  /** Inside an `extern "C"` block, or declared `extern "C"`. */
  externC?: boolean;
  /**
   * `int a, b;` (and `struct P { } p;`): the id of the first symbol of the declaration. Doxygen gives
   * the comment above to that first one only; this one has the same insertion point and no doc
   * unless a `///<` follows it: insert none for it (`cppConventions.docless`).
   */
  sharesCommentWith?: string;
  /** A `///<` comment after it is its doc (then `docstring` is that one). */
  trailingDoc?: boolean;
}

export interface CppSymbolFact extends SymbolFact {
  cpp: CppFacts;
}

/** The C/C++ facts of a symbol from `extractCpp` (undefined for other languages' symbols). */
export function cppFacts(symbol: SymbolFact): CppFacts | undefined {
  return (symbol as Partial<CppSymbolFact>).cpp;
}

/** Whether a reader of the header sees this symbol (see `CppFacts.exported`); the file counts. */
export function isCppPublic(symbol: SymbolFact): boolean {
  return symbol.kind === 'module' ? true : cppFacts(symbol)?.exported ?? false;
}
