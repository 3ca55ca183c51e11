/**
 * C and C++ doc conventions (Doxygen) for the shared template and rules (see
 * src/languages/conventions.ts). Not registered yet: the wiring adds the pack (WIRING.md).
 */
import type { Conventions } from '../conventions';
import { cppFacts, isCppPublic } from './facts';

/** `throw std::out_of_range(...)` is documented as `@throws std::out_of_range` or `@throws out_of_range`. */
const lastPart = (type: string): string => type.replace(/<[^]*>$/, '').replace(/^.*::/, '').trim();

export const cppConventions: Conventions = {
  // Types as written, on one line (Doxygen writes none: the signature has them).
  typeText: (annotation) => annotation.replace(/\s+/g, ' ').trim(),
  defaultType: () => undefined,
  // A function or function-like macro whose signature returns something (not `void`, not a constructor).
  documentsReturn: (symbol) => (symbol.kind === 'function' || symbol.kind === 'method') && symbol.returnsValue,
  returnedType: (symbol) => symbol.returnAnnotation,
  yieldedType: () => undefined,
  yieldsNothing: () => false,
  // `@tparam` for every template parameter (Doxygen warns about undocumented ones with WARN_NO_PARAMDOC).
  documentsTypeParams: () => true,
  // Doxygen documents a file only by a comment holding `@file`.
  moduleSections: () => [{ title: 'file', body: '' }],

  // Past the indentation and a `///`, `//!` marker (and a `<` after a member) or a block's `*` gutter.
  docLineLead: /^[ \t]*(?:\/\/[/!]<?|\/\*[*!]<?|\*(?!\/))?[ \t]?/,
  // C varargs `...` and unnamed parameters are implicit: documenting one is neither extra nor missing.
  documentsImplicit: (doc, params) => params.some((p) => p.implicit && p.name === doc.name),
  checksParamMembers: false,
  isConstructor: (symbol) => cppFacts(symbol)?.entity === 'constructor' || cppFacts(symbol)?.entity === 'destructor',
  generatorParts: () => undefined,
  generatorDocumentsReturn: () => false,
  // A declaration in a header promises what its definition returns.
  contractReturns: (symbol, _doc, promisesValue) => symbol.isStub && promisesValue,
  // A declaration's `@throws` are its definition's: the body is elsewhere.
  raisesAreContract: (symbol) => symbol.isStub,
  sameException: (documented, raised) => documented === raised || lastPart(documented) === lastPart(raised),
  raisesOpen: () => false,
  namesNoException: (type) => type === '...',
  // A callee may throw anything: C++ has no checked exceptions.
  raisedUnseen: () => true,
  // `@copydoc X` and `@overload` take the doc from elsewhere.
  documentedElsewhere: (doc) => doc.sections.some((s) => s.title === 'overload') || /^[@\\]copydoc\b/.test(doc.summary),
  makesObject: () => false,
  ownerDefers: () => false,
  paramsOnClass: () => false,
  // `int a, b;`'s `b`: Doxygen gives the comment above to `a` only; `b` can have none of its own there.
  // A namespace (documented once, anywhere: every file reopening it would get one), `int a, b;`'s
  // `b` (Doxygen gives the comment above to `a` only), and a declaration that does not
  // start its line (`enum E { A, B };`'s enumerators): its comment would need the line broken, and
  // only comment lines are ever added. Such a declaration that has a doc is still checked.
  // `@retval 0 Success.` lines document the return value by value.
  returnDocumentedAs: (doc) => doc.sections.some((s) => s.title === 'retval'),
  docless: (symbol) => cppFacts(symbol)?.sharesCommentWith !== undefined || (!symbol.docstring && cppFacts(symbol)?.entity === 'namespace') || (!symbol.docstring && symbol.kind !== 'module' && symbol.insertion.suffix !== '\n'),
  // A definition whose declaration is documented (earlier in the file, or in its class for `A::f`) needs no doc of its own.
  sharesDoc: (symbol) => cppFacts(symbol)?.definesDeclaredElsewhere === true,
  // A file is documented by `@file` when asked (Doxygen lists undocumented files all the same).
  moduleDoc: 'onRequest',
  // What a reader of the header sees: public and protected members of public scopes, not `static` at
  // file scope, not in an anonymous namespace; not namespaces (documented once, anywhere) and not
  // out-of-line definitions (their declaration is the one to document).
  isPublic: (symbol) => isCppPublic(symbol) && cppFacts(symbol)?.entity !== 'namespace' && !cppFacts(symbol)?.definesDeclaredElsewhere,
};
