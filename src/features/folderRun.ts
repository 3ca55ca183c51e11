/**
 * "Docwright: Generate Docstrings in Folder": every supported file below the folders chosen (the
 * Explorer's selection, or a folder picker), through the same pipeline as the file run, one file
 * after another with "n of N: path" progress, cancellable between files, and a summary at the end.
 *
 * Each file's edits are one WorkspaceEdit against its TextDocument: one undo step in that file, and a
 * file with unsaved changes is edited in its buffer, never from the disk. Files are left unsaved, as
 * a rename across files leaves them with files.refactoring.autoSave off: saving would run the user's
 * format-on-save and code actions on save, changing bytes outside the docstrings, and would write a
 * file before anyone looked at it. The summary offers "Save Changed Files" for the files that had no
 * unsaved changes before the run.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/constants';
import { isSupportedLanguage } from '../core/extract';
import { SourceParseError } from '../core/generate/generateFile';
import type { AiRunEvent } from '../core/ai/service';
import { info, showLog, warn } from '../adapters/log';
import { filesBelow } from '../adapters/sourceFiles';
import { beginAiRun, confirmCost, reportAiRun } from './aiCommands';
import type { AiRun, AiSession } from './aiSession';
import { applyComputed, withAi } from './commands';
import type { DocumentIndex } from './documentIndex';
import { generateForDocument, UnsupportedDocumentError } from './generation';

/** For tests and other callers of the command: a second way to cancel, and a call after each file. */
export interface FolderRunOptions {
  cancellation?: vscode.CancellationToken;
  afterFile?: (done: number, total: number) => void;
}

export interface FolderRunSummary {
  /** Files found below the folders (after ignore files and exclusions). */
  found: number;
  /** Files the run got to (all of them unless cancelled). */
  processed: number;
  /** Workspace-relative paths of the files that got docstrings. */
  changed: string[];
  docstrings: number;
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

function summaryMessage(s: FolderRunSummary): string {
  const parts: string[] = [];
  const unsaved = s.changed.length > 0 ? ' (not saved yet: review, then save)' : '';
  if (s.cancelled) parts.push(`Docwright: cancelled after ${s.processed} of ${plural(s.found, 'file')}; wrote ${plural(s.docstrings, 'docstring')} in ${plural(s.changed.length, 'file')}${unsaved}, which stay.`);
  else if (s.found === 0) parts.push('Docwright: no Python, TypeScript or JavaScript file to document there (after .gitignore, files.exclude and the project\'s exclude).');
  else if (s.changed.length === 0 && s.skipped.length === 0 && s.failedSymbols === 0) parts.push(`Docwright: every symbol in the ${plural(s.found, 'file')} already has a docstring.`);
  else parts.push(`Docwright: wrote ${plural(s.docstrings, 'docstring')} in ${s.changed.length} of ${plural(s.found, 'file')}${unsaved}.`);
  if (s.failedSymbols > 0) parts.push(`${plural(s.failedSymbols, 'symbol')} could not be documented.`);
  if (s.skipped.length > 0) {
    const named = s.skipped.slice(0, 3).map((k) => `${k.path} (${k.reason})`).join(', ');
    parts.push(`${plural(s.skipped.length, 'file')} skipped: ${named}${s.skipped.length > 3 ? ', ...' : ''}.`);
  }
  return parts.join(' ');
}

/** Runs the folder run inside a cancellable progress notification. */
async function runOverFiles(targets: readonly vscode.Uri[], run: AiRun | undefined, index: DocumentIndex, options: FolderRunOptions): Promise<{ summary: FolderRunSummary; toSave: vscode.TextDocument[] }> {
  const title = run ? `Docwright: documenting folder with ${run.model}` : 'Docwright: documenting folder';
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const subscriptions = [token, options.cancellation].filter((t): t is vscode.CancellationToken => t !== undefined).map((t) => t.onCancellationRequested(() => controller.abort()));
    if (token.isCancellationRequested || options.cancellation?.isCancellationRequested) controller.abort();
    const cancelled = () => controller.signal.aborted;
    const summary: FolderRunSummary = { found: 0, processed: 0, changed: [], docstrings: 0, failedSymbols: 0, skipped: [], cancelled: false, message: '' };
    const toSave: vscode.TextDocument[] = [];
    const events: AiRunEvent[] = [];
    let ai = run;
    try {
      progress.report({ message: 'finding files...' });
      const found = await filesBelow(targets, cancelled);
      summary.skipped.push(...found.skipped.map((s) => ({ path: shown(s.uri), reason: s.reason })));
      summary.found = found.files.length;
      const compute = withAi(generateForDocument, undefined);
      for (const [i, file] of found.files.entries()) {
        if (cancelled()) break;
        const path = shown(file);
        progress.report({ message: `${i + 1} of ${found.files.length}: ${path}`, increment: 100 / found.files.length });
        const skip = (reason: string) => {
          summary.skipped.push({ path, reason });
          warn(`${file.fsPath}: skipped: ${reason}`);
        };
        let document: vscode.TextDocument;
        try {
          document = await vscode.workspace.openTextDocument(file);
        } catch (err) {
          skip(`cannot be opened: ${err instanceof Error ? err.message : String(err)}`);
          summary.processed++;
          continue;
        }
        if (!isSupportedLanguage(document.languageId)) {
          skip(`opened as '${document.languageId}', not Python, TypeScript or JavaScript`);
          summary.processed++;
          continue;
        }
        if (ai) {
          // The file run's cost question, per file: "Use templates" keeps templates for the rest of the run.
          const choice = await confirmCost(ai, document, index);
          if (choice === 'cancel') {
            controller.abort();
            break;
          }
          if (choice === 'templates') ai = undefined;
        }
        const wasDirty = document.isDirty;
        const computeWith = ai ? withAi(generateForDocument, ai) : compute;
        try {
          const outcome = await applyComputed(document, () => computeWith(document, undefined, controller.signal), controller.signal);
          if (outcome === 'aborted') break;
          summary.processed++;
          if (outcome === 'kept-changing') skip('the document kept changing while it was documented; nothing was changed');
          else {
            summary.docstrings += outcome.applied;
            summary.failedSymbols += outcome.failures.length;
            for (const f of outcome.failures) warn(`${file.fsPath}:${f.line}: ${f.symbol.namePath.join('.') || '<module>'}: ${f.reason}`);
            if (outcome.applied > 0) {
              summary.changed.push(path);
              if (!wasDirty) toSave.push(document);
              info(`${file.fsPath}: documented ${outcome.applied} symbols`);
            }
          }
        } catch (err) {
          if (err instanceof Error && err.name === 'AbortError') break;
          const reason = describeSkip(err);
          if (!reason) throw err;
          summary.processed++;
          skip(reason);
        } finally {
          if (ai) events.push(...ai.events);
        }
        options.afterFile?.(i + 1, found.files.length);
      }
    } finally {
      for (const s of subscriptions) s.dispose();
      // The run's events, every file's, for the one message about fallbacks and the run's summary.
      if (run) run.events.splice(0, run.events.length, ...events);
    }
    summary.cancelled = cancelled();
    summary.message = summaryMessage(summary);
    return { summary, toSave };
  });
}

const SAVE = 'Save Changed Files';
const DETAILS = 'Show Details';

export function registerFolderRun(index: DocumentIndex, session: AiSession): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.generateFolder, async (clicked?: unknown, selected?: unknown, options: FolderRunOptions = {}): Promise<FolderRunSummary | undefined> => {
    const targets = await chosenTargets(clicked, selected);
    if (!targets || targets.length === 0) return undefined;
    const onDisk = targets.filter((t) => t.scheme === 'file');
    if (onDisk.length === 0) {
      void vscode.window.showInformationMessage('Docwright: the folder run documents folders on this machine\'s disk; choose one in the Explorer.');
      return undefined;
    }
    const run = await beginAiRun(session);
    let result: Awaited<ReturnType<typeof runOverFiles>>;
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
