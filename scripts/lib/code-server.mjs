// Helpers shared by run-integration.mjs and open-sample.mjs: free ports, starting/stopping
// code-server (the offline VS Code, see scripts/setup.mjs) in its own process group, URLs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER_ENTRY } from '../setup.mjs';

export const HOST = '127.0.0.1';

/** Settings that keep a throwaway VS Code quiet, offline and deterministic. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'typescript.tsc.autoDetect': 'off',
  'search.followSymlinks': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'files.autoSave': 'off',
  'files.eol': '\n',
  'editor.lightbulb.enabled': 'on',
};

/** True if 127.0.0.1:port can be bound now. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

/** A free port chosen by the OS (or the first free one of `preferred`). */
export async function freePort(preferred = []) {
  for (const p of preferred) if (await portIsFree(p)) return p;
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function writeUserSettings(userDataDir, settings) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** Environment for the server (and so the extension host), without variables of an enclosing VS Code. */
export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'ELECTRON_NO_ATTACH_CONSOLE') delete env[k];
  }
  return { ...env, ...extra };
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

/**
 * Starts code-server bound to 127.0.0.1:port in its own process group; resolves once /healthz answers.
 * Output goes to `logFile`; the last lines are kept in `server.tail()`.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, folder, env, logFile, extraArgs = [], startTimeoutMs = 60000 }) {
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ];
  if (folder) args.push(folder);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  const lines = [];
  const keep = (chunk) => {
    log.write(chunk);
    for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(l);
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  const proc = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) => proc.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));
  const server = {
    proc,
    port,
    pid: proc.pid,
    url: `http://${HOST}:${port}/`,
    logFile,
    tail: (n = 60) => lines.slice(-n),
    exited: () => exited,
    exitPromise,
    stop: () => stopProcessGroup(proc, exitPromise, () => exited).finally(() => log.end()),
  };
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited during start-up (${JSON.stringify(exited)}); last output:\n${server.tail(40).join('\n')}`);
    if ((await httpStatus(`${server.url}healthz`)) === 200) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop();
  throw new Error(`code-server did not answer on ${server.url} within ${startTimeoutMs / 1000} s; last output:\n${server.tail(40).join('\n')}`);
}

/** SIGTERM to the whole process group, SIGKILL after a grace period. */
export async function stopProcessGroup(proc, exitPromise, exited, graceMs = 5000) {
  if (!proc.pid || exited()) return;
  const signalGroup = (sig) => {
    try {
      process.kill(-proc.pid, sig);
    } catch {
      try {
        proc.kill(sig);
      } catch {
        /* already gone */
      }
    }
  };
  signalGroup('SIGTERM');
  const timer = new Promise((r) => setTimeout(() => r('timeout'), graceMs));
  if ((await Promise.race([exitPromise, timer])) === 'timeout') {
    signalGroup('SIGKILL');
    await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 2000))]);
  }
  // children that outlived the leader (same group) get a final SIGKILL
  try {
    process.kill(-proc.pid, 'SIGKILL');
  } catch {
    /* group empty */
  }
}

/** vscode-remote URI for a server-side path, as the web workbench expects in `payload`. */
export function remoteUri(port, absPath) {
  return `vscode-remote://${HOST}:${port}${absPath.split(path.sep).join('/')}`;
}

/** Workbench URL opening `folder`, optionally as an Extension Development Host. */
export function workbenchUrl(port, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const params = new URLSearchParams({ folder });
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `http://${HOST}:${port}/?${params.toString()}`;
}

/** Launch flags for headless Chromium in containers / CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];
