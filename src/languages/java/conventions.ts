/** Java's doc conventions (Javadoc) for the shared template and rules (see src/languages/conventions.ts). */
import { typeForDocstring } from '../../core/generate/typeText';
import { VOID } from '../../core/validate/types';
import type { Conventions } from '../conventions';
import { isJavaPublic, javaFacts } from './facts';
import { simpleTypeName } from './flow';

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
  sameException: (documented, raised) => simpleTypeName(documented) === simpleTypeName(raised),
  raisesOpen: () => false,
  namesNoException: () => false,
  // `{@inheritDoc}` as the whole comment: javadoc copies the overridden method's.
  documentedElsewhere: (doc) => /^\{@inheritDoc\}$/.test(doc.summary.trim()) && !doc.description.trim() && doc.params.length === 0,
  makesObject: () => false,
  ownerDefers: () => false,
  paramsOnClass: () => false,
  // A later declarator of `int x, y;` shares the first one's comment: nothing is written for it.
  docless: (symbol) => javaFacts(symbol)?.sharesCommentWith !== undefined,
  // Only package-info.java carries a package's comment.
  moduleDoc: 'onRequest',
  // What javadoc documents at its default level: public and protected members of such types.
  isPublic: isJavaPublic,
};
