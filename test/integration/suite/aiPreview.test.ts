// docwright.ai.preview: an AI run's docstrings open in VS Code's Refactor Preview instead of being
// written, against the local fake OpenAI-compatible server. The preview panel is driven as a person
// would, through its commands and (for a checkbox) a click through the browser bridge.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { FakeOpenAI, modelAnswer, ok } from '../../support/fakeOpenAI';
import { browserBridgeAvailable, click, screenshot, textMatching, textOf, waitForSelector } from '../browser';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, openInEditor, positionOf, revertAndCloseAll, waitFor, waitForSettledChange } from '../helpers';

/** A row of the Refactor Preview's tree: 0 is the file, then its edits in document order. */
const row = (index: number) => `.bulk-edit-panel .monaco-list-row[data-index="${index}"]`;
/** Entries that need confirmation start unchecked (VS Code's rule): the file's checkbox checks them all. */
const checkAll = () => click(`${row(0)} input.edit-checkbox`);
const SUMMARY = 'Previewed by the model.';
/** ai_file.py: its module and six functions. */
const SYMBOLS = 7;

const described = (text: string) => (text.match(new RegExp(`"""${SUMMARY.replace('.', '\\.')}`, 'g')) ?? []).length;
const hasDocstring = (text: string, def: string) => new RegExp(`${def}\\(.*\\):\\n    """${SUMMARY.replace('.', '\\.')}`).test(text);

describe('AI preview before apply (docwright.ai.preview, Refactor Preview)', function () {
  this.timeout(90000);
  let fake: FakeOpenAI;

  before(async function () {
    if (!browserBridgeAvailable()) this.skip(); // waiting for the panel and clicking a checkbox need the browser
    await docwright(true);
    fake = await FakeOpenAI.start();
    fake.fallback = ok(modelAnswer(SUMMARY, { a: 'A.', b: 'B.', c: 'C.', items: 'Items.', text: 'Text.', flag: 'Flag.' }, 'The result.'));
    await configure({ ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.baseUrl': fake.baseURL, 'docwright.ai.preview': 'fileRuns' });
    await vscode.commands.executeCommand('docwright.clearAiCache');
  });

  afterEach(async () => {
    // A preview left open by a failed test would make the next one ask "Another refactoring is being previewed".
    await vscode.commands.executeCommand('refactorPreview.discard');
    await revertAndCloseAll();
  });

  after(async () => {
    if (!fake) return;
    await configure(Object.fromEntries([...Object.keys(FAKE_SERVER_AI_SETTINGS), 'docwright.ai.baseUrl', 'docwright.ai.preview'].map((key) => [key, undefined])));
    await fake.close();
  });

  /**
   * Starts a file run and waits for the preview's entries; `running` resolves once the preview is
   * answered (wrapped: an async function returning the thenable itself would wait for it).
   */
  async function fileRunInPreview(doc: vscode.TextDocument): Promise<{ running: Thenable<unknown> }> {
    const running = vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    await waitForSelector(row(1), { timeoutMs: 40000 });
    return { running };
  }

  it('fileRuns: a file run opens the preview, the document stays unchanged until Apply, which writes the docstrings as one undo step', async () => {
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    const { running } = await fileRunInPreview(doc);
    assert.strictEqual(doc.getText(), before, 'nothing is written while the preview is open');
    assert.ok(!doc.isDirty);
    // One entry per symbol, each with its checkbox, labelled by its symbol.
    for (let i = 1; i <= SYMBOLS; i++) await waitForSelector(`${row(i)} input.edit-checkbox`, { state: 'attached' });
    // Every entry checked, then the diff of one, for the README's screenshot.
    await checkAll();
    await vscode.commands.executeCommand('notifications.clearAll');
    await click(row(3));
    await waitForSelector('.monaco-diff-editor', { timeoutMs: 15000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await screenshot('ai-preview');
    assert.strictEqual(doc.getText(), before, 'looking at the diff writes nothing');

    await vscode.commands.executeCommand('refactorPreview.apply');
    await running;
    const after = doc.getText();
    assert.strictEqual(described(after), SYMBOLS, `every symbol's docstring is written:\n${after}`);
    assert.match(after, /def two\(a, b\):\n    """Previewed by the model\.\n\n    Args:\n        a: A\.\n        b: B\./);

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === before, 'one undo to restore the file');
  });

  it('one entry per symbol, labelled by its name; Discard leaves the file byte-identical', async () => {
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    const onDisk = fs.readFileSync(doc.uri.fsPath);
    const { running } = await fileRunInPreview(doc);
    // Grouped by change instead of by file, the entries are the symbols by name (sorted; the list shows the first rows).
    await vscode.commands.executeCommand('refactorPreview.groupByType');
    try {
      await waitForSelector('.bulk-edit-panel .monaco-list-row .category', { timeoutMs: 10000 });
      const labels = await textOf('.bulk-edit-panel .monaco-list-rows');
      for (const name of ['Docstring for five', 'Docstring for four', 'Docstring for one', 'described with gpt-test']) assert.ok(labels.includes(name), `${name} in:\n${labels}`);
    } finally {
      await vscode.commands.executeCommand('refactorPreview.groupByFile');
    }
    await vscode.commands.executeCommand('refactorPreview.discard');
    await running;
    assert.strictEqual(doc.getText(), before);
    assert.ok(!doc.isDirty, 'the buffer was never touched');
    assert.ok(fs.readFileSync(doc.uri.fsPath).equals(onDisk), 'the file on disk is byte-identical');
  });

  it('an unchecked entry is left out: Apply writes only the others', async () => {
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const { running } = await fileRunInPreview(doc);
    // Rows: 1 the module docstring, 2 one(), 3 two(), ...
    await checkAll();
    await click(`${row(3)} input.edit-checkbox`);
    await vscode.commands.executeCommand('refactorPreview.apply');
    await running;
    const after = doc.getText();
    assert.strictEqual(described(after), SYMBOLS - 1, `all but one written:\n${after}`);
    assert.ok(!hasDocstring(after, 'def two'), `two() was unchecked and has no docstring:\n${after}`);
    for (const def of ['def one', 'def three', 'def four', 'def five', 'def six']) assert.ok(hasDocstring(after, def), `${def} is documented`);
  });

  it('a document edited while the preview is open is not written: VS Code refuses, the edit stays alone', async () => {
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    const { running } = await fileRunInPreview(doc);
    await checkAll();
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '# edited meanwhile\n'));
    // VS Code answers "Cannot apply refactoring because 'ai_file.py' has changed in the meantime." in a
    // dialog (which a test host refuses to show; the refusal ends the preview the same way).
    await vscode.commands.executeCommand('refactorPreview.apply');
    await running;
    assert.strictEqual(doc.getText(), `${before}# edited meanwhile\n`, 'no stale docstring was applied');
    await textMatching('.notifications-toasts', /the file changed while its docstrings were in the preview, so none was written/, { timeoutMs: 15000 });
  });

  it('never: a file run writes at once; fileRuns: the cursor command writes at once; always: the cursor command previews too, templates never', async () => {
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    // fileRuns does not preview the cursor command.
    editor.selection = new vscode.Selection(positionOf(doc, 'def one(', 4), positionOf(doc, 'def one(', 4));
    await vscode.commands.executeCommand('docwright.generateDocstring');
    assert.ok(hasDocstring(doc.getText(), 'def one'), `the cursor command wrote at once:\n${doc.getText()}`);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === before, 'the undo');

    await configure({ 'docwright.ai.preview': 'never' });
    try {
      await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
      const after = await waitForSettledChange(doc, before, 'the file run without preview');
      assert.strictEqual(described(after), SYMBOLS);
      await assert.rejects(waitForSelector(row(1), { timeoutMs: 1500 }), 'no preview is open');
      await vscode.commands.executeCommand('undo');
      await waitFor(() => doc.getText() === before, 'the undo');

      await configure({ 'docwright.ai.preview': 'always' });
      editor.selection = new vscode.Selection(positionOf(doc, 'def two(', 4), positionOf(doc, 'def two(', 4));
      const running = vscode.commands.executeCommand('docwright.generateDocstring');
      await waitForSelector(row(1), { timeoutMs: 40000 });
      assert.strictEqual(doc.getText(), before, 'the cursor command waits in the preview');
      await checkAll();
      await vscode.commands.executeCommand('refactorPreview.apply');
      await running;
      assert.ok(hasDocstring(doc.getText(), 'def two') && described(doc.getText()) === 1, doc.getText());

      // Template mode (no AI) is never previewed, whatever the setting says.
      await configure({ 'docwright.ai.provider': 'none' });
      editor.selection = new vscode.Selection(positionOf(doc, 'def three(', 4), positionOf(doc, 'def three(', 4));
      await vscode.commands.executeCommand('docwright.generateDocstring');
      assert.match(doc.getText(), /def three\(a, b, c\):\n    """_summary_/, `the template is written at once:\n${doc.getText()}`);
    } finally {
      await configure({ 'docwright.ai.preview': 'fileRuns', 'docwright.ai.provider': FAKE_SERVER_AI_SETTINGS['docwright.ai.provider'] });
    }
  });
});
