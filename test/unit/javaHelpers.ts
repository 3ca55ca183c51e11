/** Shared by the Java tests: extraction from text, marker comments at insertion points, and javac's view of doc comments. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { firstError } from '../../src/core/extract/nodes';
import { parseText } from '../../src/core/extract/treeSitter';
import { jsdocComment } from '../../src/core/generate/literal';
import { applyEdits, type DocEdit } from '../../src/core/generate/plan';
import { detectEol } from '../../src/core/text/lines';
import { extractJava } from '../../src/languages/java/extract';
import { javaFacts, type JavaSymbolFact } from '../../src/languages/java/facts';

export const ROOT = join(__dirname, '..', '..', '..');
export const DOC_ATTACH = join(ROOT, 'test', 'fixtures', 'java', 'DocAttach.java');

export async function extractText(text: string, walkBodies = false): Promise<{ symbols: JavaSymbolFact[]; hasErrors: boolean }> {
  const tree = await parseText(text, 'java');
  try {
    const symbols = extractJava(tree.rootNode, text, walkBodies) as JavaSymbolFact[];
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

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** javac's parser over `files` (name -> text): each declaration and its doc comment, and the syntax errors. */
export function javacDocs(files: Map<string, string>): { declarations: JavacDeclaration[]; errors: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dw-java-'));
  const paths = [...files].map(([name, text]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
  const result = spawnSync('java', [DOC_ATTACH, ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const declarations = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, kind, path, doc] = line.split('\t');
      return { file: file.slice(dir.length + 1), kind, path, ...(doc === '-' ? {} : { doc: collapse(doc.replace(/\\n/g, '\n').replace(/\\\\/g, '\\')) }) };
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
