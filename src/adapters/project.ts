/**
 * The project's files as the editor reads them: the Docwright configuration (docwright.toml,
 * [tool.docwright] in pyproject.toml, package.json "docwright") and pyproject's docstring convention,
 * looked up from the document's folder to its workspace folder. Cached per folder; a change to any of
 * those files (a FileSystemWatcher) clears the cache and re-validates, without a reload.
 */
import * as vscode from 'vscode';
import { findProjectConfig, withProjectSettings, type ProjectConfig } from '../core/config/project';
import type { DocwrightConfig } from '../core/config/settings';
import type { DocStyle } from '../core/docstring/model';
import { projectStyle } from '../core/generate/project';
import { currentConfig } from './configuration';
import { warn } from './log';

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(path)));
  } catch {
    return undefined;
  }
}

const join = (d: string, name: string) => vscode.Uri.joinPath(vscode.Uri.file(d), name).fsPath;
const parent = (d: string) => vscode.Uri.joinPath(vscode.Uri.file(d), '..').fsPath;

/** Each folder's pyproject convention, looked up once until a configuration file changes (validation runs on every edit). */
const styleByFolder = new Map<string, Promise<DocStyle | undefined>>();

export function projectStyleFor(document: vscode.TextDocument): Promise<DocStyle | undefined> {
  if (document.uri.scheme !== 'file') return Promise.resolve(undefined);
  const dir = vscode.Uri.joinPath(document.uri, '..').fsPath;
  let found = styleByFolder.get(dir);
  if (!found) {
    const stopAt = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath;
    found = projectStyle(dir, readIfExists, join, parent, stopAt);
    styleByFolder.set(dir, found);
  }
  return found;
}

/** Each folder's configuration, looked up once until a configuration file changes. */
const byFolder = new Map<string, Promise<ProjectConfig | undefined>>();
/** Problems already shown (a file's problems are shown again only when its text changes them). */
const shown = new Set<string>();

function projectConfigFor(document: vscode.TextDocument): Promise<ProjectConfig | undefined> {
  if (document.uri.scheme !== 'file') return Promise.resolve(undefined);
  return projectConfigOfFolder(vscode.Uri.joinPath(document.uri, '..'));
}

/** The configuration that governs the files of `folder` (a file: URI), looked up to its workspace folder. */
export function projectConfigOfFolder(folder: vscode.Uri): Promise<ProjectConfig | undefined> {
  const dir = folder.fsPath;
  let found = byFolder.get(dir);
  if (!found) {
    const stopAt = vscode.workspace.getWorkspaceFolder(folder)?.uri.fsPath;
    found = findProjectConfig(dir, { read: readIfExists, join, parent }, stopAt);
    byFolder.set(dir, found);
  }
  return found;
}

function showProblems(config: ProjectConfig): void {
  for (const problem of config.problems) {
    if (shown.has(problem)) continue;
    shown.add(problem);
    warn(problem);
    void vscode.window.showWarningMessage(`Docwright: ${problem}. The key is ignored.`, 'Open File').then((choice) => {
      if (choice) void vscode.window.showTextDocument(vscode.Uri.file(config.path));
    });
  }
}

/**
 * The settings for `document`: the user's and workspace's VS Code settings, with the project file's
 * keys over them (the project wins for the keys it sets, so the editor agrees with `docwright check`).
 */
export async function documentConfig(document: vscode.TextDocument): Promise<DocwrightConfig> {
  const config = currentConfig(document.uri);
  const project = await projectConfigFor(document);
  if (!project) return config;
  showProblems(project);
  return withProjectSettings(config, project, document.uri.fsPath);
}

/** Watches the configuration files; on a change, forgets what was read and calls `onChange` (re-validate). */
export function watchProjectConfig(onChange: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/{docwright.toml,pyproject.toml,package.json}');
  const changed = () => {
    byFolder.clear();
    styleByFolder.clear();
    onChange();
  };
  return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
}
