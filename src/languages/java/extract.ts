/**
 * Java facts from a tree-sitter syntax tree: types (classes, interfaces, enums, records, annotation
 * types), their methods, constructors, fields and enum constants, nested types by name path, and
 * types declared inside a method body (marked nested). Anonymous classes and lambdas are left alone,
 * and what they throw or return is not their method's. A Javadoc comment goes above the declaration
 * and its annotations.
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, walk, type Node } from '../../core/extract/nodes';
import type { ParamFact, SymbolFact, SymbolKind } from '../../core/extract/types';
import { isComment, precedingDoc, readsMarkdownDocs, type MarkdownDocs } from './comments';
import { insertionAbove } from '../../core/extract/commentPlacement';
import type { JavaDeclaration, JavaSymbolFact, JavaVisibility } from './facts';
import { declares, JAVA_FLOW, JAVA_NESTED_SCOPES, simpleTypeName } from './flow';
import { moduleSymbol } from './module';
import { lineIndexOf } from '../../core/text/lineIndex';
import { symbolFact } from '../../core/extract/symbolFact';

/** The type declarations, with the symbol kind and the declaration each gives. */
const TYPES: Record<string, [SymbolKind, JavaDeclaration]> = {
  class_declaration: ['class', 'class'],
  record_declaration: ['class', 'record'],
  interface_declaration: ['interface', 'interface'],
  annotation_type_declaration: ['interface', 'annotation'],
  enum_declaration: ['enum', 'enum'],
};
const METHODS: Record<string, JavaDeclaration> = {
  method_declaration: 'method',
  constructor_declaration: 'constructor',
  compact_constructor_declaration: 'compact-constructor',
  annotation_type_element_declaration: 'annotation-element',
};
const CONSTRUCTORS = new Set<JavaDeclaration>(['constructor', 'compact-constructor']);

interface Context {
  text: string;
  out: JavaSymbolFact[];
  flows?: FlowIndex;
  /** `///` runs are doc comments in this file. */
  markdown: boolean;
  /** Later declarators of `int x, y;` and the first declarator whose comment documents them. */
  shared: [later: JavaSymbolFact, first: JavaSymbolFact][];
}

/** Where a declaration sits: what it is a member of. */
interface Scope {
  path: string[];
  /** Inside a method body. */
  nested: boolean;
  /** Whether the enclosing types are all visible outside their package (javadoc documents their public members). */
  exported: boolean;
  /** The enclosing type's declaration; members of interfaces and annotation types are implicitly public. */
  container?: JavaDeclaration;
  /** A record's components: its compact constructor's implicit parameters. */
  components?: ParamFact[];
}

export interface JavaExtractOptions {
  /** Find throws, returns and local types by walking each body node by node (the slow definition, for tests). */
  walkBodies?: boolean;
  /** Whether `///` runs are doc comments (JDK 23+); `'auto'` (the default): when the file's `///` lines hold block tags. */
  markdownDocs?: MarkdownDocs;
}

export function extractJava(root: Node, text: string, options: JavaExtractOptions = {}): SymbolFact[] {
  const flowTypes = [...JAVA_FLOW.flowTypes, ...Object.keys(TYPES)];
  const ctx: Context = {
    text,
    out: [],
    shared: [],
    markdown: readsMarkdownDocs(text, options.markdownDocs ?? 'auto'),
    ...(options.walkBodies ? {} : { flows: new FlowIndex(root, flowTypes, JAVA_NESTED_SCOPES) }),
  };
  const module = moduleSymbol(root, text, ctx.markdown);
  const scope: Scope = { path: [], nested: false, exported: true };
  for (const node of namedChildren(root)) if (TYPES[node.type]) addType(node, scope, ctx);
  const symbols = assignIds<SymbolFact>([module, ...ctx.out]);
  for (const [later, first] of ctx.shared) later.java.sharesCommentWith = first.id;
  markSharedLines(ctx.out, text);
  return symbols;
}

function addType(node: Node, scope: Scope, ctx: Context): void {
  const [kind, declaration] = TYPES[node.type];
  const name = field(node, 'name')?.text ?? declaration;
  const symbol = baseSymbol(node, [...scope.path, name], kind, declaration, scope, ctx);
  symbol.typeParams = typeParams(node);
  symbol.bases = children(node).filter((c) => c.type === 'superclass' || c.type === 'super_interfaces' || c.type === 'extends_interfaces').flatMap(typeList);
  symbol.isAbstract = symbol.java.modifiers.includes('abstract');
  if (declaration === 'record') {
    symbol.params = parameters(field(node, 'parameters'), ctx);
    // The record's comment documents its components (`@param`), whatever its constructor's says:
    // the shared rules check a class's `initParams` against its comment when `initDocumented` is false.
    symbol.initParams = symbol.params;
    symbol.initDocumented = false;
  }
  ctx.out.push(symbol);
  const body = field(node, 'body');
  const inner: Scope = {
    path: symbol.namePath,
    nested: scope.nested,
    exported: scope.exported && symbol.java.exported,
    container: declaration,
    ...(declaration === 'record' ? { components: symbol.params } : {}),
  };
  if (body) visitMembers(body, inner, ctx);
}

function visitMembers(body: Node, scope: Scope, ctx: Context): void {
  for (const member of namedChildren(body)) {
    if (TYPES[member.type]) addType(member, scope, ctx);
    else if (METHODS[member.type]) addMethod(member, METHODS[member.type], scope, ctx);
    else if (member.type === 'field_declaration' || member.type === 'constant_declaration') addFields(member, scope, ctx);
    else if (member.type === 'enum_constant') addEnumConstant(member, scope, ctx);
    else if (member.type === 'enum_body_declarations') visitMembers(member, scope, ctx);
  }
}

function addMethod(node: Node, declaration: JavaDeclaration, scope: Scope, ctx: Context): void {
  const { text } = ctx;
  const constructor = CONSTRUCTORS.has(declaration);
  // A constructor is named after its class, as javadoc lists it (`ArrayList(int)`).
  const name = constructor ? scope.path[scope.path.length - 1] : field(node, 'name')?.text ?? 'method';
  const symbol = baseSymbol(node, [...scope.path, name], 'method', declaration, scope, ctx);
  const body = field(node, 'body');
  const type = field(node, 'type');
  const dimensions = field(node, 'dimensions');
  symbol.params = declaration === 'compact-constructor' ? (scope.components ?? []).map((p) => ({ ...p })) : parameters(field(node, 'parameters'), ctx);
  symbol.typeParams = typeParams(node);
  symbol.returnAnnotation = type ? text.slice(type.startIndex, type.endIndex) + (dimensions?.text ?? '') : undefined;
  const inInterface = scope.container === 'interface' || scope.container === 'annotation';
  symbol.isAbstract = symbol.java.modifiers.includes('abstract') || (inInterface && !body);
  symbol.isStub = !body;
  const declared = children(node).filter((c) => c.type === 'throws').flatMap(typeList);
  symbol.raises = [...declared];
  const known = (t: string) => symbol.raises.some((r) => declares(r, t));
  if (body) {
    const flow = bodyFlow(body, text, JAVA_FLOW, ctx.flows);
    // An Error (`throw new AssertionError()`) is a bug, not a condition callers handle: not listed.
    for (const raised of flow.raises) if (!known(raised) && !simpleTypeName(raised).endsWith('Error')) symbol.raises.push(raised);
    const reraises = flow.reraises.filter((t) => !known(t));
    if (reraises.length > 0) symbol.reraises = reraises;
    // javac rejects a non-void method that can end without a value, so one whose body only
    // throws (`T childValue(T v) { throw new UnsupportedOperationException(); }`) still
    // documents its return, as doclint asks.
    symbol.returnsValue = flow.returnsValue || symbol.returnAnnotation !== undefined;
  } else {
    // A method without a body (abstract, interface, native) returns what its type says.
    symbol.returnsValue = symbol.returnAnnotation !== undefined;
  }
  if (symbol.returnAnnotation === 'void' || constructor) symbol.returnsValue = false;
  ctx.out.push(symbol);
  if (body) {
    const local: Scope = { path: symbol.namePath, nested: true, exported: false };
    for (const type of localTypes(body, ctx)) addType(type, local, ctx);
  }
}

/** Classes, interfaces, enums and records declared in this body, not inside a lambda or another class. */
function localTypes(body: Node, ctx: Context): Node[] {
  if (ctx.flows) return ctx.flows.within(body).filter((n) => TYPES[n.type]);
  const found: Node[] = [];
  walk(body, (n) => TYPES[n.type] && found.push(n), (n) => JAVA_NESTED_SCOPES.has(n.type) || Boolean(TYPES[n.type]));
  return found;
}

/** One symbol per declarator of `int x, y;`; javac gives each the declaration's one doc comment. */
function addFields(node: Node, scope: Scope, ctx: Context): void {
  const declaration = node.type === 'constant_declaration' || scope.container === 'interface' || scope.container === 'annotation' ? 'constant' : 'field';
  let first: JavaSymbolFact | undefined;
  for (const declarator of children(node).filter((c) => c.type === 'variable_declarator')) {
    const name = field(declarator, 'name')?.text ?? 'field';
    const symbol = baseSymbol(node, [...scope.path, name], 'property', declaration, scope, ctx);
    ctx.out.push(symbol);
    if (first) ctx.shared.push([symbol, first]);
    else first = symbol;
  }
}

function addEnumConstant(node: Node, scope: Scope, ctx: Context): void {
  const name = field(node, 'name')?.text ?? 'constant';
  ctx.out.push(baseSymbol(node, [...scope.path, name], 'enum-member', 'enum-constant', scope, ctx));
}

function modifierNodes(node: Node): Node[] {
  const modifiers = children(node).find((c) => c.type === 'modifiers');
  return modifiers ? children(modifiers) : [];
}

const isAnnotation = (node: Node) => node.type === 'marker_annotation' || node.type === 'annotation';

function visibility(keywords: string[], declaration: JavaDeclaration, scope: Scope): JavaVisibility {
  for (const v of ['public', 'protected', 'private'] as const) if (keywords.includes(v)) return v;
  if (declaration === 'enum-constant') return 'public';
  if (scope.container === 'interface' || scope.container === 'annotation') return 'public';
  // An enum's constructor is private whatever it says.
  if (scope.container === 'enum' && declaration === 'constructor') return 'private';
  return 'package';
}

function baseSymbol(node: Node, namePath: string[], kind: SymbolKind, declaration: JavaDeclaration, scope: Scope, ctx: Context): JavaSymbolFact {
  const { text } = ctx;
  const modifiers = modifierNodes(node);
  const keywords = modifiers.filter((m) => !isAnnotation(m) && !isComment(m)).map((m) => m.text);
  const shown = visibility(keywords, declaration, scope);
  const body = field(node, 'body');
  const signatureEnd = trimEndOffset(text, body ? body.startIndex : node.endIndex);
  return symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: 'java',
    decorators: modifiers.filter(isAnnotation).map((a) => text.slice(a.startIndex + 1, a.endIndex).trim()),
    isNested: scope.nested,
    range: { start: node.startIndex, end: node.endIndex },
    signatureRange: { start: node.startIndex, end: signatureEnd },
    docstring: precedingDoc(node, text, ctx.markdown),
    insertion: insertionAbove(node, text),
    java: {
      declaration,
      visibility: shown,
      exported: scope.exported && !scope.nested && (shown === 'public' || shown === 'protected'),
      modifiers: keywords,
    },
  });
}

function trimEndOffset(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** `<T extends Comparable<T>, @A K>` -> ['T', 'K']. */
function typeParams(node: Node): string[] {
  const list = field(node, 'type_parameters');
  if (!list) return [];
  return namedChildren(list)
    .filter((p) => p.type === 'type_parameter')
    .map((p) => namedChildren(p).find((c) => c.type === 'type_identifier' || c.type === 'identifier')?.text ?? p.text);
}

/** The types of an `extends`, `implements` or `throws` clause, as written. */
function typeList(clause: Node): string[] {
  return namedChildren(clause).flatMap((c) => (c.type === 'type_list' ? typeList(c) : isAnnotation(c) || isComment(c) ? [] : [c.text]));
}

function parameters(list: Node | undefined, ctx: Context): ParamFact[] {
  if (!list) return [];
  const { text } = ctx;
  const out: ParamFact[] = [];
  for (const node of namedChildren(list)) {
    if (node.type === 'formal_parameter' || node.type === 'receiver_parameter') {
      const name = field(node, 'name') ?? namedChildren(node).find((c) => c.type === 'this');
      const type = field(node, 'type');
      const dimensions = field(node, 'dimensions');
      const annotation = type ? text.slice(type.startIndex, type.endIndex) + (dimensions?.text ?? '') : undefined;
      const receiver = node.type === 'receiver_parameter' || name?.text === 'this';
      out.push({
        name: receiver ? 'this' : name?.text ?? `param${out.length}`,
        kind: 'positional',
        optional: false,
        ...(annotation !== undefined ? { annotation } : {}),
        ...(receiver ? { implicit: true } : {}),
        ...(name ? { offset: name.startIndex } : {}),
      });
    } else if (node.type === 'spread_parameter') {
      const declarator = namedChildren(node).find((c) => c.type === 'variable_declarator');
      const name = declarator ? field(declarator, 'name') : undefined;
      const type = namedChildren(node).find((c) => c.type !== 'modifiers' && c.type !== 'variable_declarator' && !isComment(c) && !isAnnotation(c));
      out.push({
        name: name?.text ?? `param${out.length}`,
        kind: 'rest',
        // Java has no optional parameters: varargs may be left empty, but the parameter is still documented.
        optional: false,
        ...(type ? { annotation: `${text.slice(type.startIndex, type.endIndex)}...` } : {}),
        ...(name ? { offset: name.startIndex } : {}),
      });
    }
  }
  return out;
}

/**
 * Marks declarations written on one line with a sibling (`RED, GREEN, BLUE`, `int a; int b;`,
 * `int f() {...} int g() {...}`): no comment can go on lines of its own for one of them.
 */
function markSharedLines(symbols: JavaSymbolFact[], text: string): void {
  const lines = lineIndexOf(text);
  const byLine = new Map<string, JavaSymbolFact[]>();
  for (const symbol of symbols) {
    if (symbol.java.sharesCommentWith) continue;
    const parent = symbol.namePath.slice(0, -1).join('.');
    const [first, last] = [lines.lineOf(symbol.range.start), lines.lineOf(symbol.range.end)];
    for (const line of new Set([first, last])) {
      const key = `${parent}\n${line}`;
      byLine.set(key, [...(byLine.get(key) ?? []), symbol]);
    }
  }
  for (const group of byLine.values()) if (new Set(group).size > 1) for (const symbol of group) symbol.java.sharesLine = true;
}
