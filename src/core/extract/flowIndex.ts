/**
 * The raise/return/yield nodes and the nested scopes (defs, classes, lambdas) of the bodies asked
 * about, found by a tree-sitter query over each body's subtree (the search runs inside WASM).
 * Walking every body node by node from JavaScript read `.children` and `.type` across the WASM
 * boundary for every node, nearly half of `check`'s time; climbing `.parent` is no cheaper (tree-sitter finds a parent by descending
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
function firstFrom(spans: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One body's subtree, searched once: its flow nodes and nested scopes, in source order. */
interface Scan {
  start: number;
  end: number;
  flows: Span[];
  scopes: Span[];
}

export class FlowIndex {
  /** Searched subtrees, disjoint, by start (an outer body is asked before the bodies inside it). */
  private readonly scans: Scan[] = [];
  private query: Query | undefined;

  /**
   * `flowTypes`: the node types the grammar reacts to; `nestedScopes`: types whose insides belong
   * to someone else. Only the bodies asked about are searched, each once with what it holds:
   * `check` asks about documented functions only, so the rest of a file costs nothing. The tree
   * must live until the last `within`.
   */
  constructor(
    private readonly root: Node,
    private readonly flowTypes: readonly string[],
    private readonly nestedScopes: ReadonlySet<string>,
  ) {}

  private search(body: Node): Scan {
    if (!this.query) {
      const { language } = this.root.tree;
      // A type the grammar does not have (TSX's and JavaScript's differ) cannot be in a query.
      const alternatives = (types: Iterable<string>) => [...types].filter((t) => language.idForNodeType(t, true) !== null).map((t) => `(${t})`).join(' ');
      this.query = queryFor(language, `[${alternatives(this.flowTypes)}] @flow [${alternatives(this.nestedScopes)}] @scope`);
    }
    const scan: Scan = { start: body.startIndex, end: body.endIndex, flows: [], scopes: [] };
    for (const { name, node } of this.query.captures(body)) {
      (name === 'flow' ? scan.flows : scan.scopes).push({ node, start: node.startIndex, end: node.endIndex });
    }
    scan.flows.sort(byStart);
    scan.scopes.sort(byStart);
    // In place by start (at the end, in the extractors' order); searches of bodies inside it (asked
    // before the one around it) are replaced by it.
    const at = firstFrom(this.scans, scan.start);
    let inside = 0;
    while (at + inside < this.scans.length && this.scans[at + inside].end <= scan.end) inside++;
    this.scans.splice(at, inside, scan);
    return scan;
  }

  /** The search that covers `body`: one around it already made (found by start: they are disjoint), or a new one of its subtree. */
  private scanOf(body: Node): Scan {
    const { startIndex: start, endIndex: end } = body;
    const before = this.scans[firstFrom(this.scans, start + 1) - 1];
    if (before && before.start <= start && end <= before.end) return before;
    return this.search(body);
  }

  /**
   * The flow nodes below `body` and not inside a nested scope below it, in source order: what a
   * walk of `body` that does not descend into nested scopes visits. A scope strictly below `body`
   * always spans more than any flow node it holds (its keyword), so offsets decide containment.
   */
  within(body: Node): Node[] {
    const { flows, scopes } = this.scanOf(body);
    const { startIndex: start, endIndex: end, id } = body;
    // The outermost nested scopes below the body: disjoint, in order.
    const covered: Span[] = [];
    for (let i = firstFrom(scopes, start); i < scopes.length && scopes[i].start < end; i++) {
      const scope = scopes[i];
      if (scope.end > end || scope.node.id === id) continue;
      const last = covered[covered.length - 1];
      if (!last || scope.start >= last.end) covered.push(scope);
    }
    const out: Node[] = [];
    let c = 0;
    for (let i = firstFrom(flows, start); i < flows.length && flows[i].start < end; i++) {
      const flow = flows[i];
      if (flow.end > end || flow.node.id === id) continue;
      while (c < covered.length && covered[c].end <= flow.start) c++;
      if (c < covered.length && covered[c].start <= flow.start && flow.end <= covered[c].end) continue;
      out.push(flow.node);
    }
    return out;
  }
}
