/**
 * PHP's doc conventions (PHPDoc, phpDocumentor) for the shared template and rules (see
 * src/languages/conventions.ts).
 */
import type { DocSection } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import type { Conventions } from '../conventions';
import { samePhpType } from './types';
import { isPhpPublic, phpFacts } from './facts';
import { simpleClassName } from './flow';

const isConstructor = (symbol: SymbolFact): boolean => symbol.kind === 'method' && symbol.name.toLowerCase() === '__construct';

/** A type as PHPDoc writes it: as the code does, on one line (`?int`, `int|string`, `A&B`, `\Foo\Bar`). */
const typeText = (annotation: string): string => annotation.replace(/\s+/g, ' ').trim();

/** The type of a literal default (`= 1` is `int`), for an untyped parameter. */
function defaultType(value: string): string | undefined {
  const v = value.trim();
  if (/^[+-]?\d+$/.test(v) || /^[+-]?0[xob][\da-f_]+$/i.test(v)) return 'int';
  if (/^[+-]?(\d[\d_]*)?\.\d[\d_]*(e[+-]?\d+)?$/i.test(v) || /^[+-]?\d[\d_]*e[+-]?\d+$/i.test(v)) return 'float';
  if (/^(['"]).*\1$/s.test(v)) return 'string';
  if (/^(true|false)$/i.test(v)) return 'bool';
  if (/^(\[.*\]|array\s*\(.*\))$/is.test(v)) return 'array';
  if (/^null$/i.test(v)) return 'null';
  return undefined;
}

/**
 * The type PHPDoc writes for a parameter: its declared type, else its literal default's, else
 * `mixed` (PHPDoc's `@param` always carries a type; `renderPhpdoc` writes `mixed` for none too).
 */
export function phpdocParamType(param: { annotation?: string; default?: string }): string {
  return param.annotation !== undefined ? typeText(param.annotation) : (param.default !== undefined ? defaultType(param.default) : undefined) ?? 'mixed';
}

/** `@return`'s type: the declared return type, else `\Generator` for a generator (a `yield` in its body), else `mixed`. */
export function phpdocReturnType(symbol: SymbolFact): string {
  if (symbol.returnAnnotation !== undefined) return typeText(symbol.returnAnnotation);
  return symbol.yieldsValue ? '\\Generator' : 'mixed';
}

/**
 * What a new docblock holds besides the summary and the entries the template writes: `@var Type`
 * for a property (its declared type, `mixed` when none) and a class constant or enum case none.
 * For the wiring to add to the template's sections (the shared template writes no `@var`).
 */
export function phpTemplateSections(symbol: SymbolFact): DocSection[] {
  if (symbol.kind !== 'property') return [];
  return [{ title: 'var', body: symbol.returnAnnotation !== undefined ? typeText(symbol.returnAnnotation) : 'mixed' }];
}

/** `{@inheritDoc}` / `{@inheritdoc}` as the whole text, or an `@inheritDoc` tag: phpDocumentor copies the parent's. */
const inherits = (summary: string, description: string, titles: string[]): boolean =>
  /^\{@inheritdoc\}$/i.test(summary.trim()) && !description.trim() ? true : titles.some((t) => t.toLowerCase() === 'inheritdoc');

export const phpConventions: Conventions = {
  typeText,
  defaultType,
  // PHPDoc's spellings of a native type (`string|null` for `?string`, `list<User>` for `array`) agree with it.
  sameType: samePhpType,
  // A property's `@var Type`.
  sectionsOwed: phpTemplateSections,
  // A constructor returns nothing to describe; otherwise a declared non-void type, a `return expr;`
  // in the body, or a `yield` (a generator returns its Generator).
  documentsReturn: (symbol) => (symbol.kind === 'function' || symbol.kind === 'method') && !isConstructor(symbol) && symbol.returnsValue,
  returnedType: phpdocReturnType,
  // A generator's `@return` names the Generator (`\Generator<int>`); PHPDoc has no `@yields`.
  yieldedType: () => undefined,
  yieldsNothing: () => true,
  // PHP has no generics in code; `@template` is read and written when a docblock has it.
  documentsTypeParams: () => false,
  moduleSections: () => [],

  // Past the indentation and a docblock's `/**` or ` * ` gutter.
  docLineLead: /^[ \t]*(?:\/\*\*|\*(?!\/))?[ \t]?/,
  documentsImplicit: () => false,
  checksParamMembers: false,
  isConstructor,
  generatorParts: () => undefined,
  // A generator documents its `@return \Generator` (PHPDoc has no `@yields`).
  generatorDocumentsReturn: () => true,
  // An abstract or interface method's declared return type is its implementations' promise.
  contractReturns: (symbol, _doc, promisesValue) => (symbol.isAbstract || symbol.isStub) && promisesValue,
  // An abstract or interface method's @throws are its implementations' contract.
  raisesAreContract: (symbol) => symbol.isAbstract || symbol.isStub,
  // By class name without its namespace (`\RuntimeException` and `RuntimeException` are one, as `use` imports make them).
  sameException: (documented, raised) => simpleClassName(documented).toLowerCase() === simpleClassName(raised).toLowerCase(),
  raisesOpen: () => false,
  namesNoException: (type) => /^(mixed|\\?Throwable)$/i.test(type.trim()),
  // PHP has no checked exceptions: a documented one may come from a callee.
  raisedUnseen: () => true,
  documentedElsewhere: (doc) => inherits(doc.summary, doc.description, doc.sections.map((s) => s.title)),
  makesObject: () => false,
  ownerDefers: () => false,
  paramsOnClass: () => false,
  // A later name of `public $a, $b;` shares the statement's docblock; an undocumented promoted
  // parameter is documented by its constructor's `@param`; a declaration that does not start its
  // line (`enum E { case A; case B; }`, `<?php function f()`, a file docblock after `<?php if ($x): ?>`) would get its docblock inside a line
  // of code; a file docblock would become such a first declaration's (`fileDocBlocked`): nothing is
  // written for any of them (one that has a docblock is still checked).
  docless: (symbol) => {
    const php = phpFacts(symbol);
    if (php?.sharesDocWith !== undefined || (php?.fileDocBlocked === true && !symbol.docstring)) return true;
    return !symbol.docstring && (php?.promoted === true || !symbol.insertion.suffix.endsWith('\n'));
  },
  // A file docblock is phpDocumentor's to ask for (it warns without one), written when asked: it
  // needs the first declaration's docblock beside it (`php.fileDocNeeds`).
  moduleDoc: 'onRequest',
  isPublic: isPhpPublic,
};
