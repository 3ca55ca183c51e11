/** Shared by the Java pipeline tests: what a generation inserted, and whether javac attaches it where it was meant to go. */
import { applyEdits } from '../../src/core/generate/plan';
import type { FileGeneration } from '../../src/core/generate/generateFile';
import { javaFacts } from '../../src/languages/java/facts';
import { collapse, extractText, unicodeEscaped, type JavacDeclaration } from './javaHelpers';

/** One `/** ... *\/` comment, nothing else, with whitespace around it. */
const ONE_DOC_COMMENT = /^\s*\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
/** A line of a `/** *\/` comment as the pipeline writes it. */
const COMMENT_LINE = /^[ \t]*(?:\/\*\*.*|\*.*|\*\/)$/;

/**
 * What is wrong with a generation that should only have inserted doc comments: an edit that
 * replaces text or inserts more than one comment; edits that do not give the output; and, walking
 * the lines, an added line that is not a comment line or an input line that went missing. A file
 * with an insertion inside a line (`} void f() {`) skips the line walk; the first two checks hold
 * for it too.
 */
export function insertedOnlyComments(input: string, result: FileGeneration): string[] {
  const failures: string[] = [];
  for (const edit of result.edits) {
    if (edit.start !== edit.end) failures.push(`${edit.symbolId}: replaces [${edit.start}, ${edit.end}) instead of inserting`);
    if (!ONE_DOC_COMMENT.test(edit.newText)) failures.push(`${edit.symbolId}: inserts more than one doc comment: ${JSON.stringify(edit.newText)}`);
  }
  if (applyEdits(input, result.edits) !== result.newText) failures.push('the edits do not give the output');
  if (midLineInsertions(input, result) > 0) return failures;
  const before = input.split(/\r?\n/);
  const after = result.newText.split(/\r?\n/);
  let i = 0;
  for (const line of after) {
    if (i < before.length && line === before[i]) i++;
    else if (!COMMENT_LINE.test(line)) failures.push(`added a line that is not a comment line: ${JSON.stringify(line)}`);
  }
  if (i < before.length) failures.push(`input line ${i + 1} is not in the output: ${JSON.stringify(before[i])}`);
  return failures;
}

/** Edits that put a comment inside a line rather than on lines of its own. */
export function midLineInsertions(input: string, result: FileGeneration): number {
  return result.edits.filter((e) => !(e.start === 0 || input[e.start - 1] === '\n') || !/\n$/.test(e.newText)).length;
}

/** The text javac reads from an inserted comment: no delimiters, no gutters, whitespace collapsed. */
export function commentText(newText: string): string {
  const inner = newText.trim().replace(/^\/\*\*/, '').replace(/\*\/$/, '');
  return collapse(unicodeEscaped(inner.split(/\r?\n/).map((l) => l.replace(/^\s*\*+/, '')).join('\n')));
}

/**
 * javac's view of one output against what the generation meant: each symbol of the input (by name
 * path; overloads counted) carries the comment inserted for it (or for the first declarator of its
 * `int x, y;`), or its own comment from before. `declarations`: javacDocs over the outputs.
 */
export async function javacAttachment(name: string, input: string, result: FileGeneration, declarations: JavacDeclaration[]): Promise<{ inserted: number; failures: string[] }> {
  const inserted = new Map(result.edits.map((e) => [e.symbolId, commentText(e.newText)]));
  const expected: string[] = [];
  const symbols = (await extractText(input)).symbols;
  const byId = new Map(symbols.map((s) => [s.id, s]));
  for (const symbol of symbols) {
    if (symbol.kind === 'module') continue;
    const owner = byId.get(javaFacts(symbol)?.sharesCommentWith ?? symbol.id)!;
    const doc = inserted.get(owner.id) ?? (owner.docstring ? collapse(unicodeEscaped(owner.docstring.content)) : '');
    expected.push(`${symbol.namePath.join('.')}\t${doc}`);
  }
  const theirs = declarations.filter((d) => d.file === name).map((d) => `${d.path}\t${d.doc ?? ''}`);
  const count = (list: string[]) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const [a, b] = [count(expected), count(theirs)];
  const failures: string[] = [];
  const short = (k: string) => JSON.stringify(k.length > 160 ? `${k.slice(0, 160)}...` : k);
  for (const [k, n] of a) if ((b.get(k) ?? 0) < n) failures.push(`${name}: javac does not see ${short(k)}`);
  for (const [k, n] of b) if ((a.get(k) ?? 0) < n) failures.push(`${name}: only javac sees ${short(k)}`);
  return { inserted: inserted.size, failures };
}
