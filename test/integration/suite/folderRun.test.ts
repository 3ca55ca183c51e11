// The context menus (editor and Explorer) and "Docwright: Generate Docstrings in Folder" on
// workspace/folder_run: .gitignore, files.exclude and the project's exclude are respected, a file that
// does not parse is skipped and named, an open file with unsaved changes is edited in its buffer, a
// cancelled run stops between files keeping what was done, and one undo restores a file exactly.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { browserBridgeAvailable, click, pressKeys, screenshot, textMatching, textOf, waitForSelector } from '../browser';
import { FakeOpenAI, modelAnswer, ok } from '../../support/fakeOpenAI';
import type { DocwrightApi } from '../../../src/extension';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, EXTENSION_ID, firstDifference, openInEditor, readWorkspaceFile, revertAndCloseAll, waitFor, workspaceUri } from '../helpers';

interface FolderRunSummary {
  found: number;
  processed: number;
  changed: string[];
  docstrings: number;
  saved: number;
  unsaved: string[];
  failedSymbols: number;
  skipped: { path: string; reason: string }[];
  cancelled: boolean;
  message: string;
}

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}

const FOLDER = 'folder_run';
const DOCUMENTED = ['a.py', 'b.ts', 'c.js', 'dirty.py', 'nested/d.py'];
const UNTOUCHED = ['ignored_by_git.py', 'hidden_by_setting.py', 'generated/gen.py', 'broken.py'];
const SUPPORTED = ['python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

const inFolder = (name: string) => `${FOLDER}/${name}`;

/** The regular expression literal (`=~ /.../`) of a when clause, as VS Code evaluates it. */
function regexIn(when: string, key: string): RegExp {
  const match = new RegExp(`${key} =~ /(.+?)/(\\s|$)`).exec(when);
  assert.ok(match, `no "${key} =~ /.../" in when clause ${JSON.stringify(when)}`);
  return new RegExp(match[1]);
}

async function documentOf(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(workspaceUri(inFolder(name)));
}

/** Puts every file of the folder back as it was, in its document and on disk (the run saves what it changes), and closes the editors. */
async function restoreFolder(originals: ReadonlyMap<string, string>): Promise<void> {
  for (const [name, original] of originals) {
    const document = await documentOf(name);
    if (document.getText() === original && !document.isDirty && (await readWorkspaceFile(inFolder(name))) === original) continue;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(edit), `restoring ${name}`);
    assert.ok(await document.save(), `saving ${name} restored`);
  }
  await revertAndCloseAll();
}

function runFolder(options?: { cancellation?: vscode.CancellationToken; afterFile?: (done: number, total: number, progress: vscode.CancellationToken) => void | Promise<void> }): Thenable<FolderRunSummary> {
  const folder = workspaceUri(FOLDER);
  // As the Explorer calls it: the clicked item, then the selection.
  return vscode.commands.executeCommand<FolderRunSummary>('docwright.generateFolder', folder, [folder], options);
}

describe('context menus and the folder run', () => {
  const originals = new Map<string, string>();

  before(async () => {
    await docwright(true);
    for (const name of [...DOCUMENTED, ...UNTOUCHED]) originals.set(name, await readWorkspaceFile(inFolder(name)));
    await configure({ 'files.exclude': { [inFolder('hidden_by_setting.py')]: true } });
  });
  after(async () => {
    await configure({ 'files.exclude': undefined, 'files.refactoring.autoSave': undefined });
  });
  afterEach(() => restoreFolder(originals));

  it('contributes Generate Docstring and for File to the editor context menu for supported languages, and the folder run to the Explorer', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { menus: Record<string, MenuItem[]>; commands: { command: string; title: string }[] } };
    const editorMenu = manifest.contributes.menus['editor/context'] ?? [];
    for (const command of ['docwright.generateDocstring', 'docwright.generateFile']) {
      const item = editorMenu.find((m) => m.command === command);
      assert.ok(item?.when, `${command} is in editor/context with a when clause`);
      assert.match(item.group ?? '', /^docwright@\d+$/, `${command} is in the Docwright group`);
      const languages = regexIn(item.when, 'editorLangId');
      for (const id of SUPPORTED) assert.ok(languages.test(id), `${command} shows for ${id}`);
      for (const id of ['plaintext', 'markdown', 'json', 'pythonx', 'typescript-injection']) assert.ok(!languages.test(id), `${command} does not show for ${id}`);
    }
    const explorer = (manifest.contributes.menus['explorer/context'] ?? []).find((m) => m.command === 'docwright.generateFolder');
    assert.ok(explorer?.when, 'docwright.generateFolder is in explorer/context with a when clause');
    assert.match(explorer.when, /explorerResourceIsFolder/);
    const extensions = regexIn(explorer.when, 'resourceExtname');
    for (const ext of ['.py', '.pyi', '.ts', '.tsx', '.js', '.jsx']) assert.ok(extensions.test(ext), `shows on ${ext} files`);
    for (const ext of ['.txt', '.json', '.pyc', '.md']) assert.ok(!extensions.test(ext), `does not show on ${ext} files`);
    assert.strictEqual(manifest.contributes.commands.find((c) => c.command === 'docwright.generateFolder')?.title, 'Generate Docstrings in Folder');

    const registered = await vscode.commands.getCommands(true);
    for (const command of ['docwright.generateDocstring', 'docwright.generateFile', 'docwright.generateFolder']) assert.ok(registered.includes(command), `${command} is registered`);
  });

  it('VS Code shows them: the Explorer\'s on a folder and a .py file but not a .txt file, the editor\'s in Python but not in plain text', async function () {
    if (!browserBridgeAvailable()) this.skip(); // desktop VS Code (test-electron): the manifest check above covers it
    const menu = '.context-view .monaco-menu';
    /** The context menu's text after a right-click on `target` (saved as a screenshot when `shot`), then closed. */
    const menuOf = async (target: string, shot?: string): Promise<string> => {
      await click(target, { button: 'right' });
      const text = await textOf(menu);
      if (shot) await screenshot(shot);
      await pressKeys('Escape');
      return text;
    };
    const row = (label: string) => `.explorer-folders-view .monaco-list-row[aria-label="${label}"]`;
    const editorText = '.editor-instance .monaco-editor .view-lines';

    await openInEditor(inFolder('notes.txt')); // reveals folder_run's files in the Explorer
    assert.match(await menuOf(row('folder_run'), 'explorer-context-menu'), /Generate Docstrings in Folder/);
    assert.match(await menuOf(row('a.py')), /Generate Docstrings in Folder/);
    assert.doesNotMatch(await menuOf(row('notes.txt')), /Generate Docstrings in Folder/);
    const plainText = await menuOf(editorText);
    assert.match(plainText, /Cut|Copy|Command Palette/, 'the editor context menu was read');
    assert.doesNotMatch(plainText, /Generate Docstring/);

    await openInEditor(inFolder('a.py'));
    const python = await menuOf(editorText, 'editor-context-menu');
    assert.match(python, /Generate Docstring at Cursor/);
    assert.match(python, /Generate Docstrings for File/);
  });

  it('documents every supported file below the folder; ignored, excluded and unparsable files stay as they are; an unsaved buffer is edited in place; one undo restores a file', async () => {
    // An open file with unsaved work: the run must edit the buffer and keep that work.
    const dirtyEditor = await openInEditor(inFolder('dirty.py'));
    const note = '# unsaved note\n';
    assert.ok(await dirtyEditor.edit((b) => b.insert(new vscode.Position(0, 0), note)));
    assert.ok(dirtyEditor.document.isDirty);

    const summary = await runFolder();
    assert.ok(summary, 'the command returns its summary');
    assert.strictEqual(summary.cancelled, false);
    assert.deepStrictEqual([...summary.changed].sort(), DOCUMENTED.map(inFolder).sort(), summary.message);
    assert.strictEqual(summary.found, 6, `found: ${summary.found} (${summary.message})`);
    assert.ok(summary.docstrings >= 7, `docstrings written: ${summary.docstrings}`);
    const broken = summary.skipped.find((s) => s.path === inFolder('broken.py'));
    assert.ok(broken, `broken.py is skipped: ${JSON.stringify(summary.skipped)}`);
    assert.match(broken.reason, /syntax error at line \d+/);
    assert.match(summary.message, /folder_run\/broken\.py \(syntax error at line/);
    assert.match(summary.message, /wrote \d+ docstrings in 5 of 6 files/);
    if (browserBridgeAvailable()) {
      await textMatching('.notifications-toasts', /5 of 6 files[\s\S]*broken\.py/, { timeoutMs: 15000 }); // the summary notification is shown
      await screenshot('folder-run-summary');
    }

    for (const name of UNTOUCHED) {
      const document = await documentOf(name);
      assert.ok(!document.isDirty, `${name} is not edited`);
      assert.strictEqual(document.getText(), originals.get(name), `${name} keeps its text`);
      assert.strictEqual(await readWorkspaceFile(inFolder(name)), originals.get(name), `${name} on disk is unchanged`);
    }

    const dirty = dirtyEditor.document;
    assert.ok(dirty.getText().startsWith(note), 'the unsaved note is still in the buffer');
    assert.match(dirty.getText(), /def twice\(x\):\n {4}"""/, 'dirty.py got its docstring in the buffer');
    assert.ok(dirty.isDirty, 'dirty.py is still unsaved');
    assert.strictEqual(await readWorkspaceFile(inFolder('dirty.py')), originals.get('dirty.py'), 'dirty.py on disk is not written');

    // files.refactoring.autoSave is on (VS Code's default): the changed files are saved, but not one that had unsaved changes.
    assert.strictEqual(summary.saved, 4);
    assert.deepStrictEqual(summary.unsaved, [inFolder('dirty.py')]);
    assert.match(summary.message, /\(4 saved; not saved, as it had unsaved changes: folder_run\/dirty\.py\)/);
    for (const name of ['a.py', 'b.ts', 'c.js', 'nested/d.py']) {
      const document = await documentOf(name);
      assert.ok(document.getText() !== originals.get(name) && /"""|\/\*\*/.test(document.getText()), `${name} got docstrings`);
      assert.ok(!document.isDirty, `${name} is saved`);
      assert.strictEqual(await readWorkspaceFile(inFolder(name)), document.getText(), `${name} on disk is what the document shows`);
    }

    // The folder run writes what the file run writes.
    const aDocument = await documentOf('a.py');
    const byFolderRun = aDocument.getText();

    // One undo in a.py restores it exactly, and leaves the other files' changes alone.
    await openInEditor(inFolder('a.py'));
    await vscode.commands.executeCommand('undo');
    await waitFor(() => aDocument.getText() !== byFolderRun, 'undo to change a.py', 5000).catch(() => undefined);
    assert.ok(aDocument.getText() === originals.get('a.py'), `one undo did not restore a.py exactly; ${firstDifference(aDocument.getText(), originals.get('a.py') ?? '')}`);
    assert.ok((await documentOf('b.ts')).getText() !== originals.get('b.ts'), "undo in a.py leaves b.ts's docstrings");

    await vscode.commands.executeCommand('docwright.generateFile');
    await waitFor(() => aDocument.getText() !== originals.get('a.py'), 'the file run to change a.py', 15000);
    assert.strictEqual(aDocument.getText(), byFolderRun, 'the folder run and the file run write the same text');
  });

  it('from the Command Palette (no Explorer selection) a folder picker asks which folder; Escape runs nothing', async function () {
    if (!browserBridgeAvailable()) this.skip(); // the picker is VS Code's open dialog, seen through the page
    const running = vscode.commands.executeCommand<FolderRunSummary | undefined>('docwright.generateFolder');
    const picker = '.quick-input-widget';
    await waitForSelector(picker);
    assert.match(await textOf(picker), /Docwright: document every Python, TypeScript and JavaScript file below a folder/);
    assert.match(await textOf(`${picker} .monaco-button`), /Generate Docstrings/);
    await screenshot('folder-run-picker');
    await pressKeys('Escape');
    assert.strictEqual(await running, undefined, 'no folder chosen, no run');
    for (const name of DOCUMENTED) assert.ok(!(await documentOf(name)).isDirty, `${name} is not touched`);
  });

  it('with files.refactoring.autoSave off, changed files stay unsaved (disk untouched) and the summary says so', async () => {
    await configure({ 'files.refactoring.autoSave': false });
    try {
      const summary = await runFolder();
      assert.strictEqual(summary.saved, 0);
      assert.strictEqual(summary.unsaved.length, 5, summary.message);
      assert.match(summary.message, /not saved: files\.refactoring\.autoSave is off/);
      const a = await documentOf('a.py');
      assert.ok(a.isDirty && a.getText() !== originals.get('a.py'), 'a.py is changed in its document, unsaved');
      assert.strictEqual(await readWorkspaceFile(inFolder('a.py')), originals.get('a.py'), 'a.py on disk is not written');
    } finally {
      await configure({ 'files.refactoring.autoSave': undefined });
    }
  });

  it('with AI configured, every file of the selection is described through the file run\'s path, and the run counts all files', async () => {
    const api = (await docwright(true)).exports as DocwrightApi;
    const fake = await FakeOpenAI.start();
    const aiKeys = [...Object.keys(FAKE_SERVER_AI_SETTINGS), 'docwright.ai.baseUrl'];
    try {
      await configure({ ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.baseUrl': fake.baseURL });
      await vscode.commands.executeCommand('docwright.clearAiCache');
      fake.fallback = ok(modelAnswer('Described by the model.', { values: 'The values.', factor: 'The factor.', table: 'The table.', key: 'The key.', default: 'The default.' }, 'The result.'));
      const file = workspaceUri(inFolder('a.py'));
      const nested = workspaceUri(inFolder('nested'));
      // An Explorer selection of a file and a folder.
      const summary = await vscode.commands.executeCommand<FolderRunSummary>('docwright.generateFolder', file, [file, nested]);
      assert.deepStrictEqual(summary.changed, [inFolder('a.py'), inFolder('nested/d.py')], summary.message);
      for (const name of ['a.py', 'nested/d.py']) assert.match((await documentOf(name)).getText(), /"""Described by the model\./, `${name} has the model's text`);
      assert.match((await documentOf('nested/d.py')).getText(), /key: The key\./);
      const run = api.lastAiRun();
      assert.ok(run, 'the run is summarised');
      assert.strictEqual(run.described, summary.docstrings, `every docstring of both files came from the model: ${JSON.stringify(run)}`);
      assert.ok(fake.requests.length >= summary.docstrings, 'the model was asked');
    } finally {
      await configure(Object.fromEntries(aiKeys.map((key) => [key, undefined])));
      await fake.close();
    }
  });

  it('cancelled after the first file: that file keeps its docstrings, the others are not touched, the summary says so', async () => {
    const source = new vscode.CancellationTokenSource();
    const seen: number[] = [];
    const summary = await runFolder({
      cancellation: source.token,
      afterFile: (done) => {
        seen.push(done);
        if (done === 1) source.cancel();
      },
    });
    source.dispose();
    assert.deepStrictEqual(seen, [1], 'no file is started after the cancellation');
    assert.strictEqual(summary.cancelled, true);
    assert.strictEqual(summary.processed, 1);
    assert.deepStrictEqual(summary.changed, [inFolder('a.py')]);
    assert.match(summary.message, /cancelled after 1 of 6 files; wrote \d+ docstrings in 1 file/);
    assert.ok((await documentOf('a.py')).getText() !== originals.get('a.py'), 'a.py keeps what was done');
    for (const name of ['b.ts', 'c.js', 'dirty.py', 'nested/d.py']) {
      const document = await documentOf(name);
      assert.strictEqual(document.getText(), originals.get(name), `${name} is not touched after the cancellation`);
      assert.ok(!document.isDirty, `${name} is not dirty`);
    }
  });

  it('the Cancel button of the progress notification ("n of N: path") stops the run between files', async function () {
    if (!browserBridgeAvailable()) this.skip(); // e.g. desktop VS Code (test-electron): the argument token above covers it
    await vscode.commands.executeCommand('notifications.clearAll');
    let progressText = '';
    const summary = await runFolder({
      afterFile: async (done, _total, progress) => {
        if (done !== 1) return;
        const toast = '.notifications-toasts .notification-list-item:has-text("Docwright: documenting folder")';
        // The toast renders the progress report a moment after it is made (slower on a busy machine).
        await waitFor(async () => /1 of 6: folder_run\/a\.py/.test((progressText = await textOf(toast).catch(() => progressText))), 'the progress toast to name a.py', 10000, 200).catch(() => undefined);
        await screenshot('folder-run-progress');
        await click(`${toast} .monaco-button:has-text("Cancel")`);
        await waitFor(() => progress.isCancellationRequested, "the notification's Cancel to reach the run's token", 10000);
      },
    });
    assert.match(progressText, /Docwright: documenting folder[\s\S]*1 of 6: folder_run\/a\.py/, `the progress names the file and its place (it read ${JSON.stringify(progressText)})`);
    assert.strictEqual(summary.cancelled, true);
    assert.deepStrictEqual(summary.changed, [inFolder('a.py')]);
    assert.strictEqual((await documentOf('b.ts')).getText(), originals.get('b.ts'), 'b.ts is not touched after the cancellation');
  });
});
