/** Test helpers for Go: parse and extract, insert `//` comments as the edit planner would, and ask Go's own tools (gofmt, go/parser, go/doc) about the result. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseText } from '../../src/core/extract/treeSitter';
import { detectEol } from '../../src/core/text/lines';
import { extractGo } from '../../src/languages/go/extract';
import type { GoSymbolFact } from '../../src/languages/go/facts';
import { goComment } from '../../src/languages/go/godoc';

export async function extract(text: string): Promise<{ symbols: GoSymbolFact[]; byId: Map<string, GoSymbolFact>; hasErrors: boolean }> {
  const tree = await parseText(text, 'go');
  try {
    const symbols = extractGo(tree.rootNode, text);
    return { symbols, byId: new Map(symbols.map((s) => [s.id, s])), hasErrors: tree.rootNode.hasError };
  } finally {
    tree.delete();
  }
}

/** Insert doc comments (content lines) above symbols, as plan.ts does: prefix + comment + suffix, line breaks as the file's. */
export function insertDocs(text: string, docs: readonly { symbol: GoSymbolFact; lines: string[] }[]): string {
  const eol = detectEol(text);
  const edits = docs.map(({ symbol, lines }) => {
    const { start, end, indent, prefix, suffix } = symbol.insertion;
    return { start, end, newText: (prefix + goComment(lines, indent) + suffix).replace(/\r?\n/g, eol) };
  });
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** The key doccheck (test/fixtures/go/doccheck) gives the declaration a symbol stands for. */
export function goKey(symbol: GoSymbolFact): string {
  switch (symbol.kind) {
    case 'module':
      return 'package';
    case 'function':
      return `func:${symbol.name}`;
    case 'method':
      return symbol.go.receiver ? `method:${symbol.namePath.join('.')}` : `imethod:${symbol.namePath.join('.')}`;
    case 'constant':
      return `const:${symbol.name}`;
    case 'variable':
      return `var:${symbol.name}`;
    case 'property':
      return `field:${symbol.namePath.join('.')}`;
    default:
      return `type:${symbol.name}`;
  }
}

export interface GoTools {
  gofmt: string;
  /** Path of the built doccheck program. */
  doccheck: string;
  env: NodeJS.ProcessEnv;
}

const GO_ROOT = '/usr/lib/go-1.19';

/** Go's tools when installed (Debian's golang-1.19-go): the doccheck program built once into a temporary directory. */
export function goTools(): GoTools | string {
  const go = join(GO_ROOT, 'bin', 'go');
  if (!existsSync(go)) return `${go} is absent (apt-get install golang-1.19-go golang-1.19-src)`;
  const dir = mkdtempSync(join(tmpdir(), 'docwright-go-'));
  const env = { ...process.env, HOME: dir, GOCACHE: join(dir, 'cache'), GOPATH: join(dir, 'gopath'), GOFLAGS: '', GOTOOLCHAIN: 'local' };
  const doccheck = join(dir, 'doccheck');
  const build = spawnSync(go, ['build', '-o', doccheck, join(__dirname, '../../../test/fixtures/go/doccheck/main.go')], { env, encoding: 'utf8' });
  if (build.status !== 0) return `go build of doccheck failed: ${build.stderr}`;
  return { gofmt: join(GO_ROOT, 'bin', 'gofmt'), doccheck, env };
}

export function goSourceRoot(): string | undefined {
  const src = join(GO_ROOT, 'src');
  return existsSync(join(src, 'io', 'io.go')) ? src : undefined;
}

/** gofmt -e -l: whether it parses the file (no error), and whether it would reformat it (listed). */
export function gofmt(tools: GoTools, path: string): { parses: boolean; error: string; listed: boolean } {
  const run = spawnSync(tools.gofmt, ['-e', '-l', path], { env: tools.env, encoding: 'utf8' });
  return { parses: run.status === 0 && run.stderr === '', error: run.stderr, listed: run.stdout.trim() !== '' };
}

/** The doc comments go/parser and go/doc attach, per file and declaration key. */
export function goDocs(tools: GoTools, paths: readonly string[]): Record<string, Record<string, string>> {
  const run = spawnSync(tools.doccheck, [...paths], { env: tools.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`doccheck failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, Record<string, string>>;
}

/** A sample of Go's standard library (golang-1.19-src), nobody here wrote it: packages of every shape, with directives and bodiless functions. */
export const STDLIB_SAMPLE = [
  'io/io.go', 'bytes/buffer.go', 'strings/builder.go', 'strings/reader.go', 'sort/sort.go', 'errors/wrap.go', 'container/list/list.go',
  'container/heap/heap.go', 'bufio/bufio.go', 'math/floor.go', 'sync/mutex.go', 'sync/once.go', 'sync/atomic/doc.go', 'time/format.go',
  'net/http/header.go', 'encoding/json/encode.go', 'go/ast/ast.go', 'flag/flag.go', 'context/context.go', 'os/file.go', 'path/filepath/path.go',
  'regexp/regexp.go', 'strconv/atoi.go', 'unicode/utf8/utf8.go', 'fmt/print.go', 'log/log.go', 'net/url/url.go', 'crypto/sha256/sha256.go',
  'image/image.go', 'archive/tar/common.go', 'text/tabwriter/tabwriter.go', 'io/ioutil/ioutil.go', 'runtime/extern.go', 'reflect/type.go',
  // Directives (//go:nosplit, //go:noescape, //go:linkname) above documented and undocumented functions; bodiless functions.
  'runtime/stubs.go', 'time/sleep.go',
];

/** What gofmt prints for the file (its canonical form), or undefined when it does not parse. */
export function gofmtOutput(tools: GoTools, path: string): string | undefined {
  const run = spawnSync(tools.gofmt, [path], { env: tools.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

/** A text with the spaces and tabs inside its lines squeezed (indentation kept): gofmt's column alignment left out. */
export function withoutAlignment(text: string): string {
  return text.replace(/\r\n/g, '\n').split('\n').map((line) => {
    const indent = /^[ \t]*/.exec(line)![0];
    return indent + line.slice(indent.length).replace(/[ \t]+/g, ' ').trimEnd();
  }).join('\n');
}
