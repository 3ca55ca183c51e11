/**
 * PHP facts from a tree-sitter syntax tree: functions, classes, interfaces, traits, enums and their
 * cases, methods, properties (promoted constructor parameters too), class constants and `const`
 * statements, by name path (`[namespace, Class, member]`, the namespace as one segment written
 * `App\Models`). Closures, arrow functions, anonymous classes and whatever a function body
 * declares are left alone; declarations inside a top-level `if` (polyfills' `if (!function_exists(..))`),
 * a block or a `declare` block are read. Text outside `<?php ... ?>` is not PHP: it gives nothing
 * and nothing is written there. A doc comment goes above the declaration and its attributes.
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, type Node } from '../../core/extract/nodes';
import { symbolFact } from '../../core/extract/symbolFact';
import type { ParamFact, SymbolKind } from '../../core/extract/types';
import { commentsBefore } from '../../core/extract/commentPlacement';
import { isComment, isDocComment, lastDoc, phpInsertion } from './comments';
import type { PhpDeclaration, PhpFacts, PhpSymbolFact, PhpVisibility } from './facts';
import { PHP_FLOW } from './flow';
import { moduleSymbol } from './module';

export interface PhpExtractOptions {
  /** Find throws, returns and yields by walking each body node by node (the slow definition, for tests). */
  walkBodies?: boolean;
}

interface Context {
  text: string;
  out: PhpSymbolFact[];
  /** The comments before each statement or member of the lists visited so far, by node id. */
  comments: Map<number, Node[]>;
  flows?: FlowIndex;
  /** The symbol each declaration node gave first (the module's `fileDocNeeds`). */
  firstOf: Map<number, PhpSymbolFact>;
  /** `__halt_compiler();` was met: what follows is data, not PHP. */
  halted?: boolean;
}

/** What a member belongs to. */
interface Scope {
  path: string[];
  namespace?: string;
  owner?: 'class' | 'interface' | 'trait' | 'enum';
}

const CLASS_LIKE: Record<string, { kind: SymbolKind; declaration: PhpDeclaration }> = {
  class_declaration: { kind: 'class', declaration: 'class' },
  trait_declaration: { kind: 'class', declaration: 'trait' },
  interface_declaration: { kind: 'interface', declaration: 'interface' },
  enum_declaration: { kind: 'enum', declaration: 'enum' },
};

export function extractPhp(root: Node, text: string, options: PhpExtractOptions = {}): PhpSymbolFact[] {
  const ctx: Context = {
    text,
    out: [],
    comments: new Map(),
    firstOf: new Map(),
    ...(options.walkBodies ? {} : { flows: new FlowIndex(root, PHP_FLOW.flowTypes, PHP_FLOW.nestedScopes) }),
  };
  const start = moduleSymbol(root, text);
  visitStatements(root, { path: [] }, ctx);
  const symbols = assignIds<PhpSymbolFact>(start ? [start.module, ...ctx.out] : ctx.out);
  const needs = start?.firstDeclaration && ctx.firstOf.get(start.firstDeclaration.id);
  if (start && needs) {
    start.module.php.fileDocNeeds = needs.id;
    if (!needs.insertion.suffix.endsWith('\n')) start.module.php.fileDocBlocked = true;
  }
  return symbols;
}

/** `list`'s named children, with the comments before each noted. */
function membersOf(list: Node, ctx: Context): Node[] {
  const members = namedChildren(list);
  // `?>...<?php` between members is no comment: it ends a run.
  commentsBefore(members, ctx.comments, isComment);
  return members;
}

function visitStatements(list: Node, outer: Scope, ctx: Context): void {
  // `namespace X;` applies to the statements after it, up to the next namespace.
  let scope = outer;
  for (const node of membersOf(list, ctx)) {
    if (ctx.halted || isHalt(node)) {
      ctx.halted = true;
      return;
    }
    switch (node.type) {
      case 'namespace_definition': {
        const name = field(node, 'name')?.text.replace(/\s+/g, '');
        const inner: Scope = name ? { path: [name], namespace: name } : { path: [] };
        const body = field(node, 'body');
        if (body) visitStatements(body, inner, ctx);
        else scope = inner;
        break;
      }
      case 'function_definition':
        addFunction(node, scope, ctx);
        break;
      case 'class_declaration':
      case 'trait_declaration':
      case 'interface_declaration':
      case 'enum_declaration':
        addClassLike(node, scope, ctx);
        break;
      case 'const_declaration':
        addConstants(node, scope, ctx);
        break;
      case 'compound_statement':
      case 'colon_block':
        visitStatements(node, scope, ctx);
        break;
      case 'if_statement':
      case 'else_if_clause':
      case 'else_clause':
      case 'declare_statement':
        // Their blocks (`{ }`, an alternative syntax's `: ... endif;`), clauses and, for `declare(..):`, statements.
        visitStatements(node, scope, ctx);
        break;
    }
  }
}

/** `__halt_compiler();`: PHP stops reading the file there (tree-sitter reads on). */
function isHalt(node: Node): boolean {
  if (node.type !== 'expression_statement') return false;
  const call = namedChildren(node)[0];
  return call?.type === 'function_call_expression' && field(call, 'function')?.text.toLowerCase() === '__halt_compiler';
}

const nameOf = (node: Node, fallback: string): string => field(node, 'name')?.text ?? fallback;

function modifiersOf(node: Node): { visibility?: PhpVisibility; modifiers: string[] } {
  let visibility: PhpVisibility | undefined;
  const modifiers: string[] = [];
  for (const child of children(node)) {
    if (child.type === 'visibility_modifier') visibility = child.text.toLowerCase() as PhpVisibility;
    else if (child.type === 'var_modifier') visibility = 'public';
    else if (/^(abstract|final|static|readonly)_modifier$/.test(child.type)) modifiers.push(child.text.toLowerCase());
  }
  return { ...(visibility ? { visibility } : {}), modifiers };
}

function baseSymbol(node: Node, name: string, kind: SymbolKind, scope: Scope, ctx: Context, php: PhpFacts): PhpSymbolFact {
  const { text } = ctx;
  const comments = ctx.comments.get(node.id) ?? [];
  const docstring = lastDoc(comments, text);
  const attributes = field(node, 'attributes') ?? children(node).find((c) => c.type === 'attribute_list');
  // A doc comment after the attributes is no one's to PHP-Parser (PHP's reflection reads it).
  const inside = children(node).filter((c) => isDocComment(c, text) && (!attributes || c.startIndex > attributes.startIndex));
  if (inside.length) php.otherDocs = inside.map((c) => ({ start: c.startIndex, end: c.endIndex }));
  if (scope.namespace !== undefined) php.namespace = scope.namespace;
  const body = field(node, 'body');
  return symbolFact({
    name,
    namePath: [...scope.path, name],
    kind,
    language: 'php',
    decorators: attributes ? attributeTexts(attributes) : [],
    range: { start: node.startIndex, end: node.endIndex },
    signatureRange: { start: node.startIndex, end: trimEnd(text, body ? body.startIndex : node.endIndex) },
    ...(docstring ? { docstring } : {}),
    insertion: phpInsertion(node, text),
    php,
  });
}

/** `#[A(1), B] #[C]` -> ['A(1)', 'B', 'C']. */
function attributeTexts(list: Node): string[] {
  const out: string[] = [];
  for (const group of namedChildren(list).filter((g) => g.type === 'attribute_group')) {
    for (const attribute of namedChildren(group).filter((a) => a.type === 'attribute')) out.push(attribute.text.replace(/\s+/g, ' '));
  }
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s;]/.test(text[end - 1])) end--;
  return end;
}

function push(symbol: PhpSymbolFact, node: Node, ctx: Context): void {
  ctx.out.push(symbol);
  if (!ctx.firstOf.has(node.id)) ctx.firstOf.set(node.id, symbol);
}

/** A function or method's parameters, returns, throws and generator facts. */
function addCallable(node: Node, symbol: PhpSymbolFact, ctx: Context): void {
  const body = field(node, 'body');
  const { params, byReference } = parameters(field(node, 'parameters'), ctx.text);
  symbol.params = params;
  if (byReference.length) symbol.php.byReference = byReference;
  const returnType = field(node, 'return_type');
  if (returnType) symbol.returnAnnotation = returnType.text.replace(/\s+/g, ' ');
  // `&` before the name returns by reference: a fact of the return, not the name.
  symbol.isStub = !body;
  if (body) {
    const flow = bodyFlow(body, ctx.text, PHP_FLOW, ctx.flows);
    symbol.raises = flow.raises;
    symbol.yieldsValue = flow.yieldsValue;
    symbol.isGenerator = flow.yieldsValue;
    // Calling a generator returns its Generator: PHPDoc documents it as `@return \Generator`.
    symbol.returnsValue = flow.returnsValue || flow.yieldsValue;
  }
  // A declared type promises a value (an abstract or interface method's too); `void`, `never` and a
  // constructor do not.
  if (symbol.returnAnnotation && !/^(void|never)$/i.test(symbol.returnAnnotation)) symbol.returnsValue = true;
  if (symbol.returnAnnotation && /^(void|never)$/i.test(symbol.returnAnnotation)) symbol.returnsValue = false;
}

function addFunction(node: Node, scope: Scope, ctx: Context): void {
  const symbol = baseSymbol(node, nameOf(node, 'function'), 'function', scope, ctx, { declaration: 'function', visibility: 'public', modifiers: [] });
  addCallable(node, symbol, ctx);
  push(symbol, node, ctx);
}

function addClassLike(node: Node, scope: Scope, ctx: Context): void {
  const { kind, declaration } = CLASS_LIKE[node.type];
  const { modifiers } = modifiersOf(node);
  const symbol = baseSymbol(node, nameOf(node, declaration), kind, scope, ctx, { declaration, visibility: 'public', modifiers });
  symbol.isAbstract = modifiers.includes('abstract');
  for (const clause of children(node).filter((c) => c.type === 'base_clause' || c.type === 'class_interface_clause')) {
    symbol.bases.push(...namedChildren(clause).filter((n) => !isComment(n)).map((n) => n.text));
  }
  const backing = children(node).find((c) => c.type === 'primitive_type' || c.type === 'named_type');
  if (declaration === 'enum' && backing) symbol.php.backingType = backing.text;
  push(symbol, node, ctx);
  const body = field(node, 'body');
  if (body) visitMembers(body, { ...scope, path: symbol.namePath, owner: declaration === 'trait' ? 'trait' : declaration === 'interface' ? 'interface' : declaration === 'enum' ? 'enum' : 'class' }, ctx);
}

function visitMembers(list: Node, scope: Scope, ctx: Context): void {
  for (const node of membersOf(list, ctx)) {
    switch (node.type) {
      case 'method_declaration':
        addMethod(node, scope, ctx);
        break;
      case 'property_declaration':
        addProperties(node, scope, ctx);
        break;
      case 'const_declaration':
        addConstants(node, scope, ctx);
        break;
      case 'enum_case': {
        const symbol = baseSymbol(node, nameOf(node, 'case'), 'enum-member', scope, ctx, { declaration: 'case', visibility: 'public', modifiers: [] });
        const value = field(node, 'value');
        if (value) symbol.php.default = value.text;
        push(symbol, node, ctx);
        break;
      }
    }
  }
}

function addMethod(node: Node, scope: Scope, ctx: Context): void {
  const { visibility, modifiers } = modifiersOf(node);
  const symbol = baseSymbol(node, nameOf(node, 'method'), 'method', scope, ctx, { declaration: 'method', visibility: visibility ?? 'public', modifiers });
  addCallable(node, symbol, ctx);
  symbol.isAbstract = modifiers.includes('abstract') || scope.owner === 'interface';
  const constructor = symbol.name.toLowerCase() === '__construct';
  if (constructor) symbol.returnsValue = false;
  push(symbol, node, ctx);
  if (!constructor) return;
  // Promoted parameters are properties too, listed after their constructor.
  const list = field(node, 'parameters');
  for (const param of list ? membersOf(list, ctx).filter((p) => p.type === 'property_promotion_parameter') : []) {
    const own = modifiersOf(param);
    const readonly = children(param).some((c) => c.type === 'readonly_modifier');
    const property = baseSymbol(param, variableName(param), 'property', scope, ctx, {
      declaration: 'property',
      visibility: own.visibility ?? 'public',
      modifiers: readonly ? ['readonly'] : [],
      promoted: true,
    });
    const type = field(param, 'type');
    if (type) property.returnAnnotation = type.text.replace(/\s+/g, ' ');
    const value = field(param, 'default_value');
    if (value) property.php.default = value.text;
    push(property, param, ctx);
  }
}

/** `public int $a = 1, $b;`: a property each, the later ones sharing the first one's doc comment. */
function addProperties(node: Node, scope: Scope, ctx: Context): void {
  const { visibility, modifiers } = modifiersOf(node);
  const type = field(node, 'type');
  const elements = namedChildren(node).filter((c) => c.type === 'property_element');
  elements.forEach((element, i) => {
    const name = variableName(element);
    const symbol = baseSymbol(node, name, 'property', scope, ctx, { declaration: 'property', visibility: visibility ?? 'public', modifiers: [...modifiers] });
    if (i > 0) shareDoc(symbol, element, elements[0], ctx);
    if (type) symbol.returnAnnotation = type.text.replace(/\s+/g, ' ');
    const value = field(element, 'default_value') ?? namedChildren(element).find((c) => c.type !== 'variable_name' && !isComment(c));
    if (value) symbol.php.default = value.text;
    push(symbol, node, ctx);
  });
}

/** `const A = 1, B = 2;` (in a class or not): a constant each, the later ones sharing the first one's doc comment. */
function addConstants(node: Node, scope: Scope, ctx: Context): void {
  const { visibility, modifiers } = modifiersOf(node);
  const elements = namedChildren(node).filter((c) => c.type === 'const_element');
  elements.forEach((element, i) => {
    const name = namedChildren(element).find((c) => c.type === 'name')?.text ?? 'const';
    const symbol = baseSymbol(node, name, 'constant', scope, ctx, { declaration: 'const', visibility: visibility ?? 'public', modifiers: [...modifiers] });
    if (i > 0) shareDoc(symbol, element, elements[0], ctx);
    const value = namedChildren(element).filter((c) => c.type !== 'name' && !isComment(c)).pop();
    if (value) symbol.php.default = value.text;
    const type = field(node, 'type');
    if (type) symbol.returnAnnotation = type.text;
    push(symbol, node, ctx);
  });
}

/** A later name of one declaration: the statement's doc is the first name's; its range is its own element. */
function shareDoc(symbol: PhpSymbolFact, element: Node, first: Node, ctx: Context): void {
  delete symbol.docstring;
  symbol.php.sharesDocWith = variableOrName(first);
  symbol.range = { start: element.startIndex, end: element.endIndex };
  symbol.signatureRange = { start: element.startIndex, end: trimEnd(ctx.text, element.endIndex) };
  symbol.insertion = phpInsertion(element, ctx.text);
}

const variableOrName = (element: Node): string => (element.type === 'property_element' ? variableName(element) : namedChildren(element).find((c) => c.type === 'name')?.text ?? '');

/** The name of `$x` (without `$`) in a property element or parameter, through `&$x`. */
function variableName(node: Node): string {
  const name = field(node, 'name') ?? namedChildren(node).find((c) => c.type === 'variable_name' || c.type === 'by_ref');
  const variable = name?.type === 'by_ref' ? namedChildren(name).find((c) => c.type === 'variable_name') : name;
  return variable?.text.replace(/^\$/, '') ?? 'param';
}

/**
 * Parameters by name without `$`: `int ...$xs` is `rest` (as TS's `...xs`: the template documents it by its name, not `*xs`), a default makes one optional,
 * `&$x` is listed in `byReference`, a promoted one (`private int $x`) is a `property` parameter.
 */
function parameters(list: Node | undefined, text: string): { params: ParamFact[]; byReference: string[] } {
  const params: ParamFact[] = [];
  const byReference: string[] = [];
  for (const node of list ? namedChildren(list) : []) {
    if (!['simple_parameter', 'variadic_parameter', 'property_promotion_parameter'].includes(node.type)) continue;
    const name = variableName(node);
    const type = field(node, 'type');
    const value = field(node, 'default_value');
    const variadic = node.type === 'variadic_parameter';
    if (children(node).some((c) => c.type === 'by_ref' || c.type === 'reference_modifier') || /&\s*(\.\.\.)?\s*\$/.test(text.slice(node.startIndex, node.endIndex).replace(/#\[[\s\S]*?\]/g, ''))) byReference.push(name);
    const nameNode = field(node, 'name');
    params.push({
      name,
      kind: variadic ? 'rest' : 'positional',
      optional: variadic || value !== undefined,
      ...(type ? { annotation: type.text.replace(/\s+/g, ' ') } : {}),
      ...(value ? { default: value.text } : {}),
      ...(node.type === 'property_promotion_parameter' ? { property: true } : {}),
      offset: nameNode?.startIndex ?? node.startIndex,
    });
  }
  return { params, byReference };
}
