/** The lightbulb: "Generate docstring" (or "Regenerate docstring") on a symbol's signature. */
import * as vscode from 'vscode';
import { CODE_ACTION_TITLES, COMMANDS } from '../core/constants';
import { symbolAt, type DocumentIndex } from './documentIndex';

export const DOCSTRING_ACTION_KIND = vscode.CodeActionKind.RefactorRewrite.append('docwright');

export class DocstringCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [DOCSTRING_ACTION_KIND] };

  constructor(private readonly index: DocumentIndex) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const extracted = await this.index.symbols(document);
    if (!extracted || extracted.hasErrors) return [];
    const symbol = symbolAt(extracted.symbols, document.offsetAt(range.start));
    if (!symbol) return [];
    const title = symbol.docstring ? CODE_ACTION_TITLES.regenerate : CODE_ACTION_TITLES.generate;
    const action = new vscode.CodeAction(title, DOCSTRING_ACTION_KIND);
    // A command, not a precomputed edit: generation may call a model, shows progress, and re-checks the document version.
    action.command = { title, command: COMMANDS.generateDocstring, arguments: [document.uri, symbol.id] };
    return [action];
  }
}
