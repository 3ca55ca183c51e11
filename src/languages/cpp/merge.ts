/** A Doxygen comment's repair: the shared merge, with each kept parameter's `[in]`/`[out]` direction. */
import type { Docstring } from '../../core/docstring/model';
import { mergeDocstring, type TemplateOptions } from '../../core/generate/template';
import { sameType } from '../../core/validate/types';
import type { DoxygenParam } from './doxygen';

/**
 * The shared merge drops what the model does not know: a parameter's direction is the author's,
 * kept by name, or by position for a renamed parameter (the shared merge moved its description).
 */
export function mergeDoxygen(fresh: Docstring, existing: Docstring, options: TemplateOptions): Docstring {
  const merged = mergeDocstring(fresh, existing, sameType, options);
  const written = existing.params as DoxygenParam[];
  const byName = new Map(written.map((p) => [p.name, p]));
  const names = new Set(merged.params.map((p) => p.name));
  const params = merged.params.map((p, i) => {
    const renamed = written[i] && !names.has(written[i].name) ? written[i] : undefined;
    const direction = (byName.get(p.name) ?? renamed)?.direction;
    return direction ? { ...p, direction } : p;
  });
  // `@retval` lines document the return: no `@return` is added beside them.
  const { returns, ...rest } = { ...merged, params };
  return existing.returns === undefined && existing.sections.some((s) => s.title === 'retval') ? rest : { ...rest, ...(returns ? { returns } : {}) };
}
