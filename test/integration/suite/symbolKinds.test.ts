// Issue 12, item 5 in the real editor: a file run documents a dataclass's fields (an Attributes
// section), its property and an enum's members, a TS interface, its members, an enum and a type
// alias; the TS file overview comes from the cursor command on the first line, and from a file run
// only once docwright.fileOverview is on (a setting that applies without a reload).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertMatchesGolden, configure, docwright, openInEditor, readWorkspaceFile, revertAndCloseAll, waitForSettledChange } from '../helpers';

describe('symbol kinds: record classes, interfaces, enums, file overview', () => {
  before(async () => {
    await docwright(true);
  });
  afterEach(async () => {
    await configure({ 'docwright.fileOverview': undefined });
    await revertAndCloseAll();
  });

  for (const c of [
    { file: 'records.py', golden: 'records.file-expected.py' },
    { file: 'records.ts', golden: 'records.file-expected.ts' },
  ]) {
    it(`${c.file}: a file run documents the dataclass / interface, its fields and the enum members`, async () => {
      const original = await readWorkspaceFile(c.file);
      const editor = await openInEditor(c.file);
      await vscode.commands.executeCommand('docwright.generateFile');
      const after = await waitForSettledChange(editor.document, original, 'docwright.generateFile');
      await assertMatchesGolden(after, c.golden);
      // The generated docstrings raise no diagnostic (DW701-DW704 included).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'docwright');
      assert.deepStrictEqual(ours.map((d) => `${String(d.code)} ${d.message}`), []);
    });
  }

  it('records.ts: the cursor command on the first line writes the file overview; a file run does only with docwright.fileOverview', async () => {
    const original = await readWorkspaceFile('records.ts');
    const editor = await openInEditor('records.ts');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('docwright.generateDocstring');
    const atCursor = await waitForSettledChange(editor.document, original, 'docwright.generateDocstring');
    const header = '// Order records.\n\n';
    assert.ok(original.startsWith(header));
    // Below the header comment, set apart from the interface by a blank line.
    assert.strictEqual(atCursor, `${header}/**\n * _summary_\n *\n * @file\n */\n\n${original.slice(header.length)}`);
    await vscode.commands.executeCommand('undo');
    await waitForSettledChange(editor.document, atCursor, 'undo');

    await configure({ 'docwright.fileOverview': true });
    const golden = await readWorkspaceFile('records.file-expected.ts');
    const before = editor.document.getText();
    await vscode.commands.executeCommand('docwright.generateFile');
    const after = await waitForSettledChange(editor.document, before, 'docwright.generateFile');
    assert.strictEqual(after, `${header}/**\n * _summary_\n *\n * @file\n */\n\n${golden.slice(header.length)}`);
  });
});
