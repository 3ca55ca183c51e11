/**
 * What a language is to Docwright: one pack per folder under src/languages, registered in
 * src/languages/index.ts. The pipeline (extract, describe, render, place, verify, validate), the
 * CLI and the editor ask the pack instead of branching on a language id (docs/language-packs.md).
 */
import type { Docstring, DocStyle, RenderOptions } from '../core/docstring/model';
import type { LeanInput } from '../core/extract/leanInput';
import type { Node } from '../core/extract/nodes';
import type { StatementCache } from '../core/extract/statementCache';
import type { LanguageId, SymbolFact } from '../core/extract/types';
import type { QuoteStyle } from '../core/generate/literal';
import type { DecodedSource } from '../core/text/encoding';
import type { Conventions } from './conventions';
import type { TemplateOptions } from '../core/generate/template';

export interface ExtractOptions {
  /** Find raises/returns/yields by walking each body node by node: the slow definition tests compare the index with. */
  walkBodies?: boolean;
  /** Validation only: bodies and parameters of undocumented functions need not be read. */
  lean?: boolean;
  /** The editor's per-document facts of unchanged top-level statements, reused after an edit. */
  reuse?: StatementCache;
}

export interface TypedOpener {
  /** The text of the line before the cursor when an opener was just typed; group 1 is the opener. */
  typed: RegExp;
  /** What auto-closing may have put after the cursor for `opener` (the rest of the quotes, ` *\/`). */
  closed(opener: string): RegExp;
  /** Where a docstring goes: inside the body after the header (Python), or above the declaration. */
  placement: 'inside' | 'above';
  /** A statement that gives a new function a body while it is still empty (Python's `pass`). */
  emptyBody?: string;
  /** What the completion calls it. */
  noun: 'docstring' | 'comment';
}

export interface LanguagePack {
  /** The pack's folder name. */
  id: string;
  /** The language's name in messages and in the AI prompt. */
  displayName: string;
  /** The VS Code language ids it serves. */
  languageIds: readonly LanguageId[];
  /** File extensions (lower case, with the dot) the CLI reads, and the language id each is read as. */
  extensions: Readonly<Record<string, LanguageId>>;
  /** The tree-sitter grammar of each language id, as @vscode/tree-sitter-wasm names its .wasm file. */
  grammars: Readonly<Partial<Record<LanguageId, string>>>;
  /** The doc styles it writes and reads; the first is the default. */
  styles: readonly DocStyle[];
  /** The setting (editor and project configuration) that holds its style. */
  styleSetting: 'pythonStyle' | 'jsStyle' | 'javaStyle' | 'csharpStyle' | 'goStyle' | 'rustStyle' | 'phpStyle' | 'cppStyle' | 'rubyStyle';
  /** The editor setting that names the user's template for it. */
  templateSetting: 'templatePython' | 'templateJavascript' | 'templateJava' | 'templateCsharp' | 'templateGo' | 'templateRust' | 'templatePhp' | 'templateCpp' | 'templateRuby';
  /** Its style may come from the project's convention (pyproject.toml's pydoclint or Ruff settings) when set to `auto`. */
  projectConvention: boolean;
  /** Typing a docstring's opener on its own line (`"""`, `/**`) offers the docstring as a completion. */
  typing: TypedOpener;
  /** The text of a source file's bytes, or an EncodingError saying why it is not read (src/core/text/encoding.ts). */
  decode(bytes: Uint8Array): DecodedSource;
  /** JavaScript's parameter types come from the editor's hover (the language service infers them). */
  typesFromHover(language: LanguageId): boolean;
  /** A model's line of text made safe for its doc comments (a JSDoc line starting with `@` would read as a tag). */
  escapeTextLine?(line: string): string;
  /** The code fence's language tag for a symbol's source in the AI prompt. */
  fence: string;
  /** How the AI prompt names the language of a file read as `language`. */
  promptName(language: LanguageId): string;
  /** The documentable symbols of a parsed file, the module first. */
  extract(root: Node, text: string, language: LanguageId, indentUnit: string, options: ExtractOptions): SymbolFact[];
  /**
   * The doc comment (or literal) that holds rendered content `lines`, its first line at the cursor
   * and the others at `indent`, for `symbol`; `replacing` is the raw text of the docstring it
   * replaces, whose own spelling (a raw-string prefix, Rust's `//!`) is kept.
   */
  docComment(lines: string[], indent: string, options: { quote: QuoteStyle; symbol: SymbolFact; style: DocStyle; replacing?: string }): string;
  /** The style a docstring is written in, when its content (or its `raw` text with delimiters: `///` or `/** *\/`) tells. */
  detectStyle(content: string, raw?: string): DocStyle | undefined;
  /**
   * The text tree-sitter reads instead of `text`, of the same length with the same line breaks
   * (C/C++: macros the grammar cannot read blanked); extraction still reads the real text.
   */
  parseInput?(text: string): string;
  /**
   * Validation's shorter text: statements no rule reads left out, so less is parsed (see
   * src/core/extract/leanInput.ts); undefined when the pack is not sure how the text is built.
   */
  leanInput?(text: string): LeanInput | undefined;
  /** The template's model `fresh` merged with the author's docstring `existing`, written in style `written`: what the author wrote stays where the code agrees. */
  merge(symbol: SymbolFact, fresh: Docstring, existing: Docstring, written: DocStyle, options: TemplateOptions): Docstring;
  /** Layout choices the author's existing docstring `content` makes, for its repair to keep (set on `options`). */
  keepLayout?(content: string, options: RenderOptions): void;
  /** What its doc conventions say where the shared template and rules ask. */
  conventions: Conventions;
  /** Whether the compiler knows every type of a signature in `language`, inferred ones too (then `auto` leaves all types to the code). */
  typesInCode(language: LanguageId): boolean;
}
