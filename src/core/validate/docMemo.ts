/**
 * Docstrings as read (style detected, parsed), remembered by their text: in the editor, an edit
 * leaves almost every docstring of a file unchanged, and reading them again was most of a
 * re-validation. Pure functions of the text, so an entry is never stale; bounded by emptying.
 * The results are shared: callers read them, never change them.
 */
import type { DocFamily } from '../extract/types';
import type { DocStyle } from '../docstring/model';
import { detectDocstringStyle, parseDocstring } from '../styles';

type Read = { written: DocStyle } & ReturnType<typeof parseDocstring>;

const MAX_ENTRIES = 20_000;
const memo = new Map<string, Read>();

/** The docstring's own style (else `fallback`) and what it says. */
export function readDocstring(content: string, family: DocFamily, fallback: DocStyle): Read {
  const key = `${family}\0${fallback}\0${content}`;
  let read = memo.get(key);
  if (!read) {
    const written = detectDocstringStyle(content, family) ?? fallback;
    read = { written, ...parseDocstring(content, written) };
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, read);
  }
  return read;
}
