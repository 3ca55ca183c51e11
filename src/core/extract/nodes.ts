/** Small helpers over tree-sitter nodes shared by the language extractors. */
import type { Node } from '@vscode/tree-sitter-wasm';

export type { Node };

export function children(node: Node): Node[] {
  return node.children.filter((n): n is Node => n !== null);
}

export function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null);
}

export function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** Depth-first walk that does not descend into nodes for which `stop` returns true (they are still visited). */
export function walk(node: Node, visit: (n: Node) => void, stop: (n: Node) => boolean): void {
  for (const child of children(node)) {
    visit(child);
    if (!stop(child)) walk(child, visit, stop);
  }
}

export interface BodyFlow {
  raises: string[];
  /** Types only re-raised from an `except` (bare `raise`, `raise e`): passed on, not raised anew. */
  reraises: string[];
  returnsValue: boolean;
  yieldsValue: boolean;
}

/** How one language spells what `bodyFlow` looks for. */
export interface FlowGrammar {
  /** Node types whose bodies belong to someone else (nested functions, classes, lambdas). */
  nestedScopes: ReadonlySet<string>;
  /** Every node type the three functions below can react to (what a FlowIndex looks for). */
  flowTypes: readonly string[];
  /** The exception types a raise/throw node raises, if it names them; `reraised` when it passes on what an `except` caught. */
  raisedTypes(node: Node, text: string): { types: string[]; reraised?: boolean } | undefined;
  returnsValue(node: Node): boolean;
  isYield(node: Node): boolean;
}

/**
 * Raises (in source order, once each), returned values and yields of one body, not of nested
 * scopes. With `index` (the file's flow nodes, found once) only those nodes are read; without it
 * every node of the body is walked (same answer, much slower: kept as the definition tests compare to).
 */
export function bodyFlow(body: Node, text: string, grammar: FlowGrammar, index?: { within(body: Node): readonly Node[] }): BodyFlow {
  const flow: BodyFlow = { raises: [], reraises: [], returnsValue: false, yieldsValue: false };
  const visit = (node: Node) => {
    const raised = grammar.raisedTypes(node, text);
    if (raised) {
      const list = raised.reraised ? flow.reraises : flow.raises;
      for (const name of raised.types) if (!list.includes(name)) list.push(name);
    } else if (grammar.returnsValue(node)) flow.returnsValue = true;
    else if (grammar.isYield(node)) flow.yieldsValue = true;
  };
  if (index) for (const node of index.within(body)) visit(node);
  else walk(body, visit, (node) => grammar.nestedScopes.has(node.type));
  return flow;
}

/**
 * The earliest, innermost ERROR or MISSING node, for a "does not parse at line N" message that
 * points near the real mistake rather than at an ERROR node wrapping half the file.
 */
export function firstError(root: Node): Node | undefined {
  if (!root.hasError) return undefined;
  let node = root;
  for (;;) {
    const next = children(node).find((c) => c.isMissing || c.isError || c.hasError);
    if (!next) return node;
    if (next.isMissing) return next;
    node = next;
  }
}

/** Give ids `kind:path#n` that are stable across re-parses of an unchanged structure. */
export function assignIds<T extends { kind: string; namePath: string[]; id: string }>(symbols: T[]): T[] {
  const seen = new Map<string, number>();
  for (const symbol of symbols) {
    const base = `${symbol.kind}:${symbol.namePath.join('.')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    symbol.id = n === 0 ? base : `${base}#${n}`;
  }
  return symbols;
}
