/** What a user relies on beyond the happy path: stale positions, line endings, keys, settings, language services. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { docwright, openInEditor, positionOf, readWorkspaceFile, revertAndCloseAll, waitFor } from '../helpers';
import type { DocwrightApi } from '../../../src/extension';

async function codeAction(document: vscode.TextDocument, at: vscode.Position, title: string): Promise<vscode.CodeAction> {
  const actions = await waitFor(
    async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at));
      return all?.find((a) => a.title === title);
    },
    `code action "${title}"`,
  );
  return actions;
}

describe('editing safety and settings', () => {
  before(() => docwright(true));
  afterEach(revertAndCloseAll);

  it('a docstring requested before the document changed lands on the symbol, not at the stale position', async () => {
    const editor = await openInEditor('stale.py');
    const document = editor.document;
    const action = await codeAction(document, positionOf(document, 'def second'), 'Generate docstring');
    // The user types above the function after the lightbulb was computed.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# one\n# two\n# three\n'));
    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    const lines = (await waitFor(() => (document.getText().includes('_summary_') ? document.getText() : undefined), 'the docstring')).split('\n');
    const def = lines.indexOf('def second(b, c=1):');
    assert.ok(def > 0, 'def second is still there');
    assert.strictEqual(lines[def + 1], '    """_summary_');
    assert.deepStrictEqual(lines.slice(0, 3), ['# one', '# two', '# three']);
    assert.ok(!lines[lines.indexOf('def first(a):') + 1].includes('"""'), 'def first was not touched');
  });

  it('a CRLF file stays CRLF, and one undo restores it byte for byte', async () => {
    const original = await readWorkspaceFile('crlf.py');
    const editor = await openInEditor('crlf.py');
    assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF);
    await vscode.commands.executeCommand('docwright.generateFile');
    const text = await waitFor(() => (editor.document.getText().includes('_summary_') ? editor.document.getText() : undefined), 'docstrings');
    assert.strictEqual((text.match(/\r\n/g) ?? []).length, (text.match(/\n/g) ?? []).length, 'every line break is CRLF');
    assert.strictEqual((text.match(/"""_summary_/g) ?? []).length, 4, 'module, function, class and method documented');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === original, 'one undo to restore the original');
  });

  it('the keyboard command documents the symbol under the cursor', async () => {
    const editor = await openInEditor('stale.py');
    const at = positionOf(editor.document, 'def first', 4);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('docwright.generateDocstring');
    const text = await waitFor(() => (editor.document.getText().includes('_summary_') ? editor.document.getText() : undefined), 'the docstring');
    assert.ok(text.startsWith('def first(a):\n    """_summary_\n\n    Args:\n        a: _description_\n'), text);
    assert.ok(!text.includes('def second(b, c=1):\n    """'), 'only the symbol under the cursor');
  });

  it('a settings change applies to the next run without a reload', async () => {
    const config = vscode.workspace.getConfiguration('docwright');
    await config.update('style.python', 'numpy', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openInEditor('settings_probe.py');
      await vscode.commands.executeCommand('docwright.generateFile');
      const text = await waitFor(() => (editor.document.getText().includes('_summary_') ? editor.document.getText() : undefined), 'docstrings');
      assert.match(text, /def configured\(alpha, beta\):\n {4}"""_summary_\n\n {4}Parameters\n {4}----------\n {4}alpha\n/);
    } finally {
      await config.update('style.python', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("JavaScript: the type the language service infers for an unannotated parameter goes into the JSDoc", async () => {
    const editor = await openInEditor('hover.js');
    // The TypeScript server starts on first use; the run is retried until it answers.
    const text = await waitFor(
      async () => {
        await vscode.commands.executeCommand('docwright.generateFile');
        const now = editor.document.getText();
        if (now.includes('{ retries: number, verbose: boolean }') || now.includes('{ retries: number; verbose: boolean }')) return now;
        if (now.includes('_summary_')) await vscode.commands.executeCommand('undo');
        return undefined;
      },
      'a JSDoc with the inferred type of options',
      30000,
      1000,
    );
    assert.match(text, /@param \{\{ retries: number[;,] verbose: boolean \}\} \[options=DEFAULTS\] - _description_/);
  });

  it("the parser finds every function, method and class the TypeScript symbol provider reports", async () => {
    const ext = await docwright(true);
    for (const name of ['sample.ts', 'fixture_file.ts', 'hover.js']) {
      const editor = await openInEditor(name);
      const gaps = await waitFor(async () => {
        const symbols = await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        return symbols && symbols.length > 0 ? (ext.exports as DocwrightApi).parserGaps(editor.document) : undefined;
      }, `document symbols for ${name}`, 30000, 500);
      assert.deepStrictEqual(gaps, [], name);
    }
  });
});
