/**
 * Template text to snippet text (VS Code / TextMate snippet syntax): every placeholder marker becomes
 * a numbered tab stop whose default is the marker itself, in the order they appear (top to bottom),
 * and every other character is escaped so code and written text never read as snippet syntax.
 * Left untouched, the snippet inserts exactly the template text.
 */
import { DESCRIPTION_PLACEHOLDER, SUMMARY_PLACEHOLDER, TYPE_PLACEHOLDER } from './template';

/** The markers a template leaves for a person (or a model) to fill in. */
export const PLACEHOLDER_MARKERS: readonly string[] = [SUMMARY_PLACEHOLDER, DESCRIPTION_PLACEHOLDER, TYPE_PLACEHOLDER];

export interface SnippetText {
  /** The snippet, in VS Code's snippet syntax. */
  snippet: string;
  /** How many tab stops it has (0: nothing to walk; insert the text as it is). */
  placeholders: number;
}

/** `$`, `}` and `\` are the characters snippet syntax gives a meaning to outside a choice. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function markerPattern(markers: readonly string[]): RegExp | undefined {
  if (markers.length === 0) return undefined;
  const alternatives = [...markers].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A marker stands alone: `_description_` inside `my_description_x` is a name, not a placeholder.
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join('|')})(?![A-Za-z0-9_])`, 'g');
}

/** `text` as a snippet: each marker a tab stop `${n:marker}`, numbered from 1 in text order. */
export function toSnippet(text: string, markers: readonly string[] = PLACEHOLDER_MARKERS): SnippetText {
  const pattern = markerPattern(markers);
  if (!pattern) return { snippet: escapeSnippetText(text), placeholders: 0 };
  let snippet = '';
  let cursor = 0;
  let placeholders = 0;
  for (const match of text.matchAll(pattern)) {
    snippet += escapeSnippetText(text.slice(cursor, match.index));
    snippet += `\${${++placeholders}:${escapeSnippetText(match[0])}}`;
    cursor = match.index + match[0].length;
  }
  return { snippet: snippet + escapeSnippetText(text.slice(cursor)), placeholders };
}
