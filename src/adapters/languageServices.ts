/**
 * What the editor's language services know that the parser cannot: inferred types of
 * unannotated JavaScript parameters (hover), and the document symbols a provider reports.
 */
import * as vscode from 'vscode';

/** `(parameter) a: number` gives `number`. Undefined when no provider answers or the type is `any`. */
export async function hoverType(document: vscode.TextDocument, offset: number): Promise<string | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  for (const hover of hovers ?? []) {
    for (const part of hover.contents) {
      const value = typeof part === 'string' ? part : part.value;
      const match = /\(parameter\)\s+[\w$]+\??:\s*([^\n`]+)/.exec(value);
      if (match && match[1].trim() !== 'any') return match[1].trim();
    }
  }
  return undefined;
}

/** Symbols from the language's document-symbol provider, flattened; empty when the language has none. */
export async function providerSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
  const flat: vscode.DocumentSymbol[] = [];
  const visit = (symbols: vscode.DocumentSymbol[]) => {
    for (const s of symbols) {
      flat.push(s);
      visit(s.children ?? []);
    }
  };
  visit((result ?? []).filter((s): s is vscode.DocumentSymbol => 'selectionRange' in s));
  return flat;
}
