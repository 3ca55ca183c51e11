import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, docwright, openInEditor, revertAndCloseAll } from '../helpers';

describe('activation', () => {
  after(revertAndCloseAll);

  it('is installed in the test window', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded; is extensionDevelopmentPath the repo root?`);
    assert.strictEqual((ext.packageJSON as { name?: string }).name, 'docwright');
  });

  it('activates when a Python file is opened', async () => {
    const editor = await openInEditor('sample.py');
    assert.strictEqual(editor.document.languageId, 'python');
    const ext = await docwright(false, 20000);
    assert.ok(ext.isActive);
  });
});
