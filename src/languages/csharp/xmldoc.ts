/**
 * C# XML documentation comments (content only: no `///`), over the shared `Docstring` model.
 *
 *     <summary>
 *     Summary (its first paragraph); the rest of it is the description.
 *     </summary>
 *     <typeparam name="T">Desc.</typeparam>
 *     <param name="name">Desc.</param>
 *     <returns>Desc.</returns>
 *     <exception cref="ArgumentException">Desc.</exception>
 *     <remarks>, <example>, <value>, <seealso>, <inheritdoc/>...: kept verbatim, in their order.
 *
 * Element text is kept as written (`<see cref="X"/>`, `<c>code</c>`, entities): the model holds
 * XML text, and the renderer writes it back unchanged; text from outside (the AI) is escaped before
 * it gets here (the pack's escapeTextLine).
 */
import type { DocParam, Docstring, RenderOptions } from '../../core/docstring/model';
import { emptyDocstring } from '../../core/docstring/model';
import type { DocProblem, ParseResult } from '../../core/styles/common';

interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Inner text, dedented; undefined for a self-closing element. */
  inner?: string;
  /** The element as written, for the ones kept verbatim. */
  raw: string;
  line: number;
}

const ATTRIBUTE = /([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1]] = m[3] ?? m[4] ?? '';
  return out;
}

/** Lines of `text` without their common indentation and without blank first and last lines. */
function tidy(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd()).join('\n');
}

/** The top-level elements of `content`, and what is not inside one (text the compiler would not read). */
function elements(content: string, problems: DocProblem[]): { found: Element[]; stray: string[] } {
  const found: Element[] = [];
  const stray: string[] = [];
  const lineAt = (offset: number) => content.slice(0, offset).split('\n').length - 1;
  let at = 0;
  const open = /<([A-Za-z][\w:-]*)([^<>]*?)(\/?)>/g;
  while (at < content.length) {
    open.lastIndex = at;
    const m = open.exec(content);
    if (!m) {
      if (content.slice(at).trim()) stray.push(content.slice(at).trim());
      break;
    }
    if (content.slice(at, m.index).trim()) stray.push(content.slice(at, m.index).trim());
    const [whole, name, attrs, selfClosing] = m;
    if (selfClosing) {
      found.push({ name, attributes: attributesOf(attrs), raw: whole, line: lineAt(m.index) });
      at = m.index + whole.length;
      continue;
    }
    // The matching close tag, counting nested elements of the same name.
    const tag = new RegExp(`<(/?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s[^<>]*?)?(/?)>`, 'g');
    tag.lastIndex = m.index + whole.length;
    let depth = 1;
    let close: RegExpExecArray | null = null;
    for (let t = tag.exec(content); t; t = tag.exec(content)) {
      if (t[2]) continue;
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        close = t;
        break;
      }
    }
    if (!close) {
      problems.push({ line: lineAt(m.index), message: `<${name}> is not closed (the compiler warns CS1570: badly formed XML)`, kind: 'layout' });
      // Read on from the next line that opens a documentation element, so one missing close tag does
      // not hide the entries after it (and report them missing).
      const next = /\n[ \t]*<(summary|remarks|param|typeparam|returns|exception|example|value|seealso|inheritdoc)\b/.exec(content.slice(m.index + whole.length));
      const end = next ? m.index + whole.length + next.index + 1 : content.length;
      found.push({ name, attributes: attributesOf(attrs), inner: tidy(content.slice(m.index + whole.length, end)), raw: content.slice(m.index, end), line: lineAt(m.index) });
      at = end;
      continue;
    }
    const end = close.index + close[0].length;
    found.push({ name, attributes: attributesOf(attrs), inner: tidy(content.slice(m.index + whole.length, close.index)), raw: content.slice(m.index, end), line: lineAt(m.index) });
    at = end;
  }
  return { found, stray };
}

export function parseXmlDoc(content: string): ParseResult {
  const doc = emptyDocstring();
  const problems: DocProblem[] = [];
  const { found, stray } = elements(content, problems);
  for (const e of found) {
    const text = e.inner ?? '';
    switch (e.name) {
      case 'summary': {
        const [first, ...rest] = text.split(/\n[ \t]*\n/);
        doc.summary = first ?? '';
        doc.description = rest.join('\n\n');
        break;
      }
      case 'param':
      case 'typeparam': {
        const name = e.attributes.name;
        if (!name) {
          problems.push({ line: e.line, message: `<${e.name}> without a name attribute`, kind: 'layout', section: e.name === 'param' ? 'params' : undefined });
          break;
        }
        const entry: DocParam = { name, description: text };
        (e.name === 'param' ? doc.params : doc.typeParams).push(entry);
        break;
      }
      case 'returns':
        if (doc.returns) problems.push({ line: e.line, message: 'a second <returns>', kind: 'layout', section: 'returns' });
        else doc.returns = { description: text };
        break;
      case 'exception': {
        const type = (e.attributes.cref ?? '').replace(/^T:/, '');
        if (!type) problems.push({ line: e.line, message: '<exception> without a cref attribute', kind: 'layout', section: 'raises' });
        else doc.raises.push({ type, description: text });
        break;
      }
      default:
        doc.sections.push({ title: e.name, body: e.raw });
    }
  }
  // Text outside any element: the compiler ignores it; kept (as the description when there is no <summary>).
  if (stray.length > 0) {
    if (!found.some((e) => e.name === 'summary') && !doc.summary) {
      const [first, ...rest] = stray.join('\n').split(/\n[ \t]*\n/);
      doc.summary = first;
      doc.description = rest.join('\n\n');
    } else doc.sections.push({ title: '#text', body: stray.join('\n') });
  }
  return { doc, problems };
}

/** An element on one line when its text is one line, else its text between the tags on lines of their own. */
function element(open: string, close: string, text: string): string[] {
  const lines = text.split('\n');
  return lines.length === 1 ? [`${open}${text}${close}`] : [open, ...lines, close];
}

export function renderXmlDoc(doc: Docstring, _opts: RenderOptions): string[] {
  const out: string[] = ['<summary>', ...[doc.summary, doc.description].filter((p) => p.trim()).join('\n\n').split('\n'), '</summary>'];
  for (const t of doc.typeParams) out.push(...element(`<typeparam name="${t.name}">`, '</typeparam>', t.description));
  for (const p of doc.params) out.push(...element(`<param name="${p.name}">`, '</param>', p.description));
  if (doc.returns) out.push(...element('<returns>', '</returns>', doc.returns.description));
  for (const r of doc.raises) out.push(...element(`<exception cref="${r.type}">`, '</exception>', r.description));
  for (const s of doc.sections) out.push(...(s.title === '#text' ? s.body.split('\n') : s.body.split('\n')));
  if (doc.examples?.trim()) out.push('<example>', '<code>', ...doc.examples.split('\n'), '</code>', '</example>');
  return out;
}
