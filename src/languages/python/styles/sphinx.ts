/**
 * Sphinx (reST field list) style:
 *
 *     Summary.
 *
 *     :param a: Desc.
 *         Continuation one level deeper.
 *     :type a: int
 *     :returns: Desc.
 *     :rtype: int
 *     :raises ValueError: Desc.
 *
 * Examples have no field of their own in Sphinx; we render them as an `:Example:` field whose
 * body is indented one level (valid reST) and read `:example:`/`:examples:` back.
 */

import type { DocParam, Docstring, DocValue, RenderOptions } from '../../../core/docstring/model';
import { emptyDocstring } from '../../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../../core/styles/common';
import {
  dedent, describedWithDefault, headWithText, indentOf, indentText, isBlank, itemText, joinText, makeParam, paramTypeShown, pushBlock,
  readDefault, renderHead, returnTypeShown, splitHead, splitLines, splitOptional, typeWithOptional, unescapeStars,
} from '../../../core/styles/common';

const FIELD = /^:([^:\s][^:]*):(?:\s+(.*)|$)/;

const PARAM = new Set(['param', 'parameter', 'arg', 'argument', 'key', 'keyword']);
const RETURNS = new Set(['returns', 'return']);
const YIELDS = new Set(['yields', 'yield']);
const RAISES = new Set(['raises', 'raise', 'except', 'exception']);
const EXAMPLES = new Set(['example', 'examples']);

function field(name: string, text: string, u: string): string[] {
  return headWithText(`:${name}:`, text, ' ', u);
}

function renderValue(v: DocValue, opts: RenderOptions, u: string, desc: string, type: string): string[] {
  const t = returnTypeShown(v.type, opts);
  const out: string[] = [];
  if (v.description !== '' || !t) out.push(...field(desc, v.description, u));
  if (t) out.push(`:${type}: ${t}`);
  return out;
}

export function renderSphinx(doc: Docstring, opts: RenderOptions): string[] {
  const u = opts.indentUnit;
  const out = renderHead(doc);
  const fields: string[] = [];
  for (const p of doc.params) {
    fields.push(...field(`param ${p.name}`, describedWithDefault(p, 'sphinx'), u));
    const t = paramTypeShown(p, opts);
    if (t) fields.push(`:type ${p.name}: ${typeWithOptional(t, p.optional)}`);
  }
  for (const a of doc.attributes ?? []) {
    fields.push(...field(`ivar ${a.name}`, a.description, u));
    const t = paramTypeShown(a, opts);
    if (t) fields.push(`:vartype ${a.name}: ${t}`);
  }
  if (doc.returns) fields.push(...renderValue(doc.returns, opts, u, 'returns', 'rtype'));
  if (doc.yields) fields.push(...renderValue(doc.yields, opts, u, 'yields', 'ytype'));
  for (const r of doc.raises) fields.push(...field(r.type ? `raises ${r.type}` : 'raises', r.description, u));
  for (const s of doc.sections) fields.push(...field(s.title, s.body, u));
  if (doc.examples !== undefined) fields.push(':Example:', ...indentText(doc.examples, u));
  pushBlock(out, fields);
  return out;
}

export function parseSphinx(content: string): ParseResult {
  const lines = splitLines(content);
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  let base = Infinity;
  for (const l of lines) if (!isBlank(l)) base = Math.min(base, indentOf(l));
  const isField = (l: string): boolean => !isBlank(l) && indentOf(l) === base && FIELD.test(l.trim());
  let i = 0;
  const head: string[] = [];
  const stray: string[] = [];
  while (i < lines.length && !isField(lines[i])) head.push(lines[i++]);
  const byName = new Map<string, DocParam>();
  const getParam = (name: string): DocParam => {
    let p = byName.get(name);
    if (!p) {
      p = makeParam(name, '');
      byName.set(name, p);
      doc.params.push(p);
    }
    return p;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (!isField(line)) {
      // A paragraph after the field list (requests' `Usage::`) is valid reST: keep it with the description.
      if (stray.length || !isBlank(line)) stray.push(line);
      i++;
      continue;
    }
    const m = FIELD.exec(line.trim())!;
    let j = i + 1;
    while (j < lines.length && (isBlank(lines[j]) || indentOf(lines[j]) > base)) j++;
    let end = j;
    while (end > i + 1 && isBlank(lines[end - 1])) end--;
    const text = itemText(m[2] ?? '', lines.slice(i + 1, end));
    const words = m[1].trim().split(/\s+/);
    const tag = words[0].toLowerCase();
    const arg = words.slice(1).join(' ');
    if (PARAM.has(tag) && words.length >= 2) {
      const name = unescapeStars(words[words.length - 1]);
      const p = getParam(name);
      p.description = text;
      if (words.length > 2) Object.assign(p, splitOptional(words.slice(1, -1).join(' ')));
    } else if (PARAM.has(tag) && words.length < 2) {
      // (`:type: int` alone is an attribute's or property's type, valid reST: kept as a field.)
      problems.push({ line: i, kind: 'layout', section: 'params', message: `The ":${tag}:" field names no parameter (":${tag} name: ...").` });
    } else if (tag === 'type' && words.length >= 2) {
      Object.assign(getParam(unescapeStars(arg)), splitOptional(text));
    } else if (RETURNS.has(tag) || YIELDS.has(tag)) {
      const key = RETURNS.has(tag) ? 'returns' : 'yields';
      doc[key] = { ...doc[key], description: text };
    } else if (tag === 'rtype' || tag === 'ytype') {
      const key = tag === 'rtype' ? 'returns' : 'yields';
      doc[key] = { description: '', ...doc[key], type: text };
    } else if (RAISES.has(tag)) {
      // `:raises ValueError: desc`, or the other common form `:raises: ValueError[, KeyError]: desc`.
      const named = /^([\w.]+(?:\s*,\s*[\w.]+)*)\s*(?::\s*([\s\S]*))?$/.exec(text);
      if (arg) doc.raises.push({ type: arg, description: text });
      else if (named) for (const type of named[1].split(/\s*,\s*/)) doc.raises.push({ type, description: named[2] ?? '' });
      else doc.raises.push({ type: '', description: text });
    } else if (EXAMPLES.has(tag) && !arg) {
      doc.examples = text;
    } else {
      doc.sections.push({ title: m[1].trim(), body: text });
    }
    i = end;
  }
  doc.params = doc.params.map((p) => readDefault(p, 'sphinx'));
  const { summary, description } = splitHead(head);
  doc.summary = summary;
  doc.description = stray.length ? joinText([...(description ? [description, ''] : []), ...dedent(stray)]) : description;
  return { doc, problems };
}
