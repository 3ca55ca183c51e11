/**
 * C and C++ declarators: what a declarator declares (a function, or a variable of some type), its
 * name, its parameters and the type it gives. `int *(*f)(int)` is a variable (a function pointer);
 * `int *f(int)` a function returning `int *`; `ns::A<T>::g` names `g` in scope `ns::A<T>`.
 */
import { children, field, namedChildren, type Node } from '../../core/extract/nodes';
import type { ParamFact } from '../../core/extract/types';

export interface Declared {
  /** The node holding the name (identifier, qualified_identifier, operator_name...). */
  name?: Node;
  /**
   * The function declarator whose declarator is the name, when there is one: `f(int)` in `int
   * *f(int)` and in `void (*f(int))(int)` (a function returning a function pointer); none in `int
   * (*fp)(int)` (a pointer to a function).
   */
  func?: Node;
}

/** What `declarator` declares. */
export function analyse(declarator: Node | undefined): Declared {
  let node = declarator;
  let parent: Node | undefined;
  while (node) {
    if (node.type === 'operator_cast') return { name: node, func: node };
    const inner: Node | undefined =
      node.type === 'function_declarator' || WRAPPERS.has(node.type)
        ? field(node, 'declarator') ?? namedChildren(node).find((c) => !c.type.startsWith('attribute') && c.type !== 'type_qualifier')
        : node.type === 'parenthesized_declarator'
          ? namedChildren(node)[0]
          : undefined;
    if (inner === undefined) {
      // `int *` of an unnamed parameter: no name.
      if (node.type.startsWith('abstract_')) return {};
      return { name: node, ...(parent?.type === 'function_declarator' ? { func: parent } : {}) };
    }
    // `operator()[[nodiscard]](...)`: the attribute between a name and its parameters changes nothing.
    if (node.type !== 'attributed_declarator') parent = node;
    node = inner;
  }
  return {};
}

const WRAPPERS = new Set(['pointer_declarator', 'reference_declarator', 'array_declarator', 'attributed_declarator', 'init_declarator', 'variadic_declarator']);

/** A name as Doxygen lists it: `~A`, `operator==`, `operator bool`, `g` for `g<int>`, the last part of `A::g`. */
export function nameText(node: Node): string {
  switch (node.type) {
    case 'qualified_identifier': {
      const name = field(node, 'name');
      return name ? nameText(name) : node.text;
    }
    case 'template_function':
    case 'template_type':
      return field(node, 'name')?.text ?? node.text;
    case 'destructor_name':
      return `~${node.text.replace(/^~\s*/, '')}`;
    case 'operator_name':
      return node.text.replace(/\s+/g, ' ').replace(/^operator (?=[^\w])/, 'operator').replace(/\s+(?=[(\[])/g, '');
    case 'operator_cast': {
      // `operator _Tp*() const`: the type with its declarator, up to the parameters (the first `(`).
      const written = node.text.slice(0, node.text.indexOf('(') >= 0 ? node.text.indexOf('(') : undefined);
      return written.replace(/^operator\s*/, 'operator ').replace(/\s+/g, ' ').replace(/\s+([*&])/g, '$1').trim();
    }
    default:
      return node.text;
  }
}

/** The scopes of a qualified name (`ns::A<T>::g` gives `['ns', 'A']`, template arguments dropped). */
export function scopesOf(node: Node): string[] {
  const out: string[] = [];
  let current: Node | undefined = node;
  while (current?.type === 'qualified_identifier') {
    const scope = field(current, 'scope');
    if (scope) out.push(scope.type === 'template_type' ? field(scope, 'name')?.text ?? scope.text : scope.text.replace(/<[^]*>$/, ''));
    current = field(current, 'name');
  }
  return out.filter((s) => s !== '');
}

/** The written scope of a qualified name (`ns::A<T>` of `ns::A<T>::g`). */
export function qualifierText(node: Node, text: string): string {
  let last: Node | undefined = node;
  while (last?.type === 'qualified_identifier') last = field(last, 'name');
  return last ? text.slice(node.startIndex, last.startIndex).replace(/::\s*$/, '').replace(/\s+/g, ' ') : '';
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*([*&,<>()])\s*/g, (_, c: string) => (c === ',' ? ', ' : c)).replace(/([^\s*&(<,])([*&]+)$/, '$1 $2').trim();

/**
 * The parameters of a function declarator. `T x` gives name `x` and annotation `T`; `T x = 3`
 * an optional one with its default; `Args&&... args` kind `rest`; `...` (C varargs) kind `rest`,
 * implicit; an unnamed one (`int`) implicit, named `_`; `(void)` none.
 */
export function parameters(func: Node | undefined, text: string): ParamFact[] {
  if (!func) return [];
  const list = field(func, 'parameters') ?? (func.type === 'operator_cast' ? field(field(func, 'declarator') ?? func, 'parameters') : undefined);
  if (!list) return [];
  const out: ParamFact[] = [];
  const nodes = children(list);
  for (const node of nodes) {
    if (node.type === '...') {
      out.push({ name: '...', kind: 'rest', optional: false, implicit: true, offset: node.startIndex });
      continue;
    }
    if (!/parameter_declaration$/.test(node.type)) continue;
    const declarator = field(node, 'declarator');
    const value = field(node, 'default_value');
    const { name } = analyse(declarator);
    const end = value ? text.lastIndexOf('=', value.startIndex) : node.endIndex;
    const whole = text.slice(node.startIndex, end);
    if (!name) {
      if (whole.trim() === 'void' && namedChildren(list).filter((c) => c.type !== 'comment').length === 1) return [];
      out.push({ name: '_', kind: node.type === 'variadic_parameter_declaration' ? 'rest' : 'positional', optional: value !== undefined, annotation: squash(whole), implicit: true, offset: node.startIndex, ...(value ? { default: value.text } : {}) });
      continue;
    }
    const annotation = squash(text.slice(node.startIndex, name.startIndex) + text.slice(name.endIndex, end));
    out.push({
      name: name.text,
      kind: node.type === 'variadic_parameter_declaration' ? 'rest' : 'positional',
      optional: value !== undefined,
      annotation,
      offset: name.startIndex,
      ...(value ? { default: value.text.replace(/\s+/g, ' ') } : {}),
    });
  }
  return out;
}

/** A macro's parameters (`#define MAX(a, b)`): named ones positional, `...` a rest (`__VA_ARGS__`). */
export function macroParameters(list: Node | undefined): ParamFact[] {
  if (!list) return [];
  return children(list)
    .filter((c) => c.type === 'identifier' || c.type === '...')
    .map((c) => (c.type === '...' ? { name: '...', kind: 'rest' as const, optional: false, offset: c.startIndex } : { name: c.text, kind: 'positional' as const, optional: false, offset: c.startIndex }));
}

/** Names of template parameters (`<typename T, int N = 2, typename... Ts, template <class> class U>` gives T, N, Ts, U). */
export function templateParams(list: Node | undefined): string[] {
  if (!list) return [];
  const out: string[] = [];
  for (const p of namedChildren(list)) {
    switch (p.type) {
      case 'type_parameter_declaration':
      case 'variadic_type_parameter_declaration': {
        const name = namedChildren(p).find((c) => c.type === 'type_identifier');
        if (name) out.push(name.text);
        break;
      }
      case 'optional_type_parameter_declaration': {
        const name = field(p, 'name');
        if (name) out.push(name.text);
        break;
      }
      case 'parameter_declaration':
      case 'optional_parameter_declaration':
      case 'variadic_parameter_declaration': {
        const name = analyse(field(p, 'declarator')).name;
        if (name) out.push(name.text);
        break;
      }
      case 'template_template_parameter_declaration': {
        const inner = namedChildren(p).find((c) => /type_parameter_declaration$/.test(c.type));
        const name = inner && (field(inner, 'name') ?? namedChildren(inner).find((c) => c.type === 'type_identifier'));
        if (name) out.push(name.text);
        break;
      }
    }
  }
  return out;
}

/**
 * The return type as written: the declaration's type words, then its declarator without the
 * function's name and parameters (`const char *` for `const char *f()`, `void (*)(int)` for `void
 * (*f(int))(int)`); a trailing `-> T` wins.
 */
export function returnType(declaration: Node, declarator: Node, declared: Declared, text: string): string | undefined {
  const trailing = declared.func && children(declared.func).find((c) => c.type === 'trailing_return_type');
  if (trailing) return squash(trailing.text.replace(/^->\s*/, ''));
  const words = typeWords(declaration, text);
  if (words === undefined || !declared.func) return words === undefined ? undefined : squash(words);
  const rest = text.slice(declarator.startIndex, declared.func.startIndex) + text.slice(declared.func.endIndex, declarator.endIndex);
  return squash(`${words} ${rest}`);
}

/** The type words of a declaration (`const unsigned long`, `struct P` without its body). */
function typeWords(declaration: Node, text: string): string | undefined {
  const type = field(declaration, 'type');
  if (!type) return undefined;
  return children(declaration)
    .filter((c) => c.id === type.id || (c.type === 'type_qualifier' && c.text !== 'constexpr' && c.text !== 'consteval' && c.text !== 'constinit'))
    .map((c) => {
      const body = field(c, 'body');
      return text.slice(c.startIndex, body ? body.startIndex : c.endIndex).trim();
    })
    .join(' ');
}

/** The type a variable, field or typedef declarator gives (`int [3]` for `int arr[3]`, `void (*)(int)` for `void (*cb)(int)`). */
export function declaredType(declaration: Node, declarator: Node, name: Node, text: string): string | undefined {
  const words = typeWords(declaration, text);
  if (words === undefined) return undefined;
  const inner = declarator.type === 'init_declarator' ? field(declarator, 'declarator') ?? declarator : declarator;
  const rest = text.slice(inner.startIndex, name.startIndex) + text.slice(name.endIndex, inner.endIndex);
  return squash(`${words} ${rest}`);
}
