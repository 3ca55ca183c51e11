/** TS/JS doc conventions (JSDoc, TSDoc) for the shared template and rules (see src/languages/conventions.ts). */
import { awaitedType, inferTypeFromDefault, yieldedTypeOf } from '../../core/generate/template';
import { typeForDocstring } from '../../core/generate/typeText';
import type { Conventions } from '../conventions';
import { VOID } from '../../core/validate/types';
import { classDocumentsMembers, documentedElsewhere, enclosingClass, isAbstractDoc, isConstructorDoc, namesNoException, throwsAnything } from './jsdocTags';

const lastSegment = (type: string) => type.replace(/^\{@link\s+|\}$/g, '').split('.').pop()!.trim();

export const typescriptConventions: Conventions = {
  typeText: (annotation) => typeForDocstring(annotation, false),
  defaultType: (value) => inferTypeFromDefault(value, false),
  documentsReturn(symbol) {
    if (symbol.yieldsValue) return false;
    if (symbol.namePath[symbol.namePath.length - 1] === 'constructor') return false;
    const annotation = symbol.returnAnnotation?.replace(/\s+/g, '');
    if (annotation && VOID.test(annotation)) return false;
    if (symbol.returnsValue) return true;
    // Stubs and abstract methods promise a value through their annotation.
    return Boolean(annotation) && (symbol.isOverload || symbol.isStub || symbol.isAbstract);
  },
  returnedType: (symbol) => (symbol.yieldsValue ? undefined : awaitedType(symbol.returnAnnotation && typeForDocstring(symbol.returnAnnotation, false), symbol.isAsync)),
  yieldedType: (symbol) => yieldedTypeOf(symbol.returnAnnotation, false),
  yieldsNothing: () => false,
  // JSDoc's `@template` is a type declaration, not documentation: only TSDoc's `@typeParam` is written.
  documentsTypeParams: (style) => style === 'tsdoc',
  // A file overview says what it is with the tag each style uses for it.
  moduleSections: (style) => [{ title: style === 'tsdoc' ? 'packageDocumentation' : 'file', body: '' }],

  // Past the indentation and the ` * ` gutter of a JSDoc block.
  docLineLead: /^[ \t]*(?:\/\*\*|\*(?!\/))?[ \t]*/,
  // `@param this` documents a `this:` parameter.
  documentsImplicit: (doc, params) => doc.name === 'this' && params.some((p) => p.implicit && p.name === 'this'),
  checksParamMembers: true,
  isConstructor: (symbol) => symbol.name === 'constructor',
  generatorParts: () => undefined,
  generatorDocumentsReturn: () => false,
  contractReturns: () => false,
  raisesAreContract: () => false,
  sameException: (documented, raised) => lastSegment(documented) === lastSegment(raised),
  raisesOpen: (doc) => throwsAnything(doc) || isAbstractDoc(doc),
  namesNoException,
  documentedElsewhere: (doc, ownerDefers) => ownerDefers || documentedElsewhere(doc),
  makesObject: isConstructorDoc,
  ownerDefers(symbols, symbol, read) {
    const owner = enclosingClass(symbols, symbol);
    return owner?.docstring !== undefined && classDocumentsMembers(read(owner.docstring.content));
  },

  paramsOnClass: () => false,
  docless: () => false,
  moduleDoc: 'onRequest',
};
