// Lint: correctness rules plus the layer boundary. `src/core` may import only *types* from
// `vscode`, never the runtime, so it runs (and is unit-tested) in plain Node and in the CLI.
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
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'core and cli run without VS Code: import only types (import type ... from "vscode").', allowTypeImports: true }],
        patterns: [{ group: ['**/adapters/**', '**/features/**', '**/extension'], message: 'core must not depend on adapters or features.' }],
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
);
