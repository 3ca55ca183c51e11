/** C#'s doc conventions (XML documentation comments) for the shared template and rules (see src/languages/conventions.ts). */
import { typeForDocstring } from '../../core/generate/typeText';
import type { Conventions } from '../conventions';
import { csharpFacts, isCSharpPublic, takesComment } from './facts';
import { simpleTypeName } from './flow';

/** Return types that give the caller nothing (an async method's bare `Task`). */
const NOTHING = /^(void|Task|ValueTask|System\.Threading\.Tasks\.(Value)?Task)$/;

const isConstructor = (symbol: Parameters<Conventions['isConstructor']>[0]) => {
  const declaration = csharpFacts(symbol)?.declaration;
  return declaration === 'constructor' || declaration === 'destructor';
};

export const csharpConventions: Conventions = {
  // XML doc comments write no types (the signature has them); the text is for the AI prompt.
  typeText: (annotation) => typeForDocstring(annotation, false),
  defaultType: () => undefined,
  documentsReturn(symbol) {
    if (isConstructor(symbol)) return false;
    const annotation = symbol.returnAnnotation?.replace(/\s+/g, '');
    return annotation !== undefined && !NOTHING.test(annotation);
  },
  returnedType: (symbol) => symbol.returnAnnotation,
  yieldedType: () => undefined,
  yieldsNothing: () => false,
  documentsTypeParams: () => true,
  // CS1712: a type parameter without `<typeparam>` when others have one.
  checksTypeParams: (symbol, doc) => doc.typeParams.some((t) => symbol.typeParams.includes(t.name)),
  moduleSections: () => [],

  // Past the indentation and the `///` (or a /** */ block's gutter).
  docLineLead: /^[ \t]*(?:\/\/\/|\/\*\*|\*(?!\/))?[ \t]*/,
  documentsImplicit: () => false,
  checksParamMembers: false,
  isConstructor,
  generatorParts: () => undefined,
  generatorDocumentsReturn: () => false,
  contractReturns: () => false,
  // An abstract or interface member's <exception>s are its implementations' contract.
  raisesAreContract: (symbol) => symbol.isAbstract || symbol.isStub,
  sameException: (documented, raised) => simpleTypeName(documented) === simpleTypeName(raised),
  raisesOpen: () => false,
  namesNoException: () => false,
  // <inheritdoc/> takes the documentation of the member it overrides or implements.
  documentedElsewhere: (doc) => doc.sections.some((s) => s.title === 'inheritdoc'),
  makesObject: () => false,
  ownerDefers: () => false,
  paramsOnClass: () => false,
  docless: (symbol) => !takesComment(symbol),
  // C# has no file comment; the compiler documents types and members.
  moduleDoc: 'onRequest',
  // What CS1591 asks a comment of: visible outside the assembly.
  isPublic: isCSharpPublic,
};
