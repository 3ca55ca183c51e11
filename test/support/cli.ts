// Runs the docwright CLI as a user does: a child process with a file entry point like bin/docwright.js.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled CLI; DOCWRIGHT_TEST_CLI points the same tests at another build (e.g. an older commit's, to see them fail). */
export const CLI_MAIN = process.env.DOCWRIGHT_TEST_CLI ?? join(__dirname, '..', '..', 'src', 'cli', 'main.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A shim file in `dir` that starts the CLI, so argv has the installed command's shape. */
export function cliShim(dir: string): string {
  const shim = join(dir, '.docwright-shim.js');
  writeFileSync(shim, `require(${JSON.stringify(CLI_MAIN)}).run();\n`);
  return shim;
}

export function runCliSync(args: string[], cwd: string, options: { uid?: number; gid?: number; shimDir?: string } = {}): CliRun {
  const shim = cliShim(options.shimDir ?? cwd);
  const result = spawnSync(process.execPath, [shim, ...args], { cwd, encoding: 'utf8', uid: options.uid, gid: options.gid, timeout: 60_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Async: the test process stays free to serve a fake model server or change files meanwhile. */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}, spawnOptions: SpawnOptions = {}): Promise<CliRun> {
  const shim = cliShim(cwd);
  const childEnv: Record<string, string | undefined> = { ...process.env, OPENAI_API_KEY: undefined, AZURE_OPENAI_API_KEY: undefined, DOCWRIGHT_API_KEY: undefined, ...env };
  for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [shim, ...args], { cwd, env: childEnv as NodeJS.ProcessEnv, ...spawnOptions });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
