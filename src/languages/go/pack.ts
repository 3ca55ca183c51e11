/** Go: godoc comments (`//` lines that start with the name), placed above the declaration. */
import { decodeUtf8Source } from '../../core/text/encoding';
import type { LanguagePack } from '../types';
import { goConventions } from './conventions';
import { extractGo } from './extract';
import { goComment } from './godoc';
import { mergeGoDocstring } from './merge';

export const goPack: LanguagePack = {
  id: 'go',
  displayName: 'Go',
  languageIds: ['go'],
  extensions: { '.go': 'go' },
  grammars: { go: 'tree-sitter-go.wasm' },
  styles: ['godoc'],
  styleSetting: 'goStyle',
  templateSetting: 'templateGo',
  projectConvention: false,
  // UTF-8 (the Go spec), with or without a BOM (go/scanner skips one; gofmt accepts it).
  decode: (bytes) => decodeUtf8Source(bytes, 'Go'),
  typesFromHover: () => false,
  // Typing `//` starts every comment, not only doc comments: offering a completion there would be noise.
  typing: { typed: /(?!)/, closed: () => /^[ \t]*$/, placement: 'above', noun: 'comment' },
  fence: 'go',
  promptName: () => 'Go',
  extract: (root, text, _language, _indentUnit, options) => extractGo(root, text, options.walkBodies),
  docComment: (lines, indent) => goComment(lines, indent),
  // Go has one doc comment form.
  detectStyle: () => 'godoc',
  // The compiler knows every type; a Go comment writes none anyway.
  typesInCode: () => true,
  merge: mergeGoDocstring,
  conventions: goConventions,
};
