/** The one place that reads Docwright's settings from VS Code. Read on every use, so changes apply without a reload. */
import * as vscode from 'vscode';
import { readConfig, type DocwrightConfig } from '../core/config/settings';
import { warn } from './log';

const reported = new Set<string>();

/** The AI settings are per window (one model client): read without a resource, as VS Code expects. */
const WINDOW_SCOPED = 'docwright.ai.';

export function currentConfig(scope?: vscode.ConfigurationScope): DocwrightConfig {
  const section = vscode.workspace.getConfiguration(undefined, scope);
  const windowSection = scope ? vscode.workspace.getConfiguration() : section;
  const { config, problems } = readConfig((key) => (key.startsWith(WINDOW_SCOPED) ? windowSection : section).get(key));
  for (const problem of problems) {
    if (reported.has(problem.message)) continue;
    reported.add(problem.message);
    warn(problem.message);
    void vscode.window.showWarningMessage(`Docwright: ${problem.message}`, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', problem.key);
    });
  }
  return config;
}
