/**
 * "Type to get it": the docstring a person asks for by typing its opening quotes (`"""`, `'''`) on
 * the line under a Python `def`/`class` header or at the top of a module, or `/**` on the line
 * above a JS/TS declaration. The typed line is taken out, the text parsed without it, the symbol
 * whose docstring belongs exactly there generated as usual, and the result expressed as one
 * replacement of the typed line: the same text the lightbulb would write.
 */
import type { DocStyle } from '../docstring/model';
import { extractSymbols } from '../extract';
import type { LanguageId, SymbolFact } from '../extract/types';
import { generateDocstrings, type GenerateRequest } from './generateFile';
import { packFor, type TypedOpener } from '../../languages';

export type Opener = '"""' | "'''" | '/**' | '///';

/** Where the opener was typed, as offsets of the document's text. */
export interface DocstringSite {
  opener: Opener;
  lineStart: number;
  openerStart: number;
  /** End of the line's text (before its line break). */
  lineEnd: number;
  /** The line break after the line ('' on the last line). */
  eol: string;
  /** An offset of the text without the typed line, as an offset of the document's (JS: hover queries). */
  toDocument: (offset: number) => number;
}

/** The opener just typed before `offset`, alone on its line but for its indentation and auto-closed quotes after it. */
export function docstringSite(text: string, offset: number, typing: TypedOpener): DocstringSite | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  if (lineEnd < offset) return undefined;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const typed = typing.typed.exec(before);
  if (!typed) return undefined;
  // What auto-closing put after the cursor: the rest of the quotes (`"""|"""`), or ` */`.
  const closed = typing.closed(typed[1]).test(after);
  if (!closed) return undefined;
  const eol = newline === -1 ? '' : text.slice(lineEnd, newline + 1);
  const removed = lineEnd + eol.length - lineStart;
  return {
    opener: typed[1] as Opener,
    lineStart,
    openerStart: offset - typed[1].length,
    lineEnd,
    eol,
    toDocument: (o) => (o >= lineStart ? o + removed : o),
  };
}

export interface TypedDocstring {
  /** Replace the document's text from `start` (the opener) to `end` (the end of its line)... */
  start: number;
  end: number;
  /** ...with this (template text; placeholder markers in it). */
  text: string;
  /** When the line's indentation is not the docstring's: the indentation to write before it. */
  indent?: string;
  symbol: SymbolFact;
  style: DocStyle;
}

/** A version of the text that parses without the typed opener, and what must follow the replacement in its result. */
interface Variant {
  text: string;
  tail: string;
  /** The result may end with line breaks of its own (a class's blank line) that the typed line must not get. */
  trimEnd: boolean;
}

function variants(text: string, site: DocstringSite, emptyBody: string | undefined): Variant[] {
  const before = text.slice(0, site.lineStart);
  const after = text.slice(site.lineEnd);
  // The typed line taken out: the symbol's own body (and any docstring already there) as it is. On
  // the last line, the line break before it goes too, else the result would end with one more.
  const without = site.eol ? before + after.slice(site.eol.length) : before.replace(/\r?\n$/, '') + after;
  const out: Variant[] = [{ text: without, tail: after, trimEnd: false }];
  // A new function has no body yet: a `pass` where the quotes are makes it one.
  if (emptyBody) {
    const indent = text.slice(site.lineStart, site.openerStart);
    const eol = /\r?\n$/.exec(before)?.[0] ?? '\n';
    out.push({ text: before + indent + emptyBody + after, tail: eol + indent + emptyBody + after, trimEnd: true });
  }
  return out;
}

/**
 * The symbol whose docstring goes on the typed line, in the text without it (`lineStart` is where that
 * line was): JS/TS, the declaration now starting there; Python, the module when nothing but comments
 * is above, else the definition whose header ends on the line right above.
 */
function symbolAtSite(symbols: SymbolFact[], lineStart: number, headerEnd: number, placement: TypedOpener['placement']): SymbolFact | undefined {
  if (placement === 'above') return symbols.find((s) => s.kind !== 'module' && s.insertion.start === lineStart);
  return symbols.find((s) => (s.kind === 'module' ? s.insertion.start === lineStart : s.insertion.start === headerEnd && s.insertion.end === headerEnd));
}

/**
 * The docstring for the symbol the opener at `site` was typed for, as a replacement of the typed line;
 * undefined when there is none (not a docstring position, the symbol already documented, the text
 * does not parse).
 */
export async function docstringAtSite(
  text: string,
  site: DocstringSite,
  language: LanguageId,
  request: Omit<GenerateRequest, 'select' | 'extracted'>,
): Promise<TypedDocstring | undefined> {
  const { typing } = packFor(language);
  const head = text.slice(0, site.lineStart);
  const headerEnd = site.lineStart - (/\r?\n$/.exec(head)?.[0].length ?? 0);
  for (const variant of variants(text, site, typing.emptyBody)) {
    const extracted = await extractSymbols(variant.text, language);
    if (extracted.hasErrors) continue;
    const symbol = symbolAtSite(extracted.symbols, site.lineStart, headerEnd, typing.placement);
    // None found: a body the parser reads another way without the line (empty) may read right with `pass`.
    if (!symbol) continue;
    // As the lightbulb: typing the opener asks for this symbol's doc, even one a file run leaves
    // alone (a Java @Override method, a Rust trait impl's item); only a documented one gets none.
    if (symbol.docstring) return undefined;
    const generated = await generateDocstrings(variant.text, language, { ...request, select: (s) => s.id === symbol.id, extracted });
    if (generated.edits.length !== 1) return undefined;
    const result = generated.newText;
    if (!result.startsWith(head) || !result.endsWith(variant.tail) || result.length < head.length + variant.tail.length) return undefined;
    let replacement = result.slice(head.length, result.length - variant.tail.length);
    if (variant.trimEnd) replacement = replacement.replace(/(\r?\n)+$/, '');
    const indent = /^[ \t]*/.exec(replacement)![0];
    const typedIndent = text.slice(site.lineStart, site.openerStart);
    return {
      start: site.openerStart,
      end: site.lineEnd,
      text: replacement.slice(indent.length),
      ...(indent === typedIndent ? {} : { indent }),
      symbol,
      style: generated.style,
    };
  }
  return undefined;
}
