/** Compares the parser's symbols with the editor's document-symbol provider, where the language has one. */
import type * as vscode from 'vscode';
import { missingFromParser, type ProviderSymbol } from '../core/extract/crossCheck';
import { providerFunctions } from '../adapters/languageServices';
import { info } from '../adapters/log';
import type { DocumentIndex } from './documentIndex';

/** Functions and classes the provider reports that the parser did not find (empty without a provider). */
export async function parserGaps(document: vscode.TextDocument, index: DocumentIndex): Promise<ProviderSymbol[]> {
  const extracted = await index.symbols(document);
  if (!extracted || extracted.hasErrors) return [];
  const provider = await providerFunctions(document);
  return missingFromParser(provider, extracted.symbols, (offset) => document.positionAt(offset).line);
}

/** Logs gaps after a file run; never blocks or fails the run. */
export function logParserGaps(document: vscode.TextDocument, index: DocumentIndex): void {
  parserGaps(document, index).then(
    (gaps) => {
      if (gaps.length) info(`${document.uri.fsPath}: the language service reports ${gaps.length} symbol(s) the parser did not place: ${gaps.map((g) => `${g.name} (line ${g.line + 1})`).join(', ')}`);
    },
    () => undefined,
  );
}
