/** Python: Google, NumPy and Sphinx docstrings, placed inside the body. */
import { pythonLiteral } from '../../core/generate/literal';
import { detectDocstringStyle } from '../../core/styles/detect';
import { decodePythonSource } from '../../core/text/encoding';
import { pythonConventions } from './conventions';
import { extractPython } from './extract';
import { pythonLeanInput } from './leanInput';
import { mergePythonDocstring } from './merge';
import type { LanguagePack } from '../types';

export const pythonPack: LanguagePack = {
  id: 'python',
  displayName: 'Python',
  languageIds: ['python'],
  extensions: { '.py': 'python', '.pyi': 'python' },
  grammars: { python: 'tree-sitter-python.wasm' },
  styles: ['google', 'numpy', 'sphinx'],
  styleSetting: 'pythonStyle',
  templateSetting: 'templatePython',
  projectConvention: true,
  decode: decodePythonSource,
  typesFromHover: () => false,
  typing: {
    typed: /^[ \t]*("""|''')$/,
    closed: (opener) => new RegExp(`^${opener[0]}{0,3}[ \\t]*$`),
    placement: 'inside',
    emptyBody: 'pass',
    noun: 'docstring',
  },
  fence: 'python',
  promptName: () => 'Python',
  leanInput: pythonLeanInput,
  extract: (root, text, _language, indentUnit, options) => extractPython(root, text, indentUnit, options.walkBodies, options.reuse, options.lean),
  // A string literal inside the body; an `r`/`u` prefix the author wrote stays.
  docComment: (lines, indent, { quote, replacing }) => pythonLiteral(lines, indent, quote, replacing ? (/^[rRuU]*/.exec(replacing)?.[0] ?? '') : ''),
  detectStyle: (content) => detectDocstringStyle(content, 'python'),
  typesInCode: () => false,
  merge: mergePythonDocstring,
  conventions: pythonConventions,
};
