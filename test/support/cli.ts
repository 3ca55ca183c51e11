// Runs the docwright CLI as a user does: a child process with a file entry point like bin/docwright.js.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled CLI; DOCWRIGHT_TEST_CLI points the same tests at another build (e.g. an older commit's, to see them fail). */
export const CLI_MAIN = process.env.DOCWRIGHT_TEST_CLI ?? join(__dirname, '..', '..', 'src', 'cli', 'main.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time of the process, in ms. */
  ms: number;
  /** Date.now() when the process ended. */
  endedAt: number;
}

export interface CliOptions {
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** The process is killed (SIGKILL) after this long. Default 60 s. */
  limitMs?: number;
  uid?: number;
  gid?: number;
  /** Where the shim file goes (default `cwd`); it must be readable by `uid`. */
  shimDir?: string;
}

/** A shim file in `dir` that starts the CLI, so argv has the installed command's shape. */
export function cliShim(dir: string): string {
  const shim = join(dir, '.docwright-shim.js');
  writeFileSync(shim, `require(${JSON.stringify(CLI_MAIN)}).run();\n`);
  return shim;
}

/** The test's environment without anything that would send a request somewhere or change the CLI's AI settings. */
function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    OPENAI_API_KEY: undefined,
    AZURE_OPENAI_API_KEY: undefined,
    DOCWRIGHT_API_KEY: undefined,
    OPENAI_ORG_ID: undefined,
    OPENAI_PROJECT_ID: undefined,
    OPENAI_BASE_URL: undefined,
    ...extra,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

/** Synchronous: for runs that need nothing from this process meanwhile. */
export function runCliSync(args: string[], cwd: string, options: CliOptions = {}): CliRun {
  const started = Date.now();
  const shim = cliShim(options.shimDir ?? cwd);
  const result = spawnSync(process.execPath, [shim, ...args], { cwd, env: childEnv(options.env), encoding: 'utf8', uid: options.uid, gid: options.gid, timeout: options.limitMs ?? 60_000, killSignal: 'SIGKILL' });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started, endedAt: Date.now() };
}

/** Asynchronous: the test process stays free to serve a fake model server or change files meanwhile. */
export function runCli(args: string[], cwd: string, options: CliOptions = {}): Promise<CliRun> {
  const shim = cliShim(options.shimDir ?? cwd);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [shim, ...args], { cwd, env: childEnv(options.env), uid: options.uid, gid: options.gid });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 60_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, endedAt: Date.now() });
    });
  });
}
