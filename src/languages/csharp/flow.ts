/**
 * What a C# member body does, for the checks: the exceptions it throws (`throw new X(...)`,
 * `x ?? throw new X()`), the ones a bare `throw;` passes on from its `catch`, and whether it returns
 * a value (`return x;`, `yield return x;`, an expression body). Lambdas, anonymous methods and local
 * functions belong to someone else.
 */
import { field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

export const CSHARP_NESTED_SCOPES: ReadonlySet<string> = new Set(['lambda_expression', 'anonymous_method_expression', 'local_function_statement']);

const BOUNDARY = new Set(['method_declaration', 'constructor_declaration', 'accessor_declaration', 'operator_declaration', ...CSHARP_NESTED_SCOPES]);

/** `System.IO.IOException` -> `IOException`; `Bad<T>` -> `Bad`. */
export function simpleTypeName(type: string): string {
  const bare = type.replace(/<[\s\S]*$/, '').trim();
  return bare.slice(bare.lastIndexOf('.') + 1);
}

const valueOf = (node: Node) => namedChildren(node).find((c) => c.type !== 'comment');

function createdType(expression: Node | undefined): string | undefined {
  if (!expression || expression.type !== 'object_creation_expression') return undefined;
  const type = field(expression, 'type');
  if (!type) return undefined;
  const named = type.type === 'generic_name' ? namedChildren(type)[0] : type;
  return named?.text.replace(/\s+/g, '');
}

/** The types a `catch (IOException e)` names (none for a bare `catch`). */
function caughtTypes(clause: Node): string[] {
  const declaration = namedChildren(clause).find((c) => c.type === 'catch_declaration');
  const type = declaration ? field(declaration, 'type') : undefined;
  return type ? [type.text] : [];
}

function enclosingCatch(node: Node, name?: string): Node | undefined {
  for (let parent = node.parent; parent && !BOUNDARY.has(parent.type); parent = parent.parent) {
    if (parent.type !== 'catch_clause') continue;
    if (name === undefined) return parent;
    const declaration = namedChildren(parent).find((c) => c.type === 'catch_declaration');
    return declaration && field(declaration, 'name')?.text === name ? parent : undefined;
  }
  return undefined;
}

export const CSHARP_FLOW: FlowGrammar = {
  nestedScopes: CSHARP_NESTED_SCOPES,
  flowTypes: ['throw_statement', 'throw_expression', 'return_statement', 'yield_statement'],
  raisedTypes(node) {
    if (node.type !== 'throw_statement' && node.type !== 'throw_expression') return undefined;
    const thrown = valueOf(node);
    const created = createdType(thrown);
    if (created) return { types: [created] };
    // `throw;` and `throw e;` in a `catch (IOException e)` pass on what was caught.
    const clause = !thrown ? enclosingCatch(node) : thrown.type === 'identifier' ? enclosingCatch(node, thrown.text) : undefined;
    const types = clause ? caughtTypes(clause) : [];
    return types.length > 0 ? { types, reraised: true } : undefined;
  },
  // An iterator's `yield return` gives its value: C# documents it under <returns>.
  returnsValue: (node) => (node.type === 'return_statement' || (node.type === 'yield_statement' && !/^yield\s+break\b/.test(node.text))) && valueOf(node) !== undefined,
  isYield: () => false,
};
