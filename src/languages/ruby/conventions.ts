/**
 * Ruby's doc conventions (YARD) for the shared template and rules (see src/languages/conventions.ts).
 * Not registered yet: the wiring adds the pack (WIRING.md).
 */
import type { SymbolKind } from '../../core/extract/types';
import type { Conventions } from '../conventions';
import { isRubyPublic, rubyFacts } from './facts';

/** What `yard stats --list-undoc` counts: namespaces (classes and modules are `class`), methods, attributes, constants. */
const YARD_KINDS: ReadonlySet<SymbolKind> = new Set<SymbolKind>(['class', 'function', 'method', 'property', 'constant']);

export const rubyConventions: Conventions = {
  // YARD types as written between the brackets, on one line.
  typeText: (annotation) => annotation.replace(/\s+/g, ' ').trim(),
  defaultType: (value) => {
    const v = value.trim();
    if (/^[-+]?\d[\d_]*$/.test(v)) return 'Integer';
    if (/^[-+]?\d[\d_]*\.\d+(e[-+]?\d+)?$/i.test(v)) return 'Float';
    if (/^(true|false)$/.test(v)) return 'Boolean';
    if (/^(['"]).*\1$/s.test(v)) return 'String';
    if (/^:\w+[?!]?$/.test(v)) return 'Symbol';
    if (/^\[.*\]$/s.test(v)) return 'Array';
    if (/^\{.*\}$/s.test(v)) return 'Hash';
    if (v === 'nil') return 'nil';
    return undefined;
  },
  // A method whose body hands back a value (see extract.ts: `return x`, an endless def, a `?`
  // predicate, a value as the last statement); never `initialize` or a setter.
  documentsReturn: (symbol) => (symbol.kind === 'function' || symbol.kind === 'method') && symbol.returnsValue,
  returnedType: () => undefined,
  // `@yield [item, index]`: the bracket names what the block is given, not a type. The first
  // `yield`'s arguments when each is a plain name (`yield item, index`); an expression
  // (`yield node.depth`) is the author's to name.
  yieldedType: (symbol) => {
    const args = rubyFacts(symbol)?.yieldArgs ?? [];
    return args.length > 0 && args.every((a) => /^[a-z_]\w*$/.test(a)) ? args.join(', ') : undefined;
  },
  yieldsNothing: () => false,
  documentsTypeParams: () => false,
  moduleSections: () => [],

  // Past the indentation and the `#`s (`##` opens a YARD block too).
  docLineLead: /^[ \t]*#*[ \t]?/,
  // `&block` (documented by `@yield`), anonymous `*`, `**`, `&` and `...` are implicit.
  documentsImplicit: (doc, params) => params.some((p) => p.implicit && p.name === doc.name.replace(/^[*&]+/, '')),
  // `@option opts [T] :key` entries are members of `opts` (`opts.key`).
  checksParamMembers: false,
  // `initialize` (YARD documents `.new` with it and adds its `@return` itself).
  isConstructor: (symbol) => symbol.kind === 'method' && symbol.name === 'initialize' && !rubyFacts(symbol)?.singleton,
  generatorParts: () => undefined,
  // A method that yields and returns documents both.
  generatorDocumentsReturn: () => true,
  contractReturns: () => false,
  // `raise NotImplementedError` alone: an abstract method; its documented raises are its implementers'.
  raisesAreContract: (symbol) => symbol.isAbstract,
  // `Foo::Bar` documented as `Bar` (or the other way round) names it.
  sameException: (documented, raised) => {
    const a = documented.replace(/^::/, '');
    const b = raised.replace(/^::/, '');
    return a === b || a.endsWith(`::${b}`) || b.endsWith(`::${a}`);
  },
  raisesOpen: () => false,
  namesNoException: () => false,
  raisedUnseen: () => true,
  // YARD's reference docstring `(see Other#method)` copies that method's docs.
  documentedElsewhere: (doc) => /^\(see\s+\S+\)$/.test(doc.summary.trim()),
  makesObject: () => false,
  ownerDefers: () => false,
  paramsOnClass: () => false,
  // RDoc's `:nodoc:` (the standard library's way to say "not documented on purpose", which YARD
  // reads as the doc's text): nothing to write, nothing to check.
  // A definition that does not start its line (`class P; def a; end; end`) gets no new comment: it
  // would need the line broken, and only comment lines are ever added.
  docless: (symbol) => /^:nodoc:/.test(symbol.docstring?.content ?? '') || (!symbol.docstring && symbol.insertion.suffix !== '\n'),
  // YARD has no file doc (a file's comments document the first statement below them).
  moduleDoc: 'onRequest',
  publicKinds: YARD_KINDS,
  // The names after the first of one `attr_*` call share its comment.
  sharesDoc: (symbol) => rubyFacts(symbol)?.sharesStatement === true,
  isPublic: isRubyPublic,
};
