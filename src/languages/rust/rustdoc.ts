/**
 * rustdoc comments (content only: no `///`, no base indentation), over the shared `Docstring`
 * model, as the Rust API guidelines (C-FAILURE, C-EXAMPLE) and the standard library write them:
 *
 *     Summary (the first paragraph).
 *
 *     Description: more Markdown paragraphs, up to the first `# ` heading.
 *
 *     # Arguments
 *
 *     * `name` - Desc, continuation lines indented under the bullet.
 *
 *     # Returns
 *
 *     Desc.
 *
 *     # Errors / # Panics / # Safety / any other heading   (kept verbatim as sections, in order)
 *
 *     # Examples
 *
 *     ```
 *     code, kept verbatim (a `# ` line in a fence is a hidden doctest line, not a heading)
 *     ```
 *
 * `# Errors` stays a section: it describes when the function returns `Err` (prose, not a list of
 * error types), and `raises` is for thrown types, which Rust has none of. `# Type parameters` (a
 * list like `# Arguments`) holds type parameters; std writes none, Docwright only writes one when
 * the model has some.
 */
import type { DocParam, Docstring, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../core/styles/common';
import { dedent, indentOf, isBlank, itemText, joinText, makeParam, pushBlock, renderHead, splitHead, splitLines } from '../../core/styles/common';

interface Block {
  title: string;
  lines: string[];
  line: number;
}

const FENCE = /^\s*(```|~~~)/;
// Markdown lets a heading be indented up to three spaces (rustdoc keeps a block doc's indentation when its first line has text).
const HEADING = /^ {0,3}#[ \t]+(.*?)[ \t]*#*[ \t]*$/;

/** The text before the first heading, and each `# Heading` with its lines; headings inside code fences are code. */
function splitHeadings(lines: readonly string[]): { head: string[]; blocks: Block[] } {
  const head: string[] = [];
  const blocks: Block[] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const heading = fence === undefined ? HEADING.exec(line) : null;
    if (heading) blocks.push({ title: heading[1], lines: [], line: i });
    else (blocks.length ? blocks[blocks.length - 1].lines : head).push(line);
    const opens = FENCE.exec(line);
    if (opens) fence = fence === undefined ? opens[1] : line.trim().startsWith(fence) ? undefined : fence;
  });
  return { head, blocks };
}

/** A section's body: its lines dedented, blank lines at both ends dropped. */
const bodyText = (lines: readonly string[]): string => joinText(dedent(lines));

const ITEM = /^[*-][ \t]+`?([\w.]+|\.\.\.)`?[ \t]*(?:[-:\u2013\u2014][ \t]*|$)(.*)$/;

/** `* `name` - text` items; a line that is not a bullet continues the item above it. */
function parseList(block: Block, section: 'params', problems: DocProblem[]): DocParam[] {
  const out: { name: string; first: string; rest: string[] }[] = [];
  const lines = dedent(block.lines);
  lines.forEach((line, i) => {
    const item = indentOf(line) === 0 ? ITEM.exec(line) : null;
    if (item) out.push({ name: item[1], first: item[2], rest: [] });
    else if (out.length) out[out.length - 1].rest.push(line);
    else if (!isBlank(line)) problems.push({ line: block.line + 1 + i, kind: 'layout', section, message: `"# ${block.title}" should list each one as "* \`name\` - description".` });
  });
  return out.map((item) => makeParam(item.name, itemText(item.first, item.rest)));
}

const isTitle = (title: string, ...names: string[]) => names.includes(title.toLowerCase());

export function parseRustdoc(content: string): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { head, blocks } = splitHeadings(splitLines(content));
  Object.assign(doc, splitHead(head));
  // Rendering writes the examples last: of two `# Examples`, the last one is the model's.
  const examples = blocks.map((b) => isTitle(b.title, 'examples', 'example')).lastIndexOf(true);
  blocks.forEach((block, i) => {
    if (i === examples) doc.examples = bodyText(block.lines);
    else if (isTitle(block.title, 'arguments', 'parameters')) doc.params.push(...parseList(block, 'params', problems));
    else if (isTitle(block.title, 'type parameters')) doc.typeParams.push(...parseList(block, 'params', problems));
    else if (isTitle(block.title, 'returns')) {
      if (doc.returns) problems.push({ line: block.line, kind: 'layout', message: 'Second "# Returns" section.' });
      else doc.returns = { description: bodyText(block.lines) };
    } else doc.sections.push({ title: block.title, body: bodyText(block.lines) });
  });
  return { doc, problems };
}

/** `* `name` - text`, continuation lines indented under the text (Markdown keeps them in the item). */
function listLines(params: readonly DocParam[]): string[] {
  return params.flatMap((p) => {
    const [first, ...rest] = p.description.split('\n');
    return [first ? `* \`${p.name}\` - ${first}` : `* \`${p.name}\``, ...rest.map((l) => (l.trim() ? `  ${l}` : ''))];
  });
}

function section(out: string[], title: string, body: string[]): void {
  pushBlock(out, [`# ${title}`, ...(body.length ? ['', ...body] : [])]);
}

/**
 * Sections in the guidelines' order: arguments, returns, the other sections as they came (Errors,
 * Panics, Safety...), examples last. rustdoc has no types in its lists (the signature has them) and
 * nothing for yields, raises or attributes: those are not written.
 */
export function renderRustdoc(doc: Docstring, _opts?: RenderOptions): string[] {
  const out = renderHead(doc);
  if (doc.typeParams.length) section(out, 'Type parameters', listLines(doc.typeParams));
  if (doc.params.length) section(out, 'Arguments', listLines(doc.params));
  if (doc.returns) section(out, 'Returns', doc.returns.description ? doc.returns.description.split('\n') : []);
  for (const s of doc.sections) section(out, s.title, s.body ? s.body.split('\n') : []);
  if (doc.examples !== undefined) section(out, 'Examples', doc.examples ? doc.examples.split('\n') : []);
  return out;
}

/**
 * The comment holding rendered `lines`, its first line at the cursor and the rest at `indent`:
 * `/// text` (`///` alone for a blank line); `inner`: `//! text`, a module's doc from inside it.
 */
export function rustComment(lines: readonly string[], indent: string, options: { inner?: boolean } = {}): string {
  const marker = options.inner ? '//!' : '///';
  return lines.map((line) => (line ? `${marker} ${line}` : marker)).join(`\n${indent}`);
}

/**
 * The comment that replaces `replacing` (or a new one): in its spelling, `//!` and `/*! *\/` for a
 * module's inner doc, a `/** *\/` block where a block was (it may share its line with code), else
 * `///` lines. A block cannot hold `*\/`: it is written `*&#47;`.
 */
export function rustDocComment(lines: readonly string[], indent: string, replacing?: string): string {
  const inner = replacing !== undefined && /^\/[/*]!/.test(replacing);
  if (replacing === undefined || replacing.startsWith('//')) return rustComment(lines, indent, { inner });
  const open = inner ? '/*!' : '/**';
  const safe = lines.map((line) => line.replace(/\*\//g, '*&#47;'));
  if (safe.length === 1 && !replacing.includes('\n')) return `${open} ${safe[0]} */`;
  return [open, ...safe.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join(`\n${indent}`);
}
