/** Shared by the Java tests: extraction from text, marker comments at insertion points, and javac's view of doc comments. */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RenderOptions } from '../../src/core/docstring/model';
import { firstError } from '../../src/core/extract/nodes';
import type { SymbolFact } from '../../src/core/extract/types';
import { parseText } from '../../src/core/extract/treeSitter';
import { jsdocComment } from '../../src/core/generate/literal';
import { applyEdits, type DocEdit } from '../../src/core/generate/plan';
import { detectEol } from '../../src/core/text/lines';
import { extractJava, type JavaExtractOptions } from '../../src/languages/java/extract';
import { javaFacts, type JavaSymbolFact } from '../../src/languages/java/facts';
import { parseJavadoc, renderJavadoc } from '../../src/languages/java/javadoc';

export const ROOT = join(__dirname, '..', '..', '..');
export const DOC_ATTACH = join(ROOT, 'test', 'fixtures', 'java', 'DocAttach.java');

export async function extractText(text: string, options: JavaExtractOptions = {}): Promise<{ symbols: JavaSymbolFact[]; hasErrors: boolean }> {
  const tree = await parseText(text, 'java');
  try {
    const symbols = extractJava(tree.rootNode, text, options) as JavaSymbolFact[];
    return { symbols, hasErrors: firstError(tree.rootNode) !== undefined };
  } finally {
    tree.delete();
  }
}

/** Whether tree-sitter reads `text` without an ERROR or MISSING node. */
export async function parsesCleanly(text: string): Promise<boolean> {
  const tree = await parseText(text, 'java');
  try {
    return firstError(tree.rootNode) === undefined;
  } finally {
    tree.delete();
  }
}

/**
 * `text` with a doc comment `/** <marker> *\/` (or a multi-line one, `multiLine`) inserted as the
 * pipeline inserts it (plan.ts: prefix + comment + suffix, `\n` written as the file's line ending)
 * at each undocumented symbol but the module and later declarators of a field.
 */
export function insertMarkers(text: string, symbols: JavaSymbolFact[], multiLine: (index: number) => boolean = () => false): { text: string; markers: Map<string, string> } {
  const eol = detectEol(text);
  const markers = new Map<string, string>();
  const edits: DocEdit[] = [];
  symbols.forEach((symbol, index) => {
    if (symbol.kind === 'module' || symbol.docstring || javaFacts(symbol)?.sharesCommentWith) return;
    const marker = `DW${index}`;
    markers.set(symbol.id, marker);
    const { start, end, indent, prefix, suffix } = symbol.insertion;
    const lines = multiLine(index) ? [marker, '', `More about ${marker}.`] : [marker];
    edits.push({ symbolId: symbol.id, start, end, newText: (prefix + jsdocComment(lines, indent) + suffix).replace(/\r?\n/g, eol) });
  });
  return { text: applyEdits(text, edits), markers };
}

export interface JavacDeclaration {
  file: string;
  kind: string;
  path: string;
  /** The doc comment javac attaches, whitespace collapsed; undefined when none. */
  doc?: string;
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A comment's text as javac reads it: `\u005C` and the like are decoded before anything else. */
export const unicodeEscaped = (s: string): string => s.replace(/(?<!\\)((?:\\\\)*)\\u+([0-9a-fA-F]{4})/g, (_, before: string, hex: string) => before + String.fromCharCode(parseInt(hex, 16)));

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** javac's parser over `files` (name -> text): each declaration and its doc comment, and the syntax errors. */
/** A `java` of JDK 23 or later (Markdown doc comments) under /usr/lib/jvm, if one is installed. */
export function modernJava(): string | undefined {
  for (const dir of readdirSync('/usr/lib/jvm', { withFileTypes: true })) {
    const release = join('/usr/lib/jvm', dir.name, 'release');
    if (!existsSync(release)) continue;
    const major = Number(/JAVA_VERSION="(\d+)/.exec(readFileSync(release, 'utf8'))?.[1]);
    if (major >= 23 && existsSync(join('/usr/lib/jvm', dir.name, 'bin', 'java'))) return join('/usr/lib/jvm', dir.name, 'bin', 'java');
  }
  return undefined;
}

export function javacDocs(files: Map<string, string>, java = 'java'): { declarations: JavacDeclaration[]; errors: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dw-java-'));
  const paths = [...files].map(([name, text]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
  const result = spawnSync(java, [DOC_ATTACH, ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const declarations = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, kind, path, doc] = line.split('\t');
      return { file: file.slice(dir.length + 1), kind, path, ...(doc === '-' ? {} : { doc: collapse(doc.replace(/\\([\\n])/g, (_, c: string) => (c === 'n' ? '\n' : '\\'))) }) };
    });
  const errors = result.stderr.split('\n').filter((l) => l.startsWith('ERROR') || /Exception|error:/.test(l));
  if (result.status !== 0 && errors.length === 0) errors.push(`java exited ${result.status}: ${result.stderr}`);
  return { declarations, errors };
}

/** `file -> text` of JDK sources read from the src.zip of the installed JDK 17, when it is there. */
export function jdkSources(names: readonly string[]): Map<string, string> | string {
  const zip = ['/usr/lib/jvm/openjdk-17/lib/src.zip', '/usr/lib/jvm/java-17-openjdk-amd64/lib/src.zip'].find((p) => spawnSync('test', ['-f', p]).status === 0);
  if (!zip) return 'no JDK 17 src.zip under /usr/lib/jvm (Debian: apt-get install openjdk-17-source)';
  if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0) return 'unzip is not installed';
  const out = new Map<string, string>();
  for (const name of names) out.set(name, execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return out;
}

export interface CorpusReport {
  files: number;
  symbols: number;
  documented: number;
  inserted: number;
  /** Insertions that share a line with code (`} void f() {`): the only ones that are not whole comment lines. */
  midLine: number;
  /** Problems: tree-sitter errors, javadoc parse problems, disagreements with javac. Empty when all is well. */
  failures: string[];
}

const RENDER_OPTIONS: RenderOptions = { style: 'jsdoc', annotated: new Set(), returnAnnotated: true, types: 'auto', indentUnit: '    ' };

/**
 * What is wrong with a symbol's existing Javadoc as the style reads it: a parse problem, a tag for a
 * parameter or type parameter the declaration does not have, or a model that does not survive
 * render then parse.
 */
export function docFailures(symbol: SymbolFact): string[] {
  const failures: string[] = [];
  const { doc, problems } = parseJavadoc(symbol.docstring!.content);
  for (const p of problems) failures.push(`javadoc line ${p.line + 1}: ${p.message}`);
  const params = new Set(symbol.params.filter((p) => !p.implicit).map((p) => p.name));
  for (const p of doc.params) if (!params.has(p.name)) failures.push(`@param ${p.name} names no parameter of ${[...params].join(', ') || 'none'}`);
  for (const p of doc.typeParams) if (!symbol.typeParams.includes(p.name)) failures.push(`@param <${p.name}> names no type parameter`);
  const again = parseJavadoc(renderJavadoc(doc, RENDER_OPTIONS).join('\n'));
  try {
    assert.deepEqual(again.doc, doc);
  } catch {
    failures.push(`does not round-trip: ${JSON.stringify(doc)} came back as ${JSON.stringify(again.doc)}`);
  }
  return failures;
}

/**
 * The whole check over real files: they parse; every existing doc comment parses with no problem;
 * the symbols and their doc comments are the declarations javac's parser finds with the comments it
 * attaches; after inserting a marker at every undocumented symbol the files still parse (tree-sitter
 * and javac) and javac attaches each marker to its symbol and every existing comment to its own.
 */
export async function checkJavaCorpus(files: Map<string, string>): Promise<CorpusReport> {
  const report: CorpusReport = { files: files.size, symbols: 0, documented: 0, inserted: 0, midLine: 0, failures: [] };
  const ours: string[] = [];
  const afterInsertion: string[] = [];
  const marked = new Map<string, string>();
  const multiLine = (index: number) => index % 2 === 0;
  for (const [name, text] of files) {
    const { symbols, hasErrors } = await extractText(text);
    if (hasErrors) report.failures.push(`${name}: tree-sitter reports a syntax error in the original`);
    const byId = new Map(symbols.map((s) => [s.id, s]));
    for (const symbol of symbols) {
      if (symbol.kind === 'module') continue;
      report.symbols++;
      const path = symbol.namePath.join('.');
      if (symbol.docstring) {
        report.documented++;
        report.failures.push(...docFailures(symbol).map((f) => `${name} ${path}: ${f}`));
      }
      ours.push(`${name}\t${path}\t${symbol.docstring ? collapse(unicodeEscaped(symbol.docstring.content)) : ''}`);
    }
    const result = insertMarkers(text, symbols, multiLine);
    report.inserted += result.markers.size;
    for (const id of result.markers.keys()) if (byId.get(id)!.insertion.suffix !== '\n') report.midLine++;
    if (!(await parsesCleanly(result.text))) report.failures.push(`${name}: tree-sitter reports a syntax error after the insertions`);
    marked.set(name, result.text);
    for (const symbol of symbols) {
      if (symbol.kind === 'module') continue;
      const owner = javaFacts(symbol)?.sharesCommentWith ?? symbol.id;
      const marker = result.markers.get(owner);
      const doc = marker ? (multiLine(Number(marker.slice(2))) ? `${marker} More about ${marker}.` : marker) : collapse(unicodeEscaped(byId.get(owner)!.docstring!.content));
      afterInsertion.push(`${name}\t${symbol.namePath.join('.')}\t${doc}`);
    }
  }
  const compare = (what: string, expected: string[], javac: { declarations: JavacDeclaration[]; errors: string[] }) => {
    report.failures.push(...javac.errors.map((e) => `${what}: javac: ${e}`));
    const theirs = javac.declarations.map((d) => `${d.file}\t${d.path}\t${d.doc ?? ''}`);
    const count = (list: string[]) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
    const [a, b] = [count(expected), count(theirs)];
    for (const [k, n] of a) if ((b.get(k) ?? 0) < n) report.failures.push(`${what}: only Docwright sees ${k}`);
    for (const [k, n] of b) if ((a.get(k) ?? 0) < n) report.failures.push(`${what}: only javac sees ${k}`);
  };
  compare('original', ours, javacDocs(files));
  compare('after insertion', afterInsertion, javacDocs(marked));
  return report;
}
