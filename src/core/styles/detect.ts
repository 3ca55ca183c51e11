/** Which style an existing docstring uses, which one a project uses, and what pyproject.toml says. */

import type { DocStyle } from '../docstring/model';
import type { DocFamily } from '../extract/types';
import { isBlank, indentOf, splitLines } from './common';

const GOOGLE_HEADER =
  /^\s*(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Other Parameters|Returns?|Yields?|Raises?|Examples?|Attributes|Methods|Notes?|Todo|Warnings?|Warns|See Also|References)\s*:\s*$/;
const SPHINX_FIELD =
  /^\s*:(param|parameter|arg|argument|key|keyword|type|returns?|rtype|yields?|ytype|raises?|except|exception|var|ivar|cvar|vartype)(\s[^:]*)?:/;
const UNDERLINE = /^\s*-{3,}\s*$/;

function pythonScores(lines: string[]): Record<'google' | 'numpy' | 'sphinx', number> {
  const s = { google: 0, numpy: 0, sphinx: 0 };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (i + 1 < lines.length && !UNDERLINE.test(l) && UNDERLINE.test(lines[i + 1]) && /^\s*[A-Za-z][A-Za-z ]*$/.test(l)) s.numpy++;
    if (SPHINX_FIELD.test(l)) s.sphinx++;
    if (GOOGLE_HEADER.test(l)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length && indentOf(lines[j]) > indentOf(l)) s.google++;
    }
  }
  return s;
}

const TSDOC_ONLY = /^\s*@(typeParam|remarks|privateRemarks|defaultValue|packageDocumentation|label|decorator|sealed|virtual|eventProperty)\b/;
const JSDOC_ONLY = /^\s*@(template|typedef|callback|type|property|prop|arg|argument|return|function|func|method|memberof|namespace|module|constant|const|enum|lends|this|augments|extends|borrows)\b/;
const TYPED_TAG = /^\s*@(param|returns?|yields?|throws|exception|template|property|prop|type|typedef|arg|argument)\s+\{(?!@)/;
const HYPHEN_PARAM = /^\s*@param\s+[\w$.[\]=]+\s+-(\s|$)/;

function jsScores(lines: string[]): { jsdoc: number; tsdoc: number; tags: number } {
  const s = { jsdoc: 0, tsdoc: 0, tags: 0 };
  for (const l of lines) {
    if (!/^\s*@\w/.test(l)) continue;
    s.tags++;
    if (TSDOC_ONLY.test(l)) s.tsdoc++;
    if (/^\s*@throws\s+\{@link/.test(l)) s.tsdoc++;
    if (HYPHEN_PARAM.test(l)) s.tsdoc++;
    if (JSDOC_ONLY.test(l)) s.jsdoc++;
    if (TYPED_TAG.test(l)) s.jsdoc++;
  }
  return s;
}

const MAX_DETECTED = 20_000;
/** Detected styles by content: the editor asks about every docstring of a file after each edit (the majority). */
const detected = new Map<string, DocStyle | undefined>();

/** The style of one docstring's content; undefined when it has no sections or tags (a one-liner, prose). */
export function detectDocstringStyle(content: string, family: DocFamily): DocStyle | undefined {
  const key = `${family}\0${content}`;
  if (detected.has(key)) return detected.get(key);
  const style = detectUncached(content, family);
  if (detected.size >= MAX_DETECTED) detected.clear();
  detected.set(key, style);
  return style;
}

function detectUncached(content: string, family: DocFamily): DocStyle | undefined {
  const lines = splitLines(content);
  if (family === 'js') {
    const s = jsScores(lines);
    if (s.tags === 0) return undefined;
    // A plain `@param a desc` or `@deprecated` says nothing either way: JSDoc is the default.
    return s.tsdoc > s.jsdoc ? 'tsdoc' : 'jsdoc';
  }
  const s = pythonScores(lines);
  let best: DocStyle | undefined;
  let bestScore = 0;
  for (const k of ['google', 'numpy', 'sphinx'] as const) {
    if (s[k] > bestScore) {
      best = k;
      bestScore = s[k];
    }
  }
  return best;
}

/** The most common detected style among a project's docstrings; ties go google>numpy>sphinx, jsdoc>tsdoc. */
export function majorityStyle(contents: string[], family: DocFamily): DocStyle | undefined {
  return mostCommonStyle(contents, (c) => detectDocstringStyle(c, family), family === 'js' ? ['jsdoc', 'tsdoc'] : ['google', 'numpy', 'sphinx']);
}

/** The most common style `detect` finds among `contents`; ties go to the earlier in `order`. */
export function mostCommonStyle<T>(contents: readonly T[], detect: (content: T) => DocStyle | undefined, order: readonly DocStyle[]): DocStyle | undefined {
  const counts = new Map<DocStyle, number>();
  for (const c of contents) {
    const s = detect(c);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: DocStyle | undefined;
  let bestCount = 0;
  for (const s of order) {
    const n = counts.get(s) ?? 0;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function normKey(key: string): string {
  return key
    .split('.')
    .map((p) => p.trim().replace(/^["']|["']$/g, ''))
    .join('.')
    .toLowerCase();
}

/**
 * The docstring style a pyproject.toml asks for: `[tool.pydoclint] style`, else ruff's
 * `[tool.ruff.lint.pydocstyle]` / `[tool.ruff.pydocstyle]` `convention` (also dotted keys and inline
 * tables), else `[tool.pydocstyle] convention`. `pep257` and unknown values give undefined.
 * A line-based reader of those keys only, not a TOML parser (multi-line values are ignored).
 */
export function styleFromPyproject(tomlText: string): DocStyle | undefined {
  const values = new Map<string, string>();
  let table = '';
  for (const raw of splitLines(tomlText)) {
    const line = stripComment(raw).trim();
    if (!line) continue;
    const th = /^\[\[?([^\]]+)\]\]?$/.exec(line);
    if (th) {
      table = normKey(th[1]);
      continue;
    }
    const kv = /^([\w"'.\- ]+?)\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    const key = table ? `${table}.${normKey(kv[1])}` : normKey(kv[1]);
    const value = kv[2].trim();
    if (value.startsWith('{')) {
      for (const m of value.matchAll(/([\w"'.-]+)\s*=\s*["']([^"']*)["']/g)) values.set(`${key}.${normKey(m[1])}`, m[2]);
    } else {
      const s = /^["']([^"']*)["']/.exec(value);
      if (s) values.set(key, s[1]);
    }
  }
  const pick = (v: string | undefined, allowed: readonly string[]): DocStyle | undefined => {
    const l = v?.trim().toLowerCase();
    return l && allowed.includes(l) ? (l as DocStyle) : undefined;
  };
  const pydoclint = values.get('tool.pydoclint.style');
  if (pydoclint !== undefined) {
    const s = pick(pydoclint, ['google', 'numpy', 'sphinx']);
    if (s) return s;
  }
  const ruff = values.get('tool.ruff.lint.pydocstyle.convention') ?? values.get('tool.ruff.pydocstyle.convention');
  if (ruff !== undefined) return pick(ruff, ['google', 'numpy']);
  return pick(values.get('tool.pydocstyle.convention'), ['google', 'numpy']);
}
