#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code via @vscode/test-electron.
// NEEDS INTERNET the first time (it downloads VS Code into .vscode-test/), unless
// DOCWRIGHT_VSCODE_EXECUTABLE points at an installed VS Code. Offline, use
// `npm run test:integration` (code-server + Chromium, see scripts/run-integration.mjs).
//
// Environment:
//   DOCWRIGHT_VSCODE_VERSION     VS Code version to download (default "stable"; e.g. "1.100.3")
//   DOCWRIGHT_VSCODE_EXECUTABLE  use this VS Code executable instead of downloading
//   DOCWRIGHT_TEST_GREP          only tests whose full title matches this regular expression
// On Linux without a display, run it under Xvfb: `xvfb-run -a npm run test:electron`.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './setup.mjs';

const extensionDevelopmentPath = REPO_ROOT;
const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
const workspaceSrc = path.join(REPO_ROOT, 'test', 'integration', 'workspace');
const resultsDir = path.join(REPO_ROOT, 'test-results');

let tmp;
function fail(msg, code = 2) {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  console.error(`\n[electron] ERROR: ${msg}`);
  process.exit(code);
}

if (!fs.existsSync(extensionTestsPath)) fail(`${extensionTestsPath} does not exist (run \`npm run compile\`)`);
if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) fail('dist/extension.js does not exist (run `npm run build`)');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('[electron] warning: no DISPLAY; desktop VS Code needs one. Use `xvfb-run -a npm run test:electron` (apt-get install -y xvfb).');
}

tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docwright-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(workspaceSrc, workspace, { recursive: true });
const userDataDir = path.join(tmp, 'user-data');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
const { QUIET_SETTINGS } = await import('./lib/code-server.mjs');
fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
const resultsFile = path.join(tmp, 'results.json');
fs.mkdirSync(resultsDir, { recursive: true });

const launchArgs = [
  workspace,
  // keep the built-in extensions (the TypeScript language service is one of them), but not the user's
  '--user-data-dir', userDataDir,
  '--extensions-dir', path.join(tmp, 'extensions'),
  '--disable-workspace-trust',
  '--disable-telemetry',
  '--skip-welcome',
  '--skip-release-notes',
];
if (process.platform === 'linux' && process.getuid?.() === 0) launchArgs.push('--no-sandbox', '--disable-gpu-sandbox');

const { runTests } = await import('@vscode/test-electron');
let code;
try {
  code = await runTests({
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs,
    extensionTestsEnv: {
      DOCWRIGHT_TEST_RESULTS: resultsFile,
      DOCWRIGHT_TEST_ARTIFACTS: resultsDir,
      ...(process.env.DOCWRIGHT_TEST_GREP ? { DOCWRIGHT_TEST_GREP: process.env.DOCWRIGHT_TEST_GREP } : {}),
    },
    ...(process.env.DOCWRIGHT_VSCODE_EXECUTABLE
      ? { vscodeExecutablePath: process.env.DOCWRIGHT_VSCODE_EXECUTABLE }
      : { version: process.env.DOCWRIGHT_VSCODE_VERSION || 'stable', timeout: 30000 }),
  });
} catch (e) {
  const msg = String(e?.message ?? e);
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
  if (results) {
    code = 1;
  } else if (!process.env.DOCWRIGHT_VSCODE_EXECUTABLE && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|timed? ?out|getaddrinfo|network|fetch|download|update\.code\.visualstudio\.com/i.test(msg)) {
    fail([
      `could not download VS Code (${msg.split('\n')[0]}).`,
      '@vscode/test-electron needs internet access to update.code.visualstudio.com the first time.',
      'On an offline machine use `npm run test:integration` (code-server from npm + Chromium),',
      'or set DOCWRIGHT_VSCODE_EXECUTABLE to an installed VS Code (e.g. /usr/share/code/code).',
    ].join('\n'));
  } else {
    fail(`VS Code test run failed: ${msg}`, 1);
  }
}

const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
if (results) {
  for (const t of results.tests) {
    console.log(`  ${t.state === 'passed' ? 'PASS' : t.state === 'failed' ? 'FAIL' : 'SKIP'}  ${t.fullTitle}`);
    if (t.state === 'failed' && t.error) console.log(t.error.split('\n').map((l) => `          ${l}`).join('\n'));
  }
  console.log(`\n  ${results.passed} passed, ${results.failed} failed, ${results.pending ?? 0} pending`);
}
const ok = code === 0 && results && results.failed === 0 && results.passed > 0;
fs.rmSync(tmp, { recursive: true, force: true });
console.log(ok ? '[electron] integration tests PASSED' : '[electron] integration tests FAILED');
process.exit(ok ? 0 : 1);
