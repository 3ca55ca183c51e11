// Keys and code go only where the user sent them, in the real editor: a cloned repository's
// .vscode/settings.json that points docwright.ai.baseUrl at a server (here a local fake one) gets
// neither the user's OpenAI key nor, until the user allows it in a modal, any code. The modal is
// asked through the real workbench (the test host refuses to draw modal dialogs, and that refusal
// is the "no answer" case); to answer it, the test wraps vscode.window.showWarningMessage, which
// the extension shares with the tests when it runs from this repository (not in the .vsix run).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { FakeOpenAI, modelAnswer, ok } from '../../support/fakeOpenAI';
import { browserBridgeAvailable, pressKeys, textOf, typeText, waitForSelector } from '../browser';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, openInEditor, revertAndCloseAll, waitFor, waitForSettledChange } from '../helpers';

const KEY = 'sk-docwright-USERS-OWN-openai-key-5150';
const WORKSPACE = vscode.ConfigurationTarget.Workspace;
const USER = vscode.ConfigurationTarget.Global;
const QUESTION = /ask Docwright to send your code to/;
const RATE_SETTINGS = Object.fromEntries(Object.entries(FAKE_SERVER_AI_SETTINGS).filter(([key]) => key !== 'docwright.ai.provider'));

type Reply = 'pass-through' | 'Allow' | "Don't Allow" | 'dismiss';
interface Asked { message: string; modal: boolean; items: string[] }

type ShowWarning = (message: string, ...rest: unknown[]) => Thenable<unknown>;

/**
 * Whether the extension runs from this repository, so it shares the tests' `vscode` API object and
 * sees the wrapped showWarningMessage. The packaged .vsix run (npm run test:vsix) loads it from
 * elsewhere, with an API object of its own: the tests that answer the modal need the first.
 */
function extensionSharesTheTestsApi(): boolean {
  const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'docwright');
  return extension !== undefined && path.resolve(extension.extensionPath) === path.resolve(__dirname, '..', '..', '..', '..');
}

/** Answers Docwright's endpoint question as `reply` says, recording each one; any other message goes through. */
function answerEndpointQuestions(): { asked: Asked[]; reply: Reply; restore(): void } {
  const window = vscode.window as unknown as { showWarningMessage: ShowWarning };
  const original = window.showWarningMessage;
  const state = {
    asked: [] as Asked[],
    reply: 'pass-through' as Reply,
    restore: () => void (window.showWarningMessage = original),
  };
  window.showWarningMessage = function (message: string, ...rest: unknown[]) {
    if (!QUESTION.test(message)) return original.call(vscode.window, message, ...rest);
    const options = rest[0] as vscode.MessageOptions | undefined;
    const items = rest.slice(1) as vscode.MessageItem[];
    state.asked.push({ message, modal: options?.modal === true, items: items.map((item) => item.title) });
    if (state.reply === 'pass-through') return original.call(vscode.window, message, ...rest);
    return Promise.resolve(state.reply === 'dismiss' ? undefined : items.find((item) => item.title === state.reply));
  };
  return state;
}

/** Runs "Generate Docstrings for File" on `name` and returns its text once the run has settled. */
async function generateFile(name: string): Promise<string> {
  const editor = await openInEditor(name);
  const before = editor.document.getText();
  await vscode.commands.executeCommand('docwright.generateFile', editor.document.uri);
  const after = await waitForSettledChange(editor.document, before, 'the file run');
  await revertAndCloseAll();
  return after;
}

/** The Docwright output log of this VS Code, once it contains `needle`. */
async function logContaining(needle: string): Promise<string> {
  const logs = path.join(process.env.DOCWRIGHT_TEST_USER_DATA ?? '', 'logs');
  const find = (dir: string): string[] => !fs.existsSync(dir) ? [] : fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(path.join(dir, e.name)) : e.name === 'Docwright.log' ? [path.join(dir, e.name)] : []);
  return waitFor(() => find(logs).map((f) => fs.readFileSync(f, 'utf8')).find((text) => text.includes(needle)), `the Docwright log to contain ${JSON.stringify(needle)}`, 15000, 250);
}

const authHeaders = (fake: FakeOpenAI) => fake.requests.map((r) => `${r.method} ${r.path} authorization=${String(r.headers.authorization)}`).join('; ');

describe('AI endpoint consent: workspace settings cannot redirect a key or code', function () {
  this.timeout(90000);
  let fake: FakeOpenAI;
  let origin: string;
  let questions: ReturnType<typeof answerEndpointQuestions>;

  before(async function () {
    if (!browserBridgeAvailable()) this.skip(); // the key is typed into the real input box
    await docwright(true);
    fake = await FakeOpenAI.start();
    origin = new URL(fake.baseURL).origin;
    fake.fallback = ok(modelAnswer('Described by the workspace\'s server.'));
    await configure({ 'docwright.ai.baseUrl': undefined, 'docwright.ai.provider': undefined }, USER);
    await configure(RATE_SETTINGS);
    for (const provider of ['openai', 'compatible']) await vscode.commands.executeCommand('docwright.clearApiKey', provider);
    await vscode.commands.executeCommand('docwright.resetEndpointApprovals');
    await vscode.commands.executeCommand('docwright.clearAiCache');
    questions = answerEndpointQuestions();
  });

  afterEach(revertAndCloseAll);

  after(async () => {
    questions?.restore();
    if (!fake) return;
    await configure({ 'docwright.ai.baseUrl': undefined, 'docwright.ai.provider': undefined }, WORKSPACE);
    await configure({ 'docwright.ai.provider': undefined }, USER);
    await configure(Object.fromEntries(Object.keys(RATE_SETTINGS).map((key) => [key, undefined])));
    await vscode.commands.executeCommand('docwright.clearApiKey', 'openai');
    await vscode.commands.executeCommand('docwright.resetEndpointApprovals');
    await fake.close();
  });

  it('the OpenAI key the user set for api.openai.com is not sent to a docwright.ai.baseUrl from the workspace', async () => {
    await configure({ 'docwright.ai.provider': 'openai' }, USER);
    const typing = Promise.resolve(vscode.commands.executeCommand('docwright.setApiKey', 'openai'));
    await waitForSelector('.quick-input-widget input', { timeoutMs: 10000 });
    const prompt = (await textOf('.quick-input-widget')).replace(/\s+/g, ' ');
    await typeText(KEY);
    await pressKeys('Enter');
    await typing;

    await configure({ 'docwright.ai.baseUrl': fake.baseURL }, WORKSPACE);
    const after = await generateFile('ai_file.py');
    const report = await vscode.commands.executeCommand<{ ok: boolean; category?: string; message: string }>('docwright.testConnection');

    assert.strictEqual(fake.requests.length, 0, `the workspace's server got requests: ${authHeaders(fake)}`);
    assert.match(after, /"""_summary_/, 'template docstrings were written');
    assert.ok(!after.includes('Described by'), after);
    assert.match(prompt, /API key for OpenAI at https:\/\/api\.openai\.com/, `the Set API Key prompt names the origin: ${prompt}`);
    assert.strictEqual(report.ok, false);
    assert.strictEqual(report.category, 'endpoint');
    assert.match(report.message, new RegExp(`saved for https://api\\.openai\\.com, but this workspace's docwright\\.ai\\.baseUrl points at ${origin.replace(/\./g, '\\.')}, so the key is not sent`));
    assert.strictEqual(questions.asked.length, 0, 'nothing to ask: the key cannot go there anyway');

    await configure({ 'docwright.ai.provider': undefined }, USER);
    await vscode.commands.executeCommand('docwright.clearApiKey', 'openai');
  });

  it('a workspace docwright.ai.baseUrl is asked about once in a modal naming the origin; with no answer nothing is sent', async () => {
    // The packaged run cannot see the question through the wrapper: the workbench's log shows it there.
    const shared = extensionSharesTheTestsApi();
    await configure({ 'docwright.ai.provider': 'compatible', 'docwright.ai.baseUrl': fake.baseURL }, WORKSPACE);
    questions.reply = 'pass-through'; // to the real workbench, which refuses modal dialogs in tests: no answer
    const after = await generateFile('ai_file.py');

    assert.strictEqual(fake.requests.length, 0, `requests reached the workspace's server: ${authHeaders(fake)}`);
    assert.match(after, /"""_summary_/, 'template docstrings were written');
    const question = `This workspace's settings (docwright.ai.baseUrl) ask Docwright to send your code to ${origin}. Allow?`;
    if (shared) assert.deepStrictEqual(questions.asked, [{ message: question, modal: true, items: ['Allow', "Don't Allow"] }]);
    // The workbench itself received the modal with that text (and refused to draw it, as in every test run).
    assert.match(await logContaining(`AI endpoint ${origin} (docwright.ai.baseUrl): the question could not be shown`), /refused to show dialog in tests\. Contents: This workspace's settings \(docwright\.ai\.baseUrl\) ask Docwright to send your code to/);

    // Asked once: the next run and Test Connection do not ask again, and send nothing.
    await generateFile('ai_file.py');
    const report = await vscode.commands.executeCommand<{ ok: boolean; category?: string; message: string }>('docwright.testConnection');
    assert.strictEqual(report.category, 'endpoint');
    assert.match(report.message, /which you did not allow, so nothing was sent\. Run "Docwright: Reset AI Endpoint Approvals"/);
    if (shared) assert.strictEqual(questions.asked.length, 1);
    assert.strictEqual(fake.requests.length, 0, authHeaders(fake));
  });

  it('"Don\'t Allow" is remembered: templates, no request, no second question', async function () {
    if (!extensionSharesTheTestsApi()) this.skip(); // the answer is given through the shared API object
    await vscode.commands.executeCommand('docwright.resetEndpointApprovals');
    questions.reply = "Don't Allow";
    const asked = questions.asked.length;
    assert.match(await generateFile('ai_file.py'), /"""_summary_/);
    await generateFile('ai_file.py');
    assert.strictEqual(questions.asked.length, asked + 1, 'asked once');
    assert.strictEqual(fake.requests.length, 0, authHeaders(fake));
  });

  it('"Allow": the runs and Test Connection go to that server, and the answer is remembered', async function () {
    if (!extensionSharesTheTestsApi()) this.skip(); // the answer is given through the shared API object
    await vscode.commands.executeCommand('docwright.resetEndpointApprovals');
    questions.reply = 'Allow';
    const asked = questions.asked.length;
    const after = await generateFile('ai_file.py');
    assert.match(after, /"""Described by the workspace's server\./, after);
    const sent = fake.requests.length;
    assert.ok(sent > 0, 'the allowed server got the requests');
    assert.ok(fake.requests.every((r) => r.headers.authorization !== `Bearer ${KEY}`), 'no key of the user went there');

    questions.reply = "Don't Allow"; // would refuse, if it were asked again
    await vscode.commands.executeCommand('docwright.clearAiCache');
    fake.enqueue(ok('OK'));
    const report = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('docwright.testConnection');
    assert.strictEqual(report.ok, true, report.message);
    assert.match(await generateFile('ai_file.py'), /"""Described by the workspace's server\./);
    assert.ok(fake.requests.length > sent + 1, 'the second run asked the model too');
    assert.strictEqual(questions.asked.length, asked + 1, 'asked once');
  });

  it('Set API Key for an origin only the workspace chose asks the same question first: "Don\'t Allow" stores no key, "Allow" binds it there', async function () {
    if (!extensionSharesTheTestsApi()) this.skip(); // the answer is given through the shared API object
    await vscode.commands.executeCommand('docwright.resetEndpointApprovals');
    await configure({ 'docwright.ai.provider': 'openai', 'docwright.ai.baseUrl': fake.baseURL }, WORKSPACE);
    const sent = fake.requests.length;
    const asked = questions.asked.length;
    questions.reply = "Don't Allow";
    // Before the fix the input box opened at once (no question): close it so the test fails instead of hanging.
    let inputBoxOpened = false;
    const setting = Promise.resolve(vscode.commands.executeCommand('docwright.setApiKey', 'openai'));
    const closed = await Promise.race([setting.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    if (!closed) {
      inputBoxOpened = true;
      await pressKeys('Escape');
      await setting;
    }
    assert.strictEqual(inputBoxOpened, false, 'no input box before the question is answered');
    assert.strictEqual(questions.asked.length, asked + 1, 'the consent question was asked');
    assert.match(questions.asked[asked].message, new RegExp(`ask Docwright to send your code to ${origin.replace(/\./g, '\\.')}, and the API key for OpenAI`));
    assert.strictEqual(questions.asked[asked].modal, true);
    const report = await vscode.commands.executeCommand<{ ok: boolean; category?: string; message: string }>('docwright.testConnection');
    assert.strictEqual(report.category, 'auth', `no key was stored: ${report.message}`);

    questions.reply = 'Allow';
    const typing = Promise.resolve(vscode.commands.executeCommand('docwright.setApiKey', 'openai'));
    await waitForSelector('.quick-input-widget input', { timeoutMs: 10000 });
    const prompt = (await textOf('.quick-input-widget')).replace(/\s+/g, ' ');
    await typeText(`${KEY}-for-the-workspace-server`);
    await pressKeys('Enter');
    await typing;
    assert.match(prompt, new RegExp(`API key for OpenAI at ${origin.replace(/\./g, '\\.')}`), prompt);
    assert.strictEqual(questions.asked.length, asked + 2);
    await vscode.commands.executeCommand('docwright.clearAiCache'); // the earlier runs cached this file's answers
    const after = await generateFile('ai_file.py');
    assert.match(after, /"""Described by the workspace's server\./, after);
    assert.ok(fake.requests.length > sent, 'the allowed server got the requests');
    assert.ok(fake.requests.slice(sent).every((r) => r.headers.authorization === `Bearer ${KEY}-for-the-workspace-server`), authHeaders(fake));
    assert.strictEqual(questions.asked.length, asked + 2, 'the run asks nothing: the answer was remembered');

    await vscode.commands.executeCommand('docwright.clearApiKey', 'openai');
    await vscode.commands.executeCommand('docwright.resetEndpointApprovals');
  });
});
