/**
 * Which comment YARD attaches to which statement, as YARD 0.9's Ruby parser does it
 * (yard/parser/ruby/ruby_parser.rb, `on_comment` and `insert_comments`):
 *
 * - `#` lines on consecutive lines, each starting its line, at the same column, form one block
 *   (a line's text loses its `#`s and one space). `=begin`/`=end` is a block of its own.
 * - Before the first token, a shebang, an encoding line (`# encoding: utf-8`, `-*- coding -*-`)
 *   and `# frozen_string_literal: true` are no comments at all.
 * - Every statement (a child of a statement list, or of an argument list, array, parameter list:
  YARD's `:list`s; in source order, parents first) takes the
 *   unclaimed block that ends on the line above it, else two lines above it (one blank line
 *   between is fine), else on its own first line (an end-of-line comment, `def x # :nodoc:`). A
 *   block with no text (`#` alone) is taken by none. When a statement starts on a later line than
 *   a block ends, that block can no longer be taken.
 *
 * So a licence header set apart by one blank line documents the class below it, as YARD says; two
 * blank lines, or any statement between (a `require`), detach it.
 */
import type { Language, Query } from '@vscode/tree-sitter-wasm';
import type { Node } from '../../core/extract/nodes';
import { createQuery } from '../../core/extract/treeSitter';
import type { ExistingDoc } from '../../core/extract/types';
import { dedent, trimBlank } from '../../core/styles/common';
import { LineIndex } from '../../core/text/lineIndex';

/**
 * Node types whose named children are YARD's `:list` members: statements, and (every Ripper
 * `*_new` event makes a list) arguments, array elements, parameters and the sides of a multiple
 * assignment. Each may take a comment: `private def x # :nodoc:` gives the def its own.
 */
const STATEMENT_LISTS = [
  'program', 'body_statement', 'then', 'else', 'begin', 'ensure', 'block_body', 'parenthesized_statements', 'do',
  'argument_list', 'array', 'string_array', 'symbol_array', 'method_parameters', 'block_parameters', 'lambda_parameters',
  'left_assignment_list', 'right_assignment_list',
];
/** Named children of those lists that are not statements. */
const NOT_STATEMENTS = new Set(['comment', 'rescue', 'else', 'ensure', 'exceptions', 'exception_variable', 'empty_statement', 'heredoc_body', 'uninterpreted']);

const SHEBANG = /^\s*#!\S+/;
const ENCODING = /^\s*(?:#+|\/\*+|\/\/+).*coding\s*[:=]{1,2}\s*([a-z\d_-]+)/i;
const FROZEN = /frozen(-|_)string(-|_)literal:\s+(true|false)/i;

/** One comment block, as YARD reads it. */
export interface CommentBlock {
  start: number;
  /** Where its last line's text ends (before the line break). */
  end: number;
  /** 1-based lines. */
  startLine: number;
  endLine: number;
  /** YARD's text: `#`s and one space gone (or an `=begin` block's lines). */
  lines: string[];
  /** An `=begin`/`=end` block. */
  embedded: boolean;
  /** YARD's `comment.empty?`: such a block is taken by no statement. */
  empty: boolean;
  /** Column of its (last) `#`. */
  column: number;
}

const queries = new WeakMap<Language, Query>();

function queryFor(language: Language): Query {
  let query = queries.get(language);
  if (!query) {
    const lists = STATEMENT_LISTS.filter((t) => language.idForNodeType(t, true) !== null).map((t) => `(${t} (_) @statement)`).join(' ');
    query = createQuery(language, `(comment) @comment ${lists}`);
    queries.set(language, query);
  }
  return query;
}

/** The end of a comment's text, before a line break (and a CRLF's `\r`). */
function textEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

const startsItsLine = (text: string, offset: number): boolean => {
  for (let i = offset - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
};

/** A line's end that continues the expression: Ruby ignores the newline after it. */
const CONTINUES = /(?:[,([{|\\.]|\b(?:do|then|else|elsif|begin|ensure|rescue|and|or|not)|[-+*/%=<>!&^~?:])[ \t]*$/;

/**
 * After a line that ends with code, Ruby's lexer looks past the comment lines below it for a
 * leading `.` (a method chain) before it ends the statement, so it hands YARD those comments
 * before the line break: YARD's character count then lags one behind, and a comment of that run
 * at column 0 fails its "starts its line" check and is not joined to the one above it.
 */
function lexedBeforeNewline(line: number, text: string, lines: LineIndex, commentLines: ReadonlySet<number>, eolComments: ReadonlySet<number>): boolean {
  let above = line - 1;
  while (above >= 1 && commentLines.has(above)) above--;
  if (above < 1 || eolComments.has(above)) return false;
  const start = lines.lineStart(above);
  const end = lines.lineStart(above + 1);
  const code = text.slice(start, above + 1 > lines.lineCount ? text.length : end).replace(/\r?\n$/, '');
  return code.trim() !== '' && !CONTINUES.test(code);
}

/** Lines holding nothing but a `#` comment, and lines whose code ends in one. */
interface CommentLines {
  own: Set<number>;
  endOfLine: Set<number>;
}

function commentLinesOf(comments: readonly Node[], text: string, lines: LineIndex): CommentLines {
  const out: CommentLines = { own: new Set(), endOfLine: new Set() };
  for (const node of comments) {
    if (text.startsWith('=begin', node.startIndex)) continue;
    (startsItsLine(text, node.startIndex) ? out.own : out.endOfLine).add(lines.lineOf(node.startIndex));
  }
  return out;
}

/** The comment blocks of a file, in order, as YARD's lexer groups them. */
export function commentBlocks(comments: readonly Node[], text: string, lines: LineIndex, firstToken: number, commentLines: CommentLines = commentLinesOf(comments, text, lines)): CommentBlock[] {
  const blocks: CommentBlock[] = [];
  let magicAllowed = true;
  let encodingSeen = false;
  let lastColumn: number | undefined;
  for (const node of comments) {
    const start = node.startIndex;
    const end = textEnd(text, start, node.endIndex);
    const raw = text.slice(start, end);
    const line = lines.lineOf(start);
    if (raw.startsWith('=begin')) {
      magicAllowed = false;
      const body = raw.replace(/\r\n?/g, '\n').split('\n').slice(1, -1);
      blocks.push({ start, end, startLine: line, endLine: lines.lineOf(end), lines: body, embedded: true, empty: body.join('\n') === '', column: 0 });
      lastColumn = undefined;
      continue;
    }
    if (magicAllowed && start < firstToken) {
      const magic = (SHEBANG.test(raw) && !encodingSeen) || ENCODING.test(raw) || FROZEN.test(raw);
      if (ENCODING.test(raw)) encodingSeen = true;
      if (magic) continue;
    }
    magicAllowed = false;
    const column = start - lines.lineStart(line);
    const stripped = raw.replace(/^#+\s?/, '');
    const previous = blocks[blocks.length - 1];
    const joins = startsItsLine(text, start) && !(column === 0 && lexedBeforeNewline(line, text, lines, commentLines.own, commentLines.endOfLine));
    if (previous && previous.endLine === line - 1 && lastColumn === column && !previous.embedded && joins) {
      previous.end = end;
      previous.endLine = line;
      previous.lines.push(stripped);
      previous.empty = false;
    } else {
      blocks.push({ start, end, startLine: line, endLine: line, lines: [stripped], embedded: false, empty: stripped === '', column });
    }
    lastColumn = column;
  }
  return blocks;
}

/** A block as a docstring: its range and its text, dedented, blank lines at both ends dropped. */
export function blockDoc(block: CommentBlock, text: string): ExistingDoc {
  return { range: { start: block.start, end: block.end }, raw: text.slice(block.start, block.end), content: trimBlank(dedent(block.lines)).join('\n') };
}

export interface Attachment {
  /** The block each statement takes, by the statement's node id. */
  docs: Map<number, CommentBlock>;
  blocks: CommentBlock[];
  lines: LineIndex;
  /**
   * Whether comment lines at column 0 on 1-based `line` would each be a block of their own (the
   * line above is code, see `lexedBeforeNewline`): a new comment there needs a blank line above it.
   */
  splitsAt(line: number): boolean;
}

/** Which block each statement of the file takes (see the file's comment). */
export function attachComments(root: Node, text: string): Attachment {
  const lines = new LineIndex(text);
  const comments: Node[] = [];
  const statements: Node[] = [];
  for (const { name, node } of queryFor(root.tree.language).captures(root)) {
    if (name === 'comment') comments.push(node);
    else if (!NOT_STATEMENTS.has(node.type)) statements.push(node);
  }
  comments.sort((a, b) => a.startIndex - b.startIndex);
  // Parents first: by start, the longer first.
  statements.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  const firstToken = statements[0]?.startIndex ?? text.length;
  const commentLines = commentLinesOf(comments, text, lines);
  const blocks = commentBlocks(comments, text, lines, firstToken, commentLines);
  const open = new Map<number, CommentBlock>();
  for (const block of blocks) if (!block.empty) open.set(block.endLine, block);
  const byEnd = blocks.filter((b) => !b.empty);
  let dropped = 0;
  const docs = new Map<number, CommentBlock>();
  const seen = new Set<number>();
  for (const statement of statements) {
    if (seen.has(statement.id)) continue;
    seen.add(statement.id);
    const line = lines.lineOf(statement.startIndex);
    for (const candidate of [line - 1, line - 2, line]) {
      const block = open.get(candidate);
      if (block) {
        docs.set(statement.id, block);
        open.delete(candidate);
        break;
      }
    }
    // Blocks that end above this statement's line can be taken by nobody after it.
    while (dropped < byEnd.length && byEnd[dropped].endLine < line) open.delete(byEnd[dropped++].endLine);
  }
  return { docs, blocks, lines, splitsAt: (line) => lexedBeforeNewline(line, text, lines, commentLines.own, commentLines.endOfLine) };
}
