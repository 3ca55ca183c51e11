/**
 * Rust's doc conventions (rustdoc, the Rust API guidelines) for the shared template and rules (see
 * src/languages/conventions.ts).
 */
import type { SymbolFact, SymbolKind } from '../../core/extract/types';
import type { Conventions } from '../conventions';
import { isRustPublic, rustFacts } from './facts';
import { missingGuidelineSections, templateSections, whySection } from './sections';

/** What rustdoc documents by default, less trait impl items (rustdoc shows the trait's doc; missing_docs asks none), `#[doc(hidden)]` items and test code. */
function isPublic(symbol: SymbolFact): boolean {
  const rust = rustFacts(symbol);
  return isRustPublic(symbol) && !rust?.inTraitImpl && !rust?.hidden && !rust?.testOnly;
}

/** Clippy's lint for each section, which `#[allow(..)]` or `#[expect(..)]` on the item silences, as Clippy does. */
const LINT_OF: Record<string, string> = { Errors: 'missing_errors_doc', Panics: 'missing_panics_doc', Safety: 'missing_safety_doc' };
const silenced = (symbol: SymbolFact, title: string) => symbol.decorators.some((d) => /^(?:allow|expect)\s*\(/.test(d) && d.includes(`clippy::${LINT_OF[title]}`));

/** What missing_docs asks a doc of: every kind of item, field and variant. */
const PUBLIC_KINDS: ReadonlySet<SymbolKind> = new Set<SymbolKind>(['function', 'method', 'class', 'interface', 'enum', 'enum-member', 'property', 'type', 'constant', 'variable']);

export const rustConventions: Conventions = {
  // std describes most arguments and returns in prose; `# Arguments` and `# Returns` are checked where written.
  entriesInProse: true,
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
  // No new doc for: a trait impl's item (rustdoc shows the trait's doc, as javadoc inherits an
  // @Override's); test code; an item that does not start its line (`enum E { A, B }`'s variants:
  // the line would have to be broken, and only comment lines are ever added). Such an item that
  // has a doc is still checked.
  docless: (symbol) => {
    if (symbol.docstring || symbol.kind === 'module') return false;
    const rust = rustFacts(symbol);
    return rust?.inTraitImpl === true || rust?.testOnly === true || symbol.insertion.suffix !== '\n';
  },
  // Every file is a module, but only the crate root's and a `pub mod`'s `//!` docs are public API,
  // which the file cannot tell (its `mod` line is in another file): written on request, as `//!`.
  moduleDoc: 'onRequest',
  isPublic,
  publicKinds: PUBLIC_KINDS,
  sectionsOwed: templateSections,
  // Clippy asks these of the public API only (what rustdoc shows).
  missingSections: (symbol, doc) => (isPublic(symbol) ? missingGuidelineSections(symbol, doc).filter((title) => !silenced(symbol, title)).map((title) => ({ title: `# ${title}`, why: whySection(title, symbol) })) : []),
};
