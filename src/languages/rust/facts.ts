/**
 * What a Rust symbol needs beyond the shared `SymbolFact`: the item it came from, its visibility,
 * and the facts the Rust API guidelines' doc sections hang on (`# Errors`, `# Panics`, `# Safety`).
 * Carried under `rust` as a plain object, so it survives a copy or a trip through JSON.
 */
import type { SymbolFact } from '../../core/extract/types';

/** The item a symbol comes from. */
export type RustItem =
  | 'fn'
  | 'struct'
  | 'union'
  | 'enum'
  | 'variant'
  | 'field'
  | 'trait'
  | 'type'
  | 'const'
  | 'static'
  /** `mod x { ... }` or `mod x;` */
  | 'mod';

/** `pub`, a restricted `pub(crate)` / `pub(super)` / `pub(in path)`, or private (no `pub`, or `pub(self)`). */
export type RustVisibility = 'pub' | 'restricted' | 'private';

export interface RustFacts {
  item: RustItem;
  /** As written (`pub(crate)` is `restricted`). Trait items and enum variants take their trait's or enum's. */
  visibility: RustVisibility;
  /**
   * What rustdoc documents by default, kept simple: `pub` (or a trait item, a variant, a field of a
   * variant) inside `pub` inline modules, types and traits, not in a function body. A file's own
   * module is taken to be public. Trait impl items count when the impl's module is public.
   */
  exported: boolean;
  /** Keywords before `fn` / the item: `async`, `unsafe`, `const`, `extern "C"`, `default`, `mut` (static). */
  modifiers: string[];
  /** The function returns `Result<..>` (any path ending in `Result`, `io::Result<T>` too): rustdoc's `# Errors`. */
  returnsResult?: boolean;
  /** What may panic in this body (not in closures or nested items), in source order, once each: `panic!`, `unwrap()`, `expect()`... */
  panics?: string[];
  /** `unsafe fn` (or an unsafe trait): its doc needs `# Safety`. */
  isUnsafe?: boolean;
  /** For a method: the impl's self type as written (`Vec<T, A>`), and the trait of `impl Trait for Type`. */
  implType?: string;
  implTrait?: string;
  /** A trait impl item: rustdoc shows the trait's doc when it has none (missing_docs does not ask for one). */
  inTraitImpl?: boolean;
  /** Test code: a `#[test]` fn, a `#[cfg(test)]` item, or inside one. Nobody documents it. */
  testOnly?: boolean;
  /** `#[doc(hidden)]`, or inside such an item: rustdoc does not show it. */
  hidden?: boolean;
  /** Doc text that is not in `docstring.range`: `#[doc = "..."]` attributes or a doc comment after an attribute (rustdoc joins them all). */
  otherDocs?: { start: number; end: number }[];
}

export interface RustSymbolFact extends SymbolFact {
  rust: RustFacts;
}

/** The Rust facts of a symbol from `extractRust` (undefined for other languages' symbols and the module). */
export function rustFacts(symbol: SymbolFact): RustFacts | undefined {
  return (symbol as Partial<RustSymbolFact>).rust;
}

/** Whether rustdoc documents this symbol by default (see `RustFacts.exported`); the file's module counts. */
export function isRustPublic(symbol: SymbolFact): boolean {
  return symbol.kind === 'module' ? true : rustFacts(symbol)?.exported ?? false;
}
