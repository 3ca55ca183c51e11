/**
 * Docstrings as read (style detected, parsed), remembered by their text: in the editor, an edit
 * leaves almost every docstring of a file unchanged, and reading them again was most of a
 * re-validation. Pure functions of the text, so an entry is never stale; bounded by emptying.
 * The results are shared: callers read them, never change them.
 */
import { packFor } from '../../languages';
import type { LanguageId } from '../extract/types';
import type { DocStyle } from '../docstring/model';
import { parseDocstring } from '../styles';

type Read = { written: DocStyle } & ReturnType<typeof parseDocstring>;

const MAX_ENTRIES = 20_000;
const memo = new Map<string, Read>();

/** The docstring's own style (else `fallback`) and what it says. */
export function readDocstring(content: string, language: LanguageId, fallback: DocStyle): Read {
  const pack = packFor(language);
  const key = `${pack.id}\0${fallback}\0${content}`;
  let read = memo.get(key);
  if (!read) {
    const written = pack.detectStyle(content) ?? fallback;
    read = { written, ...parseDocstring(content, written) };
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, read);
  }
  return read;
}
