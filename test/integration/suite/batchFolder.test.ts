// "Generate Docstrings in Folder" as a batch job, in the real editor against the local fake server
// (its Files and Batches API): the run's question answered "As a batch" sends one upload and one
// batch and nothing else; the status bar follows it (1 running, then "Batch ready" once the fake
// completes it); "Apply Finished Batch" writes each file once, as one undo step per file, reports a
// symbol edited meanwhile (and its module) as stale instead of writing it, and a second apply does nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { browserBridgeAvailable, click, pressKeys, screenshot, statusBarItemText, textOf, waitForSelector } from '../browser';
import { FakeOpenAI } from '../../support/fakeOpenAI';
import type { DocwrightApi } from '../../../src/extension';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, firstDifference, openInEditor, readWorkspaceFile, revertAndCloseAll, waitFor, workspaceUri } from '../helpers';

interface SubmitSummary {
  localId?: string;
  requests: number;
  symbols: number;
  files: number;
  cached: number;
  message: string;
}

interface ApplySummary {
  localId: string;
  changed: string[];
  resumed: number;
  notDone: string[];
  cancelled: boolean;
  docstrings: number;
  saved: number;
  unsaved: string[];
  stale: string[];
  failed: string[];
  message: string;
}

const FOLDER = 'batch_folder';
const FILES = ['a.py', 'b.py'];
const BAR = 'docwright.batches';
const SETTINGS = { ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.batch.enabled': true };

const inFolder = (name: string) => `${FOLDER}/${name}`;
const documentOf = (name: string) => vscode.workspace.openTextDocument(workspaceUri(inFolder(name)));

/** The status bar item's text as drawn, or undefined while it is hidden. */
async function barText(): Promise<string | undefined> {
  return statusBarItemText(BAR, { timeoutMs: 3000 }).catch(() => undefined);
}

describe('batch jobs from the folder run (fake Files and Batches API)', function () {
  this.timeout(120000);
  let fake: FakeOpenAI;
  let api: DocwrightApi;
  const originals = new Map<string, string>();

  before(async () => {
    api = (await docwright(true)).exports as DocwrightApi;
    for (const name of FILES) originals.set(name, await readWorkspaceFile(inFolder(name)));
    fake = await FakeOpenAI.start();
    // The test moves the batch along; a status read only reports it.
    fake.advanceOnRetrieve = false;
    await configure({ ...SETTINGS, 'docwright.ai.baseUrl': fake.baseURL });
  });

  // An applied batch fills the cache, and a symbol answered there is not sent again.
  beforeEach(() => vscode.commands.executeCommand('docwright.clearAiCache'));

  afterEach(async () => {
    for (const [name, original] of originals) {
      const document = await documentOf(name);
      if (document.getText() !== original || document.isDirty) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
        await vscode.workspace.applyEdit(edit);
        await document.save();
      }
    }
    await revertAndCloseAll();
  });

  after(async () => {
    await configure(Object.fromEntries([...Object.keys(SETTINGS), 'docwright.ai.baseUrl'].map((key) => [key, undefined])));
    await fake?.close();
  });

  it('"As a batch" sends one upload and one batch; the status bar follows it; apply writes each file once (one undo each), reports an edited symbol stale, and runs once', async () => {
    const bridge = browserBridgeAvailable();
    const folder = workspaceUri(FOLDER);
    const batchesBefore = api.metrics().today.batchRequests;

    // 1. The folder run asks "Now" or "As a batch"; the answer is given in the page when it can be.
    const running = vscode.commands.executeCommand<SubmitSummary>('docwright.generateFolder', folder, [folder], bridge ? {} : { how: 'batch' });
    if (bridge) {
      await waitForSelector('.quick-input-widget');
      const question = await textOf('.quick-input-widget');
      assert.match(question, /Now/);
      assert.match(question, /As a batch — about half the price, results within 24 hours/);
      await screenshot('batch-folder-question');
      await pressKeys(['ArrowDown', 'Enter']);
    }
    const submitted = await running;
    assert.ok(submitted?.localId, `a batch was submitted: ${JSON.stringify(submitted)}`);
    assert.match(submitted.localId, /^b-\d{8}-[0-9a-f]{6}$/);
    assert.match(submitted.message, new RegExp(`batch ${submitted.localId} submitted: ${submitted.requests} requests for ${submitted.symbols} symbols in 2 files`));
    assert.strictEqual(submitted.requests, 2, 'one grouped request per file (group size 5)');
    assert.strictEqual(submitted.symbols, 6, 'each file: the module and two functions');
    assert.strictEqual(fake.calls('files.create').length, 1, 'one upload');
    assert.strictEqual(fake.calls('batches.create').length, 1, 'one batch');
    assert.strictEqual(fake.calls('chat.completions').length, 0, 'no interactive request');
    const [batchId] = fake.batchIds();
    assert.strictEqual(fake.batch(batchId)?.metadata?.docwright_local_id, submitted.localId, 'the batch is tagged with the local id');
    for (const name of FILES) assert.strictEqual((await documentOf(name)).getText(), originals.get(name), `${name} is not written at submit time`);

    // 2. The status bar reads the saved state: one batch running.
    if (bridge) await waitFor(async () => (await barText()) === '$(cloud-upload) 1 batch', 'the status bar to show 1 running batch', 10000);

    // 3. The provider completes it; a click on the item asks the provider and lists the batch.
    while (fake.batch(batchId)?.status !== 'completed') assert.ok(await fake.advanceBatch(batchId));
    const retrieves = fake.calls('batches.retrieve').length;
    if (bridge) {
      await click(`.statusbar-item[id$=".${BAR}"]`);
      await waitFor(async () => (await textOf('.quick-input-widget').catch(() => '')).includes(submitted.localId!), 'the batch list to name the batch', 10000);
      assert.match(await textOf('.quick-input-widget'), /completed/);
      await screenshot('batch-folder-list');
      await pressKeys('Escape');
      await waitFor(async () => (await barText()) === '$(check) Batch ready', 'the status bar to say "Batch ready"', 10000);
    } else {
      // No page to click in: the command the item runs, its list dismissed by the test host.
      void vscode.commands.executeCommand('docwright.batchStatus');
      await waitFor(() => fake.calls('batches.retrieve').length > retrieves, 'the status to be read', 10000);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    assert.ok(fake.calls('batches.retrieve').length > retrieves, 'the click asked the provider');

    // 4. shout() is edited in b.py (unsaved) after the batch was sent: its answer is stale.
    const bEditor = await openInEditor(inFolder('b.py'));
    assert.ok(await bEditor.edit((e) => e.replace(new vscode.Range(new vscode.Position(5, 0), new vscode.Position(5, 100)), '    return text.upper() + "!"')));
    const bEdited = bEditor.document.getText();

    // 5. Apply.
    const contentReads = fake.calls('files.content').length;
    const applied = await vscode.commands.executeCommand<ApplySummary>('docwright.applyBatch');
    assert.ok(applied, 'the apply returns its summary');
    assert.deepStrictEqual([...applied.changed].sort(), FILES.map(inFolder), applied.message);
    // The module's source is the whole file: an edit anywhere in b.py makes its summary stale too.
    assert.deepStrictEqual(applied.stale, ['b.py:1: <module>: stale: changed since the batch was sent', 'b.py:5: shout: stale: changed since the batch was sent']);
    assert.deepStrictEqual(applied.failed, []);
    assert.strictEqual(applied.docstrings, 4, 'every symbol but the stale ones');
    assert.match(applied.message, /2 symbols changed since it was sent \(stale, not written\)/);
    assert.strictEqual(fake.calls('files.content').length, contentReads + 1, 'the output file is downloaded once');

    const a = await documentOf('a.py');
    const b = await documentOf('b.py');
    assert.match(a.getText(), /def add\(a, b\):\n {4}"""[^\n]*add/, 'a.py: add() got the model\'s docstring');
    assert.match(a.getText(), /a: The a value\./);
    assert.match(a.getText(), /def scale\(value, factor=2\):\n {4}"""/);
    assert.match(b.getText(), /def greet\(name\):\n {4}"""/, 'b.py: greet() got its docstring');
    assert.match(b.getText(), /def shout\(text\):\n {4}return text\.upper\(\) \+ "!"/, 'the edited shout() is not written');
    assert.ok(b.getText().includes('return text.upper() + "!"'), 'the unsaved edit is kept');
    // Saved as the folder run saves: a.py (clean before) is saved; b.py had unsaved changes, so it is not.
    assert.ok(!a.isDirty, 'a.py is saved');
    assert.strictEqual(await readWorkspaceFile(inFolder('a.py')), a.getText());
    assert.deepStrictEqual(applied.unsaved, [inFolder('b.py')]);
    assert.strictEqual(await readWorkspaceFile(inFolder('b.py')), originals.get('b.py'), 'b.py on disk is not written');
    assert.strictEqual(api.metrics().today.batchRequests - batchesBefore, 2, 'the batch counted in the metrics');
    if (bridge) await waitFor(async () => (await barText()) === undefined, 'the status bar item to hide once the batch is applied', 10000);

    // 6. One undo in a.py takes back exactly its docstrings, and leaves b.py's.
    const aApplied = a.getText();
    const bApplied = b.getText();
    await openInEditor(inFolder('a.py'));
    await vscode.commands.executeCommand('undo');
    await waitFor(() => a.getText() !== aApplied, 'undo to change a.py', 5000);
    assert.ok(a.getText() === originals.get('a.py'), `one undo restores a.py exactly; ${firstDifference(a.getText(), originals.get('a.py') ?? '')}`);
    assert.strictEqual(b.getText(), bApplied, 'b.py keeps its docstrings');
    assert.notStrictEqual(bApplied, bEdited, 'b.py was written by the apply');

    // 7. A second apply finds nothing to apply: no download, no edit, not counted again.
    const again = await vscode.commands.executeCommand<ApplySummary | undefined>('docwright.applyBatch', submitted.localId);
    assert.match(again?.message ?? '', /is applied already/);
    assert.strictEqual(a.getText(), originals.get('a.py'), 'a.py is not written again');
    assert.strictEqual(b.getText(), bApplied);
    assert.strictEqual(fake.calls('files.content').length, contentReads + 1);
    assert.strictEqual(api.metrics().today.batchRequests - batchesBefore, 2, 'counted once');
    assert.strictEqual(await vscode.commands.executeCommand('docwright.applyBatch'), undefined, 'without an id: no finished batch');
  });

  it('"Cancel Batch Job" stops it at the provider; once cancelled, the answered part is applied and the rest reported as not answered', async () => {
    const folder = workspaceUri(FOLDER);
    const submitted = await vscode.commands.executeCommand<SubmitSummary>('docwright.generateFolder', folder, [folder], { how: 'batch' });
    assert.ok(submitted?.localId, submitted?.message);
    const batchId = fake.batchIds().at(-1)!;
    const cancels = fake.calls('batches.cancel').length;
    const cancelled = await vscode.commands.executeCommand<{ remote?: { status?: string } }>('docwright.cancelBatch', submitted.localId);
    assert.strictEqual(cancelled?.remote?.status, 'cancelling');
    assert.strictEqual(fake.calls('batches.cancel').length, cancels + 1, 'one cancel request');
    await fake.advanceBatch(batchId);
    assert.strictEqual(fake.batch(batchId)?.status, 'cancelled');

    // Apply reads the new status first (the saved one says "cancelling"), then applies what was answered.
    const applied = await vscode.commands.executeCommand<ApplySummary & { expired: number }>('docwright.applyBatch');
    assert.ok(applied, 'applied');
    assert.deepStrictEqual(applied.changed, [inFolder('a.py')], applied.message);
    assert.strictEqual(applied.expired, 3, 'b.py: its request was not answered');
    assert.match(applied.message, /3 symbols not answered \(cancelled\)/);
    assert.strictEqual((await documentOf('b.py')).getText(), originals.get('b.py'), 'b.py is not touched');
  });

  it('an apply stopped after its first file goes on where it stopped: the file done is skipped, nothing is written twice, the batch is counted once', async () => {
    const folder = workspaceUri(FOLDER);
    const submitted = await vscode.commands.executeCommand<SubmitSummary>('docwright.generateFolder', folder, [folder], { how: 'batch' });
    assert.ok(submitted?.localId, submitted?.message);
    const batchId = fake.batchIds().at(-1)!;
    while (fake.batch(batchId)?.status !== 'completed') assert.ok(await fake.advanceBatch(batchId));
    const counted = api.metrics().today.batchRequests;

    const stop = new vscode.CancellationTokenSource();
    const first = await vscode.commands.executeCommand<ApplySummary>('docwright.applyBatch', submitted.localId, { cancellation: stop.token, afterFile: () => stop.cancel() });
    stop.dispose();
    assert.ok(first?.cancelled, first?.message);
    assert.deepStrictEqual(first.changed, [inFolder('a.py')]);
    assert.deepStrictEqual(first.notDone, ['b.py']);
    assert.match(first.message, /1 file not applied yet \(run "Apply Finished Batch" again\): b\.py/);
    assert.strictEqual(api.metrics().today.batchRequests, counted, 'not counted before every file is done');
    const a = await documentOf('a.py');
    const aOnce = a.getText();
    assert.notStrictEqual(aOnce, originals.get('a.py'));
    assert.strictEqual((await documentOf('b.py')).getText(), originals.get('b.py'), 'b.py is not touched yet');

    const second = await vscode.commands.executeCommand<ApplySummary>('docwright.applyBatch', submitted.localId);
    assert.strictEqual(second?.resumed, 1, second?.message);
    assert.deepStrictEqual(second.changed, [inFolder('b.py')]);
    assert.strictEqual(a.getText(), aOnce, 'a.py is not written twice');
    assert.match((await documentOf('b.py')).getText(), /def greet\(name\):\n {4}"""/);
    assert.strictEqual(api.metrics().today.batchRequests - counted, 2, 'counted once, when the last file is done');
  });

  it('a batch is followed only where it was sent: with the settings pointing at another server, nothing is asked of either', async () => {
    const folder = workspaceUri(FOLDER);
    const submitted = await vscode.commands.executeCommand<SubmitSummary>('docwright.generateFolder', folder, [folder], { how: 'batch' });
    assert.ok(submitted?.localId, submitted?.message);
    const other = await FakeOpenAI.start();
    const retrieves = fake.calls('batches.retrieve').length;
    try {
      await configure({ 'docwright.ai.baseUrl': other.baseURL });
      const applied = await vscode.commands.executeCommand<ApplySummary>('docwright.applyBatch', submitted.localId);
      assert.match(applied?.message ?? '', new RegExp(`batch ${submitted.localId} is not finished: validating`));
      assert.strictEqual(other.requests.length + other.calls('batches.retrieve').length + other.calls('files.content').length, 0, 'the other server is asked nothing');
      assert.strictEqual(fake.calls('batches.retrieve').length, retrieves, 'nor the one the batch was sent to, while the settings point elsewhere');
    } finally {
      await configure({ 'docwright.ai.baseUrl': fake.baseURL });
      await other.close();
    }
    // Back where it was sent: it can be cancelled there.
    const cancelled = await vscode.commands.executeCommand<{ remote?: { status?: string } }>('docwright.cancelBatch', submitted.localId);
    assert.strictEqual(cancelled?.remote?.status, 'cancelling');
  });

  it('contributes and registers the three batch commands, and the setting that turns batches on for a compatible server', async () => {
    const manifest = vscode.extensions.getExtension('docwright.docwright')?.packageJSON as { contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, { default: unknown }> } } };
    const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, c.title]));
    assert.strictEqual(titles['docwright.applyBatch'], 'Apply Finished Batch');
    assert.strictEqual(titles['docwright.batchStatus'], 'Show Batch Jobs');
    assert.strictEqual(titles['docwright.cancelBatch'], 'Cancel Batch Job');
    assert.strictEqual(manifest.contributes.configuration.properties['docwright.ai.batch.enabled']?.default, false);
    const registered = await vscode.commands.getCommands(true);
    for (const command of ['docwright.applyBatch', 'docwright.batchStatus', 'docwright.cancelBatch']) assert.ok(registered.includes(command), `${command} is registered`);
  });
});
