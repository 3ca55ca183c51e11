/**
 * docwright.ai.preview: an AI run's docstrings staged instead of written, then shown in VS Code's
 * Refactor Preview (one entry per symbol) to apply or discard. The run computes as usual; only the
 * last step, the write, is replaced. Folder runs are not previewed: a preview per file would stop the
 * run at every file, and one preview for all files would hold every buffer's edits (and their saving)
 * until the person answers.
 */
import * as vscode from 'vscode';
import type { DocEdit } from '../core/generate/plan';
import type { SymbolFailure } from '../core/generate/generateFile';
import { currentConfig } from '../adapters/configuration';
import { previewDocEdits } from '../adapters/documents';
import { info } from '../adapters/log';
import { acceptedEdits } from './acceptedEdits';
import type { AiRun } from './aiSession';
import type { DocumentGeneration } from './generation';

/** Whether this run's docstrings go to the preview: AI runs only, as the setting says for their kind. */
export function previewsRun(run: AiRun | undefined, kind: 'symbol' | 'file', document: vscode.TextDocument): boolean {
  if (!run) return false;
  const setting = currentConfig(document.uri).aiPreview;
  return setting === 'always' || (setting === 'fileRuns' && kind === 'file');
}

/** After a preview: how many docstrings were written, or undefined when none was (said to the person). */
export type Reviewed = { applied: number; failures: SymbolFailure[] } | undefined;

/** The status bar's words for an applied preview. */
export function appliedWords(applied: number, previewed: number): string {
  return `Docwright: applied ${applied} of ${previewed} previewed docstring${previewed === 1 ? '' : 's'}`;
}

/** The edits of one run, kept for the preview instead of written. */
export class PreviewStage {
  private readonly names = new Map<string, string>();
  private staged: { version: number; text: string; edits: DocEdit[] } | undefined;

  constructor(private readonly model: string) {}

  /** `compute`, remembering the documented symbols' names for the entries' labels. */
  track(compute: () => Promise<DocumentGeneration>): () => Promise<DocumentGeneration> {
    return async () => {
      const generation = await compute();
      for (const symbol of generation.result.documented) this.names.set(symbol.id, symbol.namePath.join('.'));
      return generation;
    };
  }

  /** In place of applying: keep the edits when they still fit the document (as `applyDocEdits` would answer). */
  readonly apply = async (document: vscode.TextDocument, version: number, edits: readonly DocEdit[]): Promise<boolean> => {
    if (document.version !== version) return false;
    this.staged = { version, text: document.getText(), edits: [...edits] };
    return true;
  };

  /** How many docstrings wait for the preview. */
  get size(): number {
    return this.staged?.edits.length ?? 0;
  }

  /** Opens the preview and waits for the person's answer; says what came of it. */
  async show(document: vscode.TextDocument, failures: SymbolFailure[]): Promise<Reviewed> {
    const staged = this.staged;
    if (!staged) return undefined;
    const labelOf = (edit: DocEdit) => {
      const name = this.names.get(edit.symbolId);
      return { label: name ? `Docstring for ${name}` : 'Module docstring', description: `described with ${this.model}` };
    };
    const outcome = await previewDocEdits(document, staged.version, staged.edits, labelOf);
    const where = document.uri.fsPath || document.uri.toString();
    if (!outcome.applied) {
      info(`${where}: preview of ${staged.edits.length} docstrings ${outcome.changed ? 'not applied, the document changed meanwhile' : 'discarded'}`);
      if (outcome.changed) void vscode.window.showWarningMessage('Docwright: the file changed while its docstrings were in the preview, so none was written. Run the command again to preview docstrings for the current text.');
      else vscode.window.setStatusBarMessage('Docwright: preview discarded; nothing was changed.', 5000);
      return undefined;
    }
    const applied = acceptedEdits(staged.text, outcome.text, staged.edits) ?? staged.edits.length;
    info(`${where}: applied ${applied} of ${staged.edits.length} previewed docstrings`);
    return { applied, failures };
  }
}
