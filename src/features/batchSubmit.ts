/**
 * "Generate Docstrings in Folder" as a batch job: the same files as the folder run (each one's text
 * from its open document when it is open, unsaved changes included, else from disk), the style each
 * is written in, and the run's group size and cache, built into one batch by the core, priced at
 * batch rates, confirmed above docwright.ai.confirmAboveUsd as a file run is, then uploaded and
 * created with the run's own client settings (the ones its endpoint consent allowed). The state is
 * written at every step, so a window closed midway sends on later (see BatchJobs.refresh).
 */
import { dirname, join, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import type { BatchFile } from '../core/ai/batch/submit';
import { info, showLog, warn } from '../adapters/log';
import { filesBelow } from '../adapters/sourceFiles';
import type { AiRun } from './aiSession';
import type { BatchJobs } from './batchJobs';
import { batchDocument } from './generation';
import { loadAi } from './loadAi';

export type RunHow = 'now' | 'batch';

export interface BatchSubmitSummary {
  /** The batch's local id (`b-YYYYMMDD-<6 hex>`); undefined when nothing was sent. */
  localId?: string;
  requests: number;
  symbols: number;
  /** Files with at least one request. */
  files: number;
  /** Symbols whose complete answer is in the cache: not sent. */
  cached: number;
  skipped: { path: string; reason: string }[];
  cancelled: boolean;
  message: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const shown = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);

/** Asked once per folder run when the provider has a batch API; undefined: the question was dismissed. */
export async function askHowToRun(run: AiRun): Promise<RunHow | undefined> {
  const items: (vscode.QuickPickItem & { how: RunHow })[] = [
    { label: 'Now', description: `describe with ${run.model} while you wait`, how: 'now' },
    { label: 'As a batch — about half the price, results within 24 hours', description: 'apply them later with "Docwright: Apply Finished Batch"', how: 'batch' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Docwright: document the folder', placeHolder: 'Describe the symbols now, or send them as a batch job?' });
  return picked?.how;
}

/** The deepest folder holding every file: the batch's project root (its paths are relative to it). */
function commonFolder(paths: readonly string[]): string {
  let common = dirname(paths[0]);
  for (const path of paths.slice(1)) {
    while (common !== dirname(common) && relative(common, path).startsWith('..')) common = dirname(common);
  }
  return common;
}

/** The notification's progress and cancel button, with an extra token (tests) that cancels too. */
function withProgressAndCancel<T>(title: string, cancellation: vscode.CancellationToken | undefined, run: (progress: vscode.Progress<{ message?: string }>, signal: AbortSignal) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const tokens = [token, cancellation].filter((t): t is vscode.CancellationToken => t !== undefined);
    const subscriptions = tokens.map((t) => t.onCancellationRequested(() => controller.abort()));
    if (tokens.some((t) => t.isCancellationRequested)) controller.abort();
    try {
      return await run(progress, controller.signal);
    } finally {
      for (const s of subscriptions) s.dispose();
    }
  });
}

/** The files' texts and styles as they are now; files that cannot be read are skipped and named. */
async function readFiles(targets: readonly vscode.Uri[], signal: AbortSignal, progress: vscode.Progress<{ message?: string }>): Promise<{ files: BatchFile[]; root?: string; skipped: BatchSubmitSummary['skipped'] }> {
  progress.report({ message: 'finding files...' });
  const found = await filesBelow(targets, () => signal.aborted);
  const skipped = found.skipped.map((s) => ({ path: shown(s.uri), reason: s.reason }));
  const files: (BatchFile & { uri: vscode.Uri })[] = [];
  for (const [i, uri] of found.files.entries()) {
    if (signal.aborted) break;
    progress.report({ message: `reading ${i + 1} of ${found.files.length}: ${shown(uri)}` });
    try {
      // The open document when there is one (its unsaved text is what is sent), else a new one from disk.
      const document = await vscode.workspace.openTextDocument(uri);
      files.push({ uri, path: '', ...(await batchDocument(document)) });
    } catch (err) {
      skipped.push({ path: shown(uri), reason: err instanceof Error ? err.message : String(err) });
    }
  }
  if (files.length === 0) return { files: [], skipped };
  // The batch's paths are relative to the folder holding every file, with `/` (the state's form).
  const root = commonFolder(files.map((f) => f.uri.fsPath));
  return { files: files.map(({ uri, ...file }) => ({ ...file, path: relative(root, uri.fsPath).split(sep).join('/') })), root, skipped };
}

/** The estimate's question above docwright.ai.confirmAboveUsd (a model without a price is not asked about). */
async function confirmed(run: AiRun, requests: number, symbols: number, tokens: number, cost: number | undefined): Promise<boolean> {
  if (cost === undefined || cost <= run.confirmAboveUsd) return true;
  const send: vscode.MessageItem = { title: 'Send Batch' };
  const choice = await vscode.window.showWarningMessage(
    `Send ${plural(symbols, 'symbol')} to ${run.model} as a batch of ${plural(requests, 'request')}: about ${tokens.toLocaleString('en-US')} tokens, $${cost.toFixed(2)} at batch prices. Continue?`,
    { modal: true, detail: `The estimate is above docwright.ai.confirmAboveUsd ($${run.confirmAboveUsd}). Nothing is written to your files until you apply the finished batch.` },
    send,
    { title: 'Cancel', isCloseAffordance: true },
  );
  return choice === send;
}

/**
 * Builds, confirms and sends the batch for the files below `targets`. Returns what was sent (or
 * why nothing was); the message is also shown.
 */
export async function submitFolderBatch(targets: readonly vscode.Uri[], run: AiRun, jobs: BatchJobs, cancellation?: vscode.CancellationToken): Promise<BatchSubmitSummary> {
  const summary: BatchSubmitSummary = { requests: 0, symbols: 0, files: 0, cached: 0, skipped: [], cancelled: false, message: '' };
  const root = jobs.root;
  const finish = (message: string, warning = false) => {
    summary.message = message;
    info(message);
    for (const k of summary.skipped) info(`skipped ${k.path}: ${k.reason}`);
    const show = warning || summary.skipped.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(message, ...(summary.skipped.length > 0 ? ['Show Details'] : [])).then((choice) => choice && showLog());
    return summary;
  };
  if (!root) return finish('Docwright: a batch job needs a workspace (its state is kept in the workspace storage); open a folder or workspace first.', true);
  const modules = await loadAi();
  const built = await withProgressAndCancel(`Docwright: preparing a batch for ${run.model}`, cancellation, async (progress, signal) => {
    const { files, root: projectRoot, skipped } = await readFiles(targets, signal, progress);
    summary.skipped.push(...skipped);
    if (signal.aborted) return undefined;
    progress.report({ message: `building the requests of ${plural(files.length, 'file')}...` });
    const localId = modules.newLocalId();
    // Symbols already in a batch that is not applied yet are not sent again.
    const inFlight = modules.unappliedMembers((await jobs.list()).states);
    const batch = await modules.buildBatch(files, {
      skip: (file, symbol) => inFlight.has(modules.memberKey(file, symbol.id)),
      localId,
      createdAt: new Date().toISOString(),
      engine: run.connection.provider,
      config: run.connection,
      groupSize: run.groupSize,
      projectRoot: projectRoot ?? root,
      language: run.language,
      cache: run.cache,
      prices: { ...modules.DEFAULT_PRICES, ...run.prices },
    });
    return signal.aborted ? undefined : batch;
  });
  if (!built) {
    summary.cancelled = true;
    return finish('Docwright: the batch was cancelled before anything was sent.');
  }
  for (const k of built.skipped) summary.skipped.push({ path: k.file, reason: k.symbol ? `${k.symbol}: ${k.reason}` : k.reason });
  const { state } = built;
  summary.cached = built.cached;
  summary.requests = state.estimate.requests;
  summary.symbols = Object.values(state.requests).reduce((sum, r) => sum + r.members.length, 0);
  summary.files = Object.keys(state.files).length;
  const fromCache = built.cached > 0 ? ` ${plural(built.cached, 'symbol')} already answered in the cache were not sent (a "Now" run writes them with no request).` : '';
  const skippedWords = summary.skipped.length > 0 ? ` ${plural(summary.skipped.length, 'file or symbol')} skipped: ${summary.skipped.slice(0, 3).map((k) => `${k.path} (${k.reason})`).join(', ')}${summary.skipped.length > 3 ? ', ...' : ''}.` : '';
  if (built.lines.length === 0) return finish(`Docwright: nothing to send as a batch: no undocumented symbol needs the model.${fromCache}${skippedWords}`);

  const tokens = state.estimate.promptTokens + state.estimate.completionTokens;
  const cost = state.estimate.costUsd;
  info(`batch estimate: ${summary.requests} requests for ${summary.symbols} symbols, ${state.estimate.promptTokens} prompt tokens, ~${state.estimate.completionTokens} completion tokens${cost === undefined ? ` (no batch price known for ${run.model})` : `, $${cost.toFixed(4)} at batch prices`}`);
  const stop = run.gate();
  if (stop) return finish(`Docwright: no batch was sent. ${stop.userMessage}`, true);
  if (!(await confirmed(run, summary.requests, summary.symbols, tokens, cost))) {
    summary.cancelled = true;
    return finish('Docwright: no batch was sent.');
  }

  // A job over one batch's limits (50,000 requests, 200 MB) goes as several batches.
  const parts = modules.splitBatch(built, modules.newLocalId, modules.BATCH_LIMITS, { ...modules.DEFAULT_PRICES, ...run.prices });
  const engine = modules.createBatchEngine(run.connection);
  for (const part of parts) {
    const id = part.state.localId;
    // The input beside the state, then the state: a window closed during the upload sends on from them.
    const bytes = modules.jsonlBytes(part.lines);
    await modules.writeState(root, part.state);
    await modules.writeFileAtomic(join(root, 'batches', `${id}.input.jsonl`), bytes);
    try {
      await withProgressAndCancel(`Docwright: sending batch ${id}`, cancellation, async (progress, signal) => {
        progress.report({ message: `uploading ${plural(part.lines.length, 'request')} (${Math.ceil(bytes.byteLength / 1024).toLocaleString('en-US')} KB)...` });
        await modules.sendBatch(part.state, async () => bytes, engine, root, signal);
      });
    } catch (err) {
      await jobs.list();
      if (err instanceof Error && err.name === 'AbortError') {
        summary.cancelled = true;
        return finish(`Docwright: sending batch ${id} was cancelled; it is kept and sent on the next time the batches are refreshed ("Docwright: Show Batch Jobs").`, true);
      }
      warn(`batch ${id}: sending failed: ${err instanceof Error ? err.message : String(err)}`);
      return finish(`Docwright: batch ${id} could not be sent: ${err instanceof Error ? err.message : String(err)} It is kept; "Docwright: Show Batch Jobs" tries again.`, true);
    }
  }
  const ids = parts.map((p) => p.state.localId).join(', ');
  summary.localId = ids;
  await jobs.list();
  const price = cost === undefined ? '' : `, about $${cost.toFixed(2)} at batch prices`;
  return finish(`Docwright: batch ${ids} submitted: ${plural(summary.requests, 'request')} for ${plural(summary.symbols, 'symbol')} in ${plural(summary.files, 'file')}${price}. Results come within 24 hours; the status bar says when they are ready.${fromCache}${skippedWords}`);
}
