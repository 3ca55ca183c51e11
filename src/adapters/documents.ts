/** Text documents: offsets to ranges, and edits that refuse to land on a changed document. */
import * as vscode from 'vscode';
import type { DocEdit } from '../core/generate/plan';

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
