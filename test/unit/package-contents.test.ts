import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
    assert.deepEqual(files.filter((f) => f.startsWith('dist/') && f !== 'dist/cli.js' && !f.startsWith('dist/wasm/')), []);
  });

  it('the hooks install the esbuild the lockfile has (scripts/build-cli.mjs builds with it)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const pins = [...hooks.matchAll(/additional_dependencies: \[esbuild@([^\]]+)\]/g)].map((m) => m[1]);
    assert.equal(pins.length, 2);
    for (const pin of pins) assert.equal(pin, lock.packages['node_modules/esbuild'].version);
  });
});
