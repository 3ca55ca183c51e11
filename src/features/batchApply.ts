/**
 * "Docwright: Apply Finished Batch": a finished batch's answers written into the files, each file
 * through its TextDocument (the buffer, unsaved changes included) as ONE WorkspaceEdit (one undo
 * step per file), saved as the folder run saves (files.refactoring.autoSave; never a file that had
 * unsaved changes). A symbol edited or deleted since the batch was sent is reported stale and not
 * written; a failed answer writes nothing (the next run picks the symbol up).
 *
 * The state is written after each file: a window closed midway applies the remaining files next
 * time, and a file done before is skipped. The usage is counted in the metrics once per batch.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { FileApplyInput, FileApplyResult, SymbolRef } from '../core/ai/batch/apply';
import type { LineOutcome } from '../core/ai/batch/jsonl';
import type { BatchState } from '../core/ai/batch/state';
import type { TokenUsage } from '../core/metrics/types';
import { untrustedText } from '../core/text/untrusted';
import { applyDocEdits } from '../adapters/documents';
import { info, showLog, warn } from '../adapters/log';
import type { AiSession } from './aiSession';
import type { BatchJobs } from './batchJobs';
import { saved } from './folderRun';
import { batchApplyInputs } from './generation';
import { loadAi } from './loadAi';

/** A document edited while the answers were applied is read again, at most this many times. */
const ATTEMPTS = 3;

/** For tests and other callers of the command: a second way to cancel, and a call after each file applied (awaited). */
export interface BatchApplyOptions {
  cancellation?: vscode.CancellationToken;
  afterFile?: (file: string) => void | Promise<void>;
}

export interface BatchApplySummary {
  localId: string;
  /** Workspace-relative paths of the files that got docstrings in this apply. */
  changed: string[];
  docstrings: number;
  saved: number;
  /** Changed, left unsaved: they had unsaved changes before, or files.refactoring.autoSave is off. */
  unsaved: string[];
  saveFailed: string[];
  /** `path:line: name: reason` of each symbol not written because it changed or is gone. */
  stale: string[];
  /** `path:line: name: reason` of each symbol whose answer failed (or could not be written). */
  failed: string[];
  expired: number;
  incomplete: number;
  alreadyDocumented: number;
  /** Files applied by an earlier, interrupted apply: skipped now. */
  resumed: number;
  /** Files not applied now (could not be opened, kept changing, cancelled before): apply again. */
  notDone: string[];
  cancelled: boolean;
  message: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** `path:line: name: reason`, the line left out for a symbol that is gone. */
function refLine(ref: SymbolRef, reason: string): string {
  return `${ref.file}${ref.line ? `:${ref.line}` : ''}: ${ref.name}: ${reason}`;
}

/** Why a batch cannot be applied now, or undefined when it can. */
export function notApplicable(state: BatchState, hasResults: boolean): string | undefined {
  if (state.phase === 'applied') return `batch ${state.localId} is applied already`;
  if (hasResults) return undefined;
  const status = state.remote?.status;
  if (status === 'failed') {
    const errors = (state.remote?.errors ?? []).slice(0, 3).map((e) => untrustedText(`${e.code ?? 'error'}${e.line ? ` (line ${e.line})` : ''}: ${e.message ?? ''}`, { maxLength: 300 }));
    return `batch ${state.localId} failed at the provider; there is nothing to apply${errors.length ? `: ${errors.join('; ')}` : ''}`;
  }
  const counts = state.remote?.requestCounts;
  return `batch ${state.localId} is not finished: ${status ?? state.phase}${counts?.total ? `, ${counts.completed} of ${counts.total} done` : ''}`;
}

/** The usage the answered lines report (cut-off or refused answers are billed too). */
function usageOf(answers: ReadonlyMap<string, LineOutcome>): { usage: TokenUsage; failed: number } {
  const usage: TokenUsage = { prompt: 0, completion: 0, cached: 0 };
  let failed = 0;
  for (const outcome of answers.values()) {
    if (!outcome.ok) failed++;
    const used = outcome.usage;
    if (!used) continue;
    usage.prompt += used.prompt;
    usage.completion += used.completion;
    usage.cached = (usage.cached ?? 0) + (used.cached ?? 0);
  }
  return { usage, failed };
}

/** Applies a finished batch; returns what was done (the message is shown too). */
export async function applyBatchJob(initial: BatchState, jobs: BatchJobs, session: AiSession, options: BatchApplyOptions = {}): Promise<BatchApplySummary> {
  const { cancellation } = options;
  const summary: BatchApplySummary = {
    localId: initial.localId, changed: [], docstrings: 0, saved: 0, unsaved: [], saveFailed: [], stale: [], failed: [],
    expired: 0, incomplete: 0, alreadyDocumented: 0, resumed: 0, notDone: [], cancelled: false, message: '',
  };
  const modules = await loadAi();
  const root = jobs.root;
  const refused = root ? notApplicable(initial, modules.hasResults(initial)) : 'a batch job needs a workspace';
  if (refused || !root) return say(summary, `Docwright: ${refused}.`, []);
  const access = await jobs.engineFor(initial, true);
  if ('problem' in access) return say(summary, `Docwright: ${access.problem}`, []);
  const autoSave = vscode.workspace.getConfiguration('files').get<boolean>('refactoring.autoSave', true);
  const toSave: vscode.TextDocument[] = [];
  let state = initial;

  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Docwright: applying batch ${state.localId}`, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const tokens = [token, cancellation].filter((t): t is vscode.CancellationToken => t !== undefined);
    const subscriptions = tokens.map((t) => t.onCancellationRequested(() => controller.abort()));
    const signal = controller.signal;
    try {
      progress.report({ message: 'downloading the results...' });
      const paths = await modules.downloadResults(state, access.engine, root, signal);
      const { answers, ignored } = await modules.readResults(paths, state, access.secrets);
      if (ignored > 0) warn(`batch ${state.localId}: ${ignored} result lines are not answers to its requests; ignored`);
      const cache = await session.cache();
      const byFile = [...modules.requestsByFile(state)];
      for (const [i, [file, requests]] of byFile.entries()) {
        if (signal.aborted || tokens.some((t) => t.isCancellationRequested)) {
          summary.cancelled = true;
          summary.notDone.push(...byFile.slice(i).map(([f]) => f).filter((f) => !state.apply?.files[f]));
          break;
        }
        if (state.apply?.files[file]) {
          summary.resumed++;
          continue;
        }
        progress.report({ message: `${i + 1} of ${byFile.length}: ${file}` });
        const uri = vscode.Uri.file(join(state.projectRoot, ...file.split('/')));
        const done = await applyFile(uri, file, requests, answers, modules.missingReason(state));
        if (done === undefined) {
          summary.notDone.push(file);
          continue;
        }
        const { result, written, document, wasDirty, skipped } = done;
        for (const fill of result.cacheFills) await cache.set(fill.key, fill.answer);
        summary.stale.push(...result.stale.map((r) => refLine(r, r.reason === 'gone' ? 'stale: gone since the batch was sent' : 'stale: changed since the batch was sent')));
        summary.failed.push(...result.failed.map((r) => refLine(r, r.reason)));
        summary.expired += result.expired.length;
        summary.incomplete += result.incomplete.length;
        summary.alreadyDocumented += result.alreadyDocumented.length;
        if (written && document) {
          const path = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
          summary.changed.push(path);
          summary.docstrings += result.applied.length;
          info(`applied ${file}: ${plural(result.applied.length, 'docstring')} (${result.stale.length} stale, ${result.failed.length} failed)`);
          if (wasDirty || !autoSave) {
            summary.unsaved.push(path);
            if (!wasDirty) toSave.push(document);
          } else if (await saved(document)) summary.saved++;
          else summary.saveFailed.push(path);
        }
        const tally = { applied: result.applied.length, stale: result.stale.length, failed: result.failed.length, expired: result.expired.length, incomplete: result.incomplete.length };
        state = modules.withFileApplied(state, file, skipped ? 'skipped' : written ? 'written' : 'unchanged', tally);
        await modules.writeState(root, state);
        await options.afterFile?.(file);
      }
      if (modules.allFilesApplied(state) && state.phase !== 'applied') {
        const recordNow = !state.apply?.metricsRecorded;
        state = { ...state, phase: 'applied', apply: { ...state.apply!, metricsRecorded: true } };
        // Saved before it is counted: an interrupt between the two leaves the batch uncounted, never counted twice.
        await modules.writeState(root, state);
        if (recordNow) {
          const { usage, failed } = usageOf(answers);
          session.recordBatch({ kind: 'batch', at: Date.now(), provider: state.provider, model: state.model, batchId: state.remote?.batchId ?? state.localId, requests: answers.size, failed, usage });
        }
      }
    } finally {
      for (const s of subscriptions) s.dispose();
      await jobs.list();
    }
  });
  return say(summary, applyMessage(summary, state, autoSave), toSave);
}

/** A file not applied (gone, or not a document Docwright can edit): each of its symbols reported, nothing written. */
function skippedFile(file: string, requests: FileApplyInput['requests'], reason: string, gone: boolean): FileApplyResult {
  const result: FileApplyResult = { applied: [], stale: [], alreadyDocumented: [], failed: [], expired: [], incomplete: [], cacheFills: [] };
  for (const { entry } of requests) {
    for (const member of entry.members) {
      const name = member.namePath.join('.') || '<module>';
      if (gone) result.stale.push({ file, name, reason: 'gone' });
      else result.failed.push({ file, name, reason });
    }
  }
  return result;
}

type FileOutcome = { result: FileApplyResult; written: boolean; document?: vscode.TextDocument; wasDirty: boolean; skipped?: boolean };

/**
 * One file: its document as it is now, the answers applied by the core, the edits as one
 * WorkspaceEdit; read again when the document changed meanwhile. A file deleted since, or one
 * that cannot be documented, is skipped (its symbols reported). Undefined: not applied now (it
 * cannot be opened, or kept changing), to be applied again later.
 */
async function applyFile(
  uri: vscode.Uri,
  file: string,
  requests: FileApplyInput['requests'],
  answers: ReadonlyMap<string, LineOutcome>,
  missing: 'expired' | 'cancelled' | undefined,
): Promise<FileOutcome | undefined> {
  const { applyToText } = await loadAi();
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (err) {
    const gone = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => false, () => true);
    if (gone) return { result: skippedFile(file, requests, 'gone', true), written: false, wasDirty: false, skipped: true };
    warn(`${file}: cannot be opened (${err instanceof Error ? err.message : String(err)}); its answers are kept for the next apply`);
    return undefined;
  }
  const wasDirty = document.isDirty;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let inputs: Awaited<ReturnType<typeof batchApplyInputs>>;
    try {
      inputs = await batchApplyInputs(document);
    } catch (err) {
      return { result: skippedFile(file, requests, err instanceof Error ? err.message : String(err), false), written: false, wasDirty, skipped: true };
    }
    const result = await applyToText({ file, text: inputs.text, language: inputs.language, requests, answers, ...(missing ? { missing } : {}) }, inputs.settings);
    if (!result.generation) return { result, written: false, wasDirty };
    if (await applyDocEdits(document, inputs.version, result.generation.edits)) return { result, written: true, document, wasDirty };
    info(`${file} changed while the batch was applied (version ${inputs.version} -> ${document.version}); reading it again`);
  }
  warn(`${file}: the document kept changing while the batch was applied; nothing was written there, apply again`);
  return undefined;
}

function applyMessage(s: BatchApplySummary, state: BatchState, autoSave: boolean): string {
  const parts = [`Docwright: batch ${s.localId}: wrote ${plural(s.docstrings, 'docstring')} in ${plural(s.changed.length, 'file')}`];
  if (s.changed.length > 0) {
    if (!autoSave) parts.push(' (not saved: files.refactoring.autoSave is off; review, then save)');
    else if (s.unsaved.length > 0 || s.saveFailed.length > 0) parts.push(` (${s.saved} saved${s.unsaved.length ? `; not saved, as they had unsaved changes: ${s.unsaved.slice(0, 3).join(', ')}` : ''}${s.saveFailed.length ? `; could not be saved: ${s.saveFailed.slice(0, 3).join(', ')}` : ''})`);
  }
  parts.push('.');
  const notes: string[] = [];
  if (s.stale.length) notes.push(`${plural(s.stale.length, 'symbol')} changed since it was sent (stale, not written)`);
  if (s.failed.length) notes.push(`${plural(s.failed.length, 'symbol')} failed`);
  if (s.expired) notes.push(`${plural(s.expired, 'symbol')} not answered (${state.remote?.status ?? 'expired'})`);
  if (s.incomplete) notes.push(`${plural(s.incomplete, 'symbol')} with placeholders left`);
  if (notes.length) parts.push(` ${notes.join(', ')}; a folder run picks the undocumented ones up again.`);
  if (s.resumed) parts.push(` ${plural(s.resumed, 'file')} applied before were skipped.`);
  if (s.notDone.length) parts.push(` ${s.cancelled ? 'Cancelled; ' : ''}${plural(s.notDone.length, 'file')} not applied yet (run "Apply Finished Batch" again): ${s.notDone.slice(0, 3).join(', ')}${s.notDone.length > 3 ? ', ...' : ''}.`);
  return parts.join('');
}

/** Logs the summary and every stale and failed symbol, and shows the message. */
function say(summary: BatchApplySummary, message: string, toSave: vscode.TextDocument[]): BatchApplySummary {
  summary.message = message;
  info(message);
  for (const line of summary.stale) warn(line);
  for (const line of summary.failed) warn(line);
  const problems = summary.stale.length + summary.failed.length + summary.notDone.length > 0;
  const buttons = [...(toSave.length > 0 ? ['Save Changed Files'] : []), ...(problems ? ['Show Details'] : [])];
  const show = problems || summary.changed.length === 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(message, ...buttons).then(async (choice) => {
    if (choice === 'Show Details') showLog();
    else if (choice === 'Save Changed Files') await Promise.all(toSave.filter((d) => !d.isClosed && d.isDirty).map((d) => d.save()));
  });
  return summary;
}
