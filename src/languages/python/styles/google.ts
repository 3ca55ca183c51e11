/**
 * Google style (napoleon):
 *
 *     Summary.
 *
 *     Description.
 *
 *     Args:
 *         a (int): Desc.
 *             Continuation one level deeper.
 *         *args: Desc.
 *     Returns:
 *         int: Desc.
 *         Continuation at the same level (as in the Google style guide).
 */

import type { DocParam, DocRaise, Docstring, DocValue, RenderOptions } from '../../../core/docstring/model';
import { emptyDocstring } from '../../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../../core/styles/common';
import { emptySection } from '../../../core/styles/common';
import {
  dedent, describedWithDefault, headWithText, indentOf, indentText, indexOutside, isBlank, itemText, joinText, makeParam,
  matchBracket, paramTypeShown, pushBlock, renderHead, returnTypeShown, splitHead, splitItems,
  readDefault, splitLines, splitOptional, trimBlank, typeWithOptional, unescapeStars,
} from '../../../core/styles/common';

type Kind = 'params' | 'returns' | 'yields' | 'raises' | 'examples' | 'other';

const KNOWN: Record<string, Kind> = {
  args: 'params', arguments: 'params', parameters: 'params', params: 'params',
  'keyword args': 'params', 'keyword arguments': 'params', kwargs: 'params',
  returns: 'returns', return: 'returns',
  yields: 'yields', yield: 'yields',
  raises: 'raises', raise: 'raises', exceptions: 'raises',
  examples: 'examples', example: 'examples',
  attention: 'other', caution: 'other', danger: 'other', error: 'other', hint: 'other', important: 'other',
  note: 'other', notes: 'other', tip: 'other', todo: 'other', warning: 'other', warnings: 'other', warns: 'other',
  'see also': 'other', references: 'other', attributes: 'other', methods: 'other', 'other parameters': 'other',
  receives: 'other', receive: 'other',
};

const HEADER = /^([A-Za-z][A-Za-z ]{0,40}?)\s*:\s*(.*)$/;

export function renderGoogle(doc: Docstring, opts: RenderOptions): string[] {
  const u = opts.indentUnit;
  const out = renderHead(doc);
  if (doc.params.length) {
    const block = ['Args:'];
    for (const p of doc.params) {
      const t = paramTypeShown(p, opts);
      const head = `${u}${p.name}${t ? ` (${typeWithOptional(t, p.optional)})` : ''}:`;
      block.push(...headWithText(head, describedWithDefault(p, 'sentence'), ' ', u + u));
    }
    pushBlock(out, block);
  }
  if (doc.attributes?.length) {
    const block = ['Attributes:'];
    for (const a of doc.attributes) {
      const t = paramTypeShown(a, opts);
      block.push(...headWithText(`${u}${a.name}${t ? ` (${t})` : ''}:`, a.description, ' ', u + u));
    }
    pushBlock(out, block);
  }
  if (doc.returns) pushBlock(out, ['Returns:', ...renderValue(doc.returns, opts, u)]);
  if (doc.yields) pushBlock(out, ['Yields:', ...renderValue(doc.yields, opts, u)]);
  if (doc.raises.length) {
    const block = ['Raises:'];
    for (const r of doc.raises) {
      if (r.type) block.push(...headWithText(`${u}${r.type}:`, r.description, ' ', u + u));
      else block.push(...headWithText(u.trimEnd(), r.description, u, u + u));
    }
    pushBlock(out, block);
  }
  for (const s of doc.sections) pushBlock(out, [`${s.title}:`, ...indentText(s.body, u)]);
  if (doc.examples !== undefined) pushBlock(out, ['Examples:', ...indentText(doc.examples, u)]);
  return out;
}

function renderValue(v: DocValue, opts: RenderOptions, u: string): string[] {
  const t = returnTypeShown(v.type, opts);
  // Continuation lines of Returns/Yields stay at the item level, as in the Google style guide.
  if (t) return headWithText(`${u}${t}:`, v.description, ' ', u);
  return indentText(v.description, u);
}

/** Does the text before a `:` look like a type (`int`, `list of str`, `dict[str, int]`, `str | None`)? */
export function looksLikeType(prefix: string): boolean {
  const p = prefix.trim();
  if (!p || p.length > 80) return false;
  // Remove bracketed groups.
  let flat = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '[' || c === '(' || c === '{') {
      const end = matchBracket(p, i);
      if (end < 0) return false;
      i = end - 1;
      continue;
    }
    flat += c;
  }
  const norm = flat.trim().replace(/\s*[|,]\s*/g, '|').replace(/\s+(?:or|of|and)\s+/g, '|');
  return /^[\w.`~:]+(?:\|[\w.`~:]+)*$/.test(norm);
}

/** Split `type: desc` on the first top-level colon followed by a space or the end of the line. */
function splitTypeColon(line: string): { type: string; rest: string } | undefined {
  let from = 0;
  for (;;) {
    const i = indexOutside(line, ':', from);
    if (i < 0) return undefined;
    if (i === line.length - 1 || line[i + 1] === ' ' || line[i + 1] === '\t') {
      const type = line.slice(0, i).trim();
      return looksLikeType(type) ? { type, rest: line.slice(i + 1).trim() } : undefined;
    }
    from = i + 1;
  }
}

function parseParam(first: string, rest: string[], line: number, problems: DocProblem[]): DocParam {
  const m = /^((?:\\?\*){0,2}[\w.]+)\s*/.exec(first);
  if (!m) {
    problems.push({ line, kind: 'layout', section: 'params', message: `Cannot read a parameter from "${first}".` });
    return makeParam(first.replace(/:.*$/, '').trim(), itemText(first.replace(/^[^:]*:?/, ''), rest));
  }
  const name = unescapeStars(m[1]);
  let pos = m[0].length;
  let typeRaw: string | undefined;
  if (first[pos] === '(') {
    const end = matchBracket(first, pos);
    if (end > 0) {
      typeRaw = first.slice(pos + 1, end - 1);
      pos = end;
    }
  }
  let after = first.slice(pos).trimStart();
  if (after.startsWith(':')) after = after.slice(1);
  else problems.push({ line, kind: 'layout', message: `Parameter "${name}" has no colon after its name.` });
  const t = typeRaw !== undefined ? splitOptional(typeRaw) : {};
  return readDefault(makeParam(name, itemText(after, rest), t), 'sentence');
}

function parseRaise(first: string, rest: string[]): DocRaise {
  const sp = splitTypeColon(first);
  if (sp) return { type: sp.type, description: itemText(sp.rest, rest) };
  if (/^[\w.]+$/.test(first)) return { type: first, description: itemText('', rest) };
  return { type: '', description: itemText(first, rest) };
}

function parseValue(body: string[]): DocValue {
  const lines = trimBlank(body);
  if (!lines.length) return { description: '' };
  const sp = splitTypeColon(lines[0].trim());
  if (sp) return { type: sp.type, description: itemText(sp.rest, lines.slice(1)) };
  return { description: joinText(dedent(lines)) };
}

export function parseGoogle(content: string): ParseResult {
  const lines = splitLines(content);
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  let base = Infinity;
  for (const l of lines) if (!isBlank(l)) base = Math.min(base, indentOf(l));
  const head: string[] = [];
  const stray: string[] = [];
  let seenSection = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const hm = !isBlank(line) && indentOf(line) === base ? HEADER.exec(line.trim()) : null;
    // The block under a header: following lines that are blank or indented deeper.
    let j = i + 1;
    while (j < lines.length && (isBlank(lines[j]) || indentOf(lines[j]) > base)) j++;
    let end = j;
    while (end > i + 1 && isBlank(lines[end - 1])) end--;
    const hasBlock = end > i + 1;
    let kind: Kind | undefined;
    if (hm) {
      const title = hm[1].trim();
      kind = KNOWN[title.toLowerCase()];
      const inline = hm[2];
      if (kind && inline && kind !== 'returns' && kind !== 'yields') kind = undefined;
      if (!kind && !inline && hasBlock && seenSection && /^[A-Z]/.test(title) && title.split(' ').length <= 3) {
        kind = 'other';
        problems.push({ line: i, kind: 'unknown-section', message: `Unknown section "${title}".` });
      }
    }
    if (!hm || !kind) {
      if (seenSection) {
        if (!isBlank(line) && !stray.length) {
          problems.push({ line: i, kind: 'layout', message: 'Text after the sections is not part of any section; it is kept with the description.' });
        }
        if (stray.length || !isBlank(line)) stray.push(line);
      } else head.push(line);
      i++;
      continue;
    }
    seenSection = true;
    const title = hm[1].trim();
    const body = dedent(lines.slice(i + 1, end));
    if (hm[2]) body.unshift(hm[2]);
    const bodyStart = hm[2] ? i : i + 1;
    if (body.length === 0 && (kind === 'params' || kind === 'returns' || kind === 'yields' || kind === 'raises')) problems.push(emptySection(i, title, kind));
    switch (kind) {
      case 'params':
        for (const it of splitItems(body, bodyStart)) doc.params.push(parseParam(it.first, it.rest, it.line, problems));
        break;
      case 'raises':
        for (const it of splitItems(body, bodyStart)) doc.raises.push(parseRaise(it.first, it.rest));
        break;
      case 'returns':
        if (doc.returns) problems.push({ line: i, kind: 'layout', message: 'Second Returns section.' });
        else doc.returns = parseValue(body);
        break;
      case 'yields':
        if (doc.yields) problems.push({ line: i, kind: 'layout', message: 'Second Yields section.' });
        else doc.yields = parseValue(body);
        break;
      case 'examples':
        doc.examples = doc.examples !== undefined ? `${doc.examples}\n\n${joinText(body)}` : joinText(body);
        break;
      default:
        doc.sections.push({ title, body: joinText(body) });
    }
    i = end;
  }
  const { summary, description } = splitHead(head);
  doc.summary = summary;
  doc.description = stray.length ? joinText([...(description ? [description, ''] : []), ...dedent(stray)]) : description;
  return { doc, problems };
}
