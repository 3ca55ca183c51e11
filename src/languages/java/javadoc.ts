/**
 * Javadoc block tags (content only: no `/**`, no ` * ` gutter), over the shared `Docstring` model.
 *
 *     Summary (the first paragraph).
 *
 *     Description: more paragraphs, HTML (<p>, <pre>) and inline tags ({@code x}, {@link Foo}) as text.
 *
 *     @param <T> Desc.                  (a type parameter)
 *     @param name Desc.
 *     continuation lines (javadoc allows any indentation; read dedented, written flush)
 *     @return Desc.                     (`@returns` is read too)
 *     @throws IOException Desc.         (`@exception` is read too)
 *     @see Foo#bar(int)                 (tags the model has no field for, verbatim, in their order)
 *
 * No types on `@param`/`@return`: the signature has them. A block tag starts a line, as javadoc
 * reads it; an `@` at the start of a line inside an inline tag (`{@code @Override}` over lines) is
 * text. A summary written as JDK 16's `{@return text}` documents the return value: it is read as the
 * return, and no `@return` tag is written beside it.
 */
import type { DocParam, Docstring, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../core/styles/common';
import { headWithText, itemText, makeParam, pushBlock, renderHead, splitHead, splitLines } from '../../core/styles/common';

interface Tag {
  name: string;
  first: string;
  rest: string[];
  line: number;
}

/** The change in inline-tag depth over `line`: `{@` opens one; inside one, braces nest. */
function inlineDepthAfter(line: string, depth: number): number {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '{' && (depth > 0 || line[i + 1] === '@')) depth++;
    else if (line[i] === '}' && depth > 0) depth--;
  }
  return depth;
}

/**
 * The name of the outermost inline tag that never closes (`link` in `{@link Foo#bar())`), if any.
 * javac 17 reads the block tags after an unterminated `{@link}` and the like all the same, but an
 * unterminated `{@code}` or `{@literal}` holds the rest of the comment (MethodHandles.collectReturnValue).
 */
function unterminatedTag(lines: string[]): string | undefined {
  let depth = 0;
  let outer: string | undefined;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '{' && (depth > 0 || line[i + 1] === '@')) {
        if (depth === 0) outer = /^\{@(\w*)/.exec(line.slice(i))?.[1];
        depth++;
      } else if (line[i] === '}' && depth > 0) depth--;
    }
  }
  return depth > 0 ? outer ?? '' : undefined;
}

function splitTags(lines: string[]): { head: string[]; tags: Tag[] } {
  const head: string[] = [];
  const tags: Tag[] = [];
  const open = unterminatedTag(lines);
  const unterminated = open !== undefined && !/^(code|literal)$/.test(open);
  let depth = 0;
  lines.forEach((line, i) => {
    const m = depth === 0 || unterminated ? /^\s*@([A-Za-z][\w.:-]*)(?:\s+(.*)|$)/.exec(line) : null;
    if (m) tags.push({ name: m[1], first: m[2] ?? '', rest: [], line: i });
    else if (tags.length) tags[tags.length - 1].rest.push(line);
    else head.push(line);
    depth = inlineDepthAfter(line, depth);
  });
  return { head, tags };
}

/** `{@return text}` opening the comment: its text, when the braces close. */
export function inlineReturn(summary: string): string | undefined {
  const m = /^\{@return\s/.exec(summary);
  if (!m) return undefined;
  const end = inlineDepthEnd(summary);
  return end < 0 ? undefined : summary.slice(m[0].length, end - 1).trim();
}

/** Index just past the `}` closing the inline tag that opens `text`; -1 when it does not close. */
function inlineDepthEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * A tag's text: the rest of its line, then its continuation lines dedented among themselves. When
 * the text starts on the next line (`@param name` then the description below), that line's
 * indentation is layout, not text.
 */
function tagText(first: string, rest: readonly string[]): string {
  return itemText(first, rest).replace(/^[ \t]+/, '');
}

/** `name rest` of a tag's first line: the first word, and the text after it. */
function firstWord(text: string): { word: string; rest: string } {
  const m = /^\s*(\S*)\s*(.*)$/s.exec(text)!;
  return { word: m[1], rest: m[2] };
}

function parseParam(tag: Tag, doc: Docstring, problems: DocProblem[]): void {
  const typeParam = /^\s*<\s*([\w$]+)\s*>\s*(.*)$/s.exec(tag.first);
  if (typeParam) {
    doc.typeParams.push(makeParam(typeParam[1], tagText(typeParam[2], tag.rest)));
    return;
  }
  const { word, rest } = firstWord(tag.first);
  // `@param\n *     name desc` is not javadoc: the name must follow the tag on its line.
  if (!word) problems.push({ line: tag.line, kind: 'layout', section: 'params', message: '@param without a parameter name.' });
  else doc.params.push(makeParam(word, tagText(rest, tag.rest)));
}

export function parseJavadoc(content: string): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { head, tags } = splitTags(splitLines(content));
  Object.assign(doc, splitHead(head));
  for (const tag of tags) {
    switch (tag.name) {
      case 'param':
        parseParam(tag, doc, problems);
        break;
      case 'return':
      case 'returns':
        if (doc.returns) problems.push({ line: tag.line, kind: 'layout', message: `Second @${tag.name} tag.` });
        else doc.returns = { description: tagText(tag.first, tag.rest) };
        break;
      case 'throws':
      case 'exception': {
        const { word, rest } = firstWord(tag.first);
        if (!word) problems.push({ line: tag.line, kind: 'layout', section: 'raises', message: `@${tag.name} without an exception type.` });
        else doc.raises.push({ type: word, description: tagText(rest, tag.rest) });
        break;
      }
      default:
        doc.sections.push({ title: tag.name, body: tagText(tag.first, tag.rest) });
    }
  }
  const inline = inlineReturn(doc.summary);
  if (!doc.returns && inline !== undefined) doc.returns = { description: inline };
  return { doc, problems };
}

/**
 * `text` with an `@` that starts one of its lines (from `fromLine` on, outside inline tags) written
 * `{@literal @}`: javadoc would read the line as a new block tag. Parsed text never has one (the
 * line was a tag); a generated description may ("@Override methods...").
 */
function guardLeadingAt(text: string, fromLine: number, startDepth = 0): string {
  let depth = startDepth;
  return text
    .split('\n')
    .map((line, i) => {
      const guarded = i >= fromLine && depth === 0 ? line.replace(/^(\s*)@/, '$1{@literal @}') : line;
      depth = inlineDepthAfter(line, depth);
      return guarded;
    })
    .join('\n');
}

/** `@tag text`, continuation lines flush with the tag. */
function tagLines(head: string, text: string): string[] {
  return headWithText(head, guardLeadingAt(text, 1), ' ', '');
}

/** Javadoc has no types in its tags and nothing for yields, examples or attributes: those are not written. */
export function renderJavadoc(doc: Docstring, _opts: RenderOptions): string[] {
  // The description goes on inside an inline tag the summary leaves open (an unterminated `{@code`).
  const summaryDepth = doc.summary.split('\n').reduce((depth, line) => inlineDepthAfter(line, depth), 0);
  const out = renderHead({ ...doc, summary: guardLeadingAt(doc.summary, 0), description: guardLeadingAt(doc.description, 0, summaryDepth) });
  const tags: string[] = [];
  const describe = (p: DocParam, name: string) => tags.push(...tagLines(`@param ${name}`, p.description));
  for (const tp of doc.typeParams) describe(tp, `<${tp.name}>`);
  for (const p of doc.params) describe(p, p.name);
  if (doc.returns && inlineReturn(doc.summary) !== doc.returns.description) tags.push(...tagLines('@return', doc.returns.description));
  for (const r of doc.raises) tags.push(...tagLines(`@throws ${r.type}`, r.description));
  for (const s of doc.sections) tags.push(...tagLines(`@${s.title}`, s.body));
  pushBlock(out, tags);
  return out;
}
