/**
 * Go doc comments (content only: no `//`, as go/ast's CommentGroup.Text gives it).
 *
 *     Name does x.                  summary: the first paragraph
 *
 *     More prose, code blocks       description: the paragraphs up to the first section
 *     indented by a tab.
 *
 *     # Heading                     a section titled `Heading` (Go 1.19 heading syntax),
 *
 *     Its paragraphs.               its body: up to the next section
 *
 *     Deprecated: Use Y.            a section titled `Deprecated` (body `Use Y.`): the paragraph
 *                                   go doc, gopls and staticcheck read as the deprecation notice
 *
 * Go has no tags: parameters, results and panics are prose in the description, written there
 * by whoever writes the description. `renderGodoc` writes the summary, the description and the
 * sections; the model's params, returns, yields, raises, type params, attributes and examples
 * have no place in a Go comment and are not written. Sections keep their order and their lines
 * (a real comment reads back line for line), so a comment with a Deprecated paragraph in the
 * middle keeps it there.
 */
import type { Docstring, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { ParseResult } from '../../core/styles/common';
import { splitLines } from '../../core/styles/common';

export const DEPRECATED = 'Deprecated';

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

function trimBlankEnds(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && blank(lines[start])) start++;
  while (end > start && blank(lines[end - 1])) end--;
  return lines.slice(start, end);
}

/** A paragraph starting with `Deprecated:` at the left margin. */
function isDeprecated(lines: readonly string[], i: number): boolean {
  return /^Deprecated:(\s|$)/.test(lines[i]) && blank(lines[i - 1]);
}

/** A Go 1.19 heading: a one-line paragraph `# Title` at the left margin. */
function isHeading(lines: readonly string[], i: number): boolean {
  return /^# \S/.test(lines[i]) && blank(lines[i - 1]) && blank(lines[i + 1]);
}

export function parseGodoc(content: string): ParseResult {
  const doc = emptyDocstring();
  const lines = splitLines(content).map((l) => l.trimEnd());
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isDeprecated(lines, i) || isHeading(lines, i)) starts.push(i);
  const head = trimBlankEnds(lines.slice(0, starts[0] ?? lines.length));
  let split = head.findIndex((l) => blank(l));
  if (split < 0) split = head.length;
  doc.summary = head.slice(0, split).join('\n');
  doc.description = trimBlankEnds(head.slice(split)).join('\n');
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    if (lines[start].startsWith('#')) {
      doc.sections.push({ title: lines[start].slice(2).trim(), body: trimBlankEnds(lines.slice(start + 1, end)).join('\n') });
    } else {
      // `Deprecated:` alone on its line keeps its text on the next line: the body starts with a line break.
      const body = [lines[start].slice(`${DEPRECATED}:`.length).trim(), ...lines.slice(start + 1, end)];
      while (body.length > 0 && blank(body[body.length - 1])) body.pop();
      doc.sections.push({ title: DEPRECATED, body: body.join('\n') });
    }
  });
  return { doc, problems: [] };
}

export function renderGodoc(doc: Docstring, _opts?: RenderOptions): string[] {
  const out: string[] = [];
  const paragraph = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    if (out.length > 0) out.push('');
    out.push(...lines);
  };
  if (doc.summary !== '') paragraph(doc.summary.split('\n'));
  if (doc.description !== '') paragraph(doc.description.split('\n').map((l) => l.trimEnd()));
  for (const section of doc.sections) {
    if (section.title === DEPRECATED) {
      const [first = '', ...rest] = section.body.split('\n');
      paragraph([first === '' ? `${DEPRECATED}:` : `${DEPRECATED}: ${first}`, ...rest]);
    } else {
      paragraph([`# ${section.title}`]);
      if (section.body !== '') paragraph(section.body.split('\n'));
    }
  }
  return out;
}

/**
 * Content lines as `//` comment lines, the way gofmt writes them: `// text`, `//` for a blank
 * line, `//\tcode` for a code line; joined by a line break and `indent` (the first line is not
 * indented: the insertion's prefix is).
 */
export function goComment(lines: readonly string[], indent: string): string {
  return lines.map((l) => (l === '' ? '//' : l.startsWith('\t') ? `//${l}` : `// ${l}`)).join(`\n${indent}`);
}
