// AI descriptions in the real editor, against a local OpenAI-compatible fake server (started here,
// inside the extension host, on 127.0.0.1): the lightbulb writes the model's text, a failing server
// still gives template docstrings, a file run describes every symbol with requests in parallel, and
// a settings change reaches the shared model client without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { FakeOpenAI, answerGroup, answerSingle, answering, delay, modelAnswer, ok, status } from '../../support/fakeOpenAI';
import { isGroupedPrompt } from '../../support/groupAnswers';
import { FAKE_SERVER_AI_SETTINGS, applyCodeAction, codeActionsAt, configure, docwright, openInEditor, positionOf, revertAndCloseAll, waitFor, waitForSettledChange } from '../helpers';
import type { DocwrightApi } from '../../../src/extension';


/** The user text of every chat request the server saw. */
function userPrompts(fake: FakeOpenAI): string[] {
  return fake.requests.map((r) => {
    const messages = (r.body as { messages?: { role: string; content: string }[] }).messages ?? [];
    return messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
  });
}

describe('AI descriptions (OpenAI-compatible fake server)', function () {
  this.timeout(60000);
  let fake: FakeOpenAI;
  let api: DocwrightApi;

  before(async () => {
    api = (await docwright(true)).exports as DocwrightApi;
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    fake = await FakeOpenAI.start();
    await configure({ ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.baseUrl': fake.baseURL });
    await vscode.commands.executeCommand('docwright.clearAiCache');
  });

  afterEach(revertAndCloseAll);

  after(async () => {
    await configure(Object.fromEntries([...Object.keys(FAKE_SERVER_AI_SETTINGS), 'docwright.ai.baseUrl'].map((key) => [key, undefined])));
    await fake?.close();
  });

  it('the lightbulb "Generate docstring" writes the model\'s descriptions, sending only that symbol', async () => {
    fake.fallback = ok(modelAnswer('Add two numbers, as the AI says.', { a: 'The first addend.', b: 'The second addend.' }, 'The sum of both.'));
    const sent = fake.requests.length;
    const editor = await openInEditor('ai_sample.py');
    const doc = editor.document;
    const before = doc.getText();
    const pos = positionOf(doc, 'def add(', 4);
    const actions = await codeActionsAt(doc.uri, pos, 'Generate docstring');
    await applyCodeAction(actions.find((a) => a.title === 'Generate docstring')!);
    const after = await waitForSettledChange(doc, before, 'the AI lightbulb');

    assert.match(after, /def add\(a, b\):\n    """Add two numbers, as the AI says\.\n/);
    assert.match(after, /a: The first addend\./);
    assert.match(after, /b: The second addend\./);
    assert.match(after, /Returns:\n\s+The sum of both\./);
    assert.ok(!after.includes('_summary_'), 'no placeholder is left');
    assert.strictEqual(fake.requests.length, sent + 1, 'one request for one symbol');
    const request = fake.requests[sent];
    assert.strictEqual((request.body as { model?: string }).model, 'gpt-test');
    const prompt = userPrompts(fake)[sent];
    assert.ok(prompt.includes('return a + b'), 'the symbol\'s source is sent');
    assert.ok(!prompt.includes('secret_of_the_file') && !prompt.includes('def scale'), 'no other symbol\'s source is sent');
    assert.deepStrictEqual(api.lastAiRun(), { model: 'gpt-test', described: 1, cached: 0, fallbacks: [], incomplete: [] });
  });

  it('a server that rejects the key (401): the symbol still gets its template docstring, the run reports "auth"', async () => {
    fake.fallback = status(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
    const editor = await openInEditor('ai_sample.py');
    const doc = editor.document;
    const before = doc.getText();
    const pos = positionOf(doc, 'def scale(', 4);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('docwright.generateDocstring');
    const after = await waitForSettledChange(doc, before, 'the template fallback');

    assert.match(after, /def scale\(value, factor=2\):\n    """_summary_\n/);
    assert.match(after, /factor \(int, optional\): _description_/);
    assert.deepStrictEqual(api.lastAiRun()?.fallbacks, ['auth']);
  });

  it('a file run describes every symbol, grouped, with requests in parallel, and a new base URL applies without a reload', async () => {
    // A second server: the shared client must be rebuilt for the changed setting.
    const second = await FakeOpenAI.start();
    try {
      // Every name of ai_file.py described, 5 symbols per request (docwright.ai.groupSize's default).
      const summary = () => 'Described by the second server.';
      second.fallback = answering((body) => delay(400, ok(isGroupedPrompt(body) ? answerGroup(body, { summary }) : answerSingle(body, { summary }))));
      await configure({ 'docwright.ai.baseUrl': second.baseURL });
      const firstSeen = fake.requests.length;
      const editor = await openInEditor('ai_file.py');
      const doc = editor.document;
      const before = doc.getText();
      await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
      const after = await waitForSettledChange(doc, before, 'the AI file run');

      // The module and the six functions.
      const described = after.match(/"""Described by the second server\./g) ?? [];
      assert.strictEqual(described.length, 7, `every symbol is described:\n${after}`);
      assert.strictEqual(second.requests.length, 2, 'the module and six functions in two requests (5 + 2)');
      assert.strictEqual(fake.requests.length, firstSeen, 'the old server gets nothing after the setting changed');
      assert.ok(second.maxInFlight > 1, `requests ran in parallel (max in flight ${second.maxInFlight})`);
      assert.ok(second.maxInFlight <= 4, `at most docwright.ai.maxConcurrency in flight (${second.maxInFlight})`);
      assert.deepStrictEqual(api.lastAiRun(), { model: 'gpt-test', described: 7, cached: 0, fallbacks: [], incomplete: [] });
    } finally {
      await configure({ 'docwright.ai.baseUrl': fake.baseURL });
      await second.close();
    }
  });

  it('docwright.ai.language reaches the prompt; a name the model leaves out is asked for once more, then named; Regenerate asks the model again', async () => {
    await configure({ 'docwright.ai.language': 'French' });
    try {
      fake.fallback = ok(modelAnswer('Ajoute deux nombres.', { a: 'Le premier.' }, 'La somme.'));
      const sent = fake.requests.length;
      const editor = await openInEditor('ai_sample.py');
      const doc = editor.document;
      const before = doc.getText();
      const actions = await codeActionsAt(doc.uri, positionOf(doc, 'def add(', 4), 'Generate docstring');
      await applyCodeAction(actions.find((a) => a.title === 'Generate docstring')!);
      const after = await waitForSettledChange(doc, before, 'the French answer');
      assert.match(after, /def add\(a, b\):\n    """Ajoute deux nombres\.\n/);
      assert.match(after, /b: _description_/, 'what the model never described keeps its placeholder');
      assert.strictEqual(fake.requests.length, sent + 2, 'the answer, and one follow-up for b');
      assert.match(userPrompts(fake)[sent], /every description in French; keep names, types and code exactly as they are/);
      assert.match(userPrompts(fake)[sent + 1], /left these without a description: param b\./);
      assert.deepStrictEqual(api.lastAiRun()?.incomplete, ['add']);

      // Regenerate fills what is left (a person's or an earlier answer's text stays); its complete
      // answer is cached, yet undone and regenerated, the model is asked again.
      fake.fallback = ok(modelAnswer('Additionne a et b.', { a: 'Le premier.', b: 'Le second.' }, 'La somme.'));
      const regenerate = async (label: string) => {
        const current = doc.getText();
        const found = await codeActionsAt(doc.uri, positionOf(doc, 'def add(', 4), 'Regenerate docstring');
        await applyCodeAction(found.find((a) => a.title === 'Regenerate docstring')!);
        return waitForSettledChange(doc, current, label);
      };
      const regenerated = await regenerate('the first regeneration');
      assert.match(regenerated, /"""Ajoute deux nombres\.\n[^]*b: Le second\./);
      await vscode.commands.executeCommand('undo');
      await waitFor(async () => doc.getText() === after, 'the undo');
      const asked = fake.requests.length;
      fake.fallback = ok(modelAnswer('Additionne a et b.', { a: 'Le premier.', b: 'Le deuxième.' }, 'La somme.'));
      assert.match(await regenerate('the second regeneration'), /b: Le deuxième\./, 'not the cached answer');
      assert.strictEqual(fake.requests.length, asked + 1);
    } finally {
      await configure({ 'docwright.ai.language': undefined });
    }
  });

  it('the same symbol again comes from the cache, without a request', async () => {
    fake.fallback = ok(modelAnswer('A different answer that must not be used.'));
    const sent = fake.requests.length;
    const editor = await openInEditor('ai_sample.py');
    const doc = editor.document;
    const before = doc.getText();
    const pos = positionOf(doc, 'def add(', 4);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('docwright.generateDocstring');
    const after = await waitForSettledChange(doc, before, 'the cached answer');
    assert.match(after, /"""Add two numbers, as the AI says\./);
    assert.strictEqual(fake.requests.length, sent, 'no request');
    assert.deepStrictEqual(api.lastAiRun(), { model: 'gpt-test', described: 0, cached: 1, fallbacks: [], incomplete: [] });
  });

  it('closing the document stops a file run promptly, even while the model is still answering', async () => {
    await vscode.commands.executeCommand('docwright.clearAiCache');
    fake.fallback = delay(15000, ok(modelAnswer('Too late.')));
    const editor = await openInEditor('ai_file.py');
    const original = editor.document.getText();
    const run = Promise.resolve(vscode.commands.executeCommand('docwright.generateFile'));
    await new Promise((r) => setTimeout(r, 1500)); // the run is waiting for the model
    const closedAt = Date.now();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await run;
    const took = Date.now() - closedAt;
    assert.ok(took < 3000, `the run ended ${took} ms after the document closed`);
    const reopened = await vscode.workspace.openTextDocument(editor.document.uri);
    assert.strictEqual(reopened.getText(), original, 'nothing was written');
  });
});
