/**
 * A user's own docstring layout: a small, strict mustache subset, checked when it is loaded.
 *
 *   {{field}}                  the field's text (never HTML-escaped: a docstring is plain text)
 *   {{#field}}...{{/field}}    a list: once per item; an object (returns, yields): once when present;
 *                              text or a flag: when not empty
 *   {{^field}}...{{/field}}    when the field is empty or absent
 *   {{! comment }}             nothing
 *
 * Fields at the top: summary, description, examples, params, hasParams, returns, yields, raises,
 * hasRaises, typeParams, hasTypeParams, attributes (a record class's fields), hasAttributes. In
 * params, typeParams and attributes: name, type, default, description, optional. In returns,
 * yields and raises: type, description.
 *
 * A line holding only section tags leaves no line behind (mustache's standalone tags). The
 * continuation lines of a multi-line value are indented like the line its tag is on. Runs of blank
 * lines become one, and blank lines at the start and end go, so an absent section leaves no gap.
 * Docwright adds the quotes or the `/** *\/` and the indentation, as for its own styles.
 */
import type { Docstring, RenderOptions } from '../docstring/model';
import { paramTypeShown, returnTypeShown } from '../styles/common';

const ITEM_FIELDS = ['name', 'type', 'default', 'description', 'optional'];
const VALUE_FIELDS = ['type', 'description'];
const LISTS: Record<string, string[]> = { params: ITEM_FIELDS, typeParams: ITEM_FIELDS, attributes: ITEM_FIELDS, raises: VALUE_FIELDS };
const OBJECTS: Record<string, string[]> = { returns: VALUE_FIELDS, yields: VALUE_FIELDS };
const TOP_FIELDS = ['summary', 'description', 'examples', 'hasParams', 'hasRaises', 'hasTypeParams', 'hasAttributes', ...Object.keys(LISTS), ...Object.keys(OBJECTS)];

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; children: Node[] };

export interface UserTemplate {
  /** Where it came from, for messages. */
  source: string;
  nodes: Node[];
}

/** A template that cannot be used: where and why, and what to do. */
export class TemplateProblem extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${source}:${line}: ${reason}`);
  }
}

const TAG = /\{\{([\s\S]*?)\}\}/g;

/**
 * Standalone tags: a line with only section or comment tags (and whitespace) is dropped whole,
 * so `{{#params}}` on a line of its own leaves no blank line.
 */
function dropStandaloneLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*(?:\{\{\s*[#^/!][^}]*\}\}\s*)+$/.test(line) ? line.trim() + '\u0000' : line))
    .join('\n')
    .replace(/\u0000\n?/g, '');
}

/** Parse and check a template's text; throws a TemplateProblem naming the line. */
export function compileTemplate(text: string, source: string): UserTemplate {
  const body = dropStandaloneLines(text.replace(/\r\n?/g, '\n'));
  // Line numbers refer to the file as written: map each offset of `body` back through the dropped newlines.
  const lineAt = (tagText: string, nth: number): number => {
    let seen = 0;
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
      let from = 0;
      for (;;) {
        const at = lines[i].indexOf(tagText, from);
        if (at < 0) break;
        if (seen++ === nth) return i + 1;
        from = at + 1;
      }
    }
    return 1;
  };
  const occurrences = new Map<string, number>();
  const root: Node[] = [];
  const stack: { name: string; children: Node[]; line: number; scope: string[] }[] = [{ name: '', children: root, line: 0, scope: TOP_FIELDS }];
  let last = 0;
  for (const match of body.matchAll(TAG)) {
    const raw = match[0];
    const nth = occurrences.get(raw) ?? 0;
    occurrences.set(raw, nth + 1);
    const line = lineAt(raw, nth);
    const top = stack[stack.length - 1];
    if (match.index > last) top.children.push({ kind: 'text', text: body.slice(last, match.index) });
    last = match.index + raw.length;
    const inner = match[1].trim();
    const sigil = /^[#^/!]/.test(inner) ? inner[0] : '';
    if (sigil === '!') continue;
    const name = inner.slice(sigil.length).trim();
    if (!/^[A-Za-z]+$/.test(name)) {
      throw new TemplateProblem(source, line, `"${raw}" is not a tag this template language has; use {{field}}, {{#field}}...{{/field}}, {{^field}}...{{/field}} or {{! comment }}.`);
    }
    if (sigil === '/') {
      if (stack.length === 1 || top.name !== name) {
        const open = stack.length > 1 ? `; the open section is {{#${top.name}}} from line ${top.line}` : '';
        throw new TemplateProblem(source, line, `{{/${name}}} closes no open {{#${name}}}${open}.`);
      }
      stack.pop();
      continue;
    }
    if (!top.scope.includes(name)) {
      const where = stack.length > 1 ? `inside {{#${stack[stack.length - 1].name}}}` : 'at the top';
      throw new TemplateProblem(source, line, `unknown field "${name}" ${where}; the fields there are ${top.scope.join(', ')}.`);
    }
    if (sigil === '') {
      if (LISTS[name] || OBJECTS[name]) throw new TemplateProblem(source, line, `"${name}" is a section: write {{#${name}}}...{{/${name}}} around what to repeat.`);
      top.children.push({ kind: 'var', name });
      continue;
    }
    const node: Node = { kind: 'section', name, inverted: sigil === '^', children: [] };
    top.children.push(node);
    // A list or object section opens its items' fields; a text or flag section keeps the fields around it.
    const scope = !node.inverted && (LISTS[name] ?? OBJECTS[name]) ? (LISTS[name] ?? OBJECTS[name]) : top.scope;
    stack.push({ name, children: node.children, line, scope });
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    throw new TemplateProblem(source, open.line, `{{#${open.name}}} is never closed; add {{/${open.name}}} where it ends.`);
  }
  const rest = body.slice(last);
  if (rest.includes('{{')) throw new TemplateProblem(source, lineAt('{{', (body.slice(0, last).match(/\{\{/g) ?? []).length), 'a "{{" is never closed with "}}".');
  if (rest) root.push({ kind: 'text', text: rest });
  return { source, nodes: root };
}

type Value = string | boolean | undefined | Context | Context[];
interface Context {
  [field: string]: Value;
}

/** The fields a template sees, from the model as the style would show it (types per `docwright.types`). */
function contextOf(doc: Docstring, opts: RenderOptions): Context {
  const param = (p: Docstring['params'][number]): Context => ({
    name: p.name,
    type: paramTypeShown(p, opts) ?? '',
    default: p.default ?? '',
    description: p.description,
    optional: Boolean(p.optional || p.default !== undefined),
  });
  const value = (v: Docstring['returns']): Context | undefined => v && { type: returnTypeShown(v.type, opts) ?? '', description: v.description };
  return {
    summary: doc.summary,
    description: doc.description,
    examples: doc.examples ?? '',
    params: doc.params.map(param),
    hasParams: doc.params.length > 0,
    typeParams: doc.typeParams.map(param),
    hasTypeParams: doc.typeParams.length > 0,
    attributes: (doc.attributes ?? []).map(param),
    hasAttributes: (doc.attributes ?? []).length > 0,
    returns: value(doc.returns),
    yields: value(doc.yields),
    raises: doc.raises.map((r) => ({ type: r.type, description: r.description })),
    hasRaises: doc.raises.length > 0,
  };
}

function truthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function renderNodes(nodes: readonly Node[], context: Context, out: string[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') out.push(node.text);
    else if (node.kind === 'var') {
      const value = context[node.name];
      const text = typeof value === 'string' ? value : '';
      // Continuation lines take the indentation of the line the tag is on.
      const sofar = out.join('');
      const indent = /(?:^|\n)([ \t]*)[^\n]*$/.exec(sofar)?.[1] ?? '';
      out.push(text.split('\n').map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n'));
    } else {
      const value = context[node.name];
      if (node.inverted) {
        if (!truthy(value)) renderNodes(node.children, context, out);
      } else if (Array.isArray(value)) for (const item of value) renderNodes(node.children, item, out);
      else if (value && typeof value === 'object') renderNodes(node.children, value, out);
      else if (truthy(value)) renderNodes(node.children, context, out);
    }
  }
}

/** The docstring's content lines in the user's layout (no quotes, gutters or base indentation). */
export function renderUserTemplate(doc: Docstring, template: UserTemplate, opts: RenderOptions): string[] {
  const out: string[] = [];
  renderNodes(template.nodes, contextOf(doc, opts), out);
  const lines = out.join('').split('\n').map((l) => l.trimEnd());
  const kept: string[] = [];
  for (const line of lines) if (line !== '' || (kept.length > 0 && kept[kept.length - 1] !== '')) kept.push(line);
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}
