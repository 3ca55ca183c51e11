// Bundles the extension and the CLI (Node, CommonJS) and ships the tree-sitter WASM files beside them.
// esbuild cannot inline .wasm loaded at run time, so the runtime and grammars are copied to dist/wasm,
// and so is tiktoken's lite WASM (token counting for the AI; src/core/ai/tokens.ts loads it from there).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --cli: only what `docwright` needs (dist/cli.js, its pool worker dist/checkWorker.js, the AI's
// libraries in dist/vendor and dist/wasm), for the package's prepare step and scripts/build-cli.mjs.
const cliOnly = process.argv.includes('--cli');

// The runtime and every grammar a language pack names (src/languages/<id>/pack.ts).
const WASM_FILES = ['tree-sitter.wasm', ...packGrammars()];

function packGrammars() {
  const names = new Set();
  for (const entry of readdirSync('src/languages', { withFileTypes: true })) {
    const pack = join('src/languages', entry.name, 'pack.ts');
    if (entry.isDirectory() && existsSync(pack)) for (const [name] of readFileSync(pack, 'utf8').matchAll(/tree-sitter-[a-z-]+\.wasm/g)) names.add(name);
  }
  return [...names].sort();
}

function copyWasm() {
  const from = dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.js'));
  mkdirSync('dist/wasm', { recursive: true });
  for (const file of WASM_FILES) cpSync(join(from, file), join('dist/wasm', file));
  cpSync(require.resolve('tiktoken/lite/tiktoken_bg.wasm'), join('dist/wasm', 'tiktoken_bg.wasm'));
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

// The AI's libraries (openai SDK, tiktoken's ranks, zod, lru-cache: megabytes) are bundled apart, in
// dist/vendor, and required from there on first use, so activation and `docwright check` never parse
// them (they were 4.6 of the CLI bundle's 5.6 MB); our own code
// stays one bundle (one copy of every module, loaded lazily by src/features/loadAi.ts).
const VENDOR = {
  openai: "export * from 'openai'; export { default } from 'openai';",
  zod: "export * from 'zod';",
  'lru-cache': "export * from 'lru-cache';",
  'tiktoken/lite/init': "export * from 'tiktoken/lite/init';",
  'tiktoken/encoders/o200k_base': "export { default } from 'tiktoken/encoders/o200k_base';",
  'tiktoken/encoders/cl100k_base': "export { default } from 'tiktoken/encoders/cl100k_base';",
};
const vendorFile = (name) => `vendor/${name.replace(/\//g, '-')}.js`;
// Each import of a vendor library becomes a one-line CommonJS shim inside the bundle that requires
// dist/vendor/<name>.js; the shim is initialised (and the file required) on first use only, also
// for `import()`, which the shim turns into a plain require for the extension host.
const vendorExternal = {
  name: 'vendor-external',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(VENDOR).map((n) => n.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor' }));
    build.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${vendorFile(args.path)}`)});`, loader: 'js' }));
    build.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor' }, (args) => ({ path: args.path, external: true }));
  },
};

const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [vendorExternal] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [vendorExternal] },
  // check's pool workers (src/cli/pool.ts) load this beside cli.js.
  { entryPoints: ['src/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  // The metrics webview's page (src/features/metricsPanel.ts loads it): browser code, one IIFE, nothing external.
  { entryPoints: ['src/webview/metrics/main.ts'], outfile: 'dist/webview/metrics.js', platform: 'browser', format: 'iife', target: 'es2022', external: [] },
  ...Object.entries(VENDOR).map(([name, contents]) => ({ stdin: { contents, resolveDir: '.', loader: 'js' }, outfile: `dist/${vendorFile(name)}` })),
];

const CLI_FILES = /^dist\/(cli\.js|checkWorker\.js|vendor\/)/;
const chosen = cliOnly ? entries.filter((entry) => CLI_FILES.test(entry.outfile)) : entries;
copyWasm();
if (watch) {
  for (const entry of chosen) await (await esbuild.context({ ...common, ...entry })).watch();
} else {
  await Promise.all(chosen.map((entry) => esbuild.build({ ...common, ...entry })));
}
