/** A rustdoc comment's repair: the shared merge, and the guideline sections the doc lacks added to complete. */
import type { Docstring } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import { mergeDocstring, type TemplateOptions } from '../../core/generate/template';
import { sameType } from '../../core/validate/types';

/**
 * What the author wrote stays (sections in their order); a section the template owes (`# Errors`,
 * `# Panics`, `# Safety`) that the doc lacks is added after them, with its line to complete. A doc
 * that describes its arguments and return in prose (no `# Arguments`, no `# Returns`, as most of
 * std's) is not given the lists.
 */
export function mergeRustDocstring(_symbol: SymbolFact, fresh: Docstring, existing: Docstring, options: TemplateOptions): Docstring {
  const { returns, ...merged } = mergeDocstring(fresh, existing, sameType, options);
  const prose = existing.params.length === 0 && existing.returns === undefined;
  const written = new Set(existing.sections.map((s) => s.title.trim().toLowerCase()));
  return {
    ...merged,
    ...(prose ? { params: [] } : returns ? { returns } : {}),
    sections: [...merged.sections, ...fresh.sections.filter((s) => !written.has(s.title.toLowerCase()))],
  };
}
