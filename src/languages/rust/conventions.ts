/**
 * Rust's doc conventions (rustdoc, the Rust API guidelines) for the shared template and rules (see
 * src/languages/conventions.ts). Not registered yet: the wiring adds the pack (WIRING.md).
 */
import type { Conventions } from '../conventions';
import { isRustPublic, rustFacts } from './facts';

export const rustConventions: Conventions = {
  // Types as written, on one line (rustdoc lists have no types: the signature has them).
  typeText: (annotation) => annotation.replace(/\s+/g, ' ').trim(),
  defaultType: () => undefined,
  // A function whose signature returns something other than `()` or `!`.
  documentsReturn: (symbol) => (symbol.kind === 'function' || symbol.kind === 'method') && symbol.returnsValue,
  returnedType: (symbol) => symbol.returnAnnotation,
  yieldedType: () => undefined,
  yieldsNothing: () => false,
  // std documents no type parameters; `# Type parameters` is read and written only when present.
  documentsTypeParams: () => false,
  moduleSections: () => [],

  // Past the indentation and a `///`, `//!` marker or a block's `*` gutter.
  docLineLead: /^[ \t]*(?:\/\/[/!]|\/\*[*!]|\*(?!\/))?[ \t]?/,
  // `self` and `_` are implicit: never documented, never missing.
  documentsImplicit: () => false,
  checksParamMembers: false,
  // Rust has no constructors (`new` is a function returning `Self`, and documents it).
  isConstructor: () => false,
  generatorParts: () => undefined,
  generatorDocumentsReturn: () => false,
  contractReturns: () => false,
  raisesAreContract: () => false,
  // Rust throws nothing; `raises` stays empty (errors are `# Errors` prose, panics `# Panics`).
  sameException: (documented, raised) => documented === raised,
  raisesOpen: () => false,
  namesNoException: () => false,
  documentedElsewhere: () => false,
  makesObject: () => false,
  ownerDefers: () => false,
  paramsOnClass: () => false,
  docless: () => false,
  // The crate's and modules' `//!` docs are public API (missing_docs asks for them) but a new one
  // needs `//!` lines, which `docComment` cannot tell from the symbol yet (WIRING.md): on request.
  moduleDoc: 'onRequest',
  // What rustdoc documents by default, less trait impl items (rustdoc shows the trait's doc; missing_docs asks none).
  isPublic: (symbol) => isRustPublic(symbol) && !rustFacts(symbol)?.inTraitImpl,
};
