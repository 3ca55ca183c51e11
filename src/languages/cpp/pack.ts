/** C and C++: Doxygen comments, `/** *\/` blocks or `///` lines, above the declaration, its template line and attributes. */
import { decodeByBom } from '../../core/text/encoding';
import type { LanguagePack } from '../types';
import { cppConventions } from './conventions';
import { doxygenDocComment, doxygenLayout } from './doxygen';
import { extractCpp } from './extract';
import { cppParseInput } from './macros';
import { mergeDoxygen } from './merge';

export const cppPack: LanguagePack = {
  id: 'cpp',
  displayName: 'C/C++',
  languageIds: ['c', 'cpp'],
  // As VS Code reads them: `.h` is C++ (the C++ grammar reads C too; there is no C grammar).
  extensions: { '.c': 'c', '.h': 'cpp', '.cpp': 'cpp', '.cc': 'cpp', '.cxx': 'cpp', '.hpp': 'cpp', '.hh': 'cpp', '.hxx': 'cpp', '.ipp': 'cpp', '.inl': 'cpp', '.tcc': 'cpp' },
  grammars: { c: 'tree-sitter-cpp.wasm', cpp: 'tree-sitter-cpp.wasm' },
  styles: ['doxygen', 'doxygen-slash'],
  styleSetting: 'cppStyle',
  templateSetting: 'templateCpp',
  projectConvention: false,
  decode: (bytes) => decodeByBom(bytes, 'C and C++'),
  typesFromHover: () => false,
  // `/**` or `///` on the line above a declaration (the comment's form is the file's style either way).
  typing: { typed: /^[ \t]*(\/\*\*|\/\/\/)$/, closed: (opener) => (opener === '/**' ? /^[ \t]*(\*\/)?[ \t]*$/ : /^[ \t]*$/), placement: 'above', noun: 'comment' },
  fence: 'cpp',
  promptName: (language) => (language === 'c' ? 'C' : 'C++'),
  // Macros the grammar cannot read (`_GLIBCXX_BEGIN_NAMESPACE_VERSION`, `__THROW`) and a C header's
  // `extern "C" {` guard braces are blanked for tree-sitter.
  parseInput: cppParseInput,
  extract: (root, text, language, indentUnit, options) => extractCpp(root, text, { walkBodies: options.walkBodies, indentUnit, language: language === 'c' ? 'c' : 'cpp' }),
  // A replaced comment keeps its spelling; a new one is the style's form.
  docComment: (lines, indent, { replacing, style }) => doxygenDocComment(lines, indent, replacing, style === 'doxygen-slash' ? 'slash' : 'block'),
  // The content is the same in both forms: only the raw comment tells.
  detectStyle: (_content, raw) => (raw === undefined ? undefined : /^\/\/[/!]/.test(raw) ? 'doxygen-slash' : 'doxygen'),
  // Doxygen comments write no types: the declaration has them.
  typesInCode: () => true,
  merge: (_symbol, fresh, existing, _written, options) => mergeDoxygen(fresh, existing, options),
  keepLayout: (content, options) => {
    const layout = doxygenLayout(content);
    options.doxygenBrief = layout.brief;
    options.doxygenCommand = layout.command;
  },
  conventions: cppConventions,
};
