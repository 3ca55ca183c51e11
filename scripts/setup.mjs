#!/usr/bin/env node
// Prepares the offline "real VS Code" used by `npm run test:integration` and `npm run sample`:
// code-server 4.100.3 from npm (= VS Code 1.100.3, extension host on Node 20) plus a check
// for a Chromium to drive it. See /work/shared/notes/offline-vscode-testing.md for the recipe.
//
// Idempotent: once everything is in place a marker file is written next to code-server and
// later runs only re-check a few key files (well under a second).
//
//   node scripts/setup.mjs            install if needed, then check Chromium
//   node scripts/setup.mjs --force    redo every step even if the marker is present
//
// Environment: DOCWRIGHT_CHROMIUM = path of the Chromium/Chrome executable (default /usr/bin/chromium).
//
// Also importable: `import { ensureSetup, chromiumPath } from './setup.mjs'`.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_DIR = path.join(REPO_ROOT, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
const VSCODE_DIR = path.join(CODE_SERVER_DIR, 'lib', 'vscode');
const MARKER = path.join(CODE_SERVER_DIR, '.docwright-setup.json');
const MARKER_FORMAT = 1;

/** Files whose presence shows each step really happened (checked even when the marker exists). */
const KEY_FILES = [
  CODE_SERVER_ENTRY,
  path.join(VSCODE_DIR, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
  path.join(VSCODE_DIR, 'node_modules.asar'),
  path.join(VSCODE_DIR, 'extensions', 'node_modules', 'typescript', 'package.json'),
];

export function chromiumPath() {
  return process.env.DOCWRIGHT_CHROMIUM || '/usr/bin/chromium';
}

function log(msg) {
  console.log(`[setup] ${msg}`);
}

class SetupError extends Error {}

function run(cmd, args, cwd) {
  const shown = `${cmd} ${args.join(' ')}`;
  log(`  $ (cd ${path.relative(REPO_ROOT, cwd) || '.'}) ${shown}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
  if (r.error) throw new SetupError(`could not run "${shown}": ${r.error.message}`);
  if (r.status !== 0) throw new SetupError(`"${shown}" failed with exit code ${r.status} (in ${cwd})`);
  log(`    ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

function installedCodeServerVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function markerValid() {
  try {
    const m = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    return m.format === MARKER_FORMAT && m.codeServer === CODE_SERVER_VERSION && m.node === process.versions.node
      && installedCodeServerVersion() === CODE_SERVER_VERSION && KEY_FILES.every((f) => fs.existsSync(f));
  } catch {
    return false;
  }
}

function findArgon2() {
  // npm may hoist argon2 to the repo's node_modules or keep it under code-server.
  for (const dir of [path.join(CODE_SERVER_DIR, 'node_modules', 'argon2'), path.join(REPO_ROOT, 'node_modules', 'argon2')]) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return undefined;
}

function argon2Loads(dir) {
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(dir)})`], { encoding: 'utf8' });
  return r.status === 0;
}

function installCodeServer(force) {
  const t0 = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

  log(`1/5 code-server ${CODE_SERVER_VERSION} (npm, pinned devDependency, install scripts off)`);
  if (!force && installedCodeServerVersion() === CODE_SERVER_VERSION) {
    log('    already installed');
  } else {
    run(npm, ['install', '--save-dev', '--save-exact', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], REPO_ROOT);
  }
  if (installedCodeServerVersion() !== CODE_SERVER_VERSION) {
    throw new SetupError(`node_modules/code-server is not version ${CODE_SERVER_VERSION} after npm install`);
  }

  log('2/5 argon2 native module (code-server loads it at start)');
  const argon2 = findArgon2();
  if (!argon2) throw new SetupError('argon2 is not installed next to code-server');
  if (!force && argon2Loads(argon2)) {
    log('    already built');
  } else {
    // Run in the folder that contains argon2's node_modules so npm finds the right copy.
    // The repo's .npmrc sets ignore-scripts (for dependencies' own install scripts); a rebuild must run them.
    run(npm, ['rebuild', 'argon2', '--build-from-source', '--ignore-scripts=false'], path.dirname(path.dirname(argon2)) === REPO_ROOT ? REPO_ROOT : CODE_SERVER_DIR);
    if (!argon2Loads(argon2)) throw new SetupError(`argon2 at ${argon2} still does not load after the rebuild`);
  }

  log('3/5 VS Code server dependencies (lib/vscode) and native modules @vscode/spdlog, native-watchdog');
  run(npm, ['install', '--omit=dev', '--ignore-scripts'], VSCODE_DIR);
  run(npm, ['rebuild', '@vscode/spdlog', 'native-watchdog', '--ignore-scripts=false'], VSCODE_DIR);
  if (!fs.existsSync(KEY_FILES[1])) throw new SetupError('@vscode/spdlog did not build (no spdlog.node)');

  log('4/5 node_modules.asar -> node_modules');
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  fs.rmSync(asar, { force: true, recursive: false });
  fs.symlinkSync('node_modules', asar);

  log('5/5 built-in extensions dependencies (typescript, for the TS language service)');
  run(npm, ['install', '--omit=dev', '--ignore-scripts'], path.join(VSCODE_DIR, 'extensions'));

  // Optional: editor search wants ripgrep; link Debian's if it is there.
  const rgTarget = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (fs.existsSync('/usr/bin/rg') && fs.existsSync(path.dirname(path.dirname(rgTarget))) && !fs.existsSync(rgTarget)) {
    fs.mkdirSync(path.dirname(rgTarget), { recursive: true });
    fs.symlinkSync('/usr/bin/rg', rgTarget);
    log('    linked /usr/bin/rg for editor search');
  }

  const missing = KEY_FILES.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new SetupError(`still missing after setup:\n  ${missing.join('\n  ')}`);
  fs.writeFileSync(MARKER, JSON.stringify({
    format: MARKER_FORMAT, codeServer: CODE_SERVER_VERSION, node: process.versions.node, date: new Date().toISOString(),
  }, null, 2) + '\n');
  log(`code-server ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

function checkChromium() {
  const exe = chromiumPath();
  let ok = false;
  try {
    fs.accessSync(exe, fs.constants.X_OK);
    ok = fs.statSync(exe).isFile();
  } catch {
    ok = false;
  }
  if (!ok) {
    const how = [
      `Chromium not found at ${exe}${process.env.DOCWRIGHT_CHROMIUM ? ' (from DOCWRIGHT_CHROMIUM)' : ''}.`,
      'Install it with your system packages (Debian/Ubuntu, as root):',
      '    apt-get update && apt-get install -y chromium',
      'or point DOCWRIGHT_CHROMIUM at an existing Chromium/Chrome executable, e.g.',
      '    DOCWRIGHT_CHROMIUM=/usr/bin/google-chrome npm run test:integration',
      '(with internet, `npx playwright install chromium` also works; then set DOCWRIGHT_CHROMIUM to the path it prints).',
    ].join('\n');
    throw new SetupError(how);
  }
  return exe;
}

/**
 * Makes sure code-server and Chromium are usable. Throws an Error with a readable message otherwise.
 * `browser: false` skips the Chromium check (the sample is opened in the user's own browser).
 * @param {{force?: boolean, quiet?: boolean, browser?: boolean}} [opts]
 * @returns {{chromium: string | undefined, codeServerEntry: string}}
 */
export function ensureSetup(opts = {}) {
  const t0 = Date.now();
  if (!opts.force && markerValid()) {
    if (!opts.quiet) log(`code-server ${CODE_SERVER_VERSION} already set up (marker ${path.relative(REPO_ROOT, MARKER)})`);
  } else {
    log(`setting up code-server ${CODE_SERVER_VERSION} (offline VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')}) ...`);
    installCodeServer(!!opts.force);
  }
  const chromium = opts.browser === false ? undefined : checkChromium();
  if (!opts.quiet && chromium) log(`Chromium: ${chromium}`);
  if (!opts.quiet) log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { chromium, codeServerEntry: CODE_SERVER_ENTRY };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    ensureSetup({ force: process.argv.includes('--force'), browser: !process.argv.includes('--no-browser') });
  } catch (e) {
    console.error(`\n[setup] FAILED: ${e instanceof SetupError ? e.message : e.stack || e}`);
    process.exit(1);
  }
}
