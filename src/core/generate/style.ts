/** Choosing the docstring style for a file when the setting is `auto`. */
import { packFor } from '../../languages';
import type { DocStyle } from '../docstring/model';
import type { LanguageId, SymbolFact } from '../extract/types';
import { mostCommonStyle } from '../styles/detect';

export type StyleSetting = DocStyle | 'auto';

/**
 * `auto`: the majority style of the file's existing docstrings, else the project's configured
 * convention (pyproject.toml) when the language has it, else the language's default style.
 */
export function resolveStyle(setting: StyleSetting, language: LanguageId, symbols: readonly SymbolFact[], projectStyle?: DocStyle): DocStyle {
  if (setting !== 'auto') return setting;
  const pack = packFor(language);
  const docs = symbols.flatMap((s) => (s.docstring ? [s.docstring] : []));
  const fromFile = mostCommonStyle(docs, (doc) => pack.detectStyle(doc.content, doc.raw), pack.styles);
  if (fromFile) return fromFile;
  if (projectStyle && pack.styles.includes(projectStyle)) return projectStyle;
  return pack.styles[0];
}
