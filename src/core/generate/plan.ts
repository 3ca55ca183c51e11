/**
 * From symbols and docstring models to text edits: render in the chosen style, wrap as a literal or
 * comment, place at the symbol's insertion point (or over its existing docstring), and convert the
 * line endings to the file's. Edits touch only the docstring's range.
 */
import type { Docstring, DocStyle, RenderOptions, TypesMode } from '../docstring/model';
import type { ExtractResult, SymbolFact } from '../extract/types';
import { detectDocstringStyle, parseDocstring, renderDocstring } from '../styles';
import { indentOfLineAt } from '../text/lines';
import { jsdocComment, pythonLiteral, type QuoteStyle } from './literal';
import { documentedName, mergeDocstring, templateDocstring, type TemplateOptions } from './template';
import { sameType } from '../validate/types';
import { addTypeMembers, keepIndexedMembers, keepUncheckedMembers } from './memberEntries';
import { otherParameterNames } from '../docstring/sections';
import { renderUserTemplate, type UserTemplate } from './userTemplate';
import { documentedAttributes, isAttributeSection } from '../docstring/attributes';

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
  // In TypeScript the compiler knows every type, inferred ones too: `auto` leaves them all to the code.
  const typed = symbol.language === 'typescript' || symbol.language === 'typescriptreact';
  const annotated = new Set(symbol.params.filter((p) => typed || p.annotation !== undefined).map((p) => documentedName(p).replace(/^\*+/, '')));
  // A field annotated in the class body shows its type there, as a parameter does in the signature.
  for (const f of symbol.fields ?? []) if (f.annotation !== undefined) annotated.add(f.name);
  return { style, types, annotated, returnAnnotated: typed || symbol.returnAnnotation !== undefined, indentUnit };
}

/** The style an existing docstring is written in. */
function writtenStyle(symbol: SymbolFact, style: DocStyle): DocStyle {
  const family = symbol.language === 'python' ? 'python' : 'js';
  return (symbol.docstring && detectDocstringStyle(symbol.docstring.content, family)) ?? style;
}

/** The existing docstring read in the style it is written in. */
function existingDocstring(symbol: SymbolFact, style: DocStyle): Docstring | undefined {
  if (!symbol.docstring) return undefined;
  return parseDocstring(symbol.docstring.content, writtenStyle(symbol, style)).doc;
}

/**
 * A record class's attributes: the fields in code order, each with the description (and a type
 * that does not contradict the code) its author wrote. A docstring that documents no attribute
 * is left so (fields documented inline, or not at all, are the author's choice).
 */
function mergeAttributes(symbol: SymbolFact, style: DocStyle, fresh: Docstring, existing: Docstring): { attributes?: Docstring['attributes']; sections: Docstring['sections'] } {
  const written = writtenStyle(symbol, style);
  const documented = documentedAttributes(existing, written);
  if (!fresh.attributes || documented === undefined) return { sections: existing.sections };
  const fields = fresh.attributes.map((a) => {
    const old = documented.find((d) => d.name === a.name);
    if (!old) return a;
    const annotation = symbol.fields?.find((f) => f.name === a.name)?.annotation;
    const type = old.type && !(annotation && !sameType(old.type, annotation)) ? old.type : a.type;
    return { ...a, ...(type ? { type } : {}), description: old.description.trim() ? old.description : a.description };
  });
  // Class variables and properties the author listed stay, after the fields.
  const others = new Set(symbol.otherAttributes ?? []);
  const attributes = [...fields, ...documented.filter((d) => others.has(d.name) && !fields.some((f) => f.name === d.name))];
  return { attributes, sections: existing.sections.filter((s) => !isAttributeSection(s, written)) };
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
  alignDestructuredNames(symbol, fresh, existing);
  if (symbol.language === 'python') {
    const { attributes, sections } = mergeAttributes(symbol, style, fresh, existing);
    const merged = mergeDocstring(fresh, { ...existing, sections }, sameType, options);
    if (attributes) merged.attributes = attributes;
    return merged;
  }
  addTypeMembers(symbol, fresh, existing);
  const merged = mergeDocstring(fresh, existing, sameType, options);
  keepUncheckedMembers(symbol, merged, existing);
  return merged;
}

/**
 * A destructured parameter is `param0` in the template; when the author named it (`options`), the
 * template takes that name for it and its members, so the merge matches them.
 */
function alignDestructuredNames(symbol: SymbolFact, fresh: Docstring, existing: Docstring): void {
  const signature = symbol.params.filter((p) => !p.implicit);
  const topLevel = existing.params.filter((p) => !p.name.includes('.')).map((p) => p.name.replace(/^\.\.\./, ''));
  signature.forEach((param, index) => {
    const authored = topLevel[index];
    if (param.kind !== 'destructured' || !authored || authored === param.name || signature.some((p) => p.name === authored)) return;
    for (const p of fresh.params) {
      if (p.name === param.name) p.name = authored;
      else if (p.name.startsWith(`${param.name}.`)) p.name = authored + p.name.slice(param.name.length);
    }
    keepIndexedMembers(param, authored, fresh, existing);
  });
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
  // An author who writes `@param a The a.` (no hyphen) keeps that layout.
  if (symbol.docstring && symbol.language !== 'python') {
    const params = symbol.docstring.content.split('\n').filter((l) => /^@(param|typeParam|template)\b/.test(l));
    if (params.length > 0 && params.every((l) => !/ - /.test(l))) renderOptions.jsdocSeparator = ' ';
  }
  const python = symbol.language === 'python';
  let start: number;
  let end: number;
  let before: string;
  let after: string;
  let indent: string;
  let prefix = '';
  if (symbol.docstring) {
    ({ start, end } = symbol.docstring.range);
    indent = indentOfLineAt(text, start);
    before = '';
    after = '';
    if (python) prefix = /^[rRuU]*/.exec(symbol.docstring.raw)?.[0] ?? '';
  } else {
    ({ start, end, indent, prefix: before, suffix: after } = symbol.insertion);
  }
  const lines = (options.template && !symbol.docstring && templateLines(symbol, doc, renderOptions, options)) || renderDocstring(doc, renderOptions);
  const literal = python ? pythonLiteral(lines, indent, options.quote, prefix) : jsdocComment(lines, indent);
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
  const family = symbol.language === 'python' ? 'python' : 'js';
  const written = detectDocstringStyle(content, family) ?? options.style;
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
