/**
 * What a language is to Docwright: one pack per folder under src/languages, registered in
 * src/languages/index.ts. The pipeline (extract, describe, render, place, verify, validate), the
 * CLI and the editor ask the pack instead of branching on a language id (docs/language-packs.md).
 */
import type { Docstring, DocStyle, RenderOptions } from '../core/docstring/model';
import type { Node } from '../core/extract/nodes';
import type { StatementCache } from '../core/extract/statementCache';
import type { DocFamily, LanguageId, SymbolFact } from '../core/extract/types';
import type { QuoteStyle } from '../core/generate/literal';
import type { TemplateOptions } from '../core/generate/template';

export interface ExtractOptions {
  /** Find raises/returns/yields by walking each body node by node: the slow definition tests compare the index with. */
  walkBodies?: boolean;
  /** Validation only: bodies and parameters of undocumented functions need not be read. */
  lean?: boolean;
  /** The editor's per-document facts of unchanged top-level statements, reused after an edit. */
  reuse?: StatementCache;
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
  /** The doc-comment family the shared code still distinguishes (to be replaced by pack hooks, step 2 of the design). */
  family: DocFamily;
  /** The code fence's language tag for a symbol's source in the AI prompt. */
  fence: string;
  /** How the AI prompt names the language of a file read as `language`. */
  promptName(language: LanguageId): string;
  /** The documentable symbols of a parsed file, the module first. */
  extract(root: Node, text: string, language: LanguageId, indentUnit: string, options: ExtractOptions): SymbolFact[];
  /**
   * The doc comment (or literal) that holds rendered content `lines`, its first line at the cursor
   * and the others at `indent`; `replacing` is the raw text of the docstring it replaces, whose own
   * spelling (a raw-string prefix) is kept.
   */
  docComment(lines: string[], indent: string, options: { quote: QuoteStyle; replacing?: string }): string;
  /** The style a docstring's content is written in, when its content tells. */
  detectStyle(content: string): DocStyle | undefined;
  /** The template's model `fresh` merged with the author's docstring `existing`, written in style `written`: what the author wrote stays where the code agrees. */
  merge(symbol: SymbolFact, fresh: Docstring, existing: Docstring, written: DocStyle, options: TemplateOptions): Docstring;
  /** Layout choices the author's existing docstring `content` makes, for its repair to keep (set on `options`). */
  keepLayout?(content: string, options: RenderOptions): void;
  /** Whether the compiler knows every type of a signature in `language`, inferred ones too (then `auto` leaves all types to the code). */
  typesInCode(language: LanguageId): boolean;
}
