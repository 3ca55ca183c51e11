/**
 * NumPy style (numpydoc):
 *
 *     Summary.
 *
 *     Parameters
 *     ----------
 *     a : int
 *         Desc.
 *     *args
 *         Desc.
 *
 *     Returns
 *     -------
 *     int
 *         Desc.
 *
 * Sections are rendered in numpydoc's order (its validator's GL07): Parameters, Attributes,
 * Returns, Yields, Receives, Other Parameters, Raises, Warns, Warnings, See Also, Notes,
 * References, then any other section in the model's order, Examples last.
 */

import type { DocParam, Docstring, DocSection, DocValue, RenderOptions } from '../../../core/docstring/model';
import { emptyDocstring } from '../../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../../core/styles/common';
import { emptySection } from '../../../core/styles/common';
import {
  dedent, describedWithDefault, indentOf, indentText, isBlank, itemText, joinText, makeParam, paramTypeShown, pushBlock,
  readDefault, renderHead, splitHead, splitItems, splitLines, splitOptional, trimBlank, typeWithOptional, unescapeStars,
} from '../../../core/styles/common';

type Kind = 'params' | 'returns' | 'yields' | 'raises' | 'examples' | 'other';

const KNOWN: Record<string, Kind> = {
  parameters: 'params', params: 'params', arguments: 'params', args: 'params',
  returns: 'returns', return: 'returns',
  yields: 'yields', yield: 'yields',
  raises: 'raises', raise: 'raises',
  examples: 'examples', example: 'examples',
  'other parameters': 'other', receives: 'other', warns: 'other', warnings: 'other', warning: 'other',
  'see also': 'other', notes: 'other', note: 'other', references: 'other', attributes: 'other',
  methods: 'other', todo: 'other',
};

/** Order of the sections kept verbatim, relative to the model's own fields. */
const BEFORE_RETURNS = new Set(['attributes']);
const BEFORE_RAISES = new Set(['receives', 'other parameters']);

const UNDERLINE = /^\s*-{3,}\s*$/;

function section(title: string, body: readonly string[]): string[] {
  return [title, '-'.repeat(title.length), ...body];
}

/**
 * One Returns/Yields entry. numpydoc reads the first line of an entry as the type (a single
 * element) or `name : type`, and wants the description indented below it (RT02/RT03).
 * - Type known: the line is the type (`name : type` when the model has a name). Returns/Yields
 *   always show a known type, whatever `types` says: the layout needs that line.
 * - Type unknown: we never invent one (no `_type_` or `object` placeholder). The line is the
 *   value's name followed by ` :` (`result :` when the model has no name), the description
 *   indented below. numpydoc strips the trailing ` :` and accepts the entry (no RT02, no RT03,
 *   since a single element has no name and the description is present); our parser reads a
 *   `name :` line back as a name with no type. So an untyped value without a name parses back
 *   with name `result`.
 */
function renderValue(v: DocValue, u: string): string[] {
  const head = v.type ? (v.name ? `${v.name} : ${v.type}` : v.type) : `${v.name ?? 'result'} :`;
  return [head, ...indentText(v.description, u)];
}

function renderValues(v: DocValue, u: string): string[] {
  const out: string[] = [];
  for (const e of [v, ...(v.others ?? [])]) out.push(...renderValue(e, u));
  return out;
}

export function renderNumpy(doc: Docstring, opts: RenderOptions): string[] {
  const u = opts.indentUnit;
  const out = renderHead(doc);
  const sect = (s: DocSection): string[] => section(s.title, s.body ? s.body.split('\n') : []);
  if (doc.params.length) {
    const body: string[] = [];
    for (const p of doc.params) {
      const t = paramTypeShown(p, opts);
      body.push(t ? `${p.name} : ${typeWithOptional(t, p.optional)}` : p.name, ...indentText(describedWithDefault(p, 'numpy'), u));
    }
    pushBlock(out, section('Parameters', body));
  }
  if (doc.attributes?.length) {
    const body: string[] = [];
    for (const a of doc.attributes) {
      const t = paramTypeShown(a, opts);
      body.push(t ? `${a.name} : ${t}` : a.name, ...indentText(a.description, u));
    }
    pushBlock(out, section('Attributes', body));
  }
  const early = doc.sections.filter((s) => BEFORE_RETURNS.has(s.title.toLowerCase()));
  const middle = doc.sections.filter((s) => BEFORE_RAISES.has(s.title.toLowerCase()));
  const late = doc.sections.filter((s) => !BEFORE_RETURNS.has(s.title.toLowerCase()) && !BEFORE_RAISES.has(s.title.toLowerCase()));
  for (const s of early) pushBlock(out, sect(s));
  if (doc.returns) pushBlock(out, section('Returns', renderValues(doc.returns, u)));
  if (doc.yields) pushBlock(out, section('Yields', renderValues(doc.yields, u)));
  for (const s of middle) pushBlock(out, sect(s));
  if (doc.raises.length) {
    const body: string[] = [];
    for (const r of doc.raises) body.push(r.type, ...indentText(r.description, u));
    pushBlock(out, section('Raises', body));
  }
  for (const s of late) pushBlock(out, sect(s));
  if (doc.examples !== undefined) pushBlock(out, section('Examples', doc.examples ? doc.examples.split('\n') : []));
  return out;
}

/**
 * numpydoc splits a parameter line into name and type at ` : ` only, and several names at `, `
 * only: it reads `kind: str` as one parameter named `kind: str`, and `a,  b` as `a` and ` b`.
 * We read what the author meant, and report the line (numpydoc's PR10 / PR01 / PR02).
 */
function paramLineProblem(head: string, colon: number, names: string[]): string | undefined {
  const untyped = colon === head.length - 1 && /\s:$/.test(head); // `x :` is a name without a type (numpydoc strips ` :`)
  if (colon >= 0 && !untyped && head.indexOf(' : ') !== colon - 1) return `"${head}": NumPy style separates a parameter's name and type with " : ".`;
  const namesPart = (colon >= 0 ? head.slice(0, colon) : head).trim();
  if (names.length > 1 && namesPart !== names.join(', ')) return `"${head}": NumPy style separates parameter names with ", ".`;
  return undefined;
}

function parseParams(body: string[], bodyStart: number, problems: DocProblem[]): DocParam[] {
  const out: DocParam[] = [];
  for (const it of splitItems(body, bodyStart)) {
    const desc = itemText('', it.rest);
    const ci = it.first.indexOf(':');
    const namesPart = ci >= 0 ? it.first.slice(0, ci) : it.first;
    const t = ci >= 0 ? splitOptional(it.first.slice(ci + 1)) : {};
    // `x, y : int` documents two parameters at once.
    const names = namesPart.split(',').map((n) => n.trim()).filter(Boolean);
    for (const n of names) {
      const name = unescapeStars(n);
      if (name) out.push(readDefault(makeParam(name, desc, t), 'numpy'));
    }
    const problem = paramLineProblem(it.first, ci, names);
    if (problem) problems.push({ line: it.line, kind: 'layout', message: problem });
  }
  return out;
}

function parseValues(body: string[], bodyStart: number): DocValue | undefined {
  const values: DocValue[] = [];
  for (const it of splitItems(body, bodyStart)) {
    const v: DocValue = { description: itemText('', it.rest) };
    const m = /^(\S[^:]*?)\s*:(?:\s+(.*))?$/.exec(it.first);
    if (m && !/\s/.test(m[1].trim())) {
      v.name = unescapeStars(m[1].trim());
      if (m[2]?.trim()) v.type = m[2].trim();
    } else v.type = it.first;
    values.push(v);
  }
  if (!values.length) return undefined;
  const [first, ...others] = values;
  if (others.length) first.others = others;
  return first;
}

export function parseNumpy(content: string): ParseResult {
  const lines = splitLines(content);
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  let base = Infinity;
  for (const l of lines) if (!isBlank(l)) base = Math.min(base, indentOf(l));
  const headers: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isBlank(lines[i]) && indentOf(lines[i]) === base && !UNDERLINE.test(lines[i]) && UNDERLINE.test(lines[i + 1])) headers.push(i);
  }
  const head = lines.slice(0, headers.length ? headers[0] : lines.length);
  const { summary, description } = splitHead(head);
  doc.summary = summary;
  doc.description = description;
  headers.forEach((h, k) => {
    const title = lines[h].trim().replace(/:$/, '');
    const underline = lines[h + 1].trim();
    if (underline.length !== title.length) {
      problems.push({ line: h + 1, kind: 'layout', message: `The underline of "${title}" should be ${title.length} dashes long.` });
    }
    const end = k + 1 < headers.length ? headers[k + 1] : lines.length;
    const raw = lines.slice(h + 2, end);
    let lead = 0;
    while (lead < raw.length && isBlank(raw[lead])) lead++;
    const body = dedent(trimBlank(raw));
    const bodyStart = h + 2 + lead;
    let kind = KNOWN[title.toLowerCase()];
    if (!kind) {
      kind = 'other';
      problems.push({ line: h, kind: 'unknown-section', message: `Unknown section "${title}".` });
    }
    if (kind === 'params' || kind === 'returns' || kind === 'yields' || kind === 'raises') {
      // numpydoc's entries start at the header's indentation; a body indented deeper has no entry line.
      if (body.length === 0) problems.push(emptySection(h, title, kind));
      else if (indentOf(raw[lead]) > base) {
        problems.push({ line: bodyStart, kind: 'layout', section: kind, message: `The entries of "${title}" are indented; each starts at the indentation of the section title.` });
        return;
      }
    }
    switch (kind) {
      case 'params':
        doc.params.push(...parseParams(body, bodyStart, problems));
        break;
      case 'returns':
      case 'yields': {
        const v = parseValues(body, bodyStart);
        if (!v) break;
        if (doc[kind]) problems.push({ line: h, kind: 'layout', message: `Second ${title} section.` });
        else doc[kind] = v;
        break;
      }
      case 'raises':
        for (const it of splitItems(body, bodyStart)) {
          const colon = /^([\w.]+)\s*:\s*(.*)$/.exec(it.first);
          if (colon) doc.raises.push({ type: colon[1], description: itemText(colon[2], it.rest) });
          else doc.raises.push({ type: it.first, description: itemText('', it.rest) });
        }
        break;
      case 'examples':
        doc.examples = joinText(body);
        break;
      default:
        doc.sections.push({ title, body: joinText(body) });
    }
  });
  return { doc, problems };
}
