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
