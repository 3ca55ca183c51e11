/** Facts read from sections the model keeps verbatim. */
import type { Docstring } from './model';

/** Names listed in a NumPy "Other Parameters" section (`name : type` lines at the section's own indent). */
export function otherParameterNames(doc: Docstring): Set<string> {
  const names = new Set<string>();
  for (const section of doc.sections) {
    if (!/^other\s+param(eter)?s$/i.test(section.title.trim())) continue;
    for (const line of section.body.split('\n')) {
      const match = /^\\?\*{0,2}([A-Za-z_][\w, ]*?)\s*(:|$)/.exec(line);
      if (match && !/^\s/.test(line)) for (const name of match[1].split(',')) if (name.trim()) names.add(name.trim());
    }
  }
  return names;
}
