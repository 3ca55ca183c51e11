/**
 * A PHPDoc docblock's repair: the shared merge (`mergeDocstring`: the signature's parameters, the
 * author's descriptions), with what PHPDoc says that the signature cannot:
 * - every type the author wrote stays: a PHPDoc type refines the native one (`list<User>` for
 *   `array`, `non-empty-string` for `string`, `int<0, max>`), and the native type fills in only
 *   where none was written;
 * - `@template` tags stay as written (PHP declares generics only in docblocks, so the signature's
 *   `typeParams` are always empty and the shared merge would drop them);
 * - a `@var` the template brings for a property (`phpTemplateSections`) is added when the author's
 *   docblock has none.
 */
import type { Docstring } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import { mergeDocstring, type TemplateOptions } from '../../core/generate/template';

export function mergePhpdoc(_symbol: SymbolFact, fresh: Docstring, existing: Docstring, options: TemplateOptions = {}): Docstring {
  const merged = mergeDocstring(fresh, existing, () => true, options);
  const freshVar = fresh.sections.find((s) => s.title === 'var');
  const sections = freshVar && !existing.sections.some((s) => s.title === 'var') ? [freshVar, ...merged.sections] : merged.sections;
  return { ...merged, typeParams: existing.typeParams.length ? existing.typeParams : merged.typeParams, sections };
}
