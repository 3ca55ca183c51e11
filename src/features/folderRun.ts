/**
 * "Docwright: Generate Docstrings in Folder": every supported file below the folders chosen (the
 * Explorer's selection, or a folder picker), through the same pipeline as the file run, one file
 * after another with "n of N: path" progress, cancellable between files, and a summary at the end.
 *
 * Each file's edits are one WorkspaceEdit against its TextDocument: one undo step in that file, and a
 * file with unsaved changes is edited in its buffer, never from the disk.
 *
 * Saving follows VS Code's own setting for edits across files, files.refactoring.autoSave (on by
 * default, what a rename does): a changed file is saved right after its edit, unless it had unsaved
 * changes before the run (saving it would write the user's unfinished work too; VS Code's rename
 * would). With the setting off, changed files stay unsaved; VS Code then opens each unsaved file in a
 * background tab, as it does for any, and the summary offers "Save Changed Files". A save is VS
 * Code's ordinary save (format on save runs if the user turned it on, as on any save of theirs).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/constants';
import { isSupportedLanguage } from '../core/extract';
import { SourceParseError, type SymbolFailure } from '../core/generate/generateFile';
import type { AiRunEvent } from '../core/ai/service';
import { info, showLog, warn } from '../adapters/log';
import { filesBelow } from '../adapters/sourceFiles';
import { beginAiRun, confirmCost, reportAiRun } from './aiCommands';
import type { AiRun, AiSession } from './aiSession';
import { applyComputed, withAi, type Applied } from './commands';
import type { DocumentIndex } from './documentIndex';
import type { BatchJobs } from './batchJobs';
import { askHowToRun, submitFolderBatch, type BatchSubmitSummary, type RunHow } from './batchSubmit';
import { generateForDocument, UnsupportedDocumentError } from './generation';

/** For tests and other callers of the command: a second way to cancel, and a call after each file (awaited; `progress` is the notification's token). */
export interface FolderRunOptions {
  cancellation?: vscode.CancellationToken;
  afterFile?: (done: number, total: number, progress: vscode.CancellationToken) => void | Promise<void>;
  /** The answer to "Now or as a batch?" (asked only when the provider has a batch API). */
  how?: RunHow;
}

export interface FolderRunSummary {
  /** Files found below the folders (after ignore files and exclusions). */
  found: number;
  /** Files the run got to (all of them unless cancelled). */
  processed: number;
  /** Workspace-relative paths of the files that got docstrings. */
  changed: string[];
  docstrings: number;
  /** Changed files saved by the run. */
  saved: number;
  /** Changed files left unsaved: they had unsaved changes before the run, or the setting is off. */
  unsaved: string[];
  /** Changed files whose save failed (left unsaved; the log says why). */
  saveFailed: string[];
  /** Symbols that could not be documented (the file's other symbols were). */
  failedSymbols: number;
  skipped: { path: string; reason: string }[];
  cancelled: boolean;
  /** What the closing notification says. */
  message: string;
}

/** Relative to the workspace folder, named first only when there are several. */
const shown = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The Explorer's selection (the clicked item and any others selected with it), else a folder picker. */
async function chosenTargets(clicked: unknown, selected: unknown): Promise<vscode.Uri[] | undefined> {
  if (clicked instanceof vscode.Uri) {
    const many = Array.isArray(selected) ? selected.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : [];
    return many.some((u) => u.toString() === clicked.toString()) ? many : [clicked];
  }
  return vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: true,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Generate Docstrings',
    title: 'Docwright: document every Python, TypeScript and JavaScript file below a folder',
  });
}

function describeSkip(err: unknown): string | undefined {
  if (err instanceof SourceParseError) return `syntax error at line ${err.line}, column ${err.column}`;
  if (err instanceof UnsupportedDocumentError) return err.message;
  return undefined;
}

/** What happened to the changed files on disk, for the summary. */
function savedWords(s: FolderRunSummary, autoSave: boolean): string {
  if (s.changed.length === 0) return '';
  if (!autoSave) return ' (not saved: files.refactoring.autoSave is off; review, then save)';
  const names = (paths: string[]) => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', ...' : '');
  const notes = [`${s.saved} saved`];
  if (s.unsaved.length > 0) notes.push(`not saved, as ${s.unsaved.length === 1 ? 'it' : 'they'} had unsaved changes: ${names(s.unsaved)}`);
  if (s.saveFailed.length > 0) notes.push(`could not be saved: ${names(s.saveFailed)}`);
  return ` (${notes.join('; ')})`;
}

function summaryMessage(s: FolderRunSummary, autoSave: boolean): string {
  const parts: string[] = [];
  const saved = savedWords(s, autoSave);
  if (s.cancelled) parts.push(`Docwright: cancelled after ${s.processed} of ${plural(s.found, 'file')}; wrote ${plural(s.docstrings, 'docstring')} in ${plural(s.changed.length, 'file')}${saved}, which stay.`);
  else if (s.found === 0) parts.push('Docwright: no Python, TypeScript or JavaScript file to document there (after .gitignore, files.exclude and the project\'s exclude).');
  else if (s.changed.length === 0 && s.skipped.length === 0 && s.failedSymbols === 0) parts.push(`Docwright: every symbol in the ${plural(s.found, 'file')} already has a docstring.`);
  else parts.push(`Docwright: wrote ${plural(s.docstrings, 'docstring')} in ${s.changed.length} of ${plural(s.found, 'file')}${saved}.`);
  if (s.failedSymbols > 0) parts.push(`${plural(s.failedSymbols, 'symbol')} could not be documented.`);
  if (s.skipped.length > 0) {
    const named = s.skipped.slice(0, 3).map((k) => `${k.path} (${k.reason})`).join(', ');
    parts.push(`${plural(s.skipped.length, 'file')} skipped: ${named}${s.skipped.length > 3 ? ', ...' : ''}.`);
  }
  return parts.join(' ');
}

/** Saves, saying whether it did (a failed save leaves the file changed and unsaved, and is logged). */
export async function saved(document: vscode.TextDocument): Promise<boolean> {
  try {
    if (await document.save()) return true;
    warn(`${document.uri.fsPath}: could not be saved; left unsaved`);
  } catch (err) {
    warn(`${document.uri.fsPath}: could not be saved (${err instanceof Error ? err.message : String(err)}); left unsaved`);
  }
  return false;
}

/** One run over the files: the totals so far, and how each file is documented, saved or skipped. */
class FolderRun {
  readonly summary: FolderRunSummary = { found: 0, processed: 0, changed: [], docstrings: 0, saved: 0, unsaved: [], saveFailed: [], failedSymbols: 0, skipped: [], cancelled: false, message: '' };
  /** Changed files that had no unsaved changes, left unsaved (the setting is off): "Save Changed Files" saves these. */
  readonly toSave: vscode.TextDocument[] = [];
  /** Every file's AI events (each computation starts a fresh list on the run). */
  readonly events: AiRunEvent[] = [];
  /** Read once for the run: a change applies to the next run. */
  readonly autoSave = vscode.workspace.getConfiguration('files').get<boolean>('refactoring.autoSave', true);

  constructor(
    private ai: AiRun | undefined,
    private readonly index: DocumentIndex,
    private readonly controller: AbortController,
  ) {}

  private skip(file: vscode.Uri, reason: string): void {
    this.summary.skipped.push({ path: shown(file), reason });
    warn(`${file.fsPath}: skipped: ${reason}`);
  }

  /** Documents one file; false when the run stops here (cancelled, or the cost question answered Cancel). */
  async document(file: vscode.Uri): Promise<boolean> {
    let document: vscode.TextDocument;
    try {
      // The open document when there is one (its unsaved text is what gets documented), else a new one from disk.
      document = await vscode.workspace.openTextDocument(file);
    } catch (err) {
      this.summary.processed++;
      this.skip(file, `cannot be opened: ${err instanceof Error ? err.message : String(err)}`);
      return true;
    }
    if (!isSupportedLanguage(document.languageId)) {
      this.summary.processed++;
      this.skip(file, `opened as '${document.languageId}', not Python, TypeScript or JavaScript`);
      return true;
    }
    if (this.ai) {
      // The file run's cost question, per file: "Use templates" keeps templates for the rest of the run.
      const choice = await confirmCost(this.ai, document, this.index);
      if (choice === 'cancel') return false;
      if (choice === 'templates') this.ai = undefined;
    }
    const wasDirty = document.isDirty;
    const signal = this.controller.signal;
    const compute = withAi(generateForDocument, this.ai);
    let outcome: Applied;
    try {
      outcome = await applyComputed(document, () => compute(document, undefined, signal), signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') return false;
      const reason = describeSkip(err);
      if (!reason) throw err;
      this.summary.processed++;
      this.skip(file, reason);
      return true;
    } finally {
      if (this.ai) this.events.push(...this.ai.events);
    }
    if (outcome === 'aborted') return false;
    this.summary.processed++;
    if (outcome === 'kept-changing') this.skip(file, 'the document kept changing while it was documented; nothing was changed');
    else await this.record(document, wasDirty, outcome);
    return true;
  }

  private async record(document: vscode.TextDocument, wasDirty: boolean, outcome: { applied: number; failures: SymbolFailure[] }): Promise<void> {
    const { summary } = this;
    const path = shown(document.uri);
    summary.docstrings += outcome.applied;
    summary.failedSymbols += outcome.failures.length;
    for (const f of outcome.failures) warn(`${document.uri.fsPath}:${f.line}: ${f.symbol.namePath.join('.') || '<module>'}: ${f.reason}`);
    if (outcome.applied === 0) return;
    summary.changed.push(path);
    info(`${document.uri.fsPath}: documented ${outcome.applied} symbols`);
    if (wasDirty || !this.autoSave) {
      summary.unsaved.push(path);
      if (!wasDirty) this.toSave.push(document);
    } else if (await saved(document)) summary.saved++; // before VS Code opens the unsaved file in a tab (after 800 ms)
    else summary.saveFailed.push(path);
  }
}

/** Runs the folder run inside a cancellable progress notification. */
async function runOverFiles(targets: readonly vscode.Uri[], ai: AiRun | undefined, index: DocumentIndex, options: FolderRunOptions): Promise<FolderRun> {
  const title = ai ? `Docwright: documenting folder with ${ai.model}` : 'Docwright: documenting folder';
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const tokens = [token, options.cancellation].filter((t): t is vscode.CancellationToken => t !== undefined);
    const subscriptions = tokens.map((t) => t.onCancellationRequested(() => controller.abort()));
    if (tokens.some((t) => t.isCancellationRequested)) controller.abort();
    const cancelled = () => controller.signal.aborted;
    const run = new FolderRun(ai, index, controller);
    try {
      progress.report({ message: 'finding files...' });
      const found = await filesBelow(targets, cancelled);
      run.summary.skipped.push(...found.skipped.map((s) => ({ path: shown(s.uri), reason: s.reason })));
      run.summary.found = found.files.length;
      for (const [i, file] of found.files.entries()) {
        if (cancelled()) break;
        progress.report({ message: `${i + 1} of ${found.files.length}: ${shown(file)}`, increment: 100 / found.files.length });
        if (!(await run.document(file))) {
          controller.abort();
          break;
        }
        await options.afterFile?.(i + 1, found.files.length, token);
      }
    } finally {
      for (const s of subscriptions) s.dispose();
      // Every file's events, for the one message about fallbacks and the session's summary of the run.
      if (ai) ai.events.splice(0, ai.events.length, ...run.events);
    }
    run.summary.cancelled = cancelled();
    run.summary.message = summaryMessage(run.summary, run.autoSave);
    return run;
  });
}

const SAVE = 'Save Changed Files';
const DETAILS = 'Show Details';

export function registerFolderRun(index: DocumentIndex, session: AiSession, jobs?: BatchJobs): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.generateFolder, async (clicked?: unknown, selected?: unknown, options: FolderRunOptions = {}): Promise<FolderRunSummary | BatchSubmitSummary | undefined> => {
    const targets = await chosenTargets(clicked, selected);
    if (!targets || targets.length === 0) return undefined;
    const onDisk = targets.filter((t) => t.scheme === 'file');
    if (onDisk.length === 0) {
      void vscode.window.showInformationMessage('Docwright: the folder run documents folders on this machine\'s disk; choose one in the Explorer.');
      return undefined;
    }
    const run = await beginAiRun(session);
    // A provider with a batch API: now, or as a batch job (about half the price, applied later).
    if (run && run.batchApi && jobs?.root) {
      let how: RunHow | undefined;
      try {
        how = options.how ?? (await askHowToRun(run));
        if (!how) return undefined; // dismissed: nothing runs
        if (how === 'batch') return await submitFolderBatch(onDisk, run, jobs, options.cancellation);
      } finally {
        if (how !== 'now') run.release();
      }
    }
    let result: FolderRun;
    try {
      result = await runOverFiles(onDisk, run, index, options);
    } finally {
      run?.release();
    }
    if (run) reportAiRun(run);
    const { summary, toSave } = result;
    info(summary.message);
    for (const k of summary.skipped) info(`skipped ${k.path}: ${k.reason}`);
    const buttons = [...(toSave.length > 0 ? [SAVE] : []), ...(summary.skipped.length > 0 || summary.failedSymbols > 0 ? [DETAILS] : [])];
    const show = summary.skipped.length > 0 || summary.failedSymbols > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(summary.message, ...buttons).then(async (choice) => {
      if (choice === DETAILS) showLog();
      // Only files that had no unsaved changes before the run: saving one would also write the user's unsaved work.
      else if (choice === SAVE) await Promise.all(toSave.filter((d) => !d.isClosed && d.isDirty).map((d) => d.save()));
    });
    return summary;
  });
}
