// The project's docwright.toml in the editor: its severities and ignores apply to open documents as
// soon as it is saved, and removing it restores the VS Code settings, without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { docwright, openInEditor, revertAndCloseAll, waitFor, workspaceUri } from '../helpers';

const PY = 'stale_docstrings.py';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docwright');
}

/** `DW102:error` per diagnostic, in line order. */
function summary(uri: vscode.Uri): string[] {
  return ours(uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)}:${vscode.DiagnosticSeverity[d.severity]}`);
}

describe('project configuration (docwright.toml) in the editor', () => {
  const config = workspaceUri('docwright.toml');
  before(() => docwright(true));
  afterEach(async () => {
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    await revertAndCloseAll();
  });

  it('applies on save and is forgotten when deleted, without a reload', async () => {
    const editor = await openInEditor(PY);
    const uri = editor.document.uri;
    const before = ['DW102:Warning', 'DW101:Warning', 'DW301:Warning'];
    await waitFor(() => JSON.stringify(summary(uri)) === JSON.stringify(before), `the default diagnostics, have ${JSON.stringify(summary(uri))}`);
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('ignore = ["DW301"]\n[severity]\nDW102 = "error"\n'));
    await waitFor(() => JSON.stringify(summary(uri)) === JSON.stringify(['DW102:Error', 'DW101:Warning']), `the project's severities, have ${JSON.stringify(summary(uri))}`, 15000);
    await vscode.workspace.fs.delete(config);
    await waitFor(() => JSON.stringify(summary(uri)) === JSON.stringify(before), `the VS Code settings again, have ${JSON.stringify(summary(uri))}`, 15000);
    assert.ok(true);
  });
});
