/**
 * The raise/return/yield nodes of a whole file and the nested scopes (defs, classes, lambdas),
 * found by one tree-sitter query (the search runs inside WASM). Walking every body node by node
 * from JavaScript read `.children` and `.type` across the WASM boundary for every node, nearly half
 * of `check`'s time; climbing `.parent` is no cheaper (tree-sitter finds a parent by descending
 * from the root). Here a body's flow nodes are found from offsets alone.
 */
import type { Language, Query } from '@vscode/tree-sitter-wasm';
import type { Node } from './nodes';
import { createQuery } from './treeSitter';

const queries = new WeakMap<Language, Map<string, Query>>();

function queryFor(language: Language, source: string): Query {
  let byLanguage = queries.get(language);
  if (!byLanguage) queries.set(language, (byLanguage = new Map()));
  let query = byLanguage.get(source);
  if (!query) byLanguage.set(source, (query = createQuery(language, source)));
  return query;
}

interface Span {
  node: Node;
  start: number;
  end: number;
}

const byStart = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** First index whose span starts at or after `offset`. */
function firstFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class FlowIndex {
  private readonly flows: Span[] = [];
  private readonly scopes: Span[] = [];
  private built = false;

  /**
   * `flowTypes`: the node types the grammar reacts to; `nestedScopes`: types whose insides belong
   * to someone else. The query runs on the first `within`: a file whose bodies nobody asks about
   * (no documented function, for `check`) costs none. The tree must live until then.
   */
  constructor(
    private readonly root: Node,
    private readonly flowTypes: readonly string[],
    private readonly nestedScopes: ReadonlySet<string>,
  ) {}

  private build(): void {
    this.built = true;
    const { root, flowTypes, nestedScopes } = this;
    const { language } = root.tree;
    // A type the grammar does not have (TSX's and JavaScript's differ) cannot be in a query.
    const alternatives = (types: Iterable<string>) => [...types].filter((t) => language.idForNodeType(t, true) !== null).map((t) => `(${t})`).join(' ');
    const source = `[${alternatives(flowTypes)}] @flow [${alternatives(nestedScopes)}] @scope`;
    for (const { name, node } of queryFor(language, source).captures(root)) {
      (name === 'flow' ? this.flows : this.scopes).push({ node, start: node.startIndex, end: node.endIndex });
    }
    this.flows.sort(byStart);
    this.scopes.sort(byStart);
  }

  /**
   * The flow nodes below `body` and not inside a nested scope below it, in source order: what a
   * walk of `body` that does not descend into nested scopes visits. A scope strictly below `body`
   * always spans more than any flow node it holds (its keyword), so offsets decide containment.
   */
  within(body: Node): Node[] {
    if (!this.built) this.build();
    const { startIndex: start, endIndex: end, id } = body;
    // The outermost nested scopes below the body: disjoint, in order.
    const covered: Span[] = [];
    for (let i = firstFrom(this.scopes, start); i < this.scopes.length && this.scopes[i].start < end; i++) {
      const scope = this.scopes[i];
      if (scope.end > end || scope.node.id === id) continue;
      const last = covered[covered.length - 1];
      if (!last || scope.start >= last.end) covered.push(scope);
    }
    const out: Node[] = [];
    let c = 0;
    for (let i = firstFrom(this.flows, start); i < this.flows.length && this.flows[i].start < end; i++) {
      const flow = this.flows[i];
      if (flow.end > end || flow.node.id === id) continue;
      while (c < covered.length && covered[c].end <= flow.start) c++;
      if (c < covered.length && covered[c].start <= flow.start && flow.end <= covered[c].end) continue;
      out.push(flow.node);
    }
    return out;
  }
}
