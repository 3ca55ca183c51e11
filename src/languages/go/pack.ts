/** Go: godoc comments (`//` lines that start with the name), placed above the declaration. */
import { decodeByBom, EncodingError } from '../../core/text/encoding';
import type { LanguagePack } from '../types';
import { goConventions } from './conventions';
import { extractGo } from './extract';
import { goComment } from './godoc';
import { mergeGoDocstring } from './merge';

/** UTF-8 (the Go spec), with or without a BOM (go/scanner skips one; gofmt accepts it): a UTF-16 file is not Go source. */
function decodeGoSource(bytes: Uint8Array) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new EncodingError('the file starts with a UTF-16 byte order mark; Go source files are UTF-8');
  }
  return decodeByBom(bytes, 'Go source');
}

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
  decode: decodeGoSource,
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
