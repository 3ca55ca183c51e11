// Tests of the browser bridge itself (test/integration/browser.ts <-> scripts/run-integration.mjs):
// the extension host changes something the workbench draws, the runner reads it from the page.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  attributeOf, browserBridgeAvailable, click, pressKeys, screenshot, statusBarItemText, textOf, waitForSelector,
} from '../browser';
import { EXTENSION_ID, waitFor } from '../helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function assertPng(file: string): void {
  assert.ok(fs.existsSync(file), `${file} was not written`);
  const bytes = fs.readFileSync(file);
  assert.ok(bytes.length > PNG_SIGNATURE.length + 100, `${file} is only ${bytes.length} bytes`);
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} does not start with the PNG signature`);
}

/** `#id` for ids with dots (CSS.escape is not available in the extension host). */
const cssId = (id: string): string => id.replace(/[^\w-]/g, (c) => `\\${c}`);

const random = (): string => Math.random().toString(36).slice(2, 10);

/** Retries a bridge read until it returns `expected` (the workbench draws asynchronously). */
async function waitForValue<T>(read: () => Promise<T>, expected: T, what: string, timeoutMs = 10000): Promise<void> {
  let last: T | undefined;
  try {
    await waitFor(async () => (last = await read()) === expected, what, timeoutMs, 100);
  } catch (e) {
    throw new Error(`${(e as Error).message}; last value: ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`);
  }
}

describe('browser bridge', function () {
  this.timeout(60000);

  before(function () {
    if (!browserBridgeAvailable()) this.skip();
  });

  it('reads a status bar item the test creates, and sees it change', async () => {
    const item = vscode.window.createStatusBarItem('bridge-probe', vscode.StatusBarAlignment.Left, 1000);
    try {
      const first = `probe-${random()}`;
      item.name = 'Bridge Probe';
      item.text = `$(book) ${first}`;
      item.show();
      // VS Code prefixes the id with the extension it attributes the call to: the extension under
      // development when the tests live in its folder, another one when the packaged .vsix is tested.
      await waitForValue(() => statusBarItemText('bridge-probe'), `$(book) ${first}`, 'the status bar to show the probe');
      const fullId = (await attributeOf('.statusbar-item[id$=".bridge-probe"]', 'id')) ?? '';
      assert.ok(fullId.endsWith('.bridge-probe'), fullId);
      const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
      if (extensionPath && __dirname.startsWith(extensionPath)) assert.strictEqual(fullId, `${EXTENSION_ID}.bridge-probe`);
      assert.strictEqual(await statusBarItemText(fullId), `$(book) ${first}`, 'lookup by the full id');
      // VS Code 1.100: <div class="statusbar-item left" id="docwright.docwright.bridge-probe" aria-label="book  probe-…">
      //   <a class="statusbar-item-label"><span class="codicon codicon-book"></span> probe-…</a>…</div>
      // Requests sent together are answered one by one, each to its sender.
      const [byId, inner] = await Promise.all([
        statusBarItemText(fullId),
        textOf(`#${cssId(fullId)} .statusbar-item-label`),
      ]);
      assert.strictEqual(byId, `$(book) ${first}`);
      assert.strictEqual(inner.trim(), first, 'innerText has no codicon');

      const second = `changed-${random()}`;
      item.text = second;
      await waitForValue(() => statusBarItemText('bridge-probe'), second, 'the status bar to show the new text');
    } finally {
      item.dispose();
    }
  });

  it('takes screenshots (page and one workbench element) as PNG files under $DOCWRIGHT_TEST_ARTIFACTS', async () => {
    const file = await screenshot('bridge-probe');
    const artifacts = process.env.DOCWRIGHT_TEST_ARTIFACTS;
    if (artifacts) assert.strictEqual(file, `${artifacts}/screenshots/bridge-probe.png`);
    assertPng(file);
    const bar = await screenshot('bridge-probe-statusbar', { selector: '.part.statusbar' });
    assertPng(bar);
    assert.ok(fs.statSync(bar).size < fs.statSync(file).size, 'the status bar shot should be smaller than the whole page');
  });

  it('reads, clicks and shoots inside a webview', async () => {
    const token = `webview-${random()}`;
    const panel = vscode.window.createWebviewPanel('bridgeProbe', 'Bridge Probe', vscode.ViewColumn.One, { enableScripts: true });
    try {
      const clicked = new Promise<string>((resolve) => panel.webview.onDidReceiveMessage((m: { clicked?: string }) => m.clicked && resolve(m.clicked)));
      const nonce = random();
      panel.webview.html = `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline';">
</head><body style="background:#fff;color:#000">
<h1 id="bridge-probe" data-token="${token}">${token}</h1>
<button id="bridge-button">Press</button>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.getElementById('bridge-button').addEventListener('click', () => vscode.postMessage({ clicked: '${token}' }));
</script></body></html>`;
      assert.strictEqual(await textOf('#bridge-probe', { frame: 'webview', timeoutMs: 20000 }), token);
      assert.strictEqual(await attributeOf('#bridge-probe', 'data-token', { frame: 'webview' }), token);
      await waitForSelector('#bridge-button', { frame: 'webview' });
      await click('#bridge-button', { frame: 'webview' });
      const got = await Promise.race([clicked, new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no message from the webview after the click')), 10000))]);
      assert.strictEqual(got, token);
      assertPng(await screenshot('bridge-probe-webview', { frame: 'webview', selector: '#bridge-probe' }));
      assertPng(await screenshot('bridge-probe-first-webview', { frame: 'webview' }));
    } finally {
      panel.dispose();
    }
  });

  it('presses keys in the page (closes the command palette with Escape)', async () => {
    await vscode.commands.executeCommand('workbench.action.showCommands');
    await waitForSelector('.quick-input-widget', { state: 'visible' });
    await pressKeys('Escape');
    await waitForValue(async () => /display:\s*none/.test((await attributeOf('.quick-input-widget', 'style', { timeoutMs: 2000 })) ?? ''), true, 'the command palette to close');
  });

  it('rejects a selector that never matches with a clear error, within its timeout', async () => {
    for (const frame of ['workbench', 'webview'] as const) {
      const started = Date.now();
      await assert.rejects(
        textOf('#docwright-no-such-element', { frame, timeoutMs: 1500 }),
        (e: Error) => {
          assert.match(e.message, /^browser bridge: textOf #docwright-no-such-element failed: .*Timeout 1500ms exceeded/s);
          return true;
        },
      );
      const took = Date.now() - started;
      assert.ok(took >= 1400 && took < 5000, `${frame}: rejected after ${took} ms for a 1500 ms timeout`);
    }
  });

  it('is unavailable without DOCWRIGHT_TEST_BRIDGE, and then says so', async () => {
    const saved = process.env.DOCWRIGHT_TEST_BRIDGE;
    delete process.env.DOCWRIGHT_TEST_BRIDGE;
    try {
      assert.strictEqual(browserBridgeAvailable(), false);
      await assert.rejects(statusBarItemText('anything'), /^Error: browser bridge: statusBarItemText anything failed: no bridge/);
    } finally {
      process.env.DOCWRIGHT_TEST_BRIDGE = saved;
    }
  });
});
