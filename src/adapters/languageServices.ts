/**
 * What the editor's language services know that the parser cannot: inferred types of
 * unannotated JavaScript parameters (hover), and the document symbols a provider reports.
 */
import * as vscode from 'vscode';
import type { ProviderSymbol } from '../core/extract/crossCheck';

/**
 * `(parameter) a: number` gives `number`; a multi-line object type is folded onto one line.
 * Undefined when no provider answers or the type is `any`.
 */
export async function hoverType(document: vscode.TextDocument, offset: number): Promise<string | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  for (const hover of hovers ?? []) {
    for (const part of hover.contents) {
      const value = typeof part === 'string' ? part : part.value;
      const match = /\(parameter\)\s+[\w$]+\??:\s*([\s\S]*?)\s*(?:```|$)/.exec(value);
      const type = match?.[1].replace(/\s+/g, ' ').replace(/;\s*}/g, ' }').trim();
      if (type && type !== 'any') return type;
    }
  }
  return undefined;
}

const KINDS = new Map<vscode.SymbolKind, ProviderSymbol['kind']>([
  [vscode.SymbolKind.Class, 'class'],
  [vscode.SymbolKind.Function, 'function'],
  [vscode.SymbolKind.Method, 'method'],
  [vscode.SymbolKind.Constructor, 'constructor'],
]);

/** Functions, methods, constructors and classes the language's symbol provider reports. */
export async function providerFunctions(document: vscode.TextDocument): Promise<ProviderSymbol[]> {
  return (await providerSymbols(document)).flatMap((s) => {
    const kind = KINDS.get(s.kind);
    return kind ? [{ name: s.name, kind, line: s.selectionRange.start.line }] : [];
  });
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
