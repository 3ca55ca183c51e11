/**
 * PHPDoc docblocks (content only: no `/**`, no ` * ` gutter), over the shared `Docstring` model, as
 * phpDocumentor and PSR-19 read them:
 *
 *     Summary: up to a blank line, or up to a line that ends with a period (phpDocumentor's rule).
 *
 *     Description: the rest up to the first tag (Markdown, inline tags like {@see Foo} as text).
 *
 *     @template T of Bound Desc.           (a type parameter; `of Bound` kept as its type)
 *     @param Type $name Desc.              (`&$name`, `...$name` read too; the name without `$`)
 *       continuation lines, indented (a line that starts with `@` at the margin is a new tag)
 *     @return Type Desc.
 *     @throws Type Desc.                   (`@throw` read too)
 *     @var Type, @see, @since, @deprecated, @ORM\Column(...)...  (verbatim, in order, as sections)
 *
 * PHPDoc always writes a type on `@param` and `@return`: a parameter or return without one in the
 * model is written `mixed` (unless `types` is `never`), so parsing that gives `mixed` back. A
 * parameter's `default` is not written (the signature shows it). A
 * variadic's `...` and a by-reference `&` are read and dropped from the name: the parameter's facts
 * say so, and a rewrite writes `$name` (PHPStan and Psalm accept both).
 */
import type { Docstring, DocSection, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../core/styles/common';
import { dedent, isBlank, itemText, joinText, makeParam, pushBlock, renderHead, splitLines, trimBlank } from '../../core/styles/common';

interface Tag {
  name: string;
  /** The rest of the tag's line, as written after the name (`(type="x")` of an annotation keeps no space). */
  first: string;
  rest: string[];
  line: number;
}

/** A tag at the margin: `@name` (annotations like `@ORM\Column(...)` and `@psalm-param` too). */
const TAG = /^@([A-Za-z_\\][\w\\:.-]*)(.*)$/;

function splitTags(lines: readonly string[]): { head: string[]; tags: Tag[] } {
  const head: string[] = [];
  const tags: Tag[] = [];
  lines.forEach((line, i) => {
    const m = TAG.exec(line);
    if (m) tags.push({ name: m[1], first: m[2], rest: [], line: i });
    else if (tags.length) tags[tags.length - 1].rest.push(line);
    else head.push(line);
  });
  return { head, tags };
}

/** phpDocumentor's summary: up to the first blank line, or through the first line that ends with a period. */
export function splitSummary(lines: readonly string[]): { summary: string; description: string } {
  const body = trimBlank(lines.map((l) => l.trimEnd()));
  let i = 0;
  while (i < body.length && !isBlank(body[i])) {
    i++;
    if (body[i - 1].endsWith('.')) break;
  }
  return { summary: joinText(body.slice(0, i).map((l) => l.trim())), description: joinText(dedent(body.slice(i))) };
}

const tagText = (first: string, rest: readonly string[]): string => itemText(first, rest);

/** The type that opens `text` (brackets and generics may hold spaces: `array<int, string>`), and the rest. */
export function leadingType(text: string): { type: string; rest: string } {
  const s = text.trimStart();
  let depth = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if ('<({['.includes(c)) depth++;
    else if ('>)}]'.includes(c) && depth > 0 && !(c === '>' && s[i - 1] === '=')) depth--;
    else if (/\s/.test(c) && depth === 0) {
      // `callable(int): void`, `Closure(): int`: the return type after the colon is the type's.
      if (s[i - 1] === ':' && s[i - 2] === ')') continue;
      break;
    }
  }
  return { type: s.slice(0, i), rest: s.slice(i).trim() };
}

/** `Type $name desc`, `$name desc`, `Type &...$name desc`: the parts, or undefined when no `$name` is there. */
function paramParts(text: string): { type?: string; name: string; rest: string } | undefined {
  const s = text.trim();
  const named = /^&?(?:\.\.\.)?\$([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)(?:\s+|$)([\s\S]*)$/;
  const bare = named.exec(s);
  if (bare) return { name: bare[1], rest: bare[2] };
  const { type, rest } = leadingType(s);
  const after = named.exec(rest);
  return after ? { type, name: after[1], rest: after[2] } : undefined;
}

/** A tag that does not parse: reported, and kept verbatim as a section so that a rewrite loses none of its text. */
function unread(tag: Tag, text: string, doc: Docstring, problems: DocProblem[], problem: Omit<DocProblem, 'line'>): void {
  problems.push({ line: tag.line, ...problem });
  doc.sections.push({ title: tag.name, body: text });
}

function parseTag(tag: Tag, doc: Docstring, problems: DocProblem[]): void {
  const text = tagText(tag.first, tag.rest);
  switch (tag.name) {
    case 'param': {
      const parts = paramParts(text);
      if (!parts) unread(tag, text, doc, problems, { kind: 'layout', section: 'params', message: '@param without a $name.' });
      else doc.params.push(makeParam(parts.name, parts.rest.trim(), parts.type ? { type: parts.type } : {}));
      break;
    }
    case 'return':
    case 'returns': {
      if (doc.returns) {
        problems.push({ line: tag.line, kind: 'layout', section: 'returns', message: `Second @${tag.name} tag.` });
        break;
      }
      const { type, rest } = leadingType(text);
      doc.returns = { ...(type ? { type } : {}), description: rest };
      break;
    }
    case 'throws':
    case 'throw': {
      const { type, rest } = leadingType(text);
      if (!type) unread(tag, text, doc, problems, { kind: 'layout', section: 'raises', message: `@${tag.name} without an exception type.` });
      else doc.raises.push({ type, description: rest });
      break;
    }
    case 'template': {
      const m = /^([A-Za-z_][\w]*)(?:\s+(?:of|as)\s+(\S+))?(?:\s+([\s\S]*))?$/.exec(text);
      if (!m) unread(tag, text, doc, problems, { kind: 'layout', message: '@template without a name.' });
      else doc.typeParams.push(makeParam(m[1], (m[3] ?? '').trim(), m[2] ? { type: m[2] } : {}));
      break;
    }
    default:
      doc.sections.push({ title: tag.name, body: text });
  }
}

export function parsePhpdoc(content: string): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { head, tags } = splitTags(dedent(splitLines(content)));
  // `{@}` at a line's start is an `@` that starts no tag (how renderPhpdoc writes one).
  Object.assign(doc, splitSummary(head.map((line) => line.replace(/^\{@\}/, '@'))));
  for (const tag of tags) parseTag(tag, doc, problems);
  return { doc, problems };
}

/** `@tag text`, continuation lines indented two spaces (a line at the margin starting with `@` would be a tag). */
function tagLines(head: string, text: string, glue = ' '): string[] {
  const [first, ...rest] = text === '' ? [''] : text.split('\n');
  return [first === '' ? head : `${head}${glue}${first}`, ...rest.map((l) => (l.trim() === '' ? '' : `  ${l}`))];
}

/** A type as PHPDoc writes it: the model's, `mixed` when it has none, nothing when `types` is `never`. */
function typeOf(type: string | undefined, opts: RenderOptions | undefined): string | undefined {
  if (opts?.types === 'never') return undefined;
  return type?.trim() || 'mixed';
}

const withType = (type: string | undefined, rest: string): string => (type ? `${type} ${rest}` : rest);

/**
 * Summary, description (a line of them that starts with `@` written `{@}`, read back as `@`), then the tags: `@template`, `@param`, `@return`, `@throws`, the other tags
 * as they came. Types are always written (PHPDoc's convention; `auto` does not leave them to the
 * signature); yields, examples and attributes have no PHPDoc tag of their own and are not written.
 */
export function renderPhpdoc(doc: Docstring, opts?: RenderOptions): string[] {
  // A summary or description line that starts with `@` would be read as a tag: `{@}`, phpDocumentor's escape.
  const out = renderHead(doc).map((line) => line.replace(/^@/, '{@}'));
  const tags: string[] = [];
  for (const t of doc.typeParams) tags.push(...tagLines(t.type ? `@template ${t.name} of ${t.type}` : `@template ${t.name}`, t.description));
  for (const p of doc.params) tags.push(...tagLines(`@param ${withType(typeOf(p.type, opts), `$${p.name}`)}`, p.description));
  if (doc.returns) tags.push(...tagLines(`@return${(opts?.types === 'never' ? '' : ' ' + typeOf(doc.returns.type, opts))}`, doc.returns.description));
  for (const r of doc.raises) tags.push(...tagLines(`@throws ${r.type}`, r.description));
  for (const s of doc.sections) tags.push(...tagLines(`@${s.title}`, s.body, isAnnotation(s) ? '' : ' '));
  pushBlock(out, tags);
  return out;
}

/** A Doctrine-style annotation (`@ORM\\Column(...)`, `@Route("/x")`): its `(` follows the name without a space. */
const isAnnotation = (s: DocSection): boolean => s.body.startsWith('(') && /^[A-Z\\]|\\/.test(s.title);

/**
 * The docblock holding rendered `lines`, its first line at the cursor and the rest at `indent`:
 * `/**`, ` * ` gutters, ` *\/`. One line (`/** @var int *\/`) where the replaced docblock was one
 * line, or for a lone `@var` tag. `*\/` in the text would end the comment: it is written `{@*}`,
 * phpDocumentor's escape for it.
 */
export function phpdocComment(lines: readonly string[], indent: string, replacing?: string): string {
  const safe = lines.map((line) => line.replace(/\*\//g, '{@*}'));
  const oneLine = safe.length === 1 && (replacing !== undefined ? !replacing.includes('\n') : /^@var\s/.test(safe[0])) && safe[0].length < 100;
  if (oneLine) return `/** ${safe[0]} */`;
  return ['/**', ...safe.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join(`\n${indent}`);
}
