/**
 * Ruby facts from a tree-sitter syntax tree, as YARD documents them: classes and modules (nested,
 * `A::B`), methods (`def x`, `def self.x`, `def` in `class << self`, endless `def x = 1`),
 * attributes (`attr_reader` / `attr_writer` / `attr_accessor` / `attr`, one symbol per name) and
 * constants (`NAME = value`), in namespace bodies and in `if` / `unless` branches there (YARD reads
 * both branches). Left alone, as YARD leaves them: `define_method` and other metaprogramming,
 * definitions inside method bodies and blocks (`included do`, `class_eval`), `begin` bodies,
 * `alias`, `X ||= 1`, `A::B = 1`, `A, B = 1, 2`. A doc comment goes above the definition (see
 * comments.ts for which comment YARD attaches).
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, walk, type Node } from '../../core/extract/nodes';
import { symbolFact } from '../../core/extract/symbolFact';
import type { Insertion, ParamFact, SymbolKind } from '../../core/extract/types';
import { insertionOnOwnLine } from '../../core/extract/commentPlacement';
import { startsLine } from '../../core/text/lines';
import { attachComments, blockDoc, type Attachment } from './comments';
import type { RubyFacts, RubySymbolFact, RubyVisibility } from './facts';
import { inDeferredBlock, RUBY_FLOW } from './flow';

export interface RubyExtractOptions {
  /** Read each body node by node instead of through the file's flow index (the slow definition, for tests). */
  walkBodies?: boolean;
  /** One indentation level, for a comment above a definition that does not start its line. Default two spaces. */
  indentUnit?: string;
}

interface Context {
  text: string;
  out: RubySymbolFact[];
  attachment: Attachment;
  indentUnit: string;
  flows?: FlowIndex;
}

/** The visibility state of one namespace body: `private` with no arguments changes it for what follows. */
interface BodyState {
  visibility: RubyVisibility;
  moduleFunction: boolean;
}

interface Scope {
  /** Name path of the namespace (['A', 'B']). */
  path: string[];
  /** Inside `class << self`. */
  singleton: boolean;
  /** A namespace's body (not the file's top level). */
  inNamespace: boolean;
  state: BodyState;
}

export function extractRuby(root: Node, text: string, options: RubyExtractOptions = {}): RubySymbolFact[] {
  const ctx: Context = {
    text,
    out: [],
    attachment: attachComments(root, text),
    indentUnit: options.indentUnit ?? '  ',
    ...(options.walkBodies ? {} : { flows: new FlowIndex(root, RUBY_FLOW.flowTypes, RUBY_FLOW.nestedScopes) }),
  };
  visitBody(root, { path: [], singleton: false, inNamespace: false, state: { visibility: 'public', moduleFunction: false } }, ctx);
  return assignIds(ctx.out);
}

const NOT_STATEMENTS = new Set(['comment', 'rescue', 'else', 'ensure', 'empty_statement', 'heredoc_body', 'uninterpreted']);

function visitBody(list: Node, scope: Scope, ctx: Context): void {
  for (const node of namedChildren(list)) {
    if (!NOT_STATEMENTS.has(node.type)) visitStatement(node, scope, ctx);
  }
}

function visitStatement(node: Node, scope: Scope, ctx: Context): void {
  switch (node.type) {
    case 'method':
    case 'singleton_method':
      addMethod(node, node, scope, ctx);
      break;
    case 'class':
    case 'module':
      addNamespace(node, scope, ctx);
      break;
    case 'singleton_class': {
      const body = field(node, 'body');
      if (field(node, 'value')?.type === 'self' && body) visitBody(body, { ...scope, singleton: true, state: { visibility: 'public', moduleFunction: false } }, ctx);
      break;
    }
    case 'assignment': {
      const left = field(node, 'left');
      if (left?.type === 'constant') addConstant(node, left.text, scope, ctx);
      break;
    }
    case 'identifier':
      if (node.text === 'private' || node.text === 'protected' || node.text === 'public') scope.state = setVisibility(scope.state, node.text);
      else if (node.text === 'module_function' && !scope.singleton) scope.state.moduleFunction = true;
      break;
    case 'call':
      visitCall(node, scope, ctx);
      break;
    case 'if':
    case 'unless':
    case 'elsif':
      // YARD reads both branches of a condition in a namespace body.
      for (const part of namedChildren(node)) if (part.type === 'then' || part.type === 'else' || part.type === 'elsif') visitStatement(part, scope, ctx);
      break;
    case 'then':
    case 'else':
      visitBody(node, scope, ctx);
      break;
  }
}

/** A visibility keyword ends `module_function` mode, as in Ruby. The body's state is shared by its `if` branches: changed in place. */
function setVisibility(state: BodyState, visibility: RubyVisibility): BodyState {
  state.visibility = visibility;
  state.moduleFunction = false;
  return state;
}

const VISIBILITY_CALLS = new Set(['private', 'protected', 'public']);
const ATTR_CALLS: Record<string, RubyFacts['attribute']> = { attr_reader: 'reader', attr_writer: 'writer', attr_accessor: 'accessor', attr: 'reader' };

/** `:x`, `"x"`, `:"x"` -> x. */
function symbolName(node: Node): string | undefined {
  if (node.type === 'simple_symbol') return node.text.slice(1);
  if (node.type === 'delimited_symbol' || node.type === 'string') {
    // Only a plain name: an interpolated one (`:"#{x}"`) names nothing we can know.
    const parts = namedChildren(node);
    return parts.length === 1 && parts[0].type === 'string_content' ? parts[0].text : undefined;
  }
  return undefined;
}

function callArguments(call: Node): Node[] {
  const args = field(call, 'arguments');
  return args ? namedChildren(args).filter((c) => c.type !== 'comment') : [];
}

/**
 * `attr_*`; `private` / `protected` / `public` with a `def`, an `attr_*` call or names;
 * `private_class_method`, `module_function`, `private_constant`. Other calls are left alone.
 */
function visitCall(call: Node, scope: Scope, ctx: Context, statement: Node = call, visibility?: RubyVisibility): void {
  if (field(call, 'receiver') || field(call, 'block')) return;
  const method = field(call, 'method')?.text ?? '';
  const args = callArguments(call);
  if (method in ATTR_CALLS) {
    addAttributes(call, statement, ATTR_CALLS[method]!, args, scope, ctx, visibility);
    return;
  }
  if (VISIBILITY_CALLS.has(method) || method === 'private_class_method' || method === 'public_class_method' || method === 'module_function') {
    const singleton = method.endsWith('_class_method');
    const given: RubyVisibility = method === 'module_function' ? 'public' : singleton ? (method === 'private_class_method' ? 'private' : 'public') : (method as RubyVisibility);
    if (args.length === 0) {
      if (method === 'module_function') scope.state.moduleFunction = true;
      else if (!singleton) scope.state = setVisibility(scope.state, given);
      return;
    }
    for (const arg of args) {
      if (arg.type === 'method' || arg.type === 'singleton_method') {
        addMethod(arg, statement, scope, ctx, { visibility: given, ...(method === 'module_function' ? { moduleFunction: true } : {}) });
      } else if (arg.type === 'call' && !singleton && method !== 'module_function') {
        visitCall(arg, scope, ctx, statement, given);
      } else {
        const name = symbolName(arg);
        if (name !== undefined) renamed(name, scope, ctx, singleton || scope.singleton, method === 'module_function' ? { moduleFunction: true, visibility: 'public' } : { visibility: given });
      }
    }
    return;
  }
  if (method === 'private_constant' || method === 'public_constant') {
    for (const arg of args) {
      const name = symbolName(arg);
      const target = name === undefined ? undefined : [...ctx.out].reverse().find((s) => (s.ruby.item === 'constant' || s.ruby.item === 'class' || s.ruby.item === 'module') && s.namePath.join('::') === [...scope.path, name].join('::'));
      if (target) target.ruby.visibility = method === 'private_constant' ? 'private' : 'public';
    }
  }
}

/** `private :x` after `def x`: the latest method or attribute `x` of this namespace (and scope) changes. */
function renamed(name: string, scope: Scope, ctx: Context, singleton: boolean, change: Partial<RubyFacts>): void {
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const s = ctx.out[i];
    const own = s.namePath.length === scope.path.length + 1 && scope.path.every((p, j) => s.namePath[j] === p);
    if (own && (s.ruby.item === 'def' || s.ruby.item === 'attr') && s.name === name && (s.ruby.singleton ?? false) === singleton) {
      Object.assign(s.ruby, change);
      if (change.moduleFunction) s.ruby.path = s.ruby.path.replace(/#(?=[^#]*$)/, '.');
      return;
    }
  }
}

const yardNamespace = (path: readonly string[]): string => path.join('::');

function addNamespace(node: Node, scope: Scope, ctx: Context): void {
  const nameNode = field(node, 'name');
  if (!nameNode) return;
  // `class ::Top` is at the top level; `class A::B` is below A.
  const written = nameNode.text.replace(/\s+/g, '');
  const parts = written.replace(/^::/, '').split('::');
  const path = written.startsWith('::') ? parts : [...scope.path, ...parts];
  const item = node.type === 'module' ? 'module' : 'class';
  const symbol = baseSymbol(node, node, path, 'class', ctx, { item, visibility: 'public', path: yardNamespace(path) }, nameNode.endIndex);
  const superclass = field(node, 'superclass');
  if (superclass) {
    symbol.bases = namedChildren(superclass).map((c) => c.text);
    symbol.signatureRange.end = superclass.endIndex;
  }
  ctx.out.push(symbol);
  const body = field(node, 'body');
  if (body) visitBody(body, { path, singleton: false, inNamespace: true, state: { visibility: 'public', moduleFunction: false } }, ctx);
}

function addConstant(node: Node, name: string, scope: Scope, ctx: Context): void {
  const path = [...scope.path, name];
  const left = field(node, 'left')!;
  ctx.out.push(baseSymbol(node, node, path, 'constant', ctx, { item: 'constant', visibility: 'public', path: yardNamespace(path) }, left.endIndex));
}

function addAttributes(call: Node, statement: Node, attribute: RubyFacts['attribute'], args: Node[], scope: Scope, ctx: Context, visibility?: RubyVisibility): void {
  let first = true;
  for (const arg of args) {
    const name = symbolName(arg);
    if (name === undefined) continue;
    const path = [...scope.path, name];
    const owner = yardNamespace(scope.path);
    const yardName = attribute === 'writer' ? `${name}=` : name;
    const symbol = baseSymbol(call, statement, path, 'property', ctx, {
      item: 'attr',
      visibility: visibility ?? scope.state.visibility,
      path: scope.singleton ? `${owner}.${yardName}` : `${owner}#${yardName}`,
      attribute,
      ...(scope.singleton ? { singleton: true } : {}),
      ...(first ? {} : { sharesStatement: true }),
    }, call.endIndex);
    symbol.isProperty = true;
    ctx.out.push(symbol);
    first = false;
  }
}

/**
 * A method: `def x` (an instance method, or a singleton one in `class << self`), `def self.x` /
 * `def Name.x` (singleton). `def obj.x` on anything else is left alone (YARD does too).
 */
function addMethod(node: Node, statement: Node, scope: Scope, ctx: Context, given: Partial<RubyFacts> = {}): void {
  const nameNode = field(node, 'name');
  if (!nameNode) return;
  const name = nameNode.text;
  let singleton = scope.singleton;
  let owner = scope.path;
  if (node.type === 'singleton_method') {
    const object = field(node, 'object');
    if (object?.type === 'self') singleton = true;
    else if (object?.type === 'constant' || object?.type === 'scope_resolution') {
      singleton = true;
      const named = object.text.replace(/^::/, '').split('::');
      // `def K.x` inside K is K's; elsewhere it names a namespace below this one.
      if (!(named.length === 1 && named[0] === scope.path[scope.path.length - 1])) owner = [...scope.path, ...named];
    } else return;
  }
  const moduleFunction = given.moduleFunction ?? (!singleton && scope.state.moduleFunction);
  // `private` does not reach `def self.x`, and a module function's singleton copy is public.
  const visibility: RubyVisibility = given.visibility ?? (singleton && !scope.singleton ? 'public' : moduleFunction ? 'public' : scope.state.visibility);
  const yardOwner = yardNamespace(owner);
  const path = [...owner, singleton ? `self.${name}` : name];
  const kind: SymbolKind = owner.length === 0 && !scope.inNamespace && !singleton ? 'function' : 'method';
  const parameters = field(node, 'parameters');
  const body = field(node, 'body');
  const endless = children(node).some((c) => c.type === '=') && !!body;
  const signatureEnd = parameters?.endIndex ?? nameNode.endIndex;
  // A module function's public copy is the singleton one (YARD documents both, the instance copy private).
  const facts: RubyFacts = { item: 'def', visibility, path: singleton || moduleFunction ? `${yardOwner}.${name}` : `${yardOwner}#${name}` };
  if (singleton) facts.singleton = true;
  if (moduleFunction) facts.moduleFunction = true;
  if (endless) facts.endless = true;
  const symbol = baseSymbol(node, statement, path, kind, ctx, facts, signatureEnd);
  symbol.name = name;
  symbol.params = parameterFacts(parameters, ctx.text);
  const block = symbol.params.find((p) => p.annotation === '&');
  if (block && block.name !== '&') symbol.ruby.blockParam = block.name;
  if (body) {
    const flow = bodyFlow(body, ctx.text, RUBY_FLOW, ctx.flows);
    symbol.raises = flow.raises;
    const setter = /[^=!<>]=$/.test(name) || name === 'initialize';
    symbol.returnsValue = !setter && (flow.returnsValue || endless || name.endsWith('?') || returnsLastValue(body));
    const firstYield = flow.yieldsValue ? yieldNode(body, ctx) : undefined;
    if (firstYield) symbol.ruby.yieldArgs = yieldArguments(firstYield);
    symbol.yieldsValue = flow.yieldsValue || block !== undefined;
    symbol.isAbstract = isNotImplemented(body);
  } else {
    symbol.yieldsValue = block !== undefined;
  }
  ctx.out.push(symbol);
}

/** The body's first `yield` that is its own. */
function yieldNode(body: Node, ctx: Context): Node | undefined {
  if (ctx.flows) return ctx.flows.within(body).find((n) => n.type === 'yield' && !inDeferredBlock(n));
  let found: Node | undefined;
  walk(body, (n) => {
    if (!found && n.type === 'yield' && !inDeferredBlock(n)) found = n;
  }, (n) => RUBY_FLOW.nestedScopes.has(n.type));
  return found;
}

function yieldArguments(node: Node): string[] {
  const list = namedChildren(node).find((c) => c.type === 'argument_list');
  // On one line: `@yield [a, b]` holds them.
  return list ? namedChildren(list).filter((c) => c.type !== 'comment').map((c) => c.text.replace(/\s+/g, ' ')) : [];
}

/** A body whose only statement raises `NotImplementedError`: an abstract method (YARD's `@abstract`). */
function isNotImplemented(body: Node): boolean {
  const statements = namedChildren(body).filter((c) => c.type !== 'comment');
  if (statements.length !== 1 || statements[0].type !== 'call') return false;
  const call = statements[0];
  return /^(raise|fail)$/.test(field(call, 'method')?.text ?? '') && /^NotImplementedError\b/.test(callArguments(call)[0]?.text ?? '');
}

/** Expressions whose value a method's last statement hands back (a call with a receiver counts, one without does not: `puts x`). */
const VALUE_TYPES = new Set([
  'identifier', 'instance_variable', 'class_variable', 'global_variable', 'constant', 'scope_resolution', 'self', 'true', 'false',
  'integer', 'float', 'rational', 'complex', 'string', 'chained_string', 'simple_symbol', 'delimited_symbol', 'array', 'string_array',
  'symbol_array', 'hash', 'binary', 'unary', 'conditional', 'range', 'regex', 'element_reference', 'lambda', 'parenthesized_statements',
]);

/** Whether the body's last statement is a value (a heuristic: every Ruby method returns its last expression). */
function returnsLastValue(body: Node): boolean {
  const statements = namedChildren(body).filter((c) => !NOT_STATEMENTS.has(c.type));
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (last.type === 'call') return !!field(last, 'receiver');
  // A bare identifier that is a command (`super`, `raise`) hands back nothing to describe.
  if (last.type === 'identifier') return !/^(raise|fail|super|exit|abort)$/.test(last.text);
  return VALUE_TYPES.has(last.type);
}

/**
 * `a` (required), `b = 1` (optional, default), `*rest` (var-positional), `k:` (keyword, required),
 * `o: 2` (keyword, optional), `**opts` (var-keyword), `&block` (implicit: `@yield` documents a
 * block; `annotation` `&`), `(a, b)` (destructured), `...` (rest, implicit). Anonymous `*`, `**`,
 * `&` are implicit: nothing to name.
 */
export function parameterFacts(list: Node | undefined, text: string): ParamFact[] {
  if (!list) return [];
  const out: ParamFact[] = [];
  for (const node of namedChildren(list)) {
    const nameNode = field(node, 'name');
    const name = nameNode?.text;
    const offset = (nameNode ?? node).startIndex;
    const value = field(node, 'value');
    const defaulted = value ? { optional: true, default: text.slice(value.startIndex, value.endIndex) } : { optional: false };
    switch (node.type) {
      case 'identifier':
        out.push({ name: node.text, kind: 'positional', optional: false, offset });
        break;
      case 'optional_parameter':
        out.push({ name: name ?? '_', kind: 'positional', ...defaulted, offset });
        break;
      case 'keyword_parameter':
        out.push({ name: name ?? '_', kind: 'keyword-only', ...defaulted, offset });
        break;
      case 'splat_parameter':
        out.push({ name: name ?? '*', kind: 'var-positional', optional: true, offset, ...(name ? {} : { implicit: true }) });
        break;
      case 'hash_splat_parameter':
      case 'hash_splat_nil':
        out.push({ name: name ?? '**', kind: 'var-keyword', optional: true, offset, ...(name ? {} : { implicit: true }) });
        break;
      case 'block_parameter':
        out.push({ name: name ?? '&', kind: 'positional', optional: true, annotation: '&', implicit: true, offset });
        break;
      case 'forward_parameter':
        out.push({ name: '...', kind: 'rest', optional: true, implicit: true, offset });
        break;
      case 'destructured_parameter': {
        const elements: string[] = [];
        walk(node, (n) => {
          if (n.type === 'identifier') elements.push(n.text);
        }, () => false);
        out.push({ name: node.text.replace(/\s+/g, ' '), kind: 'destructured', optional: false, elements, offset });
        break;
      }
    }
  }
  return out;
}

/**
 * A new comment goes on its own line above `anchor` (the statement), at its indentation. A
 * statement that does not start its line (`x = 1; def y; end`) gets it on a new line at the
 * line's indentation plus one level, the spaces before it replaced: a `#` there would comment out
 * the rest of the line. At column 0 right below a line of code, a blank line goes first (YARD
 * would read each comment line there as a comment of its own, see comments.ts).
 */
export function insertionAbove(anchor: Node, text: string, indentUnit: string, attachment?: Attachment): Insertion {
  const insertion = insertionOnOwnLine(anchor, text, indentUnit);
  // Right below a line of code, YARD would read comment lines at column 0 one by one: a blank line first.
  const apart = insertion.suffix === '\n' && insertion.indent === '' && attachment?.splitsAt(attachment.lines.lineOf(insertion.start));
  return apart ? { ...insertion, prefix: `\n${insertion.prefix}` } : insertion;
}

function baseSymbol(node: Node, statement: Node, namePath: string[], kind: SymbolKind, ctx: Context, ruby: RubyFacts, signatureEnd: number): RubySymbolFact {
  // A def among a call's arguments (`private def x # :nodoc:`) takes a comment of its own first, as YARD does.
  const block = ctx.attachment.docs.get(node.id) ?? ctx.attachment.docs.get(statement.id);
  const start = Math.min(statement.startIndex, node.startIndex);
  if (block && !block.embedded && !startsLine(ctx.text, block.start)) ruby.trailingDoc = true;
  else if (block && !block.embedded && block.column === 0 && ctx.attachment.splitsAt(block.startLine)) ruby.splitDoc = true;
  return symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: 'ruby',
    range: { start, end: Math.max(node.endIndex, statement.endIndex) },
    signatureRange: { start, end: signatureEnd },
    ...(block ? { docstring: blockDoc(block, ctx.text) } : {}),
    insertion: insertionAbove(statement, ctx.text, ctx.indentUnit, ctx.attachment),
    ruby,
  });
}
