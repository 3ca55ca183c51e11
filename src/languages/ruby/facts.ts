/**
 * What a Ruby symbol needs beyond the shared `SymbolFact`: what defined it, its visibility, its
 * YARD path (`A::B#m`, `A::B.s`, `A::FOO`), and what YARD's tags hang on (`@yield` for a block,
 * `@option` for a keyword hash). Carried under `ruby` as a plain object, so it survives a copy or a
 * trip through JSON.
 */
import type { SymbolFact } from '../../core/extract/types';

/** The definition a symbol comes from. */
export type RubyItem =
  | 'def'
  /** One name of an `attr_reader` / `attr_writer` / `attr_accessor` / `attr` call. */
  | 'attr'
  | 'class'
  | 'module'
  /** `NAME = value` in a namespace body. */
  | 'constant';

export type RubyVisibility = 'public' | 'protected' | 'private';

export interface RubyFacts {
  item: RubyItem;
  /**
   * Ruby's visibility: `private` / `protected` sections and `private def x` / `private :x` for
   * instance methods and attributes; the same inside `class << self` for singleton methods;
   * `private_class_method` for `def self.x`; `private_constant` for constants and namespaces.
   */
  visibility: RubyVisibility;
  /** The object's path as YARD writes it: `A::B` (namespace, constant), `A::B#m` (instance method, `#w=` for a writer), `A::B.s` (singleton method, and a module function's public copy), `#top` (a method at the top level). */
  path: string;
  /** `def self.x`, `def Name.x`, a `def` inside `class << self`. */
  singleton?: boolean;
  /** A method after `module_function` (or named by it): a public singleton method and a private instance copy. */
  moduleFunction?: boolean;
  /** An attribute's accessors. */
  attribute?: 'reader' | 'writer' | 'accessor';
  /**
   * An attribute after the first of its `attr_*` call (`attr_reader :a, :b` gives `b` this): the
   * call's one comment documents every name (YARD gives each the same docstring), so it gets no
   * comment of its own (`rubyConventions.sharesDoc`).
   */
  sharesStatement?: boolean;
  /**
   * The docstring is an end-of-line comment, which YARD attaches: on the definition's own line
   * (`def x # :nodoc:`), or on a line of code above it (`end # class Foo`, then `def x`). A new doc
   * must not replace it in place (its further lines would not join it, or fall inside the body):
   * delete that comment (and the spaces before it) and insert the new one at `insertion`.
   */
  trailingDoc?: boolean;
  /**
   * The docstring is at column 0 right below a line of code (or below comment lines right below
   * it), where YARD reads each comment line as a block of its own (comments.ts): a replacement of
   * more than one line needs a blank line before it (write `'\n'` before the comment).
   */
  splitDoc?: boolean;
  /** `def x = value` (no `end`). */
  endless?: boolean;
  /** The name of the `&block` parameter. */
  blockParam?: string;
  /** The arguments of the body's first `yield` as written (`yield a, b` gives ['a', 'b']), when it yields. */
  yieldArgs?: string[];
}

export interface RubySymbolFact extends SymbolFact {
  ruby: RubyFacts;
}

/** The Ruby facts of a symbol from `extractRuby` (undefined for other languages' symbols). */
export function rubyFacts(symbol: SymbolFact): RubyFacts | undefined {
  return (symbol as Partial<RubySymbolFact>).ruby;
}

/** Public API as YARD's default output shows it: public (protected and private are left out, as `yard doc` does without --protected/--private). */
export function isRubyPublic(symbol: SymbolFact): boolean {
  return rubyFacts(symbol)?.visibility === 'public';
}
