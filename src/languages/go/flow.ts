/**
 * What a Go function body does, as a FlowGrammar: Go has no exceptions, so `raisedTypes` reports
 * the argument of each `panic(...)` call (the extractor moves them to `go.panics`, keeping `raises`
 * empty). Returns are not read here: a Go function returns a value exactly when it declares results.
 */
import { field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

/** A function literal's body is its own (its panics and returns are not the enclosing function's). */
export const GO_NESTED_SCOPES: ReadonlySet<string> = new Set(['func_literal']);

/** The argument text of `panic(x)` (the builtin called by its bare name), else undefined. */
export function panicArgument(node: Node, text: string): string | undefined {
  if (node.type !== 'call_expression') return undefined;
  const callee = field(node, 'function');
  if (callee?.type !== 'identifier' || callee.text !== 'panic') return undefined;
  const args = field(node, 'arguments');
  const first = args ? namedChildren(args).find((a) => a.type !== 'comment') : undefined;
  return first ? text.slice(first.startIndex, first.endIndex) : '';
}

export const GO_FLOW: FlowGrammar = {
  nestedScopes: GO_NESTED_SCOPES,
  flowTypes: ['call_expression'],
  raisedTypes(node, text) {
    const argument = panicArgument(node, text);
    return argument === undefined ? undefined : { types: [argument] };
  },
  returnsValue: () => false,
  isYield: () => false,
};
