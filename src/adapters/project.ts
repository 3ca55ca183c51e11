/** The project's docstring convention from pyproject.toml, looked up from the document's folder to its workspace folder. */
import * as vscode from 'vscode';
import type { DocStyle } from '../core/docstring/model';
import { projectStyle } from '../core/generate/project';

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(path)));
  } catch {
    return undefined;
  }
}

export async function projectStyleFor(document: vscode.TextDocument): Promise<DocStyle | undefined> {
  if (document.uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const dir = vscode.Uri.joinPath(document.uri, '..').fsPath;
  const join = (d: string, name: string) => vscode.Uri.joinPath(vscode.Uri.file(d), name).fsPath;
  const parent = (d: string) => vscode.Uri.joinPath(vscode.Uri.file(d), '..').fsPath;
  return projectStyle(dir, readIfExists, join, parent, folder?.uri.fsPath);
}
