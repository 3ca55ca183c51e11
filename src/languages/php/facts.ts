/**
 * What a PHP symbol needs beyond the shared `SymbolFact`: the declaration it came from, its
 * visibility and modifiers, and where PHP writes things the shared model has no field for
 * (promoted constructor parameters, by-reference parameters, one declaration of several names).
 * Carried under `php` as a plain object, so it survives a copy or a trip through JSON.
 */
import type { OffsetRange, SymbolFact } from '../../core/extract/types';

/** The declaration a symbol comes from. */
export type PhpDeclaration =
  | 'file'
  | 'function'
  | 'class'
  | 'interface'
  | 'trait'
  | 'enum'
  /** `case Hearts = 'H';` of an enum */
  | 'case'
  | 'method'
  /** A property declaration's element, or a promoted constructor parameter (`promoted`). */
  | 'property'
  /** A class constant, or a `const X = 1;` statement outside classes. */
  | 'const';

export type PhpVisibility = 'public' | 'protected' | 'private';

export interface PhpFacts {
  declaration: PhpDeclaration;
  /** As written; none written is `public` (PHP's default; `var` is public too). */
  visibility: PhpVisibility;
  /** `abstract`, `final`, `static`, `readonly` as written (a class's too). */
  modifiers: string[];
  /** The namespace the declaration is in (`App\Models`), none for the global namespace. */
  namespace?: string;
  /** A promoted constructor parameter (`public function __construct(private int $x)`): both a parameter of `__construct` and a property. */
  promoted?: boolean;
  /**
   * A later name of one declaration (`public $a, $b;`, `const A = 1, B = 2;`): PHP-Parser gives the
   * declaration's doc comment to the whole statement, so the first name's doc is this one's too, and
   * none is written for it. The first name's `name`.
   */
  sharesDocWith?: string;
  /** Parameters passed by reference (`&$x`), by name without `$`. */
  byReference?: string[];
  /** An enum's backing type (`enum Suit: string`), a property's or constant's default value as written. */
  backingType?: string;
  default?: string;
  /**
   * Doc comments PHP-Parser attaches to no declaration but PHP's reflection would read: one between
   * the attributes and the declaration (`#[A] /** x *\/ class C`). A rewrite leaves them.
   */
  otherDocs?: OffsetRange[];
  /**
   * The module only: the id of the first statement's declaration when it is one Docwright documents
   * and has no doc comment. A file docblock counts as the file's only when another docblock follows
   * it (see module.ts): a new one must come with that declaration's, else it becomes the declaration's.
   */
  fileDocNeeds?: string;
  /**
   * The module only: that declaration does not start its line (`<?php function f() {}`), so none is
   * written for it, and a new file docblock would become its doc: none is written (`docless`).
   */
  fileDocBlocked?: boolean;
}

export interface PhpSymbolFact extends SymbolFact {
  php: PhpFacts;
}

/** The PHP facts of a symbol from `extractPhp` (undefined for other languages' symbols). */
export function phpFacts(symbol: SymbolFact): PhpFacts | undefined {
  return (symbol as Partial<PhpSymbolFact>).php;
}

/**
 * What phpDocumentor documents at its default visibility (`public,protected`): every function,
 * class-like, constant and enum case, and members that are not private. The file counts.
 */
export function isPhpPublic(symbol: SymbolFact): boolean {
  const php = phpFacts(symbol);
  return php === undefined ? false : php.visibility !== 'private';
}
