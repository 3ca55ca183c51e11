// Validation in the editor: diagnostics on open and on edit, quick fixes, update-all with one undo,
// severities and suppression comments, all without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyCodeAction, docwright, firstDifference, openInEditor, readWorkspaceFile, revertAndCloseAll, waitFor } from '../helpers';

const PY = 'stale_docstrings.py';
const TS = 'stale_jsdoc.ts';
const JAVA = 'StaleJavadoc.java';
const RUST = 'stale_rustdoc.rs';
/** Code @ 1-based line of every Docwright diagnostic of the file when it is opened. */
const EXPECTED: Record<string, string[]> = {
  [PY]: ['DW102@4', 'DW101@12', 'DW301@35'],
  [TS]: ['DW101@7', 'DW102@10'],
  [JAVA]: ['DW101@8', 'DW102@11', 'DW401@15'],
  [RUST]: ['DW802@3', 'DW201@8', 'DW101@13', 'DW102@14', 'DW802@18'],
};

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docwright');
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** `DW102@4` per diagnostic, in line order. */
function summary(uri: vscode.Uri): string[] {
  return ours(uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${codeOf(d)}@${d.range.start.line + 1}`);
}

async function waitForSummary(uri: vscode.Uri, expected: string[], what: string, timeoutMs = 10000): Promise<void> {
  try {
    await waitFor(() => JSON.stringify(summary(uri)) === JSON.stringify(expected), what, timeoutMs);
  } catch (e) {
    throw new Error(`${(e as Error).message}; expected ${JSON.stringify(expected)}, have ${JSON.stringify(summary(uri))}`);
  }
}

describe('diagnostics and quick fixes', () => {
  before(() => docwright(true));
  afterEach(revertAndCloseAll);

  for (const file of [PY, TS, JAVA, RUST]) {
    it(`${file}: opening shows Docwright diagnostics with their codes at the expected lines`, async () => {
      const editor = await openInEditor(file);
      await waitForSummary(editor.document.uri, EXPECTED[file], `the diagnostics of ${file}`);
      for (const d of ours(editor.document.uri)) {
        assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `${codeOf(d)} has its default severity`);
        assert.ok(typeof d.code === 'object' && d.code.target.toString().endsWith('#rules'), `${codeOf(d)} links to the rules`);
        assert.ok(d.message.length > 0);
      }
    });
  }

  it('editing the document (a new parameter) updates the diagnostics after the debounce', async () => {
    const editor = await openInEditor(PY);
    const uri = editor.document.uri;
    await waitForSummary(uri, EXPECTED[PY], 'the first diagnostics');
    const def = editor.document.positionAt(editor.document.getText().indexOf('key):'));
    const ok = await editor.edit((edit) => edit.insert(def.translate(0, 3), ', default=None'));
    assert.ok(ok, 'the edit applied');
    await waitForSummary(uri, ['DW102@4', 'DW101@12', 'DW102@21', 'DW301@35'], 'a DW102 on lookup(table, key, default=None)');
    const added = ours(uri).find((d) => d.range.start.line === 20)!;
    assert.strictEqual(editor.document.getText(added.range), 'default');
  });

  it('the quick fix "Update docstring" on a DW102 fixes that symbol and keeps every line a person wrote', async () => {
    const original = await readWorkspaceFile(PY);
    const editor = await openInEditor(PY);
    const document = editor.document;
    await waitForSummary(document.uri, EXPECTED[PY], 'the first diagnostics');
    const dw102 = ours(document.uri).find((d) => codeOf(d) === 'DW102')!;
    const actions = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, dw102.range, vscode.CodeActionKind.QuickFix.value);
      return all?.some((a) => a.title === 'Update docstring') ? all : undefined;
    }, 'the quick fix "Update docstring"');
    const update = actions.find((a) => a.title === 'Update docstring')!;
    assert.strictEqual(update.isPreferred, true, 'Update docstring is the preferred fix');
    assert.ok(actions.some((a) => a.title === 'Update all docstrings in file'), 'Update all docstrings in file is offered too');
    await applyCodeAction(update);
    // connect() spans lines 4-18 before and after the fix (one line removed, one added).
    await waitForSummary(document.uri, ['DW301@35'], 'connect() to have no diagnostics left (drain() keeps its own)');
    const text = document.getText();
    assert.match(text, /\n {8}timeout[ :(]/, 'the missing parameter is documented');
    assert.ok(!text.includes('retries:'), 'the parameter that no longer exists is gone');
    const lines = new Set(text.split('\n'));
    for (const line of original.split('\n')) {
      if (line.includes('retries:')) continue;
      assert.ok(lines.has(line), `the line ${JSON.stringify(line)} is still in the text`);
    }
  });

  for (const file of [PY, TS, JAVA, RUST]) {
    it(`${file}: "Update all docstrings in file" fixes every symbol and one undo restores the original byte for byte`, async () => {
      const original = await readWorkspaceFile(file);
      const editor = await openInEditor(file);
      const document = editor.document;
      await waitForSummary(document.uri, EXPECTED[file], 'the first diagnostics');
      await vscode.commands.executeCommand('docwright.updateFile');
      await waitFor(() => document.getText() !== original, 'the file to be updated');
      await waitForSummary(document.uri, [], 'no diagnostics after updating the file');
      await vscode.commands.executeCommand('undo');
      await waitFor(() => document.getText() === original, 'one undo to restore the original').catch(() => undefined);
      assert.ok(document.getText() === original, `one undo did not restore the original; ${firstDifference(document.getText(), original)}`);
      await waitForSummary(document.uri, EXPECTED[file], 'the diagnostics to come back after the undo');
    });
  }

  it('setting docwright.validation.severity {"DW102": "off"} removes those diagnostics without a reload', async () => {
    const config = vscode.workspace.getConfiguration('docwright');
    const editor = await openInEditor(PY);
    const uri = editor.document.uri;
    await waitForSummary(uri, EXPECTED[PY], 'the first diagnostics');
    try {
      await config.update('validation.severity', { DW102: 'off', DW101: 'error' }, vscode.ConfigurationTarget.Workspace);
      await waitForSummary(uri, ['DW101@12', 'DW301@35'], 'DW102 to be gone');
      assert.strictEqual(ours(uri).find((d) => codeOf(d) === 'DW101')?.severity, vscode.DiagnosticSeverity.Error, 'DW101 is now an error');
    } finally {
      await config.update('validation.severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForSummary(uri, EXPECTED[PY], 'DW102 to come back when the setting is removed');
  });

  it('docwright.validation.maxFileSize skips a larger file, and docwright.validation.enabled false clears everything', async () => {
    const config = vscode.workspace.getConfiguration('docwright');
    const editor = await openInEditor(PY);
    const uri = editor.document.uri;
    await waitForSummary(uri, EXPECTED[PY], 'the first diagnostics');
    try {
      await config.update('validation.maxFileSize', 100, vscode.ConfigurationTarget.Workspace);
      await waitForSummary(uri, [], 'no diagnostics for a file over the size limit');
      await config.update('validation.maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      await waitForSummary(uri, EXPECTED[PY], 'the diagnostics back under the default limit');
      await config.update('validation.enabled', false, vscode.ConfigurationTarget.Workspace);
      await waitForSummary(uri, [], 'no diagnostics with validation disabled');
    } finally {
      await config.update('validation.maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('validation.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForSummary(uri, EXPECTED[PY], 'the diagnostics back with validation enabled');
  });

  it('a suppression comment silences that rule for that symbol only (Python and TypeScript)', async () => {
    const py = await openInEditor(PY);
    await waitForSummary(py.document.uri, EXPECTED[PY], 'the Python diagnostics');
    const defEnd = py.document.lineAt(3).range.end;
    assert.ok(await py.edit((edit) => edit.insert(defEnd, '  # docwright: ignore[DW102]')));
    await waitForSummary(py.document.uri, ['DW101@12', 'DW301@35'], 'DW102 to be suppressed in Python');

    const ts = await openInEditor(TS);
    await waitForSummary(ts.document.uri, EXPECTED[TS], 'the TypeScript diagnostics');
    const signatureEnd = ts.document.lineAt(9).range.end;
    assert.ok(await ts.edit((edit) => edit.insert(signatureEnd, ' // docwright: ignore[DW102]')));
    await waitForSummary(ts.document.uri, ['DW101@7'], 'DW102 to be suppressed in TypeScript');
  });

  it('with DW601 on, a missing docstring offers the quick fix "Generate docstring" for that symbol', async () => {
    const config = vscode.workspace.getConfiguration('docwright');
    try {
      await config.update('validation.severity', { DW601: 'information' }, vscode.ConfigurationTarget.Workspace);
      const editor = await openInEditor('stale.py');
      const document = editor.document;
      const missing = await waitFor(() => ours(document.uri).find((d) => codeOf(d) === 'DW601' && document.getText(d.range) === 'second'), 'a DW601 on second()');
      assert.strictEqual(missing.severity, vscode.DiagnosticSeverity.Information);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
      const generate = actions.find((a) => a.title === 'Generate docstring' && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
      assert.ok(generate, `offered: ${actions.map((a) => a.title).join(', ')}`);
      await applyCodeAction(generate);
      await waitFor(() => document.getText().includes('def second(b, c=1):\n    """_summary_'), 'second() to be documented');
      assert.ok(!document.getText().includes('def first(a):\n    """'), 'only second() was documented');
      await waitFor(() => !ours(document.uri).some((d) => document.getText(d.range) === 'second'), 'the DW601 on second() to go');
    } finally {
      await config.update('validation.severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a document that does not parse has no Docwright diagnostics, and gets them back once it parses', async () => {
    const editor = await openInEditor(PY);
    const uri = editor.document.uri;
    await waitForSummary(uri, EXPECTED[PY], 'the first diagnostics');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, '\ndef broken(:\n')));
    await waitForSummary(uri, [], 'the diagnostics to be cleared while the file does not parse');
    await vscode.commands.executeCommand('undo');
    await waitForSummary(uri, EXPECTED[PY], 'the diagnostics to come back');
  });
});
