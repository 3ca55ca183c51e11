/**
 * From symbols and docstring models to text edits: render in the chosen style, wrap as a literal or
 * comment, place at the symbol's insertion point (or over its existing docstring), and convert the
 * line endings to the file's. Edits touch only the docstring's range.
 */
import type { Docstring, DocStyle, RenderOptions, TypesMode } from '../docstring/model';
import type { ExtractResult, SymbolFact } from '../extract/types';
import { parseDocstring, renderDocstring } from '../styles';
import { indentOfLineAt } from '../text/lines';
import { packFor } from '../../languages';
import type { QuoteStyle } from './literal';
import { documentedName, templateDocstring, type TemplateOptions } from './template';
import { otherParameterNames } from '../docstring/sections';
import { renderUserTemplate, type UserTemplate } from './userTemplate';
import { documentedAttributes } from '../docstring/attributes';

export interface GenerateOptions {
  /** Resolved style (never `auto` here). */
  style: DocStyle;
  types: TypesMode;
  quote: QuoteStyle;
  /** The user's own layout for new docstrings (`docwright.template.*`); repairs keep the written style. */
  template?: UserTemplate;
  /** A new docstring from `template` did not read back in its style: the built-in style was used. */
  onTemplateRejected?: (symbol: SymbolFact, reason: string) => void;
}

export interface DocEdit {
  symbolId: string;
  start: number;
  end: number;
  newText: string;
}

export function renderOptionsFor(symbol: SymbolFact, style: DocStyle, types: TypesMode, indentUnit: string): RenderOptions {
  // Where the compiler knows every type, inferred ones too, `auto` leaves them all to the code.
  const typed = packFor(symbol.language).typesInCode(symbol.language);
  const annotated = new Set(symbol.params.filter((p) => typed || p.annotation !== undefined).map((p) => documentedName(p).replace(/^\*+/, '')));
  // A field annotated in the class body shows its type there, as a parameter does in the signature.
  for (const f of symbol.fields ?? []) if (f.annotation !== undefined) annotated.add(f.name);
  return { style, types, annotated, returnAnnotated: typed || symbol.returnAnnotation !== undefined, indentUnit };
}

/** The style an existing docstring is written in. */
function writtenStyle(symbol: SymbolFact, style: DocStyle): DocStyle {
  return (symbol.docstring && packFor(symbol.language).detectStyle(symbol.docstring.content, symbol.docstring.raw)) ?? style;
}

/** The existing docstring read in the style it is written in. */
function existingDocstring(symbol: SymbolFact, style: DocStyle): Docstring | undefined {
  if (!symbol.docstring) return undefined;
  return parseDocstring(symbol.docstring.content, writtenStyle(symbol, style)).doc;
}

/**
 * The docstring model for `symbol`: the template, merged with what its existing docstring says.
 * `paramsOnClass`: a Python `__init__` whose class docstring documents its arguments; they stay
 * there (unless its own docstring lists some), as validation reads them.
 */
export function docstringFor(symbol: SymbolFact, style: DocStyle, paramsOnClass = false, options: TemplateOptions = {}): Docstring {
  const existing = existingDocstring(symbol, style);
  const fresh = templateDocstring(symbol, style, options);
  if (paramsOnClass && !existing?.params.length) fresh.params = [];
  // A class docstring that documents arguments documents its __init__'s: keep them in step with it.
  // It is also their only place when __init__ has no docstring (validation asks for them there).
  if (existing && symbol.kind === 'class' && symbol.initParams && (existing.params.length > 0 || symbol.initDocumented === false)) {
    fresh.params = templateDocstring({ ...symbol, kind: 'method', params: symbol.initParams }, style, options).params;
  }
  if (!existing) return fresh;
  // Names documented under NumPy's "Other Parameters" are documented: not added again.
  const others = otherParameterNames(existing);
  fresh.params = fresh.params.filter((p) => !others.has(p.name.replace(/^[*\\]+/, '')));
  return packFor(symbol.language).merge(symbol, fresh, existing, writtenStyle(symbol, style), options);
}

/** The inner indentation a docstring already uses (Google items under `Args:`), so a repair keeps its layout. */
function writtenIndentUnit(content: string): string | undefined {
  const indents = content.split('\n').map((l) => /^[ \t]+(?=\S)/.exec(l)?.[0]).filter((i): i is string => i !== undefined);
  if (indents.length === 0) return undefined;
  return indents.reduce((a, b) => (b.length < a.length ? b : a));
}

/** The edit that writes `doc` for `symbol` in `text`. */
export function docstringEdit(text: string, extracted: ExtractResult, symbol: SymbolFact, doc: Docstring, options: GenerateOptions): DocEdit {
  const written = symbol.docstring ? writtenIndentUnit(symbol.docstring.content) : undefined;
  const renderOptions = renderOptionsFor(symbol, options.style, options.types, written ?? extracted.indentUnit);
  // Types a person wrote in the docstring stay visible, whatever `auto` would do.
  const existing = existingDocstring(symbol, options.style);
  for (const p of existing?.params ?? []) if (p.type) (renderOptions.annotated as Set<string>).delete(p.name.replace(/^[\\*]+/, ''));
  if (existing?.returns?.type || existing?.yields?.type) renderOptions.returnAnnotated = false;
  const attributesWritten = existing && symbol.fields ? documentedAttributes(existing, writtenStyle(symbol, options.style)) : undefined;
  for (const a of attributesWritten ?? []) if (a.type) (renderOptions.annotated as Set<string>).delete(a.name);
  if (symbol.docstring) packFor(symbol.language).keepLayout?.(symbol.docstring.content, renderOptions);
  let start: number;
  let end: number;
  let before: string;
  let after: string;
  let indent: string;
  if (symbol.docstring) {
    ({ start, end } = symbol.docstring.range);
    indent = indentOfLineAt(text, start);
    before = '';
    after = '';
  } else {
    ({ start, end, indent, prefix: before, suffix: after } = symbol.insertion);
  }
  const lines = (options.template && !symbol.docstring && templateLines(symbol, doc, renderOptions, options)) || renderDocstring(doc, renderOptions);
  const literal = packFor(symbol.language).docComment(lines, indent, { quote: options.quote, symbol, style: renderOptions.style, ...(symbol.docstring ? { replacing: symbol.docstring.raw } : {}) });
  const newText = (before + literal + after).replace(/\r?\n/g, extracted.eol);
  return { symbolId: symbol.id, start, end, newText };
}

/**
 * The docstring in the user's template, when it reads back as a docstring of its family without a
 * problem (else undefined, reported: the built-in style is written instead, never a broken one).
 */
function templateLines(symbol: SymbolFact, doc: Docstring, renderOptions: RenderOptions, options: GenerateOptions): string[] | undefined {
  const lines = renderUserTemplate(doc, options.template!, renderOptions);
  const content = lines.join('\n');
  const written = packFor(symbol.language).detectStyle(content) ?? options.style;
  const { problems } = parseDocstring(content, written);
  const reason = lines.length === 0 ? 'it wrote nothing' : problems.length > 0 ? `as ${written} style, line ${problems[0].line + 1}: ${problems[0].message}` : undefined;
  if (!reason) return lines;
  options.onTemplateRejected?.(symbol, `the docstring from ${options.template!.source} does not read back (${reason}); the built-in ${options.style} style was written instead`);
  return undefined;
}

/** Apply non-overlapping edits (any order given). Edits at the same offset keep their given order. */
export function applyEdits(text: string, edits: readonly DocEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  let out = '';
  let cursor = 0;
  for (const { edit } of ordered) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
