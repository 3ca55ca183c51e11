/** What a C# symbol is beyond the shared `SymbolFact`: its declaration, accessibility and modifiers. */
import type { SymbolFact } from '../../core/extract/types';

export type CSharpAccessibility = 'public' | 'protected internal' | 'protected' | 'internal' | 'private protected' | 'private';

export type CSharpDeclaration =
  | 'class'
  | 'struct'
  | 'record'
  | 'interface'
  | 'enum'
  | 'delegate'
  | 'method'
  | 'constructor'
  | 'destructor'
  | 'operator'
  | 'property'
  | 'indexer'
  | 'event'
  | 'field'
  | 'enum-member';

export interface CSharpFacts {
  declaration: CSharpDeclaration;
  /** As declared, or as implied (members of interfaces and enums are public; other members private; top-level types internal). */
  accessibility: CSharpAccessibility;
  /**
   * Visible outside the assembly: public or protected, in types that are so too. What the compiler's
   * CS1591 ("missing XML comment for publicly visible type or member") asks a comment of.
   */
  exported: boolean;
  /** The modifier keywords as written (`static`, `async`, `override`, `partial`, `readonly`...). */
  modifiers: string[];
  /** A later declarator of `int x, y;`: the one comment above the declaration documents both; none is written for this one. */
  sharesCommentWith?: string;
  /**
   * The declaration does not start its line (`enum E { A, B }`): a `///` comment there would swallow
   * the rest of the line, so none is written for it.
   */
  midLine?: true;
}

/** Whether a comment can be written for this symbol (not a shared declarator, not in the middle of a line). */
export function takesComment(symbol: SymbolFact): boolean {
  const facts = csharpFacts(symbol);
  return !facts?.sharesCommentWith && !facts?.midLine;
}

export interface CSharpSymbolFact extends SymbolFact {
  csharp: CSharpFacts;
}

/** The C# facts of a symbol from `extractCSharp` (undefined for the module and other languages' symbols). */
export function csharpFacts(symbol: SymbolFact): CSharpFacts | undefined {
  return (symbol as Partial<CSharpSymbolFact>).csharp;
}

/** Whether the compiler (CS1591) asks an XML comment of this symbol. */
export function isCSharpPublic(symbol: SymbolFact): boolean {
  return csharpFacts(symbol)?.exported ?? false;
}
