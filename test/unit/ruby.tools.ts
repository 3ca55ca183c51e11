/** Helpers of the Ruby tests: extraction of a text, Ruby's compiler and YARD as the judges. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseText } from '../../src/core/extract/treeSitter';
import { firstError } from '../../src/core/extract/nodes';
import { extractRuby } from '../../src/languages/ruby/extract';
import { emptyDocstring, type Docstring } from '../../src/core/docstring/model';
import type { RubySymbolFact } from '../../src/languages/ruby/facts';
import { renderYard, yardComment } from '../../src/languages/ruby/yard';
import { insertAll } from './packHelpers';

export { insertAll };

export interface Extracted {
  symbols: RubySymbolFact[];
  byId: Map<string, RubySymbolFact>;
  hasErrors: boolean;
  errorAt?: number;
}

export async function extract(text: string, indentUnit = '  '): Promise<Extracted> {
  const tree = await parseText(text, 'ruby');
  try {
    const symbols = extractRuby(tree.rootNode, text, { indentUnit });
    const walked = extractRuby(tree.rootNode, text, { indentUnit, walkBodies: true });
    // The flow index and the node-by-node walk agree on every body.
    for (let i = 0; i < symbols.length; i++) {
      const a = symbols[i];
      const b = walked[i];
      if (JSON.stringify([a.raises, a.returnsValue, a.yieldsValue, a.ruby.yieldArgs]) !== JSON.stringify([b.raises, b.returnsValue, b.yieldsValue, b.ruby.yieldArgs])) throw new Error(`index and walk differ on ${a.id}`);
    }
    const error = firstError(tree.rootNode);
    return { symbols, byId: new Map(symbols.map((s) => [s.id, s])), hasErrors: tree.rootNode.hasError, ...(error ? { errorAt: error.startIndex } : {}) };
  } finally {
    tree.delete();
  }
}

const SCRIPT = resolve(__dirname, '../../../test/fixtures/ruby/yard_objects.rb');

/** Ruby and YARD, or the reason they cannot run. */
export function rubyTools(): { ok: true } | { ok: false; reason: string } {
  const ruby = spawnSync('ruby', ['-e', 'require "yard"; print YARD::VERSION'], { encoding: 'utf8' });
  if (ruby.error) return { ok: false, reason: `no ruby (${ruby.error.message}; apt-get install ruby yard)` };
  if (ruby.status !== 0) return { ok: false, reason: `no yard gem (${ruby.stderr.trim().split('\n')[0]}; apt-get install yard)` };
  return { ok: true };
}

/** `ruby -c` on a text: `ok` and Ruby's message. */
export function rubySyntax(text: string): { ok: boolean; message: string } {
  const run = spawnSync('ruby', ['-c'], { input: text, encoding: 'utf8' });
  return { ok: run.status === 0, message: `${run.stdout}${run.stderr}`.trim() };
}

export interface YardTag {
  tag: string;
  name: string | null;
  types: string[] | null;
  text: string | null;
  /** An `@option`'s key. */
  pair?: { name: string; types: string[] | null; defaults: string[] | null; text: string };
}

export interface YardObject {
  path: string;
  type: string;
  line: number;
  visibility: string | null;
  docstring: string;
  /** The docstring's text without its tags, as YARD reads it. */
  text: string;
  tags: YardTag[];
}

export interface YardReport {
  /** Ruby's compile error, null when it compiles. */
  syntax: string | null;
  error?: string;
  objects: YardObject[];
}

let dir: string | undefined;

/** What Ruby's compiler and YARD make of each text (one Ruby process for all of them). */
export function yardReports(texts: readonly string[]): YardReport[] {
  dir ??= mkdtempSync(join(tmpdir(), 'dw-ruby-'));
  const files = texts.map((text, i) => {
    const file = join(dir!, `f${i}.rb`);
    writeFileSync(file, text);
    return file;
  });
  const run = spawnSync('ruby', [SCRIPT, ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`yard_objects.rb failed: ${run.stderr}`);
  const json = JSON.parse(run.stdout) as Record<string, YardReport>;
  return files.map((f) => json[f]);
}

/** YARD's objects by path. */
export const byPath = (report: YardReport): Map<string, YardObject> => new Map(report.objects.map((o) => [o.path, o]));

/** A docstring as compared: YARD's raw text and ours, each dedented, blank lines at the ends and trailing spaces gone. */
export function normalized(doc: string): string {
  const lines = doc.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join('\n').trim();
}

/** The text YARD's auto-generated attribute docs have (`Returns the value of attribute x.`): no comment. */
export const generatedDoc = (doc: string): boolean => /^(Returns the value of attribute \S+\.?|Sets the attribute \S+(\n@param value the value to set the attribute \S+ to\.)?)$/.test(doc.trim());

/**
 * Whether `after` is `before` with only comment lines added: every line of `after` is the next
 * line of `before` or a `#` comment line (or the blank line set before a comment at column 0
 * right below code, see comments.ts). A definition that shared its line with code before it
 * (`x = 1; def y`) was moved to a line of its own: there, `before` must come back with whitespace
 * runs read as one space.
 */
export function onlyCommentsAdded(before: string, after: string): string | undefined {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let i = 0;
  for (const line of b) {
    if (i < a.length && line === a[i]) i++;
    else if (!/^[ \t]*#/.test(line) && line !== '') {
      const kept = b.filter((l) => !/^[ \t]*#/.test(l) && l !== '').join('\n').replace(/\s+/g, ' ').trim();
      const source = a.filter((l) => !/^[ \t]*#/.test(l) && l !== '').join('\n').replace(/\s+/g, ' ').trim();
      return kept === source ? undefined : `line ${JSON.stringify(line)} is neither the input's next line nor a comment`;
    }
  }
  return i === a.length ? undefined : `input line ${i + 1} (${JSON.stringify(a[i])}) is missing`;
}

/** A doc as the template would write it, with a marker naming the symbol. */
export function markerDoc(symbol: RubySymbolFact): Docstring {
  const doc: Docstring = { ...emptyDocstring(), summary: `Marker for ${symbol.id}.` };
  for (const p of symbol.params.filter((p) => !p.implicit)) doc.params.push({ name: p.name, type: 'Object', description: `The ${p.name}.` });
  if (symbol.yieldsValue) doc.yields = { ...(symbol.ruby.yieldArgs?.length ? { type: symbol.ruby.yieldArgs.join(', ') } : {}), description: 'What the block gets.' };
  if (symbol.returnsValue) doc.returns = { type: 'Object', description: 'The result.' };
  for (const r of symbol.raises) doc.raises.push({ type: r, description: 'When it fails.' });
  return doc;
}

/** The YARD paths a symbol's doc shows on: an accessor's reader and writer. */
export const yardPaths = (symbol: RubySymbolFact): string[] => (symbol.ruby.attribute === 'accessor' ? [symbol.ruby.path, `${symbol.ruby.path}=`] : [symbol.ruby.path]);

/**
 * The YARD objects whose docstring is the symbol's: a module function has two copies, and YARD
 * keeps the comment's raw text on one of them (the other's `docstring.all` is re-rendered).
 */
export function yardDocs(symbol: RubySymbolFact, objects: Map<string, YardObject>): YardObject[] {
  const paths = symbol.ruby.moduleFunction ? [symbol.ruby.path, symbol.ruby.path.replace(/\.(?=[^.]*$)/, '#')] : [symbol.ruby.path];
  return paths.map((p) => objects.get(p)).filter((o): o is YardObject => o !== undefined);
}



const squeeze = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const typesText = (types: readonly string[] | null | undefined): string => (types ?? []).join(',').replace(/\s+/g, '');

/**
 * Where `parseYard`'s reading of `content` differs from YARD's reading of the same comment
 * (`object`): the text before the tags, each `@param` / `@option` (name, types, text), the first
 * `@return`, the `@raise`s and the first `@yield`. Tags YARD adds itself (`a new instance of`,
 * an options hash's `a customizable set of options`, text-less tags read off the code) are left out. Undefined when they agree.
 */
export function fieldsDiffer(doc: Docstring, object: YardObject): string | undefined {
  // Macros and references are expanded by YARD from other comments.
  if (/@!?macro\b|\(see \S+\)|\{include:/.test(object.docstring)) return undefined;
  const head = [doc.summary, doc.description].filter((t) => t).join(' ');
  if (squeeze(head) !== squeeze(object.text)) return `text: ${JSON.stringify(squeeze(head).slice(0, 80))} / YARD ${JSON.stringify(squeeze(object.text).slice(0, 80))}`;
  const tags = (name: string) => object.tags.filter((t) => t.tag === name);
  // YARD types a `?` method's untyped `@return` as Boolean.
  const returns = doc.returns && doc.returns.type === undefined && tags('return')[0]?.types?.join() === 'Boolean' ? { ...doc.returns, type: 'Boolean' } : doc.returns;
  const ours = (list: { name?: string; type?: string; description: string }[]) => list.map((p) => `${p.name ?? ''}|${(p.type ?? '').replace(/\s+/g, '')}|${squeeze(p.description)}`).join('\n');
  const theirs = (list: { name?: string | null; types?: string[] | null; text?: string | null }[]) => list.map((t) => `${t.name ?? ''}|${typesText(t.types)}|${squeeze(t.text)}`).join('\n');
  const params = tags('param').filter((t) => t.text !== 'a customizable set of options' || doc.params.some((p) => p.name === t.name));
  // YARD adds text-less tags from the code (`@return [Boolean]` for a `?` method, `@yield [x]` for
  // `yield x`, `@raise [X]` for `raise X`): one the comment does not write is not compared.
  const written = (list: YardTag[], mine: { type?: string }[]) => list.filter((t) => squeeze(t.text) !== '' || mine.some((m) => (m.type ?? '').replace(/\s+/g, '') === typesText(t.types)));
  const checks: [string, string, string][] = [
    ['@param', ours(doc.params.filter((p) => !p.name.includes('.'))), theirs(params)],
    ['@option', ours(doc.params.filter((p) => p.name.includes('.')).map((p) => ({ ...p, name: p.name.slice(p.name.indexOf('.') + 1) }))), theirs(tags('option').map((t) => ({ name: t.pair!.name.replace(/^:/, ''), types: t.pair!.types, text: t.pair!.text })))],
    ['@return', ours(returns ? [returns] : []), theirs(written(tags('return').filter((t) => !/^an? new instance of /.test(t.text ?? '')), returns ? [returns] : []).slice(0, 1))],
    ['@raise', ours(doc.raises), theirs(written(tags('raise'), doc.raises))],
    ['@yield', ours(doc.yields ? [doc.yields] : []), theirs(written(tags('yield'), doc.yields ? [doc.yields] : []).slice(0, 1))],
  ];
  for (const [tag, a, b] of checks) if (a !== b) return `${tag}: ${JSON.stringify(a.slice(0, 120))} / YARD ${JSON.stringify(b.slice(0, 120))}`;
  return undefined;
}

/** `text` with each existing doc (`range`) replaced by `literal`, as an update writes it. */
export function replaceAll(text: string, edits: { range: { start: number; end: number }; literal: string }[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  for (const { range, literal } of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, range.start) + literal.replace(/\r?\n/g, eol) + out.slice(range.end);
  return out;
}

/**
 * A new doc in place of each existing one (not an end-of-line one, see `trailingDoc`), written by
 * `yardComment` in the old one's spelling, at its line's indentation; by symbol id, the new content.
 */
export function replacedDocs(text: string, symbols: readonly RubySymbolFact[]): { after: string; replaced: Map<string, string> } {
  const replaced = new Map<string, string>();
  const edits: { range: { start: number; end: number }; literal: string }[] = [];
  const seen = new Set<number>();
  for (const symbol of symbols) {
    const doc = symbol.docstring;
    if (!doc || symbol.ruby.trailingDoc || seen.has(doc.range.start)) continue;
    seen.add(doc.range.start);
    const lines = renderYard({ ...markerDoc(symbol), summary: `Replaced for ${symbol.id}.` });
    replaced.set(symbol.id, lines.join('\n'));
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', doc.range.start - 1) + 1))![0];
    // Where YARD would read each line alone, a blank line first (`splitDoc`).
    edits.push({ range: doc.range, literal: (symbol.ruby.splitDoc ? '\n' : '') + yardComment(lines, indent, doc.raw) });
  }
  return { after: replaceAll(text, edits), replaced };
}
