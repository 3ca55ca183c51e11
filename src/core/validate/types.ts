/** Normalising type text so `Optional[int]`, `int | None` and `typing.Optional[int]` compare equal. */

/** A type (spaces removed) that says nothing comes back: Python's `None`, `NoReturn`, `Never`; TS's void-likes. */
export const VOID = /^(None|NoReturn|Never|void|never|undefined|Promise<void>|Promise<undefined>)$/;

/** `text` split at `separator` outside brackets. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('[(<{'.includes(ch)) depth++;
    else if (']>)}'.includes(ch)) depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** A canonical spelling of a type for comparison only; never shown to the user. */
export function normalizeType(type: string): string {
  // Quotes mark forward references (`'Node'`, `Optional['Node']`): the same type without them.
  let t = type.replace(/\s+/g, '').replace(/(['"])(.*?)\1/g, '$2');
  t = t.replace(/\b(typing|collections\.abc|builtins|t)\./g, '');
  t = t.replace(/\b(List|Dict|Tuple|Set|FrozenSet|Type)\[/g, (m) => m.toLowerCase());
  t = t.replace(/\bNoneType\b/g, 'None');
  // Optional[X] -> X|None, Union[A, B] -> A|B
  for (let i = 0; i < 8; i++) {
    const before = t;
    t = t.replace(/\bOptional\[([^[\]]*(?:\[[^\]]*\])*[^[\]]*)\]/g, '$1|None');
    t = t.replace(/\bUnion\[([^[\]]*(?:\[[^\]]*\])*[^[\]]*)\]/g, (_m, inner: string) => splitTopLevel(inner, ',').join('|'));
    if (t === before) break;
  }
  const members = splitTopLevel(t, '|').map((m) => m.trim()).filter(Boolean);
  return [...new Set(members)].sort().join('|');
}

export function sameType(a: string, b: string): boolean {
  return normalizeType(a) === normalizeType(b);
}
