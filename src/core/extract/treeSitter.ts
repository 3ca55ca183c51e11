/**
 * Lazy tree-sitter runtime and grammar loading. Nothing is loaded until the first parse
 * of a language asks for it; each grammar is loaded once per process.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Language, Parser, Query, Tree } from '@vscode/tree-sitter-wasm';
import { grammarFile, parseInputOf } from '../../languages';
import type { LanguageId } from './types';

type Runtime = typeof import('@vscode/tree-sitter-wasm');

let wasmDirectory: string | undefined;
let runtime: Promise<Runtime> | undefined;
/** The runtime once loaded, for what must be made synchronously from a parsed tree (queries). */
let loaded: Runtime | undefined;
const languages = new Map<string, Promise<Language>>();
const parsers = new Map<string, Parser>();

/** The bundle ships the WASM files in `dist/wasm`; tests run from the package in node_modules. */
export function setWasmDirectory(dir: string): void {
  wasmDirectory = dir;
}

function resolveWasmDirectory(): string {
  if (wasmDirectory) return wasmDirectory;
  const besideBundle = join(__dirname, 'wasm');
  if (existsSync(join(besideBundle, 'tree-sitter.wasm'))) return besideBundle;
  return dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.js'));
}

function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const mod: Runtime = await import('@vscode/tree-sitter-wasm');
    const dir = resolveWasmDirectory();
    await mod.Parser.init({ locateFile: (file: string) => join(dir, file) });
    loaded = mod;
    return mod;
  })();
  return runtime;
}

async function loadLanguage(languageId: LanguageId): Promise<Language> {
  const file = grammarFile(languageId);
  let language = languages.get(file);
  if (!language) {
    language = loadRuntime().then((mod) => mod.Language.load(join(resolveWasmDirectory(), file)));
    languages.set(file, language);
  }
  return language;
}

let parses = 0;

/** How many parses this process has run: tests prove a pipeline parses no more than it should. */
export function parseCount(): number {
  return parses;
}

/** Parse `text` with the grammar for `languageId`. One parser per grammar, reused. */
export async function parseText(text: string, languageId: LanguageId, oldTree?: Tree): Promise<Tree> {
  const language = await loadLanguage(languageId);
  const mod = await loadRuntime();
  const file = grammarFile(languageId);
  let parser = parsers.get(file);
  if (!parser) {
    parser = new mod.Parser();
    parser.setLanguage(language);
    parsers.set(file, parser);
  }
  let tree: Tree | null;
  parses++;
  try {
    // tree-sitter reads a NUL as the end of the input; a string literal may hold one. Any other
    // character of the same length keeps every offset and the shape of the tree.
    // With `oldTree` (already edited to match `text`), unchanged parts are reused: incremental parsing.
    // A pack may give tree-sitter another text of the same shape (C/C++: unreadable macros blanked).
    const input = parseInputOf(languageId)?.(text) ?? text;
    tree = parser.parse(input.includes('\0') ? input.replace(/\0/g, '\u0001') : input, oldTree ?? null);
  } catch (error) {
    // An abort (out of WASM memory on a huge file) leaves the module unusable for the rest of the
    // process, and @vscode/tree-sitter-wasm keeps its one instance: callers bound the input size
    // (the CLI's --max-file-size) so that it does not happen; here it is at least named.
    if (!(error instanceof Error) || !/Abort|memory/i.test(`${error.name} ${error.message}`)) throw error;
    throw new ParserAbortedError(text.length);
  }
  if (!tree) throw new Error(`tree-sitter returned no tree for a ${languageId} document`);
  return tree;
}

/** A query over trees of `language` (a tree exists, so the runtime is loaded). */
export function createQuery(language: Language, source: string): Query {
  if (!loaded) throw new Error('tree-sitter is not loaded yet');
  return new loaded.Query(language, source);
}

/** The WASM parser aborted (it ran out of memory): the file is too large for it. */
export class ParserAbortedError extends Error {
  constructor(readonly characters: number) {
    super(`the parser ran out of memory on this file (${characters} characters); it was not changed`);
    this.name = 'ParserAbortedError';
  }
}

/** Which grammars have been loaded so far (activation must load none). */
export function loadedGrammars(): string[] {
  return [...languages.keys()];
}
