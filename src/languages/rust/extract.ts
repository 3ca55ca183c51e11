/**
 * Rust facts from a tree-sitter syntax tree: functions, methods of `impl` blocks and traits,
 * structs and unions and their fields, enums and their variants, traits, type aliases, consts,
 * statics and modules, by name path. Items inside function bodies and macros (`macro_rules!` and
 * invocations) are left alone. A doc comment goes above the item and its attributes.
 */
import { FlowIndex } from '../../core/extract/flowIndex';
import { assignIds, bodyFlow, children, field, namedChildren, type Node } from '../../core/extract/nodes';
import type { ParamFact, SymbolKind } from '../../core/extract/types';
import { insertionOnOwnLine } from '../../core/extract/commentPlacement';
import { docParts, isComment, isDocAttribute, isInnerDoc, isOuterDoc, leadingTrivia, triviaBefore } from './comments';
import type { RustFacts, RustItem, RustSymbolFact, RustVisibility } from './facts';
import { RUST_FLOW } from './flow';
import { innerTrivia, moduleSymbol } from './module';
import { symbolFact } from '../../core/extract/symbolFact';

export interface RustExtractOptions {
  /** Find panics by walking each body node by node (the slow definition, for tests). */
  walkBodies?: boolean;
  /** One indentation level, for a comment above an item that does not start its line. Default four spaces. */
  indentUnit?: string;
}

interface Context {
  text: string;
  out: RustSymbolFact[];
  /** The attributes and comments before each item of the bodies visited so far, by node id. */
  trivia: Map<number, Node[]>;
  indentUnit: string;
  flows?: FlowIndex;
}

/** Where an item sits: what it is a member of. */
interface Scope {
  path: string[];
  /** The enclosing modules (and type or trait) are all `pub`. */
  exported: boolean;
  container: 'module' | 'impl' | 'trait-impl' | 'trait' | 'extern';
  implType?: string;
  implTrait?: string;
}

export function extractRust(root: Node, text: string, options: RustExtractOptions = {}): RustSymbolFact[] {
  const ctx: Context = {
    text,
    out: [],
    trivia: new Map(),
    indentUnit: options.indentUnit ?? '    ',
    ...(options.walkBodies ? {} : { flows: new FlowIndex(root, RUST_FLOW.flowTypes, RUST_FLOW.nestedScopes) }),
  };
  const module = moduleSymbol(root, text);
  visitItems(root, { path: [], exported: true, container: 'module' }, ctx);
  markReexported(ctx.out, reexports(root));
  markEnclosed(ctx.out, isTestAttribute, (rust) => (rust.testOnly = true));
  markEnclosed(ctx.out, (attribute) => /^doc\s*\(\s*hidden\s*\)$/.test(attribute), (rust) => (rust.hidden = true));
  return assignIds<RustSymbolFact>([module, ...ctx.out]);
}

/**
 * The paths a file's top-level `pub use` declarations re-export (`a::b`, `a::{b, c}`, `a::*`,
 * `a::b as c`), as name paths; `self::` and `crate::` dropped (the file is taken to be the crate
 * root), `super::` paths left out. Items of private modules re-exported this way are public API.
 */
function reexports(root: Node): string[][] {
  const out: string[][] = [];
  const walk = (node: Node, prefix: string[]) => {
    switch (node.type) {
      case 'identifier':
        out.push([...prefix, node.text]);
        break;
      case 'scoped_identifier':
        out.push([...prefix, ...node.text.split('::').map((s) => s.trim())]);
        break;
      case 'use_as_clause':
        if (namedChildren(node)[0]) walk(namedChildren(node)[0], prefix);
        break;
      case 'use_wildcard':
        out.push([...prefix, ...node.text.replace(/::\s*\*$/, '').split('::').map((s) => s.trim()), '*']);
        break;
      case 'scoped_use_list': {
        const list = namedChildren(node).find((c) => c.type === 'use_list');
        const path = namedChildren(node).filter((c) => c !== list).map((c) => c.text.split('::').map((s) => s.trim())).flat();
        if (list) for (const child of namedChildren(list)) walk(child, [...prefix, ...path]);
        break;
      }
      case 'use_list':
        for (const child of namedChildren(node)) walk(child, prefix);
        break;
    }
  };
  for (const node of namedChildren(root)) {
    if (node.type !== 'use_declaration' || visibilityOf(node) !== 'pub') continue;
    const tree = namedChildren(node).find((c) => c.type !== 'visibility_modifier');
    if (tree) walk(tree, []);
  }
  return out.map((path) => path.filter((s, i) => !(i === 0 && (s === 'self' || s === 'crate')))).filter((path) => path[0] !== 'super' && path.length > 1);
}

/** An item a `pub use` names (or a wildcard's module's), and its `pub` members, are exported. */
function markReexported(symbols: RustSymbolFact[], paths: readonly string[][]): void {
  if (!paths.length) return;
  const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((s, i) => path[i] === s);
  for (const path of paths) {
    const wildcard = path[path.length - 1] === '*';
    const root = wildcard ? path.slice(0, -1) : path;
    for (const symbol of symbols) {
      if (symbol.rust.exported || symbol.rust.visibility !== 'pub' || !startsWith(symbol.namePath, root)) continue;
      // A named item brings its pub members along; a wildcard, the module's items and their members.
      if (wildcard ? symbol.namePath.length > root.length && symbol.namePath.length <= root.length + 2 : true) symbol.rust.exported = true;
    }
  }
}

/** `#[test]`, `#[cfg(test)]`, `#[cfg(all(test, ..))]`. */
const isTestAttribute = (attribute: string) => /^(?:test|cfg\s*\(\s*(?:all\s*\(\s*)?test\b.*)$/.test(attribute);

/** Marks each item with an attribute `is` names, and everything inside it (a `mod tests`' items). */
function markEnclosed(symbols: RustSymbolFact[], is: (attribute: string) => boolean, mark: (rust: RustFacts) => void): void {
  const roots = symbols.filter((s) => s.decorators.some(is));
  for (const symbol of symbols) {
    if (roots.some((root) => root.range.start <= symbol.range.start && symbol.range.end <= root.range.end)) mark(symbol.rust);
  }
}

/** `list`'s named children, with the trivia before each noted. */
function membersOf(list: Node, ctx: Context): Node[] {
  const members = namedChildren(list);
  triviaBefore(members, ctx.text, ctx.trivia);
  return members;
}

function visitItems(list: Node, scope: Scope, ctx: Context): void {
  for (const node of membersOf(list, ctx)) {
    switch (node.type) {
      case 'function_item':
      case 'function_signature_item':
        addFunction(node, scope, ctx);
        break;
      case 'struct_item':
      case 'union_item':
        addStruct(node, scope, ctx);
        break;
      case 'enum_item':
        addEnum(node, scope, ctx);
        break;
      case 'trait_item':
        addTrait(node, scope, ctx);
        break;
      case 'impl_item':
        visitImpl(node, scope, ctx);
        break;
      case 'type_item':
      case 'associated_type':
        addItem(node, nameOf(node, 'type'), 'type', 'type', scope, ctx);
        break;
      case 'const_item':
        addItem(node, nameOf(node, 'const'), 'constant', 'const', scope, ctx);
        break;
      case 'static_item':
        addItem(node, nameOf(node, 'static'), 'variable', 'static', scope, ctx);
        break;
      case 'mod_item':
        addModule(node, scope, ctx);
        break;
      case 'foreign_mod_item': {
        const body = field(node, 'body') ?? namedChildren(node).find((c) => c.type === 'declaration_list');
        if (body) visitItems(body, { ...scope, container: 'extern' }, ctx);
        break;
      }
    }
  }
}

const nameOf = (node: Node, fallback: string): string => field(node, 'name')?.text ?? fallback;

function visibilityOf(node: Node): RustVisibility | undefined {
  const modifier = children(node).find((c) => c.type === 'visibility_modifier');
  if (!modifier) return undefined;
  const written = modifier.text.replace(/\s+/g, '');
  if (written === 'pub') return 'pub';
  return written === 'pub(self)' ? 'private' : 'restricted';
}

/** The visibility an item has where it sits: trait items and trait impl items take their trait's. */
function visibilityIn(node: Node, scope: Scope): { visibility: RustVisibility; exported: boolean } {
  const written = visibilityOf(node);
  if (scope.container === 'trait' || scope.container === 'trait-impl') return { visibility: written ?? 'pub', exported: scope.exported };
  const visibility = written ?? 'private';
  return { visibility, exported: scope.exported && visibility === 'pub' };
}

function addItem(node: Node, name: string, kind: SymbolKind, item: RustItem, scope: Scope, ctx: Context, facts: Partial<RustFacts> = {}): RustSymbolFact {
  const { visibility, exported } = visibilityIn(node, scope);
  const symbol = baseSymbol(node, [...scope.path, name], kind, ctx, { item, visibility, exported, modifiers: [], ...facts });
  if (scope.implType !== undefined) symbol.rust.implType = scope.implType;
  if (scope.implTrait !== undefined) symbol.rust.implTrait = scope.implTrait;
  if (scope.container === 'trait-impl') symbol.rust.inTraitImpl = true;
  if (item === 'static' && children(node).some((c) => c.type === 'mutable_specifier')) symbol.rust.modifiers.push('mut');
  ctx.out.push(symbol);
  return symbol;
}

function addFunction(node: Node, scope: Scope, ctx: Context): void {
  const kind: SymbolKind = scope.container === 'module' || scope.container === 'extern' ? 'function' : 'method';
  const modifiers = children(node).find((c) => c.type === 'function_modifiers');
  const keywords = modifiers ? children(modifiers).map((m) => m.text.replace(/\s+/g, ' ')) : [];
  const symbol = addItem(node, nameOf(node, 'fn'), kind, 'fn', scope, ctx, { modifiers: keywords });
  const body = field(node, 'body');
  const returnType = field(node, 'return_type');
  symbol.params = parameters(field(node, 'parameters'), ctx.text);
  symbol.typeParams = typeParams(node);
  symbol.isAsync = keywords.includes('async');
  symbol.isStub = !body;
  symbol.isAbstract = scope.container === 'trait' && !body;
  if (returnType) {
    symbol.returnAnnotation = ctx.text.slice(returnType.startIndex, returnType.endIndex);
    // `-> ()` and `-> !` return nothing to describe.
    symbol.returnsValue = !/^(\(\s*\)|!)$/.test(symbol.returnAnnotation);
  }
  symbol.rust.returnsResult = returnType !== undefined && /^(?:[\w]+::)*Result\b/.test(symbol.returnAnnotation!);
  symbol.rust.isUnsafe = keywords.includes('unsafe');
  symbol.rust.panics = body ? bodyFlow(body, ctx.text, RUST_FLOW, ctx.flows).raises : [];
}

function addStruct(node: Node, scope: Scope, ctx: Context): void {
  const item: RustItem = node.type === 'union_item' ? 'union' : 'struct';
  const symbol = addItem(node, nameOf(node, item), 'class', item, scope, ctx);
  symbol.typeParams = typeParams(node);
  const body = field(node, 'body');
  if (body?.type === 'field_declaration_list') addFields(body, symbol.namePath, symbol.rust.exported, false, ctx);
}

/**
 * Named fields, as `property` symbols. A tuple struct's fields (`struct S(pub u8)`) have no names
 * and sit on the struct's line: they give none.
 */
function addFields(list: Node, path: string[], ownerExported: boolean, ownerDecides: boolean, ctx: Context): void {
  for (const declaration of membersOf(list, ctx).filter((c) => c.type === 'field_declaration')) {
    const name = nameOf(declaration, 'field');
    // A variant's fields are as public as the enum; a struct's need `pub` each.
    const visibility = ownerDecides ? 'pub' : visibilityOf(declaration) ?? 'private';
    const symbol = baseSymbol(declaration, [...path, name], 'property', ctx, { item: 'field', visibility, exported: ownerExported && visibility === 'pub', modifiers: [] });
    const type = field(declaration, 'type');
    if (type) symbol.returnAnnotation = type.text;
    ctx.out.push(symbol);
  }
}

function addEnum(node: Node, scope: Scope, ctx: Context): void {
  const symbol = addItem(node, nameOf(node, 'enum'), 'enum', 'enum', scope, ctx);
  symbol.typeParams = typeParams(node);
  const body = field(node, 'body');
  for (const variant of body ? membersOf(body, ctx).filter((c) => c.type === 'enum_variant') : []) {
    const name = nameOf(variant, 'variant');
    const member = baseSymbol(variant, [...symbol.namePath, name], 'enum-member', ctx, { item: 'variant', visibility: symbol.rust.visibility, exported: symbol.rust.exported, modifiers: [] });
    ctx.out.push(member);
    const fields = field(variant, 'body');
    if (fields?.type === 'field_declaration_list') addFields(fields, member.namePath, member.rust.exported, true, ctx);
  }
}

function addTrait(node: Node, scope: Scope, ctx: Context): void {
  const symbol = addItem(node, nameOf(node, 'trait'), 'interface', 'trait', scope, ctx);
  symbol.typeParams = typeParams(node);
  const bounds = field(node, 'bounds');
  if (bounds) symbol.bases = namedChildren(bounds).filter((b) => !isComment(b)).map((b) => b.text);
  symbol.rust.isUnsafe = children(node).some((c) => c.type === 'unsafe');
  if (symbol.rust.isUnsafe) symbol.rust.modifiers.push('unsafe');
  const body = field(node, 'body');
  if (body) visitItems(body, { path: symbol.namePath, exported: symbol.rust.exported, container: 'trait' }, ctx);
}

/** `Vec<T, A>` -> `Vec`, `alloc::vec::Vec<T>` -> `Vec`, `&'a str` -> `&'a str` (spaces collapsed). */
export function typeName(type: Node): string {
  if (type.type === 'generic_type') return typeName(field(type, 'type') ?? type);
  if (type.type === 'scoped_type_identifier') return field(type, 'name')?.text ?? type.text;
  return type.text.replace(/\s+/g, ' ');
}

/**
 * An impl block gives no symbol; its items are named after the self type: `impl<T> Trait for
 * Vec<T>`'s `fmt` is `[Vec, fmt]`, as rustdoc lists it on Vec's page, with the trait in
 * `rust.implTrait` (two impls' `fmt` of one type get ids `method:Vec.fmt` and `method:Vec.fmt#1`).
 */
function visitImpl(node: Node, scope: Scope, ctx: Context): void {
  const type = field(node, 'type');
  const trait = field(node, 'trait');
  const body = field(node, 'body');
  if (!type || !body) return;
  visitItems(body, {
    path: [...scope.path, typeName(type)],
    exported: scope.exported,
    container: trait ? 'trait-impl' : 'impl',
    implType: type.text,
    ...(trait ? { implTrait: trait.text } : {}),
  }, ctx);
}

/** `mod x { }` and `mod x;`: a `class` symbol (`rust.item` `'mod'`), its items below its name. */
function addModule(node: Node, scope: Scope, ctx: Context): void {
  const symbol = addItem(node, nameOf(node, 'mod'), 'class', 'mod', scope, ctx);
  const body = field(node, 'body');
  if (!body) return;
  // No outer doc: the `//!` at the top of its body is its doc.
  const inner = docParts(innerTrivia(namedChildren(body)), ctx.text, isInnerDoc);
  if (!symbol.docstring && inner.docstring) symbol.docstring = inner.docstring;
  else if (inner.docstring) inner.others.unshift(inner.docstring.range);
  if (inner.others.length) symbol.rust.otherDocs = [...(symbol.rust.otherDocs ?? []), ...inner.others];
  visitItems(body, { path: symbol.namePath, exported: symbol.rust.exported, container: 'module' }, ctx);
}

function baseSymbol(node: Node, namePath: string[], kind: SymbolKind, ctx: Context, rust: RustFacts): RustSymbolFact {
  const { text } = ctx;
  const trivia = ctx.trivia.get(node.id) ?? leadingTrivia(node, text);
  const attributes = trivia.filter((n) => n.type === 'attribute_item');
  const { docstring, others } = docParts(trivia, text, isOuterDoc);
  const start = attributes[0]?.startIndex ?? node.startIndex;
  const body = field(node, 'body');
  const signatureEnd = trimEndOffset(text, body ? body.startIndex : node.endIndex);
  if (others.length) rust.otherDocs = others;
  return symbolFact({
    name: namePath[namePath.length - 1],
    namePath,
    kind,
    language: 'rust',
    decorators: attributes.filter((a) => !isDocAttribute(a, text)).map((a) => text.slice(a.startIndex, a.endIndex).replace(/^#\s*\[\s*/, '').replace(/\s*\]$/, '')),
    range: { start, end: node.endIndex },
    signatureRange: { start, end: signatureEnd },
    ...(docstring ? { docstring } : {}),
    insertion: insertionOnOwnLine(attributes[0] ?? node, text, ctx.indentUnit),
    rust,
  });
}

function trimEndOffset(text: string, end: number): number {
  while (end > 0 && /[\s;]/.test(text[end - 1])) end--;
  return end;
}

/** Type and const parameter names (`<'a, T: Clone, const N: usize>` -> ['T', 'N']); lifetimes are not documented. */
function typeParams(node: Node): string[] {
  const list = field(node, 'type_parameters');
  if (!list) return [];
  const out: string[] = [];
  for (const p of namedChildren(list)) {
    if (p.type === 'type_parameter' || p.type === 'const_parameter') out.push(field(p, 'name')?.text ?? namedChildren(p).find((c) => c.type === 'type_identifier' || c.type === 'identifier')?.text ?? p.text);
    else if (p.type === 'type_identifier') out.push(p.text);
    else if (p.type === 'constrained_type_parameter' || p.type === 'optional_type_parameter') {
      const left = field(p, 'left') ?? field(p, 'name') ?? namedChildren(p)[0];
      if (left && left.type !== 'lifetime') out.push(left.text);
    }
  }
  return out;
}

/** Identifiers a pattern binds (`(a, b)` -> a, b; `Point { x, y: py }` -> x, py). */
function boundNames(pattern: Node): string[] {
  if (pattern.type === 'identifier') return [pattern.text];
  if (pattern.type === 'shorthand_field_identifier') return [pattern.text];
  if (pattern.type === 'field_pattern') {
    const inner = field(pattern, 'pattern');
    return inner ? boundNames(inner) : namedChildren(pattern).filter((c) => c.type === 'shorthand_field_identifier').map((c) => c.text);
  }
  // A path in a pattern (`Some(x)`'s `Some`) names a type, not a binding.
  return namedChildren(pattern)
    .filter((c) => !['scoped_identifier', 'type_identifier', 'field_identifier'].includes(c.type) && !(pattern.type === 'tuple_struct_pattern' && c === field(pattern, 'type')))
    .flatMap(boundNames);
}

/**
 * `self`, `&self`, `&mut self`, `self: Box<Self>`: implicit, named `self`. `x: T`: name and type
 * as written. A pattern (`(a, b): (i32, i32)`): named by its text, kind `destructured`, `elements`
 * the names it binds. `_: T`: implicit (prose cannot name it). `...` of an extern fn: kind `rest`.
 */
function parameters(list: Node | undefined, text: string): ParamFact[] {
  if (!list) return [];
  const out: ParamFact[] = [];
  for (const node of namedChildren(list)) {
    if (node.type === 'self_parameter') {
      out.push({ name: 'self', kind: 'positional', optional: false, annotation: node.text, implicit: true, offset: node.startIndex });
    } else if (node.type === 'parameter') {
      const pattern = field(node, 'pattern');
      const type = field(node, 'type');
      const annotation = type ? text.slice(type.startIndex, type.endIndex) : undefined;
      if (pattern?.type === 'self') {
        out.push({ name: 'self', kind: 'positional', optional: false, ...(annotation ? { annotation } : {}), implicit: true, offset: pattern.startIndex });
        continue;
      }
      const simple = pattern?.type === 'identifier';
      const name = pattern ? text.slice(pattern.startIndex, pattern.endIndex).replace(/\s+/g, ' ') : `param${out.length}`;
      out.push({
        name,
        kind: simple || !pattern || pattern.text === '_' ? 'positional' : 'destructured',
        optional: false,
        ...(annotation !== undefined ? { annotation } : {}),
        ...(name === '_' ? { implicit: true } : {}),
        ...(pattern ? { offset: pattern.startIndex } : {}),
        ...(pattern && !simple && name !== '_' ? { elements: boundNames(pattern) } : {}),
      });
    } else if (node.type === 'variadic_parameter') {
      out.push({ name: '...', kind: 'rest', optional: false, implicit: true, offset: node.startIndex });
    } else if (!isComment(node) && node.type !== 'attribute_item') {
      // A bare type (a trait method of edition 2015, a fn pointer): no name.
      out.push({ name: '_', kind: 'positional', optional: false, annotation: node.text, implicit: true, offset: node.startIndex });
    }
  }
  return out;
}
