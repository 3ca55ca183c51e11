/** TypeScript and JavaScript (and their JSX dialects): JSDoc and TSDoc comments, placed above the declaration. */
import { jsdocComment } from '../../core/generate/literal';
import { detectDocstringStyle } from '../../core/styles/detect';
import { decodeByBom } from '../../core/text/encoding';
import { typescriptConventions } from './conventions';
import { extractTypeScript } from './extract';
import { mergeJsDocstring } from './merge';
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
  styleSetting: 'jsStyle',
  templateSetting: 'templateJavascript',
  projectConvention: false,
  decode: (bytes) => decodeByBom(bytes, 'TypeScript and JavaScript'),
  typesFromHover: (language) => language === 'javascript' || language === 'javascriptreact',
  typing: { typed: /^[ \t]*(\/\*\*)$/, closed: () => /^[ \t]*(\*\/)?[ \t]*$/, placement: 'above', noun: 'comment' },
  escapeTextLine: (line) => line.replace(/^(\s*)@/, '$1\\@'),
  fence: 'typescript',
  // The id says which dialect (typescriptreact, javascript...), which the model should know.
  promptName: (language) => language,
  extract: (root, text, language, _indentUnit, options) => extractTypeScript(root, text, language, options.walkBodies),
  docComment: (lines, indent) => jsdocComment(lines, indent),
  detectStyle: (content) => detectDocstringStyle(content, 'js'),
  // TypeScript's compiler knows every type, inferred ones too; JavaScript's only what JSDoc says.
  typesInCode: (language) => language === 'typescript' || language === 'typescriptreact',
  // An author who writes `@param a The a.` (no hyphen) keeps that layout.
  keepLayout: (content, options) => {
    const params = content.split('\n').filter((l) => /^@(param|typeParam|template)\b/.test(l));
    if (params.length > 0 && params.every((l) => !/ - /.test(l))) options.jsdocSeparator = ' ';
  },
  conventions: typescriptConventions,
  merge: (symbol, fresh, existing, _written, options) => mergeJsDocstring(symbol, fresh, existing, options),
};
