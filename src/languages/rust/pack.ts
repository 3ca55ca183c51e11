/** Rust: rustdoc comments (`///` above the item and its attributes; `//!` for a module from inside it). */
import { decodeUtf8Source } from '../../core/text/encoding';
import type { LanguagePack } from '../types';
import { rustConventions } from './conventions';
import { extractRust } from './extract';
import { mergeRustDocstring } from './merge';
import { rustComment, rustDocComment } from './rustdoc';

export const rustPack: LanguagePack = {
  id: 'rust',
  displayName: 'Rust',
  languageIds: ['rust'],
  extensions: { '.rs': 'rust' },
  grammars: { rust: 'tree-sitter-rust.wasm' },
  styles: ['rustdoc'],
  styleSetting: 'rustStyle',
  templateSetting: 'templateRust',
  projectConvention: false,
  // rustc reads UTF-8 only (a BOM is skipped).
  decode: (bytes) => decodeUtf8Source(bytes, 'Rust'),
  typesFromHover: () => false,
  // Typing `///` on the line above an undocumented item offers its doc (rust-analyzer offers none).
  typing: { typed: /^[ \t]*(\/\/\/)$/, closed: () => /^[ \t]*$/, placement: 'above', noun: 'comment' },
  fence: 'rust',
  promptName: () => 'Rust',
  extract: (root, text, _language, indentUnit, options) => extractRust(root, text, { walkBodies: options.walkBodies, indentUnit }),
  // A replaced doc keeps its spelling (`//!`, a block); a new one is `///`, or `//!` for the file's module (a `///` there would document the first item).
  docComment: (lines, indent, { symbol, replacing }) => (replacing !== undefined ? rustDocComment(lines, indent, replacing) : rustComment(lines, indent, { inner: symbol.kind === 'module' })),
  // rustdoc has one form.
  detectStyle: () => 'rustdoc',
  // The signature has every type; rustdoc lists write none.
  typesInCode: () => true,
  merge: (symbol, fresh, existing, _written, options) => mergeRustDocstring(symbol, fresh, existing, options),
  conventions: rustConventions,
};
