/** Merging a fresh Python docstring model with the author's: record-class attributes keep what was written. */
import { documentedAttributes, isAttributeSection } from '../../core/docstring/attributes';
import type { Docstring, DocStyle } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import { mergeDocstring, type TemplateOptions } from '../../core/generate/template';
import { sameType } from '../../core/validate/types';

/**
 * A record class's attributes: the fields in code order, each with the description (and a type
 * that does not contradict the code) its author wrote. A docstring that documents no attribute
 * is left so (fields documented inline, or not at all, are the author's choice).
 */
function mergeAttributes(symbol: SymbolFact, written: DocStyle, fresh: Docstring, existing: Docstring): { attributes?: Docstring['attributes']; sections: Docstring['sections'] } {
  const documented = documentedAttributes(existing, written);
  if (!fresh.attributes || documented === undefined) return { sections: existing.sections };
  const fields = fresh.attributes.map((a) => {
    const old = documented.find((d) => d.name === a.name);
    if (!old) return a;
    const annotation = symbol.fields?.find((f) => f.name === a.name)?.annotation;
    const type = old.type && !(annotation && !sameType(old.type, annotation)) ? old.type : a.type;
    return { ...a, ...(type ? { type } : {}), description: old.description.trim() ? old.description : a.description };
  });
  // Class variables and properties the author listed stay, after the fields.
  const others = new Set(symbol.otherAttributes ?? []);
  const attributes = [...fields, ...documented.filter((d) => others.has(d.name) && !fields.some((f) => f.name === d.name))];
  return { attributes, sections: existing.sections.filter((s) => !isAttributeSection(s, written)) };
}

/** The template's model merged with the author's docstring (`written`: the style it is written in). */
export function mergePythonDocstring(symbol: SymbolFact, fresh: Docstring, existing: Docstring, written: DocStyle, options: TemplateOptions): Docstring {
  const { attributes, sections } = mergeAttributes(symbol, written, fresh, existing);
  const merged = mergeDocstring(fresh, { ...existing, sections }, sameType, options);
  if (attributes) merged.attributes = attributes;
  return merged;
}
