/** PHP: PHPDoc docblocks, placed above the declaration and its `#[...]` attributes. */
import { decodeByBom } from '../../core/text/encoding';
import type { LanguagePack } from '../types';
import { phpConventions } from './conventions';
import { extractPhp } from './extract';
import { mergePhpdoc } from './merge';
import { phpdocComment } from './phpdoc';

export const phpPack: LanguagePack = {
  id: 'php',
  displayName: 'PHP',
  languageIds: ['php'],
  extensions: { '.php': 'php' },
  grammars: { php: 'tree-sitter-php.wasm' },
  styles: ['phpdoc'],
  styleSetting: 'phpStyle',
  templateSetting: 'templatePhp',
  projectConvention: false,
  // PHP reads bytes; its sources are UTF-8 in practice (a BOM would be output before `<?php`, but is read).
  decode: (bytes) => decodeByBom(bytes, 'PHP'),
  typesFromHover: () => false,
  typing: { typed: /^[ \t]*(\/\*\*)$/, closed: () => /^[ \t]*(\*\/)?[ \t]*$/, placement: 'above', noun: 'comment' },
  fence: 'php',
  promptName: () => 'PHP',
  extract: (root, text, _language, _indentUnit, options) => extractPhp(root, text, { walkBodies: options.walkBodies }),
  docComment: (lines, indent, { replacing }) => phpdocComment(lines, indent, replacing),
  // PHPDoc is the one docblock form.
  detectStyle: () => 'phpdoc',
  // PHPDoc writes a type on every @param and @return, native or not (`mixed` when the code has none).
  typesInCode: () => false,
  merge: (symbol, fresh, existing, _written, options) => mergePhpdoc(symbol, fresh, existing, options),
  conventions: phpConventions,
};
