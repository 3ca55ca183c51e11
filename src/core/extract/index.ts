/** Extraction entry point: parse a document and list its documentable symbols. */
import { detectEol, detectIndentUnit } from '../text/lines';
import { firstError } from './nodes';
import { extractPython, type StatementCache } from './python';
import type { Tree } from '@vscode/tree-sitter-wasm';
import { parseText } from './treeSitter';
import { extractTypeScript } from './typescript';
import type { DocFamily, ExtractResult, LanguageId, SymbolFact } from './types';

export type { DocFamily, ExtractResult, LanguageId, SymbolFact } from './types';

const EXTENSIONS: Record<string, LanguageId> = {
  '.py': 'python',
  '.pyi': 'python',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'typescriptreact',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascriptreact',
};

export const SUPPORTED_LANGUAGES: readonly LanguageId[] = ['python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

export function isSupportedLanguage(id: string): id is LanguageId {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(id);
}

export function languageForPath(path: string): LanguageId | undefined {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[path.slice(dot).toLowerCase()];
}

export function docFamily(language: LanguageId): DocFamily {
  return language === 'python' ? 'python' : 'js';
}

/**
 * `walkBodies` reads raises/returns/yields by walking every body node (the slow definition; tests
 * compare the two). `lean`: for validation only, undocumented Python functions' bodies are not read
 * (their raises, returns and yields stay empty): no rule looks at them.
 */
export async function extractSymbols(text: string, language: LanguageId, walkBodies = false, lean = false): Promise<ExtractResult> {
  const tree = await parseText(text, language);
  try {
    return extractFromTree(tree, text, language, walkBodies, undefined, lean);
  } finally {
    tree.delete();
  }
}

/** The facts of `text` from its syntax tree (which the caller owns and deletes); `reuse`: the editor's per-document statement cache (Python). */
export function extractFromTree(tree: Tree, text: string, language: LanguageId, walkBodies = false, reuse?: StatementCache, lean = false): ExtractResult {
  const root = tree.rootNode;
  const error = firstError(root);
  const indentUnit = detectIndentUnit(text);
  const symbols: SymbolFact[] = language === 'python' ? extractPython(root, text, indentUnit, walkBodies, reuse, lean) : extractTypeScript(root, text, language, walkBodies);
  return {
    language,
    symbols,
    hasErrors: error !== undefined,
    ...(error ? { errorOffset: error.startIndex } : {}),
    eol: detectEol(text),
    indentUnit,
  };
}

/** Whether `text` parses without syntax errors (used to refuse writing a broken result). */
export async function parsesCleanly(text: string, language: LanguageId): Promise<{ ok: boolean; errorOffset?: number }> {
  const tree = await parseText(text, language);
  try {
    const error = firstError(tree.rootNode);
    return error ? { ok: false, errorOffset: error.startIndex } : { ok: true };
  } finally {
    tree.delete();
  }
}
