/**
 * What a Rust function body may panic with, for rustdoc's `# Panics` section, as Clippy's
 * missing_panics_doc reads it: panicking macros (`panic!`, `assert!`, `assert_eq!`, `assert_ne!`)
 * and `.unwrap()` / `.expect(..)` calls, in this body and its closures (a closure runs on the
 * caller's behalf); nested items are someone else's, and a `const { }` block panics at compile
 * time. Left out: `debug_assert!` (debug builds only), `unreachable!` (a bug, not a condition to
 * document), `todo!` and `unimplemented!` (unfinished code). Macro arguments are token trees to
 * tree-sitter, so calls inside another macro (`println!("{}", x.unwrap())`) are read off their text.
 */
import { field, type FlowGrammar, type Node } from '../../core/extract/nodes';

export const RUST_NESTED_SCOPES: ReadonlySet<string> = new Set([
  'const_block',
  'function_item',
  'impl_item',
  'trait_item',
  'mod_item',
  'struct_item',
  'enum_item',
  'union_item',
  'const_item',
  'static_item',
  'macro_definition',
]);

const PANIC_MACROS = new Set(['panic', 'assert', 'assert_eq', 'assert_ne']);
const PANIC_METHODS = new Set(['unwrap', 'expect', 'unwrap_err', 'expect_err']);

/** What a node may panic with: `panic!` for a macro, `unwrap()` for a call, or what a macro's arguments hold. */
export function panicsOf(node: Node): string[] {
  if (node.type === 'macro_invocation') {
    const name = field(node, 'macro')?.text.replace(/^.*::/, '') ?? '';
    if (PANIC_MACROS.has(name)) return [`${name}!`];
    const found: string[] = [];
    for (const m of node.text.matchAll(/\.\s*(unwrap|expect|unwrap_err|expect_err)\s*\(|\b(panic|assert|assert_eq|assert_ne)\s*!/g)) {
      found.push(m[1] ? `${m[1]}()` : `${m[2]}!`);
    }
    return found;
  }
  if (node.type === 'call_expression') {
    const callee = field(node, 'function');
    const method = callee?.type === 'field_expression' ? field(callee, 'field')?.text : undefined;
    if (method && PANIC_METHODS.has(method)) return [`${method}()`];
  }
  return [];
}

export const RUST_FLOW: FlowGrammar = {
  nestedScopes: RUST_NESTED_SCOPES,
  flowTypes: ['macro_invocation', 'call_expression'],
  // A macro's arguments are one token tree to tree-sitter (no calls or macros inside), read by
  // `panicsOf` off its text; so no node found here is inside another macro.
  raisedTypes(node) {
    const found = panicsOf(node);
    return found.length ? { types: found } : undefined;
  },
  // A Rust function returns a value exactly when its signature says (its tail expression): read there.
  returnsValue: () => false,
  isYield: () => false,
};
