/**
 * A class docstring's documented attributes, read from the sections the model keeps verbatim:
 * Google `Attributes:` (`name (type): description`), NumPy `Attributes` (`name : type` with the
 * description indented below), Sphinx `:ivar name:` / `:var name:` / `:cvar name:` with `:vartype name:`.
 */
import { isBlank, itemText, splitItems, splitOptional } from '../styles/common';
import type { DocParam, Docstring, DocSection, DocStyle } from './model';

const SPHINX_ATTRIBUTE = /^(ivar|var|cvar)\s+(\S+)$/;
const SPHINX_TYPE = /^vartype\s+(\S+)$/;

/** Whether this kept section documents attributes (so a template that writes them replaces it). */
export function isAttributeSection(section: DocSection, style: DocStyle): boolean {
  const title = section.title.trim();
  if (style === 'sphinx') return SPHINX_ATTRIBUTE.test(title) || SPHINX_TYPE.test(title);
  return /^attributes$/i.test(title);
}

/** The attributes `doc` documents, in order; undefined when it has no Attributes section (or `:ivar:` field). */
export function documentedAttributes(doc: Docstring, style: DocStyle): DocParam[] | undefined {
  const sections = doc.sections.filter((s) => isAttributeSection(s, style));
  if (sections.length === 0) return undefined;
  if (style === 'sphinx') return sphinxAttributes(sections);
  const out: DocParam[] = [];
  for (const section of sections) {
    for (const item of splitItems(section.body.split('\n'), 0)) out.push(style === 'numpy' ? numpyEntry(item.first, item.rest) : googleEntry(item.first, item.rest));
  }
  return out;
}

function entry(name: string, description: string, type: string | undefined): DocParam {
  const t = type === undefined ? {} : splitOptional(type);
  return { name, description, ...(t.type ? { type: t.type } : {}) };
}

/** `name (type): description` or `name: description`. */
function googleEntry(first: string, rest: string[]): DocParam {
  const match = /^([\w.]+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$/.exec(first);
  if (!match) return entry(first.replace(/:.*$/, '').trim(), itemText('', rest), undefined);
  return entry(match[1], itemText(match[3], rest), match[2]);
}

/** `name : type` (or `name`) with the description on the lines below. */
function numpyEntry(first: string, rest: string[]): DocParam {
  const match = /^([\w.]+)\s*(?::\s*(.*))?$/.exec(first);
  const description = itemText('', rest.filter((l, i) => i > 0 || !isBlank(l)));
  if (!match) return entry(first.trim(), description, undefined);
  return entry(match[1], description, match[2]?.trim() || undefined);
}

function sphinxAttributes(sections: DocSection[]): DocParam[] {
  const out: DocParam[] = [];
  const byName = new Map<string, DocParam>();
  const get = (name: string) => {
    let found = byName.get(name);
    if (!found) {
      found = { name, description: '' };
      byName.set(name, found);
      out.push(found);
    }
    return found;
  };
  for (const section of sections) {
    const title = section.title.trim();
    const attribute = SPHINX_ATTRIBUTE.exec(title);
    if (attribute) get(attribute[2]).description = section.body;
    else {
      const type = SPHINX_TYPE.exec(title);
      if (type && section.body.trim()) get(type[1]).type = section.body.trim();
    }
  }
  return out;
}
