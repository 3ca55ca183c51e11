/** Choosing the docstring style for a file when the setting is `auto`. */
import type { DocStyle } from '../docstring/model';
import type { DocFamily, SymbolFact } from '../extract/types';
import { majorityStyle } from '../styles';

export type StyleSetting = DocStyle | 'auto';

/**
 * `auto`: the majority style of the file's existing docstrings, else the project's configured
 * convention (pyproject.toml), else Google for Python and JSDoc for TS/JS.
 */
export function resolveStyle(setting: StyleSetting, family: DocFamily, symbols: readonly SymbolFact[], projectStyle?: DocStyle): DocStyle {
  if (setting !== 'auto') return setting;
  const contents = symbols.flatMap((s) => (s.docstring ? [s.docstring.content] : []));
  const fromFile = majorityStyle(contents, family);
  if (fromFile) return fromFile;
  if (projectStyle && (family === 'python') === ['google', 'numpy', 'sphinx'].includes(projectStyle)) return projectStyle;
  return family === 'python' ? 'google' : 'jsdoc';
}
