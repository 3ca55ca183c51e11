/**
 * What a C++ function body throws, for Doxygen's `@throws`: the type of each `throw X(...)`,
 * `throw X{...}`, `throw ns::X<T>(...)` and `throw new X(...)` in this body, not in lambdas, local
 * classes or nested functions. `throw;` in a `catch` passes on what was caught (a reraise of
 * nothing named); `throw e;` and `throw 1;` name no type and are left out. A function returns a
 * value exactly when its signature says (not `void`): read there.
 */
import { field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

export const CPP_NESTED_SCOPES: ReadonlySet<string> = new Set([
  'lambda_expression',
  'function_definition',
  'class_specifier',
  'struct_specifier',
  'union_specifier',
]);

/** `std::runtime_error<T>` -> `std::runtime_error` as written, spaces collapsed, template arguments dropped. */
function typeText(node: Node): string {
  return node.text.replace(/<[^]*>$/, '').replace(/\s+/g, '');
}

/** The type a thrown expression makes, when it names one. */
export function thrownType(expression: Node): string | undefined {
  switch (expression.type) {
    case 'call_expression': {
      const callee = field(expression, 'function');
      // `throw make_error(x)`: a function call, lower case, names no type we can tell; `X(...)` and `ns::X(...)` do.
      return callee && /^(?:qualified_identifier|identifier|template_function|template_type)$/.test(callee.type) ? typeText(callee) : undefined;
    }
    case 'compound_literal_expression':
    case 'new_expression': {
      const type = field(expression, 'type');
      return type ? typeText(type) : undefined;
    }
    case 'parenthesized_expression': {
      const inner = namedChildren(expression)[0];
      return inner ? thrownType(inner) : undefined;
    }
    default:
      return undefined;
  }
}

export const CPP_FLOW: FlowGrammar = {
  nestedScopes: CPP_NESTED_SCOPES,
  flowTypes: ['throw_statement', 'throw_expression'],
  raisedTypes(node) {
    if (node.type !== 'throw_statement' && node.type !== 'throw_expression') return undefined;
    const expression = namedChildren(node).find((c) => c.type !== 'comment');
    if (!expression) return { types: [], reraised: true };
    const type = thrownType(expression);
    return type ? { types: [type] } : undefined;
  },
  returnsValue: () => false,
  isYield: () => false,
};
