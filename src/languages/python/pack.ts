/** Python: Google, NumPy and Sphinx docstrings, placed inside the body. */
import { extractPython } from './extract';
import type { LanguagePack } from '../types';

export const pythonPack: LanguagePack = {
  id: 'python',
  displayName: 'Python',
  languageIds: ['python'],
  extensions: { '.py': 'python', '.pyi': 'python' },
  grammars: { python: 'tree-sitter-python.wasm' },
  styles: ['google', 'numpy', 'sphinx'],
  family: 'python',
  fence: 'python',
  promptName: () => 'Python',
  extract: (root, text, _language, indentUnit, options) => extractPython(root, text, indentUnit, options.walkBodies, options.reuse, options.lean),
};
