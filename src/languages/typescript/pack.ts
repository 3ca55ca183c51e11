/** TypeScript and JavaScript (and their JSX dialects): JSDoc and TSDoc comments, placed above the declaration. */
import { extractTypeScript } from './extract';
import type { LanguagePack } from '../types';

export const typescriptPack: LanguagePack = {
  id: 'typescript',
  displayName: 'TypeScript/JavaScript',
  languageIds: ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'],
  extensions: {
    '.ts': 'typescript',
    '.mts': 'typescript',
    '.cts': 'typescript',
    '.tsx': 'typescriptreact',
    '.js': 'javascript',
    '.mjs': 'javascript',
    '.cjs': 'javascript',
    '.jsx': 'javascriptreact',
  },
  grammars: {
    typescript: 'tree-sitter-typescript.wasm',
    typescriptreact: 'tree-sitter-tsx.wasm',
    javascript: 'tree-sitter-javascript.wasm',
    javascriptreact: 'tree-sitter-javascript.wasm',
  },
  styles: ['jsdoc', 'tsdoc'],
  family: 'js',
  fence: 'typescript',
  // The id says which dialect (typescriptreact, javascript...), which the model should know.
  promptName: (language) => language,
  extract: (root, text, language, _indentUnit, options) => extractTypeScript(root, text, language, options.walkBodies),
};
