/**
 * What JSDoc block tags say about the checks, as eslint-plugin-jsdoc reads them: the docs are
 * elsewhere (`@inheritdoc`, `@override`, ... on the function; `@override`, `@implements` on its
 * class), the function is a constructor (`@class`), or it is abstract (`@abstract`, `@virtual`).
 */
import type { Docstring } from '../../core/docstring/model';
import { classesNamed } from '../../core/extract/classIndex';
import type { SymbolFact } from '../../core/extract/types';

/** On a function: its parameters, return and throws are documented elsewhere. */
const INHERITS = ['inheritdoc', 'override', 'implements', 'type'];
/** On a class: its methods are documented where they are declared (the parent, the interface). */
const CLASS_INHERITS = ['override', 'implements'];

const tagsOf = (doc: Docstring) => new Set(doc.sections.map((section) => section.title.toLowerCase()));

export function documentedElsewhere(doc: Docstring): boolean {
  const tags = tagsOf(doc);
  return INHERITS.some((tag) => tags.has(tag)) || /\{@inheritdoc\}/i.test(`${doc.summary}\n${doc.description ?? ''}`);
}

export function classDocumentsMembers(classDoc: Docstring): boolean {
  const tags = tagsOf(classDoc);
  return CLASS_INHERITS.some((tag) => tags.has(tag));
}

/** A constructor function (`@class`, `@constructor`) makes an object: it documents no return or yield. */
export function isConstructorDoc(doc: Docstring): boolean {
  const tags = tagsOf(doc);
  return tags.has('class') || tags.has('constructor');
}

/** `@abstract` / `@virtual`: what its body throws says "implement me", like Python's NotImplementedError. */
export function isAbstractDoc(doc: Docstring): boolean {
  const tags = tagsOf(doc);
  return tags.has('abstract') || tags.has('virtual');
}

/** A `@throws` type that names no exception in particular: none, `{*}`, `{any}`, `{object}`... */
export function namesNoException(type: string): boolean {
  return /^(|\*|any|unknown|object|Object)$/.test(type.trim());
}

/** `@throws Some words.` or `@throws {*}` says the function throws, whatever it throws. */
export function throwsAnything(doc: Docstring): boolean {
  return doc.raises.some((r) => namesNoException(r.type));
}

/** The class `symbol` is a member of, by name path and position. */
export function enclosingClass(symbols: readonly SymbolFact[], symbol: SymbolFact): SymbolFact | undefined {
  if (symbol.kind !== 'method') return undefined;
  return classesNamed(symbols, symbol.namePath.slice(0, -1)).find((s) => s.range.start <= symbol.range.start && symbol.range.end <= s.range.end);
}
