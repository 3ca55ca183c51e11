/** Java's doc conventions (Javadoc) for the shared template and rules (see src/languages/conventions.ts). */
import { typeForDocstring } from '../../core/generate/typeText';
import { VOID } from '../../core/validate/types';
import type { Conventions } from '../conventions';
import { isJavaPublic, javaFacts } from './facts';
import { isKnownChecked } from './checked';
import { declares, simpleTypeName } from './flow';

/**
 * A method marked `@Override`: javadoc copies the overridden method's comment, and each `@param`,
 * `@return` and `@throws` its own comment leaves out, so doclint asks for neither a comment nor tags.
 */
const overrides = (symbol: Parameters<Conventions['isConstructor']>[0]) =>
  symbol.kind === 'method' && (symbol.decorators.some((d) => d === 'Override' || d === 'java.lang.Override') || overridesObject(symbol));

/** `equals(Object)`, `hashCode()`, `toString()`, `clone()`, `finalize()`: Object's, overridden with or without `@Override`. */
function overridesObject(symbol: Parameters<Conventions['isConstructor']>[0]): boolean {
  const params = symbol.params.filter((p) => !p.implicit);
  if (symbol.name === 'equals') return params.length === 1 && /^(java\.lang\.)?Object$/.test(params[0].annotation ?? '') && symbol.returnAnnotation === 'boolean';
  return params.length === 0 && symbol.typeParams.length === 0 && ['hashCode', 'toString', 'clone', 'finalize'].includes(symbol.name) && !isConstructor(symbol);
}

const isConstructor = (symbol: Parameters<Conventions['isConstructor']>[0]) => {
  const declaration = javaFacts(symbol)?.declaration;
  return declaration === 'constructor' || declaration === 'compact-constructor';
};

export const javaConventions: Conventions = {
  // Javadoc writes no types (the signature has them); the text is used by the AI prompt only.
  typeText: (annotation) => typeForDocstring(annotation, false),
  defaultType: () => undefined,
  documentsReturn(symbol) {
    if (isConstructor(symbol)) return false;
    const annotation = symbol.returnAnnotation?.replace(/\s+/g, '');
    // Every non-void method returns a value (javac rejects one that can fall off its end).
    return annotation !== undefined && !VOID.test(annotation);
  },
  returnedType: (symbol) => symbol.returnAnnotation,
  yieldedType: () => undefined,
  yieldsNothing: () => false,
  documentsTypeParams: () => true,
  // doclint asks `@param <T>` of methods and constructors only (a class's are documented on request).
  checksTypeParams: (symbol) => symbol.kind === 'function' || symbol.kind === 'method',
  moduleSections: () => [],

  // Past the indentation and the ` * ` gutter of a `/** */` comment.
  docLineLead: /^[ \t]*(?:\/\*\*|\*(?!\/))?[ \t]*/,
  documentsImplicit: () => false,
  checksParamMembers: false,
  isConstructor,
  generatorParts: () => undefined,
  generatorDocumentsReturn: () => false,
  contractReturns: () => false,
  // An abstract or interface method's @throws are its implementations' contract.
  raisesAreContract: (symbol) => symbol.isAbstract || symbol.isStub,
  // By simple name; a documented known subtype of a thrown type (`@throws NoSuchFileException` for
  // `throws IOException`) names it too.
  sameException: (documented, raised) => declares(raised, documented),
  raisesOpen: () => false,
  namesNoException: () => false,
  // Only a checked exception must be declared to be thrown: a documented unchecked one (or one whose
  // hierarchy is unknown) that the body does not throw is a callee's, as doclint reads it.
  raisedUnseen: (type) => !isKnownChecked(simpleTypeName(type)),
  // `{@inheritDoc}` as the whole comment: javadoc copies the overridden method's.
  // An overriding method whose comment writes no @param, type parameter or @return inherits them
  // all (`ownerDefers` says the method overrides); one that writes some is checked like any other.
  documentedElsewhere: (doc, overriding) =>
    (/^\{@inheritDoc\}$/.test(doc.summary.trim()) && !doc.description.trim() && doc.params.length === 0) ||
    (overriding && doc.params.length === 0 && doc.typeParams.length === 0 && !doc.returns),
  makesObject: () => false,
  // Not the class's say but the method's own: whether it overrides (see documentedElsewhere).
  ownerDefers: (_symbols, symbol) => overrides(symbol),
  paramsOnClass: () => false,
  // A later declarator of `int x, y;` shares the first one's comment: nothing is written for it.
  // An undocumented `@Override` method inherits its comment: none is written for it. Nor for a
  // declaration that does not start its line or shares it with a sibling (`RED, GREEN, BLUE`): its
  // comment would sit inside a line of code. Such a declaration that has a comment is still checked.
  docless: (symbol) => {
    const java = javaFacts(symbol);
    if (java?.sharesCommentWith !== undefined) return true;
    return !symbol.docstring && symbol.kind !== 'module' && (overrides(symbol) || java?.sharesLine === true || symbol.insertion.suffix !== '\n');
  },
  // Only package-info.java carries a package's comment.
  moduleDoc: 'onRequest',
  // What javadoc documents at its default level: public and protected members of such types.
  // An overriding method's comment is inherited: javadoc and doclint ask for none.
  isPublic: (symbol) => isJavaPublic(symbol) && !overrides(symbol),
};
