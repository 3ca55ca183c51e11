/** Extraction entry point: parse a document and list its documentable symbols. */
import { detectEol, detectIndentUnit } from '../text/lines';
import { firstError } from './nodes';
import type { Tree } from '@vscode/tree-sitter-wasm';
import { parseText } from './treeSitter';
import { packFor, type ExtractOptions } from '../../languages';
import type { ExtractResult, LanguageId } from './types';

export type { DocFamily, ExtractResult, LanguageId, SymbolFact } from './types';

export { isSupportedLanguage, languageForPath, SUPPORTED_LANGUAGES } from '../../languages';

/**
 * `walkBodies` reads raises/returns/yields by walking every body node (the slow definition; tests
 * compare the two). `lean`: for validation only, undocumented Python functions' bodies are not read
 * (their raises, returns and yields stay empty): no rule looks at them.
 */
export async function extractSymbols(text: string, language: LanguageId, walkBodies = false, lean = false): Promise<ExtractResult> {
  const tree = await parseText(text, language);
  try {
    return extractFromTree(tree, text, language, { walkBodies, lean });
  } finally {
    tree.delete();
  }
}

/** The facts of `text` from its syntax tree (which the caller owns and deletes), by the language's pack. */
export function extractFromTree(tree: Tree, text: string, language: LanguageId, options: ExtractOptions = {}): ExtractResult {
  const root = tree.rootNode;
  const error = firstError(root);
  const indentUnit = detectIndentUnit(text);
  const symbols = packFor(language).extract(root, text, language, indentUnit, options);
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
