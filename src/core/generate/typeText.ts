/**
 * Annotation text as a docstring shows it: on one line (a multi-line annotation keeps no line
 * break or indentation) and, in Python, without the quotes of a forward reference (`'Node'` is the
 * type `Node`; the quotes in `Literal['a']` are values and stay).
 */

/** The arguments of `Name[a, b]` / `Name<a, b>`, split at the top level only. */
export function typeArguments(type: string): string[] | undefined {
  const open = type.search(/[[<]/);
  if (open < 0 || !/[\]>]$/.test(type)) return undefined;
  const inner = type.slice(open + 1, -1);
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('[(<{'.includes(ch)) depth++;
    else if (']>)}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/**
 * `annotation` on one line; for Python also without the spaces a line break left inside brackets
 * and without forward-reference quotes (TypeScript's quotes are string literal types: kept).
 */
export function typeForDocstring(annotation: string, python: boolean): string {
  const collapsed = annotation.replace(/\s+/g, ' ').trim();
  if (!python) return collapsed;
  const oneLine = collapsed.replace(/([[(]) /g, '$1').replace(/ ([\])])/g, '$1').replace(/, ?([\])])/g, '$1');
  let out = '';
  const brackets: string[] = []; // the name before each open bracket
  for (let i = 0; i < oneLine.length; i++) {
    const ch = oneLine[i];
    if (ch === '[') brackets.push(/([\w.]*)$/.exec(out)?.[1] ?? '');
    else if (ch === ']') brackets.pop();
    if ((ch === '"' || ch === "'") && !brackets.some((name) => /(^|\.)Literal$/.test(name))) {
      const end = oneLine.indexOf(ch, i + 1);
      if (end > i) {
        out += oneLine.slice(i + 1, end); // a forward reference: the type it names
        i = end;
        continue;
      }
    }
    out += ch;
  }
  return out;
}
