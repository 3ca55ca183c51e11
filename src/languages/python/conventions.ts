/** Python's doc conventions for the shared template and rules (see src/languages/conventions.ts). */
import { awaitedType, inferTypeFromDefault, yieldedTypeOf } from '../../core/generate/template';
import { typeForDocstring } from '../../core/generate/typeText';
import type { Conventions } from '../conventions';
import { initDocumentedByClass } from './classInit';
import { VOID } from '../../core/validate/types';
import { documentsRaised, generatorReturnsNothing, isContractOnly, iteratorAnnotation, yieldsNothing } from './facts';

export const pythonConventions: Conventions = {
  typeText: (annotation) => typeForDocstring(annotation, true),
  defaultType: (value) => inferTypeFromDefault(value, true),
  documentsReturn(symbol) {
    // A generator that also returns a value documents it, unless its annotation says that is None.
    if (symbol.yieldsValue) return symbol.returnsValue && !generatorReturnsNothing(symbol);
    if (symbol.name === '__init__') return false;
    const annotation = symbol.returnAnnotation?.replace(/\s+/g, '');
    if (annotation && VOID.test(annotation)) return false;
    if (symbol.returnsValue) return true;
    // Stubs, abstract methods and a body that only raises NotImplementedError promise a value
    // through their annotation; a body that only raises another error returns nothing.
    return Boolean(annotation) && (symbol.isOverload || isContractOnly(symbol));
  },
  returnedType(symbol) {
    if (symbol.yieldsValue) {
      const returns = iteratorAnnotation(symbol.returnAnnotation)?.returns;
      return returns && returns !== symbol.returnAnnotation ? typeForDocstring(returns, true) : undefined;
    }
    return awaitedType(symbol.returnAnnotation && typeForDocstring(symbol.returnAnnotation, true), symbol.isAsync);
  },
  yieldedType: (symbol) => yieldedTypeOf(symbol.returnAnnotation, true),
  yieldsNothing,
  documentsTypeParams: () => false,
  moduleSections: () => [],

  docLineLead: /^[ \t]*/,
  documentsImplicit: () => false,
  checksParamMembers: false,
  isConstructor: (symbol) => symbol.name === '__init__',
  generatorParts: (symbol) => (symbol.yieldsValue ? iteratorAnnotation(symbol.returnAnnotation) : undefined),
  generatorDocumentsReturn: (symbol) => !generatorReturnsNothing(symbol),
  // An abstract or body-less method returns nothing itself; its annotation says what implementations return.
  contractReturns: (symbol, doc, promisesValue) => isContractOnly(symbol) && promisesValue && !(doc.yields && iteratorAnnotation(symbol.returnAnnotation?.replace(/\s+/g, ''))),
  raisesAreContract: isContractOnly,
  sameException: documentsRaised,
  raisesOpen: () => false,
  namesNoException: () => false,
  documentedElsewhere: () => false,
  makesObject: () => false,
  ownerDefers: () => false,

  paramsOnClass: initDocumentedByClass,
  docless: (symbol) => symbol.isOverload,
  moduleDoc: 'api',
};
