/**
 * Doxygen comments (content only: no `/**`, `///`, no ` * ` gutter), over the shared `Docstring`
 * model, in the Javadoc-like layout Doxygen's manual and most C++ projects use:
 *
 *     @brief Summary (a paragraph: up to a blank line or the next command).
 *
 *     Description: more paragraphs, `@code ... @endcode` and Markdown as text.
 *
 *     @tparam T Desc.
 *     @param[in] name Desc.           (`[out]`, `[in,out]` or none; `\param` is read too)
 *     continuation lines (read dedented, written flush)
 *     @return Desc.                   (`@returns`, `@result` are read too)
 *     @throws std::out_of_range Desc. (`@throw`, `@exception` are read too)
 *     @note / @see / @retval / @pre / any other block command: kept verbatim, in order.
 *
 * A block command's paragraph ends at a blank line outside code, as Doxygen reads it: text after
 * that blank line is details again (libstdc++ writes its details below its `@throw`), so a
 * parameter's description is one paragraph.
 *
 * Without `@brief` the first paragraph is the summary (what JAVADOC_AUTOBRIEF reads; Doxygen's
 * default reads it as the start of the details, which shows the same text). Commands are read with
 * `@` or `\`; a command starts a block only at the start of a line and outside `@code`/`@verbatim`
 * blocks and ``` fences. A parameter's direction is kept on the parameter (`DoxygenParam.direction`).
 */
import type { DocParam, Docstring, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../core/styles/common';
import { headWithText, itemText, joinText, makeParam, pushBlock, renderHead, splitHead, splitLines } from '../../core/styles/common';

/** `[in]`, `[out]`, `[in,out]` of `@param[...]`, as written without spaces. */
export type ParamDirection = 'in' | 'out' | 'in,out';

/** A parameter as Doxygen documents it: the shared model's, with its direction when written. */
export interface DoxygenParam extends DocParam {
  direction?: ParamDirection;
}

/** How a doc is written, for its repair to keep (`detectDoxygen` reads it off a file). */
export interface DoxygenLayout {
  /** The summary is written after `@brief` (default true). */
  brief?: boolean;
  /** Commands start with `@` (default) or `\`. */
  command?: '@' | '\\';
}

export type DoxygenRenderOptions = Partial<RenderOptions> & DoxygenLayout;

/** Block commands: at the start of a line they end what was before. Others (`@p x`, `@c`, `@ref`) are inline text. */
const BLOCK_COMMANDS = new Set([
  'brief', 'short', 'details', 'param', 'tparam', 'return', 'returns', 'result', 'retval', 'throw', 'throws', 'exception',
  'note', 'warning', 'attention', 'remark', 'remarks', 'see', 'sa', 'pre', 'post', 'invariant', 'deprecated', 'since',
  'version', 'author', 'authors', 'date', 'copyright', 'todo', 'bug', 'test', 'par', 'ingroup', 'overload', 'sa',
]);

/** Blocks whose lines are text, never commands: `@code`...`@endcode` and the like. */
const VERBATIM = /^[@\\](code|verbatim|dot|msc|startuml|latexonly|htmlonly|xmlonly|f\[|f\{)/;
const VERBATIM_END: Record<string, RegExp> = {
  code: /[@\\]endcode\b/, verbatim: /[@\\]endverbatim\b/, dot: /[@\\]enddot\b/, msc: /[@\\]endmsc\b/, startuml: /[@\\]enduml\b/,
  latexonly: /[@\\]endlatexonly\b/, htmlonly: /[@\\]endhtmlonly\b/, xmlonly: /[@\\]endxmlonly\b/, 'f[': /[@\\]f\]/, 'f{': /[@\\]f\}/,
};
const FENCE = /^\s*(```|~~~)/;
const COMMAND = /^[ \t]*[@\\]([a-z]+)(\[[^\]]*\])?(?=[\s]|$)[ \t]?(.*)$/;

interface Block {
  name: string;
  /** `[in]` of `@param[in]`. */
  option?: string;
  first: string;
  rest: string[];
  line: number;
}

/** The text before the first block command, and each block command with its lines. */
function splitBlocks(lines: readonly string[]): { head: string[]; blocks: Block[] } {
  const head: string[] = [];
  const blocks: Block[] = [];
  let verbatimEnd: RegExp | undefined;
  let fence: string | undefined;
  // A block command's paragraph ends at a blank line (outside code): text after it is details again.
  let open = false;
  lines.forEach((line, i) => {
    const inCode = verbatimEnd !== undefined || fence !== undefined;
    const command = inCode ? null : COMMAND.exec(line);
    if (command && BLOCK_COMMANDS.has(command[1])) {
      blocks.push({ name: command[1], ...(command[2] ? { option: command[2] } : {}), first: command[3], rest: [], line: i });
      open = true;
    } else if (open && !inCode && line.trim() === '' && blocks[blocks.length - 1].name !== 'brief' && blocks[blocks.length - 1].name !== 'short') {
      open = false;
    } else if (open) blocks[blocks.length - 1].rest.push(line);
    else {
      if (blocks.length && line.trim() !== '' && head.length && head[head.length - 1].trim() !== '') head.push('');
      head.push(line);
    }
    // Where a verbatim block or a fence opens or closes (a one-line `@code ... @endcode` closes at once).
    if (verbatimEnd) {
      if (verbatimEnd.test(line)) verbatimEnd = undefined;
    } else if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
    } else {
      const trimmed = line.trim();
      const opens = VERBATIM.exec(trimmed);
      if (opens && !VERBATIM_END[opens[1]].test(trimmed.slice(opens[0].length))) verbatimEnd = VERBATIM_END[opens[1]];
      const fenced = FENCE.exec(line);
      if (fenced) fence = fenced[1];
    }
  });
  return { head, blocks };
}

/** `[in]` -> `in`, `[in, out]` / `[out,in]` -> `in,out`; anything else is not a direction. */
function directionOf(option: string | undefined): ParamDirection | undefined {
  if (!option) return undefined;
  const words = option.slice(1, -1).split(',').map((w) => w.trim().toLowerCase()).sort();
  if (words.join(',') === 'in') return 'in';
  if (words.join(',') === 'out') return 'out';
  if (words.join(',') === 'in,out') return 'in,out';
  return undefined;
}

/** `name rest...` of a `@param`, `@tparam` or `@throws` line. */
function nameAndText(first: string): { name: string; text: string } {
  const m = /^(\S+)\s*(.*)$/.exec(first.trim());
  return m ? { name: m[1], text: m[2] } : { name: '', text: '' };
}

export function parseDoxygen(content: string): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { head, blocks } = splitBlocks(splitLines(content));
  const brief = blocks.find((b) => b.name === 'brief' || b.name === 'short');
  if (brief) {
    // `@brief` is the summary up to its blank line; what follows the blank line is description.
    const lines = [brief.first, ...brief.rest];
    const blank = lines.findIndex((l) => l.trim() === '');
    const summaryLines = blank < 0 ? lines : lines.slice(0, blank);
    doc.summary = joinText(summaryLines.map((l) => l.trim()));
    // Text before `@brief` is details too (Doxygen shows it after the brief).
    doc.description = joinText(dedentKeep([...head, '', ...(blank < 0 ? [] : lines.slice(blank))]));
  } else Object.assign(doc, splitHead(head));
  for (const block of blocks) {
    const text = itemText(block.first, block.rest);
    switch (block.name) {
      case 'brief':
      case 'short':
        break;
      case 'details':
        doc.description = doc.description ? `${doc.description}\n\n${text}` : text;
        break;
      case 'param': {
        const { name, text: desc } = nameAndText(block.first);
        if (!name) {
          problems.push({ line: block.line, kind: 'layout', section: 'params', message: '"@param" without a parameter name.' });
          break;
        }
        const param: DoxygenParam = makeParam(name, itemText(desc, block.rest));
        const direction = directionOf(block.option);
        if (direction) param.direction = direction;
        else if (block.option) problems.push({ line: block.line, kind: 'layout', section: 'params', message: `"@param${block.option}": a direction is [in], [out] or [in,out].` });
        doc.params.push(param);
        break;
      }
      case 'tparam': {
        const { name, text: desc } = nameAndText(block.first);
        if (name) doc.typeParams.push(makeParam(name, itemText(desc, block.rest)));
        break;
      }
      case 'return':
      case 'returns':
      case 'result':
        if (doc.returns) problems.push({ line: block.line, kind: 'layout', message: `Second "@${block.name}".` });
        else doc.returns = { description: text };
        break;
      case 'throw':
      case 'throws':
      case 'exception': {
        const { name, text: desc } = nameAndText(block.first);
        if (name) doc.raises.push({ type: name, description: itemText(desc, block.rest) });
        else problems.push({ line: block.line, kind: 'layout', section: 'raises', message: `"@${block.name}" without an exception type.` });
        break;
      }
      default:
        doc.sections.push({ title: block.option ? `${block.name}${block.option}` : block.name, body: text });
    }
  }
  return { doc, problems };
}

/** Common indentation removed, blank lines kept (a `@code` block's own indentation stays). */
function dedentKeep(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() ? l.slice(min).trimEnd() : ''));
}

function tag(command: string, name: string, head: string, text: string): string[] {
  return headWithText(`${command}${name}${head}`, text, ' ', '');
}

/**
 * `@brief` summary, the description, then `@tparam`, `@param[dir]`, `@return`, `@throws` and the
 * other commands as they came. No types: the signature has them. Yields and attributes are not
 * written (C++ has neither). `opts.brief` false writes the summary as a plain first paragraph;
 * `opts.command` `\` writes `\param`.
 */
export function renderDoxygen(doc: Docstring, opts: DoxygenRenderOptions = {}): string[] {
  const c = opts.command ?? '@';
  const out: string[] = [];
  if (opts.brief === false || doc.summary === '') out.push(...renderHead(doc));
  else {
    out.push(...headWithText(`${c}brief`, doc.summary, ' ', ''));
    if (doc.description) pushBlock(out, doc.description.split('\n'));
  }
  const tags: string[] = [];
  for (const t of doc.typeParams) tags.push(...tag(c, 'tparam', ` ${t.name}`, t.description));
  for (const p of doc.params as DoxygenParam[]) tags.push(...tag(c, p.direction ? `param[${p.direction}]` : 'param', ` ${p.name}`, p.description));
  if (doc.returns) tags.push(...tag(c, 'return', '', doc.returns.description));
  for (const r of doc.raises) tags.push(...tag(c, 'throws', ` ${r.type}`, r.description));
  for (const s of doc.sections) tags.push(...tag(c, s.title, '', s.body));
  pushBlock(out, tags);
  return out;
}

/** `/**`, ` * line`, ` *\/` (one line `/** text *\/` when `oneLine` and the content is one line). A block cannot hold `*\/`: it is written `*&#47;`. */
export function doxygenComment(lines: readonly string[], indent: string, options: { open?: '/**' | '/*!' | '/**<' | '/*!<'; oneLine?: boolean } = {}): string {
  const open = options.open ?? '/**';
  const safe = lines.map((line) => line.replace(/\*\//g, '*&#47;'));
  if (options.oneLine && safe.length === 1) return `${open} ${safe[0]} */`;
  return [open, ...safe.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join(`\n${indent}`);
}

/** `/// line` lines (`///` alone for a blank line); `marker` `//!` for Qt-style ones. */
export function doxygenSlashComment(lines: readonly string[], indent: string, marker: '///' | '//!' = '///'): string {
  return lines.map((line) => (line ? `${marker} ${line}` : marker)).join(`\n${indent}`);
}

/**
 * The comment that replaces `replacing` (or a new one in `form`): in the replaced doc's spelling
 * (`///`, `//!`, `/** *\/`, `/*! *\/`, a one-line block stays one line when it can). A trailing
 * `///<` doc of one line stays one; of several lines it becomes a `/**<` block (`///<` lines after
 * the first would each start anew).
 */
export function doxygenDocComment(lines: readonly string[], indent: string, replacing?: string, form: 'block' | 'slash' = 'block'): string {
  if (replacing === undefined) return form === 'slash' ? doxygenSlashComment(lines, indent) : doxygenComment(lines, indent);
  const after = /^(?:\/\/[/!]<|\/\*[*!]<)/.test(replacing);
  if (replacing.startsWith('//')) {
    const marker = replacing.startsWith('//!') ? '//!' : '///';
    if (after) return lines.length <= 1 ? `${marker}< ${lines[0] ?? ''}`.trimEnd() : doxygenComment(lines, indent, { open: marker === '//!' ? '/*!<' : '/**<' });
    return doxygenSlashComment(lines, indent, marker);
  }
  const open = `${replacing.startsWith('/*!') ? '/*!' : '/**'}${after ? '<' : ''}` as '/**' | '/*!' | '/**<' | '/*!<';
  return doxygenComment(lines, indent, { open, oneLine: !replacing.includes('\n') });
}

/** The layout one doc's content uses (for its repair to keep): `@brief` written, `@` or `\` commands. */
export function doxygenLayout(content: string): Required<DoxygenLayout> {
  const at = (content.match(/(^|\s)@[a-z]+/g) ?? []).length;
  const backslash = (content.match(/(^|\s)\\[a-z]+/g) ?? []).length;
  return { brief: /(^|\s)[@\\](brief|short)\b/.test(content), command: backslash > at ? '\\' : '@' };
}

/** What a file's doc comments say about how to write a new one. */
export interface DetectedDoxygen extends Required<DoxygenLayout> {
  /** `block` (`/** *\/`, `/*! *\/`) or `slash` (`///`, `//!`): the form most of them take. */
  form: 'block' | 'slash';
}

/**
 * The form, `@brief` and command character most of `comments` use (their raw texts, delimiters
 * included; plain comments are ignored); undefined when none is a doc comment. Ties go to the
 * Javadoc-like default: `/** *\/`, `@brief`, `@`.
 */
export function detectDoxygen(comments: readonly string[]): DetectedDoxygen | undefined {
  let block = 0;
  let slash = 0;
  let brief = 0;
  let plain = 0;
  let at = 0;
  let backslash = 0;
  for (const raw of comments) {
    const isSlash = /^\/\/[/!](?!\/)/.test(raw);
    const isBlock = /^\/\*[*!](?![*/])/.test(raw);
    if (!isSlash && !isBlock) continue;
    if (isSlash) slash++;
    else block++;
    if (/(^|\s|\*|\/)[@\\](brief|short)\b/.test(raw)) brief++;
    else plain++;
    at += (raw.match(/(^|\s)@[a-z]+/g) ?? []).length;
    backslash += (raw.match(/(^|\s)\\[a-z]+/g) ?? []).length;
  }
  if (block + slash === 0) return undefined;
  return { form: slash > block ? 'slash' : 'block', brief: brief >= plain, command: backslash > at ? '\\' : '@' };
}
