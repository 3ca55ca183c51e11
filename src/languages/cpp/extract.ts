/**
 * C and C++ facts from a tree-sitter-cpp syntax tree (C is read with the C++ grammar: WIRING.md):
 * namespaces, classes, structs, unions, enums and their enumerators, functions and methods
 * (declarations and definitions, out-of-line `A::f` ones too), fields, variables, typedefs,
 * `using` aliases, concepts and macros, by name path through namespaces and classes. Declarations
 * inside `#if`/`#ifdef` blocks and `extern "C"` blocks are read; function bodies are not. A doc
 * comment goes above the declaration, above its `template <...>` line and its attributes.
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, type Node } from '../../core/extract/nodes';
import { symbolFact } from '../../core/extract/symbolFact';
import type { SymbolKind } from '../../core/extract/types';
import { commentsBefore, insertionOnOwnLine } from '../../core/extract/commentPlacement';
import { docOf, isComment } from './comments';
import { analyse, declaredType, macroParameters, nameText, parameters, qualifierText, returnType, scopesOf, templateParams, type Declared } from './declarators';
import type { CppAccess, CppEntity, CppFacts, CppSymbolFact } from './facts';
import { CPP_FLOW } from './flow';
import { moduleSymbol } from './module';

export interface CppExtractOptions {
  /** Find throws by walking each body node by node (the slow definition, for tests). */
  walkBodies?: boolean;
  /** One indentation level, for a comment above a declaration that does not start its line. Default four spaces. */
  indentUnit?: string;
  /** `c` or `cpp` (the symbols' `language`). Default `cpp`. */
  language?: 'c' | 'cpp';
}

interface Context {
  text: string;
  language: 'c' | 'cpp';
  out: CppSymbolFact[];
  /** The comments before each declaration of the lists visited so far, by node id. */
  comments: Map<number, Node[]>;
  /** The `///<` comment after a declaration, by node id. */
  trailing: Map<number, Node>;
  indentUnit: string;
  flows?: FlowIndex;
  /** Namespaces and classes seen so far, by name path: tells `ns::f` (a function) from `A::f` (a method). */
  namespaces: Set<string>;
  classes: Set<string>;
  /** Function declarations without a body seen so far, by name path and parameter count, for the definitions that follow. */
  declarations: Map<string, CppSymbolFact>;
  links: { definition: CppSymbolFact; declaration: CppSymbolFact }[];
  /** Later declarators of `int a, b;` and the first one, whose comment they share. */
  shares: { symbol: CppSymbolFact; first: CppSymbolFact }[];
}

/** Where a declaration sits. */
interface Scope {
  path: string[];
  exported: boolean;
  /** The class, struct or union it is a member of (its name path), if any. */
  owner?: { kind: 'class' | 'struct' | 'union'; name: string };
  /** The access of the members that follow (changes at each `public:`). */
  access: { current: CppAccess };
  conditions: string[];
  externC: boolean;
}

/** What wraps a declaration: its `template <...>` lines, an `extern "C"` before it. The comment goes above the outermost. */
interface Wrapping {
  anchor: Node;
  typeParams: string[];
  externC?: boolean;
}

export function extractCpp(root: Node, text: string, options: CppExtractOptions = {}): CppSymbolFact[] {
  const ctx: Context = {
    text,
    language: options.language ?? 'cpp',
    out: [],
    comments: new Map(),
    trailing: new Map(),
    indentUnit: options.indentUnit ?? '    ',
    ...(options.walkBodies ? {} : { flows: new FlowIndex(root, CPP_FLOW.flowTypes, CPP_FLOW.nestedScopes) }),
    namespaces: new Set(),
    classes: new Set(),
    declarations: new Map(),
    links: [],
    shares: [],
  };
  const module = moduleSymbol(root, text, ctx.language);
  visitList(root, { path: [], exported: true, access: { current: 'public' }, conditions: [], externC: false }, ctx);
  const symbols = assignIds<CppSymbolFact>([module, ...ctx.out]);
  for (const { definition, declaration } of ctx.links) definition.cpp.declaration = declaration.id;
  for (const { symbol, first } of ctx.shares) symbol.cpp.sharesCommentWith = first.id;
  return symbols;
}

/** The named children of `list`, with the comments before and the `///<` after each noted. */
function membersOf(list: Node, ctx: Context, skip: Set<number> = new Set()): Node[] {
  const members = namedChildren(list).filter((c) => !skip.has(c.id));
  commentsBefore(members, ctx.comments, isComment);
  for (let i = 0; i + 1 < members.length; i++) if (isComment(members[i + 1]) && !isComment(members[i])) ctx.trailing.set(members[i].id, members[i + 1]);
  return members;
}

/** `#ifdef X`, `#if A && B`, `#else`: the first line of a conditional, as written. */
function conditionText(node: Node, text: string): string {
  const line = text.slice(node.startIndex, node.endIndex).split(/\r?\n/)[0];
  return line.trim().replace(/\s+/g, ' ');
}

function visitList(list: Node, scope: Scope, ctx: Context, skip?: Set<number>): void {
  for (const node of membersOf(list, ctx, skip)) visitNode(node, scope, ctx);
}

/** The declarations of an `#if`/`#ifdef`/`#elif`/`#else` block (not its condition), then those of its `#elif`/`#else`, each with its condition noted. */
function visitConditional(node: Node, scope: Scope, ctx: Context): void {
  const condition = field(node, 'condition') ?? field(node, 'name');
  const alternative = field(node, 'alternative');
  const inner: Scope = { ...scope, conditions: [...scope.conditions, conditionText(node, ctx.text)] };
  const skip = new Set([condition?.id, alternative?.id].filter((id): id is number => id !== undefined));
  // An include guard's `#define X_H` is no macro to document.
  if (node.type === 'preproc_ifdef' && children(node)[0]?.text === '#ifndef' && condition) {
    const guard = namedChildren(node).find((c) => c.type === 'preproc_def' && field(c, 'name')?.text === condition.text && !field(c, 'value'));
    if (guard) skip.add(guard.id);
  }
  visitList(node, inner, ctx, skip);
  if (alternative) visitConditional(alternative, scope, ctx);
}

function visitNode(node: Node, scope: Scope, ctx: Context, wrapping?: Wrapping): void {
  switch (node.type) {
    case 'access_specifier':
      scope.access.current = node.text.replace(/\s*:?$/, '') as CppAccess;
      return;
    case 'preproc_if':
    case 'preproc_ifdef':
    case 'preproc_elif':
    case 'preproc_elifdef':
    case 'preproc_else':
      visitConditional(node, scope, ctx);
      return;
    case 'preproc_def':
    case 'preproc_function_def':
      addMacro(node, scope, ctx);
      return;
    case 'namespace_definition':
      addNamespace(node, scope, ctx);
      return;
    case 'linkage_specification': {
      const body = field(node, 'body');
      if (!body) return;
      if (body.type === 'declaration_list') visitList(body, { ...scope, externC: true }, ctx);
      else visitNode(body, { ...scope, externC: true }, ctx, { anchor: wrapping?.anchor ?? node, typeParams: wrapping?.typeParams ?? [], externC: true });
      return;
    }
    case 'template_declaration': {
      const inner = namedChildren(node).filter((c) => c.type !== 'template_parameter_list' && !isComment(c) && c.type !== 'requires_clause').pop();
      if (!inner) return;
      const typeParams = [...(wrapping?.typeParams ?? []), ...templateParams(field(node, 'parameters'))];
      visitNode(inner, scope, ctx, { anchor: wrapping?.anchor ?? node, typeParams });
      return;
    }
    case 'class_specifier':
    case 'struct_specifier':
    case 'union_specifier':
    case 'enum_specifier':
      addType(node, node, scope, ctx, wrapping);
      return;
    case 'function_definition':
    case 'declaration':
    case 'field_declaration':
    case 'type_definition':
      addDeclaration(node, scope, ctx, wrapping);
      return;
    case 'alias_declaration':
    case 'concept_definition': {
      const name = field(node, 'name')?.text ?? 'type';
      const entity: CppEntity = node.type === 'concept_definition' ? 'concept' : 'using';
      const symbol = add(node, [...scope.path, name], 'type', entity, scope, ctx, wrapping, { isDefinition: true });
      symbol.typeParams = wrapping?.typeParams ?? [];
      return;
    }
    default:
      return;
  }
}

function add(node: Node, namePath: string[], kind: SymbolKind, entity: CppEntity, scope: Scope, ctx: Context, wrapping: Wrapping | undefined, facts: Partial<CppFacts> = {}): CppSymbolFact {
  const { text } = ctx;
  const anchor = wrapping?.anchor ?? node;
  const access = scope.owner ? scope.access.current : 'public';
  const cpp: CppFacts = {
    entity,
    access,
    exported: scope.exported && access !== 'private',
    specifiers: [],
    isDefinition: false,
    ...(scope.conditions.length ? { conditions: scope.conditions } : {}),
    ...(scope.externC || wrapping?.externC ? { externC: true } : {}),
    ...facts,
  };
  const body = field(node, 'body');
  const signatureEnd = trimEnd(text, body ? body.startIndex : node.endIndex);
  const docstring = docOf(ctx.comments.get(anchor.id) ?? [], ctx.trailing.get(anchor.id), text);
  if (docstring && ctx.trailing.get(anchor.id)?.startIndex === docstring.range.start) cpp.trailingDoc = true;
  const symbol = symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: ctx.language,
    decorators: attributesOf(node),
    range: { start: anchor.startIndex, end: node.endIndex },
    signatureRange: { start: anchor.startIndex, end: Math.max(anchor.startIndex, signatureEnd) },
    ...(docstring ? { docstring } : {}),
    insertion: insertionOnOwnLine(anchor, text, ctx.indentUnit),
    cpp,
  });
  ctx.out.push(symbol);
  return symbol;
}

/** `[[nodiscard]]`, `[[deprecated("x")]]`, `__attribute__((pure))` as written inside their brackets, in order. */
function attributesOf(node: Node): string[] {
  const out: string[] = [];
  for (const child of children(node)) {
    if (child.type === 'attribute_declaration') out.push(...namedChildren(child).map((a) => a.text));
    else if (child.type === 'attribute_specifier') out.push(child.text.replace(/^__attribute__\s*\(\(\s*/, '').replace(/\s*\)\)$/, ''));
  }
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s;{]/.test(text[end - 1])) end--;
  return end;
}

function addMacro(node: Node, scope: Scope, ctx: Context): void {
  const name = field(node, 'name')?.text ?? 'macro';
  const fn = node.type === 'preproc_function_def';
  // The preprocessor knows no namespaces: a macro's name is its whole path.
  const symbol = add(node, [name], fn ? 'function' : 'constant', fn ? 'function-macro' : 'macro', scope, ctx, undefined, { isDefinition: true });
  // A macro's line ends with its newline (and any `\` continuations): the signature is its first line.
  symbol.range.end = trimEnd(ctx.text, node.endIndex);
  if (fn) {
    symbol.params = macroParameters(field(node, 'parameters'));
    symbol.returnsValue = field(node, 'value') !== undefined;
  }
}

function addNamespace(node: Node, scope: Scope, ctx: Context): void {
  const nameNode = field(node, 'name');
  const body = field(node, 'body');
  if (!nameNode) {
    // An anonymous namespace gives no symbol; what it holds is this file's own.
    if (body) visitList(body, { ...scope, exported: false }, ctx);
    return;
  }
  // (A MISSING node of tree-sitter's recovery has no text: no part of the path.)
  const names = (nameNode.type === 'nested_namespace_specifier' ? namedChildren(nameNode).map((n) => n.text) : [nameNode.text]).filter((n) => n !== '');
  const path = [...scope.path, ...names];
  const inline = children(node).some((c) => c.type === 'inline');
  add(node, path, 'class', 'namespace', scope, ctx, undefined, { isDefinition: true, ...(inline ? { specifiers: ['inline'] } : {}) });
  ctx.namespaces.add(path.join('::'));
  if (body) visitList(body, { ...scope, path, owner: undefined, access: { current: 'public' } }, ctx);
}

const ANONYMOUS = '(anonymous)';

/** A class, struct, union or enum with its members (`declaration` is the node the comment is above: the specifier or the declaration holding it). */
function addType(specifier: Node, declaration: Node, scope: Scope, ctx: Context, wrapping?: Wrapping, typedefName?: string): CppSymbolFact | undefined {
  const body = field(specifier, 'body');
  // `class X;`: a forward declaration documents nothing (Doxygen documents the definition).
  if (!body) return undefined;
  const nameNode = field(specifier, 'name');
  const name = nameNode ? nameText(nameNode) : typedefName ?? ANONYMOUS;
  const qualified = nameNode ? scopesOf(nameNode) : [];
  const path = [...scope.path, ...qualified, name];
  if (specifier.type === 'enum_specifier') {
    const scoped = children(specifier).some((c) => c.type === 'class' || c.type === 'struct');
    const symbol = add(declaration, path, 'enum', scoped ? 'enum-class' : 'enum', scope, ctx, wrapping, { isDefinition: true });
    const base = field(specifier, 'base');
    if (base) symbol.bases = [base.text];
    symbol.range.end = Math.max(symbol.range.end, specifier.endIndex);
    for (const enumerator of membersOf(body, ctx).filter((c) => c.type === 'enumerator')) {
      const member = add(enumerator, [...path, field(enumerator, 'name')?.text ?? 'enumerator'], 'enum-member', 'enumerator', { ...scope, owner: undefined, exported: symbol.cpp.exported }, ctx, undefined, { isDefinition: true });
      member.cpp.access = symbol.cpp.access;
    }
    visitEnumConditionals(body, path, symbol, scope, ctx);
    return symbol;
  }
  const entity = specifier.type === 'class_specifier' ? 'class' : specifier.type === 'struct_specifier' ? 'struct' : 'union';
  const symbol = add(declaration, path, 'class', entity, scope, ctx, wrapping, { isDefinition: true });
  symbol.typeParams = wrapping?.typeParams ?? [];
  symbol.range.end = Math.max(symbol.range.end, specifier.endIndex);
  const bases = children(specifier).find((c) => c.type === 'base_class_clause');
  if (bases) symbol.bases = namedChildren(bases).filter((c) => c.type !== 'access_specifier' && c.type !== 'virtual' && !isComment(c)).map((c) => c.text.replace(/\s+/g, ' '));
  if (children(specifier).some((c) => c.type === 'virtual_specifier' && c.text === 'final')) symbol.cpp.specifiers.push('final');
  ctx.classes.add(path.join('::'));
  visitList(body, { ...scope, path, owner: { kind: entity, name }, access: { current: entity === 'class' ? 'private' : 'public' }, exported: symbol.cpp.exported }, ctx);
  return symbol;
}

/** Enumerators inside `#if` blocks of an enum's body. */
function visitEnumConditionals(body: Node, path: string[], owner: CppSymbolFact, scope: Scope, ctx: Context): void {
  const visit = (node: Node, conditions: string[]) => {
    const inner = [...conditions, conditionText(node, ctx.text)];
    const skipped = new Set([field(node, 'condition')?.id, field(node, 'alternative')?.id, field(node, 'name')?.id]);
    for (const child of membersOf(node, ctx).filter((c) => !skipped.has(c.id))) {
      if (child.type === 'enumerator') {
        const member = add(child, [...path, field(child, 'name')?.text ?? 'enumerator'], 'enum-member', 'enumerator', { ...scope, owner: undefined, exported: owner.cpp.exported, conditions: inner }, ctx, undefined, { isDefinition: true });
        member.cpp.access = owner.cpp.access;
      } else if (/^preproc_(if|ifdef|elif|else)/.test(child.type)) visit(child, inner);
    }
    const alternative = field(node, 'alternative');
    if (alternative) visit(alternative, conditions);
  };
  for (const node of namedChildren(body)) if (/^preproc_(if|ifdef)/.test(node.type)) visit(node, scope.conditions);
}

/** The declarators of a declaration (`int a, *b;` has two), in order. */
function declaratorsOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && node.fieldNameForChild(i) === 'declarator') out.push(child);
  }
  return out;
}

/** Specifier words of a declaration and its function declarator (see `CppFacts.specifiers`). */
function specifiersOf(node: Node, declared: Declared): string[] {
  const out: string[] = [];
  for (const child of children(node)) {
    if (child.type === 'storage_class_specifier' || child.type === 'virtual' || child.type === 'explicit_function_specifier') out.push(child.text.replace(/\s+/g, ' '));
    else if (child.type === 'type_qualifier' && /^const(expr|eval|init)$/.test(child.text)) out.push(child.text);
    else if (child.type === 'friend') out.push('friend');
  }
  if (declared.func) {
    let func: Node | undefined = declared.func;
    // `operator _Tp*() const`: the qualifiers are on the function declarator inside the cast's declarator.
    while (func && func.type !== 'function_declarator' && func.type !== 'abstract_function_declarator') func = field(func, 'declarator');
    for (const child of children(func ?? declared.func)) {
      if (child.type === 'type_qualifier' || child.type === 'ref_qualifier' || child.type === 'virtual_specifier' || child.type === 'noexcept' || child.type === 'throw_specifier') out.push(child.text.replace(/\s+/g, ' '));
    }
  }
  for (const child of children(node)) {
    if (child.type === 'default_method_clause') out.push('= default');
    else if (child.type === 'delete_method_clause') out.push('= delete');
    else if (child.type === 'pure_virtual_clause') out.push('= 0');
  }
  if (node.type === 'field_declaration' && declared.func && field(node, 'default_value')?.text === '0') out.push('= 0');
  return out;
}

/**
 * A declaration or definition: each of its declarators is a function, a variable, a field or a
 * typedef; a class, struct, union or enum with a body in its type is a symbol too (`struct P {
 * ... } p;`, `typedef struct { ... } T;`), above its declarators.
 */
function addDeclaration(node: Node, scope: Scope, ctx: Context, wrapping?: Wrapping): void {
  const type = field(node, 'type');
  const typedef = node.type === 'type_definition';
  const declarators = declaratorsOf(node);
  let first: CppSymbolFact | undefined;
  let anonymous: CppSymbolFact | undefined;
  if (type && /^(class|struct|union|enum)_specifier$/.test(type.type) && field(type, 'body')) {
    // `typedef struct { ... } T;`: Doxygen names the struct T, and lists no typedef.
    const named = typedef && !field(type, 'name') && declarators.length === 1 ? analyse(declarators[0]).name : undefined;
    const made = addType(type, node, scope, ctx, wrapping, named ? nameText(named) : undefined);
    if (named) return;
    // `union { ... } as;`: Doxygen gives the comment to `as`, and the anonymous union has none of its own.
    if (!field(type, 'name') && made && declarators.length) anonymous = made;
    else first = made;
  }
  for (const declarator of declarators) {
    const declared = analyse(declarator);
    if (!declared.name) continue;
    const symbol = typedef ? addTypedef(node, declared, scope, ctx, wrapping) : addDeclared(node, declarator, declared, scope, ctx, wrapping);
    if (!symbol) continue;
    if (!declared.func) symbol.returnAnnotation = declaredType(node, declarator, declared.name, ctx.text);
    if (first) {
      // Doxygen gives the comment above `int a, b;` to `a` only (and the one above `struct P { } p;`
      // to P): a later one is documented by a `///<` after it, or not at all.
      ctx.shares.push({ symbol, first });
      symbol.insertion = first.insertion;
      if (!symbol.cpp.trailingDoc) delete symbol.docstring;
    } else first = symbol;
  }
  if (anonymous && first) {
    ctx.shares.push({ symbol: anonymous, first });
    delete anonymous.docstring;
  }
}

function addTypedef(node: Node, declared: Declared, scope: Scope, ctx: Context, wrapping?: Wrapping): CppSymbolFact {
  const symbol = add(node, [...scope.path, nameText(declared.name!)], 'type', 'typedef', scope, ctx, wrapping, { isDefinition: true });
  return symbol;
}

/** A function (declaration or definition) or a variable / field. */
function addDeclared(node: Node, declarator: Node, declared: Declared, scope: Scope, ctx: Context, wrapping?: Wrapping): CppSymbolFact | undefined {
  const { text } = ctx;
  const nameNode = declared.name!;
  const qualified = scopesOf(nameNode);
  const name = nameText(nameNode);
  const path = [...scope.path, ...qualified, name];
  const specifiers = specifiersOf(node, declared);
  if (specifiers.includes('friend')) return undefined;
  const staticAtFile = !scope.owner && qualified.length === 0 && specifiers.includes('static');
  const qualifiedKey = [...scope.path, ...qualified].join('::');
  // `A::f`: a member of A unless A is a namespace seen here (`ns::f`).
  const member = scope.owner !== undefined || (qualified.length > 0 && !ctx.namespaces.has(qualifiedKey) && (ctx.classes.has(qualifiedKey) || !['std'].includes(qualified[0])));
  const owner = scope.owner?.name ?? qualified[qualified.length - 1];
  const facts: Partial<CppFacts> = { specifiers, isDefinition: node.type === 'function_definition' || (!declared.func && !specifiers.includes('extern')) };
  if (qualified.length) {
    facts.qualifier = qualifierText(nameNode, text);
    facts.definesDeclaredElsewhere = true;
  }
  const innerScope = staticAtFile ? { ...scope, exported: false } : scope;
  if (!declared.func) {
    const kind: SymbolKind = member ? 'property' : specifiers.some((s) => s === 'constexpr') || isConst(node) ? 'constant' : 'variable';
    const symbol = add(node, path, kind, member ? 'field' : 'variable', innerScope, ctx, wrapping, facts);
    symbol.typeParams = wrapping?.typeParams ?? [];
    return symbol;
  }
  const entity: CppEntity = !member ? 'function' : name.startsWith('~') ? 'destructor' : name === owner ? 'constructor' : name.startsWith('operator') ? 'operator' : 'method';
  const symbol = add(node, path, member ? 'method' : 'function', entity, innerScope, ctx, wrapping, facts);
  symbol.params = parameters(declared.func, text);
  symbol.typeParams = wrapping?.typeParams ?? [];
  const body = field(node, 'body');
  symbol.isAbstract = specifiers.includes('= 0');
  // A declaration is no stub to judge by its body: C++ says what it returns in its type (a `void`
  // declaration documented with `@return` is wrong); only a pure virtual one is a contract.
  symbol.isStub = symbol.isAbstract;
  if (entity !== 'constructor' && entity !== 'destructor') {
    symbol.returnAnnotation = entity === 'operator' && declared.func.type === 'operator_cast' ? nameText(nameNode).replace(/^operator /, '') : returnType(node, declarator, declared, text);
    symbol.returnsValue = symbol.returnAnnotation !== undefined && !/^(?:(?:static|inline|extern|virtual)\s+)*void$/.test(symbol.returnAnnotation);
  }
  if (body) {
    const flow = bodyFlow(body, text, CPP_FLOW, ctx.flows);
    symbol.raises = flow.raises;
  }
  linkDeclaration(symbol, ctx);
  return symbol;
}

const isConst = (node: Node): boolean => children(node).some((c) => c.type === 'type_qualifier' && c.text === 'const') && !/\*/.test(field(node, 'declarator')?.text.split('=')[0] ?? '');

/** A definition after a declaration of the same name path and parameter count in this file defines what that declares. */
function linkDeclaration(symbol: CppSymbolFact, ctx: Context): void {
  const key = `${symbol.namePath.join('::')}/${symbol.params.length}`;
  if (!symbol.cpp.isDefinition) {
    if (!ctx.declarations.has(key)) ctx.declarations.set(key, symbol);
    return;
  }
  const declaration = ctx.declarations.get(key);
  if (!declaration) return;
  symbol.cpp.definesDeclaredElsewhere = true;
  ctx.links.push({ definition: symbol, declaration });
}
