/** Line helpers shared by the style parsers and renderers. Pure string work, no dependencies. */

import type { DocParam, Docstring, RenderOptions } from '../docstring/model';

export interface DocProblem {
  /** 0-based line within the content. */
  line: number;
  message: string;
  kind: 'unknown-section' | 'layout';
  /** The section this problem leaves unread (an entry without a name, indented wrongly): its checks are skipped, not guessed. */
  section?: SectionKind;
}

export type SectionKind = 'params' | 'returns' | 'yields' | 'raises';

const SECTION_NAMES: Record<SectionKind, string> = { params: 'parameter', returns: 'return', yields: 'yield', raises: 'exception' };

/** A known section with nothing in it: it documents nothing, so its checks are not run on a guess. */
export function emptySection(line: number, title: string, section: SectionKind): DocProblem {
  return { line, kind: 'layout', section, message: `The "${title}" section is empty; write each ${SECTION_NAMES[section]} in it, indented under the title, or remove it.` };
}

export interface ParseResult {
  doc: Docstring;
  problems: DocProblem[];
}

export function splitLines(content: string): string[] {
  return content.replace(/\r\n?/g, '\n').split('\n');
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

export function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/** Remove the common indentation of the non-blank lines; blank lines become ''; trailing spaces go. */
export function dedent(lines: readonly string[]): string[] {
  let min = Infinity;
  for (const l of lines) if (!isBlank(l)) min = Math.min(min, indentOf(l));
  if (min === Infinity) min = 0;
  return lines.map((l) => (isBlank(l) ? '' : l.slice(min).trimEnd()));
}

/** Drop leading and trailing blank lines. */
export function trimBlank(lines: readonly string[]): string[] {
  let s = 0;
  let e = lines.length;
  while (s < e && isBlank(lines[s])) s++;
  while (e > s && isBlank(lines[e - 1])) e--;
  return lines.slice(s, e);
}

export function joinText(lines: readonly string[]): string {
  return trimBlank(lines.map((l) => (isBlank(l) ? '' : l.trimEnd()))).join('\n');
}

/** Lines of a '\n'-joined text, each prefixed (blank lines stay ''). */
export function indentText(text: string, prefix: string): string[] {
  if (text === '') return [];
  return text.split('\n').map((l) => (l.trim() === '' ? '' : prefix + l));
}

/**
 * A one-line head followed by a '\n'-joined text whose continuation lines get `contPrefix`.
 * `head` already ends where the first description line should start (no trailing space added when empty).
 */
export function headWithText(head: string, text: string, sep: string, contPrefix: string): string[] {
  const [first, ...rest] = text === '' ? [''] : text.split('\n');
  const out = [first === '' ? head : head + sep + first];
  for (const l of rest) out.push(l.trim() === '' ? '' : contPrefix + l);
  return out;
}

/** First line of an item + its continuation lines (dedented among themselves) as one text. */
export function itemText(first: string, continuation: readonly string[]): string {
  // joinText trims blank lines at both ends; a blank line between the first line and the rest stays.
  return joinText([first.trim(), ...dedent(continuation)]);
}

/** Summary = first paragraph; description = the rest. */
export function splitHead(lines: readonly string[]): { summary: string; description: string } {
  const body = trimBlank(lines.map((l) => l.trimEnd()));
  let i = 0;
  while (i < body.length && !isBlank(body[i])) i++;
  return { summary: joinText(body.slice(0, i).map((l) => l.trim())), description: joinText(dedent(body.slice(i))) };
}

export function renderHead(doc: Docstring): string[] {
  const out: string[] = [];
  if (doc.summary !== '') out.push(...doc.summary.split('\n'));
  if (doc.description !== '') {
    if (out.length) out.push('');
    out.push(...doc.description.split('\n').map((l) => (l.trim() === '' ? '' : l)));
  }
  return out;
}

/** Append a block after a blank separator line (none at the very top). */
export function pushBlock(out: string[], block: readonly string[]): void {
  if (block.length === 0) return;
  if (out.length) out.push('');
  out.push(...block);
}

/** Whether `auto`/`always`/`never` shows this parameter's type. Unknown types are never shown. */
export function paramTypeShown(p: DocParam, opts: RenderOptions): string | undefined {
  if (!p.type || opts.types === 'never') return undefined;
  if (opts.types === 'always') return p.type;
  const bare = p.name.replace(/^\\?\*\\?\*?/, '');
  const root = bare.split('.')[0].replace(/\[\]$/, '');
  return opts.annotated.has(p.name) || opts.annotated.has(bare) || opts.annotated.has(root) ? undefined : p.type;
}

export function returnTypeShown(type: string | undefined, opts: RenderOptions): string | undefined {
  if (!type || opts.types === 'never') return undefined;
  if (opts.types === 'always') return type;
  return opts.returnAnnotated ? undefined : type;
}

/** `int, optional` -> type `int` + optional. `optional` alone -> optional without type. */
export function splitOptional(raw: string): { type?: string; optional?: true } {
  const t = raw.trim();
  const m = /^(.*?)(?:,\s*|^)optional$/i.exec(t);
  if (m) return m[1].trim() ? { type: m[1].trim(), optional: true } : { optional: true };
  return t ? { type: t } : {};
}

export function typeWithOptional(type: string, optional: boolean | undefined): string {
  return optional ? `${type}, optional` : type;
}

/** `\*args` -> `*args` (reST escapes). */
export function unescapeStars(name: string): string {
  return name.replace(/\\\*/g, '*');
}

/** Build a DocParam without undefined-valued keys (so deep equality holds). */
export function makeParam(name: string, description: string, extra: { type?: string; optional?: boolean; default?: string } = {}): DocParam {
  const p: DocParam = { name, description };
  if (extra.type !== undefined && extra.type !== '') p.type = extra.type;
  if (extra.optional) p.optional = true;
  if (extra.default !== undefined) p.default = extra.default;
  return p;
}

/** Index of the first `ch` outside (), [], {} and quotes, from `from`; -1 when none. */
export function indexOutside(text: string, ch: string, from = 0): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

/** If text[start] is an opening bracket, the index just past its matching close; -1 if unbalanced. */
export function matchBracket(text: string, start: number): number {
  const open = text[start];
  const close = open === '(' ? ')' : open === '[' ? ']' : open === '{' ? '}' : '';
  if (!close) return -1;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if ((c === '"' || c === "'" || c === '`') && open !== '{') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return c === close ? i + 1 : -1;
    }
  }
  return -1;
}

/**
 * Split a section body (dedented) into items: an item starts at a line with the body's base
 * indentation; deeper or blank lines continue it.
 */
export function splitItems(body: readonly string[], bodyStart: number): { first: string; rest: string[]; line: number }[] {
  const lines = body;
  let base = Infinity;
  for (const l of lines) if (!isBlank(l)) base = Math.min(base, indentOf(l));
  const items: { first: string; rest: string[]; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isBlank(l) && indentOf(l) <= base) items.push({ first: l.trim(), rest: [], line: bodyStart + i });
    else if (items.length) items[items.length - 1].rest.push(l);
  }
  return items;
}

/**
 * How a style states a parameter's default in its description (the conventions autoDocstring writes):
 * - `sentence` (Google, TSDoc): `Desc. Defaults to X.`
 * - `numpy`: `Desc, by default X` (numpydoc's guide and autoDocstring)
 * - `sphinx`: `Desc, defaults to X` (autoDocstring's Sphinx template)
 */
export type DefaultForm = 'sentence' | 'numpy' | 'sphinx';

const CLAUSE_WORDS: Record<Exclude<DefaultForm, 'sentence'>, string> = { numpy: 'by default', sphinx: 'defaults to' };

/** `description` with the default stated at its end, in `form`. */
export function withDefault(description: string, value: string, form: DefaultForm): string {
  const text = description.trimEnd();
  if (form === 'sentence') {
    if (text === '') return `Defaults to ${value}.`;
    return /[.!?:]$/.test(text) ? `${text} Defaults to ${value}.` : `${text}. Defaults to ${value}.`;
  }
  const words = CLAUSE_WORDS[form];
  const capital = words[0].toUpperCase() + words.slice(1);
  if (text === '') return `${capital} ${value}.`;
  // The clause goes before a final period ("The count, by default 5."); other endings start a sentence.
  if (text.endsWith('.') && !text.endsWith('..')) return `${text.slice(0, -1)}, ${words} ${value}.`;
  if (/[!?:]$/.test(text)) return `${text} ${capital} ${value}.`;
  return `${text}, ${words} ${value}`;
}

/**
 * The default a description states at its end, in `form`, and the description without it: the
 * inverse of `withDefault`, so a stated default is read (and not written twice) on an update.
 */
export function splitDefault(description: string, form: DefaultForm): { description: string; default?: string } {
  const text = description.trimEnd();
  if (form === 'sentence') {
    const m = /(^|[.!?:]\s+)Defaults to\s+([\s\S]+?)\.$/.exec(text);
    if (!m || !m[2].trim()) return { description };
    const before = text.slice(0, m.index);
    // The period `withDefault` adds after a placeholder (`_description_. Defaults to X.`) is not part of it.
    const lead = m[1].trim() === '.' && /^_\w+_$/.test(before.trim()) ? '' : m[1].trim();
    return { description: before + lead, default: m[2].trim() };
  }
  const words = CLAUSE_WORDS[form].replace(' ', '\\s+');
  const clause = new RegExp(`,\\s*${words}\\s+([\\s\\S]+?)(\\.?)$`, 'i').exec(text);
  if (clause && clause[1].trim()) return { description: text.slice(0, clause.index) + clause[2], default: clause[1].trim() };
  const sentence = new RegExp(`(^|[!?:]\\s+)${words}\\s+([\\s\\S]+?)\\.$`, 'i').exec(text);
  if (sentence && sentence[2].trim()) return { description: text.slice(0, sentence.index) + sentence[1].trim(), default: sentence[2].trim() };
  return { description };
}

/** A parameter's description as rendered: a default the model wrote itself is replaced by the one Docwright states. */
export function describedWithDefault(p: DocParam, form: DefaultForm): string {
  if (p.default === undefined) return p.description;
  return withDefault(splitDefault(p.description, form).description, p.default, form);
}

/** A parsed parameter's description split into text and the default it states. */
export function readDefault(p: DocParam, form: DefaultForm): DocParam {
  const { description, default: value } = splitDefault(p.description, form);
  if (value === undefined || p.default !== undefined) return p;
  return { ...p, description, default: value };
}
