/** One structured model of a docstring, shared by every style's parser and renderer. */

export type DocStyle = 'google' | 'numpy' | 'sphinx' | 'jsdoc' | 'tsdoc' | 'javadoc' | 'xmldoc' | 'godoc' | 'rustdoc' | 'phpdoc' | 'doxygen' | 'doxygen-slash' | 'yard';
export const PYTHON_STYLES: readonly DocStyle[] = ['google', 'numpy', 'sphinx'];
export const JS_STYLES: readonly DocStyle[] = ['jsdoc', 'tsdoc'];

export interface DocParam {
  name: string;
  type?: string;
  /** May span several lines (joined with '\n', no indentation). */
  description: string;
  optional?: boolean;
  default?: string;
}

export interface DocValue {
  type?: string;
  description: string;
  /** NumPy only: the value's name in a `name : type` entry. */
  name?: string;
  /** NumPy only: further entries of a Returns/Yields section that lists several values (tuples). */
  others?: DocValue[];
}

export interface DocRaise {
  type: string;
  description: string;
}

/** A section this model has no field for (Notes, See Also, Attributes, @see, @deprecated...), kept verbatim. */
export interface DocSection {
  title: string;
  /** Body lines, dedented relative to the section. */
  body: string;
}

export interface Docstring {
  summary: string;
  /** Extended description: paragraphs after the summary, before the first section. */
  description: string;
  params: DocParam[];
  /**
   * A record class's fields (dataclass, attrs, pydantic, NamedTuple, TypedDict, enum members), set
   * by the template: rendered as the Attributes section (Sphinx `:ivar:`). A parsed docstring keeps
   * its Attributes section in `sections`, verbatim; `documentedAttributes` reads it.
   */
  attributes?: DocParam[];
  returns?: DocValue;
  yields?: DocValue;
  raises: DocRaise[];
  /** JS/TS type parameters (`@template T` / `@typeParam T`). */
  typeParams: DocParam[];
  examples?: string;
  sections: DocSection[];
}

export function emptyDocstring(): Docstring {
  return { summary: '', description: '', params: [], raises: [], typeParams: [], sections: [] };
}

/** How a renderer shows types: `auto` omits a type the signature already annotates. */
export type TypesMode = 'auto' | 'always' | 'never';

export interface RenderOptions {
  style: DocStyle;
  /** Facts the renderer needs to decide about types in `auto` mode: which names are annotated in code. */
  annotated: ReadonlySet<string>;
  /** Whether the return type is annotated in code. */
  returnAnnotated: boolean;
  types: TypesMode;
  /** One indentation level as the file writes it, used inside sections (Google `Args:` items). */
  indentUnit: string;
  /** JSDoc/TSDoc: separate a tag's name from its text with ` - ` (default) or a space, as the author does. */
  jsdocSeparator?: ' - ' | ' ';
  /** Doxygen: the summary after `@brief` (default), and commands spelled with `@` (default) or a backslash, as the author's doc does. */
  doxygenBrief?: boolean;
  doxygenCommand?: '@' | '\\';
}
