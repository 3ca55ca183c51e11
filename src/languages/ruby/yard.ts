/**
 * YARD doc comments (content only: no `#`, no base indentation), over the shared `Docstring` model,
 * as YARD's tag reference writes them:
 *
 *     Summary (the first paragraph).
 *
 *     Description: more paragraphs, up to the first tag.
 *
 *     @param name [Type, nil] Desc, continuation lines indented
 *       under the tag.
 *     @option opts [String] :host ('localhost') An option of the `opts` hash.
 *     @yield [a, b] What the block is given.
 *     @yieldparam a [Integer] The first thing yielded.    (kept verbatim, in order)
 *     @yieldreturn [Boolean] What the block returns.      (kept verbatim, in order)
 *     @return [String] Desc.
 *     @raise [ArgumentError] When it is.
 *     @see, @note, @deprecated, @api, @overload, any other tag   (kept verbatim, in order)
 *     @example
 *       code, indented under the tag
 *
 * Text at the left margin after a tag is text again, as YARD reads it (rendered before the tags).
 *
 * Model: `@param` -> `params` (YARD also reads `@param [Type] name`); `@option hash [T] :key
 * (default) desc` -> a param named `hash.key` with its type and default (rendered back as
 * `@option`); `@return` -> `returns` (a second one stays a section); `@raise` -> `raises`;
 * `@yield [args] desc` -> `yields` (the bracket holds what the block is given, kept as its `type`);
 * the first untitled `@example` -> `examples` (a titled one stays a section: `@example Title`).
 * Every other tag is a section titled with its name (no `@`), its text verbatim. YARD has no tag
 * for type parameters: none are read or written. A parameter is written without its sigil
 * (`@param rest` for `*rest`: YARD's own name for it), whatever the model calls it.
 */
import type { DocParam, Docstring, DocValue, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../core/styles/common';
import { dedent, indentOf, isBlank, itemText, makeParam, paramTypeShown, pushBlock, renderHead, returnTypeShown, splitHead, splitLines, trimBlank } from '../../core/styles/common';

interface Tag {
  name: string;
  /** The text after `@name ` on its line. */
  first: string;
  /** The following lines that continue it (indented, or blank lines inside). */
  rest: string[];
  line: number;
}

const TAG = /^@(!?[\w-]+)(?:[ \t]+(.*))?$/;

/**
 * The text and the tags: a line starting `@` at the left margin starts a tag; indented and blank
 * lines below it continue it; a line of text at the left margin ends it and, as YARD reads it,
 * belongs to the docstring's text again (`@private` then `Returns true.`).
 */
function splitTags(lines: readonly string[]): { head: string[]; tags: Tag[] } {
  const head: string[] = [];
  const tags: Tag[] = [];
  let open: Tag | undefined;
  lines.forEach((line, i) => {
    const tag = TAG.exec(line);
    if (tag) {
      open = { name: tag[1], first: (tag[2] ?? '').trim(), rest: [], line: i };
      tags.push(open);
    } else if (open && (isBlank(line) || indentOf(line) > 0)) open.rest.push(line);
    else {
      // Text after a tag starts a paragraph of its own.
      if (open && head.length && !isBlank(head[head.length - 1])) head.push('');
      open = undefined;
      head.push(line);
    }
  });
  return { head, tags };
}

/** A leading `[Types]` (brackets may nest: `[Array<String>, Hash{Symbol => Array[Integer]}]`) and the text after it. */
function takeTypes(text: string): { types?: string; rest: string } {
  if (!text.startsWith('[')) return { rest: text };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return { types: text.slice(1, i).trim(), rest: text.slice(i + 1).trim() };
  }
  return { rest: text };
}

/** `name [Types] desc` or `[Types] name desc`. */
function nameAndTypes(text: string): { name?: string; types?: string; rest: string } {
  const before = takeTypes(text);
  const named = /^([*&]{0,2}[\w?!]+)(?:\s+|$)(.*)$/s.exec(before.rest);
  if (!named) return { ...before };
  const after = before.types !== undefined ? { types: before.types, rest: named[2] } : takeTypes(named[2]);
  return { name: named[1], ...(after.types !== undefined ? { types: after.types } : {}), rest: after.rest };
}

/** The text of a tag whose first line is `first` and the lines below it (dedented among themselves). */
const tagText = (first: string, rest: readonly string[]): string => itemText(first, rest);

/** A tag's text, verbatim: its first line, then its lines as written below it (dedented). */
function verbatim(tag: Tag): string {
  const rest = trimBlank(dedent(tag.rest));
  return [tag.first, ...rest].join('\n').replace(/^\n+/, rest.length ? '\n' : '').trimEnd();
}

function valueOf(tag: Tag): DocValue {
  const { types, rest } = takeTypes(tag.first);
  return { ...(types !== undefined ? { type: types } : {}), description: tagText(rest, tag.rest) };
}

export function parseYard(content: string): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { head, tags } = splitTags(splitLines(content));
  Object.assign(doc, splitHead(head));
  for (const tag of tags) {
    switch (tag.name) {
      case 'param': {
        const { name, types, rest } = nameAndTypes(tag.first);
        if (!name) {
          problems.push({ line: tag.line, kind: 'layout', section: 'params', message: '@param without a name: write "@param name [Type] description".' });
          break;
        }
        doc.params.push(makeParam(name, tagText(rest, tag.rest), { ...(types !== undefined ? { type: types } : {}) }));
        break;
      }
      case 'option': {
        const hash = /^([\w]+)\s*(.*)$/s.exec(tag.first);
        const typed = hash ? takeTypes(hash[2]) : undefined;
        const key = typed ? /^:?([\w?!]+)\s*(?:\(([^)]*)\))?\s*(.*)$/s.exec(typed.rest) : null;
        if (!hash || !typed || !key) {
          problems.push({ line: tag.line, kind: 'layout', section: 'params', message: '@option needs "@option hash [Type] :key description".' });
          break;
        }
        doc.params.push(makeParam(`${hash[1]}.${key[1]}`, tagText(key[3], tag.rest), { ...(typed.types !== undefined ? { type: typed.types } : {}), ...(key[2] !== undefined ? { default: key[2].trim() } : {}) }));
        break;
      }
      case 'return':
        if (doc.returns) doc.sections.push({ title: tag.name, body: verbatim(tag) });
        else doc.returns = valueOf(tag);
        break;
      case 'raise': {
        const { types, rest } = takeTypes(tag.first);
        doc.raises.push({ type: types ?? '', description: tagText(rest, tag.rest) });
        if (types === undefined) problems.push({ line: tag.line, kind: 'layout', section: 'raises', message: '@raise without a class: write "@raise [ErrorClass] description".' });
        break;
      }
      case 'yield':
        if (doc.yields) doc.sections.push({ title: tag.name, body: verbatim(tag) });
        else doc.yields = valueOf(tag);
        break;
      case 'example':
        if (tag.first === '' && doc.examples === undefined) doc.examples = trimBlank(dedent(tag.rest)).join('\n');
        else doc.sections.push({ title: tag.name, body: verbatim(tag) });
        break;
      default:
        doc.sections.push({ title: tag.name, body: verbatim(tag) });
    }
  }
  return { doc, problems };
}

/** `head` + the text, its further lines indented two spaces under the tag (YARD's continuation). */
function tagLines(head: string, text: string): string[] {
  const [first, ...rest] = text.split('\n');
  return [first ? `${head} ${first}` : head, ...rest.map((l) => (l.trim() ? `  ${l}` : ''))];
}

/** ` [Types]`, on one line (a tag's first line holds it). */
const bracket = (types: string | undefined): string => (types !== undefined ? ` [${types.replace(/\s+/g, ' ').trim()}]` : '');

function paramLines(p: DocParam, opts?: RenderOptions): string[] {
  const types = opts ? paramTypeShown(p, opts) : p.type;
  const dot = p.name.indexOf('.');
  if (dot > 0) {
    const fallback = p.default !== undefined ? ` (${p.default})` : '';
    return tagLines(`@option ${p.name.slice(0, dot)}${bracket(types)} :${p.name.slice(dot + 1)}${fallback}`, p.description);
  }
  // YARD names `*rest`, `**opts` and `&block` without their sigils (it warns "unknown parameter name" otherwise).
  return tagLines(`@param ${p.name.replace(/^(\*\*|\*|&)(?=\w)/, '')}${bracket(types)}`, p.description);
}

/** A verbatim section: `@title first line`, the rest as it was, indented under the tag. */
function sectionLines(title: string, body: string): string[] {
  return tagLines(`@${title}`, body);
}

/**
 * Tags in YARD's usual order: params (an `@option` after its hash), `@yield` and the `@yield…`
 * sections, `@return`, `@raise`, the other sections as they came, `@example` last. Types are
 * written unless the options say never (Ruby code has no annotations for `auto` to defer to).
 */
export function renderYard(doc: Docstring, opts?: RenderOptions): string[] {
  const out = renderHead(doc);
  const tags: string[] = [];
  for (const p of doc.params) tags.push(...paramLines(p, opts));
  const yieldSections = doc.sections.filter((s) => /^yield/.test(s.title));
  if (doc.yields) tags.push(...tagLines(`@yield${bracket(doc.yields.type)}`, doc.yields.description));
  for (const s of yieldSections) tags.push(...sectionLines(s.title, s.body));
  if (doc.returns) {
    const type = opts ? returnTypeShown(doc.returns.type, opts) : doc.returns.type;
    tags.push(...tagLines(`@return${bracket(type)}`, doc.returns.description));
  }
  for (const r of doc.raises) tags.push(...tagLines(`@raise${r.type ? bracket(r.type) : ''}`, r.description));
  for (const s of doc.sections) if (!yieldSections.includes(s)) tags.push(...sectionLines(s.title, s.body));
  if (doc.examples !== undefined) tags.push('@example', ...doc.examples.split('\n').map((l) => (l.trim() ? `  ${l}` : '')));
  pushBlock(out, tags);
  return out;
}

/** `# text` lines (`#` alone for a blank line), the first at the cursor and the rest at `indent`. */
export function yardLines(lines: readonly string[], indent: string): string {
  return lines.map((line) => (line ? `# ${line}` : '#')).join(`\n${indent}`);
}

/**
 * The comment that replaces `replacing` (or a new one): `#` lines; where an `=begin`/`=end` block
 * was, such a block (its markers at the left margin, as Ruby requires, its lines as they are); a
 * `##` opener line is kept.
 */
export function yardComment(lines: readonly string[], indent: string, replacing?: string): string {
  if (replacing?.startsWith('=begin')) {
    const safe = lines.map((line) => (/^=end\b/.test(line) ? ` ${line}` : line));
    return ['=begin', ...safe, '=end'].join('\n');
  }
  const body = yardLines(lines, indent);
  return replacing !== undefined && /^##[ \t]*\r?\n/.test(replacing) ? `##\n${indent}${body}` : body;
}

