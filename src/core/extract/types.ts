/** Facts the parser extracts about one documentable symbol. Offsets are UTF-16 code units into the source text. */

export type LanguageId = 'python' | 'typescript' | 'typescriptreact' | 'javascript' | 'javascriptreact' | 'go' | 'java' | 'csharp' | 'rust' | 'php' | 'c' | 'cpp' | 'ruby';
export type DocFamily = 'python' | 'js';

export type SymbolKind =
  | 'module'
  | 'class'
  | 'function'
  | 'method'
  // TS/JS declarations that are data, not code: a summary comment each (TSDoc's one comment per member).
  | 'interface'
  | 'type'
  | 'enum'
  /** A class field, or a property of an interface or object type alias. */
  | 'property'
  | 'enum-member'
  /** A package-level constant (Go `const`). */
  | 'constant'
  /** A package-level variable (Go `var`). */
  | 'variable';

/** The kinds DW601 and `coverage` ask a docstring of (interrogate's: modules, classes, functions, methods). */
export const API_KINDS: ReadonlySet<SymbolKind> = new Set<SymbolKind>(['module', 'class', 'function', 'method']);

/**
 * What makes a Python class a record whose fields its docstring documents (an Attributes
 * section, Sphinx `:ivar:`): the decorator or base class that declares the fields.
 */
export type FieldsKind = 'dataclass' | 'attrs' | 'pydantic' | 'namedtuple' | 'typeddict' | 'enum';

/** One field of such a class (an enum member), in source order. */
export interface FieldFact {
  name: string;
  annotation?: string;
  /** The assigned value (`= 0`, `= field(default=0)`, an enum member's value). */
  default?: string;
  /** Offset of the name in the source. */
  offset: number;
}

export type ParamKind =
  | 'positional'
  | 'positional-only'
  | 'keyword-only'
  | 'var-positional' // *args
  | 'var-keyword' // **kwargs
  | 'rest' // ...rest in TS/JS
  | 'destructured'; // {a, b} or [a, b] in TS/JS

export interface ParamFact {
  name: string;
  kind: ParamKind;
  optional: boolean;
  annotation?: string;
  default?: string;
  /** `self` / `cls` of a method: never documented. Also TS `this` parameters. */
  implicit?: boolean;
  /** TS constructor parameter property (`private x: number`). */
  property?: boolean;
  /** Offset of the parameter's name (or pattern) in the source, for asking language services about it. */
  offset?: number;
  /** Names bound by a destructured parameter (`{a, b}` gives ['a', 'b']). */
  elements?: string[];
  /**
   * JS/TS: what JSDoc may document as `root.path` below this parameter: the keys of a destructuring
   * pattern (nested ones too) or of an object-literal type annotation.
   */
  members?: ParamMember[];
}

export interface ParamMember {
  /** Dotted path below the root: `foo`, `foo.bar`; array elements by index (`0`, `1`). */
  path: string;
  /** Another accepted spelling: the name an array element binds (`b` for index 1 of `[, b]`). */
  alias?: string;
  /** An object pattern's `...rest` or an array hole (`[, b]`): it may be documented, and need not be. */
  optional?: 'rest' | 'hole';
  /** From a type annotation, not a pattern: only checked once the author documents members. */
  fromType?: boolean;
}

export interface OffsetRange {
  start: number;
  end: number;
}

export interface ExistingDoc {
  /** Range of the whole literal or comment, quotes / delimiters included. */
  range: OffsetRange;
  /** Raw source text of that range. */
  raw: string;
  /** The inside of the docstring/comment, dedented, `*` gutters removed, no delimiters. */
  content: string;
}

/**
 * Where a new docstring goes. The edit replaces [start, end) with
 * `prefix + docstring lines joined by eol+indent + suffix`.
 */
export interface Insertion {
  start: number;
  end: number;
  indent: string;
  prefix: string;
  suffix: string;
}

export interface SymbolFact {
  /** Stable within one parse: kind + name path + ordinal among same-named siblings. */
  id: string;
  name: string;
  namePath: string[];
  kind: SymbolKind;
  language: LanguageId;
  decorators: string[];
  isAsync: boolean;
  isGenerator: boolean;
  isOverload: boolean;
  /** An implementation whose overload signatures carry the docs (TS). */
  hasOverloads: boolean;
  isProperty: boolean;
  isAbstract: boolean;
  /** Body is only `...` / `pass` / absent (stub, protocol, abstract). */
  isStub: boolean;
  /** Nested inside a function body. */
  isNested: boolean;
  params: ParamFact[];
  typeParams: string[];
  returnAnnotation?: string;
  /** Exception types raised directly in this body (not nested functions), in source order, deduplicated. */
  raises: string[];
  /**
   * Types only passed on from an `except` (bare `raise`, `raise e`): documenting them is optional,
   * like a callee's exceptions, so they are neither required nor "never raised".
   */
  reraises?: string[];
  returnsValue: boolean;
  yieldsValue: boolean;
  /** Whole definition including decorators (and `export`). */
  range: OffsetRange;
  /** From the first decorator / keyword through the end of the signature (the `:` in Python, before `{` in TS). */
  signatureRange: OffsetRange;
  /** A Python class's `__init__` parameters, which its docstring may document (Google, NumPy). */
  initParams?: ParamFact[];
  /** Whether that `__init__` has a docstring of its own (else the class docstring is the only place for its arguments). */
  initDocumented?: boolean;
  /** A Python record class (dataclass, attrs, pydantic, NamedTuple, TypedDict, Enum): what declares its fields. */
  fieldsKind?: FieldsKind;
  /** That class's fields (public ones: no `_private` names, no `ClassVar`), which its docstring documents as attributes. */
  fields?: FieldFact[];
  /** Other names of that class its docstring may list as attributes, not asked for: class variables, properties. */
  otherAttributes?: string[];
  /** Base classes (Python) or heritage clauses (TS) of a class. */
  bases: string[];
  docstring?: ExistingDoc;
  insertion: Insertion;
}

export interface ExtractResult {
  language: LanguageId;
  symbols: SymbolFact[];
  /** The source has syntax errors (tree-sitter ERROR / MISSING nodes). */
  hasErrors: boolean;
  /** First syntax error position, when hasErrors. */
  errorOffset?: number;
  eol: '\n' | '\r\n';
  /** One level of indentation as the file writes it (`\t`, `    `, ...). */
  indentUnit: string;
}
