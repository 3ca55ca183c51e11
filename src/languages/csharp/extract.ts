/**
 * C# facts from a tree-sitter syntax tree: types (classes, structs, records, interfaces, enums,
 * delegates) in any namespace, their methods, constructors, operators, properties, indexers,
 * events, fields and enum members, nested types by name path. Lambdas, anonymous methods and local
 * functions are left alone, and what they throw or return is not their member's. An XML doc
 * comment (`///`) goes above the declaration and its attributes.
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, type Node } from '../../core/extract/nodes';
import type { ParamFact, SymbolFact, SymbolKind } from '../../core/extract/types';
import { startsLine } from '../../core/text/lines';
import { precedingDoc } from './comments';
import { insertionAbove } from '../../core/extract/commentPlacement';
import type { CSharpAccessibility, CSharpDeclaration, CSharpSymbolFact } from './facts';
import { CSHARP_FLOW, CSHARP_NESTED_SCOPES, simpleTypeName } from './flow';
import { moduleSymbol } from './module';
import { symbolFact } from '../../core/extract/symbolFact';

const TYPES: Record<string, [SymbolKind, CSharpDeclaration]> = {
  class_declaration: ['class', 'class'],
  struct_declaration: ['class', 'struct'],
  record_declaration: ['class', 'record'],
  record_struct_declaration: ['class', 'record'],
  interface_declaration: ['interface', 'interface'],
  enum_declaration: ['enum', 'enum'],
};
const MEMBERS: Record<string, CSharpDeclaration> = {
  method_declaration: 'method',
  constructor_declaration: 'constructor',
  destructor_declaration: 'destructor',
  operator_declaration: 'operator',
  conversion_operator_declaration: 'operator',
  indexer_declaration: 'indexer',
};
const NAMESPACES = new Set(['namespace_declaration', 'file_scoped_namespace_declaration']);
const PREPROCESSOR_BLOCKS = new Set(['preproc_if', 'preproc_elif', 'preproc_else']);

interface Context {
  text: string;
  out: CSharpSymbolFact[];
  flows?: FlowIndex;
  shared: [later: CSharpSymbolFact, first: CSharpSymbolFact][];
}

interface Scope {
  path: string[];
  /** Whether the enclosing types are all visible outside the assembly. */
  exported: boolean;
  /** The enclosing type's declaration (interface and enum members are public). */
  container?: CSharpDeclaration;
}

export interface CSharpExtractOptions {
  /** Find throws and returns by walking each body node by node (the slow definition, for tests). */
  walkBodies?: boolean;
}

export function extractCSharp(root: Node, text: string, options: CSharpExtractOptions = {}): SymbolFact[] {
  const ctx: Context = { text, out: [], shared: [], ...(options.walkBodies ? {} : { flows: new FlowIndex(root, CSHARP_FLOW.flowTypes, CSHARP_NESTED_SCOPES) }) };
  visitDeclarations(root, { path: [], exported: true }, ctx);
  const symbols = assignIds<SymbolFact>([moduleSymbol(root, text), ...ctx.out]);
  for (const [later, first] of ctx.shared) later.csharp.sharesCommentWith = first.id;
  return symbols;
}

/** Types and delegates in a compilation unit or namespace body (namespaces add nothing to the name path, as in `cref`s written with `using`). */
function visitDeclarations(container: Node, scope: Scope, ctx: Context): void {
  for (const node of namedChildren(container)) {
    if (TYPES[node.type]) addType(node, scope, ctx);
    else if (node.type === 'delegate_declaration') addDelegate(node, scope, ctx);
    else if (NAMESPACES.has(node.type)) {
      const body = field(node, 'body');
      if (body) visitDeclarations(body, scope, ctx);
    } else if (node.type === 'declaration_list' || PREPROCESSOR_BLOCKS.has(node.type)) visitDeclarations(node, scope, ctx);
  }
}

function addType(node: Node, scope: Scope, ctx: Context): void {
  const [kind, declaration] = TYPES[node.type];
  const name = field(node, 'name')?.text ?? declaration;
  const symbol = baseSymbol(node, [...scope.path, name], kind, declaration, scope, ctx);
  symbol.typeParams = typeParams(node);
  const bases = children(node).find((c) => c.type === 'base_list');
  symbol.bases = bases ? namedChildren(bases).filter((c) => c.type !== 'comment').map((c) => (c.type === 'primary_constructor_base_type' ? field(c, 'type')?.text ?? c.text : c.text)) : [];
  symbol.isAbstract = symbol.csharp.modifiers.includes('abstract');
  // A record's (or C# 12 class's) primary constructor: its parameters are documented on the type.
  const primary = children(node).find((c) => c.type === 'parameter_list');
  if (primary) symbol.params = parameters(primary, ctx);
  ctx.out.push(symbol);
  const body = field(node, 'body');
  if (!body) return;
  const inner: Scope = { path: symbol.namePath, exported: scope.exported && symbol.csharp.exported, container: declaration };
  visitMembers(body, inner, ctx);
}

/** A type's members, also those inside `#if`/`#elif`/`#else` blocks (every branch: each is code a build may compile). */
function visitMembers(body: Node, inner: Scope, ctx: Context): void {
  for (const member of namedChildren(body)) {
    if (PREPROCESSOR_BLOCKS.has(member.type)) visitMembers(member, inner, ctx);
    else if (TYPES[member.type]) addType(member, inner, ctx);
    else if (member.type === 'delegate_declaration') addDelegate(member, inner, ctx);
    else if (MEMBERS[member.type]) addMember(member, MEMBERS[member.type], inner, ctx);
    else if (member.type === 'property_declaration') addProperty(member, inner, ctx);
    else if (member.type === 'event_declaration') ctx.out.push(baseSymbol(member, [...inner.path, field(member, 'name')?.text ?? 'event'], 'property', 'event', inner, ctx));
    else if (member.type === 'field_declaration' || member.type === 'event_field_declaration') addFields(member, inner, ctx);
    else if (member.type === 'enum_member_declaration') ctx.out.push(baseSymbol(member, [...inner.path, field(member, 'name')?.text ?? 'member'], 'enum-member', 'enum-member', inner, ctx));
  }
}

function addDelegate(node: Node, scope: Scope, ctx: Context): void {
  const name = field(node, 'name')?.text ?? 'delegate';
  // A delegate is a type with a signature: documented like a method (<param>, <returns>).
  const symbol = baseSymbol(node, [...scope.path, name], 'function', 'delegate', scope, ctx);
  symbol.typeParams = typeParams(node);
  symbol.params = parameters(field(node, 'parameters'), ctx);
  symbol.returnAnnotation = field(node, 'type')?.text;
  symbol.returnsValue = symbol.returnAnnotation !== undefined && symbol.returnAnnotation !== 'void';
  symbol.isStub = true;
  ctx.out.push(symbol);
}

function memberName(node: Node, declaration: CSharpDeclaration, scope: Scope): string {
  const typeName = scope.path[scope.path.length - 1] ?? 'type';
  if (declaration === 'constructor') return typeName;
  if (declaration === 'destructor') return `~${typeName}`;
  if (declaration === 'indexer') return 'this[]';
  if (node.type === 'conversion_operator_declaration') return `${children(node).find((c) => c.type === 'implicit' || c.type === 'explicit')?.type ?? 'implicit'} operator ${field(node, 'type')?.text ?? ''}`.trim();
  if (declaration === 'operator') return `operator ${field(node, 'operator')?.text ?? ''}`.trim();
  return field(node, 'name')?.text ?? 'method';
}

function addMember(node: Node, declaration: CSharpDeclaration, scope: Scope, ctx: Context): void {
  const { text } = ctx;
  const symbol = baseSymbol(node, [...scope.path, memberName(node, declaration, scope)], 'method', declaration, scope, ctx);
  symbol.params = parameters(field(node, 'parameters'), ctx);
  symbol.typeParams = typeParams(node);
  const type = field(node, 'returns') ?? (declaration === 'operator' || declaration === 'indexer' ? field(node, 'type') : undefined);
  symbol.returnAnnotation = type ? text.slice(type.startIndex, type.endIndex) : undefined;
  symbol.isAsync = symbol.csharp.modifiers.includes('async');
  symbol.isAbstract = symbol.csharp.modifiers.includes('abstract') || (scope.container === 'interface' && !bodyOf(node));
  // An indexer is documented like a property (<value>), its parameters as <param>.
  symbol.isProperty = declaration === 'indexer';
  const body = bodyOf(node);
  symbol.isStub = !body;
  symbol.raises = [];
  if (body?.type === 'arrow_expression_clause') {
    // `=> expr`: the expression is the value (unless the method is void), and may throw.
    const flow = bodyFlow(body, text, CSHARP_FLOW, ctx.flows);
    symbol.raises = flow.raises;
    symbol.returnsValue = !isVoid(symbol.returnAnnotation) && !/^=>\s*throw\b/.test(body.text);
  } else if (body) {
    const flow = bodyFlow(body, text, CSHARP_FLOW, ctx.flows);
    symbol.raises = flow.raises;
    if (flow.reraises.length > 0) symbol.reraises = flow.reraises.filter((t) => !flow.raises.some((r) => simpleTypeName(r) === simpleTypeName(t)));
    symbol.returnsValue = flow.returnsValue;
  } else {
    symbol.returnsValue = !isVoid(symbol.returnAnnotation);
  }
  if (declaration === 'indexer') symbol.returnsValue = false;
  if (declaration === 'constructor' || declaration === 'destructor' || isVoid(symbol.returnAnnotation)) symbol.returnsValue = false;
  ctx.out.push(symbol);
}

/** The body: a block, an expression body, or (indexers) the accessors' bodies. */
function bodyOf(node: Node): Node | undefined {
  const body = field(node, 'body');
  if (body) return body;
  return children(node).find((c) => c.type === 'arrow_expression_clause' || c.type === 'block' || c.type === 'accessor_list');
}

const isVoid = (type: string | undefined) => type === undefined || type === 'void';

function addProperty(node: Node, scope: Scope, ctx: Context): void {
  const symbol = baseSymbol(node, [...scope.path, field(node, 'name')?.text ?? 'property'], 'property', 'property', scope, ctx);
  symbol.returnAnnotation = field(node, 'type')?.text;
  symbol.isProperty = true;
  ctx.out.push(symbol);
}

/** One symbol per declarator of `int x, y;`; the declaration's one comment documents them all. */
function addFields(node: Node, scope: Scope, ctx: Context): void {
  const declaration = children(node).find((c) => c.type === 'variable_declaration');
  const declarators = declaration ? namedChildren(declaration).filter((c) => c.type === 'variable_declarator') : [];
  let first: CSharpSymbolFact | undefined;
  for (const declarator of declarators) {
    const name = field(declarator, 'name')?.text ?? namedChildren(declarator).find((c) => c.type === 'identifier')?.text ?? 'field';
    const symbol = baseSymbol(node, [...scope.path, name], 'property', node.type === 'event_field_declaration' ? 'event' : 'field', scope, ctx);
    symbol.returnAnnotation = declaration ? field(declaration, 'type')?.text : undefined;
    ctx.out.push(symbol);
    if (first) ctx.shared.push([symbol, first]);
    else first = symbol;
  }
}

function accessibility(keywords: string[], declaration: CSharpDeclaration, scope: Scope): CSharpAccessibility {
  const has = (k: string) => keywords.includes(k);
  if (has('protected') && has('internal')) return 'protected internal';
  if (has('private') && has('protected')) return 'private protected';
  for (const a of ['public', 'protected', 'internal', 'private'] as const) if (has(a)) return a;
  if (declaration === 'enum-member' || scope.container === 'interface') return 'public';
  // Top-level types are internal; members (nested types too) private.
  return scope.container === undefined ? 'internal' : 'private';
}

function baseSymbol(node: Node, namePath: string[], kind: SymbolKind, declaration: CSharpDeclaration, scope: Scope, ctx: Context): CSharpSymbolFact {
  const { text } = ctx;
  const keywords = children(node).filter((c) => c.type === 'modifier').map((c) => c.text);
  const shown = accessibility(keywords, declaration, scope);
  const attributes = children(node).filter((c) => c.type === 'attribute_list').flatMap((list) => namedChildren(list).filter((a) => a.type === 'attribute').map((a) => a.text));
  const body = bodyOf(node);
  const signatureEnd = trimEndOffset(text, body && !TYPES[node.type] ? body.startIndex : field(node, 'body')?.startIndex ?? node.endIndex);
  return symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: 'csharp',
    decorators: attributes,
    range: { start: node.startIndex, end: node.endIndex },
    signatureRange: { start: node.startIndex, end: signatureEnd },
    docstring: precedingDoc(node, text),
    insertion: insertionAbove(node, text),
    csharp: {
      declaration,
      accessibility: shown,
      // As CS1591 asks: overrides too (their comment may be <inheritdoc/>).
      exported: scope.exported && ['public', 'protected', 'protected internal'].includes(shown),
      modifiers: keywords,
      ...(startsLine(text, node.startIndex) ? {} : { midLine: true as const }),
    },
  });
}

function trimEndOffset(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function typeParams(node: Node): string[] {
  const list = field(node, 'type_parameters') ?? children(node).find((c) => c.type === 'type_parameter_list');
  if (!list) return [];
  return namedChildren(list)
    .filter((p) => p.type === 'type_parameter')
    .map((p) => field(p, 'name')?.text ?? p.text);
}

function parameters(list: Node | undefined, ctx: Context): ParamFact[] {
  if (!list) return [];
  const { text } = ctx;
  const out: ParamFact[] = [];
  const items = children(list);
  for (let i = 0; i < items.length; i++) {
    const node = items[i];
    if (node.type === 'parameter') {
      const name = field(node, 'name');
      const type = field(node, 'type');
      const modifiers = children(node).filter((c) => c.type === 'modifier').map((c) => c.text);
      const equals = children(node).findIndex((c) => c.type === '=');
      const value = equals >= 0 ? children(node)[equals + 1] : undefined;
      const isParams = modifiers.includes('params');
      out.push({
        name: name?.text ?? `param${out.length}`,
        kind: isParams ? 'rest' : 'positional',
        optional: value !== undefined,
        ...(type ? { annotation: text.slice(type.startIndex, type.endIndex) } : {}),
        ...(value ? { default: text.slice(value.startIndex, value.endIndex) } : {}),
        ...(name ? { offset: name.startIndex } : {}),
      });
    } else if (node.type === 'params') {
      // `params int[] rest` (the grammar puts its type and name beside the keyword).
      const type = items.slice(i + 1).find((c) => c.isNamed && c.type !== 'identifier' && c.type !== 'comment');
      const name = items.slice(i + 1).find((c) => c.type === 'identifier');
      out.push({ name: name?.text ?? `param${out.length}`, kind: 'rest', optional: false, ...(type ? { annotation: type.text } : {}), ...(name ? { offset: name.startIndex } : {}) });
      break;
    }
  }
  return out;
}
