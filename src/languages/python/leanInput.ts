/**
 * What validation need not parse in Python source, cut out before tree-sitter reads it (see
 * src/core/extract/leanInput.ts):
 * - the body of a function without a docstring or nested definition, but for a placeholder `00`
 *   that starts and ends where the body does;
 * - in other function bodies, and in the blocks of the statements kept there, the statements
 *   between the first and the last with none of the words `def`, `class` (and, in a documented
 *   function, `raise`, `return`, `yield`) in code;
 * - top-level statements after the first that define nothing;
 * - comment and blank lines inside a block.
 * What validation reads is all still there: signatures, docstrings, where a new one would go, every
 * raise, return and yield with the `try` around it, every definition, and where each body ends.
 * The statement structure comes from a reader of logical lines (./logicalLines.ts), which agrees
 * with Python's tokenizer; anything it is unsure of leaves the file whole.
 */
import type { Cut, LeanInput } from '../../core/extract/leanInput';
import { anyWithin } from '../../core/text/occurrences';
import { logicalLines, type LogicalLine } from './logicalLines';

/** Lines that continue the statement before them at the same indentation. */
const CLAUSES = new Set(['elif', 'else', 'except', 'finally']);

export function pythonLeanInput(text: string): LeanInput | undefined {
  const reading = logicalLines(text);
  if (!reading) return undefined;
  const { lines } = reading;
  // What a documented function's statement may hold that validation reads; of a function without a
  // docstring it reads no raise, return or yield, only nested definitions.
  const flowWords = [...reading.definitions, ...reading.flow].sort((a, b) => a - b);
  const cuts: Cut[] = [];
  /** Characters (kept) the shorter text has as `0`. */
  const zeroes: number[] = [];
  const functionStarts: number[] = [];
  // At the top level only definitions make facts (the module's own come from its first statement).
  const module = moduleBlock(lines);
  if (module && thin(text, lines, module, reading.definitions, cuts, false) === 'unsure') return undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!isDef(lines[i])) continue;
    functionStarts.push(decoratedStart(lines, i));
    const body = block(text, lines, i);
    if (body === 'unsure') return undefined;
    if (!body) continue;
    const last = lines[body.statements[body.statements.length - 1]];
    // A body of stubs only (`pass`, `...`) is a stub: keep what decides it.
    if (last.word === 'pass' || text.startsWith('...', last.first)) continue;
    // Only a string first can be a docstring; without one, raises, returns and yields are not read.
    const documented = lines[body.statements[0]].string;
    if (!documented && placeholder(text, lines, body, reading.definitions, cuts, zeroes)) continue;
    if (thin(text, lines, body, documented ? flowWords : reading.definitions, cuts) === 'unsure') return undefined;
  }
  commentsBetween(text, lines, cuts);
  return shorterText(text, cuts, zeroes, functionStarts);
}

/**
 * A body without a docstring or a nested definition: of it validation reads only where it starts
 * (where a docstring would go) and where it ends, and that it is not a stub. Its text from its first
 * character to its last becomes `00`, one statement (an integer) that starts and ends there: the
 * first and last characters turn into `0`, all between is cut.
 */
function placeholder(text: string, lines: readonly LogicalLine[], body: Block, definitions: readonly number[], cuts: Cut[], zeroes: number[]): boolean {
  const first = lines[body.statements[0]].first;
  const end = lines[body.end - 1].last + 1;
  if (end - first < 4 || anyWithin(definitions, first, end)) return false;
  // Some statement certainly not a stub (`pass`, `...`): one that starts with another word.
  if (!body.statements.some((s) => lines[s].word !== '' && lines[s].word !== 'pass')) return false;
  cuts.push({ start: first + 1, end: end - 1 });
  zeroes.push(first, end - 1);
  return true;
}

/**
 * Comment and blank lines between two logical lines, each comment indented as the line after it:
 * none is at the end of a block that closes before that line (tree-sitter counts such a comment
 * into the block, so the block's range would change). Each costs the parser as much as code.
 */
function commentsBetween(text: string, lines: readonly LogicalLine[], cuts: Cut[]): void {
  for (let i = 1; i < lines.length; i++) {
    const { end: after, last } = lines[i - 1];
    const { lineStart: end, indent } = lines[i];
    // After a block's header its first line stays: where a new docstring goes depends on whether it is blank.
    const start = text.charCodeAt(last) === 58 ? text.indexOf('\n', after) + 1 || end : after;
    if (start < end && commentsIndented(text, start, end, indent)) cuts.push({ start, end });
  }
}

/** Whether every comment line in [start, end) (whole lines, the rest blank) starts with `indent` then `#`. */
function commentsIndented(text: string, start: number, end: number, indent: string): boolean {
  for (let at = start; at < end; ) {
    const next = text.indexOf('\n', at) + 1 || end;
    let k = at;
    while (k < next && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 12)) k++;
    if (text.charCodeAt(k) === 35 && (k - at !== indent.length || !text.startsWith(indent, at))) return false;
    at = next;
  }
  return true;
}

const isDef = (line: LogicalLine) => line.word === 'def' || (line.word === 'async' && line.second === 'def');

/**
 * Cut the statements of `body` after the first (and before the last, with `keepLast`: where a
 * block ends, and that it is not empty) that hold no kept word; in the statements kept, do the same
 * to the blocks they open (if, for, while, try, with, match and their clauses). Definitions are
 * left whole: a function's body is thinned as its own, a class's is read whole.
 */
function thin(text: string, lines: readonly LogicalLine[], body: Block, kept: readonly number[], cuts: Cut[], keepLast = true): 'unsure' | undefined {
  const { statements, end } = body;
  for (let s = 0; s < statements.length; s++) {
    const from = statements[s];
    const to = s + 1 < statements.length ? statements[s + 1] : end;
    const start = lines[from].lineStart;
    const stop = to < lines.length ? lines[to].lineStart : text.length;
    if (s > 0 && (s < statements.length - 1 || !keepLast) && !anyWithin(kept, start, stop)) {
      cuts.push({ start, end: stop });
      continue;
    }
    for (let k = from; k < to; k++) {
      const line = lines[k];
      if (line.indent !== lines[from].indent || line.decorator || isDef(line) || line.word === 'class') continue;
      const inner = block(text, lines, k);
      if (inner === 'unsure') return 'unsure';
      if (inner && thin(text, lines, inner, kept, cuts) === 'unsure') return 'unsure';
    }
  }
  return undefined;
}

/** Cuts in text order (a nested function's come after its outer function's), overlapping and neighbouring ones joined. */
function shorterText(text: string, cuts: Cut[], zeroes: number[], functionStarts: number[]): LeanInput {
  const joined: Cut[] = [];
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    const previous = joined[joined.length - 1];
    if (previous && previous.end >= cut.start) previous.end = Math.max(previous.end, cut.end);
    else joined.push({ ...cut });
  }
  if (joined.length === 0) return { text, cuts: joined, functionStarts };
  const parts: string[] = [];
  zeroes.sort((a, b) => a - b);
  let z = 0;
  /** The text of [from, to), with its zeroes. */
  const keep = (from: number, to: number) => {
    for (; z < zeroes.length && zeroes[z] < to; z++) {
      parts.push(text.slice(from, zeroes[z]), '0');
      from = zeroes[z] + 1;
    }
    parts.push(text.slice(from, to));
  };
  let at = 0;
  for (const cut of joined) {
    keep(at, cut.start);
    at = cut.end;
  }
  keep(at, text.length);
  return { text: parts.join(''), cuts: joined, functionStarts };
}

/** Where the definition on line `i` starts: its first decorator (decorators are lines of their own at the same indentation). */
function decoratedStart(lines: readonly LogicalLine[], i: number): number {
  let start = lines[i].first;
  for (let d = i - 1; d >= 0 && lines[d].indent === lines[i].indent && lines[d].decorator; d--) start = lines[d].first;
  return start;
}

interface Block {
  /** The line (index) where each of its statements starts. */
  statements: number[];
  /** The first line after it. */
  end: number;
}

/**
 * The block the line `i` opens (it ends with `:`), or undefined when there is none on the lines
 * after it (`def f(): return 1`); 'unsure' when indentation does not nest as Python requires (tabs
 * and spaces mixed, a dedent to no enclosing level).
 */
function block(text: string, lines: readonly LogicalLine[], i: number): Block | undefined | 'unsure' {
  const header = lines[i];
  if (text.charCodeAt(header.last) !== 58) return undefined;
  const inner = lines[i + 1];
  if (!inner || !deeper(inner.indent, header.indent)) return inner && !shallowerOrSame(inner.indent, header.indent) ? 'unsure' : undefined;
  const statements: number[] = [];
  let decorated = false;
  let k = i + 1;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (line.indent === inner.indent) {
      if (!decorated && !CLAUSES.has(line.word)) statements.push(k);
      decorated = line.decorator;
    } else if (deeper(line.indent, inner.indent)) {
      continue;
    } else if (shallowerOrSame(line.indent, header.indent)) {
      break;
    } else {
      return 'unsure';
    }
  }
  return { statements, end: k };
}

/** The top-level statements; undefined when the first line is indented (tree-sitter will say what is wrong). */
function moduleBlock(lines: readonly LogicalLine[]): Block | undefined {
  if (lines.length === 0 || lines[0].indent !== '') return undefined;
  const statements: number[] = [];
  let decorated = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.indent !== '') continue;
    if (!decorated && !CLAUSES.has(line.word)) statements.push(k);
    decorated = line.decorator;
  }
  return { statements, end: lines.length };
}

/** `indent` nests inside `outer`: it starts with it and goes further. */
const deeper = (indent: string, outer: string) => indent.length > outer.length && indent.startsWith(outer);
/** `indent` closes back to `outer` or further out. */
const shallowerOrSame = (indent: string, outer: string) => outer.startsWith(indent);
