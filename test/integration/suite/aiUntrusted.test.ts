// Model text is data, in the real editor (issue 9): escape sequences, NUL and bidi overrides in an
// answer never reach the document, long fields are cut, and an answer far beyond any docstring is
// an invalid_response fallback with the template written.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { FakeOpenAI, ok } from '../../support/fakeOpenAI';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, openInEditor, revertAndCloseAll, waitForSettledChange } from '../helpers';
import type { DocwrightApi } from '../../../src/extension';

const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const answer = (over: Record<string, unknown>) =>
  JSON.stringify({ summary: 'Do the thing.', description: null, params: [], returns: null, yields: null, raises: [], example: null, ...over });

describe('AI answers are data (fake server with hostile answers)', function () {
  this.timeout(60000);
  let fake: FakeOpenAI;
  let api: DocwrightApi;

  before(async () => {
    api = (await docwright(true)).exports as DocwrightApi;
    fake = await FakeOpenAI.start();
    await configure({ ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.baseUrl': fake.baseURL });
  });

  beforeEach(() => vscode.commands.executeCommand('docwright.clearAiCache'));
  afterEach(revertAndCloseAll);

  after(async () => {
    await configure(Object.fromEntries([...Object.keys(FAKE_SERVER_AI_SETTINGS), 'docwright.ai.baseUrl'].map((key) => [key, undefined])));
    await fake?.close();
  });

  it('escape sequences, NUL and bidi overrides are removed; a long description is cut at a word boundary', async () => {
    fake.fallback = ok(answer({
      summary: '\u001b]0;owned\u0007\u001b[2JDo the\u0000 \u202ething.\u001b[0m',
      description: 'word '.repeat(3000),
      params: [{ name: 'a', description: 'The\u009b31m value.\u2066' }],
    }));
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    const after = await waitForSettledChange(doc, before, 'the file run with hostile answers');

    assert.doesNotMatch(after, FORBIDDEN);
    assert.match(after, /def one\(a\):\n {4}"""Do the thing\.\n/);
    assert.match(after, /a: The value\.\n/);
    const description = /\n\n {4}(word word .*)\n/.exec(after)?.[1] ?? '';
    assert.ok(description.length > 1000 && description.length <= 2000 && description.endsWith('word...'), `${description.length} characters`);
    assert.deepStrictEqual(api.lastAiRun()?.fallbacks, []);
  });

  it('an answer far beyond a docstring (200 KB): every symbol gets its template, counted as invalid_response', async () => {
    fake.fallback = ok(answer({ description: 'lorem ipsum '.repeat(200_000 / 12) }));
    const editor = await openInEditor('ai_file.py');
    const doc = editor.document;
    const before = doc.getText();
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    const after = await waitForSettledChange(doc, before, 'the file run with a huge answer');

    assert.strictEqual((after.match(/"""_summary_/g) ?? []).length, 7, after.slice(0, 2000));
    assert.ok(!after.includes('lorem'), 'nothing of the answer is written');
    assert.deepStrictEqual(api.lastAiRun()?.fallbacks, Array(7).fill('invalid_response'));
  });
});
