import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeOpenAI, groupAnswers } from '../support/fakeOpenAI';

// What `npm pack` puts in the package, which pre-commit installs the remote hooks from
// (.npmignore; the .vsix has its own list, .vscodeignore). dist/ is there only after a build.
const ROOT = join(__dirname, '..', '..', '..');

describe('npm package (pre-commit hooks)', function () {
  this.timeout(60000);
  let files: string[];
  before(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
  });

  it('holds the CLI and what builds it, not the tests or docs', () => {
    for (const file of ['package.json', 'bin/docwright.js', 'scripts/build-cli.mjs', 'esbuild.mjs', 'tsconfig.json', 'src/cli/main.ts']) {
      assert.ok(files.includes(file), `${file} is not packed`);
    }
    assert.deepEqual(files.filter((f) => /^(test|docs|samples|out|node_modules)\//.test(f)), []);
    const cliFiles = /^dist\/(cli\.js|checkWorker\.js|vendor\/[\w.-]+\.js|wasm\/[\w.-]+\.wasm)$/;
    assert.deepEqual(files.filter((f) => f.startsWith('dist/') && !cliFiles.test(f)), []);
  });

  describe('installed as pre-commit installs it (packed, dist/ built by the postinstall)', () => {
    let work: string;
    let pkg: string;
    before(() => {
      work = mkdtempSync(join(tmpdir(), 'docwright-pack-'));
      const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!;
      execFileSync('tar', ['xzf', join(work, tarball)], { cwd: work });
      pkg = join(work, 'package');
      // What the hooks' npm install provides: the dependencies, esbuild among them.
      symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
      rmSync(join(pkg, 'dist'), { recursive: true, force: true });
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: pkg, stdio: 'ignore' });
    });
    after(() => rmSync(work, { recursive: true, force: true }));
    const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [join(pkg, 'bin', 'docwright.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });

    it('checks a folder on worker threads (dist/checkWorker.js is installed), the same as one thread', () => {
      const project = join(work, 'project');
      mkdirSync(project);
      const source = Array.from({ length: 400 }, (_, k) => `def f${k}(a, b):\n    """Do.\n\n    Args:\n        a: x\n    """\n    return a + b\n\n\n`).join('');
      for (let i = 0; i < 8; i++) writeFileSync(join(project, `m${i}.py`), source);
      const pooled = cli(['check', '--no-cache', '--jobs', '2', '--format', 'json', '.'], project);
      assert.equal(pooled.stderr, '');
      assert.equal(pooled.status, 1);
      // Each function: 'b' undocumented (DW102) and no Returns (DW201).
      assert.equal((JSON.parse(pooled.stdout) as unknown[]).length, 8 * 400 * 2);
      assert.equal(cli(['check', '--no-cache', '--jobs', '1', '--format', 'json', '.'], project).stdout, pooled.stdout);
    });

    it('--ai loads the AI libraries from dist/vendor and describes a function', async () => {
      const server = await FakeOpenAI.start();
      try {
        server.fallback = groupAnswers({ summary: () => 'Adds two numbers.' }); // the module and add, in one request
        const project = join(work, 'ai');
        mkdirSync(project);
        writeFileSync(join(project, 'm.py'), 'def add(a, b):\n    return a + b\n');
        const run = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
          const args = ['generate', '--ai', '--provider', 'compatible', '--base-url', server.baseURL, '--model', 'm', 'm.py'];
          const child = spawn(process.execPath, [join(pkg, 'bin', 'docwright.js'), ...args], { cwd: project, env: { PATH: process.env.PATH, DOCWRIGHT_API_KEY: 'test-key' } });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('error', reject);
          child.on('close', () => resolve({ stdout, stderr }));
        });
        assert.match(run.stdout, /Adds two numbers\./, run.stderr);
      } finally {
        await server.close();
      }
    });
  });

  it('the hooks install the esbuild the lockfile has (scripts/build-cli.mjs builds with it)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const pins = [...hooks.matchAll(/additional_dependencies: \[esbuild@([^\]]+)\]/g)].map((m) => m[1]);
    assert.equal(pins.length, 2);
    for (const pin of pins) assert.equal(pin, lock.packages['node_modules/esbuild'].version);
  });
});
