/**
 * What a language's doc conventions say where the shared template (src/core/generate/template.ts)
 * and rules (src/core/validate/check.ts) ask: each pack answers for its language, so the shared
 * code never branches on a language id.
 */
import type { DocParam, Docstring, DocSection, DocStyle } from '../core/docstring/model';
import type { ParamFact, SymbolFact, SymbolKind } from '../core/extract/types';

export interface GeneratorParts {
  /** The yielded type, when the annotation says. */
  yields?: string;
  /** The generator's return type, when the annotation says. */
  returns?: string;
}

export interface Conventions {
  /**
   * Its doc comments list parameters, returns, yields and raises as entries: the template writes
   * them and the rules check them (default true; Go's have none: such things are prose).
   */
  entries?: boolean;
  /**
   * A doc may describe its parameters and return in prose (rustdoc): one with no parameter list and
   * no return section is not asked for them (DW102, DW201); one that lists some is checked in full.
   */
  entriesInProse?: boolean;
  /**
   * Type parameters are documented entries (Javadoc `@param <T>`, C# `<typeparam>`): a documented
   * one that is not declared is DW101; a declared one missing is DW102 where this says `symbol`'s
   * doc `doc` must list them (doclint: methods and constructors; the C# compiler: once some are).
   */
  checksTypeParams?(symbol: SymbolFact, doc: Docstring): boolean;

  // Template.
  /** A summary as the language wants it for `symbol` (Go's starts with the symbol's name); the template's placeholder and a model's answer go through it. */
  namedSummary?(summary: string, symbol: SymbolFact): string;
  /** A type as a docstring writes it (on one line). */
  typeText(annotation: string): string;
  /** The type of an unannotated parameter read off its literal default (`=1`), if it tells. */
  defaultType(value: string): string | undefined;
  /** Whether a function's docstring documents a return (classes, modules and properties never do). */
  documentsReturn(symbol: SymbolFact): boolean;
  /** The documented return type. */
  returnedType(symbol: SymbolFact): string | undefined;
  /** The documented yield type. */
  yieldedType(symbol: SymbolFact): string | undefined;
  /** A generator annotated to yield nothing: no yield to describe. */
  yieldsNothing(symbol: SymbolFact): boolean;
  /** Whether a template in `style` documents type parameters (TSDoc `@typeParam`, Javadoc `@param <T>`). */
  documentsTypeParams(style: DocStyle): boolean;
  /** What a new module docstring holds besides its summary (a TS/JS file overview's tag). */
  moduleSections(style: DocStyle): DocSection[];

  // Rules.
  /** What comes before a doc line's text: indentation, and a comment's gutter. */
  docLineLead: RegExp;
  /** The doc documents the return another way than a return entry (Doxygen's `@retval 0 ...` lines): DW201 does not ask for one, a repair adds none. */
  returnDocumentedAs?(doc: Docstring): boolean;
  /** Whether a documented type agrees with the code's (DW104, DW203, DW704); without it, the shared `sameType`. PHP's types have spellings of their own (`?string` is `string|null`). */
  sameType?(documented: string, annotation: string): boolean;
  /** A documented name for a parameter the signature declares implicitly (`@param this`): neither extra nor missing. */
  documentsImplicit(doc: DocParam, params: readonly ParamFact[]): boolean;
  /** Entries below a parameter (`@param options.host`) are checked against its members. */
  checksParamMembers: boolean;
  /** A constructor: it documents no return. */
  isConstructor(symbol: SymbolFact): boolean;
  /** A generator's annotation parts, read for its documented return. */
  generatorParts(symbol: SymbolFact): GeneratorParts | undefined;
  /** A generator that returns a value documents it too. */
  generatorDocumentsReturn(symbol: SymbolFact): boolean;
  /** A body-less contract whose annotation promises a return the docstring must document. */
  contractReturns(symbol: SymbolFact, doc: Docstring, promisesValue: boolean): boolean;
  /** A body-less contract whose documented raises are its implementers' (not "never raised"). */
  raisesAreContract(symbol: SymbolFact): boolean;
  /** Whether a documented exception type names a raised one. */
  sameException(documented: string, raised: string): boolean;
  /** The docstring says raised types need not be listed (JSDoc `@throws {*}`, `@abstract`). */
  raisesOpen(doc: Docstring): boolean;
  /** A documented "exception" type that names none (JSDoc `{*}`, `{any}`). */
  namesNoException(type: string): boolean;
  /**
   * A documented exception a callee may raise without the body or signature saying so (Java's
   * unchecked exceptions): not reported as never raised (DW402). Without it, every one may be.
   */
  raisedUnseen?(type: string): boolean;
  /** The docstring defers to documentation elsewhere (`@inheritDoc`; `ownerDefers`: its class says so). */
  documentedElsewhere(doc: Docstring, ownerDefers: boolean): boolean;
  /** The docstring says the function makes an object (`@class`): no return or yield rules. */
  makesObject(doc: Docstring): boolean;
  /** The class whose docstring may say that its members are documented elsewhere, and whether it does. */
  ownerDefers(symbols: readonly SymbolFact[], symbol: SymbolFact, read: (content: string) => Docstring): boolean;
  /** Sections a new doc of `symbol` starts with, each with a line for the author to complete (Rust's `# Errors`, `# Panics`, `# Safety`). */
  sectionsOwed?(symbol: SymbolFact): DocSection[];
  /** The sections the language's guidelines ask of `symbol`'s doc that `doc` lacks, each with why it is asked, for DW802. */
  missingSections?(symbol: SymbolFact, doc: Docstring): { title: string; why: string }[];
  /** What is wrong with the form of a documented symbol's doc comment (Go: it must start with the name), for DW801; undefined when nothing is. */
  docForm?(symbol: SymbolFact): string | undefined;

  // Where docstrings belong.
  /** A constructor whose class docstring documents its arguments (then it needs no docstring of its own). */
  paramsOnClass(symbols: readonly SymbolFact[], symbol: SymbolFact): boolean;
  /** A declaration whose docs live elsewhere (Python's @overload stubs): none written, none checked. */
  docless(symbol: SymbolFact): boolean;
  /** The language's own rule for which symbols are public API (DW601, coverage); without it, a name path with no `_private` part. */
  isPublic?(symbol: SymbolFact): boolean;
  /** `api`: the module docstring is public API (DW601, coverage); `onRequest`: a file overview written when asked. */
  moduleDoc: 'api' | 'onRequest';
  /** The kinds DW601 and coverage count; default: modules, classes, functions and methods (interrogate's kinds). */
  publicKinds?: ReadonlySet<SymbolKind>;
  /** An undocumented symbol that an enclosing declaration's comment documents (a Go const group's): it needs none of its own. */
  sharesDoc?(symbol: SymbolFact): boolean;
}
