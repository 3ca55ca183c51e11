// Issue 9: a kill at any moment leaves every file either as it was or as its complete result.
// `generate --write` runs over a copy of real code (parts of the machine's Python standard library)
// and is SIGKILLed at random moments, again and again; after each kill every file is checked.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { TEMP_FILE } from '../../src/cli/safeFs';
import { cliShim } from '../support/cli';

const PACKAGES = ['email', 'json', 'http'];
const KILLS = 20;

function stdlib(): string | undefined {
  const run = spawnSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  const path = run.stdout?.trim();
  return run.status === 0 && path && PACKAGES.every((p) => existsSync(join(path, p))) ? path : undefined;
}

function files(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((name) => !name.split('/').includes('__pycache__') && !name.endsWith('.docwright-shim.js'))
    .sort();
}

/** A small seeded generator (mulberry32): the kill moments are random but a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(dir: string, killAfterMs?: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliShim(dir), 'generate', '--write', ...PACKAGES], { cwd: dir, stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

describe('docwright generate --write: SIGKILL at random moments', function () {
  this.timeout(240_000);
  const root = stdlib();
  let work: string;
  before(function () {
    if (!root) this.skip();
    work = mkdtempSync(join(tmpdir(), 'docwright-kill-'));
  });
  after(() => work && rmSync(work, { recursive: true, force: true }));

  it('every file is its original or its complete result after each kill', async () => {
    const original = join(work, 'original');
    const expected = join(work, 'expected');
    const killed = join(work, 'killed');
    for (const copy of [original, expected, killed]) for (const p of PACKAGES) cpSync(join(root as string, p), join(copy, p), { recursive: true });
    const started = Date.now();
    await generate(expected);
    const fullRunMs = Date.now() - started;
    const names = files(original);
    const before = new Map(names.map((n) => [n, readFileSync(join(original, n))]));
    const after = new Map(names.map((n) => [n, readFileSync(join(expected, n))]));
    const changed = names.filter((n) => !before.get(n)?.equals(after.get(n) as Buffer));
    assert.ok(changed.length >= 20, `only ${changed.length} files change: not a meaningful tree`);

    const seed = Number(process.env.DOCWRIGHT_KILL_SEED ?? Date.now() % 1_000_000);
    const random = seeded(seed);
    let kills = 0;
    let leftovers = 0;
    for (let i = 0; i < KILLS; i++) {
      const at = Math.floor(random() * fullRunMs * 0.7);
      const run = await generate(killed, at);
      if (run.killed) kills++;
      for (const name of files(killed)) {
        if (TEMP_FILE.test(name.split('/').pop() as string)) {
          leftovers++;
          continue;
        }
        const now = readFileSync(join(killed, name));
        assert.ok(before.has(name), `seed ${seed}, kill ${i} at ${at} ms: unexpected file ${name}`);
        assert.ok(now.equals(before.get(name) as Buffer) || now.equals(after.get(name) as Buffer), `seed ${seed}, kill ${i} at ${at} ms: ${name} is neither its original nor its result (${now.length} bytes)`);
      }
    }
    // Finished without a kill, the tree is exactly the one a single uninterrupted run makes.
    await generate(killed);
    for (const name of names) assert.ok(readFileSync(join(killed, name)).equals(after.get(name) as Buffer), `${name} differs after the final run`);
    console.log(`      kill loop: ${kills} of ${KILLS} runs killed (seed ${seed}, full run ${fullRunMs} ms, ${changed.length} of ${names.length} files change); ${leftovers} temporary files left by kills`);
    assert.ok(kills >= KILLS / 2, `only ${kills} runs were killed before they finished`);
  });
});

describe('writeAtomically: SIGKILL in the middle of a write', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts a writer of 256 MB over `target`, kills it as soon as `writing()` says bytes are going out, and waits for it. */
  async function killMidWrite(how: 'atomic' | 'in-place', target: string, writing: () => boolean): Promise<boolean> {
    const script = join(dir, 'writer.js');
    const safeFs = join(__dirname, '..', '..', 'src', 'cli', 'safeFs.js');
    writeFileSync(script, `
      const fs = require('node:fs');
      const { writeAtomically, contentHash } = require(${JSON.stringify(safeFs)});
      const [target, how] = process.argv.slice(2);
      const data = Buffer.alloc(256 * 1024 * 1024, 120);
      if (how === 'atomic') writeAtomically(target, data, contentHash(fs.readFileSync(target)));
      else fs.writeFileSync(target, data);
    `);
    const child = spawn(process.execPath, [script, target, how], { stdio: 'ignore' });
    let caught = false;
    const poll = setInterval(() => {
      if (!caught && writing()) {
        caught = true;
        child.kill('SIGKILL');
      }
    }, 2);
    await new Promise((resolve) => child.on('close', resolve));
    clearInterval(poll);
    return caught;
  }

  it('leaves the old file whole (a truncate-and-write, the control, leaves a torn one)', async () => {
    const target = join(dir, 'big.py');
    const original = Buffer.from('x = 1\n'.repeat(100_000));
    const size = () => {
      try {
        return statSync(target).size;
      } catch {
        return -1;
      }
    };

    writeFileSync(target, original);
    const controlCaught = await killMidWrite('in-place', target, () => size() !== original.length);
    assert.ok(controlCaught, 'the control write finished before it could be killed');
    assert.ok(!readFileSync(target).equals(original), 'the control (an in-place write) should have torn the file');

    writeFileSync(target, original);
    const tempGrowing = () => readdirSync(dir).some((name) => TEMP_FILE.test(name) && statSync(join(dir, name)).size > 0);
    const caught = await killMidWrite('atomic', target, tempGrowing);
    assert.ok(caught, 'the atomic writer finished before it could be killed: no evidence');
    assert.ok(readFileSync(target).equals(original), 'the file is not its original after a kill during an atomic write');
  });
});
