/** Ruby: YARD comments (`#` lines), placed above the definition as YARD attaches them. */
import { mergeDocstring } from '../../core/generate/template';
import { decodeByBom } from '../../core/text/encoding';
import { sameType } from '../../core/validate/types';
import type { LanguagePack } from '../types';
import { rubyConventions } from './conventions';
import { extractRuby } from './extract';
import { yardComment } from './yard';

export const rubyPack: LanguagePack = {
  id: 'ruby',
  displayName: 'Ruby',
  languageIds: ['ruby'],
  extensions: { '.rb': 'ruby' },
  grammars: { ruby: 'tree-sitter-ruby.wasm' },
  styles: ['yard'],
  styleSetting: 'rubyStyle',
  templateSetting: 'templateRuby',
  projectConvention: false,
  // Ruby reads source as UTF-8 by default (a magic `# encoding:` comment naming another is rare).
  decode: (bytes) => decodeByBom(bytes, 'Ruby'),
  typesFromHover: () => false,
  // Typing `#` starts every comment: offering a completion there would be noise.
  typing: { typed: /(?!)/, closed: () => /(?!)/, placement: 'above', noun: 'comment' },
  fence: 'ruby',
  promptName: () => 'Ruby',
  extract: (root, text, _language, indentUnit, options) => extractRuby(root, text, { walkBodies: options.walkBodies, indentUnit }),
  docComment: (lines, indent, { replacing }) => yardComment(lines, indent, replacing),
  // YARD is the one tag form Docwright writes for Ruby.
  detectStyle: () => 'yard',
  // Ruby code has no type annotations: YARD's `[Type]`s are the only ones (written unless `types` is `never`).
  typesInCode: () => false,
  merge: (_symbol, fresh, existing, _written, options) => mergeDocstring(fresh, existing, sameType, options),
  conventions: rubyConventions,
};
