/** Commands: document or update the symbol at the cursor, and document or update a whole file in one undo step. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/constants';
import { SourceParseError, type SymbolFailure } from '../core/generate/generateFile';
import type { SymbolFact } from '../core/extract/types';
import { applyDocEdits, applyDocEditsAsSnippet } from '../adapters/documents';
import { error, info, warn } from '../adapters/log';
import { beginAiRun, confirmCost, reportAiRun } from './aiCommands';
import type { AiRun, AiSession } from './aiSession';
import { symbolOrFileAt, type DocumentIndex } from './documentIndex';
import { generateForDocument, updateForDocument, UnsupportedDocumentError, type DocumentGeneration } from './generation';
import { logParserGaps } from './symbolCrossCheck';
import { appliedWords, PreviewStage, previewsRun } from './preview';

/** A document edited while we computed is computed again, at most this many times. */
const ATTEMPTS = 3;

export function describeFailures(uri: vscode.Uri, failures: readonly SymbolFailure[]): string {
  for (const f of failures) warn(`${uri.fsPath}:${f.line}: ${f.symbol.namePath.join('.') || '<module>'}: ${f.reason}`);
  const first = failures[0];
  return failures.length === 1
    ? `Docwright could not document ${first.symbol.name} (line ${first.line}): ${first.reason}`
    : `Docwright could not document ${failures.length} symbols (first: ${first.symbol.name}, line ${first.line}: ${first.reason}). See the Docwright output for all.`;
}

async function documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

function reportError(err: unknown): void {
  if (err instanceof SourceParseError || err instanceof UnsupportedDocumentError) {
    void vscode.window.showErrorMessage(`Docwright: ${err.message}`);
    return;
  }
  if (err instanceof Error && err.name === 'AbortError') return;
  error('docstring edit failed', err);
  void vscode.window.showErrorMessage(`Docwright: could not write docstrings: ${err instanceof Error ? err.message : String(err)}`);
}

/** What computing and applying came to: the edits applied, or why none were. */
export type Applied = { applied: number; failures: SymbolFailure[] } | 'aborted' | 'kept-changing';

/**
 * Compute edits with `compute` (generation or update, against the document's current version) and
 * apply them as one undo step, computing again if the document changed meanwhile.
 */
export async function applyComputed(document: vscode.TextDocument, compute: () => Promise<DocumentGeneration>, signal?: AbortSignal, apply: typeof applyDocEdits = applyDocEdits): Promise<Applied> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { result, version } = await compute();
    if (signal?.aborted) return 'aborted';
    if (result.edits.length === 0) return { applied: 0, failures: result.failures };
    if (await apply(document, version, result.edits)) return { applied: result.edits.length, failures: result.failures };
    info(`${document.uri.fsPath} changed during generation (version ${version} -> ${document.version}); computing again`);
  }
  return 'kept-changing';
}

/** `applyComputed` for one document's command: a document that kept changing is said so. */
async function computeAndApply(
  document: vscode.TextDocument,
  compute: () => Promise<DocumentGeneration>,
  signal?: AbortSignal,
  apply: typeof applyDocEdits = applyDocEdits,
): Promise<{ applied: number; failures: SymbolFailure[] } | undefined> {
  const outcome = await applyComputed(document, compute, signal, apply);
  if (outcome === 'kept-changing') void vscode.window.showWarningMessage('Docwright: the document kept changing while docstrings were generated; nothing was changed. Try again.');
  return typeof outcome === 'string' ? undefined : outcome;
}

function isShownInATab(document: vscode.TextDocument): boolean {
  const uri = document.uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) return input.uri.toString() === uri;
      if (input instanceof vscode.TabInputTextDiff) return input.modified.toString() === uri || input.original.toString() === uri;
      return false;
    }),
  );
}

/** A cancellable notification with done/total progress around a whole-file run. */
function withFileProgress<T>(title: string, document: vscode.TextDocument, run: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    // Cancel, or closing the document, stops the run (and any model request in flight).
    const cancelled = token.onCancellationRequested(() => controller.abort());
    const closed = vscode.workspace.onDidCloseTextDocument((closedDocument) => {
      if (closedDocument === document) controller.abort();
    });
    // Closing the editor does not close the document (VS Code keeps it a while): watch the tabs too.
    const wasShown = isShownInATab(document);
    const tabsChanged = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (wasShown && !isShownInATab(document)) controller.abort();
    });
    const subscription = vscode.Disposable.from(cancelled, closed, tabsChanged);
    let reported = 0;
    const onProgress = (done: number, total: number) => {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      progress.report({ message: `${done}/${total} symbols`, increment: percent - reported });
      reported = percent;
    };
    try {
      return await run(controller.signal, onProgress);
    } finally {
      subscription.dispose();
    }
  });
}

const OPEN_A_FILE = 'Docwright: open a Python, TypeScript or JavaScript file first.';

/** `symbolId` when given, else the symbol whose signature holds the cursor of `document`'s active editor. */
async function targetSymbol(document: vscode.TextDocument, index: DocumentIndex, symbolId: string | undefined): Promise<string | undefined> {
  if (symbolId) return symbolId;
  const editor = vscode.window.activeTextEditor;
  const extracted = editor && editor.document === document ? await index.symbols(document) : undefined;
  const id = extracted && editor ? symbolOrFileAt(extracted.symbols, document.getText(), document.offsetAt(editor.selection.active))?.id : undefined;
  if (!id) void vscode.window.showInformationMessage('Docwright: place the cursor on the signature of a function, method, class, interface, type, enum or field, or on the first line for the file\'s own docstring.');
  return id;
}

type Select = ((symbol: SymbolFact) => boolean) | undefined;
export type Compute = (
  document: vscode.TextDocument,
  select: Select,
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
  ai?: AiRun,
) => Promise<DocumentGeneration>;

/** Each computation starts a fresh event list: an attempt recomputed after an edit replaces the last. */
export function withAi(compute: Compute, run: AiRun | undefined): Compute {
  return (document, select, signal, onProgress) => {
    if (run) run.events.length = 0;
    return compute(document, select, signal, onProgress, run);
  };
}

/** A command on one document (given, or the active editor's), with errors reported to the user. */
function documentCommand(id: string, run: (document: vscode.TextDocument, symbolId?: string) => Promise<void>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (uri?: vscode.Uri, symbolId?: string) => {
    try {
      const document = await documentFor(uri);
      if (!document) void vscode.window.showInformationMessage(OPEN_A_FILE);
      else await run(document, symbolId);
    } catch (err) {
      reportError(err);
    }
  });
}

/**
 * Generate or update the docstring of one symbol (given, or under the cursor). With `ai` (generation
 * only) the model may write it: then with cancellable progress, and the run's failures reported after.
 * With `asSnippet`, placeholders left in it become tab stops (the file runs stay plain text).
 */
function symbolCommand(id: string, index: DocumentIndex, compute: Compute, unchanged: string, ai?: AiSession, asSnippet = false): vscode.Disposable {
  return documentCommand(id, async (document, symbolId) => {
    const target = await targetSymbol(document, index, symbolId);
    if (!target) return;
    const run = ai ? await beginAiRun(ai) : undefined;
    // "Regenerate docstring" on a documented symbol asks the model again rather than the cache.
    if (run) run.refresh = Boolean((await index.symbols(document))?.symbols.find((s) => s.id === target)?.docstring);
    const select = (s: SymbolFact) => s.id === target;
    // docwright.ai.preview "always": the model's docstring waits in the Refactor Preview (as plain text, not a snippet).
    const stage = run && previewsRun(run, 'symbol', document) ? new PreviewStage(run.model) : undefined;
    let outcome: Awaited<ReturnType<typeof computeAndApply>>;
    try {
      const computeWith = withAi(compute, run);
      const apply = stage ? stage.apply : asSnippet ? applyDocEditsAsSnippet : applyDocEdits;
      const computeOnce = (signal?: AbortSignal) => () => computeWith(document, select, signal);
      const tracked = (signal?: AbortSignal) => (stage ? stage.track(computeOnce(signal)) : computeOnce(signal));
      outcome = run
        ? await withFileProgress(`Docwright: describing with ${run.model}`, document, (signal) => computeAndApply(document, tracked(signal), signal, apply))
        : await computeAndApply(document, tracked(), undefined, apply);
    } finally {
      run?.release();
    }
    if (run) reportAiRun(run);
    if (outcome && stage && stage.size > 0) {
      outcome = await stage.show(document, outcome.failures);
      if (!outcome) return;
      if (outcome.failures.length === 0) {
        vscode.window.setStatusBarMessage(appliedWords(outcome.applied, stage.size), 5000);
        return;
      }
    }
    if (outcome && outcome.failures.length > 0) void vscode.window.showWarningMessage(describeFailures(document.uri, outcome.failures));
    else if (outcome && outcome.applied === 0) void vscode.window.showInformationMessage(unchanged);
  });
}

/**
 * Generate or update every docstring of a file, as one undo step, with cancellable progress. With
 * `ai` (generation only): the cost question first when the estimate is above the setting.
 */
function fileCommand(
  id: string,
  compute: Compute,
  words: { title: string; done: string; nothing: string },
  after?: (document: vscode.TextDocument) => void,
  ai?: { session: AiSession; index: DocumentIndex },
): vscode.Disposable {
  return documentCommand(id, async (document) => {
    const started = ai ? await beginAiRun(ai.session) : undefined;
    let run = started;
    let outcome: Awaited<ReturnType<typeof computeAndApply>>;
    let stage: PreviewStage | undefined;
    // Released on every path: the cost question may throw, or be answered with templates or cancel.
    try {
      if (run && ai) {
        const choice = await confirmCost(run, document, ai.index);
        if (choice !== 'continue') {
          run.release();
          run = undefined;
          if (choice === 'cancel') return;
        }
      }
      const computeWith = withAi(compute, run);
      const title = run ? `${words.title} with ${run.model}` : words.title;
      // docwright.ai.preview: the run's docstrings wait in the Refactor Preview, opened once the progress is closed.
      stage = previewsRun(run, 'file', document) && run ? new PreviewStage(run.model) : undefined;
      outcome = await withFileProgress(title, document, (signal, onProgress) => {
        const computeOnce = () => computeWith(document, undefined, signal, onProgress);
        return computeAndApply(document, stage ? stage.track(computeOnce) : computeOnce, signal, stage?.apply);
      });
    } finally {
      started?.release();
    }
    const breakdown = run ? reportAiRun(run) : '';
    const previewed = stage?.size ?? 0;
    if (outcome && stage && previewed > 0) outcome = await stage.show(document, outcome.failures);
    if (!outcome) return;
    info(`${document.uri.fsPath}: ${words.done} ${outcome.applied} docstrings, ${outcome.failures.length} failed`);
    after?.(document);
    if (outcome.failures.length > 0) void vscode.window.showWarningMessage(describeFailures(document.uri, outcome.failures));
    else if (previewed > 0) vscode.window.setStatusBarMessage(`${appliedWords(outcome.applied, previewed)}${breakdown ? ` (${breakdown})` : ''}`, 5000);
    else if (outcome.applied === 0) void vscode.window.showInformationMessage(words.nothing);
    else vscode.window.setStatusBarMessage(`Docwright: ${words.done} ${outcome.applied} docstrings${breakdown ? ` (${breakdown})` : ''}`, 5000);
  });
}

export function registerCommands(index: DocumentIndex, ai: AiSession): vscode.Disposable[] {
  return [
    symbolCommand(COMMANDS.generateDocstring, index, generateForDocument, 'Docwright: that symbol was not found any more; nothing was changed.', ai, true),
    symbolCommand(COMMANDS.updateDocstring, index, updateForDocument, 'Docwright: that docstring already matches its code; nothing was changed.'),
    fileCommand(
      COMMANDS.generateFile,
      generateForDocument,
      { title: 'Docwright: documenting file', done: 'documented', nothing: 'Docwright: every symbol in this file already has a docstring.' },
      (document) => logParserGaps(document, index),
      { session: ai, index },
    ),
    fileCommand(COMMANDS.updateFile, updateForDocument, { title: 'Docwright: updating docstrings', done: 'updated', nothing: 'Docwright: every docstring in this file already matches its code.' }),
  ];
}
