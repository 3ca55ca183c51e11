/**
 * JSDoc and TSDoc block tags (content only: no `/**`, no ` * ` gutter).
 *
 *     Summary.
 *
 *     @template T - Desc.                (TSDoc: @typeParam T - Desc.)
 *     @param {number} a - Desc.          (TSDoc: @param a - Desc.)
 *     continuation lines are flush with the tag
 *     @param {string} [b="x"] - Optional with a default.
 *     @returns {number} Desc.             (TSDoc: @returns Desc.)
 *     @throws {RangeError} Desc.          (TSDoc: @throws {@link RangeError} Desc.)
 *     @see other            (tags the model has no field for, verbatim, in their order)
 *     @example
 *     code
 *
 * A type the model does not know is left out (`@param a - Desc.`): no `{*}` or `{any}` is invented.
 * TSDoc never shows `{type}` on params/returns; the signature carries the types.
 */

import type { DocParam, Docstring, DocValue, RenderOptions } from '../../../core/docstring/model';
import { emptyDocstring } from '../../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../../core/styles/common';
import {
  describedWithDefault, headWithText, itemText, makeParam, matchBracket, paramTypeShown, pushBlock,
  readDefault, renderHead, returnTypeShown, splitHead, splitLines,
} from '../../../core/styles/common';

/** Tags whose text conventionally starts on the next line. */
const BLOCK_TAGS = new Set(['remarks', 'privateRemarks', 'example']);

export function renderJsdoc(doc: Docstring, opts: RenderOptions): string[] {
  const ts = opts.style === 'tsdoc';
  const out = renderHead(doc);
  const tags: string[] = [];
  for (const tp of doc.typeParams) {
    const c = !ts && opts.types !== 'never' && tp.type ? ` {${tp.type}}` : '';
    tags.push(...headWithText(`${ts ? '@typeParam' : '@template'}${c} ${tp.name}`, tp.description, opts.jsdocSeparator ?? ' - ', ''));
  }
  for (const p of doc.params) {
    const t = ts ? undefined : paramTypeShown(p, opts);
    const name = !ts && (p.optional || p.default !== undefined) ? `[${p.name}${p.default !== undefined ? `=${p.default}` : ''}]` : p.name;
    // TSDoc forbids JSDoc's `[name=X]` (tsdoc-param-tag-with-invalid-optional-name): the default is a sentence.
    const description = ts ? describedWithDefault(p, 'sentence') : p.description;
    tags.push(...headWithText(`@param${t ? ` {${t}}` : ''} ${name}`, description, opts.jsdocSeparator ?? ' - ', ''));
  }
  const value = (tag: string, v: DocValue): string[] => {
    const t = ts ? undefined : returnTypeShown(v.type, opts);
    return headWithText(`@${tag}${t ? ` {${t}}` : ''}`, v.description, ' ', '');
  };
  if (doc.returns) tags.push(...value('returns', doc.returns));
  if (doc.yields) tags.push(...value('yields', doc.yields));
  for (const r of doc.raises) {
    const t = r.type ? (ts ? ` {@link ${r.type}}` : ` {${r.type}}`) : '';
    tags.push(...headWithText(`@throws${t}`, r.description, ' ', ''));
  }
  for (const s of doc.sections) {
    if (BLOCK_TAGS.has(s.title)) tags.push(`@${s.title}`, ...(s.body ? s.body.split('\n') : []));
    else tags.push(...headWithText(`@${s.title}`, s.body, ' ', ''));
  }
  if (doc.examples !== undefined) tags.push('@example', ...(doc.examples ? doc.examples.split('\n') : []));
  pushBlock(out, tags);
  return out;
}

/** `{type} rest` -> type + rest; no braces -> rest only. */
function takeBraces(text: string): { type?: string; rest: string } {
  const t = text.trimStart();
  if (!t.startsWith('{')) return { rest: t };
  const end = matchBracket(t, 0);
  if (end < 0) return { rest: t };
  return { type: t.slice(1, end - 1).trim(), rest: t.slice(end).trimStart() };
}

function stripDash(text: string): string {
  return text.replace(/^-(?:\s+|$)/, '');
}

/** `{@link Foo}`, `{@link Foo | label}`, `{Foo}` -> `Foo`. */
function linkTarget(type: string): string {
  return type.replace(/^@link(?:code|plain)?\s+/, '').replace(/\s*\|.*$/, '').trim();
}

interface Tag {
  name: string;
  first: string;
  rest: string[];
  line: number;
}

function splitTags(lines: string[]): { head: string[]; tags: Tag[] } {
  const head: string[] = [];
  const tags: Tag[] = [];
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^\s*@([A-Za-z][\w-]*)(?:\s+(.*)|$)/.exec(line);
    const inExample = tags.length > 0 && tags[tags.length - 1].name === 'example';
    if (inExample && /^\s*(```|~~~)/.test(line)) fence = !fence;
    if (m && !fence && !(inExample && /^[A-Z]/.test(m[1]))) {
      fence = false;
      tags.push({ name: m[1], first: m[2] ?? '', rest: [], line: i });
    } else if (tags.length) tags[tags.length - 1].rest.push(line);
    else head.push(line);
  }
  return { head, tags };
}

/** Tags whose text may start with a `{type}`. */
const TYPED_TAGS = new Set(['param', 'arg', 'argument', 'returns', 'return', 'yields', 'yield', 'throws', 'throw', 'exception', 'template', 'typeParam', 'typeparam']);

/** A `{type}` that spans lines (`{{\n  a: string,\n}} cfg`) is read as one line, as JSDoc parsers do. */
function joinTypeLines(tag: Tag): Tag {
  const first = tag.first.trimStart();
  if (!TYPED_TAGS.has(tag.name) || !first.startsWith('{') || matchBracket(first, 0) > 0) return tag;
  let joined = first;
  for (let i = 0; i < tag.rest.length; i++) {
    joined = `${joined} ${tag.rest[i].trim()}`;
    if (matchBracket(joined, 0) > 0) return { ...tag, first: joined, rest: tag.rest.slice(i + 1) };
  }
  return tag;
}

function parseParamTag(tag: Tag, problems: DocProblem[]): DocParam | undefined {
  const braces = takeBraces(tag.first);
  const { type } = braces;
  let { rest } = braces;
  // `@param {string}` with the name on the next line (JSDoc parsers allow the break).
  if (!rest.trim() && type !== undefined && tag.rest.length > 0 && tag.rest[0].trim()) {
    rest = tag.rest[0].trim();
    tag = { ...tag, rest: tag.rest.slice(1) };
  }
  let name: string;
  let after: string;
  const extra: { type?: string; optional?: boolean; default?: string } = { type };
  if (rest.startsWith('[')) {
    const end = matchBracket(rest, 0);
    const inner = end > 0 ? rest.slice(1, end - 1) : rest.slice(1);
    after = end > 0 ? rest.slice(end) : '';
    const eq = inner.indexOf('=');
    name = (eq >= 0 ? inner.slice(0, eq) : inner).trim();
    if (eq >= 0) extra.default = inner.slice(eq + 1).trim();
    extra.optional = true;
  } else {
    const m = /^(\S*)(.*)$/s.exec(rest)!;
    name = m[1];
    after = m[2];
  }
  if (!name) {
    problems.push({ line: tag.line, kind: 'layout', message: `@${tag.name} without a name.` });
    return undefined;
  }
  return makeParam(name, itemText(stripDash(after.trim()), tag.rest), extra);
}

export function parseJsdoc(content: string, tsdoc = false): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { head, tags } = splitTags(splitLines(content));
  const { summary, description } = splitHead(head);
  doc.summary = summary;
  doc.description = description;
  for (const tag of tags.map(joinTypeLines)) {
    switch (tag.name) {
      case 'param':
      case 'arg':
      case 'argument': {
        const p = parseParamTag(tag, problems);
        if (p) doc.params.push(tsdoc ? readDefault(p, 'sentence') : p);
        break;
      }
      case 'returns':
      case 'return':
      case 'yields':
      case 'yield': {
        const { type, rest } = takeBraces(tag.first);
        const v: DocValue = { description: itemText(rest, tag.rest) };
        if (type) v.type = type;
        const key = tag.name.startsWith('return') ? 'returns' : 'yields';
        if (doc[key]) problems.push({ line: tag.line, kind: 'layout', message: `Second @${tag.name} tag.` });
        else doc[key] = v;
        break;
      }
      case 'throws':
      case 'throw':
      case 'exception': {
        const { type, rest } = takeBraces(tag.first);
        doc.raises.push({ type: type ? linkTarget(type) : '', description: itemText(rest, tag.rest) });
        break;
      }
      case 'template':
      case 'typeParam':
      case 'typeparam': {
        const { type, rest } = takeBraces(tag.first);
        const m = /^([\w$]+(?:\s*,\s*[\w$]+)*)(.*)$/s.exec(rest);
        if (!m) {
          problems.push({ line: tag.line, kind: 'layout', message: `@${tag.name} without a name.` });
          break;
        }
        const desc = itemText(stripDash(m[2].trim()), tag.rest);
        for (const n of m[1].split(',')) doc.typeParams.push(makeParam(n.trim(), desc, { type }));
        break;
      }
      case 'example': {
        const text = itemText(tag.first, tag.rest);
        doc.examples = doc.examples !== undefined ? `${doc.examples}\n\n${text}` : text;
        break;
      }
      default:
        doc.sections.push({ title: tag.name, body: itemText(tag.first, tag.rest) });
    }
  }
  return { doc, problems };
}
