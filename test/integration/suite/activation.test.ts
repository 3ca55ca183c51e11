import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, docwright, openInEditor, recordMeasurement, revertAndCloseAll } from '../helpers';
import type { DocwrightApi } from '../../../src/extension';

describe('activation', () => {
  after(revertAndCloseAll);

  it('is installed in the test window', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded; is extensionDevelopmentPath the repo root?`);
    assert.strictEqual((ext.packageJSON as { name?: string }).name, 'docwright');
  });

  it('is lazy: inactive until a supported document opens, and activating loads no grammar', async () => {
    const ext = vscode.extensions.getExtension<DocwrightApi>(EXTENSION_ID)!;
    // This file runs first: no Python/TS/JS document has been opened yet.
    assert.strictEqual(ext.isActive, false, 'activated before any supported document was opened');
    const started = performance.now();
    const api = await ext.activate();
    const elapsed = performance.now() - started;
    recordMeasurement(`activation (loading the bundle + activate()): ${elapsed.toFixed(1)} ms`);
    assert.deepStrictEqual(api.loadedGrammars(), [], 'a grammar was loaded during activation');
  });

  it('loads the Python grammar only when a Python document needs it', async () => {
    const editor = await openInEditor('sample.py');
    assert.strictEqual(editor.document.languageId, 'python');
    const ext = await docwright(false, 20000);
    assert.ok(ext.isActive);
    const started = performance.now();
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0));
    recordMeasurement(`code-action request right after opening a Python file (shares the warm-up parse): ${(performance.now() - started).toFixed(1)} ms`);
    const api = ext.exports as DocwrightApi;
    assert.deepStrictEqual(api.loadedGrammars(), ['tree-sitter-python.wasm']);
  });
});
