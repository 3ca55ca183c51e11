/**
 * "Type to get it": `"""` (or `'''`) under a Python def/class, `/**` above a JS/TS declaration, offers
 * Docwright's docstring for that symbol as a completion, a snippet whose Tab stops are its
 * placeholders (as autoDocstring did). Accepting it replaces the typed line's opener (and what
 * auto-closing added) with the whole docstring.
 */
import * as vscode from 'vscode';
import type { DocStyle } from '../core/docstring/model';
import { toSnippet } from '../core/generate/snippet';
import { rangeOf } from '../adapters/documents';
import { error } from '../adapters/log';
import { typedDocstringFor } from './generation';
import { packFor } from '../languages';

const STYLE_NAMES: Record<DocStyle, string> = { google: 'Google', numpy: 'NumPy', sphinx: 'Sphinx', jsdoc: 'JSDoc', tsdoc: 'TSDoc', javadoc: 'Javadoc', xmldoc: 'XML documentation', godoc: 'Go doc', rustdoc: 'rustdoc', phpdoc: 'PHPDoc', doxygen: 'Doxygen', 'doxygen-slash': 'Doxygen ///', yard: 'YARD' };

export class DocstringCompletionProvider implements vscode.CompletionItemProvider {
  /** The last character of each opener: the completion is asked for as it is typed. */
  static readonly triggerCharacters = ['"', "'", '*', '/'];

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[] | undefined> {
    // The cheap test first: this runs on every quote typed.
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (!/^[ \t]*("""|'''|\/\*\*|\/\/\/)$/.test(before)) return undefined;
    let typed: Awaited<ReturnType<typeof typedDocstringFor>>;
    try {
      typed = await typedDocstringFor(document, document.offsetAt(position));
    } catch (err) {
      error('docstring completion failed', err);
      return undefined;
    }
    if (!typed || token.isCancellationRequested) return undefined;
    const opener = before.trim();
    const what = packFor(typed.symbol.language).typing.noun;
    const name = typed.symbol.kind === 'module' ? 'this module' : typed.symbol.namePath.join('.');
    const item = new vscode.CompletionItem({ label: `${opener} Docwright ${STYLE_NAMES[typed.style]} ${what}`, description: name }, vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(toSnippet(typed.text).snippet);
    // Written as generated: the editor must not re-indent its lines.
    item.keepWhitespace = true;
    const range = rangeOf(document, typed.start, typed.end);
    item.range = range;
    item.filterText = opener;
    item.sortText = '\u0000';
    item.preselect = true;
    item.detail = `Docwright: ${STYLE_NAMES[typed.style]} ${what} for ${name}`;
    item.documentation = new vscode.MarkdownString().appendCodeblock(typed.text, document.languageId);
    if (typed.indent !== undefined) {
      // The typed line is not indented as the docstring must be: its indentation is replaced too.
      item.additionalTextEdits = [vscode.TextEdit.replace(new vscode.Range(range.start.with({ character: 0 }), range.start), typed.indent)];
    }
    return [item];
  }
}
