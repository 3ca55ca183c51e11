/**
 * Go's doc conventions for the shared template and rules (see src/languages/conventions.ts). A Go
 * doc comment is prose that starts with the name it documents: no parameter, result or panic
 * entries (the template writes `Name _summary_`, the rules check no entries), and revive's
 * `exported` rule on its form (DW801). Public means exported (go doc's and revive's rule).
 */
import type { SymbolFact, SymbolKind } from '../../core/extract/types';
import type { Conventions } from '../conventions';
import { COMMON_METHODS, exportedProblem, startsWithName } from './exportedRule';
import { isDocumentedGo, isExportedGo, isExportedName, type GoSymbolFact } from './facts';
import { leadName, namedGoSummary } from './naming';

const isGo = (symbol: SymbolFact): symbol is GoSymbolFact => 'go' in symbol;

/** What revive's `exported` rule asks a comment of (struct fields and interface methods are documented on request). */
const PUBLIC_KINDS: ReadonlySet<SymbolKind> = new Set<SymbolKind>(['function', 'method', 'class', 'interface', 'type', 'constant', 'variable']);

/** Exported, and for a method: on an exported type, and not one of the well-known methods revive exempts (`String`, `Error`...). */
function isPublicGo(symbol: SymbolFact): boolean {
  if (!PUBLIC_KINDS.has(symbol.kind) || !isExportedGo(symbol) || !isGo(symbol)) return false;
  if (symbol.kind !== 'method') return true;
  const receiver = symbol.go.receiver;
  return receiver !== undefined && isExportedName(receiver.typeName) && !COMMON_METHODS.has(symbol.name);
}

/**
 * revive's message when an exported symbol's own comment does not start with its name (a missing
 * comment is DW601's); golint's and staticcheck's (ST1000) when a package comment does not start
 * with `Package name ` (package main excepted: a command's comment starts with the command's name).
 */
export function docFormGo(symbol: SymbolFact): string | undefined {
  if (!symbol.docstring || !isGo(symbol)) return undefined;
  if (symbol.kind === 'module') {
    const lead = leadName(symbol);
    if (symbol.name === 'main' || startsWithName(symbol.docstring.content, lead)) return undefined;
    return `Package comment should be of the form "${lead} ..."; "Update docstring" starts it with '${lead}'.`;
  }
  const problem = exportedProblem(symbol);
  if (!problem?.startsWith('comment on exported')) return undefined;
  return `${problem[0].toUpperCase()}${problem.slice(1)}; "Update docstring" starts it with '${leadName(symbol)}'.`;
}

export const goConventions: Conventions = {
  entries: false,
  namedSummary: namedGoSummary,
  typeText: (annotation) => annotation.replace(/\s+/g, ' ').trim(),
  defaultType: () => undefined,
  documentsReturn: () => false,
  returnedType: () => undefined,
  yieldedType: () => undefined,
  yieldsNothing: () => false,
  // Go has no tag for them: type parameters are prose too.
  documentsTypeParams: () => false,
  moduleSections: () => [],

  // Past the indentation and the `//` of a line comment.
  docLineLead: /^[ \t]*(?:\/\/)?[ \t]*/,
  documentsImplicit: () => false,
  checksParamMembers: false,
  isConstructor: () => false,
  generatorParts: () => undefined,
  generatorDocumentsReturn: () => false,
  contractReturns: () => false,
  raisesAreContract: () => false,
  sameException: (documented, raised) => documented === raised,
  raisesOpen: () => false,
  namesNoException: () => false,
  documentedElsewhere: () => false,
  makesObject: () => false,
  ownerDefers: () => false,
  docForm: docFormGo,

  paramsOnClass: () => false,
  docless: () => false,
  // The package comment belongs in one file of the package (often doc.go), which a single file
  // cannot tell: written on request (the cursor command, `docwright.fileOverview`), never DW601.
  moduleDoc: 'onRequest',
  publicKinds: PUBLIC_KINDS,
  isPublic: isPublicGo,
  // A const or var in a group whose comment documents it (go doc shows the group's comment for it).
  sharesDoc: (symbol) => !symbol.docstring && isGo(symbol) && isDocumentedGo(symbol),
};
