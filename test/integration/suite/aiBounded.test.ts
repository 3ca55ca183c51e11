// A bounded AI run in the real editor (issue 9): a server that never answers, or a run past
// docwright.ai.runDeadlineSeconds, stops the run's AI once; every symbol still gets its template
// docstring, with the run guard's reason (never "cancelled").
import * as assert from 'assert';
import * as vscode from 'vscode';
import { FakeOpenAI, hang } from '../../support/fakeOpenAI';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, openInEditor, revertAndCloseAll, waitForSettledChange } from '../helpers';
import type { DocwrightApi } from '../../../src/extension';

describe('A bounded AI run (fake server that never answers)', function () {
  this.timeout(60000);
  let fake: FakeOpenAI;
  let api: DocwrightApi;
  const settings = { ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.timeoutSeconds': 1 };

  before(async () => {
    api = (await docwright(true)).exports as DocwrightApi;
    fake = await FakeOpenAI.start();
    fake.fallback = hang();
    await configure({ ...settings, 'docwright.ai.baseUrl': fake.baseURL });
    await vscode.commands.executeCommand('docwright.clearAiCache');
  });

  afterEach(revertAndCloseAll);

  after(async () => {
    await configure(Object.fromEntries([...Object.keys(settings), 'docwright.ai.baseUrl', 'docwright.ai.runDeadlineSeconds'].map((key) => [key, undefined])));
    await fake?.close();
  });

  it('a file run costs about one attempt timeout, not one per symbol: templates for all 7 symbols, reason "timeout"', async () => {
    const sent = fake.requests.length;
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    // From the first request to the end of the command: what the server cost (loading the AI
    // modules on first use is left out).
    const took = Date.now() - fake.requests[sent].at;
    const after = await waitForSettledChange(doc, before, 'the file run against a dead server');

    assert.strictEqual((after.match(/"""_summary_/g) ?? []).length, 7, after);
    // Without the guard: 7 symbols x 3 attempts x 1 s at concurrency 4, about 6 s.
    assert.ok(took < 3000, `the run took ${took} ms after its first request`);
    assert.ok(fake.requests.length - sent <= 5, `${fake.requests.length - sent} requests`);
    assert.deepStrictEqual(api.lastAiRun()?.fallbacks, Array(7).fill('timeout'));
  });

  it('docwright.ai.runDeadlineSeconds ends the run\'s AI when it passes, long before the attempt timeout', async () => {
    await configure({ 'docwright.ai.timeoutSeconds': 30, 'docwright.ai.runDeadlineSeconds': 1 });
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    const started = Date.now();
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    const after = await waitForSettledChange(doc, before, 'the file run past its deadline');
    const took = Date.now() - started;

    assert.strictEqual((after.match(/"""_summary_/g) ?? []).length, 7, after);
    assert.ok(took < 5000, `the run took ${took} ms`);
    assert.deepStrictEqual(api.lastAiRun()?.fallbacks, Array(7).fill('timeout'));
  });
});
