/**
 * What a PHP body throws, returns and yields, for `@throws`, `@return` and generators: `throw new X(..)`
 * (the class as written, `\RuntimeException` keeps its backslash), `return expr;`, `yield`. In this
 * body only: closures, arrow functions, anonymous classes and nested declarations are someone else's.
 * `throw $e` names no type (a rethrow): nothing is listed for it.
 */
import { namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

export const PHP_NESTED_SCOPES: ReadonlySet<string> = new Set([
  'anonymous_function',
  'arrow_function',
  'function_definition',
  'method_declaration',
  'anonymous_class',
  'class_declaration',
  'interface_declaration',
  'trait_declaration',
  'enum_declaration',
]);

const NAMES = new Set(['name', 'qualified_name', 'relative_name']);

/** The class a `throw new X(...)` throws, as written; undefined for `throw $e`, `throw new $class`. */
export function thrownType(node: Node): string | undefined {
  const thrown = namedChildren(node).find((c) => c.type !== 'comment');
  if (thrown?.type !== 'object_creation_expression') return undefined;
  const type = namedChildren(thrown).find((c) => c.type !== 'comment');
  return type && NAMES.has(type.type) ? type.text.replace(/\s+/g, '') : undefined;
}

export const PHP_FLOW: FlowGrammar = {
  nestedScopes: PHP_NESTED_SCOPES,
  flowTypes: ['throw_expression', 'return_statement', 'yield_expression'],
  raisedTypes(node) {
    if (node.type !== 'throw_expression') return undefined;
    const type = thrownType(node);
    return type ? { types: [type] } : undefined;
  },
  returnsValue: (node) => node.type === 'return_statement' && namedChildren(node).some((c) => c.type !== 'comment'),
  isYield: (node) => node.type === 'yield_expression',
};

/** `\Foo\BarException` -> `BarException`: how a documented and a thrown class are compared. */
export const simpleClassName = (type: string): string => type.trim().replace(/^.*\\/, '');
