// "Docwright: Generate Docstrings for File" (docwright.generateFile) on the active editor:
// the result equals the golden <name>.file-expected.<ext>, and one undo restores the original.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertMatchesGolden, docwright, firstDifference, openInEditor, readWorkspaceFile, revertAndCloseAll, waitFor, waitForSettledChange } from '../helpers';

const cases = [
  { file: 'fixture_file.py', golden: 'fixture_file.file-expected.py' },
  { file: 'fixture_file.ts', golden: 'fixture_file.file-expected.ts' },
  { file: 'FixtureFile.java', golden: 'FixtureFile.file-expected.java' },
  { file: 'FixtureFile.cs', golden: 'FixtureFile.file-expected.cs' },
  { file: 'fixture_file.go', golden: 'fixture_file.file-expected.go' },
  { file: 'fixture_file.rs', golden: 'fixture_file.file-expected.rs' },
  { file: 'fixture_file.php', golden: 'fixture_file.file-expected.php' },
  { file: 'fixture_file.cpp', golden: 'fixture_file.file-expected.cpp' },
  { file: 'fixture_file.rb', golden: 'fixture_file.file-expected.rb' },
];

describe('generate docstrings for file', () => {
  before(async () => {
    await docwright(true);
  });
  afterEach(revertAndCloseAll);

  for (const c of cases) {
    it(`${c.file}: docwright.generateFile gives the golden text and one undo restores the original`, async () => {
      const original = await readWorkspaceFile(c.file);
      const editor = await openInEditor(c.file);
      const doc = editor.document;
      assert.strictEqual(doc.getText(), original, 'the document does not match the file on disk before the command');

      await vscode.commands.executeCommand('docwright.generateFile');
      const after = await waitForSettledChange(doc, original, 'docwright.generateFile');
      await assertMatchesGolden(after, c.golden);

      await vscode.commands.executeCommand('undo');
      // one undo step; wait for it to reach the extension host, then compare byte for byte
      await waitFor(() => doc.getText() !== after, 'undo to change the document', 5000).catch(() => undefined);
      const undone = doc.getText();
      assert.ok(undone === original, `a single undo did not restore the original text (the command should make one undo step); ${firstDifference(undone, original)}`);
    });
  }
});
