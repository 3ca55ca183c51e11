/** TypeScript / TSX / JavaScript facts from a tree-sitter syntax tree. A JSDoc block goes above the declaration and its decorators. */
import { cleandoc, lineEndAt, startsLine } from '../../core/text/lines';
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, type Node } from '../../core/extract/nodes';
import type { ExistingDoc, LanguageId, ParamFact, SymbolFact, SymbolKind } from '../../core/extract/types';
import { FUNCTION_VALUES, isVoidPromise, NESTED_SCOPES, TS_FLOW } from './flow';
import { patternMembers, typeMembers } from './members';
import { symbolFact } from '../../core/extract/symbolFact';
import { fileDocInsertion, insertionAbove, pastBlankLines } from '../../core/extract/commentPlacement';

interface Context {
  text: string;
  language: LanguageId;
  out: SymbolFact[];
  flows?: FlowIndex;
}

const CLASS_NODES = new Set(['class_declaration', 'abstract_class_declaration', 'class']);
const FUNCTION_DECLS = new Set(['function_declaration', 'generator_function_declaration', 'function_signature']);
const MEMBER_FUNCTIONS = new Set(['method_definition', 'method_signature', 'abstract_method_signature']);
/** Statements whose children are statements at the same level (`if (...) { function f() {} }`, namespaces, `declare`). */
const BLOCKS = new Set(['if_statement', 'else_clause', 'statement_block', 'try_statement', 'catch_clause', 'finally_clause', 'expression_statement']);
/** A leading `/** ... *\/` with one of these tags documents the file, not the declaration below it. */
const FILE_TAGS = /@(packageDocumentation|file|fileoverview|overview|module)\b/;

/** `walkBodies`: find throws/returns/yields by walking each body node by node (the slow definition, for tests). */
export function extractTypeScript(root: Node, text: string, language: LanguageId, walkBodies = false): SymbolFact[] {
  const ctx: Context = { text, language, out: [], ...(walkBodies ? {} : { flows: new FlowIndex(root, TS_FLOW.flowTypes, NESTED_SCOPES) }) };
  ctx.out.push(moduleSymbol(root, ctx));
  visitStatements(namedChildren(root), [], false, ctx);
  markOverloads(ctx.out);
  return assignIds(ctx.out);
}

function visitStatements(statements: Node[], path: string[], nested: boolean, ctx: Context): void {
  for (const statement of statements) visitStatement(statement, statement, path, nested, ctx);
}

/** `anchor` is the outermost node the doc comment goes above (an `export` statement, a `const` declaration). */
function visitStatement(node: Node, anchor: Node, path: string[], nested: boolean, ctx: Context): void {
  if (node.type === 'export_statement') {
    const inner = field(node, 'declaration') ?? field(node, 'value');
    if (!inner) return;
    if (FUNCTION_VALUES.has(inner.type)) {
      const name = field(inner, 'name')?.text ?? 'default';
      addFunction(inner, anchor, [...path, name], 'function', nested, ctx);
      return;
    }
    visitStatement(inner, anchor, path, nested, ctx);
    return;
  }
  if (FUNCTION_DECLS.has(node.type)) {
    const name = field(node, 'name')?.text ?? 'default';
    addFunction(node, anchor, [...path, name], 'function', nested, ctx);
    return;
  }
  if (CLASS_NODES.has(node.type)) {
    addClass(node, anchor, path, nested, ctx);
    return;
  }
  if (BLOCKS.has(node.type)) {
    for (const child of namedChildren(node)) visitStatement(child, child, path, nested, ctx);
    return;
  }
  // `declare function f(): T` is documented above `declare` (or `export declare`).
  if (node.type === 'ambient_declaration') {
    for (const child of namedChildren(node)) visitStatement(child, anchor, path, nested, ctx);
    return;
  }
  if (node.type === 'interface_declaration') {
    addInterface(node, anchor, path, nested, ctx);
    return;
  }
  if (node.type === 'type_alias_declaration') {
    addTypeAlias(node, anchor, path, nested, ctx);
    return;
  }
  if (node.type === 'enum_declaration') {
    addEnum(node, anchor, path, nested, ctx);
    return;
  }
  // Functions declared inside an IIFE are the module's functions, only not exported.
  const iife = iifeBody(node);
  if (iife) {
    visitStatements(namedChildren(iife), path, true, ctx);
    return;
  }
  if (node.type === 'internal_module' || node.type === 'module') {
    const body = field(node, 'body');
    const name = field(node, 'name')?.text.replace(/^['"]|['"]$/g, '') ?? 'namespace';
    if (body) visitStatements(namedChildren(body), [...path, name], nested, ctx);
    return;
  }
  if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
    const declarators = namedChildren(node).filter((d) => d.type === 'variable_declarator');
    declarators.forEach((declarator, index) => {
      const value = field(declarator, 'value');
      const name = field(declarator, 'name')?.text ?? 'value';
      if (!value) return;
      // A doc comment can only precede the whole declaration, so only its first declarator gets one.
      const at = index === 0 ? anchor : undefined;
      if (FUNCTION_VALUES.has(value.type) && at) addFunction(value, at, [...path, name], 'function', nested, ctx);
      else if (value.type === 'class' && at) addClass(value, at, path, nested, ctx, name);
      else if (value.type === 'object') visitObject(value, [...path, name], nested, ctx);
    });
  }
}

function visitObject(object: Node, path: string[], nested: boolean, ctx: Context): void {
  for (const member of namedChildren(object)) {
    if (member.type === 'method_definition') {
      addFunction(member, member, [...path, memberName(member)], 'method', nested, ctx);
    } else if (member.type === 'pair') {
      const value = field(member, 'value');
      const key = field(member, 'key');
      if (value && key && FUNCTION_VALUES.has(value.type)) addFunction(value, member, [...path, key.text.replace(/^['"]|['"]$/g, '')], 'method', nested, ctx);
      else if (value && key && value.type === 'object') visitObject(value, [...path, key.text], nested, ctx);
    }
  }
}

function memberName(member: Node): string {
  return field(member, 'name')?.text ?? 'member';
}

function addClass(node: Node, anchor: Node, path: string[], nested: boolean, ctx: Context, fallbackName = 'default'): void {
  const name = field(node, 'name')?.text ?? fallbackName;
  const heritage = children(node).find((c) => c.type === 'class_heritage');
  const symbol = baseSymbol(node, anchor, [...path, name], 'class', nested, ctx);
  symbol.decorators = decoratorsOf(node, anchor, ctx);
  symbol.isAbstract = node.type === 'abstract_class_declaration';
  symbol.bases = heritage ? namedChildren(heritage).flatMap((clause) => namedChildren(clause).map((n) => n.text)) : [];
  symbol.typeParams = typeParams(node);
  ctx.out.push(symbol);
  const body = field(node, 'body');
  if (!body) return;
  const members = children(body);
  members.forEach((member, index) => {
    const memberAnchor = withLeadingDecorators(members, index);
    if (MEMBER_FUNCTIONS.has(member.type)) {
      addFunction(member, memberAnchor, [...symbol.namePath, memberName(member)], 'method', nested, ctx);
    } else if (member.type === 'public_field_definition' || member.type === 'field_definition') {
      const value = field(member, 'value');
      const name = field(member, 'name')?.text ?? field(member, 'property')?.text ?? 'member';
      if (value && FUNCTION_VALUES.has(value.type)) addFunction(value, memberAnchor, [...symbol.namePath, name], 'method', nested, ctx);
      else addDeclaration(member, memberAnchor, [...symbol.namePath, name], 'property', nested, ctx);
    }
  });
}

/** The body of `(function () { ... })()`, `(() => { ... })()`, `!function () { ... }()` and the like. */
function iifeBody(node: Node): Node | undefined {
  let callee = node;
  while (callee.type === 'unary_expression' || callee.type === 'parenthesized_expression') {
    const inner = field(callee, 'argument') ?? namedChildren(callee)[0];
    if (!inner) return undefined;
    callee = inner;
  }
  if (callee.type !== 'call_expression') return undefined;
  let fn = field(callee, 'function');
  while (fn?.type === 'parenthesized_expression') fn = namedChildren(fn)[0];
  const body = fn && FUNCTION_VALUES.has(fn.type) ? field(fn, 'body') : undefined;
  return body?.type === 'statement_block' ? body : undefined;
}

/**
 * A declaration that is data (an interface, type alias, enum, field or member): a summary comment
 * of its own, as TSDoc and TypeScript's hovers read them. Only one that starts its line: a comment
 * inside `{ a: string; b: number }` on one line would be squeezed between members.
 */
function addDeclaration(node: Node, anchor: Node, namePath: string[], kind: SymbolKind, nested: boolean, ctx: Context): SymbolFact | undefined {
  if (!startsLine(ctx.text, anchor.startIndex)) return undefined;
  const symbol = baseSymbol(node, anchor, namePath, kind, nested, ctx);
  symbol.decorators = kind === 'property' ? decoratorsOf(node, anchor, ctx) : [];
  symbol.typeParams = typeParams(node);
  ctx.out.push(symbol);
  return symbol;
}

/** `type Options = { ... }`: the alias, and the properties and methods of an object type, each documented like an interface's. */
function addTypeAlias(node: Node, anchor: Node, path: string[], nested: boolean, ctx: Context): void {
  const name = field(node, 'name')?.text ?? 'type';
  addDeclaration(node, anchor, [...path, name], 'type', nested, ctx);
  const value = field(node, 'value');
  if (value?.type === 'object_type') addMembers(value, [...path, name], nested, ctx);
}

function addEnum(node: Node, anchor: Node, path: string[], nested: boolean, ctx: Context): void {
  const name = field(node, 'name')?.text ?? 'enum';
  addDeclaration(node, anchor, [...path, name], 'enum', nested, ctx);
  const body = field(node, 'body');
  for (const member of body ? namedChildren(body) : []) {
    if (member.type === 'comment') continue;
    const key = member.type === 'enum_assignment' ? field(member, 'name') : member;
    if (key) addDeclaration(member, member, [...path, name, key.text.replace(/^['"]|['"]$/g, '')], 'enum-member', nested, ctx);
  }
}

/** An interface, documented above itself, then its members. */
function addInterface(node: Node, anchor: Node, path: string[], nested: boolean, ctx: Context): void {
  const name = field(node, 'name')?.text ?? 'interface';
  const symbol = addDeclaration(node, anchor, [...path, name], 'interface', nested, ctx);
  if (symbol) symbol.bases = children(node).filter((c) => c.type === 'extends_type_clause').flatMap((c) => namedChildren(c).map((n) => n.text));
  const body = field(node, 'body');
  if (body) addMembers(body, [...path, name], nested, ctx);
}

/** Methods, call signatures and function-typed properties are documented like class methods; other properties get a summary. */
function addMembers(body: Node, path: string[], nested: boolean, ctx: Context): void {
  const name = path[path.length - 1];
  path = path.slice(0, -1);
  for (const member of namedChildren(body)) {
    if (member.type === 'method_signature') addFunction(member, member, [...path, name, memberName(member)], 'method', nested, ctx);
    else if (member.type === 'call_signature') addFunction(member, member, [...path, name, 'call'], 'method', nested, ctx);
    else if (member.type === 'construct_signature') addFunction(member, member, [...path, name, 'new'], 'method', nested, ctx);
    else if (member.type === 'property_signature') {
      const type = namedChildren(field(member, 'type') ?? member).find((t) => t.type === 'function_type');
      if (type) addFunction(type, member, [...path, name, memberName(member)], 'method', nested, ctx);
      else addDeclaration(member, member, [...path, name, memberName(member).replace(/^['"]|['"]$/g, '')], 'property', nested, ctx);
    }
  }
}

/** Class members carry their decorators as preceding siblings in the class body. */
function withLeadingDecorators(members: Node[], index: number): Node {
  let first = members[index];
  for (let i = index - 1; i >= 0 && members[i].type === 'decorator'; i--) first = members[i];
  return first;
}

function decoratorsOf(node: Node, anchor: Node, ctx: Context): string[] {
  const own = [...children(anchor), ...(anchor === node ? [] : children(node))].filter((c) => c.type === 'decorator');
  const siblings: Node[] = [];
  for (let s = node.previousSibling; s && s.type === 'decorator'; s = s.previousSibling) siblings.unshift(s);
  return [...siblings, ...own].map((d) => ctx.text.slice(d.startIndex + 1, d.endIndex).trim());
}

function addFunction(fn: Node, anchor: Node, namePath: string[], kind: SymbolKind, nested: boolean, ctx: Context): void {
  const { text } = ctx;
  const symbol = baseSymbol(fn, anchor, namePath, kind, nested, ctx);
  const tokens = children(fn).map((c) => c.type);
  const body = field(fn, 'body');
  const returnType = field(fn, 'return_type');
  const single = field(fn, 'parameter');
  symbol.decorators = decoratorsOf(fn, anchor, ctx);
  symbol.isAsync = tokens.includes('async');
  symbol.isGenerator = tokens.includes('*') || fn.type.startsWith('generator_');
  symbol.isOverload = fn.type === 'function_signature' || fn.type === 'method_signature';
  symbol.isAbstract = fn.type === 'abstract_method_signature' || tokens.includes('abstract');
  symbol.isProperty = tokens.includes('get') || tokens.includes('set');
  symbol.isStub = !body;
  symbol.params = single ? [{ name: single.text, kind: 'positional', optional: false }] : parameters(field(fn, 'parameters'), ctx);
  symbol.typeParams = typeParams(fn);
  symbol.returnAnnotation = returnType ? text.slice(returnType.startIndex, returnType.endIndex).replace(/^:\s*/, '') : undefined;
  // `() => () => { throw ... }`: the expression body is another function, whose flow is its own.
  if (body && NESTED_SCOPES.has(body.type)) symbol.returnsValue = true;
  else if (body) {
    const flow = bodyFlow(body, text, TS_FLOW, ctx.flows);
    symbol.raises = flow.raises;
    symbol.yieldsValue = flow.yieldsValue;
    symbol.returnsValue = body.type !== 'statement_block' ? !isVoidPromise(body) : flow.returnsValue;
  }
  if (symbol.returnAnnotation && /^(void|never|Promise<void>|undefined)$/.test(symbol.returnAnnotation.replace(/\s+/g, ''))) {
    symbol.returnsValue = false;
  } else if (!body && symbol.returnAnnotation) {
    // A declaration without a body (`declare`, an overload, an interface or abstract method) returns what it is annotated with.
    symbol.returnsValue = true;
  }
  ctx.out.push(symbol);
  if (body) visitNestedDeclarations(body, namePath, ctx);
}

/** Named functions and classes declared inside a function body are documented too (marked nested). */
function visitNestedDeclarations(body: Node, path: string[], ctx: Context): void {
  if (body.type !== 'statement_block') return;
  visitStatements(namedChildren(body), path, true, ctx);
}

function typeParams(node: Node): string[] {
  const list = field(node, 'type_parameters');
  return list ? namedChildren(list).map((p) => field(p, 'name')?.text ?? p.text) : [];
}

function baseSymbol(node: Node, anchor: Node, namePath: string[], kind: SymbolKind, nested: boolean, ctx: Context): SymbolFact {
  const { text } = ctx;
  const body = field(node, 'body');
  const signatureEnd = body ? body.startIndex : node.endIndex;
  return symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: ctx.language,
    isNested: nested,
    range: { start: anchor.startIndex, end: node.endIndex },
    signatureRange: { start: anchor.startIndex, end: trimEndOffset(text, signatureEnd) },
    docstring: precedingDoc(anchor, text),
    insertion: insertionAbove(anchor, text),
  });
}

function trimEndOffset(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The `/** *\/` comment directly above `anchor` (only whitespace between), unless it documents the file. */
function precedingDoc(anchor: Node, text: string): ExistingDoc | undefined {
  const comment = anchor.previousSibling;
  if (!comment || comment.type !== 'comment') return undefined;
  const raw = text.slice(comment.startIndex, comment.endIndex);
  if (!raw.startsWith('/**') || raw === '/**/') return undefined;
  if (/\S/.test(text.slice(comment.endIndex, anchor.startIndex))) return undefined;
  if (FILE_TAGS.test(raw)) return undefined;
  return { range: { start: comment.startIndex, end: comment.endIndex }, raw, content: jsdocContent(raw) };
}

/** Inside of a `/** ... *\/` block: delimiters and ` * ` gutters removed, dedented. */
export function jsdocContent(raw: string): string {
  const inner = raw.replace(/^\/\*\*/, '').replace(/\*\/$/, '');
  const lines = inner.replace(/\r\n/g, '\n').split('\n').map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*\* ?/, '')));
  return cleandoc(lines.map((l, i) => (i === 0 ? l : ' ' + l)).join('\n'));
}

function parameters(list: Node | undefined, ctx: Context): ParamFact[] {
  if (!list) return [];
  const { text } = ctx;
  const out: ParamFact[] = [];
  namedChildren(list).forEach((node, index) => {
    if (node.type === 'comment' || node.type === 'decorator') return;
    const typeNode = field(node, 'type');
    const annotation = typeNode ? text.slice(typeNode.startIndex, typeNode.endIndex).replace(/^:\s*/, '') : undefined;
    let pattern = field(node, 'pattern') ?? node;
    let valueNode = field(node, 'value');
    if (pattern.type === 'assignment_pattern') {
      valueNode = field(pattern, 'right');
      pattern = field(pattern, 'left') ?? pattern;
    }
    const defaultValue = valueNode ? text.slice(valueNode.startIndex, valueNode.endIndex) : undefined;
    const optional = node.type === 'optional_parameter' || defaultValue !== undefined;
    const base = {
      optional,
      offset: pattern.startIndex,
      ...(annotation !== undefined ? { annotation } : {}),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      ...(children(node).some((c) => c.type === 'accessibility_modifier' || c.type === 'readonly' || c.type === 'override_modifier') ? { property: true } : {}),
    };
    const restTuple = pattern.type === 'rest_pattern' ? tupleNames(namedChildren(pattern)[0]) : undefined;
    if (pattern.type === 'this') {
      out.push({ name: 'this', kind: 'positional', ...base, implicit: true });
    } else if (restTuple) {
      // `...[type, arg]` takes its arguments one by one: each is a parameter in its own right.
      for (const name of restTuple) out.push({ name, kind: 'positional', ...base, optional: false });
    } else if (pattern.type === 'rest_pattern') {
      const inner = namedChildren(pattern)[0];
      out.push({ name: inner?.type === 'identifier' ? inner.text : `param${index}`, kind: 'rest', ...base, optional: true });
    } else if (pattern.type === 'object_pattern' || pattern.type === 'array_pattern') {
      out.push({ name: `param${index}`, kind: 'destructured', ...base, elements: boundNames(pattern), members: patternMembers(pattern) });
    } else {
      const objectType = typeNode && namedChildren(typeNode).find((t) => t.type === 'object_type');
      out.push({ name: pattern.text, kind: 'positional', ...base, ...(objectType ? { members: typeMembers(objectType) } : {}) });
    }
  });
  return out;
}

/** The names of `...[a, b]` when it binds plain names only. */
function tupleNames(pattern: Node | undefined): string[] | undefined {
  if (pattern?.type !== 'array_pattern') return undefined;
  const elements = namedChildren(pattern).filter((e) => e.type !== 'comment');
  return elements.length > 0 && elements.every((e) => e.type === 'identifier') ? elements.map((e) => e.text) : undefined;
}

/** Top-level names bound by a destructuring pattern, in order (`{a, b: c, ...d}` gives a, b, d). */
function boundNames(pattern: Node): string[] {
  const names: string[] = [];
  for (const element of namedChildren(pattern)) {
    switch (element.type) {
      case 'shorthand_property_identifier_pattern':
      case 'identifier':
        names.push(element.text);
        break;
      case 'pair_pattern':
        names.push(field(element, 'key')?.text ?? element.text);
        break;
      case 'object_assignment_pattern':
      case 'assignment_pattern': {
        const left = field(element, 'left');
        if (left) names.push(left.text);
        break;
      }
      case 'rest_pattern': {
        const inner = namedChildren(element)[0];
        if (inner) names.push(inner.text);
        break;
      }
    }
  }
  return names;
}

/** TS overloads: signatures followed by an implementation of the same name. The signatures carry the docs. */
function markOverloads(symbols: SymbolFact[]): void {
  const signatures = new Set(symbols.filter((s) => s.isOverload).map((s) => s.namePath.join('.')));
  for (const symbol of symbols) {
    if (!symbol.isOverload && !symbol.isStub && signatures.has(symbol.namePath.join('.'))) symbol.hasOverloads = true;
  }
}

/**
 * The file itself: its overview comment is the leading `/** *\/` that says so (`@packageDocumentation`,
 * `@file`, `@fileoverview`...). A new one goes after a `#!` line and a comment header set apart by a
 * blank line (a licence), never between a comment and the code it sits on; a blank line follows it.
 */
function moduleSymbol(root: Node, ctx: Context): SymbolFact {
  const { text } = ctx;
  const symbol = baseSymbol(root, root, [], 'module', false, ctx);
  symbol.name = '<module>';
  symbol.range = { start: 0, end: text.length };
  symbol.signatureRange = { start: 0, end: 0 };
  const leading: Node[] = [];
  for (const node of namedChildren(root)) {
    if (node.type !== 'comment' && node.type !== 'hash_bang_line') break;
    leading.push(node);
  }
  const overview = leading.find((c) => c.type === 'comment' && c.text.startsWith('/**') && FILE_TAGS.test(c.text));
  symbol.docstring = overview ? { range: { start: overview.startIndex, end: overview.endIndex }, raw: overview.text, content: jsdocContent(overview.text) } : undefined;
  let at = 0;
  for (const node of leading) {
    const end = lineEndAt(text, node.endIndex);
    if (node.type === 'hash_bang_line') at = end + (text[end] === '\r' ? 2 : text[end] === '\n' ? 1 : 0);
    else if (node.text.startsWith('/**')) break;
    // A header set apart by a blank line: the overview goes below that blank line.
    else at = pastBlankLines(text, end) ?? at;
  }
  symbol.insertion = fileDocInsertion(text, at);
  return symbol;
}
