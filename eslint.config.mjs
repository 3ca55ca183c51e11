// Lint: correctness rules plus the layer boundary. `src/core` may import only *types* from
// `vscode`, never the runtime, so it runs (and is unit-tested) in plain Node and in the CLI.
// `src/webview` is browser code with its own tsconfig (DOM, no Node); it may import neither `vscode`
// nor Node's modules nor the extension's adapters and features.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/fixtures/**', 'test/integration/workspace/**', 'samples/**', '.vscode-test/**', 'media/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/languages/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'core and cli run without VS Code: import only types (import type ... from "vscode").', allowTypeImports: true }],
        patterns: [{ group: ['**/adapters/**', '**/features/**', '**/extension'], message: 'core must not depend on adapters or features.' }],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: ['src/webview/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'the webview page runs in a browser: talk to the extension through src/shared/metricsProtocol.ts.' },
          ...builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: 'the webview page runs in a browser: no Node modules.' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'the webview page runs in a browser: no Node modules.' },
          { group: ['**/adapters/**', '**/features/**', '**/extension'], message: 'the webview page must not depend on adapters or features (they use vscode and Node).' },
          // Of the core, only the pure browser-safe metrics helpers (the store uses zod and process).
          { regex: '(^|/)core/(?!metrics/(format|histogram|markerLabels|types)$)', message: 'the webview page may import only core/metrics/{format,histogram,markerLabels,types} from the core.' },
        ],
      }],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/features/**', '**/extension'], message: 'adapters sit below features.' }],
      }],
    },
  },
  {
    // Language packs (docs/language-packs.md): what differs by language is asked of the language's
    // pack (src/languages/<id>), never decided by comparing a language id in the shared code.
    files: ['src/**/*.ts'],
    ignores: ['src/languages/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(python|typescript|typescriptreact|javascript|javascriptreact|go|java)$/]",
        message: 'Do not branch on a language id outside src/languages: ask its pack (packFor(language), conventionsOf(language)).',
      }],
    },
  },
);
