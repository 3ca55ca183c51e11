/**
 * The members JSDoc can document below a JS/TS parameter (`@param options.foo.bar`): the keys of a
 * destructuring pattern, or the properties of an object-literal type. Keys are unquoted
 * (`{"foo": bar}` is `foo`), computed keys have no name and are left out, array elements are
 * numbered as eslint-plugin-jsdoc numbers them (holes count).
 */
import { children, field, namedChildren, type Node } from '../../core/extract/nodes';
import type { ParamMember } from '../../core/extract/types';

const PATTERNS = new Set(['object_pattern', 'array_pattern']);

/** `'foo'`, `"foo"` and `foo` are the same key. */
function keyName(key: Node): string | undefined {
  if (key.type === 'computed_property_name') return undefined;
  if (key.type === 'string') return key.text.slice(1, -1);
  return key.text;
}

/** The pattern below a value (`{a: {b}}`, `{a: {b} = {}}`), if it destructures further. */
function innerPattern(value: Node | undefined): Node | undefined {
  const inner = value?.type === 'assignment_pattern' ? field(value, 'left') : value;
  return inner && PATTERNS.has(inner.type) ? inner : undefined;
}

export function patternMembers(pattern: Node, prefix = ''): ParamMember[] {
  const out: ParamMember[] = [];
  const add = (path: string, value?: Node, extra: Omit<ParamMember, 'path'> = {}) => {
    out.push({ path: prefix + path, ...extra });
    const inner = innerPattern(value);
    if (inner) out.push(...patternMembers(inner, `${prefix}${path}.`));
  };
  if (pattern.type === 'array_pattern') {
    let index = 0;
    let filled = false;
    for (const element of children(pattern)) {
      if (element.type === ',') {
        if (!filled) add(String(index), undefined, { optional: 'hole' });
        index++;
        filled = false;
      } else if (element.isNamed && element.type !== 'comment') {
        // An array's `...rest` is its last element, documented like the others (eslint-plugin-jsdoc).
        const bound = element.type === 'assignment_pattern' ? field(element, 'left') : element.type === 'rest_pattern' ? namedChildren(element)[0] : element;
        add(String(index), element, bound?.type === 'identifier' ? { alias: prefix + bound.text } : {});
        filled = true;
      }
    }
    return out;
  }
  for (const element of namedChildren(pattern)) {
    switch (element.type) {
      case 'shorthand_property_identifier_pattern':
        add(element.text);
        break;
      case 'object_assignment_pattern': {
        const left = field(element, 'left');
        if (left) add(left.text);
        break;
      }
      case 'pair_pattern': {
        const key = field(element, 'key');
        const name = key && keyName(key);
        if (name !== undefined) add(name, field(element, 'value'));
        break;
      }
      case 'rest_pattern': {
        const inner = namedChildren(element)[0];
        if (inner) add(inner.text, undefined, { optional: 'rest' });
        break;
      }
    }
  }
  return out;
}

/** Properties and methods of `{ a: string; b: { c: number } }`, nested ones too. */
export function typeMembers(objectType: Node, prefix = ''): ParamMember[] {
  const out: ParamMember[] = [];
  for (const member of namedChildren(objectType)) {
    if (member.type !== 'property_signature' && member.type !== 'method_signature') continue;
    const key = field(member, 'name');
    const name = key && keyName(key);
    if (name === undefined) continue;
    out.push({ path: prefix + name, fromType: true });
    const nested = namedChildren(field(member, 'type') ?? member).find((t) => t.type === 'object_type');
    if (member.type === 'property_signature' && nested) out.push(...typeMembers(nested, `${prefix}${name}.`));
  }
  return out;
}
