/**
 * Checking one symbol's docstring against its signature and body. Pure: facts in, findings out.
 * Names come from the parser; the docstring is read in the style it is written in.
 */
import type { DocParam, Docstring, DocStyle } from '../docstring/model';
import type { FieldFact, ParamFact, SymbolFact } from '../extract/types';
import { documentedAttributes } from '../docstring/attributes';
import { documentedName } from '../generate/template';
import type { DocProblem } from '../styles/common';
import { RULES, type Finding, type RuleCode } from './rules';
import { sameType as sharedSameType, VOID } from './types';
import { conventionsOf } from '../../languages';
import { otherParameterNames } from '../docstring/sections';
import { compareMembers, duplicateNames, memberKey, membersRequired, rootOf } from '../../languages/typescript/jsdocMembers';

export interface CheckContext {
  text: string;
  symbol: SymbolFact;
  doc: Docstring;
  problems: readonly DocProblem[];
  /** Python `__init__` whose class docstring documents its arguments (then its own need not). */
  paramsOnClass?: boolean;
  /** The style the docstring is written in. */
  style?: DocStyle;
  /** JS/TS: the enclosing class says its members are documented elsewhere (`@override`, `@implements`). */
  classDocumentsMembers?: boolean;
}

const bare = (name: string) => name.replace(/^[\\*.]+/, '').replace(/\\/g, '');

/** Stars written before a documented name (`*args`, `\\*\\*kwargs`); none is fine, a wrong count is another parameter. */
const STARRED = /^\\?\*/;

function starsAgree(documented: string, param: ParamFact): boolean {
  const stars = (/^[\\*]+/.exec(documented)?.[0] ?? '').replace(/\\/g, '').length;
  if (stars === 0) return true;
  return stars === (param.kind === 'var-positional' ? 1 : param.kind === 'var-keyword' ? 2 : 0);
}

const lastSegment = (type: string) => type.replace(/^\{@link\s+|\}$/g, '').split('.').pop()!.trim();

function finding(ctx: CheckContext, code: RuleCode, message: string, start: number, end: number): Finding {
  return { code, message, severity: RULES[code].severity, symbolId: ctx.symbol.id, symbol: ctx.symbol.namePath.join('.') || '<module>', start, end };
}

/** The docstring line that documents `word` (its own `@param` / `:param` / `Args:` entry), else any line that mentions it, else the first line. */
function docLine(ctx: CheckContext, word?: string): { start: number; end: number } {
  const doc = ctx.symbol.docstring!;
  const raw = doc.raw;
  let at = 0;
  if (word) {
    const name = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const entry = new RegExp(`^[ \\t*]*(?:@(?:param|arg|argument|property|typeParam|template)\\s+(?:\\{[^}]*\\}\\s*)?\\[?|:(?:param|parameter|arg|argument|key|keyword|type|ivar|cvar|vartype|var)\\s+(?:[^:\\s]+\\s+)?|\\\\?\\*{0,2})${name}(?![\\w$])`, 'm');
    const anywhere = new RegExp(`(^|[^\\w$])${name}(?![\\w$])`, 'm');
    const match = entry.exec(raw) ?? anywhere.exec(raw);
    if (match) at = match.index + (match[0].length - word.length);
  }
  const lineStart = raw.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = raw.indexOf('\n', at);
  if (lineEnd === -1) lineEnd = raw.length;
  const line = raw.slice(lineStart, lineEnd);
  // Start at the text: past the indentation, and past a comment's gutter (not Python's `*args`).
  const lead = conventionsOf(ctx.symbol.language).docLineLead;
  const startOffset = doc.range.start + lineStart + lead.exec(line)![0].length;
  return { start: startOffset, end: doc.range.start + lineEnd };
}

/** A documented type against the code's, as the symbol's language compares them. */
function sameType(ctx: CheckContext, documented: string, annotation: string): boolean {
  return (conventionsOf(ctx.symbol.language).sameType ?? sharedSameType)(documented, annotation);
}

function signatureSpot(ctx: CheckContext, param?: ParamFact): { start: number; end: number } {
  if (param?.offset !== undefined) {
    // The parser's offset is where the parameter starts: the `*` of `*args` in Python.
    const shown = ctx.text.startsWith(documentedName(param), param.offset) ? documentedName(param) : param.name;
    return { start: param.offset, end: param.offset + shown.length };
  }
  const { start } = ctx.symbol.signatureRange;
  const nameAt = ctx.text.indexOf(ctx.symbol.name, start);
  return nameAt >= 0 && nameAt < ctx.symbol.signatureRange.end ? { start: nameAt, end: nameAt + ctx.symbol.name.length } : { start, end: start + 1 };
}

/** Parameter rules against `params` (the symbol's own, or `__init__`'s for a class docstring). */
function checkParams(ctx: CheckContext, params: readonly ParamFact[], out: Finding[]): void {
  const signature = params.filter((p) => !p.implicit);
  const others = otherParameterNames(ctx.doc);
  // `@param this` documents a `this:` parameter (JS/TS).
  const documentsThis = (d: DocParam) => conventionsOf(ctx.symbol.language).documentsImplicit(d, params);
  const documented = [...ctx.doc.params.filter((p) => !p.name.includes('.') && !documentsThis(p)), ...[...others].map((name) => ({ name, description: 'x' }))];
  const hasKwargs = signature.some((p) => p.kind === 'var-keyword');
  const byName = new Map(signature.map((p) => [p.name, p]));
  const matched = new Map<ParamFact, DocParam>();
  const extras: DocParam[] = [];
  documented.forEach((d, index) => {
    const fact = byName.get(bare(d.name));
    if (fact && starsAgree(d.name, fact)) matched.set(fact, d);
    else {
      // A destructured parameter may be documented under any name at its position (`options` for `{a, b}`).
      const positional = signature[index];
      if (positional?.kind === 'destructured' && !matched.has(positional)) matched.set(positional, d);
      else extras.push(d);
    }
  });
  // Names documented beside **kwargs are the keyword arguments it takes; a starred name is not one.
  const keywordArguments = hasKwargs ? extras.filter((d) => !STARRED.test(d.name)) : [];
  const missing = signature.filter((p) => !matched.has(p) && !(p.kind === 'var-keyword' && keywordArguments.length > 0));
  // One name gone and one new at the same place is a rename: the repair moves the description (see mergeDocstring).
  const renamed = !hasKwargs && extras.length === 1 && missing.length === 1 && ctx.doc.params.indexOf(extras[0]) === signature.indexOf(missing[0]);
  for (const d of extras) {
    if (keywordArguments.includes(d)) continue;
    const fix = renamed ? `renames it to '${documentedName(missing[0])}'` : 'removes it';
    out.push(finding(ctx, 'DW101', `Parameter '${d.name}' is documented but is not in the signature; "Update docstring" ${fix}.`, ...spread(docLine(ctx, bare(d.name)))));
  }
  for (const p of missing) {
    // Listing keyword arguments one by one documents **kwargs (handled above).
    const fix = renamed ? `renames '${extras[0].name}' to it` : 'adds it';
    out.push(finding(ctx, 'DW102', `Parameter '${documentedName(p)}' is not documented; "Update docstring" ${fix}.`, ...spread(signatureSpot(ctx, p))));
  }
  const documentedOrder = documented.map((d) => [...matched.entries()].find(([, doc]) => doc === d)?.[0]).filter((p): p is ParamFact => p !== undefined);
  const signatureOrder = signature.filter((p) => matched.has(p));
  if (documentedOrder.some((p, i) => p !== signatureOrder[i])) {
    out.push(finding(ctx, 'DW103', `Parameters are documented in the order ${documentedOrder.map((p) => p.name).join(', ')}; the signature has ${signatureOrder.map((p) => p.name).join(', ')}.`, ...spread(docLine(ctx, documentedOrder[0]?.name))));
  }
  if (conventionsOf(ctx.symbol.language).checksParamMembers) checkMembers(ctx, params, matched, out);
  for (const [fact, d] of matched) {
    // A destructured parameter goes by the name its author gave it, not the template's `param0`.
    const name = fact.kind === 'destructured' ? bare(d.name) : fact.name;
    if (d.type && fact.annotation && !sameType(ctx, d.type, fact.annotation)) {
      out.push(finding(ctx, 'DW104', `Parameter '${name}' is documented as '${d.type}' but annotated '${fact.annotation}'.`, ...spread(docLine(ctx, bare(d.name)))));
    }
    if (!d.description.trim()) {
      out.push(finding(ctx, 'DW105', `Parameter '${name}' has no description.`, ...spread(docLine(ctx, bare(d.name)))));
    }
  }
}

/**
 * JSDoc members (`@param options.host`) against the keys a parameter's pattern or object type has
 * (jsdocMembers.ts), entries whose root is no parameter, and names documented twice.
 */
function checkMembers(ctx: CheckContext, params: readonly ParamFact[], matched: Map<ParamFact, DocParam>, out: Finding[]): void {
  const names = ctx.doc.params.map((p) => p.name);
  for (const [fact, d] of matched) {
    if (!fact.members) continue;
    const root = memberKey(d.name);
    const below = ctx.doc.params.filter((p) => memberKey(p.name).startsWith(`${root}.`)).map((p) => ({ path: p.name.slice(p.name.indexOf('.') + 1), type: p.type }));
    const { missing, extra } = compareMembers(fact, below, membersRequired(fact, d.type, ctx.style));
    for (const path of missing) out.push(finding(ctx, 'DW102', `Parameter '${root}.${path}' is not documented; "Update docstring" adds it.`, ...spread(signatureSpot(ctx, fact))));
    for (const path of extra) out.push(finding(ctx, 'DW101', `Parameter '${root}.${path}' is documented but is not in the signature; "Update docstring" removes it.`, ...spread(docLine(ctx, `${root}.${path}`))));
  }
  // `@param Foo.Bar` where no parameter or documented name is `Foo`: one finding per such root.
  const roots = new Set([...params.map((p) => p.name), ...names.filter((n) => !n.includes('.')).map(memberKey)]);
  const rootless = names.filter((n) => n.includes('.') && !roots.has(rootOf(n)));
  for (const root of new Set(rootless.map(rootOf))) {
    const entries = rootless.filter((n) => rootOf(n) === root);
    const more = entries.length > 1 ? ` (and ${entries.length - 1} more under '${root}')` : '';
    out.push(finding(ctx, 'DW101', `Parameter '${entries[0]}'${more} is documented but no parameter '${root}' is in the signature; "Update docstring" removes ${entries.length > 1 ? 'them' : 'it'}.`, ...spread(docLine(ctx, entries[0]))));
  }
  for (const name of duplicateNames(names)) out.push(finding(ctx, 'DW101', `Parameter '${name}' is documented twice; "Update docstring" keeps one.`, ...spread(docLine(ctx, name))));
}

function spread(range: { start: number; end: number }): [number, number] {
  return [range.start, range.end];
}

/** Google's `Returns: None` (a bare `None` as its text) says nothing is returned, like NumPy's `None` type. */
function saysNothing(value: { type?: string; description: string }): boolean {
  if (value.type !== undefined) return VOID.test(value.type.replace(/\s+/g, ''));
  return /^None\.?$/.test(value.description.trim());
}

function checkReturns(ctx: CheckContext, out: Finding[]): void {
  const { symbol, doc } = ctx;
  const annotation = symbol.returnAnnotation?.replace(/\s+/g, '');
  const exempt = symbol.isStub || symbol.isAbstract || symbol.isOverload || symbol.isProperty || symbol.raises.includes('NotImplementedError');
  const conventions = conventionsOf(symbol.language);
  const isConstructor = conventions.isConstructor(symbol);
  // A generator's annotation parts (its return part is what a Returns section documents).
  const generator = conventions.generatorParts(symbol);
  // A Python generator that returns a value documents it (Returns), unless its annotation says the return is None.
  const returnsToDocument = symbol.returnsValue && (!symbol.yieldsValue || conventions.generatorDocumentsReturn(symbol));
  // A value-returning annotation promises a return: a docstring that documents it agrees with the signature (pydoclint too).
  const promisesValue = annotation !== undefined && !VOID.test(annotation);
  // An abstract or body-less method returns nothing itself; its annotation says what implementations return.
  const contractReturns = conventions.contractReturns(symbol, doc, promisesValue);
  if ((returnsToDocument || contractReturns) && !doc.returns && !conventions.returnDocumentedAs?.(doc) && !symbol.isProperty && !isConstructor) {
    const why = returnsToDocument ? 'returns a value' : `is annotated '-> ${symbol.returnAnnotation}'`;
    out.push(finding(ctx, 'DW201', `'${symbol.name}' ${why} but the docstring documents no return; "Update docstring" adds it.`, ...spread(docLine(ctx))));
  }
  // `@returns {void}` / NumPy `None` / Google `Returns: None` say explicitly that nothing is returned.
  const nothing = doc.returns !== undefined && saysNothing(doc.returns);
  if (doc.returns && !symbol.returnsValue && !exempt && !nothing && !promisesValue) {
    out.push(finding(ctx, 'DW202', `A return is documented but '${symbol.name}' returns nothing; "Update docstring" removes it.`, ...spread(docLine(ctx, 'Returns') )));
  }
  // Several named values (NumPy) describe the parts of a tuple, not the annotation as a whole.
  if (!doc.returns?.type || !symbol.returnAnnotation || doc.returns.others?.length) return;
  if (symbol.yieldsValue) {
    // A generator's Returns is its return part (`Generator[Y, S, R]`); `Iterator[Y]` does not say it.
    if (generator?.returns !== undefined && !sameType(ctx, doc.returns.type, generator.returns)) {
      out.push(finding(ctx, 'DW203', `The return is documented as '${doc.returns.type}' but the generator is annotated to return '${generator.returns}' ('${symbol.returnAnnotation}').`, ...spread(docLine(ctx, doc.returns.type))));
    }
    return;
  }
  const expected = symbol.isAsync ? symbol.returnAnnotation.replace(/^Promise\s*<([\s\S]+)>$/, '$1') : symbol.returnAnnotation;
  if (!sameType(ctx, doc.returns.type, expected) && !sameType(ctx, doc.returns.type, symbol.returnAnnotation)) {
    out.push(finding(ctx, 'DW203', `The return is documented as '${doc.returns.type}' but annotated '${symbol.returnAnnotation}'.`, ...spread(docLine(ctx, doc.returns.type))));
  }
}

function checkYields(ctx: CheckContext, out: Finding[]): void {
  const { symbol, doc } = ctx;
  if (symbol.yieldsValue && !doc.yields && !conventionsOf(symbol.language).yieldsNothing(symbol)) {
    out.push(finding(ctx, 'DW301', `'${symbol.name}' yields but the docstring documents no yield; "Update docstring" adds it.`, ...spread(docLine(ctx))));
  }
  // `@yields {void}` says explicitly that nothing is yielded, as `@returns {void}` does for returns.
  const yieldsVoid = doc.yields?.type !== undefined && VOID.test(doc.yields.type.replace(/\s+/g, ''));
  if (doc.yields && !symbol.yieldsValue && !symbol.isStub && !symbol.isAbstract && !symbol.isOverload && !yieldsVoid) {
    out.push(finding(ctx, 'DW302', `A yield is documented but '${symbol.name}' does not yield; "Update docstring" removes it.`, ...spread(docLine(ctx, 'Yields'))));
  }
}

function checkRaises(ctx: CheckContext, out: Finding[]): void {
  const { symbol, doc } = ctx;
  const conventions = conventionsOf(symbol.language);
  const same = (documented: string, raised: string) => conventions.sameException(documented, raised);
  for (const raised of conventions.raisesOpen(doc) ? [] : symbol.raises) {
    // "Subclasses implement this": not an error callers handle, so not documented (the template omits it too).
    if (raised === 'NotImplementedError') continue;
    if (!doc.raises.some((r) => r.type.trim() && same(r.type, raised))) {
      out.push(finding(ctx, 'DW401', `'${raised}' is raised but not documented; "Update docstring" adds it.`, ...spread(docLine(ctx))));
    }
  }
  // An abstract or body-less method's Raises is the contract its implementations keep.
  if (conventions.raisesAreContract(symbol)) return;
  const raised = [...symbol.raises, ...(symbol.reraises ?? [])];
  for (const r of doc.raises) {
    // An entry without a type names no exception that could be missing from the body.
    if (r.type.trim() && !conventions.namesNoException(r.type) && !conventions.raisedUnseen?.(r.type) && !raised.some((name) => same(r.type, name))) {
      out.push(finding(ctx, 'DW402', `'${r.type}' is documented as raised but the body does not raise it (fine if a callee does).`, ...spread(docLine(ctx, lastSegment(r.type)))));
    }
  }
}

/**
 * A Returns, Yields or Raises entry with nothing said about it, as DW105 for a parameter (any style;
 * an entry whose section could not be read is DW501 instead). A NumPy tuple's every part counts.
 */
function checkEntryDescriptions(ctx: CheckContext, unread: ReadonlySet<string | undefined>, out: Finding[]): void {
  const { doc } = ctx;
  // NumPy's bare `None` says nothing is returned; there is nothing more to describe.
  const values = (value: typeof doc.returns) => (value ? [value, ...(value.others ?? [])].filter((v) => !saysNothing(v)) : []);
  if (!unread.has('returns') && values(doc.returns).some((v) => !v.description.trim())) {
    out.push(finding(ctx, 'DW204', 'The documented return has no description.', ...spread(docLine(ctx, doc.returns!.type ?? doc.returns!.name))));
  }
  if (!unread.has('yields') && values(doc.yields).some((v) => !v.description.trim())) {
    out.push(finding(ctx, 'DW303', 'The documented yield has no description.', ...spread(docLine(ctx, doc.yields!.type ?? doc.yields!.name))));
  }
  if (unread.has('raises')) return;
  for (const r of doc.raises) {
    // Only an entry that names an exception: a NumPy description written flush with the title reads as a "type" of words.
    // JSDoc's `{*}` / `{any}` / `{object}` stand for "whatever is thrown", not an exception to describe.
    // PHP names a class from the root namespace with a leading `\` (`\RuntimeException`, `\Foo\Bar`); C++ and Ruby with `::` (`std::out_of_range`).
    if (/^(?:\\|::)?[A-Za-z_][\w.\\:]*$/.test(r.type.trim()) && !conventionsOf(ctx.symbol.language).namesNoException(r.type) && !r.description.trim()) out.push(finding(ctx, 'DW403', `Exception '${r.type}' has no description.`, ...spread(docLine(ctx, lastSegment(r.type)))));
  }
}

/**
 * A record class's documented attributes against its fields (pydoclint's DOC601-605). Only once the
 * docstring documents attributes at all: fields documented inline, or not at all, are the author's choice.
 */
function checkAttributes(ctx: CheckContext, fields: readonly FieldFact[], out: Finding[]): void {
  const documented = documentedAttributes(ctx.doc, ctx.style ?? 'google');
  if (!documented) return;
  const byName = new Map(fields.map((f) => [f.name, f]));
  const names = new Set(documented.map((d) => d.name));
  const what = ctx.symbol.fieldsKind === 'enum' ? 'member' : 'field';
  const mayList = new Set(ctx.symbol.otherAttributes ?? []);
  for (const d of documented) {
    if (!byName.has(d.name) && !mayList.has(d.name)) out.push(finding(ctx, 'DW701', `Attribute '${d.name}' is documented but the class has no such ${what}; "Update docstring" removes it.`, ...spread(docLine(ctx, d.name))));
  }
  for (const f of fields) {
    if (!names.has(f.name)) out.push(finding(ctx, 'DW702', `The ${what} '${f.name}' is not documented under the class's attributes; "Update docstring" adds it.`, f.offset, f.offset + f.name.length));
  }
  const documentedOrder = documented.map((d) => d.name).filter((n) => byName.has(n));
  const declaredOrder = fields.map((f) => f.name).filter((n) => names.has(n));
  if (documentedOrder.some((n, i) => n !== declaredOrder[i])) {
    out.push(finding(ctx, 'DW703', `Attributes are documented in the order ${documentedOrder.join(', ')}; the class declares ${declaredOrder.join(', ')}.`, ...spread(docLine(ctx, documentedOrder[0]))));
  }
  for (const d of documented) {
    const annotation = byName.get(d.name)?.annotation;
    if (d.type && annotation && !sameType(ctx, d.type, annotation)) {
      out.push(finding(ctx, 'DW704', `Attribute '${d.name}' is documented as '${d.type}' but annotated '${annotation}'.`, ...spread(docLine(ctx, d.name))));
    }
  }
}

const unreadTypeParams = (ctx: CheckContext) => ctx.problems.some((problem) => problem.section === 'params');

/** Javadoc's `@param <T>`, C#'s `<typeparam>`: each declared type parameter documented, none that is not declared (doclint's `no @param for <T>`, CS1711/CS1712). */
function checkTypeParams(ctx: CheckContext, out: Finding[]): void {
  const declared = ctx.symbol.typeParams;
  for (const d of ctx.doc.typeParams) {
    if (!declared.includes(d.name)) out.push(finding(ctx, 'DW101', `Type parameter '<${d.name}>' is documented but is not declared; "Update docstring" removes it.`, ...spread(docLine(ctx, d.name))));
  }
  if (!conventionsOf(ctx.symbol.language).checksTypeParams!(ctx.symbol, ctx.doc)) return;
  for (const name of declared) {
    if (ctx.doc.typeParams.some((d) => d.name === name)) continue;
    const signature = ctx.text.slice(ctx.symbol.signatureRange.start, ctx.symbol.signatureRange.end);
    const at = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`).exec(signature)?.index;
    const start = at === undefined ? ctx.symbol.signatureRange.start : ctx.symbol.signatureRange.start + at;
    out.push(finding(ctx, 'DW102', `Type parameter '<${name}>' is not documented; "Update docstring" adds it.`, start, start + (at === undefined ? 1 : name.length)));
  }
}

/** All rules for one documented symbol. */
export function checkSymbol(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { symbol } = ctx;
  for (const problem of ctx.problems) {
    const lines = symbol.docstring!.raw.split('\n');
    const line = Math.min(problem.line + (lines[0].replace(/^[rRuU]*("""|'''|\/\*\*)\s*$/, '') === '' ? 1 : 0), lines.length - 1);
    const start = symbol.docstring!.range.start + lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    out.push(finding(ctx, 'DW501', `The docstring does not follow its style: ${problem.message}`, start, start + lines[line].length));
  }
  const form = conventionsOf(symbol.language).docForm?.(symbol);
  if (form) out.push(finding(ctx, 'DW801', form, ...spread(docLine(ctx))));
  if (conventionsOf(symbol.language).checksTypeParams && !unreadTypeParams(ctx) && !conventionsOf(symbol.language).documentedElsewhere(ctx.doc, ctx.classDocumentsMembers ?? false)) checkTypeParams(ctx, out);
  for (const { title, why } of conventionsOf(symbol.language).missingSections?.(symbol, ctx.doc) ?? []) {
    out.push(finding(ctx, 'DW802', `The doc comment has no "${title}" section: ${why} Update docstring adds one to complete.`, ...spread(docLine(ctx))));
  }
  // A module, and the data declarations of TS/JS (interfaces, types, enums, fields), have a summary and no entries to check.
  if (symbol.kind !== 'class' && symbol.kind !== 'function' && symbol.kind !== 'method') return out;
  // Go's doc comments have no entries: parameters, results and panics are prose.
  if (conventionsOf(symbol.language).entries === false) return out;
  // A section the parser could not read is reported above; checking it on a guess would add noise.
  const unread = new Set(ctx.problems.map((problem) => problem.section));
  if (symbol.kind === 'class') {
    // A class docstring may document __init__'s arguments; it must when __init__ has no docstring of its own.
    if (symbol.initParams && (ctx.doc.params.length > 0 || symbol.initDocumented === false) && !unread.has('params')) checkParams(ctx, symbol.initParams, out);
    if (symbol.fields) checkAttributes(ctx, symbol.fields, out);
    // Parameters of the declaration itself (a C# record's or primary constructor's), unless given as initParams above (Java's records).
    if (symbol.params.length > 0 && !symbol.initParams && !unread.has('params')) checkParams(ctx, symbol.params, out);
    return out;
  }
  const conventions = conventionsOf(symbol.language);
  // The documentation is elsewhere (a parent, an interface, the type), as eslint-plugin-jsdoc reads these tags.
  if (conventions.documentedElsewhere(ctx.doc, ctx.classDocumentsMembers ?? false)) return out;
  // A rustdoc comment without `# Arguments` or `# Returns` describes them in prose, as std's do.
  const listed = !conventions.entriesInProse || ctx.doc.params.length > 0 || ctx.doc.returns !== undefined;
  if (!(ctx.paramsOnClass && ctx.doc.params.length === 0) && !unread.has('params') && listed) checkParams(ctx, symbol.params, out);
  // A constructor function (`@class`, `@constructor`) makes an object; it documents no return or yield.
  if (!conventions.makesObject(ctx.doc)) {
    if (!unread.has('returns') && listed) checkReturns(ctx, out);
    if (!unread.has('yields')) checkYields(ctx, out);
  }
  if (!unread.has('raises')) checkRaises(ctx, out);
  checkEntryDescriptions(ctx, unread, out);
  return out;
}
