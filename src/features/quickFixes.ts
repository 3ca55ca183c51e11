/**
 * Quick fixes on Docwright's diagnostics: "Generate docstring" where one is missing, "Update
 * docstring" where one disagrees with its code, and "Update all docstrings in file".
 */
import * as vscode from 'vscode';
import { CODE_ACTION_TITLES, COMMANDS, DIAGNOSTIC_SOURCE } from '../core/constants';
import { findingFor, type DocstringDiagnostics } from './diagnostics';

export class DocstringQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: DocstringDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const validated = await this.diagnostics.findings(document);
    if (!validated) return [];
    const actions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    let updatable = false;
    for (const diagnostic of ours) {
      const finding = findingFor(document, validated.findings, diagnostic);
      // An exception documented but not raised here may come from a callee: the update keeps it, so it fixes nothing.
      if (!finding || finding.code === 'DW402') continue;
      const missing = finding.code === 'DW601';
      updatable ||= !missing;
      const title = missing ? CODE_ACTION_TITLES.generate : CODE_ACTION_TITLES.update;
      const key = `${title}\0${finding.symbolId}`;
      if (offered.has(key)) {
        actions.find((a) => a.command?.arguments?.[1] === finding.symbolId && a.title === title)?.diagnostics?.push(diagnostic);
        continue;
      }
      offered.add(key);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = !missing;
      // A command, not a precomputed edit: it re-checks the document version when it runs.
      action.command = { title, command: missing ? COMMANDS.generateDocstring : COMMANDS.updateDocstring, arguments: [document.uri, finding.symbolId] };
      actions.push(action);
    }
    if (updatable) {
      const all = new vscode.CodeAction(CODE_ACTION_TITLES.updateFile, vscode.CodeActionKind.QuickFix);
      all.diagnostics = ours;
      all.command = { title: CODE_ACTION_TITLES.updateFile, command: COMMANDS.updateFile, arguments: [document.uri] };
      actions.push(all);
    }
    return actions;
  }
}
