/** Extraction entry point: parse a document and list its documentable symbols. */
import { detectEol, detectIndentUnit } from '../text/lines';
import { firstError } from './nodes';
import type { Tree } from '@vscode/tree-sitter-wasm';
import { parseText } from './treeSitter';
import { packFor, type ExtractOptions } from '../../languages';
import type { ExtractResult, LanguageId } from './types';
import { moveOffsets, realOffsets, type LeanInput } from './leanInput';

export type { DocFamily, ExtractResult, LanguageId, SymbolFact } from './types';

export { isSupportedLanguage, languageForPath, SUPPORTED_LANGUAGES } from '../../languages';

/**
 * `walkBodies` reads raises/returns/yields by walking every body node (the slow definition; tests
 * compare the two). `lean`: for validation only, undocumented Python functions' bodies are not read
 * (their raises, returns and yields stay empty): no rule looks at them.
 */
export async function extractSymbols(text: string, language: LanguageId, walkBodies = false, lean = false): Promise<ExtractResult> {
  if (lean && !walkBodies) {
    const shorter = packFor(language).leanInput?.(text);
    const found = shorter && shorter.cuts.length > 0 ? await extractShorter(text, language, shorter) : undefined;
    if (found) return found;
  }
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

/**
 * Lean facts of `text` from the pack's shorter text, moved back to the real text's offsets.
 * Undefined when the shorter text does not parse (the real text then decides where the error is)
 * or its functions are not the ones the pack saw: the real text is parsed instead.
 */
async function extractShorter(text: string, language: LanguageId, input: LeanInput): Promise<ExtractResult | undefined> {
  const tree = await parseText(input.text, language);
  try {
    if (firstError(tree.rootNode)) return undefined;
    const indentUnit = detectIndentUnit(text);
    const real = realOffsets(input.cuts);
    const symbols = packFor(language).extract(tree.rootNode, input.text, language, indentUnit, { lean: true });
    for (const symbol of symbols) moveOffsets(symbol, real);
    const starts = symbols.filter((s) => s.kind === 'function' || s.kind === 'method').map((s) => s.range.start);
    if (starts.length !== input.functionStarts.length || starts.some((start, i) => start !== input.functionStarts[i])) return undefined;
    return { language, symbols, hasErrors: false, eol: detectEol(text), indentUnit };
  } finally {
    tree.delete();
  }
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
