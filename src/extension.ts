/**
 * Wiring only. Activation is cheap: nothing here loads a parser or a grammar; the first
 * code-action request, command or (scheduled, never synchronous) validation of a supported
 * document does.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SUPPORTED_LANGUAGES } from './core/extract';
import { loadedGrammars, setWasmDirectory } from './core/extract/treeSitter';
import { createLog } from './adapters/log';
import { ApiKeys } from './adapters/secrets';
import { EndpointApprovals } from './adapters/endpointApprovals';
import { registerAiCommands } from './features/aiCommands';
import { registerProviderSetup } from './features/providerSetup';
import { AiSession, type AiRunSummary } from './features/aiSession';
import { setAiWasmDirectory } from './features/loadAi';
import { DocstringCodeActionProvider } from './features/codeActions';
import { DocstringCompletionProvider } from './features/docstringCompletion';
import { registerCommands } from './features/commands';
import { registerFolderRun } from './features/folderRun';
import { BatchJobs } from './features/batchJobs';
import { BatchStatusBar } from './features/batchStatusBar';
import { registerBatchCommands } from './features/batchCommands';
import { COMMANDS } from './core/constants';
import { DocstringDiagnostics } from './features/diagnostics';
import { DocumentIndex } from './features/documentIndex';
import { DocstringQuickFixProvider } from './features/quickFixes';
import { setUpMetrics, type WindowMetrics } from './features/metrics';
import type { MetricsSnapshot, WorkKind } from './core/metrics/types';
import { parserGaps } from './features/symbolCrossCheck';
import type { ProviderSymbol } from './core/extract/crossCheck';

/** What the extension returns from activation: facts for tests and for other extensions. */
export interface DocwrightApi {
  /** Grammars loaded so far; empty right after activation (they load on first use). */
  loadedGrammars(): string[];
  /** Functions and classes the editor's symbol provider knows that the parser missed. */
  parserGaps(document: vscode.TextDocument): Promise<ProviderSymbol[]>;
  /** Counts of the last generation run that used AI (undefined before the first). */
  lastAiRun(): AiRunSummary | undefined;
  /** What the status bar and the metrics view show, now. */
  metrics(): MetricsSnapshot;
}

let session: AiSession | undefined;
let windowMetrics: WindowMetrics | undefined;

export function activate(context: vscode.ExtensionContext): DocwrightApi {
  setWasmDirectory(path.join(context.extensionPath, 'dist', 'wasm'));
  setAiWasmDirectory(path.join(context.extensionPath, 'dist', 'wasm'));
  context.subscriptions.push(createLog()); // first: everything below may log
  const metrics = setUpMetrics(context);
  windowMetrics = metrics;
  const onWork = (what: WorkKind, ms: number) => metrics.store.record({ kind: 'work', at: Date.now(), what, ms });
  const index = new DocumentIndex(onWork);
  const keys = new ApiKeys(context.secrets);
  const approvals = new EndpointApprovals(context.workspaceState);
  const ai = new AiSession(keys, approvals, context.storageUri, metrics.store, () => metrics.refresh());
  session = ai;
  const jobs = new BatchJobs(ai);
  const diagnostics = new DocstringDiagnostics(index, onWork);
  const selector = SUPPORTED_LANGUAGES.flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
  context.subscriptions.push(
    ...metrics.disposables,
    vscode.languages.registerCodeActionsProvider(selector, new DocstringCodeActionProvider(index), DocstringCodeActionProvider.metadata),
    diagnostics,
    vscode.languages.registerCodeActionsProvider(selector, new DocstringQuickFixProvider(diagnostics), DocstringQuickFixProvider.metadata),
    vscode.languages.registerCompletionItemProvider(selector, new DocstringCompletionProvider(), ...DocstringCompletionProvider.triggerCharacters),
    ai,
    ...registerCommands(index, ai),
    registerFolderRun(index, ai, jobs),
    jobs,
    ...registerBatchCommands(ai, jobs),
    new BatchStatusBar(jobs, COMMANDS.batchStatus),
    approvals,
    ...registerAiCommands(keys, ai, approvals),
    ...registerProviderSetup(),
    vscode.workspace.onDidOpenTextDocument((document) => index.warmUp(document)),
    vscode.workspace.onDidCloseTextDocument((document) => index.forget(document)),
  );
  for (const editor of vscode.window.visibleTextEditors) index.warmUp(editor.document);
  return { loadedGrammars, parserGaps: (document) => parserGaps(document, index), lastAiRun: () => ai.lastRun(), metrics: () => metrics.store.snapshot() };
}

/** Closes the model client (cancelling any request in flight) and saves the day's counts. */
export async function deactivate(): Promise<void> {
  session?.dispose();
  session = undefined;
  await windowMetrics?.flush();
  windowMetrics = undefined;
}
