/**
 * What a Java symbol needs beyond the shared `SymbolFact`: visibility, the declaration it came from
 * (constructor, record, field...) and the modifiers. `SymbolFact` has no field for them, so the
 * extractor returns `JavaSymbolFact`s, which carry them under `java`: a plain object, so it survives
 * a copy or a trip through JSON (a worker pool) where a side table would not.
 */
import type { SymbolFact } from '../../core/extract/types';

export type JavaVisibility = 'public' | 'protected' | 'package' | 'private';

/** The declaration a symbol comes from. */
export type JavaDeclaration =
  | 'class'
  | 'interface'
  | 'enum'
  | 'record'
  | 'annotation'
  | 'method'
  | 'constructor'
  /** A record's `R { ... }` constructor: its parameters are the record components, implicitly. */
  | 'compact-constructor'
  /** An element of an `@interface` (`String value() default "";`). */
  | 'annotation-element'
  | 'field'
  /** A field of an interface: implicitly `public static final`. */
  | 'constant'
  | 'enum-constant';

export interface JavaFacts {
  declaration: JavaDeclaration;
  /** As declared, or as implied (interface and annotation members are public unless `private`; enum constants are public). */
  visibility: JavaVisibility;
  /**
   * Whether javadoc documents it by default (`-protected`): public or protected, inside types that are
   * all public or protected themselves, not local to a method. What DW601 and coverage should ask about.
   */
  exported: boolean;
  /** Keywords among the modifiers, as written (`static`, `final`, `abstract`, `default`, `sealed`, `native`...). */
  modifiers: string[];
  /**
   * A later declarator of `int x, y;`: javac attaches the declaration's one doc comment to every
   * declarator, so this symbol is documented by the comment of the symbol with this id (the first
   * declarator). Its `docstring` and `insertion` are that one's: insert nothing for it.
   */
  sharesCommentWith?: string;
  /**
   * Written on one line with a sibling declaration (`RED, GREEN, BLUE`, `int a; int b;`): a comment
   * for it would go inside a line of code, so a file run writes none.
   */
  sharesLine?: boolean;
}

export interface JavaSymbolFact extends SymbolFact {
  java: JavaFacts;
}

/** The Java facts of a symbol from `extractJava` (undefined for other languages' symbols and the module). */
export function javaFacts(symbol: SymbolFact): JavaFacts | undefined {
  return (symbol as Partial<JavaSymbolFact>).java;
}

/** Whether javadoc (at its default `-protected` level) documents this symbol. The module symbol is not. */
export function isJavaPublic(symbol: SymbolFact): boolean {
  return javaFacts(symbol)?.exported ?? false;
}
