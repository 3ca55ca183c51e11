/**
 * What a JS/TS function body does, for the checks: what it throws (not what its own `try` catches),
 * whether it returns a value (a promise that settles with nothing is none), whether it yields one.
 */
import { children, field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

export const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function', 'generator_function']);
/** Node types whose bodies belong to someone else. */
export const NESTED_SCOPES = new Set([
  'function_declaration', 'generator_function_declaration', 'function_expression', 'function', 'generator_function',
  'arrow_function', 'method_definition', 'class_declaration', 'class', 'abstract_class_declaration',
]);

/** Whether `node` is in the block of a `try` that has a `catch`, within the same function. */
function caughtInPlace(node: Node): boolean {
  for (let child = node, parent = node.parent; parent && !NESTED_SCOPES.has(parent.type); child = parent, parent = parent.parent) {
    if (parent.type === 'try_statement' && field(parent, 'body')?.id === child.id && field(parent, 'handler')) return true;
  }
  return false;
}

/**
 * `new Promise(...)` that settles with no value: `new Promise<void>(...)`, no executor, or an
 * executor that never calls its `resolve` with an argument nor hands it on (eslint-plugin-jsdoc
 * reads it so).
 */
export function isVoidPromise(expression: Node): boolean {
  let node = expression;
  while (node.type === 'parenthesized_expression' && valueOf(node)) node = valueOf(node)!;
  if (node.type !== 'new_expression' || field(node, 'constructor')?.text !== 'Promise') return false;
  const typeArguments = field(node, 'type_arguments');
  if (typeArguments) return /^<\s*(void|undefined)\s*>$/.test(typeArguments.text);
  const executor = namedChildren(field(node, 'arguments') ?? node).find((a) => FUNCTION_VALUES.has(a.type));
  if (!executor) return field(node, 'arguments') === undefined || namedChildren(field(node, 'arguments')!).length === 0;
  const resolve = firstParameterName(executor);
  const body = field(executor, 'body');
  return !resolve || !body || !resolvesWithValue(body, resolve);
}

function firstParameterName(fn: Node): string | undefined {
  const single = field(fn, 'parameter');
  if (single) return single.text;
  const first = namedChildren(field(fn, 'parameters') ?? fn).find((p) => p.type !== 'comment');
  const name = first ? field(first, 'pattern') ?? first : undefined;
  return name?.type === 'identifier' ? name.text : undefined;
}

/**
 * `resolve(x)` in `node`, or `resolve` handed on (`setTimeout(resolve)`: who knows with what); not
 * a bare `resolve()`, nor inside a function that takes its own `resolve`.
 */
function resolvesWithValue(node: Node, resolve: string): boolean {
  for (const child of children(node)) {
    if (child.type === 'identifier' && child.text === resolve) {
      const call = child.parent;
      const bareCall = call?.type === 'call_expression' && field(call, 'function')?.id === child.id && !namedChildren(field(call, 'arguments') ?? call).some((a) => a.type !== 'comment');
      if (!bareCall) return true;
    }
    if (FUNCTION_VALUES.has(child.type) && declaresParameter(child, resolve)) continue;
    if (resolvesWithValue(child, resolve)) return true;
  }
  return false;
}

function declaresParameter(fn: Node, name: string): boolean {
  const single = field(fn, 'parameter');
  if (single) return single.text === name;
  return namedChildren(field(fn, 'parameters') ?? fn).some((p) => (field(p, 'pattern') ?? p).text === name);
}

const valueOf = (node: Node) => namedChildren(node).find((c) => c.type !== 'comment');

export const TS_FLOW: FlowGrammar = {
  nestedScopes: NESTED_SCOPES,
  flowTypes: ['throw_statement', 'return_statement', 'yield_expression'],
  // `throw new E(...)` names a type; `throw err` does not say which. What the function's own `try` catches does not leave it.
  raisedTypes(node, text) {
    if (node.type !== 'throw_statement') return undefined;
    if (caughtInPlace(node)) return { types: [] };
    const thrown = namedChildren(node)[0];
    const type = thrown?.type === 'new_expression' ? field(thrown, 'constructor') : undefined;
    return type ? { types: [text.slice(type.startIndex, type.endIndex)] } : undefined;
  },
  returnsValue(node) {
    const value = node.type === 'return_statement' ? valueOf(node) : undefined;
    return value !== undefined && !isVoidPromise(value);
  },
  // A bare `yield;` hands out nothing to document.
  isYield: (node) => node.type === 'yield_expression' && valueOf(node) !== undefined,
};
