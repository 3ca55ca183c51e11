/** Helpers of the C/C++ tests: extraction of a text, gcc/g++ as the judge of syntax, doxygen's XML as the judge of attachment. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstError } from '../../src/core/extract/nodes';
import { parseText } from '../../src/core/extract/treeSitter';
import { extractCpp } from '../../src/languages/cpp/extract';
import type { CppSymbolFact } from '../../src/languages/cpp/facts';
import { maskMacros } from '../../src/languages/cpp/macros';
import { errorRanges, insertAll } from './packHelpers';

export { insertAll };

export interface Extracted {
  symbols: CppSymbolFact[];
  byId: Map<string, CppSymbolFact>;
  hasErrors: boolean;
  errorAt?: number;
  errors: { start: number; end: number }[];
}

/** Extraction as the wiring should do it: the masked text parsed (src/languages/cpp/macros.ts), the real one read. */
export async function extract(text: string, language: 'c' | 'cpp' = 'cpp', indentUnit = '    '): Promise<Extracted> {
  // parseText reads the pack's parseInput: the text with unreadable macros masked.
  const tree = await parseText(text, language);
  try {
    const symbols = extractCpp(tree.rootNode, text, { indentUnit, language });
    const walked = extractCpp(tree.rootNode, text, { indentUnit, language, walkBodies: true });
    // The flow index and the node-by-node walk agree on every body.
    for (let i = 0; i < symbols.length; i++) {
      if (JSON.stringify(symbols[i].raises) !== JSON.stringify(walked[i].raises)) throw new Error(`index and walk differ on ${symbols[i].id}`);
    }
    const error = firstError(tree.rootNode);
    return { symbols, byId: new Map(symbols.map((s) => [s.id, s])), hasErrors: tree.rootNode.hasError, errors: errorRanges(tree.rootNode), ...(error ? { errorAt: error.startIndex } : {}) };
  } finally {
    tree.delete();
  }
}

/** Whether tree-sitter read `symbol` (and the lines above it) without an error node. */
export function readCleanly(symbol: CppSymbolFact, errors: Extracted['errors'], text: string): boolean {
  const start = text.lastIndexOf('\n', Math.max(0, symbol.insertion.start - 2)) + 1;
  const end = symbol.kind === 'module' ? symbol.insertion.end : symbol.range.end;
  return !errors.some((e) => e.start <= end && start <= e.end);
}

/** `output` without the lines `insertAll` added (comment lines) equals `input`: each comment line removed, spaces it replaced put back. */
export function onlyCommentLinesAdded(input: string, output: string): boolean {
  const outLines = output.split('\n');
  const inLines = input.split('\n');
  let i = 0;
  for (const line of outLines) {
    if (i < inLines.length && line === inLines[i]) i++;
    else if (!/^\s*(\/\/\/|\/\*\*|\*|\*\/|\/\/!)/.test(line) && !(i < inLines.length && inLines[i].trim() === line.trim())) return false;
    else if (i < inLines.length && inLines[i].trim() === line.trim() && !/^\s*(\/\/\/|\/\*\*|\*)/.test(line)) i++;
  }
  return i === inLines.length;
}

let dir: string | undefined;
const workDir = (): string => (dir ??= mkdtempSync(join(tmpdir(), 'dw-cpp-')));

export function toolAvailable(command: string): boolean {
  return spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * gcc's (C) or g++'s (C++) diagnostics on `text`, `-fsyntax-only`, positions and file names
 * removed (inserted comment lines move them), in order. `ok` when there are none.
 */
export function compilerDiagnostics(text: string, language: 'c' | 'cpp', name = language === 'c' ? 'input.c' : 'input.cpp', includeDirs: string[] = []): { ok: boolean; diagnostics: string[] } {
  const file = join(workDir(), name.replace(/[/\\]/g, '_'));
  writeFileSync(file, text);
  const args = language === 'c' ? ['-fsyntax-only', '-x', 'c', '-std=gnu17'] : ['-fsyntax-only', '-x', 'c++', '-std=gnu++20'];
  const run = spawnSync(language === 'c' ? 'gcc' : 'g++', [...args, '-w', '-fno-diagnostics-show-caret', '-fmax-errors=50', ...includeDirs.flatMap((d) => ['-I', d]), file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const diagnostics = (run.stderr ?? '')
    .split('\n')
    .filter((l) => /(error|warning|note):/.test(l))
    .map((l) => l.replace(/^[^\s:]*:(\d+:)?(\d+:)?\s*/, '').replace(/:\d+:\d+/g, ''));
  return { ok: run.status === 0 && diagnostics.length === 0, diagnostics };
}

/** A doxygen entity's name as the extractor writes it: template arguments, anonymous parts and spaces gone. */
export function normalName(name: string): string {
  return name
    .replace(/anonymous_namespace\{[^}]*\}::/g, '')
    .replace(/operator\s*(<<=?|>>=?|<=>|<=|>=|<|>|->\*?)/g, (_, op: string) => `operator${op.replace(/</g, '\u2039').replace(/>/g, '\u203a')}`)
    .replace(/<(?:[^<>]|<(?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*>)*>/g, '')
    .replace(/[\u2039\u203a]/g, (c) => (c === '\u2039' ? '<' : '>'))
    .split('::')
    .filter((p) => !/^@\d+$/.test(p) && p !== '(anonymous)')
    .join('::')
    .replace(/\s+/g, '');
}

/** The doxygen name a symbol's doc should land on (the file's is ``). */
export function expectedName(symbol: CppSymbolFact, inlineNamespaces: ReadonlySet<string> = new Set()): string {
  if (symbol.kind === 'module') return '';
  // Doxygen names what an inline namespace holds without it (`outer::v2::Version` is `outer::Version`).
  const path = symbol.namePath.filter((_, i) => !inlineNamespaces.has(symbol.namePath.slice(0, i + 1).join('::')));
  return normalName(path.join('::'));
}

/** The name paths of a file's inline namespaces. */
export function inlineNamespaces(symbols: readonly CppSymbolFact[]): Set<string> {
  return new Set(symbols.filter((s) => s.cpp.entity === 'namespace' && s.cpp.specifiers.includes('inline')).map((s) => s.namePath.join('::')));
}

const DOXYFILE = (input: string, output: string, preprocess: boolean) => `INPUT = ${input}
OUTPUT_DIRECTORY = ${output}
FILE_PATTERNS = *.h *.hpp *.hh *.c *.cc *.cpp *.cxx *.tcc
EXTENSION_MAPPING = tcc=C++ h=C++
RECURSIVE = YES
GENERATE_XML = YES
GENERATE_HTML = NO
GENERATE_LATEX = NO
EXTRACT_ALL = YES
EXTRACT_PRIVATE = YES
EXTRACT_STATIC = YES
EXTRACT_ANON_NSPACES = YES
EXTRACT_LOCAL_CLASSES = YES
ENABLE_PREPROCESSING = ${preprocess ? 'YES' : 'NO'}
MACRO_EXPANSION = YES
EXPAND_ONLY_PREDEF = YES
PREDEFINED = __attribute__(x)= __extension__= __restrict= __THROW= __wur= __nonnull(x)= __BEGIN_DECLS= __END_DECLS=
SEARCH_INCLUDES = NO
QUIET = YES
WARNINGS = NO
WARN_IF_UNDOCUMENTED = NO
XML_PROGRAMLISTING = NO
CASE_SENSE_NAMES = YES
`;

function descriptionText(element: string): string {
  const parts: string[] = [];
  for (const m of element.matchAll(/<(briefdescription|detaileddescription|inbodydescription)>([\s\S]*?)<\/\1>/g)) parts.push(m[2]);
  return parts.join(' ');
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/**
 * Which doxygen entities hold each `DW<n>` marker: doxygen run twice over `files` (with the
 * preprocessor, which reads macros and skips inactive `#if` branches, and without it, which reads
 * every branch and no macros), the names (normalised) of the entities whose descriptions hold each
 * marker, the file's as ``.
 */
export function doxygenMarkers(files: { name: string; text: string }[]): Map<string, Set<string>> {
  const root = mkdtempSync(join(workDir(), 'dox-'));
  const input = join(root, 'src');
  mkdirSync(input);
  // Doxygen reads the masked text too: the macros blanked are those libstdc++'s own Doxyfile predefines to nothing.
  for (const { name, text } of files) writeFileSync(join(input, name.replace(/[/\\]/g, '_')), maskMacros(text));
  const found = new Map<string, Set<string>>();
  const note = (marker: string, name: string) => {
    if (!found.has(marker)) found.set(marker, new Set());
    found.get(marker)!.add(name);
  };
  for (const preprocess of [true, false]) {
    const output = join(root, preprocess ? 'pp' : 'nopp');
    mkdirSync(output);
    writeFileSync(join(root, 'Doxyfile'), DOXYFILE(input, output, preprocess));
    spawnSync('doxygen', [join(root, 'Doxyfile')], { encoding: 'utf8', cwd: root, maxBuffer: 64 << 20 });
    const xml = join(output, 'xml');
    for (const file of readdirSync(xml).filter((f) => f.endsWith('.xml') && f !== 'index.xml' && f !== 'Doxyfile.xml')) {
      const text = readFileSync(join(xml, file), 'utf8');
      for (const compound of text.split(/<compounddef /).slice(1)) {
        const kind = /kind="(\w+)"/.exec(compound)?.[1];
        const compoundName = unescape(/<compoundname>([^<]*)<\/compoundname>/.exec(compound)?.[1] ?? '');
        // The compound's own description: its text without its sections (members).
        const own = compound.replace(/<sectiondef[\s\S]*<\/sectiondef>/g, '').replace(/<innerclass[\s\S]*?<\/innerclass>/g, '');
        for (const m of descriptionText(own).matchAll(/DW\d+/g)) note(m[0], kind === 'file' || kind === 'dir' ? '' : normalName(compoundName));
        for (const member of compound.split(/<memberdef /).slice(1)) {
          const body = member.slice(0, member.indexOf('</memberdef>') >= 0 ? member.indexOf('</memberdef>') : undefined);
          const qualified = unescape(/<qualifiedname>([^<]*)<\/qualifiedname>/.exec(body)?.[1] ?? /<name>([^<]*)<\/name>/.exec(body)?.[1] ?? '');
          // An enum's values come before its own description: each value's text, then the rest.
          const values = [...body.matchAll(/<enumvalue [\s\S]*?<\/enumvalue>/g)].map((m) => m[0]);
          for (const value of values) {
            const name = unescape(/<name>([^<]*)<\/name>/.exec(value)?.[1] ?? '');
            for (const m of descriptionText(value).matchAll(/DW\d+/g)) note(m[0], normalName(`${qualified}::${name}`));
          }
          const own = body.replace(/<enumvalue [\s\S]*?<\/enumvalue>/g, '');
          for (const m of descriptionText(own).matchAll(/DW\d+/g)) note(m[0], normalName(qualified));
        }
      }
    }
  }
  rmSync(root, { recursive: true, force: true });
  return found;
}

/** Whether doxygen put `marker` on the entity `symbol` names; `unseen` when doxygen put it nowhere. */
export function attachedTo(found: Map<string, Set<string>>, marker: string, symbol: CppSymbolFact, inline: ReadonlySet<string> = new Set()): 'right' | 'related' | 'wrong' | 'unseen' {
  const names = found.get(marker);
  if (!names?.size) return 'unseen';
  // Right when one of the two runs put it there (the run without the preprocessor misreads GNU attributes and macros).
  // Doxygen names a class in an inline namespace without it, and its members with it: either is right.
  if (names.has(expectedName(symbol, inline)) || names.has(expectedName(symbol))) return 'right';
  // A non-member function Doxygen lists on a class (`@relates X` in a group around it, as
  // libstdc++ writes for make_shared, operator==...): the same function, shown on the class's page.
  const scope = normalName(symbol.namePath.slice(0, -1).join('::'));
  const related = symbol.kind === 'function' && [...names].some((n) => n.endsWith(`::${normalName(symbol.name)}`) && n.startsWith(scope ? `${scope}::` : ''));
  return related ? 'related' : 'wrong';
}
