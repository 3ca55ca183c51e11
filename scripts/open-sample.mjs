#!/usr/bin/env node
// Opens a browser VS Code (code-server 4.100.3 = VS Code 1.100.3, offline) on a copy of
// samples/workspace/ with Docwright installed, bound to 127.0.0.1 only. Runs until Ctrl+C.
//
// Usage (normally `npm run sample`, which runs setup and the build first):
//   node scripts/open-sample.mjs            serve; open the printed URL in a browser
//   node scripts/open-sample.mjs --check    headless smoke check: open the page in Chromium, open a
//                                           Python file, wait for Docwright to activate, screenshot
//                                           to test-results/sample.png, then stop (exit 0 = activated)
// Environment: PORT (default: first free of 8080-8089, else any free port), DOCWRIGHT_CHROMIUM (for --check).
//
// Docwright is loaded as an *installed* extension: the repo is symlinked into the server's
// --extensions-dir as docwright.docwright-<version>, so any URL of the server has it (no
// Extension Development Host needed). Rebuild (`npm run build`) and reload the window to pick up changes.
// From another machine, forward the port over SSH (ssh -L 8080:127.0.0.1:8080 host); it is never exposed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureSetup, REPO_ROOT } from './setup.mjs';
import { CHROMIUM_ARGS, QUIET_SETTINGS, cleanEnv, freePort, portIsFree, startCodeServer, workbenchUrl, writeUserSettings } from './lib/code-server.mjs';

// --extension <dir>: load another extension folder instead of the repo (used to test this script itself)
const { values: opts } = parseArgs({ options: { check: { type: 'boolean', default: false }, extension: { type: 'string' } } });
const say = (m) => console.log(`[sample] ${m}`);

const extensionRoot = path.resolve(opts.extension ?? REPO_ROOT);
const pkg = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
const extensionId = `${pkg.publisher}.${pkg.name}`;
const mainFile = path.resolve(extensionRoot, pkg.main ?? 'dist/extension.js');

let server;
let tmp;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server) await server.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}

async function choosePort() {
  if (process.env.PORT) {
    const p = Number(process.env.PORT);
    if (!Number.isInteger(p) || p <= 0 || p > 65535) throw new Error(`PORT=${process.env.PORT} is not a port number`);
    if (!(await portIsFree(p))) throw new Error(`PORT=${p}: 127.0.0.1:${p} is already in use`);
    return p;
  }
  return freePort(Array.from({ length: 10 }, (_, i) => 8080 + i));
}

async function smokeCheck(url, userDataDir) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: ensureSetup({ quiet: true }).chromium, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^shapes\.py$/ }).first().click({ timeout: 60000 });
    const activated = new RegExp(`_doActivateExtension ${extensionId.replace('.', '\\.')}\\b`);
    const deadline = Date.now() + 30000;
    let line;
    while (!line && Date.now() < deadline) {
      line = findLogLine(path.join(userDataDir, 'logs'), activated);
      if (!line) await page.waitForTimeout(250);
    }
    await page.waitForTimeout(1000);
    fs.mkdirSync(path.join(REPO_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'sample.png') });
    return line;
  } finally {
    await browser.close().catch(() => {});
  }
}

function findLogLine(dir, re) {
  if (!fs.existsSync(dir)) return undefined;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.log')) continue;
    const hit = fs.readFileSync(path.join(e.parentPath ?? e.path, e.name), 'utf8').split('\n').find((l) => re.test(l));
    if (hit) return hit;
  }
  return undefined;
}

async function main() {
  ensureSetup({ quiet: true, browser: false });
  if (!fs.existsSync(mainFile) && !fs.existsSync(`${mainFile}.js`)) throw new Error(`${mainFile} does not exist: run \`npm run build\` first`);

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docwright-sample-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(REPO_ROOT, 'samples', 'workspace'), workspace, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(extensionRoot, path.join(extensionsDir, `${extensionId}-${pkg.version}`), 'dir');
  writeUserSettings(userDataDir, { ...QUIET_SETTINGS, 'workbench.startupEditor': 'readme' });

  const port = await choosePort();
  server = await startCodeServer({
    port, userDataDir, extensionsDir, folder: workspace, env: cleanEnv(), logFile: path.join(tmp, 'server.log'),
  });
  const url = workbenchUrl(port, workspace);

  if (opts.check) {
    const line = await smokeCheck(url, userDataDir);
    if (line) say(`OK: ${extensionId} activated in the sample window:\n  ${line.trim()}\n  screenshot: test-results/sample.png`);
    else say(`FAILED: ${extensionId} did not activate within 30 s of opening shapes.py (screenshot: test-results/sample.png)`);
    return stop(line ? 0 : 1);
  }

  const bar = '='.repeat(72);
  console.log(`\n${bar}\n  Docwright sample is running (VS Code 1.100.3 in code-server, Docwright ${pkg.version} installed)\n`);
  console.log(`  Open:  ${url}\n`);
  console.log(`  Workspace (a temporary copy of samples/workspace): ${workspace}`);
  console.log('  See README.md there for what to try. After `npm run build`, reload the browser window.');
  console.log(`  Server log: ${server.logFile}`);
  console.log(`  Bound to 127.0.0.1 only; from another machine: ssh -L ${port}:127.0.0.1:${port} <this host>`);
  console.log(`\n  Press Ctrl+C to stop (the copy and its edits are deleted).\n${bar}\n`);

  const exit = await server.exitPromise;
  if (stopping) return undefined; // we stopped it (Ctrl+C)
  say(`code-server exited by itself (${JSON.stringify(exit)}); last output:\n${server.tail(30).join('\n')}`);
  return stop(1);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    say(`${sig}: stopping code-server ...`);
    void stop(0);
  });
}

main().catch(async (e) => {
  console.error(`\n[sample] ERROR: ${e.message ?? e}`);
  await stop(1);
});
