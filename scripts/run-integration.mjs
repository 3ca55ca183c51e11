#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) inside a real VS Code, offline:
// code-server 4.100.3 (VS Code 1.100.3) on 127.0.0.1 + headless Chromium via playwright-core.
// The window is an Extension Development Host for the repo; the extension host (Node, on the
// server) runs mocha and writes results to $DOCWRIGHT_TEST_RESULTS, which this script waits for.
//
// Usage (normally via `npm run test:integration`, which builds and compiles first):
//   node scripts/run-integration.mjs [--grep <regexp>] [--timeout <seconds>] [--keep]
//                                    [--extension <dir>] [--tests <index.js>] [--workspace <dir>]
// Environment:
//   DOCWRIGHT_CHROMIUM     Chromium/Chrome executable (default /usr/bin/chromium)
//   DOCWRIGHT_IT_TIMEOUT   overall timeout in seconds (default 300)
//   DOCWRIGHT_TEST_GREP    same as --grep
//   DOCWRIGHT_KEEP_TMP=1   keep the temporary folder (server log, user data) even on success
// Output: test-results/integration-final.png (always), on failure integration-failure.png,
//         integration-logs/ (server, browser console and VS Code logs), actual/ (texts compared to goldens),
//         screenshots/ (taken by tests through the browser bridge).
// Browser bridge: the tests (extension host) cannot see the rendered page; this script can. It passes
// DOCWRIGHT_TEST_BRIDGE=<tmp>/bridge to the server; a test writes req-<id>.json there (atomically),
// this script runs it against the Playwright page (one at a time, in arrival order) and writes
// res-<id>.json = {ok: true, value} | {ok: false, error}. Client: test/integration/browser.ts.
// Exit code: 0 = at least one test and all passed, 1 = test failures, 2 = harness error or timeout.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureSetup, REPO_ROOT } from './setup.mjs';
import { CHROMIUM_ARGS, QUIET_SETTINGS, cleanEnv, freePort, startCodeServer, workbenchUrl, writeUserSettings } from './lib/code-server.mjs';

const { values: opts } = parseArgs({
  options: {
    grep: { type: 'string' },
    timeout: { type: 'string' },
    keep: { type: 'boolean', default: false },
    extension: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
  },
});

const T0 = Date.now();
const elapsed = () => `${((Date.now() - T0) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[integration ${elapsed()}] ${msg}`);

const extensionPath = path.resolve(opts.extension ?? REPO_ROOT);
const testsPath = path.resolve(opts.tests ?? path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'));
const workspaceSrc = path.resolve(opts.workspace ?? path.join(REPO_ROOT, 'test', 'integration', 'workspace'));
const timeoutS = Number(opts.timeout ?? process.env.DOCWRIGHT_IT_TIMEOUT ?? 300);
const grep = opts.grep ?? process.env.DOCWRIGHT_TEST_GREP;
const keepTmp = opts.keep || process.env.DOCWRIGHT_KEEP_TMP === '1';
const resultsDir = path.join(REPO_ROOT, 'test-results');

let server;
let browser;
let bridge;
let tmp;
let cleaningUp = false;

async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  bridge?.stop();
  if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  if (server) await server.stop();
}

function fatal(msg, code = 2) {
  console.error(`\n[integration] ERROR: ${msg}`);
  return code;
}

function checkInputs() {
  const problems = [];
  const main = (() => {
    try {
      return JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8')).main;
    } catch {
      return undefined;
    }
  })();
  if (!main) problems.push(`${extensionPath}/package.json is missing or has no "main"`);
  else if (!fs.existsSync(path.resolve(extensionPath, main)) && !fs.existsSync(path.resolve(extensionPath, `${main}.js`))) {
    problems.push(`the extension bundle ${path.resolve(extensionPath, main)} does not exist (run \`npm run build\`)`);
  }
  if (!fs.existsSync(testsPath)) problems.push(`the tests entry ${testsPath} does not exist (run \`npm run compile\`)`);
  if (!fs.existsSync(workspaceSrc)) problems.push(`the test workspace ${workspaceSrc} does not exist`);
  return problems;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function findFiles(dir, pred, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(full, pred, out);
    else if (pred(e.name)) out.push(full);
  }
  return out;
}

function tailOf(file, n) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(-n);
  } catch {
    return [];
  }
}

/** Prints the progress events (test start / pass / fail) written since line `seen`; returns the new count. */
function streamProgress(file, seen) {
  const lines = tailOf(file, 100000);
  for (const line of lines.slice(seen)) {
    const e = readJson0(line);
    if (!e) continue;
    if (e.event === 'start') say(`the extension host started the test run (${e.files.length} test files)`);
    if (e.event === 'pass') console.log(`  PASS  ${e.fullTitle}`);
    if (e.event === 'fail') console.log(`  FAIL  ${e.fullTitle}\n          ${String(e.error).split('\n')[0]}`);
  }
  return lines.length;
}

function printResults(results) {
  const failed = (results.tests ?? []).filter((t) => t.state === 'failed');
  if (failed.length) console.log('\nFailures:');
  for (const t of failed) {
    const ms = t.durationMs !== undefined ? ` (${t.durationMs} ms)` : '';
    console.log(`\n  FAIL  ${t.fullTitle}${ms}`);
    if (t.error) console.log(t.error.split('\n').map((l) => `          ${l}`).join('\n'));
  }
  for (const t of results.tests ?? []) if (t.state === 'pending') console.log(`  SKIP  ${t.fullTitle}`);
  if (results.fatal) console.log(`\n  FATAL: ${results.fatal}`);
  console.log(`\n  ${results.passed} passed, ${results.failed} failed, ${results.pending ?? 0} pending\n`);
  // Tests append measurements (one line each) beside the results file; see test/integration/helpers.ts.
  const measurements = `${resultsFilePath}.measurements`;
  if (fs.existsSync(measurements)) for (const line of fs.readFileSync(measurements, 'utf8').trim().split('\n')) console.log(`  measured: ${line}`);
}

let resultsFilePath = '';

async function main() {
  say(`extension: ${extensionPath}`);
  say(`tests:     ${testsPath}`);
  try {
    ensureSetup({ quiet: true });
  } catch (e) {
    return fatal(`setup is incomplete:\n${e.message}\n(run \`npm run setup\`)`);
  }
  const problems = checkInputs();
  if (problems.length) return fatal(problems.join('\n'));

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docwright-it-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(workspaceSrc, workspace, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, QUIET_SETTINGS);
  const resultsFile = path.join(tmp, 'results.json');
  resultsFilePath = resultsFile;
  const progressFile = `${resultsFile}.progress`;
  // test-results/ is shared with other tools: clear only what this script writes
  for (const f of ['integration-final.png', 'integration-failure.png', 'integration-logs', 'actual', 'screenshots']) {
    fs.rmSync(path.join(resultsDir, f), { recursive: true, force: true });
  }
  fs.mkdirSync(resultsDir, { recursive: true });
  const browserLog = fs.createWriteStream(path.join(tmp, 'browser-console.log'));
  const bridgeDir = path.join(tmp, 'bridge');
  fs.mkdirSync(bridgeDir, { recursive: true });

  const port = await freePort();
  say(`temp folder ${tmp}; starting code-server on 127.0.0.1:${port} ...`);
  server = await startCodeServer({
    port, userDataDir, extensionsDir, folder: workspace,
    logFile: path.join(tmp, 'server.log'),
    env: cleanEnv({
      DOCWRIGHT_TEST_RESULTS: resultsFile,
      DOCWRIGHT_TEST_ARTIFACTS: resultsDir,
      DOCWRIGHT_TEST_BRIDGE: bridgeDir,
      // Where VS Code keeps logs, settings, state and extension storage (scanned for secrets by the tests).
      DOCWRIGHT_TEST_USER_DATA: userDataDir,
      ...(grep ? { DOCWRIGHT_TEST_GREP: grep } : {}),
    }),
  });
  say(`code-server up (pid ${server.pid})`);

  const exe = ensureSetup({ quiet: true }).chromium;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.message}\n`));
  page.on('crash', () => browserLog.write('[crash] page crashed\n'));

  const url = workbenchUrl(port, workspace, { extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath });
  say(`opening the Extension Development Host in Chromium ${browser.version()}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  bridge = startBridge(page, bridgeDir, path.join(resultsDir, 'screenshots'));

  // Wait for results, the server dying, or the timeout.
  const deadline = T0 + timeoutS * 1000;
  let results;
  let failure;
  let seen = 0;
  while (!results && !failure) {
    if (fs.existsSync(resultsFile)) results = readJson(resultsFile);
    else if (server.exited()) failure = `code-server exited unexpectedly (${JSON.stringify(server.exited())})`;
    else if (Date.now() > deadline) failure = `timed out after ${timeoutS} s (set --timeout <seconds> or DOCWRIGHT_IT_TIMEOUT)`;
    seen = streamProgress(progressFile, seen);
    if (!results && !failure) await new Promise((r) => setTimeout(r, 250));
  }
  streamProgress(progressFile, seen);
  bridge.stop(); // requests still pending are ignored
  say(results ? 'results received' : failure);
  if (bridge.handled) say(`browser bridge: ${bridge.handled} request(s) handled, ${bridge.failed} failed`);
  await page.screenshot({ path: path.join(resultsDir, 'integration-final.png') }).catch((e) => say(`screenshot failed: ${e.message}`));

  const ok = results && !results.fatal && results.failed === 0 && results.passed > 0;
  if (results) printResults(results);
  if (!ok) {
    await page.screenshot({ path: path.join(resultsDir, 'integration-failure.png') }).catch(() => {});
    reportFailure({ results, failure, progressFile, userDataDir });
  }
  if (results && results.passed + results.failed === 0) console.log('  no test ran: that counts as a failure.');
  browserLog.end();
  await cleanup();
  saveLogs(userDataDir);
  say(ok ? 'integration tests PASSED' : 'integration tests FAILED');
  if (!ok || keepTmp) console.log(`[integration] temp folder kept: ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  return ok ? 0 : results ? 1 : 2;
}

function reportFailure({ results, failure, progressFile, userDataDir }) {
  if (failure) console.log(`\n[integration] ${failure}`);
  if (!results) {
    const events = tailOf(progressFile, 1000).map((l) => readJson0(l)).filter(Boolean);
    if (events.length === 0) {
      console.log('[integration] the test run never started: the extension host did not load the tests entry (or could not start).');
    } else {
      const last = events[events.length - 1];
      const running = last.event === 'test' || last.event === 'hook' ? last.fullTitle : undefined;
      if (!running) console.log(`[integration] last test event: ${last.event} ${last.fullTitle ?? ''}`);
      if (running) console.log(`[integration] still running when stopped: ${running}`);
    }
  }
  // Known, harmless noise of an offline code-server (no gallery, no vsda) is left out.
  const noise = /open-vsx\.org|vsda|Failed to load resource|ERR_NAME_NOT_RESOLVED|integration test\(s\) failed|Accessing a resource scoped configuration/;
  const n = results ? 15 : 40;
  console.log(`\n[integration] last lines of the code-server log (${server?.logFile}):`);
  for (const l of (server?.tail(n + 10) ?? []).filter((x) => !noise.test(x)).slice(-n)) console.log(`  ${l}`);
  // the extension host's own log (activation errors, exceptions from the extension)
  for (const f of findFiles(path.join(userDataDir, 'logs'), (n) => /^(remoteexthost|exthost|remoteagent)\.log$/.test(n))) {
    const interesting = tailOf(f, 2000).filter((l) => /\[(error|warning)\]|docwright\.docwright|Error:/.test(l) && !noise.test(l)).slice(-40);
    if (interesting.length) {
      console.log(`\n[integration] ${path.relative(userDataDir, f)} (errors, warnings, activation):`);
      for (const l of interesting) console.log(`  ${l}`);
    }
  }
  const consoleErrors = tailOf(path.join(tmp, 'browser-console.log'), 5000).filter((l) => /^\[(error|pageerror|crash)\]/.test(l) && !noise.test(l)).slice(-20);
  if (consoleErrors.length) {
    console.log('\n[integration] browser console errors (last 20):');
    for (const l of consoleErrors) console.log(`  ${l.slice(0, 400)}`);
  }
  console.log(`\n[integration] screenshot: ${path.relative(REPO_ROOT, path.join(resultsDir, 'integration-failure.png'))}; logs: test-results/integration-logs/`);
}

// ---------------------------------------------------------------------------------------------
// Browser bridge: executes requests written by test/integration/browser.ts against the page.
// ---------------------------------------------------------------------------------------------

const BRIDGE_POLL_MS = 100;
const BRIDGE_DEFAULT_TIMEOUT_MS = 10000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function writeJsonAtomic(file, value) {
  const tmpFile = `${file}.tmp`;
  fs.writeFileSync(tmpFile, JSON.stringify(value));
  fs.renameSync(tmpFile, file);
}

/** Text of an element as a person reads it, with codicon spans written back as `$(name)`. */
function elementText(el) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const e = node;
    const cls = [...e.classList];
    if (cls.includes('codicon')) {
      const names = cls.filter((c) => c.startsWith('codicon-') && !c.startsWith('codicon-modifier-')).map((c) => c.slice('codicon-'.length));
      const mods = cls.filter((c) => c.startsWith('codicon-modifier-')).map((c) => c.slice('codicon-modifier-'.length));
      if (names.length) return `$(${names[0]}${mods.map((m) => `~${m}`).join('')})`;
    }
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
    return [...e.childNodes].map(walk).join('');
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}

/**
 * True for the frames of a webview. In VS Code 1.100 for the web each webview is two nested iframes:
 * the workbench's <iframe class="webview ready" name="<uuid>"> loading .../static/out/vs/workbench/
 * contrib/webview/browser/pre/index.html?id=<uuid>&extensionId=..., and inside it
 * <iframe id="active-frame"> (pre/fake.html?id=<uuid>) that holds the extension's HTML. Other
 * iframes (e.g. the hidden web-worker extension host) are not webviews.
 */
function isWebviewFrame(page, f) {
  for (let x = f; x && x !== page.mainFrame(); x = x.parentFrame()) {
    if (/\/webview\/browser\/pre\/|^vscode-webview:/.test(x.url())) return true;
  }
  return false;
}

/** The frames to search: the workbench (main frame) or every webview frame (outer before inner). */
function candidateFrames(page, frame) {
  const main = page.mainFrame();
  if (!frame || frame === 'workbench') return [main];
  if (frame === 'webview') return page.frames().filter((f) => f !== main && !f.isDetached() && isWebviewFrame(page, f));
  throw new Error(`unknown frame ${JSON.stringify(frame)} (expected "workbench" or "webview")`);
}

/** Waits until `selector` matches in one of the frames; returns that frame's locator (first match). */
async function locate(page, selector, frame, timeoutMs, state = 'attached') {
  if (typeof selector !== 'string' || !selector) throw new Error('no selector given');
  if (!frame || frame === 'workbench') {
    const loc = page.mainFrame().locator(selector).first();
    await loc.waitFor({ state, timeout: timeoutMs });
    return { loc, frame: page.mainFrame() };
  }
  const deadline = Date.now() + timeoutMs;
  let frameCount = 0;
  for (;;) {
    const frames = candidateFrames(page, frame);
    frameCount = frames.length;
    for (const f of frames) {
      try {
        const loc = f.locator(selector).first();
        if ((await loc.count()) === 0) continue;
        if (state === 'visible' && !(await loc.isVisible())) continue;
        return { loc, frame: f };
      } catch {
        /* frame navigated or detached meanwhile: try the next one */
      }
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timeout ${timeoutMs}ms exceeded: no ${state === 'visible' ? 'visible ' : ''}match in any of ${frameCount} webview frame(s)`);
    }
    await sleep(100);
  }
}

/** The <iframe> element in the workbench that hosts `frame` (its outermost ancestor below the main frame). */
async function outerIframeOf(page, frame) {
  let f = frame;
  while (f.parentFrame() && f.parentFrame() !== page.mainFrame()) f = f.parentFrame();
  return f.frameElement();
}

const bridgeOps = {
  async textOf(page, a, timeoutMs) {
    const { loc } = await locate(page, a.selector, a.frame, timeoutMs);
    return loc.innerText({ timeout: timeoutMs });
  },
  async attributeOf(page, a, timeoutMs) {
    const { loc } = await locate(page, a.selector, a.frame, timeoutMs);
    return loc.getAttribute(String(a.name), { timeout: timeoutMs });
  },
  async waitForSelector(page, a, timeoutMs) {
    const state = a.state ?? 'visible';
    if (state !== 'visible' && state !== 'attached') throw new Error(`unknown state ${JSON.stringify(state)} (expected "visible" or "attached")`);
    await locate(page, a.selector, a.frame, timeoutMs, state);
    return true;
  },
  async click(page, a, timeoutMs) {
    const { loc } = await locate(page, a.selector, a.frame, timeoutMs, 'visible');
    // button 'right' opens a context menu (the Explorer's, the editor's).
    await loc.click({ timeout: timeoutMs, button: a.button === 'right' ? 'right' : 'left' });
    return true;
  },
  async screenshot(page, a, timeoutMs, ctx) {
    const name = String(a.name ?? '').replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
    if (!name) throw new Error('no screenshot name given');
    const file = path.join(ctx.screenshotsDir, `${name}.png`);
    fs.mkdirSync(ctx.screenshotsDir, { recursive: true });
    if (a.frame === 'webview') {
      // the whole webview: the outer <iframe> of its panel, as the workbench shows it
      const { frame } = await locate(page, a.selector ?? 'body', 'webview', timeoutMs, 'attached');
      const iframe = await outerIframeOf(page, frame);
      await iframe.screenshot({ path: file, timeout: timeoutMs });
    } else if (a.selector) {
      const { loc } = await locate(page, a.selector, 'workbench', timeoutMs, 'visible');
      await loc.screenshot({ path: file, timeout: timeoutMs });
    } else {
      await page.screenshot({ path: file, timeout: timeoutMs });
    }
    return file;
  },
  async statusBarItemText(page, a, timeoutMs) {
    const key = String(a.id ?? '');
    if (!key) throw new Error('no status bar item id or name given');
    // VS Code renders each entry as <div class="statusbar-item" id="<extensionId>.<itemId>">; try the
    // full id, then any id ending in ".<key>", then the accessibility label.
    const q = JSON.stringify(key);
    const selectors = [
      `.statusbar-item[id=${q}]`,
      `.statusbar-item[id$=${JSON.stringify(`.${key}`)}]`,
      `.statusbar-item[aria-label=${q}]`,
      `.statusbar-item:has(> [aria-label=${q}])`,
    ];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const sel of selectors) {
        const loc = page.mainFrame().locator(sel).first();
        if ((await loc.count()) > 0) return loc.evaluate(elementText);
      }
      if (Date.now() >= deadline) throw new Error(`Timeout ${timeoutMs}ms exceeded: no status bar item with id ${q}, id ending in ".${key}" or aria-label ${q}`);
      await sleep(100);
    }
  },
  async pressKeys(page, a) {
    const keys = Array.isArray(a.keys) ? a.keys : [a.keys];
    for (const k of keys) await page.keyboard.press(String(k));
    return true;
  },
  /**
   * Everything VS Code for the web keeps in the browser: each IndexedDB database (the workbench's
   * global and workspace state, where extensions' Mementos live) and localStorage, as text, so a
   * test can search it (e.g. for an API key). Binary values are decoded as UTF-8.
   */
  async browserStorage(page) {
    return page.evaluate(async () => {
      const decode = (value) => {
        if (value instanceof Uint8Array || value instanceof ArrayBuffer) return new TextDecoder().decode(value);
        if (typeof value === 'string') return value;
        try {
          return JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
        } catch {
          return String(value);
        }
      };
      const request = (r) => new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const out = {};
      for (const info of await indexedDB.databases()) {
        const db = await request(indexedDB.open(info.name));
        const parts = [];
        for (const store of Array.from(db.objectStoreNames)) {
          const tx = db.transaction(store, 'readonly').objectStore(store);
          const [keys, values] = await Promise.all([request(tx.getAllKeys()), request(tx.getAll())]);
          keys.forEach((key, i) => parts.push(`${store}\t${decode(key)}\t${decode(values[i])}`));
        }
        db.close();
        out[`indexedDB:${info.name}`] = parts.join('\n');
      }
      const local = [];
      for (let i = 0; i < localStorage.length; i++) local.push(`${localStorage.key(i)}\t${localStorage.getItem(localStorage.key(i))}`);
      out.localStorage = local.join('\n');
      return out;
    });
  },
  /** Moves the mouse over an element (a status-bar item's tooltip, a hover). */
  async hover(page, a, timeoutMs) {
    const { loc } = await locate(page, a.selector, a.frame, timeoutMs, 'visible');
    await loc.hover({ timeout: timeoutMs });
    return true;
  },
  /** Resizes the browser window's page (e.g. to screenshot a whole webview without scrolling). */
  async setViewport(page, a) {
    await page.setViewportSize({ width: Number(a.width), height: Number(a.height) });
    return true;
  },
  /** Types text into whatever has focus (an input box, the quick input), as a person would. */
  async typeText(page, a) {
    await page.keyboard.type(String(a.text));
    return true;
  },
};

/**
 * Polls `dir` every BRIDGE_POLL_MS for req-<id>.json, runs each request (one at a time, ordered by
 * the client's send time) and answers with res-<id>.json. An op that throws answers {ok: false};
 * nothing here may throw out of the timer.
 */
function startBridge(page, dir, screenshotsDir) {
  const state = { handled: 0, failed: 0, stopped: false, busy: false };
  const ctx = { screenshotsDir };
  const tick = async () => {
    if (state.busy || state.stopped) return;
    state.busy = true;
    try {
      let names;
      try {
        names = fs.readdirSync(dir).filter((n) => /^req-[\w-]+\.json$/.test(n));
      } catch {
        return;
      }
      const reqs = [];
      for (const n of names) {
        const id = n.slice(4, -5);
        const file = path.join(dir, n);
        let req;
        try {
          req = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch (e) {
          req = { op: '?', badRequest: `unreadable request: ${e.message}` };
        }
        reqs.push({ id, file, req });
      }
      reqs.sort((x, y) => (x.req.sentAt ?? 0) - (y.req.sentAt ?? 0) || (x.req.seq ?? 0) - (y.req.seq ?? 0) || x.id.localeCompare(y.id));
      for (const { id, file, req } of reqs) {
        if (state.stopped) return;
        try {
          fs.rmSync(file, { force: true });
        } catch {
          /* the client may have given up and removed it */
        }
        let res;
        try {
          if (req.badRequest) throw new Error(req.badRequest);
          const op = bridgeOps[req.op];
          if (!op || !Object.hasOwn(bridgeOps, req.op)) throw new Error(`unknown op ${JSON.stringify(req.op)}`);
          const timeoutMs = Number(req.timeoutMs) > 0 ? Number(req.timeoutMs) : BRIDGE_DEFAULT_TIMEOUT_MS;
          const value = await op(page, req.args ?? {}, timeoutMs, ctx);
          res = { ok: true, value: value ?? null };
        } catch (e) {
          state.failed++;
          const msg = String(e?.message ?? e);
          res = { ok: false, error: msg.length > 2000 ? `${msg.slice(0, 2000)}...` : msg };
        }
        state.handled++;
        try {
          writeJsonAtomic(path.join(dir, `res-${id}.json`), res);
        } catch {
          /* the bridge folder is gone: the run is ending */
        }
      }
    } catch (e) {
      say(`browser bridge: ${e?.message ?? e}`);
    } finally {
      state.busy = false;
    }
  };
  const timer = setInterval(() => void tick(), BRIDGE_POLL_MS);
  return {
    get handled() {
      return state.handled;
    },
    get failed() {
      return state.failed;
    },
    stop() {
      state.stopped = true;
      clearInterval(timer);
    },
  };
}

function readJson0(line) {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function saveLogs(userDataDir) {
  try {
    const dest = path.join(resultsDir, 'integration-logs');
    fs.mkdirSync(dest, { recursive: true });
    for (const f of ['server.log', 'browser-console.log', 'results.json', 'results.json.progress']) {
      if (fs.existsSync(path.join(tmp, f))) fs.copyFileSync(path.join(tmp, f), path.join(dest, f));
    }
    if (fs.existsSync(path.join(userDataDir, 'logs'))) fs.cpSync(path.join(userDataDir, 'logs'), path.join(dest, 'vscode-logs'), { recursive: true });
  } catch (e) {
    say(`could not save logs: ${e.message}`);
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    console.error(`\n[integration] ${sig}: stopping browser and server ...`);
    cleanup().finally(() => process.exit(130));
  });
}

main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (e) => {
    console.error(`\n[integration] ERROR: ${e.stack || e}`);
    if (server) {
      console.error('[integration] last lines of the code-server log:');
      for (const l of server.tail(40)) console.error(`  ${l}`);
    }
    await cleanup();
    if (tmp) console.error(`[integration] temp folder kept: ${tmp}`);
    process.exit(2);
  },
);
