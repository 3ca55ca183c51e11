/** Python facts from a tree-sitter syntax tree: symbols, parameters, raises, docstrings, insertion points. */
import { cleandoc, indentOfLineAt, lineEndAt, lineStartAt } from '../../core/text/lines';
import { assignIds, bodyFlow, field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';
import { FlowIndex } from '../../core/extract/flowIndex';
import type { StatementCache } from '../../core/extract/statementCache';
import { classFields, fieldsKindOf, otherAttributes } from './fields';
import type { ExistingDoc, FieldsKind, Insertion, ParamFact, SymbolFact, SymbolKind } from '../../core/extract/types';
import { symbolFact } from '../../core/extract/symbolFact';
import { Occurrences } from '../../core/text/occurrences';
import { withOffsets } from '../../core/extract/leanInput';

interface Context {
  text: string;
  /** Where `def`/`class`, `raise`/`return`/`yield` and `__init__` occur: a body without them need not be read for them. */
  words: Words;
  indentUnit: string;
  out: SymbolFact[];
  flows?: FlowIndex;
  /** Only documented functions' bodies are read (raises, returns, yields): what validation needs. */
  lean?: boolean;
}

interface Words {
  definitions: Occurrences;
  flow: Occurrences;
  init: Occurrences;
}

const wordsOf = (text: string): Words => ({ definitions: new Occurrences(text, /\b(?:def|class)\b/g), flow: new Occurrences(text, /\b(?:raise|return|yield)\b/g), init: new Occurrences(text, /\b__init__\b/g) });

const COMPOUND = /^(if|try|with|for|while|match)_statement$|_clause$|^(block|case_clause)$/;
const NESTED_SCOPES = new Set(['function_definition', 'class_definition', 'lambda', 'decorated_definition']);

/**
 * `walkBodies`: find raises/returns/yields by walking each body node by node (the slow definition,
 * for tests). `reuse`: the editor's cache of top-level statements (see StatementCache).
 */
export function extractPython(root: Node, text: string, indentUnit: string, walkBodies = false, reuse?: StatementCache, lean = false): SymbolFact[] {
  if (reuse && !walkBodies) return extractReusing(root, text, indentUnit, reuse);
  const ctx: Context = { text, words: wordsOf(text), indentUnit, out: [], lean, ...(walkBodies ? {} : { flows: new FlowIndex(root, PYTHON_FLOW.flowTypes, NESTED_SCOPES) }) };
  const statements = namedChildren(root);
  ctx.out.push(moduleSymbol(statements, ctx));
  visitBlock(statements, [], 'module', ctx);
  return assignIds(ctx.out);
}

function extractReusing(root: Node, text: string, indentUnit: string, cache: StatementCache): SymbolFact[] {
  const statements = namedChildren(root);
  const words = wordsOf(text);
  const out: SymbolFact[] = [moduleSymbol(statements, { text, words, indentUnit, out: [] })];
  const next = new Map<string, { start: number; symbols: SymbolFact[] }>();
  for (const statement of statements) {
    const start = statement.startIndex;
    const key = `${indentUnit}\0${start - lineStartAt(text, start)}\0${text.slice(start, statement.endIndex)}`;
    let entry = next.get(key) ?? cache.entries.get(key);
    if (!entry) {
      const ctx: Context = { text, words, indentUnit, out: [], flows: new FlowIndex(statement, PYTHON_FLOW.flowTypes, NESTED_SCOPES) };
      visitStatement(statement, [], 'module', ctx);
      entry = { start, symbols: ctx.out };
    }
    next.set(key, entry);
    for (const symbol of entry.symbols) out.push(moved(symbol, start - entry.start));
  }
  cache.entries = next;
  return assignIds(out);
}

/** A copy of `symbol` with every offset moved by `delta` (its id is set again by assignIds). */
function moved(symbol: SymbolFact, delta: number): SymbolFact {
  return delta === 0 ? { ...symbol } : withOffsets(symbol, (offset) => offset + delta);
}

/** Whether `node`'s text has the keyword every nested definition starts with (or may: the word also appears in strings and comments). */
const mayDefine = (ctx: Context, node: Node) => ctx.words.definitions.within(node.startIndex, node.endIndex);

function visitBlock(statements: Node[], path: string[], owner: 'module' | 'class' | 'function', ctx: Context): void {
  for (const statement of statements) visitStatement(statement, path, owner, ctx);
}

function visitStatement(node: Node, path: string[], owner: 'module' | 'class' | 'function', ctx: Context): void {
  // Each `.type` is a call into WASM: read once.
  const type = node.type;
  let decorators: Node[] = [];
  let definition: Node | undefined = node;
  let definitionType = type;
  if (type === 'decorated_definition') {
    decorators = namedChildren(node).filter((c) => c.type === 'decorator');
    definition = field(node, 'definition');
    definitionType = definition?.type ?? type;
  }
  if (definition && (definitionType === 'function_definition' || definitionType === 'class_definition')) {
    const isClass = definitionType === 'class_definition';
    const body = field(definition, 'body');
    const symbol = definitionSymbol(node, definition, isClass, body, decorators, path, owner, ctx);
    ctx.out.push(symbol);
    // A body without the word `def` or `class` holds no definition: its statements need not be read.
    // (The definition, and so its range, ends where its body does.)
    if (body && ctx.words.definitions.within(body.startIndex, symbol.range.end)) visitBlock(namedChildren(body), symbol.namePath, isClass ? 'class' : 'function', ctx);
    return;
  }
  // Definitions inside if/try/with/for/while blocks at the same scope level (e.g. `if TYPE_CHECKING:`).
  if ((type !== 'block' && !COMPOUND.test(type)) || !mayDefine(ctx, node)) return;
  for (const child of namedChildren(node)) visitStatement(child, path, owner, ctx);
}

/** The decorator's expression after `@`; a comment on its line belongs to the decorator node too. */
function decoratorName(decorator: Node, text: string): string {
  const expression = namedChildren(decorator).find((n) => n.type !== 'comment');
  return expression ? text.slice(expression.startIndex, expression.endIndex) : text.slice(decorator.startIndex + 1, decorator.endIndex).trim();
}

function definitionSymbol(
  outer: Node,
  definition: Node,
  isClass: boolean,
  body: Node | undefined,
  decoratorNodes: Node[],
  path: string[],
  owner: 'module' | 'class' | 'function',
  ctx: Context,
): SymbolFact {
  const { text } = ctx;
  const start = outer.startIndex;
  const end = outer.endIndex;
  const name = field(definition, 'name')?.text ?? '<anonymous>';
  const decorators = decoratorNodes.map((d) => decoratorName(d, text));
  const bareDecorators = decorators.map((d) => d.replace(/\(.*$/s, '').trim());
  const has = (...names: string[]) => bareDecorators.some((d) => names.includes(d) || names.some((n) => d.endsWith(`.${n}`)));
  const kind: SymbolKind = isClass ? 'class' : owner === 'class' ? 'method' : 'function';
  // Statements are read one by one, only as far as they decide something: a function's body is
  // mostly read for its first statement and whether the next one is a stub.
  const statements = bodyStatements(body);
  const first = statements.next().value;
  const docNode = docstringNode(first, text);
  const isStub = (docNode || !first || isStubStatement(first)) && every(statements, isStubStatement);
  // Lean (validation): an undocumented function's body and parameters say nothing a rule checks
  // (DW601 needs its name and kind), so they are not read.
  const skip = ctx.lean === true && !docNode && !isClass;
  // A body without the words raise, return or yield has none of them to find.
  const flow = isClass || !body || skip || !ctx.words.flow.within(body.startIndex, end) ? { raises: [], reraises: [], returnsValue: false, yieldsValue: false } : bodyFlow(body, text, PYTHON_FLOW, ctx.flows);
  const parameterList = isClass ? undefined : field(definition, 'parameters');
  const params = isClass || skip ? [] : parameters(parameterList, kind === 'method' && !has('staticmethod'), text);
  const returnType = field(definition, 'return_type');
  const superclasses = isClass ? field(definition, 'superclasses') : undefined;
  // The `:` right after the signature's last part, read from the text; from the tree when that part is not known.
  const lastPart = isClass ? undefined : (returnType ?? parameterList);
  const signatureEnd = !body ? end : ((lastPart && colonAfter(text, lastPart.endIndex, body.startIndex)) ?? colonBefore(definition, body));
  const bases = superclasses ? namedChildren(superclasses).map((b) => b.text) : [];
  const fieldsKind = isClass ? fieldsKindOf(decorators, bases) : undefined;
  const init = isClass && body && ctx.words.init.within(body.startIndex, end) ? initOf(body) : undefined;
  // One literal without spreads, the optional facts set after: a spread followed by many properties
  // makes V8 define each one through the runtime (several microseconds per symbol).
  const fact: SymbolFact = {
    id: '',
    name,
    namePath: [...path, name],
    kind,
    language: 'python',
    decorators,
    // The `async` keyword starts the definition's node.
    isAsync: !isClass && /^async\b/.test(text.slice(definition.startIndex, definition.startIndex + 6)),
    isGenerator: flow.yieldsValue,
    isOverload: has('overload'),
    hasOverloads: false,
    isProperty: has('property', 'cached_property', 'setter', 'getter', 'deleter'),
    isAbstract: has('abstractmethod', 'abstractproperty'),
    isStub,
    isNested: owner === 'function',
    params,
    typeParams: [],
    returnAnnotation: returnType ? text.slice(returnType.startIndex, returnType.endIndex) : undefined,
    raises: flow.raises,
    returnsValue: flow.returnsValue,
    yieldsValue: flow.yieldsValue,
    range: { start, end },
    signatureRange: { start, end: signatureEnd },
    bases,
    docstring: docNode ? existingDoc(docNode, text) : undefined,
    insertion: bodyInsertion(definition, body, first, signatureEnd, isClass, ctx),
  };
  if (init) {
    fact.initParams = parameters(field(init, 'parameters'), true, text);
    fact.initDocumented = hasDocstring(init, text);
  }
  if (flow.reraises.length > 0) fact.reraises = flow.reraises;
  if (fieldsKind) Object.assign(fact, recordFacts(fieldsKind, body, text));
  return fact;
}

function recordFacts(fieldsKind: FieldsKind, body: Node | undefined, text: string): Pick<SymbolFact, 'fieldsKind' | 'fields' | 'otherAttributes'> {
  const fields = classFields(fieldsKind, body, text);
  return { fieldsKind, fields, otherAttributes: otherAttributes(body, fields) };
}

/**
 * A body's statements (comments left out), in order, read one by one by index. Not by sibling:
 * tree-sitter finds a node's siblings through its parent, found by descending from the root, so
 * each step costs as much as the file has top-level statements.
 */
function* bodyStatements(body: Node | undefined): Generator<Node, undefined> {
  const count = body?.namedChildCount ?? 0;
  for (let i = 0; i < count; i++) {
    const node = body!.namedChild(i);
    if (node && node.type !== 'comment') yield node;
  }
  return undefined;
}

function every<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (!test(item)) return false;
  return true;
}

/** A class body's `__init__` (decorated or not); every statement is read, so all at once. */
function initOf(body: Node | undefined): Node | undefined {
  for (const statement of body ? namedChildren(body) : []) {
    const definition = statement.type === 'decorated_definition' ? field(statement, 'definition') : statement;
    if (definition?.type === 'function_definition' && field(definition, 'name')?.text === '__init__') return definition;
  }
  return undefined;
}

function hasDocstring(definition: Node, text: string): boolean {
  return docstringNode(bodyStatements(field(definition, 'body')).next().value, text) !== undefined;
}

/** After the `:` that follows `from` across spaces and backslash line breaks (all Python allows there), before `limit`. */
function colonAfter(text: string, from: number, limit: number): number | undefined {
  let k = from;
  for (;;) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 12) k++;
    else if (c === 92 && text.charCodeAt(k + 1) === 10) k += 2;
    else if (c === 92 && text.charCodeAt(k + 1) === 13 && text.charCodeAt(k + 2) === 10) k += 3;
    else return c === 58 && k < limit ? k + 1 : undefined;
  }
}

/** The `:` that ends the signature: the last `:` token before the body (only comments may sit between), read from the last child back. */
function colonBefore(definition: Node, body: Node): number {
  for (let i = definition.childCount - 1; i >= 0; i--) {
    const node = definition.child(i);
    if (node && node.type === ':' && node.endIndex <= body.startIndex) return node.endIndex;
  }
  return body.startIndex;
}

function isStubStatement(node: Node): boolean {
  if (node.type === 'pass_statement') return true;
  if (node.type === 'expression_statement') {
    const only = namedChildren(node);
    return only.length === 1 && only[0].type === 'ellipsis';
  }
  return false;
}

/**
 * The string node of a docstring statement: a plain string literal as the first statement. Python
 * ignores f-strings and bytes (their `__doc__` is None), also inside a concatenation.
 */
function docstringNode(statement: Node | undefined, text: string): Node | undefined {
  if (!statement || statement.type !== 'expression_statement') return undefined;
  const parts = namedChildren(statement);
  if (parts.length !== 1) return undefined;
  const expr = parts[0];
  const strings = expr.type === 'string' ? [expr] : expr.type === 'concatenated_string' ? namedChildren(expr).filter((c) => c.type === 'string') : [];
  if (strings.length === 0) return undefined;
  // The prefix letters before the opening quote (what the string_start token holds).
  const plain = strings.every((str) => !/^[a-z]*[fb]/i.test(text.slice(str.startIndex, str.startIndex + 3)));
  return plain ? expr : undefined;
}

function existingDoc(node: Node, text: string): ExistingDoc {
  const raw = text.slice(node.startIndex, node.endIndex);
  const match = /^([rRuUbB]*)("""|'''|"|')([\s\S]*)\2$/.exec(raw);
  const inner = match ? match[3] : raw;
  return { range: { start: node.startIndex, end: node.endIndex }, raw, content: cleandoc(inner) };
}

function bodyInsertion(definition: Node, body: Node | undefined, first: Node | undefined, colonEnd: number, isClass: boolean, ctx: Context): Insertion {
  const { text, indentUnit } = ctx;
  const defIndent = indentOfLineAt(text, definition.startIndex);
  const firstNode = first ?? (body ? namedChildren(body)[0] : undefined);
  const bodyOnSignatureLine = !firstNode || lineStartAt(text, firstNode.startIndex) === lineStartAt(text, colonEnd);
  if (!bodyOnSignatureLine && firstNode) {
    // Insert on a new line right after the signature's line (after any trailing comment).
    const at = lineEndAt(text, colonEnd);
    const indent = indentOfLineAt(text, firstNode.startIndex);
    // PEP 257: a blank line after a class docstring sets it apart from the first method.
    const rest = text.slice(at).replace(/^\r?\n/, '');
    const suffix = isClass && !/^[ \t]*\r?\n/.test(rest) ? '\n' : '';
    return { start: at, end: at, indent, prefix: '\n' + indent, suffix };
  }
  // `def f(): return 1` -> move the body to its own line; only whitespace between `:` and the body changes.
  const indent = defIndent + indentUnit;
  const end = firstNode ? firstNode.startIndex : colonEnd;
  return { start: colonEnd, end, indent, prefix: '\n' + indent, suffix: firstNode ? (isClass ? '\n\n' : '\n') + indent : '' };
}

/** The module's facts from its top-level statements. */
function moduleSymbol(statements: readonly Node[], ctx: Context): SymbolFact {
  const { text } = ctx;
  const docNode = docstringNode(statements.find((n) => n.type !== 'comment'), text);
  return symbolFact({
    name: '<module>',
    namePath: [],
    kind: 'module',
    language: 'python',
    range: { start: 0, end: text.length },
    signatureRange: { start: 0, end: 0 },
    docstring: docNode ? existingDoc(docNode, text) : undefined,
    insertion: moduleInsertion(text),
  });
}

/**
 * After the comment header that starts the file (shebang, encoding line, licence), so a comment
 * further down stays with the code it describes. Followed by a blank line, two before a def/class.
 */
function moduleInsertion(text: string): Insertion {
  let at = 0;
  while (at < text.length && text[at] === '#') {
    const next = text.indexOf('\n', at);
    at = next === -1 ? text.length : next + 1;
  }
  const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  return { start: at, end: at, indent: '', prefix, suffix: '\n' + blankLinesBefore(text, at, 1, 2) };
}

/** Blank lines to add before the text at `at` so it is set apart (none when it already is, or at the end). */
function blankLinesBefore(text: string, at: number, normal: number, beforeDefinition: number): string {
  const rest = text.slice(at);
  if (rest === '' || /^[ \t]*\r?\n/.test(rest)) return '';
  return '\n'.repeat(/^[ \t]*(@|def\s|class\s|async\s+def\s)/.test(rest) ? beforeDefinition : normal);
}

function parameters(list: Node | undefined, isBoundMethod: boolean, text: string): ParamFact[] {
  if (!list) return [];
  const out: ParamFact[] = [];
  let kindAfterStar: ParamFact['kind'] = 'positional';
  for (const node of namedChildren(list)) {
    if (node.type === 'comment') continue;
    if (node.type === 'positional_separator') {
      for (const p of out) if (p.kind === 'positional') p.kind = 'positional-only';
      continue;
    }
    if (node.type === 'keyword_separator') {
      kindAfterStar = 'keyword-only';
      continue;
    }
    const param = parameter(node, text);
    if (!param) continue;
    if (param.kind === 'var-positional') kindAfterStar = 'keyword-only';
    else if (param.kind === 'positional') param.kind = kindAfterStar;
    out.push(param);
  }
  const first = out[0];
  if (isBoundMethod && first && (first.kind === 'positional' || first.kind === 'positional-only')) first.implicit = true;
  return out;
}

function parameter(node: Node, text: string): ParamFact | undefined {
  const typeNode = field(node, 'type');
  const valueNode = field(node, 'value');
  const annotation = typeNode ? text.slice(typeNode.startIndex, typeNode.endIndex) : undefined;
  const defaultValue = valueNode ? text.slice(valueNode.startIndex, valueNode.endIndex) : undefined;
  let target = node;
  if (node.type === 'typed_parameter') target = namedChildren(node).find((c) => c !== typeNode) ?? node;
  else if (node.type === 'default_parameter' || node.type === 'typed_default_parameter') target = field(node, 'name') ?? node;
  const fact = (name: string, kind: ParamFact['kind']): ParamFact => ({
    name,
    kind,
    offset: target.startIndex,
    optional: defaultValue !== undefined || kind === 'var-positional' || kind === 'var-keyword',
    ...(annotation !== undefined ? { annotation } : {}),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
  });
  switch (target.type) {
    case 'identifier':
      return fact(target.text, 'positional');
    case 'list_splat_pattern':
      return fact(namedChildren(target)[0]?.text ?? 'args', 'var-positional');
    case 'dictionary_splat_pattern':
      return fact(namedChildren(target)[0]?.text ?? 'kwargs', 'var-keyword');
    default:
      return undefined;
  }
}

/**
 * The types caught by the innermost `except` around `node` (in this function), when `name` is
 * undefined (a bare re-raise) or the name it binds with `as`; undefined otherwise or for a bare
 * `except:`.
 */
function caughtBy(node: Node, name: string | undefined, text: string): string[] | undefined {
  for (let up = node.parent; up && !NESTED_SCOPES.has(up.type); up = up.parent) {
    if (up.type !== 'except_clause') continue;
    const value = field(up, 'value');
    const pattern = value?.type === 'as_pattern' ? value : undefined;
    const alias = pattern ? field(pattern, 'alias')?.text : undefined;
    if (name !== undefined && alias !== name) return undefined;
    const caught = pattern ? namedChildren(pattern)[0] : value;
    if (!caught) return undefined;
    const types = caught.type === 'tuple' || caught.type === 'parenthesized_expression' ? namedChildren(caught) : [caught];
    const names = types.filter((t) => t.type === 'identifier' || t.type === 'attribute').map((t) => text.slice(t.startIndex, t.endIndex));
    return names.length > 0 ? names : undefined;
  }
  return undefined;
}

const reraised = (types: string[] | undefined) => (types ? { types, reraised: true } : undefined);

const PYTHON_FLOW: FlowGrammar = {
  nestedScopes: NESTED_SCOPES,
  flowTypes: ['raise_statement', 'return_statement', 'yield'],
  raisedTypes(node, text) {
    if (node.type !== 'raise_statement') return undefined;
    const exc = namedChildren(node).find((n) => n.type !== 'comment' && n !== field(node, 'cause'));
    // A bare `raise` re-raises what the enclosing `except` caught.
    if (!exc) return reraised(caughtBy(node, undefined, text));
    const target = exc.type === 'call' ? field(exc, 'function') : exc;
    if (!target || (target.type !== 'identifier' && target.type !== 'attribute')) return undefined;
    // `raise e` of `except ValueError as e` raises a ValueError, not an exception class named `e`.
    const caught = target.type === 'identifier' ? caughtBy(node, target.text, text) : undefined;
    return caught ? reraised(caught) : { types: [text.slice(target.startIndex, target.endIndex)] };
  },
  returnsValue(node) {
    if (node.type !== 'return_statement') return false;
    const value = namedChildren(node)[0];
    return value !== undefined && value.type !== 'none';
  },
  isYield: (node) => node.type === 'yield',
};
