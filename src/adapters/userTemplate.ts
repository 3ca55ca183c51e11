/** The user's template for a document: its setting, resolved from the document's workspace folder, and its warnings. */
import * as vscode from 'vscode';
import { packFor } from '../languages';
import type { LanguageId } from '../core/extract/types';
import { SETTINGS, type DocwrightConfig } from '../core/config/settings';
import { loadUserTemplate } from '../core/generate/userTemplateFile';
import type { UserTemplate } from '../core/generate/userTemplate';
import { warn } from './log';

/** Problems already shown: the same broken template warns once, not on every lightbulb. */
const shown = new Set<string>();

function warnOnce(message: string): void {
  warn(message);
  if (shown.has(message)) return;
  shown.add(message);
  void vscode.window.showWarningMessage(`Docwright: ${message}`);
}

/**
 * The template the settings name for this document's language, read afresh (a settings or file
 * change applies at the next run); undefined for none, or for one that cannot be used (warned).
 */
export async function userTemplateFor(document: vscode.TextDocument, config: DocwrightConfig): Promise<UserTemplate | undefined> {
  const field = packFor(document.languageId as LanguageId).templateSetting;
  const setting = config[field];
  if (!setting) return undefined;
  const key = SETTINGS[field].key;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath;
  // Which settings file the value comes from: a workspace's may only name a template inside it.
  const inspected = vscode.workspace.getConfiguration(undefined, document.uri).inspect<string>(key);
  const fromWorkspace = inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined;
  const loaded = await loadUserTemplate(setting, key, folder, fromWorkspace);
  if ('problem' in loaded) {
    warnOnce(loaded.problem);
    return undefined;
  }
  return loaded.template;
}

/** A docstring from the template that did not read back: the built-in style was written (warned once per reason). */
export function templateRejected(reason: string): void {
  warnOnce(reason);
}
