/**
 * Python's logical lines, as its tokenizer finds them: a statement's physical lines joined by open
 * brackets and backslashes; blank and comment-only lines are none. Strings (every prefix, triple
 * quotes, escapes, f-strings with nested replacement fields as Python 3.12 reads them) and comments
 * are stepped over. Anything this reader is not sure of (an unterminated string, a stray backslash,
 * unbalanced brackets, a lone carriage return, a form feed in an indentation) gives `undefined`:
 * callers then read the file the slow way.
 */

export interface LogicalLine {
  /** Where its first physical line starts (column 0). */
  lineStart: number;
  /** Its indentation, as written (spaces and tabs). */
  indent: string;
  /** Its first token. */
  first: number;
  /** The word the line starts with (`def`, `async`, `else`...), or '' when it starts with a symbol or a string. */
  word: string;
  /** The word after that one, when the first is `async`. */
  second: string;
  /** It starts with a string literal (its prefix letters, then a quote): only such a line can be a docstring. */
  string: boolean;
  /** It starts with `@`: a decorator. */
  decorator: boolean;
  /** Its last character that is neither space nor comment. */
  last: number;
  /** Where the physical line after it starts (the text's length at the end). */
  end: number;
}

const SPACE = 32;
const TAB = 9;
const FORM_FEED = 12;
const NEWLINE = 10;
const RETURN = 13;
const HASH = 35;
const BACKSLASH = 92;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
const isQuote = (c: number) => c === 34 || c === 39;
/** Letters that may prefix a string (up to two of them, as Python writes `rb`, `fR`...). */
const isPrefixLetter = (c: number) => 'rRuUbBfFtT'.includes(String.fromCharCode(c));

export interface Reading {
  lines: LogicalLine[];
  /** Where the keywords `def` and `class` are, in code (not in strings or comments), in order. */
  definitions: number[];
  /** Where `raise`, `return` and `yield` are, in code (f-strings' replacement fields included), in order. */
  flow: number[];
}

/** Thrown inside the reader when it is not sure; never escapes `logicalLines`. */
class Unsure extends Error {}

export function logicalLines(text: string): Reading | undefined {
  const reading: Reading = { lines: [], definitions: [], flow: [] };
  try {
    read(text, reading);
    return reading;
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

/** Notes the word at [start, end) when it is one a caller looks for. */
function noteKeyword(text: string, start: number, end: number, reading: Reading): void {
  const length = end - start;
  if (length < 3 || length > 6) return;
  const c = text.charCodeAt(start);
  if (c !== 99 && c !== 100 && c !== 114 && c !== 121) return; // c, d, r, y
  const word = text.slice(start, end);
  if (word === 'def' || word === 'class') reading.definitions.push(start);
  else if (word === 'raise' || word === 'return' || word === 'yield') reading.flow.push(start);
}

function read(text: string, reading: Reading): void {
  // A lone `\r` is a line break to Python, not to every reader: below, `\r` is always before `\n`.
  for (let r = text.indexOf('\r'); r !== -1; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== NEWLINE) throw new Unsure();
  const { lines } = reading;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lineStart = i;
    let j = i;
    let c = text.charCodeAt(j);
    while (c === SPACE || c === TAB || c === FORM_FEED) c = text.charCodeAt(++j);
    if (j >= n) break;
    if (c === NEWLINE) {
      i = j + 1;
      continue;
    }
    if (c === RETURN) {
      i = j + 2;
      continue;
    }
    if (c === HASH) {
      const end = text.indexOf('\n', j);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    const indent = text.slice(lineStart, j);
    if (indent.includes('\f')) throw new Unsure();
    const line = logicalLine(text, lineStart, indent, j, reading);
    lines.push(line.line);
    i = line.next;
  }
}

/** One logical line from its first token at `first`; `next` is where the line after it starts. */
function logicalLine(text: string, lineStart: number, indent: string, first: number, reading: Reading): { line: LogicalLine; next: number } {
  const n = text.length;
  let depth = 0;
  let k = first;
  let last = first;
  let word = '';
  let second = '';
  let words = 0;
  let string = false;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === SPACE || c === TAB || c === FORM_FEED) {
      k++;
    } else if (c === HASH) {
      const end = text.indexOf('\n', k);
      if (end === -1) {
        k = n;
        break;
      }
      k = end;
    } else if (c === NEWLINE || c === RETURN) {
      const next = c === RETURN ? k + 2 : k + 1;
      if (depth === 0) return { line: { lineStart, indent, first, word, second, string, decorator: text.charCodeAt(first) === 64, last, end: next }, next };
      k = next;
    } else if (c === BACKSLASH) {
      const d = text.charCodeAt(k + 1);
      if (d === NEWLINE) k += 2;
      else if (d === RETURN) k += 3;
      else throw new Unsure();
    } else if (isQuote(c)) {
      const prefix = prefixBefore(text, k, first);
      if (k - prefix.length === first) string = true;
      k = stringEnd(text, k, prefix, reading);
      last = k - 1;
    } else if (isWordChar(c)) {
      const start = k;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      if (k < n && isQuote(text.charCodeAt(k)) && isPrefix(text, start, k)) continue; // a string's prefix: the quote comes next
      noteKeyword(text, start, k, reading);
      if (words === 0 && start === first) word = text.slice(start, k);
      else if (words === 1 && word === 'async') second = text.slice(start, k);
      words++;
      last = k - 1;
    } else {
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (--depth < 0) throw new Unsure();
      }
      last = k;
      k++;
    }
  }
  if (depth !== 0) throw new Unsure();
  return { line: { lineStart, indent, first, word, second, string, decorator: text.charCodeAt(first) === 64, last, end: n }, next: n };
}

function isPrefix(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  for (let k = start; k < end; k++) if (!isPrefixLetter(text.charCodeAt(k))) return false;
  return true;
}

/** The prefix letters right before the quote at `quote` (not before `floor`). */
function prefixBefore(text: string, quote: number, floor: number): string {
  let k = quote;
  while (k > floor && isWordChar(text.charCodeAt(k - 1))) k--;
  return isPrefix(text, k, quote) ? text.slice(k, quote) : '';
}

/** Past the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number, prefix: string, reading: Reading): number {
  const n = text.length;
  const quote = text.charCodeAt(at);
  const triple = text.charCodeAt(at + 1) === quote && text.charCodeAt(at + 2) === quote;
  const interpolated = /[fFtT]/.test(prefix);
  let k = at + (triple ? 3 : 1);
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === BACKSLASH) {
      // An escape, in raw strings too (r"\"" is one string); `\` + CRLF as well.
      k += text.charCodeAt(k + 1) === RETURN && text.charCodeAt(k + 2) === NEWLINE ? 3 : 2;
    } else if (c === quote) {
      if (!triple) return k + 1;
      if (text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote) return k + 3;
      k++;
    } else if ((c === NEWLINE || c === RETURN) && !triple) {
      throw new Unsure(); // unterminated
    } else if (interpolated && c === 123) {
      if (text.charCodeAt(k + 1) === 123) k += 2;
      else k = fieldEnd(text, k + 1, reading);
    } else {
      k++;
    }
  }
  throw new Unsure();
}

/** Past the `}` that closes an f-string's replacement field whose expression starts at `at`. */
function fieldEnd(text: string, at: number, reading: Reading): number {
  const n = text.length;
  let depth = 0;
  let k = at;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isQuote(c)) {
      k = stringEnd(text, k, prefixBefore(text, k, at), reading);
    } else if (isWordChar(c)) {
      const start = k;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      noteKeyword(text, start, k, reading);
    } else if (c === 40 || c === 91 || c === 123) {
      depth++;
      k++;
    } else if (c === 41 || c === 93) {
      if (--depth < 0) throw new Unsure();
      k++;
    } else if (c === 125) {
      if (depth === 0) return k + 1;
      depth--;
      k++;
    } else if (c === 58 && depth === 0) {
      return formatSpecEnd(text, k + 1, reading);
    } else if (c === HASH || c === BACKSLASH || c === NEWLINE || c === RETURN) {
      throw new Unsure();
    } else {
      k++;
    }
  }
  throw new Unsure();
}

/** Past the `}` that ends a replacement field's format spec (which may hold fields of its own). */
function formatSpecEnd(text: string, at: number, reading: Reading): number {
  const n = text.length;
  let k = at;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 125) return k + 1;
    if (c === 123) k = fieldEnd(text, k + 1, reading);
    else if (c === NEWLINE || c === RETURN || c === BACKSLASH) throw new Unsure();
    else k++;
  }
  throw new Unsure();
}
