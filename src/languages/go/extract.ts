/**
 * Go facts from a tree-sitter syntax tree: what go doc documents (the package clause, functions,
 * methods, types, struct fields, interface methods, package-level consts and vars), each with the
 * doc comment go/parser attaches to it and the place a new `//` comment goes (directly above the
 * declaration, no blank line between). Declarations inside function bodies are left alone: go doc
 * never shows them.
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, type Node } from '../../core/extract/nodes';
import type { ParamFact, SymbolKind } from '../../core/extract/types';
import { startsLine } from '../../core/text/lines';
import { commentEnd, docFromGroup, insertionAbove, isDirectiveComment, leadGroup, lineStartsOf } from './comments';
import { emptyGoFacts, type GoGroup, type GoReceiver, type GoSymbolFact } from './facts';
import { GO_FLOW, GO_NESTED_SCOPES } from './flow';
import { symbolFact } from '../../core/extract/symbolFact';

interface Context {
  text: string;
  lineStarts: number[];
  out: GoSymbolFact[];
  flows?: FlowIndex;
}

/** The parenthesised list of a grouped declaration (`var ( ... )` keeps its specs in a `var_spec_list`). */
const SPEC_TYPES = new Set(['type_spec', 'type_alias', 'const_spec', 'var_spec']);

/** `walkBodies`: find panics by walking each body node by node (the slow definition, for tests). */
export function extractGo(root: Node, text: string, walkBodies = false): GoSymbolFact[] {
  const ctx: Context = { text, lineStarts: lineStartsOf(text), out: [], ...(walkBodies ? {} : { flows: new FlowIndex(root, GO_FLOW.flowTypes, GO_NESTED_SCOPES) }) };
  const statements = namedChildren(root);
  ctx.out.push(moduleSymbol(root, statements.find((s) => s.type === 'package_clause'), ctx));
  for (const statement of statements) {
    switch (statement.type) {
      case 'function_declaration':
      case 'method_declaration':
        addFunction(statement, ctx);
        break;
      case 'type_declaration':
      case 'const_declaration':
      case 'var_declaration':
        addDeclaration(statement, ctx);
        break;
    }
  }
  return assignIds(ctx.out);
}

function baseSymbol(node: Node, anchor: Node, namePath: string[], kind: SymbolKind, signatureEnd: number, ctx: Context): GoSymbolFact {
  const { text } = ctx;
  const group = leadGroup(anchor, text, ctx.lineStarts);
  const directives = group.map((c) => text.slice(c.startIndex, commentEnd(c, text))).filter(isDirectiveComment).map((raw) => raw.slice(2));
  let end = signatureEnd;
  while (end > anchor.startIndex && /\s/.test(text[end - 1])) end--;
  return symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: 'go',
    decorators: directives,
    range: { start: anchor.startIndex, end: node.endIndex },
    signatureRange: { start: anchor.startIndex, end },
    docstring: docFromGroup(group, text),
    insertion: insertionAbove(anchor, group, text, anchor.parent?.type === 'source_file' && kind !== 'module'),
    go: emptyGoFacts(),
  });
}

/** The package clause: its doc is the package comment (the group directly above `package`). */
function moduleSymbol(root: Node, clause: Node | undefined, ctx: Context): GoSymbolFact {
  const anchor = clause ?? root;
  const symbol = baseSymbol(anchor, anchor, [], 'module', anchor.endIndex, ctx);
  symbol.name = clause ? (namedChildren(clause).find((c) => c.type === 'package_identifier')?.text ?? '') : '';
  symbol.range = { start: 0, end: ctx.text.length };
  if (!clause) {
    symbol.docstring = undefined;
    symbol.insertion = { start: 0, end: 0, indent: '', prefix: '', suffix: '\n' };
  }
  return symbol;
}

function typeParams(node: Node): string[] {
  const list = field(node, 'type_parameters');
  if (!list) return [];
  return namedChildren(list).filter((d) => d.type === 'type_parameter_declaration').flatMap((d) => names(d, 'name'));
}

/** The texts of every child in field `name` that is an identifier (tree-sitter-go also tags the `,` between names). */
function names(node: Node, name: string): string[] {
  return node.childrenForFieldName(name).filter((n): n is Node => !!n && /identifier$/.test(n.type)).map((n) => n.text);
}

function slice(node: Node | undefined, text: string): string | undefined {
  return node ? text.slice(node.startIndex, node.endIndex) : undefined;
}

/**
 * A parameter list's entries: `a, b int` gives two with `int`; `...T` is a `rest` parameter with
 * annotation `...T`; an unnamed parameter (`func(int, string)`) has name '' and, like `_`, is
 * implicit (it cannot be named in a comment).
 */
function parameters(list: Node | undefined, ctx: Context): ParamFact[] {
  const out: ParamFact[] = [];
  for (const declaration of list ? namedChildren(list) : []) {
    if (declaration.type !== 'parameter_declaration' && declaration.type !== 'variadic_parameter_declaration') continue;
    const variadic = declaration.type === 'variadic_parameter_declaration';
    const typeText = slice(field(declaration, 'type'), ctx.text) ?? '';
    const annotation = variadic ? `...${typeText}` : typeText;
    const nameNodes = declaration.childrenForFieldName('name').filter((n): n is Node => !!n && n.type === 'identifier');
    const entries = nameNodes.length > 0 ? nameNodes.map((n) => ({ name: n.text, offset: n.startIndex })) : [{ name: '', offset: declaration.startIndex }];
    for (const { name, offset } of entries) {
      out.push({ name, kind: variadic ? 'rest' : 'positional', optional: variadic, annotation, offset, ...(name === '' || name === '_' ? { implicit: true } : {}) });
    }
  }
  return out;
}

function receiverOf(method: Node, ctx: Context): GoReceiver | undefined {
  const declaration = namedChildren(field(method, 'receiver') ?? method).find((d) => d.type === 'parameter_declaration');
  const typeNode = declaration && field(declaration, 'type');
  if (!declaration || !typeNode) return undefined;
  let base = typeNode;
  const pointer = base.type === 'pointer_type';
  if (pointer) base = namedChildren(base)[0] ?? base;
  while (base.type === 'parenthesized_type') base = namedChildren(base)[0] ?? base;
  let receiverTypeParams: string[] = [];
  if (base.type === 'generic_type') {
    const args = field(base, 'type_arguments');
    receiverTypeParams = args ? namedChildren(args).map((a) => a.text) : [];
    base = field(base, 'type') ?? base;
  }
  return { name: field(declaration, 'name')?.text ?? '', type: slice(typeNode, ctx.text)!, typeName: base.text, pointer, typeParams: receiverTypeParams };
}

/** A function or method: a receiver, type parameters, parameters, results, panics. */
function addFunction(fn: Node, ctx: Context): void {
  const { text } = ctx;
  const name = field(fn, 'name')?.text ?? '';
  const receiver = fn.type === 'method_declaration' ? receiverOf(fn, ctx) : undefined;
  const namePath = receiver ? [receiver.typeName, name] : [name];
  const body = field(fn, 'body');
  const symbol = baseSymbol(fn, fn, namePath, receiver ? 'method' : 'function', body ? body.startIndex : fn.endIndex, ctx);
  if (receiver) symbol.go.receiver = receiver;
  symbol.typeParams = typeParams(fn);
  symbol.params = parameters(field(fn, 'parameters'), ctx);
  setResults(symbol, field(fn, 'result'), ctx);
  symbol.isStub = !body;
  if (body) symbol.go.panics = bodyFlow(body, text, GO_FLOW, ctx.flows).raises;
  ctx.out.push(symbol);
}

/** `error`, `(int, error)`, `(n int, err error)`: the text, the results one by one, whether the last is an error. */
function setResults(symbol: GoSymbolFact, result: Node | undefined, ctx: Context): void {
  if (!result) return;
  symbol.returnAnnotation = slice(result, ctx.text);
  symbol.go.results = result.type === 'parameter_list' ? parameters(result, ctx) : [{ name: '', kind: 'positional', optional: false, annotation: symbol.returnAnnotation }];
  symbol.returnsValue = symbol.go.results.length > 0;
  const last = symbol.go.results[symbol.go.results.length - 1];
  symbol.go.returnsError = last?.annotation === 'error';
}

/** `type`, `const` and `var` declarations, one symbol per spec; a parenthesised group's specs each get their own comment inside the parentheses. */
function addDeclaration(declaration: Node, ctx: Context): void {
  const list = namedChildren(declaration).find((c) => c.type === 'var_spec_list') ?? declaration;
  const grouped = children(list).some((c) => c.type === '(');
  const specs = namedChildren(list).filter((c) => SPEC_TYPES.has(c.type));
  const keyword = declaration.type.replace('_declaration', '') as GoGroup['keyword'];
  const groupComments = grouped ? leadGroup(declaration, ctx.text, ctx.lineStarts) : [];
  specs.forEach((spec, index) => {
    const anchor = grouped ? spec : declaration;
    if (!startsLine(ctx.text, anchor.startIndex)) return;
    const symbol = spec.type === 'const_spec' || spec.type === 'var_spec' ? valueSymbol(spec, anchor, ctx) : typeSymbol(spec, anchor, ctx);
    if (grouped) {
      const docstring = docFromGroup(groupComments, ctx.text);
      symbol.go.group = {
        keyword,
        range: { start: declaration.startIndex, end: declaration.endIndex },
        ...(docstring ? { docstring } : {}),
        insertion: insertionAbove(declaration, groupComments, ctx.text, true),
        index,
      };
    }
  });
}

/** `A, B = 1, 2` is one symbol `A` (a comment can only stand above the whole spec), `B` among its other names. */
function valueSymbol(spec: Node, anchor: Node, ctx: Context): GoSymbolFact {
  const [first = '', ...others] = names(spec, 'name');
  const kind: SymbolKind = spec.type === 'const_spec' ? 'constant' : 'variable';
  const symbol = baseSymbol(spec, anchor, [first], kind, spec.endIndex, ctx);
  symbol.go.otherNames = others;
  const type = slice(field(spec, 'type'), ctx.text);
  if (type !== undefined) symbol.go.valueType = type;
  ctx.out.push(symbol);
  return symbol;
}

/** A struct is a class (its fields follow), an interface an interface (its methods follow), any other named type or alias a type. */
function typeSymbol(spec: Node, anchor: Node, ctx: Context): GoSymbolFact {
  const name = field(spec, 'name')?.text ?? '';
  const type = field(spec, 'type');
  const isAlias = spec.type === 'type_alias';
  const kind: SymbolKind = !isAlias && type?.type === 'struct_type' ? 'class' : !isAlias && type?.type === 'interface_type' ? 'interface' : 'type';
  const bodyStart = kind === 'class' ? namedChildren(type!).find((c) => c.type === 'field_declaration_list')?.startIndex : kind === 'interface' ? children(type!).find((c) => c.type === '{')?.startIndex : undefined;
  const symbol = baseSymbol(spec, anchor, [name], kind, bodyStart ?? spec.endIndex, ctx);
  symbol.typeParams = typeParams(spec);
  ctx.out.push(symbol);
  if (kind === 'class') symbol.bases = addFields(type!, [name], ctx);
  if (kind === 'interface') symbol.bases = addInterfaceMethods(type!, [name], ctx);
  return symbol;
}

/** An embedded field's name: the type name without `*`, package or type arguments (`*pkg.T[int]` gives `T`). */
function embeddedName(typeText: string): string {
  return typeText.replace(/\[.*$/s, '').replace(/^\*/, '').split('.').pop()!.trim();
}

/**
 * A struct's fields as properties (an embedded field named by its type); the fields of an anonymous
 * struct-typed field follow under its name. Returns the embedded types (Go's composition), for `bases`.
 */
function addFields(struct: Node, path: string[], ctx: Context): string[] {
  const list = namedChildren(struct).find((c) => c.type === 'field_declaration_list');
  const embedded: string[] = [];
  for (const declaration of list ? namedChildren(list) : []) {
    if (declaration.type !== 'field_declaration') continue;
    const type = field(declaration, 'type');
    // An embedded field's type with its `*` (a child of the declaration, before the type).
    const typeText = ctx.text.slice(declaration.startIndex, type ? type.endIndex : declaration.endIndex);
    const declared = names(declaration, 'name');
    if (declared.length === 0) embedded.push(typeText);
    if (!startsLine(ctx.text, declaration.startIndex)) continue;
    const [first, ...others] = declared.length > 0 ? declared : [embeddedName(typeText)];
    const symbol = baseSymbol(declaration, declaration, [...path, first], 'property', declaration.endIndex, ctx);
    symbol.go.otherNames = others;
    if (type) symbol.go.valueType = declared.length > 0 ? slice(type, ctx.text) : typeText;
    ctx.out.push(symbol);
    if (type?.type === 'struct_type') addFields(type, [...path, first], ctx);
  }
  return embedded;
}

/** An interface's methods (abstract, no body); its embedded interfaces and type constraints are returned, for `bases`. */
function addInterfaceMethods(iface: Node, path: string[], ctx: Context): string[] {
  const embedded: string[] = [];
  for (const member of namedChildren(iface)) {
    if (member.type === 'type_elem' || member.type === 'constraint_elem') embedded.push(member.text);
    if (member.type !== 'method_elem' && member.type !== 'method_spec') continue;
    if (!startsLine(ctx.text, member.startIndex)) continue;
    const symbol = baseSymbol(member, member, [...path, field(member, 'name')?.text ?? ''], 'method', member.endIndex, ctx);
    symbol.isAbstract = true;
    symbol.isStub = true;
    symbol.params = parameters(field(member, 'parameters'), ctx);
    setResults(symbol, field(member, 'result'), ctx);
    ctx.out.push(symbol);
  }
  return embedded;
}
