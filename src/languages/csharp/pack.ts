/** C#: XML documentation comments (`///`), placed above the declaration and its attributes. */
import { mergeDocstring } from '../../core/generate/template';
import { decodeByBom } from '../../core/text/encoding';
import { sameType } from '../../core/validate/types';
import type { LanguagePack } from '../types';
import { csharpComment } from './comments';
import { csharpConventions } from './conventions';
import { extractCSharp } from './extract';

export const csharpPack: LanguagePack = {
  id: 'csharp',
  displayName: 'C#',
  languageIds: ['csharp'],
  extensions: { '.cs': 'csharp' },
  grammars: { csharp: 'tree-sitter-c-sharp.wasm' },
  styles: ['xmldoc'],
  styleSetting: 'csharpStyle',
  templateSetting: 'templateCsharp',
  projectConvention: false,
  // The C# compiler reads UTF-8 (with or without a BOM) and UTF-16 with a BOM.
  decode: (bytes) => decodeByBom(bytes, 'C#'),
  typesFromHover: () => false,
  // Typing `///` is answered by the C# extension's own template; Docwright does not compete with it.
  typing: { typed: /(?!)/, closed: () => /(?!)/, placement: 'above', noun: 'comment' },
  fence: 'csharp',
  promptName: () => 'C#',
  extract: (root, text, _language, _indentUnit, options) => extractCSharp(root, text, { walkBodies: options.walkBodies }),
  docComment: (lines, indent) => csharpComment(lines, indent),
  detectStyle: () => 'xmldoc',
  typesInCode: () => true,
  merge: (_symbol, fresh, existing, _written, options) => mergeDocstring(fresh, existing, sameType, options),
  conventions: csharpConventions,
  // The model writes text, not XML: its <, > and & are written as entities.
  escapeTextLine: (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
};
