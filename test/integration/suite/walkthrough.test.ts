// The getting-started walkthrough in the real editor: it is contributed and opens; each step's
// command does what the step says (the provider quick pick sets the setting and a local server's
// base URL, Set API Key offers the provider and sets it, Test Connection with no provider is
// information without a progress toast, the sample opens and gets its docstrings); each step shows
// complete after its command. A screenshot of it goes to test-results/screenshots/walkthrough.png.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { FakeOpenAI, ok } from '../../support/fakeOpenAI';
import { attributeOf, browserBridgeAvailable, click, pressKeys, screenshot, textOf, typeText, waitForSelector } from '../browser';
import { EXTENSION_ID, configure, docwright, revertAndCloseAll, waitFor, waitForSettledChange } from '../helpers';

const USER = vscode.ConfigurationTarget.Global;
const WORKSPACE = vscode.ConfigurationTarget.Workspace;
const WALKTHROUGH = `${EXTENSION_ID}#docwright.gettingStarted`;
const STEPS = ['chooseProvider', 'setApiKey', 'testConnection', 'trySample'];
const AI_KEYS = ['docwright.ai.provider', 'docwright.ai.baseUrl', 'docwright.ai.model'];
const KEY = 'sk-walkthrough-key-1357';

type Shown = { kind: 'info' | 'warning' | 'error'; message: string; progressOpen: number };

/** Whether the extension shares the tests' `vscode` API object (not so for the packaged .vsix run). */
function extensionSharesTheTestsApi(): boolean {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  return extension !== undefined && path.resolve(extension.extensionPath) === path.resolve(__dirname, '..', '..', '..', '..');
}

/**
 * Records every message the extension shows and every progress it opens (passing them through),
 * with how many progress toasts were still open when each message was shown.
 */
function recordMessages(): { shown: Shown[]; progressTitles: string[]; restore(): void } {
  type Fn = (...args: unknown[]) => unknown;
  const window = vscode.window as unknown as Record<string, Fn>;
  const originals = { info: window.showInformationMessage, warning: window.showWarningMessage, error: window.showErrorMessage, progress: window.withProgress };
  const state = { shown: [] as Shown[], progressTitles: [] as string[], open: 0 };
  const wrap = (kind: Shown['kind'], original: Fn): Fn => (message, ...rest) => {
    state.shown.push({ kind, message: String(message), progressOpen: state.open });
    return original.call(vscode.window, message, ...rest);
  };
  window.showInformationMessage = wrap('info', originals.info);
  window.showWarningMessage = wrap('warning', originals.warning);
  window.showErrorMessage = wrap('error', originals.error);
  window.withProgress = (options, task) => {
    state.progressTitles.push(String((options as vscode.ProgressOptions).title));
    state.open++;
    return Promise.resolve(originals.progress.call(vscode.window, options, task)).finally(() => state.open--);
  };
  return {
    shown: state.shown,
    progressTitles: state.progressTitles,
    restore() {
      window.showInformationMessage = originals.info;
      window.showWarningMessage = originals.warning;
      window.showErrorMessage = originals.error;
      window.withProgress = originals.progress;
    },
  };
}

/** The quick input's text once it matches `pattern` (a quick pick or an input box). */
async function quickInput(pattern: RegExp, what: string): Promise<string> {
  let seen = '';
  // :visible, as the workbench keeps a hidden widget of an earlier quick input in the page.
  await waitForSelector('.quick-input-widget:visible', { timeoutMs: 10000 });
  await waitFor(async () => {
    seen = (await textOf('.quick-input-widget:visible', { timeoutMs: 2000 }).catch((e: Error) => `${seen} [${e.message.slice(0, 300)}]`)).replace(/\s+/g, ' ');
    return pattern.test(seen);
  }, `${what} (the quick input read ${JSON.stringify(seen)})`, 10000, 200).catch(async (err: Error) => {
    const shot = await screenshot('walkthrough-quick-input-missing').catch(() => 'no screenshot');
    throw new Error(`${err.message} (${shot})`);
  });
  return seen;
}

/** Picks the quick pick item whose label starts with `label` by filtering on it. */
async function pick(label: string): Promise<void> {
  await typeText(label);
  await pressKeys('Enter');
}

/** Whether the walkthrough's step shows as complete (its check mark), read from the rendered page. */
async function stepComplete(step: string): Promise<boolean> {
  return (await stepChecked(step)) === 'true';
}

/** The step's check mark: VS Code marks it `complete` (aria-checked "true") when a completion event fires. */
function stepChecked(step: string): Promise<string | null> {
  return attributeOf(`[data-done-step-id$="#${step}"]`, 'aria-checked', { timeoutMs: 3000 }).catch(() => null);
}

async function openWalkthrough(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
  await waitForSelector('.gettingStartedContainer .getting-started-step', { timeoutMs: 15000 });
}

describe('walkthrough: choose a provider, set its key, test the connection, try a sample', function () {
  this.timeout(120000);
  let fake: FakeOpenAI;
  let messages: ReturnType<typeof recordMessages> | undefined;

  before(async function () {
    if (!browserBridgeAvailable()) this.skip(); // quick picks are answered through the runner's browser
    await docwright(true);
    fake = await FakeOpenAI.start();
    await configure(Object.fromEntries(AI_KEYS.map((key) => [key, undefined])), WORKSPACE);
    await configure(Object.fromEntries(AI_KEYS.map((key) => [key, undefined])), USER);
    if (extensionSharesTheTestsApi()) messages = recordMessages();
  });

  afterEach(async () => {
    await pressKeys('Escape').catch(() => undefined); // a quick input a failed test left open
  });

  after(async () => {
    messages?.restore();
    await revertAndCloseAll();
    await configure(Object.fromEntries(AI_KEYS.map((key) => [key, undefined])), USER);
    await vscode.commands.executeCommand('docwright.clearApiKey', 'compatible');
    await fake?.close();
  });

  it('is contributed (four steps, markdown media the package ships) and opens', async () => {
    const walkthroughs = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs as { id: string; steps: { id: string; media: { markdown?: string }; completionEvents: string[] }[] }[];
    const walkthrough = walkthroughs.find((w) => w.id === 'docwright.gettingStarted');
    assert.ok(walkthrough, 'the walkthrough is contributed');
    assert.deepStrictEqual(walkthrough.steps.map((s) => s.id), STEPS);
    for (const step of walkthrough.steps) assert.ok(step.completionEvents.length > 0 && step.media.markdown, `${step.id}: completion events and markdown media`);
    await openWalkthrough();
    const text = (await textOf('.gettingStartedContainer')).replace(/\s+/g, ' ');
    assert.match(text, /Get Started with Docwright/);
    assert.match(text, /Choose an AI provider.*Set its API key.*Test the connection.*Try it on a sample/);
    for (const step of STEPS) assert.strictEqual(await stepChecked(step), 'false', `${step} has an unchecked check mark before its command ran`);
  });

  it('"Test Connection" with no provider says how to choose one, as information, without a progress toast', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    const before = messages?.shown.length ?? 0;
    const report = await vscode.commands.executeCommand<{ ok: boolean; category?: string; message: string }>('docwright.testConnection');
    assert.strictEqual(report.ok, false);
    assert.strictEqual(report.category, 'none');
    const text = await notificationText(/no AI provider is chosen/);
    assert.match(text, /Choose AI Provider/, 'the message says how to choose one');
    assert.doesNotMatch(text, /testing the AI connection/, 'no progress toast');
    if (messages) {
      const shown = messages.shown.slice(before);
      assert.deepStrictEqual(shown.map((m) => m.kind), ['info'], JSON.stringify(shown));
      assert.ok(!messages.progressTitles.some((t) => /testing the AI connection/.test(t)), 'no progress was opened');
    }
  });

  it('"Choose AI Provider" offers the providers, sets docwright.ai.provider and a local server\'s base URL (Ollama\'s by default)', async () => {
    await revertAndCloseAll(); // the walkthrough's focused button would take the Enter's keyup (see the last test)
    const running = Promise.resolve(vscode.commands.executeCommand<string | undefined>('docwright.chooseAiProvider'));
    const list = await quickInput(/Choose AI Provider.*OpenAI.*Azure OpenAI.*Local or OpenAI-compatible server.*None/, 'the provider quick pick');
    assert.match(list, /Ollama/);
    await pick('Local');
    const prompt = await quickInput(/base URL of the OpenAI-compatible server/, 'the base URL input box');
    assert.match(prompt, /Ollama: http:\/\/localhost:11434\/v1/);
    await pressKeys('Enter'); // the prefilled default
    assert.strictEqual(await running, 'compatible');
    const config = vscode.workspace.getConfiguration();
    assert.strictEqual(config.inspect('docwright.ai.provider')?.globalValue, 'compatible', 'set in the user settings');
    assert.strictEqual(config.inspect('docwright.ai.baseUrl')?.globalValue, 'http://localhost:11434/v1');
    // Completed by onSettingChanged:docwright.ai.provider, whoever ran the command.
    await openWalkthrough();
    await waitFor(() => stepComplete('chooseProvider'), 'the "Choose an AI provider" step to show complete', 10000, 300);
    await revertAndCloseAll();
  });

  it('"Set API Key" with no provider offers the provider and the server\'s base URL, sets them, and binds the key to that server', async () => {
    await configure({ 'docwright.ai.provider': undefined, 'docwright.ai.baseUrl': undefined }, USER);
    await configure({ 'docwright.ai.model': 'gpt-test' }, USER);
    const running = Promise.resolve(vscode.commands.executeCommand('docwright.setApiKey'));
    await quickInput(/Set API Key.*OpenAI.*Azure OpenAI.*Local or OpenAI-compatible server/, 'the provider quick pick of Set API Key');
    assert.doesNotMatch(await textOf('.quick-input-widget:visible'), /templates only/, 'no "None" among the providers a key is for');
    await pick('Local');
    await quickInput(/base URL of the OpenAI-compatible server/, 'the base URL input box');
    await pressKeys('Control+a');
    await typeText(fake.baseURL);
    await pressKeys('Enter');
    const origin = new URL(fake.baseURL).origin;
    const keyPrompt = await quickInput(new RegExp(`API key for the OpenAI-compatible server at ${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'the key input box, naming the server');
    assert.match(keyPrompt, /Sent only to/);
    await typeText(KEY);
    await pressKeys('Enter');
    await running;
    const config = vscode.workspace.getConfiguration();
    assert.strictEqual(config.inspect('docwright.ai.provider')?.globalValue, 'compatible');
    assert.strictEqual(config.inspect('docwright.ai.baseUrl')?.globalValue, fake.baseURL);
  });

  it('"Test Connection" sends the key to that server only, closes its progress toast before the answer, completes its step', async () => {
    fake.enqueue(ok('OK'));
    const before = messages?.shown.length ?? 0;
    const report = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('docwright.testConnection');
    assert.strictEqual(report.ok, true, report.message);
    const auth = fake.requests.map((r) => String(r.headers.authorization));
    assert.ok(auth.length > 0 && auth.every((a) => a === `Bearer ${KEY}`), `the key went to the server it was set for: ${auth.join(', ')}`);
    if (messages) {
      const answer = messages.shown.slice(before).find((m) => /Connected to/.test(m.message));
      assert.ok(answer, 'the answer was shown');
      assert.strictEqual(answer.kind, 'info');
      assert.strictEqual(answer.progressOpen, 0, 'the progress toast was closed when the answer showed');
    }
  });

  it('"Open a Sample" opens an unsaved Python file, which the file command documents', async () => {
    await configure({ 'docwright.ai.provider': 'none' }, USER); // templates: no model answer needed
    await vscode.commands.executeCommand('docwright.openSample');
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'an editor is open');
    assert.strictEqual(doc.isUntitled, true, 'nothing is written to disk');
    assert.strictEqual(doc.languageId, 'python');
    const before = doc.getText();
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    const after = await waitForSettledChange(doc, before, 'the sample documented');
    assert.match(after, /def shipping_cost\([^\n]*\n {4}"""[^\n]*\n(.*\n)*? {4}Args:\n {8}weight_kg\b/);
    assert.match(after, /Raises:\n {8}ValueError/);
    await revertAndCloseAll();
  });

  it('each step completes when its command runs from the walkthrough or the command palette; screenshot', async () => {
    // A command an extension runs stays in the extension host: the walkthrough hears only what the
    // workbench runs (its buttons, the command palette), as when a person clicks.
    await configure({ 'docwright.ai.provider': 'compatible', 'docwright.ai.baseUrl': fake.baseURL }, USER);
    await openWalkthrough();
    await waitFor(() => stepComplete('chooseProvider'), 'the provider step to show complete (its setting changed)', 10000, 300);
    for (const step of ['setApiKey', 'testConnection', 'trySample']) assert.strictEqual(await stepChecked(step), 'false', `${step} is not complete yet`);

    await runStepButton('setApiKey', 'Set API Key');
    await quickInput(/API key for the OpenAI-compatible server/, 'the key input box');
    await pressKeys('Escape'); // nothing stored; the command ran
    await waitFor(() => stepComplete('setApiKey'), 'the "Set its API key" step to show complete', 10000, 300);

    fake.enqueue(ok('OK'));
    await runStepButton('testConnection', 'Test Connection');
    await notificationText(/Connected to/);
    await openWalkthrough();
    await waitFor(() => stepComplete('testConnection'), 'the "Test the connection" step to show complete', 10000, 300);

    await configure({ 'docwright.ai.provider': 'none' }, USER);
    await runStepButton('trySample', 'Open a Sample');
    const doc = await waitFor(() => { const d = vscode.window.activeTextEditor?.document; return d?.isUntitled ? d : undefined; }, 'the sample to open');
    const before = doc.getText();
    await pressKeys('F1');
    await typeText('Docwright: Generate Docstrings for File');
    await click('.quick-input-list .monaco-list-row[aria-label*="Generate Docstrings for File"]');
    await waitForSettledChange(doc, before, 'the sample documented from the command palette');
    await revertAndCloseAll();
    await openWalkthrough();
    await waitFor(async () => (await Promise.all(STEPS.map(stepComplete))).every(Boolean), 'every step to show complete', 10000, 300);
    await vscode.commands.executeCommand('notifications.clearAll');
    // The step's markdown is drawn in a webview of its own, a moment after the steps.
    await waitForSelector('table', { frame: 'webview', timeoutMs: 10000 }).catch(() => undefined);
    await screenshot('walkthrough');
  });
});

/** Expands the walkthrough's step and clicks its button labelled `label` (the walkthrough must be open). */
async function runStepButton(step: string, label: string): Promise<void> {
  await click(`button.getting-started-step[data-step-id$="#${step}"]`);
  await click(`.step-description-container[x-step-description-for$="#${step}"] .monaco-button:visible:has-text("${label}")`);
}

/** The notification center's text once a notification matches `pattern`. */
async function notificationText(pattern: RegExp): Promise<string> {
  let seen = '';
  try {
    await waitFor(async () => {
      await vscode.commands.executeCommand('notifications.showList');
      seen = (await textOf('.notifications-center', { timeoutMs: 2000 }).catch(() => seen)).replace(/\s+/g, ' ');
      return pattern.test(seen);
    }, `a notification matching ${pattern}`, 10000, 300);
    return seen;
  } catch (err) {
    throw new Error(`${(err as Error).message}; the notification center read: ${JSON.stringify(seen)}`);
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}
