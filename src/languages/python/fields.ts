/**
 * The fields of a Python record class, which its docstring documents as attributes: dataclasses,
 * attrs classes, pydantic models, NamedTuple, TypedDict and enum members. Only what the class
 * itself declares (a subclass of a user's own model is not recognised: its base is not in view).
 */
import { field, namedChildren, type Node } from '../../core/extract/nodes';
import type { FieldFact, FieldsKind } from '../../core/extract/types';

const last = (name: string) => name.replace(/\(.*$/s, '').trim().split('.').pop() ?? '';
const bare = (name: string) => name.replace(/\(.*$/s, '').trim();

const DATACLASS = new Set(['dataclass', 'dataclasses.dataclass', 'pydantic.dataclasses.dataclass']);
/** attrs' class decorators, old (`attr.s`) and new (`attrs.define`, `@define`). */
const ATTRS = new Set([
  'attr.s', 'attr.attrs', 'attr.define', 'attr.frozen', 'attr.mutable', 'attr.dataclass',
  'attrs.define', 'attrs.frozen', 'attrs.mutable', 'define', 'frozen', 'mutable',
]);
const PYDANTIC = new Set(['BaseModel', 'BaseSettings']);
const ENUMS = new Set(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum']);
/** attrs' field makers: `x = attr.ib()` declares a field even without an annotation. */
const ATTRS_FIELD = /^(?:attr\.ib|attr\.attrib|attrs\.field|attr\.field|field)\s*\(/;
/** Not fields: class variables, and dataclass init-only values. */
const NOT_A_FIELD = /^(?:typing\.|t\.)?(?:ClassVar|InitVar|dataclasses\.InitVar)\b/;
/** Names an Enum gives special meaning to, never members. */
const ENUM_SPECIAL = new Set(['_ignore_', '_order_', '_generate_next_value_', '_missing_']);

/** What declares the fields of this class, if it is a record class Docwright knows. */
export function fieldsKindOf(decorators: readonly string[], bases: readonly string[]): FieldsKind | undefined {
  if (decorators.some((d) => DATACLASS.has(bare(d)))) return 'dataclass';
  if (decorators.some((d) => ATTRS.has(bare(d)))) return 'attrs';
  const baseNames = bases.filter((b) => !b.includes('=')).map(last);
  if (baseNames.some((b) => PYDANTIC.has(b))) return 'pydantic';
  if (baseNames.includes('NamedTuple')) return 'namedtuple';
  if (baseNames.includes('TypedDict')) return 'typeddict';
  if (baseNames.some((b) => ENUMS.has(b))) return 'enum';
  return undefined;
}

/**
 * Other names of the class a docstring may list as attributes without being asked to: class
 * variables, plain class attributes and properties (pydoclint's treatPropertyMethodsAsClassAttributes).
 */
export function otherAttributes(body: Node | undefined, fields: readonly FieldFact[]): string[] {
  const names = new Set<string>();
  for (const statement of body ? namedChildren(body) : []) {
    if (statement.type === 'expression_statement') {
      const left = field(namedChildren(statement)[0] ?? statement, 'left');
      if (namedChildren(statement)[0]?.type === 'assignment' && left?.type === 'identifier') names.add(left.text);
    } else if (statement.type === 'decorated_definition') {
      const decorated = namedChildren(statement).some((d) => d.type === 'decorator' && /^@\s*(?:functools\.)?(?:property|cached_property)\b/.test(d.text));
      const name = field(field(statement, 'definition') ?? statement, 'name')?.text;
      if (decorated && name) names.add(name);
    }
  }
  for (const f of fields) names.delete(f.name);
  return [...names];
}

/** The public fields the class body declares, in source order. */
export function classFields(kind: FieldsKind, body: Node | undefined, text: string): FieldFact[] {
  const out: FieldFact[] = [];
  for (const statement of body ? namedChildren(body) : []) {
    if (statement.type !== 'expression_statement') continue;
    const assignment = namedChildren(statement)[0];
    if (assignment?.type !== 'assignment') continue;
    const left = field(assignment, 'left');
    if (left?.type !== 'identifier') continue;
    const name = left.text;
    const typeNode = field(assignment, 'type');
    const valueNode = field(assignment, 'right');
    const annotation = typeNode ? text.slice(typeNode.startIndex, typeNode.endIndex) : undefined;
    const value = valueNode ? text.slice(valueNode.startIndex, valueNode.endIndex) : undefined;
    if (name.startsWith('_') || (annotation !== undefined && NOT_A_FIELD.test(annotation))) continue;
    if (kind === 'enum') {
      if (ENUM_SPECIAL.has(name) || value === undefined) continue;
    } else if (annotation === undefined && !(kind === 'attrs' && value !== undefined && ATTRS_FIELD.test(value))) continue;
    out.push({ name, offset: left.startIndex, ...(annotation !== undefined ? { annotation } : {}), ...(value !== undefined ? { default: value } : {}) });
  }
  return out;
}
