/**
 * Wiring only. Activation is cheap: nothing here loads a parser or a grammar; the first
 * code-action request or command on a supported document does.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SUPPORTED_LANGUAGES } from './core/extract';
import { loadedGrammars, setWasmDirectory } from './core/extract/treeSitter';
import { createLog } from './adapters/log';
import { DocstringCodeActionProvider } from './features/codeActions';
import { registerCommands } from './features/commands';
import { DocumentIndex } from './features/documentIndex';

/** What the extension returns from activation: facts for tests and for other extensions. */
export interface DocwrightApi {
  /** Grammars loaded so far; empty right after activation (they load on first use). */
  loadedGrammars(): string[];
}

export function activate(context: vscode.ExtensionContext): DocwrightApi {
  setWasmDirectory(path.join(context.extensionPath, 'dist', 'wasm'));
  const index = new DocumentIndex();
  const selector = SUPPORTED_LANGUAGES.flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
  context.subscriptions.push(
    createLog(),
    vscode.languages.registerCodeActionsProvider(selector, new DocstringCodeActionProvider(index), DocstringCodeActionProvider.metadata),
    ...registerCommands(index),
    vscode.workspace.onDidCloseTextDocument((document) => index.forget(document)),
  );
  return { loadedGrammars };
}

export function deactivate(): void {}
