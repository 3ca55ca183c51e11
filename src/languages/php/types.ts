/**
 * Whether a PHPDoc type agrees with a native one. A PHPDoc type usually refines the declaration's
 * (`string[]`, `list<User>` or `array<string, mixed>` for `array`; `non-empty-string` for
 * `string`; `positive-int` for `int`; `Node\Expr` for an imported `Expr`), and writes `?T` as
 * `T|null` or `null|T`. The shared `sameType` (exact, after Python's spellings) calls 245 of 829
 * documented parameter types of /usr/share/php different; this calls one (`ProcessorInterface|callable`
 * for `callable`), and one of 390 documented return types (the same). Classes are compared by name only: any
 * class may be documented for any class (no hierarchy is known here), but not for a scalar. For
 * the wiring's type checks (DW104, DW203; WIRING.md).
 */
import { splitTopLevel } from '../../core/validate/types';

/** Refinements PHPStan and Psalm write for a native type, by the native type they refine. */
const REFINES: Record<string, RegExp> = {
  array: /^(array|list|non-empty-array|non-empty-list|associative-array)\b|\[\]$|^array\{/,
  iterable: /^(iterable|array|list|non-empty-array|non-empty-list|Traversable|Iterator|IteratorAggregate|Generator)\b|\[\]$/,
  string: /^(string|non-empty-string|numeric-string|class-string|interface-string|trait-string|callable-string|literal-string|lowercase-string|non-falsy-string|truthy-string)\b|^'.*'$|^".*"$/,
  int: /^(int|integer|positive-int|negative-int|non-positive-int|non-negative-int|non-zero-int|int-mask(-of)?)\b|^-?\d+$/,
  float: /^(float|double|int)\b|^-?\d*\.\d+$/,
  bool: /^(bool|boolean|true|false)$/,
  callable: /^(callable|Closure|callable-string|callable-array|pure-callable)\b/,
  object: /^(object)\b|^[A-Z\\]/,
  mixed: /./,
};

const KEYWORDS = /^(int|float|string|bool|array|iterable|callable|object|mixed|void|never|null|false|true|resource)$/;

/** One member as compared: no leading `\`, no generic arguments, keywords lower-cased, a class by its last name. */
function canonical(member: string): string {
  const t = member.trim().replace(/^\\/, '');
  const bare = t.replace(/<.*>$/s, '');
  const keyword = bare.toLowerCase();
  if (/^(int|integer|float|double|string|bool|boolean|array|iterable|callable|object|mixed|void|never|null|false|true|self|static|parent|resource)$/.test(keyword)) {
    return { integer: 'int', double: 'float', boolean: 'bool' }[keyword] ?? keyword;
  }
  return /\[\]$|\{/.test(t) ? t : bare.replace(/^.*\\/, '');
}

/** The members of a union (`?T` is `T|null`; DNF groups `(A&B)|null` stay one member each). */
function members(type: string): string[] {
  const t = type.replace(/\s+/g, '');
  const nullable = t.startsWith('?');
  const parts = splitTopLevel(nullable ? t.slice(1) : t, '|').filter(Boolean);
  return nullable ? [...parts, 'null'] : parts;
}

/** Whether documented member `doc` can stand for native member `native`. */
function fits(doc: string, native: string): boolean {
  const d = canonical(doc);
  const n = canonical(native);
  if (d === n) return true;
  const refines = REFINES[n];
  if (refines && (refines.test(doc.trim().replace(/^\\/, '')) || refines.test(d))) return true;
  // `$this`, `static`, `self`, `parent` and classes for one another: which class extends which is
  // not known here, and a documented subclass refines its base (`Stmt\Class_` for `Node`).
  const classLike = (t: string) => /^(\$this|static|self|parent)$/.test(t) || /^[A-Za-z_\x80-\uffff][\w\x80-\uffff]*$/.test(t) && !KEYWORDS.test(t);
  if (classLike(d) && classLike(n)) return true;
  if (d === 'never' && n === 'void') return true;
  if (/^[A-Z]$/.test(d)) return true;
  // A class constant or a wildcard of them (`self::MODE_*`) stands for a scalar.
  if (/::/.test(doc) && /^(int|string|float|bool)$/.test(n)) return true;
  // An intersection or DNF group, and `Generator<..>` for `iterable`: by their names only.
  return d.includes('&') || n.includes('&') || (n === 'iterable' && /Generator|Traversable|Iterator/.test(d));
}

/**
 * Whether a documented PHPDoc type agrees with the native type: each documented member fits some
 * native member (`null` fits always: a `= null` default makes a parameter nullable without `?`).
 */
export function samePhpType(documented: string, native: string): boolean {
  const nativeMembers = members(native);
  if (nativeMembers.some((m) => canonical(m) === 'mixed')) return true;
  return members(documented).every((doc) => canonical(doc) === 'null' || nativeMembers.some((n) => fits(doc, n)));
}
