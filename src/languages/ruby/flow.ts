/**
 * What a Ruby method body raises, returns and yields, for YARD's `@raise`, `@return` and `@yield`.
 *
 * - `raise X`, `raise X, "message"`, `raise X.new(..)`, `raise(X, ..)`, `fail X` raise `X` (as
 *   written: `Foo::Bar`); `raise "message"` raises `RuntimeError`, as Ruby does. A bare `raise` or
 *   `raise e` passes on what a `rescue` caught: not recorded (YARD documents what the method
 *   raises anew; a re-raise is optional to document, like a callee's).
 * - Blocks are the method's: a `raise` in `items.each { .. }` leaves the method. Not the method's:
 *   nested `def`s, classes and modules, lambdas (`-> { }`), and the blocks of `define_method`,
 *   `define_singleton_method`, `lambda`, `proc`, `Proc.new`, `Thread.new`, `Fiber.new` (they run
 *   later, as another method or another thread).
 * - A `return` with a value returns one; `yield` (also `yield` in a block) calls the method's block.
 */
import { field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

export const RUBY_NESTED_SCOPES: ReadonlySet<string> = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class', 'lambda']);

/** Calls whose block runs as something else (a method, a proc, a thread): their raises are not the method's. */
const DEFERRED_BLOCK_CALLS = new Set(['define_method', 'define_singleton_method', 'lambda', 'proc']);
const DEFERRED_NEW = new Set(['Proc', 'Thread', 'Fiber', 'Ractor']);

function defersBlock(call: Node): boolean {
  const method = field(call, 'method')?.text ?? '';
  const receiver = field(call, 'receiver');
  if (!receiver) return DEFERRED_BLOCK_CALLS.has(method);
  return method === 'new' && DEFERRED_NEW.has(receiver.text.replace(/^::/, ''));
}

/** Whether `node` sits in a block that runs as something else, below the method it is in. */
export function inDeferredBlock(node: Node): boolean {
  for (let at = node.parent; at && !RUBY_NESTED_SCOPES.has(at.type) && at.type !== 'program'; at = at.parent) {
    if ((at.type === 'block' || at.type === 'do_block') && at.parent?.type === 'call' && defersBlock(at.parent)) return true;
  }
  return false;
}

/** `raise ..` / `fail ..` with no receiver. The text is read first: most calls are not raises, and fields cost a trip into WASM. */
const isRaise = (node: Node, text: string): boolean =>
  /^(?:raise|fail)\b/.test(text.slice(node.startIndex, node.startIndex + 6)) && node.type === 'call' && !field(node, 'receiver') && /^(raise|fail)$/.test(field(node, 'method')?.text ?? '');

/** The class a `raise` names: `X`, `X.new(..)`, a message alone (`RuntimeError`); undefined for a re-raise (`raise e`). */
export function raisedClass(call: Node): string | undefined {
  const args = field(call, 'arguments');
  const first = args ? namedChildren(args).find((c) => c.type !== 'comment') : undefined;
  if (!first) return undefined;
  if (first.type === 'constant' || first.type === 'scope_resolution') return first.text.replace(/\s+/g, '');
  if (first.type === 'call' && field(first, 'method')?.text === 'new') {
    const receiver = field(first, 'receiver');
    if (receiver && (receiver.type === 'constant' || receiver.type === 'scope_resolution')) return receiver.text.replace(/\s+/g, '');
  }
  if (first.type === 'string' || first.type === 'chained_string' || first.type === 'heredoc_beginning') return 'RuntimeError';
  return undefined;
}

export const RUBY_FLOW: FlowGrammar = {
  nestedScopes: RUBY_NESTED_SCOPES,
  flowTypes: ['call', 'return', 'yield'],
  raisedTypes(node, text) {
    if (!isRaise(node, text) || inDeferredBlock(node)) return undefined;
    const raised = raisedClass(node);
    return raised ? { types: [raised] } : undefined;
  },
  returnsValue: (node) => node.type === 'return' && namedChildren(node).some((c) => c.type !== 'comment') && !inDeferredBlock(node),
  isYield: (node) => node.type === 'yield' && !inDeferredBlock(node),
};
