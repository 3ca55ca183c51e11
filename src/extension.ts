/**
 * Wiring only. Activation is cheap: nothing here loads a parser or a grammar; the first
 * code-action request or command on a supported document does.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SUPPORTED_LANGUAGES } from './core/extract';
import { setWasmDirectory } from './core/extract/treeSitter';
import { createLog } from './adapters/log';
import { DocstringCodeActionProvider } from './features/codeActions';
import { registerCommands } from './features/commands';
import { DocumentIndex } from './features/documentIndex';

export function activate(context: vscode.ExtensionContext): void {
  setWasmDirectory(path.join(context.extensionPath, 'dist', 'wasm'));
  const index = new DocumentIndex();
  const selector = SUPPORTED_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    createLog(),
    vscode.languages.registerCodeActionsProvider(selector, new DocstringCodeActionProvider(index), DocstringCodeActionProvider.metadata),
    ...registerCommands(index),
    vscode.workspace.onDidCloseTextDocument((document) => index.forget(document)),
  );
}

export function deactivate(): void {}
