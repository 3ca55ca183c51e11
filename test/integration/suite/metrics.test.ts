// What AI costs and does, in the real editor: a file run against the local fake server, then the
// status bar and the metrics view show the tokens the server reported (read from the rendered DOM
// through the browser bridge), screenshots of the view in light and dark, exports, a reset that
// asks first, the spinner while requests run, Test Connection, a bad setting that keeps the last good
// value, budgets (warning colour, hard stop), and an API key that appears nowhere but the request.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { formatMs, formatTokens, formatUsd } from '../../../src/core/metrics/format';
import { labelWidth, overlaps, type LabelBox } from '../../../src/core/metrics/markerLabels';
import type { MetricsSnapshot } from '../../../src/core/metrics/types';
import { FakeOpenAI, delay, modelAnswer, ok, status } from '../../support/fakeOpenAI';
import { attributeOf, browserBridgeAvailable, browserStorage, hover, pressKeys, screenshot, setViewport, statusBarItemText, textOf, typeText, waitForSelector } from '../browser';
import { FAKE_SERVER_AI_SETTINGS, configure, docwright, openInEditor, positionOf, revertAndCloseAll, waitFor, waitForSettledChange, workspaceUri } from '../helpers';
import type { DocwrightApi } from '../../../src/extension';

const KEY = 'sk-docwright-RECOGNISABLE-key-4242';
const STATUS_ITEM = 'docwright.usage';
const PROMPT = 1234;
const COMPLETION = 567;
const PRICE = { inputPerMTok: 10, outputPerMTok: 30 };
const MARKER = 'CODE-SENT-7f3a9c';

/** User settings only (a workspace cannot lift a spending limit). */
const USER_KEYS = ['docwright.budget.dailyTokens', 'docwright.budget.dailyCostUsd', 'docwright.budget.warnAtPercent', 'docwright.budget.hardStop', 'docwright.ai.prices'];

/** Every file under `dir` (skipping huge ones), for a byte search. */
function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of ifPresent(() => fs.readdirSync(dir, { withFileTypes: true })) ?? []) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, out);
    else if (entry.isFile() && (ifPresent(() => fs.statSync(full).size) ?? Infinity) < 64 * 1024 * 1024) out.push(full);
  }
  return out;
}

/** `read()`'s result, or undefined when the file went away meanwhile: VS Code deletes backups and state files while a test scans. */
function ifPresent<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const chatRequests = (fake: FakeOpenAI) => fake.requests.filter((r) => r.path.endsWith('/chat/completions'));
const tokensOf = (s: MetricsSnapshot) => s.today.promptTokens + s.today.completionTokens;

describe('metrics: status bar, metrics view, logs, budgets, connection check', function () {
  this.timeout(90000);
  let fake: FakeOpenAI;
  let api: DocwrightApi;

  before(async function () {
    if (!browserBridgeAvailable()) this.skip(); // the rendered UI is read through the runner's browser
    api = (await docwright(true)).exports as DocwrightApi;
    fake = await FakeOpenAI.start();
    await configure({ ...FAKE_SERVER_AI_SETTINGS, 'docwright.ai.baseUrl': fake.baseURL });
    await configure({ ...Object.fromEntries(USER_KEYS.map((key) => [key, undefined])), 'docwright.ai.prices': { 'gpt-test': PRICE } }, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('docwright.clearAiCache');
  });

  afterEach(revertAndCloseAll);

  after(async () => {
    if (!fake) return;
    await configure(Object.fromEntries([...Object.keys(FAKE_SERVER_AI_SETTINGS), 'docwright.ai.baseUrl'].map((key) => [key, undefined])));
    await configure(Object.fromEntries([...USER_KEYS, 'workbench.colorTheme'].map((key) => [key, undefined])), vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('docwright.clearApiKey', 'compatible');
    await fake.close();
  });

  it('"Reset Metrics…" asks first and deletes nothing without a yes (the test host refuses modal dialogs)', async () => {
    const before = api.metrics();
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('docwright.resetMetrics')), /refused to show dialog.*Reset all Docwright metrics\?/s, 'the question was asked');
    const after = api.metrics();
    assert.strictEqual(after.session.requests, before.session.requests);
    assert.strictEqual(tokensOf(after), tokensOf(before));
  });

  it('"Set API Key" stores the key from the input box; a file run shows the tokens the server reported in the status bar', async () => {
    const typing = Promise.resolve(vscode.commands.executeCommand('docwright.setApiKey', 'compatible'));
    await waitForSelector('.quick-input-widget input', { timeoutMs: 10000 });
    await typeText(KEY);
    await pressKeys('Enter');
    await typing;

    fake.fallback = ok(modelAnswer('Described for the metrics test.'), { prompt_tokens: PROMPT, completion_tokens: COMPLETION });
    const start = api.metrics().today; // earlier suites may have spent tokens today
    const editor = await openInEditor('metrics_sample.py');
    const before = editor.document.getText();
    await vscode.commands.executeCommand('docwright.generateFile', editor.document.uri);
    await waitForSettledChange(editor.document, before, 'the AI file run');

    const requests = chatRequests(fake);
    assert.ok(requests.length >= 3, `a request per function (${requests.length})`);
    assert.ok(requests.every((r) => r.headers.authorization === `Bearer ${KEY}`), 'the key typed into the input box was sent');
    const prompt = requests.length * PROMPT;
    const completion = requests.length * COMPLETION;
    const cost = (prompt * PRICE.inputPerMTok + completion * PRICE.outputPerMTok) / 1e6;
    const snapshot = api.metrics();
    assert.strictEqual(snapshot.today.promptTokens - start.promptTokens, prompt);
    assert.strictEqual(snapshot.today.completionTokens - start.completionTokens, completion);
    assert.strictEqual(snapshot.today.requests - start.requests, requests.length);
    assert.ok(Math.abs(snapshot.today.costUsd - start.costUsd - cost) < 1e-9, `cost ${snapshot.today.costUsd - start.costUsd} vs ${cost}`);
    const expected = `$(book) ${formatTokens(tokensOf(snapshot))} · ${formatUsd(snapshot.today.costUsd)}`;
    await waitFor(async () => (await statusBarItemText(STATUS_ITEM)) === expected, `the status bar to read ${JSON.stringify(expected)}`, 5000);

    // Its tooltip has the breakdown.
    await hover(`.statusbar-item[id$=".${STATUS_ITEM}"]`);
    const tooltip = await waitFor(async () => {
      const text = await textOf('.workbench-hover', { timeoutMs: 2000 }).catch(() => '');
      return text.includes('Docwright AI today') ? text.replace(/\s+/g, ' ') : undefined;
    }, 'the status bar tooltip', 8000, 300);
    assert.ok(tooltip.includes(`${snapshot.today.promptTokens.toLocaleString('en-US')} prompt`), tooltip);
    assert.ok(tooltip.includes(`${snapshot.today.completionTokens.toLocaleString('en-US')} completion`), tooltip);
    assert.ok(tooltip.includes(`${snapshot.today.requests} (`), tooltip);
    await pressKeys('Escape');
  });

  it('the log has one line per request with its correlation id, tokens and outcome; the key and the code sent appear nowhere', async () => {
    const ids = [...new Set(chatRequests(fake).map((r) => String(r.headers['x-client-request-id'])))];
    assert.ok(ids.length >= 3 && ids.every((id) => /^dw-[0-9a-f]{12}$/.test(id)), `correlation ids sent: ${ids.join(', ')}`);
    const userData = process.env.DOCWRIGHT_TEST_USER_DATA!;
    const logFile = await waitFor(() => {
      const log = filesUnder(path.join(userData, 'logs')).find((f) => /Docwright\.log$/.test(f));
      return log && ids.every((id) => fs.readFileSync(log, 'utf8').includes(`[${id}]`)) ? log : undefined;
    }, 'the Docwright log to have a line for every request id', 15000);
    const log = fs.readFileSync(logFile, 'utf8');
    for (const id of ids) assert.match(log, new RegExp(`\\[${id}\\] compatible gpt-test attempt 1: ok \\(HTTP 200\\) in \\d[\\d,]* ms.*; ${formatCount(PROMPT)} prompt \\+ ${formatCount(COMPLETION)} completion tokens`));
    assert.ok(!log.includes(MARKER), 'the code sent is not logged');

    // The key: not in any log, setting, state database or cache file of this VS Code, nor in the workspace.
    const scanned = [...filesUnder(userData), ...filesUnder(vscode.workspace.workspaceFolders![0].uri.fsPath)];
    const needle = Buffer.from(KEY);
    const holding = scanned.filter((file) => ifPresent(() => fs.readFileSync(file))?.includes(needle));
    assert.deepStrictEqual(holding.map((f) => path.relative(userData, f)), [], 'files that contain the API key');
    assert.ok(scanned.some((f) => f.includes(path.join('docwright.docwright', 'ai-cache'))), 'the AI cache files were among those scanned');
    assert.ok(scanned.some((f) => f.endsWith('settings.json')), 'the settings were among those scanned');
    // VS Code for the web keeps global and workspace state (Mementos) in the browser. Docwright's
    // saved daily metrics appear there within seconds: proof that the scan reads the right place.
    const storage = await waitFor(async () => {
      const dump = await browserStorage();
      return Object.values(dump).some((text) => text.includes('docwright.metrics.daily')) ? dump : undefined;
    }, 'the saved metrics in the browser storage', 15000, 1000);
    const places = Object.entries(storage).filter(([, text]) => text.includes(KEY)).map(([place]) => place);
    assert.deepStrictEqual(places, [], 'browser storage that contains the API key');
  });

  it('"Show Metrics" opens the view with the same numbers; screenshots in light and dark themes', async () => {
    const snapshot = api.metrics();
    await vscode.commands.executeCommand('docwright.showMetrics');
    await waitForSelector('[data-docwright-metrics][data-rendered-at]', { frame: 'webview', timeoutMs: 20000 });
    assert.strictEqual((await textOf('[data-metric="today-tokens"]', { frame: 'webview' })).trim(), formatTokens(tokensOf(snapshot)));
    assert.strictEqual((await textOf('[data-metric="today-prompt-tokens"]', { frame: 'webview' })).trim(), snapshot.today.promptTokens.toLocaleString('en-US'));
    assert.strictEqual((await textOf('[data-metric="today-completion-tokens"]', { frame: 'webview' })).trim(), snapshot.today.completionTokens.toLocaleString('en-US'));
    assert.strictEqual((await textOf('[data-metric="today-cost"]', { frame: 'webview' })).trim(), formatUsd(snapshot.today.costUsd));
    assert.strictEqual((await textOf('[data-metric="today-requests"]', { frame: 'webview' })).trim(), snapshot.today.requests.toLocaleString('en-US'));

    // The page's own policy: nothing by default, its script by nonce only, no inline code, no network.
    // (The webview's outer frame, VS Code's own, has a policy too: ours is the one with a nonce.)
    const csp = (await attributeOf('meta[http-equiv="Content-Security-Policy"][content*="nonce-"]', 'content', { frame: 'webview' })) ?? '';
    assert.match(csp, /(^|;)\s*default-src 'none'\s*(;|$)/, csp);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]{16,}'\s*(;|$)/, csp);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes/, csp);
    assert.doesNotMatch(csp, /connect-src/, 'no connect-src: the page cannot fetch');

    // A tall window without the side bar and toasts, so the whole view fits in the screenshots.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    await setViewport(1280, 1650);
    try {
      for (const [theme, kind] of [['Default Light Modern', 'light'], ['Default Dark Modern', 'dark']]) {
        await configure({ 'workbench.colorTheme': theme }, vscode.ConfigurationTarget.Global);
        await waitForSelector(`body.vscode-${kind} [data-docwright-metrics][data-rendered-at]`, { frame: 'webview', timeoutMs: 15000 });
        await new Promise((r) => setTimeout(r, 800)); // let the theme's colours and the layout settle
        const file = await screenshot(`metrics-${kind}`, { frame: 'webview' });
        assert.ok(fs.readFileSync(file).subarray(1, 4).toString() === 'PNG', `${file} is a PNG`);
        await screenshot(`metrics-${kind}-window`);
      }
    } finally {
      await setViewport(1400, 900);
    }
  });

  it('the open view updates live while a run beside it spends tokens', async () => {
    await vscode.commands.executeCommand('docwright.showMetrics');
    await waitForSelector('[data-docwright-metrics][data-rendered-at]', { frame: 'webview', timeoutMs: 20000 });
    const before = api.metrics().today.promptTokens;
    assert.strictEqual((await textOf('[data-metric="today-prompt-tokens"]', { frame: 'webview' })).trim(), before.toLocaleString('en-US'));

    // The document opens beside the view, so the view stays visible (and loaded) during the run.
    await vscode.commands.executeCommand('docwright.clearAiCache');
    fake.fallback = ok(modelAnswer('Described while the view watches.'), { prompt_tokens: PROMPT, completion_tokens: COMPLETION });
    const doc = await vscode.workspace.openTextDocument(workspaceUri('metrics_sample.py'));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    const original = doc.getText();
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    await waitForSettledChange(doc, original, 'the run beside the view');
    const after = api.metrics().today.promptTokens;
    assert.ok(after > before, 'the run spent tokens');
    await waitFor(async () => (await textOf('[data-metric="today-prompt-tokens"]', { frame: 'webview' })).trim() === after.toLocaleString('en-US'), `the view to show ${after} prompt tokens without being reopened`, 5000);
  });

  it('failed attempts stay out of the latency percentiles and are counted beside the chart; labels apart; one primary button; every column explained', async () => {
    const before = api.metrics().latency.today;
    assert.ok(before.count > 0, 'answered attempts from the runs above');
    // A burst of fast failures (HTTP 400 is not retried): before, their few ms dragged p50 down.
    await vscode.commands.executeCommand('docwright.clearAiCache');
    fake.fallback = status(400, { error: { message: 'Refused for the metrics test', type: 'invalid_request_error' } });
    const doc = await vscode.workspace.openTextDocument(workspaceUri('metrics_sample.py'));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    const sent = chatRequests(fake).length;
    await vscode.commands.executeCommand('docwright.generateFile', doc.uri);
    await waitFor(() => api.metrics().latency.today.failed >= before.failed + 3, 'the failed attempts to be counted', 15000);
    const after = api.metrics().latency.today;
    assert.ok(chatRequests(fake).length - sent >= 3, 'the failing requests were sent');
    assert.strictEqual(after.count, before.count, 'no failed attempt entered the histogram');
    assert.strictEqual(after.p50, before.p50, 'p50 did not move');

    await vscode.commands.executeCommand('docwright.showMetrics');
    await waitForSelector('[data-docwright-metrics][data-rendered-at]', { frame: 'webview', timeoutMs: 20000 });
    await waitFor(async () => (await textOf('[data-metric="latency-failed"]', { frame: 'webview', timeoutMs: 2000 }).catch(() => '')).trim() === after.failed.toLocaleString('en-US'),
      `the view to count ${after.failed} failed attempts beside the chart`, 8000, 300);
    assert.strictEqual((await textOf('[data-metric="latency-answered"]', { frame: 'webview' })).trim(), after.count.toLocaleString('en-US'));
    assert.strictEqual((await textOf('[data-metric="histogram-p50"]', { frame: 'webview' })).trim(), formatMs(after.p50));
    assert.match(await attributeOf('svg.chart-latency', 'aria-label', { frame: 'webview' }) ?? '', new RegExp(`${after.count.toLocaleString('en-US')} answered .*\\(${after.failed.toLocaleString('en-US')} failed, not counted\\)`));

    // The drawn p50/p95/p99 labels: their boxes (as the layout measures them) do not overlap.
    const boxes: { name: string; box: LabelBox }[] = [];
    for (const name of ['p50', 'p95', 'p99']) {
      const label = `.chart-latency .marker-label-${name}`;
      const x = await attributeOf(label, 'x', { frame: 'webview', timeoutMs: 1500 }).catch(() => null);
      if (x === null) continue; // left to the legend
      const y = Number(await attributeOf(label, 'y', { frame: 'webview' }));
      const w = labelWidth(name);
      const x0 = (await attributeOf(label, 'text-anchor', { frame: 'webview' })) === 'end' ? Number(x) - w : Number(x);
      boxes.push({ name, box: { x0, x1: x0 + w, y0: y - 10, y1: y + 2 } });
    }
    assert.ok(boxes.length > 0, 'some labels are drawn');
    for (const a of boxes) for (const b of boxes) if (a !== b) assert.ok(!overlaps(a.box, b.box), `${a.name} and ${b.name} overlap: ${JSON.stringify(boxes)}`);

    // One primary button; every header of every table says what it counts.
    const secondary = await attributeOf('.actions button:not(.secondary)', 'title', { frame: 'webview' });
    assert.match(secondary ?? '', /JSON/, 'Export JSON is the primary button');
    await assert.rejects(waitForSelector('.actions button:not(.secondary) ~ button:not(.secondary)', { frame: 'webview', state: 'attached', timeoutMs: 1000 }), 'a second primary button');
    await assert.rejects(waitForSelector('table th:not([title]), .tile:not([title])', { frame: 'webview', state: 'attached', timeoutMs: 1000 }), 'a table header or tile without a tooltip');
  });

  it('"Export Metrics…" writes JSON and CSV with the numbers of the view', async () => {
    const snapshot = api.metrics();
    const json = workspaceUri('metrics-export.json');
    const csv = workspaceUri('metrics-export.csv');
    try {
      await vscode.commands.executeCommand('docwright.exportMetrics', 'json', json);
      const exported = JSON.parse(fs.readFileSync(json.fsPath, 'utf8')) as { snapshot?: MetricsSnapshot };
      assert.strictEqual(exported.snapshot?.today.promptTokens, snapshot.today.promptTokens);
      assert.strictEqual(exported.snapshot?.today.completionTokens, snapshot.today.completionTokens);
      await vscode.commands.executeCommand('docwright.exportMetrics', 'csv', csv);
      const rows = fs.readFileSync(csv.fsPath, 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
      const header = rows[0];
      const today = rows.find((row) => row[0] === snapshot.today.date);
      assert.ok(today, `a row for ${snapshot.today.date}`);
      assert.strictEqual(Number(today[header.indexOf('prompt_tokens')]), snapshot.today.promptTokens);
      assert.strictEqual(Number(today[header.indexOf('completion_tokens')]), snapshot.today.completionTokens);
    } finally {
      for (const uri of [json, csv]) fs.rmSync(uri.fsPath, { force: true });
    }
  });

  it('the status bar spins while requests are in flight, then shows the new total', async () => {
    await vscode.commands.executeCommand('docwright.clearAiCache');
    fake.fallback = delay(2500, ok(modelAnswer('Slowly described.'), { prompt_tokens: PROMPT, completion_tokens: COMPLETION }));
    const editor = await openInEditor('metrics_sample.py');
    const before = editor.document.getText();
    const run = Promise.resolve(vscode.commands.executeCommand('docwright.generateFile', editor.document.uri));
    await waitFor(async () => (await statusBarItemText(STATUS_ITEM)).startsWith('$(sync~spin) '), 'the spinner', 5000);
    await run;
    await waitForSettledChange(editor.document, before, 'the slow run');
    const expected = `$(book) ${formatTokens(tokensOf(api.metrics()))} · ${formatUsd(api.metrics().today.costUsd)}`;
    await waitFor(async () => (await statusBarItemText(STATUS_ITEM)) === expected, `the status bar to read ${JSON.stringify(expected)} after the run`, 5000);
  });

  it('"Test Connection" reports success, and a rejected key in words a user can act on', async () => {
    fake.enqueue(ok('OK'));
    const good = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('docwright.testConnection');
    assert.strictEqual(good.ok, true, good.message);
    assert.match(good.message, new RegExp(`Connected to .* at ${fake.baseURL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await vscode.commands.executeCommand('notifications.clearAll'); // VS Code shows only the newest few toasts
    fake.enqueue(status(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } }));
    const bad = await vscode.commands.executeCommand<{ ok: boolean; message: string; category?: string }>('docwright.testConnection');
    assert.strictEqual(bad.ok, false);
    assert.strictEqual(bad.category, 'auth');
    assert.match(bad.message, /rejected.*Set API Key/);
    await waitForNotification(/The API key was rejected/);
  });

  it('a bad setting is reported once, naming the setting and the accepted values; the last good value keeps working', async () => {
    // One symbol per request, so the requests in flight count symbols.
    await configure({ 'docwright.ai.maxConcurrency': 2, 'docwright.ai.groupSize': 1 });
    await vscode.commands.executeCommand('notifications.clearAll');
    await configure({ 'docwright.ai.maxConcurrency': 0 });
    await waitForNotification(/docwright\.ai\.maxConcurrency.*whole number from 1 to 32.*last good value 2/);
    await vscode.commands.executeCommand('docwright.clearAiCache');
    fake.maxInFlight = 0;
    fake.fallback = delay(300, ok(modelAnswer('Described two at a time.')));
    const editor = await openInEditor('metrics_sample.py');
    const before = editor.document.getText();
    await vscode.commands.executeCommand('docwright.generateFile', editor.document.uri);
    const after = await waitForSettledChange(editor.document, before, 'the run with the last good concurrency');
    assert.match(after, /Described two at a time\./);
    assert.strictEqual(fake.maxInFlight, 2, 'the last good maxConcurrency (2) is used');
    await configure({ 'docwright.ai.maxConcurrency': 4 });
  });

  it('budgets: the warning colour near a budget; the hard stop writes templates, sends nothing and says so', async () => {
    const used = tokensOf(api.metrics());
    assert.ok(used > 0);
    // 90 % used of a budget that warns at 80 %.
    await configure({ 'docwright.budget.dailyTokens': Math.ceil(used / 0.9), 'docwright.budget.warnAtPercent': 80 }, vscode.ConfigurationTarget.Global);
    const item = `.statusbar-item[id="docwright.docwright.${STATUS_ITEM}"]`;
    await waitFor(async () => /\bwarning-kind\b/.test((await attributeOf(item, 'class')) ?? ''), 'the warning colour', 8000);
    await configure({ 'docwright.budget.dailyTokens': used, 'docwright.budget.hardStop': true }, vscode.ConfigurationTarget.Global);
    await waitFor(async () => /\berror-kind\b/.test((await attributeOf(item, 'class')) ?? ''), 'the error colour', 8000);

    await vscode.commands.executeCommand('docwright.clearAiCache');
    await vscode.commands.executeCommand('notifications.clearAll');
    const sent = fake.requests.length;
    const editor = await openInEditor('ai_sample.py');
    const doc = editor.document;
    const before = doc.getText();
    const pos = positionOf(doc, 'def add(', 4);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('docwright.generateDocstring');
    const after = await waitForSettledChange(doc, before, 'the template written under the hard stop');
    assert.match(after, /def add\(a, b\):\n {4}"""_summary_/);
    assert.strictEqual(fake.requests.length, sent, 'no request was sent');
    await waitForNotification(/budget is used up/);
  });
});

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Waits for a notification whose text matches, read from the notification center (which lists every
 * notification; a toast may be hidden behind newer ones or not shown while the test host runs).
 */
async function waitForNotification(pattern: RegExp): Promise<void> {
  let seen = '';
  try {
    await waitFor(async () => {
      await vscode.commands.executeCommand('notifications.showList');
      seen = await textOf('.notifications-center', { timeoutMs: 2000 }).catch(() => seen);
      return pattern.test(seen.replace(/\s+/g, ' '));
    }, `a notification matching ${pattern}`, 10000, 300);
  } catch (err) {
    const shot = await screenshot('notification-missing').catch(() => 'no screenshot');
    throw new Error(`${(err as Error).message}; the notification center read: ${JSON.stringify(seen)} (${shot})`);
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}
