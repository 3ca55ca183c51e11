/**
 * The one place that reads Docwright's settings from VS Code. Read on every use, so changes apply
 * without a reload; a bad value keeps the last good one (per scope) and is reported once.
 */
import * as vscode from 'vscode';
import { readConfig, SETTINGS, type ConfigProblem, type DocwrightConfig } from '../core/config/settings';
import { warn } from './log';

/** Problems already shown, by setting and rejected value (not by message: its fallback wording can change). */
const reported = new Set<string>();

/** The last good config per scope: '' for the window, else the scope's URI. */
const lastGood = new Map<string, DocwrightConfig>();
/** Documents come and go; keep the last good config of this many of them at most. */
const MAX_REMEMBERED = 200;

/** The `window`-scoped settings (AI, budget: one model client per window) are read without a resource, as VS Code expects. */
const WINDOW_KEYS = new Set(Object.values(SETTINGS).filter((spec) => spec.scope !== 'resource').map((spec) => spec.key));

function scopeUri(scope: vscode.ConfigurationScope | undefined): vscode.Uri | undefined {
  if (!scope) return undefined;
  return 'uri' in scope ? scope.uri : (scope as vscode.Uri);
}

function scopeKey(uri: vscode.Uri | undefined): string {
  return uri ? uri.toString() : '';
}

/** The last good config for a scope: its own, else its workspace folder's, else the window's. */
function previousFor(uri: vscode.Uri | undefined): DocwrightConfig | undefined {
  const own = lastGood.get(scopeKey(uri));
  if (own || !uri) return own;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return (folder && lastGood.get(scopeKey(folder.uri))) || lastGood.get('');
}

function remember(key: string, config: DocwrightConfig): void {
  lastGood.delete(key);
  lastGood.set(key, config);
  if (lastGood.size <= MAX_REMEMBERED) return;
  for (const oldest of lastGood.keys()) {
    if (oldest === '' || isFolderKey(oldest)) continue;
    lastGood.delete(oldest);
    break;
  }
}

function isFolderKey(key: string): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => scopeKey(folder.uri) === key);
}

function report(problem: ConfigProblem): void {
  const id = `${problem.key}\u0000${problem.rejected}`;
  if (reported.has(id)) return;
  reported.add(id);
  warn(problem.message);
  void vscode.window.showWarningMessage(`Docwright: ${problem.message}`, 'Open Settings').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', problem.key);
  });
}

/**
 * The settings for `scope` (a document or folder; none: the window). A bad value keeps this scope's
 * last good value (else the default), and each distinct problem is shown once.
 */
export function currentConfig(scope?: vscode.ConfigurationScope): DocwrightConfig {
  const section = vscode.workspace.getConfiguration(undefined, scope);
  const windowSection = scope ? vscode.workspace.getConfiguration() : section;
  const uri = scopeUri(scope);
  const { config, problems } = readConfig((key) => (WINDOW_KEYS.has(key) ? windowSection : section).get(key), previousFor(uri));
  for (const problem of problems) report(problem);
  remember(scopeKey(uri), config);
  return config;
}

/**
 * On every change to `docwright.*`, read the settings at once (so a bad value is reported when it is
 * saved, not at the next use) and call `onChange` with the window's config. Each workspace folder's
 * settings are read too, and the per-document configs forgotten, so documents fall back on the
 * folder's (or window's) last good values, which are then the freshest.
 */
export function watchConfiguration(onChange: (config: DocwrightConfig) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('docwright')) return;
    const config = currentConfig();
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const folder of folders) currentConfig(folder.uri);
    const keep = new Set(['', ...folders.map((folder) => scopeKey(folder.uri))]);
    for (const key of [...lastGood.keys()]) if (!keep.has(key)) lastGood.delete(key);
    onChange(config);
  });
}
