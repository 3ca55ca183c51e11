#!/usr/bin/env node
// The package's postinstall: builds the CLI (`node esbuild.mjs --cli`: dist/cli.js, its pool worker
// dist/checkWorker.js and the AI's libraries in dist/vendor) when any is missing, e.g.
// in pre-commit's `npm install -g` of the packed repository. The repository's .npmrc sets
// ignore-scripts, so pre-commit's `npm install` and `npm pack` in its clone run no `prepare` and the
// tarball comes without dist/; `npm install -g` reads no project .npmrc and runs this instead, with
// esbuild from the hooks' additional_dependencies (.pre-commit-hooks.yaml). A no-op where they
// exist, and never run by `npm ci` in the repository (ignore-scripts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = [
  'cli.js',
  'checkWorker.js',
  ...['openai', 'zod', 'lru-cache', 'tiktoken-lite-init', 'tiktoken-encoders-o200k_base', 'tiktoken-encoders-cl100k_base'].map((name) => `vendor/${name}.js`),
  'wasm/tree-sitter.wasm',
  'wasm/tiktoken_bg.wasm',
  // Every grammar a language pack names (as esbuild.mjs copies them).
  ...readdirSync(join(root, 'src', 'languages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src', 'languages', entry.name, 'pack.ts')))
    .flatMap((entry) => [...readFileSync(join(root, 'src', 'languages', entry.name, 'pack.ts'), 'utf8').matchAll(/tree-sitter-[a-z-]+\.wasm/g)].map(([name]) => `wasm/${name}`)),
];
if (!BUILT.every((file) => existsSync(join(root, 'dist', file)))) {
  const r = spawnSync(process.execPath, ['esbuild.mjs', '--cli'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('docwright: could not build the CLI in dist/ (`node esbuild.mjs --cli` needs esbuild installed beside this package, as the pre-commit hooks install it)');
    process.exit(1);
  }
}
