/** Text documents: offsets to ranges, and edits that refuse to land on a changed document. */
import * as vscode from 'vscode';
import type { DocEdit } from '../core/generate/plan';
import { toSnippet } from '../core/generate/snippet';

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/**
 * Apply `edits`, computed against `version` of `document`, as one workspace edit (one undo step).
 * Returns false, changing nothing, when the document moved on since.
 */
export async function applyDocEdits(document: vscode.TextDocument, version: number, edits: readonly DocEdit[]): Promise<boolean> {
  if (document.version !== version) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e.start, e.end), e.newText);
  return vscode.workspace.applyEdit(edit);
}

/**
 * Like `applyDocEdits`, but one edit that leaves placeholders, on the document of the active editor,
 * goes in as a snippet: the cursor on the first placeholder, Tab to the next. Whitespace is kept as
 * written (no re-indenting), so the placeholders left as they are give the same text as a plain edit.
 */
export async function applyDocEditsAsSnippet(document: vscode.TextDocument, version: number, edits: readonly DocEdit[]): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const { snippet, placeholders } = edits.length === 1 ? toSnippet(edits[0].newText) : { snippet: '', placeholders: 0 };
  if (!editor || editor.document !== document || placeholders === 0) return applyDocEdits(document, version, edits);
  if (document.version !== version) return false;
  const range = rangeOf(document, edits[0].start, edits[0].end);
  return editor.insertSnippet(new vscode.SnippetString(snippet), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
}

/** What became of edits shown in the Refactor Preview. */
export type PreviewOutcome = { applied: true; text: string } | { applied: false; changed: boolean };

/**
 * Show `edits` (computed against `version`) in VS Code's Refactor Preview, one entry per symbol
 * labelled by `labelOf`, each to check or uncheck; nothing is written until the person applies.
 * The accepted entries go in as one undo step. VS Code itself refuses to apply them once the
 * document changed (a dialog says so), and Discard writes nothing: both resolve `applied: false`,
 * `changed` telling which.
 */
export async function previewDocEdits(
  document: vscode.TextDocument,
  version: number,
  edits: readonly DocEdit[],
  labelOf: (edit: DocEdit) => { label: string; description?: string },
): Promise<PreviewOutcome> {
  if (document.version !== version) return { applied: false, changed: true };
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    const { label, description } = labelOf(e);
    edit.replace(document.uri, rangeOf(document, e.start, e.end), e.newText, { needsConfirmation: true, label, description, iconPath: new vscode.ThemeIcon('sparkle') });
  }
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  return applied ? { applied: true, text: document.getText() } : { applied: false, changed: document.version !== version };
}
