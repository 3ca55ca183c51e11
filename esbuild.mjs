// Bundles the extension and the CLI (Node, CommonJS) and ships the tree-sitter WASM files beside them.
// esbuild cannot inline .wasm loaded at run time, so the runtime and grammars are copied to dist/wasm.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const WASM_FILES = ['tree-sitter.wasm', 'tree-sitter-python.wasm', 'tree-sitter-typescript.wasm', 'tree-sitter-tsx.wasm', 'tree-sitter-javascript.wasm'];

function copyWasm() {
  const from = dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.js'));
  mkdirSync('dist/wasm', { recursive: true });
  for (const file of WASM_FILES) cpSync(join(from, file), join('dist/wasm', file));
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The fallback to node_modules in treeSitter.ts is for tests run from source; the bundle uses dist/wasm.
  logOverride: { 'require-resolve-not-external': 'silent' },
  external: ['vscode'],
};

const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
];

copyWasm();
if (watch) {
  for (const entry of entries) await (await esbuild.context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
