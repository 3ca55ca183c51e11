/**
 * Go's standard library as a corpus (Debian's golang-1.19-src; skipped with the reason printed
 * when absent): the extractor finds every declaration go/parser sees, reads the same doc comments
 * go/ast does, and a `// Name does x.` comment inserted above each undocumented exported symbol
 * keeps the file parsing (gofmt -e), is what gofmt would write up to column alignment, and attaches to that symbol (go/parser, go/doc).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isExportedGo, type GoSymbolFact } from '../../src/languages/go/facts';
import { goComment } from '../../src/languages/go/godoc';
import { extract, goDocs, gofmt, gofmtOutput, goKey, goSourceRoot, goTools, insertDocs, STDLIB_SAMPLE, withoutAlignment, type GoTools } from './go.tools';

/** go/ast collapses runs of blank lines and keeps a /* *\/ block's margins; compare the words line by line. */
function normalized(doc: string): string {
  return doc.split('\n').map((l) => l.trim()).join('\n').replace(/\n{2,}/g, '\n\n').trim();
}

/** Declarations the extractor leaves out on purpose: blank names, and fields or specs sharing a line with code before them. */
function skippable(key: string, text: string): boolean {
  const name = key.split(/[:.]/).pop()!;
  if (name === '_' || name === '') return true;
  return /^field:/.test(key) && new RegExp(`[{;]\\s*${name}\\b`).test(text);
}

describe('go extraction over the standard library', function () {
  this.timeout(300000);
  let tools: GoTools | undefined;
  let root: string | undefined;
  before(function () {
    root = goSourceRoot();
    const found = goTools();
    const reason = !root ? '/usr/lib/go-1.19/src is absent (apt-get install golang-1.19-src)' : typeof found === 'string' ? found : undefined;
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    tools = found as GoTools;
  });

  it('finds every declaration go/parser sees and reads the same doc comments', async () => {
    const paths = STDLIB_SAMPLE.map((f) => join(root!, f));
    const attached = goDocs(tools!, paths);
    let declarations = 0;
    let documented = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const { symbols, hasErrors } = await extract(text);
      if (hasErrors) failures.push(`${path}: tree-sitter finds a syntax error`);
      const ours = new Map<string, GoSymbolFact>();
      for (const s of symbols) if (!ours.has(goKey(s))) ours.set(goKey(s), s);
      for (const [key, doc] of Object.entries(attached[path])) {
        if (key.startsWith('godoc:')) continue;
        const symbol = ours.get(key);
        if (!symbol && skippable(key, text)) {
          skipped++;
          continue;
        }
        declarations++;
        if (!symbol) {
          failures.push(`${path}: ${key} not extracted`);
          continue;
        }
        if (doc !== '') documented++;
        const content = symbol.docstring?.content ?? '';
        if (normalized(content) !== normalized(doc)) failures.push(`${path}: ${key} doc ${JSON.stringify(content.slice(0, 60))} but go/ast reads ${JSON.stringify(doc.slice(0, 60))}`);
      }
    }
    console.log(`      ${paths.length} files, ${declarations} declarations, ${documented} doc comments compared, ${skipped} blank or one-line declarations skipped, ${failures.length} failures`);
    assert.deepEqual(failures, []);
    assert.ok(skipped < 40);
    assert.ok(declarations > 1500 && documented > 1000);
  });

  it('a comment above each undocumented exported symbol parses (gofmt -e), is gofmt\'s layout up to alignment, and attaches to it (go/parser, go/doc)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docwright-go-stdlib-'));
    const expected = new Map<string, { key: string; doc: string; kind: string }[]>();
    const failures: string[] = [];
    let inserted = 0;
    let aboveDirectives = 0;
    let relisted = 0;
    let godocChecked = 0;
    for (const file of STDLIB_SAMPLE) {
      const text = readFileSync(join(root!, file), 'utf8');
      const { symbols } = await extract(text);
      // Exported symbols, and any symbol with directives on it (the comment goes above them).
      const docs = symbols.filter((s) => (isExportedGo(s) || s.decorators.length > 0) && !s.docstring).map((symbol) => ({ symbol, lines: [`${symbol.name} does x.`] }));
      if (docs.length === 0) continue;
      const path = join(dir, file.replace(/\//g, '_'));
      writeFileSync(path, insertDocs(text, docs));
      inserted += docs.length;
      aboveDirectives += docs.filter(({ symbol }) => symbol.decorators.length > 0).length;
      const result = gofmt(tools!, path);
      if (!result.parses) failures.push(`${file}: gofmt -e: ${result.error}`);
      // A comment line between aligned fields or specs makes gofmt re-align their neighbours: counted, not a failure.
      if (result.listed) relisted++;
      // gofmt keeps every line as written, up to the re-alignment of columns next to a new comment line.
      const formatted = gofmtOutput(tools!, path);
      if (formatted !== undefined && withoutAlignment(formatted) !== withoutAlignment(insertDocs(text, docs))) failures.push(`${file}: gofmt adds, removes or re-indents lines`);
      expected.set(path, docs.map(({ symbol }) => ({ key: goKey(symbol), doc: `${symbol.name} does x.`, kind: symbol.kind })));
    }
    const attached = goDocs(tools!, [...expected.keys()]);
    for (const [path, entries] of expected) {
      for (const { key, doc } of entries) {
        if (attached[path][key] !== doc) failures.push(`${path}: ${key} go/parser attaches ${JSON.stringify(attached[path][key])}`);
        const viaGoDoc = attached[path][`godoc:${key}`];
        if (viaGoDoc === undefined) continue;
        godocChecked++;
        if (viaGoDoc !== doc) failures.push(`${path}: ${key} go/doc shows ${JSON.stringify(viaGoDoc)}`);
      }
    }
    console.log(`      ${expected.size} files changed, ${inserted} comments inserted (${aboveDirectives} above directives), ${godocChecked} also checked with go/doc, ${relisted} files gofmt would re-align, ${failures.length} failures`);
    assert.deepEqual(failures, []);
    assert.ok(inserted > 100 && godocChecked > 20 && aboveDirectives > 5);
  });
  it('replacing each existing doc comment (its range) by a new one parses, keeps the directives, and the new text attaches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docwright-go-stdlib-replace-'));
    const expected = new Map<string, { key: string; doc: string }[]>();
    const failures: string[] = [];
    let replaced = 0;
    let withDirectives = 0;
    for (const file of STDLIB_SAMPLE) {
      const text = readFileSync(join(root!, file), 'utf8');
      const { symbols } = await extract(text);
      const documented = symbols.filter((s) => s.docstring);
      // As plan.ts replaces an existing doc: the range, by the comment at the indentation of its first line.
      let out = text;
      for (const symbol of [...documented].sort((a, b) => b.docstring!.range.start - a.docstring!.range.start)) {
        const { start, end } = symbol.docstring!.range;
        const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1))![0];
        out = out.slice(0, start) + goComment([`${symbol.name} does y.`], indent) + out.slice(end);
      }
      const directives = (t: string) => t.split('\n').filter((l) => /^\s*\/\/(go:|line |export |extern |[a-z0-9]+:[a-z0-9])/.test(l)).length;
      if (directives(out) !== directives(text)) failures.push(`${file}: directives lost`);
      const path = join(dir, file.replace(/\//g, '_'));
      writeFileSync(path, out);
      const result = gofmt(tools!, path);
      if (!result.parses) failures.push(`${file}: gofmt -e: ${result.error}`);
      replaced += documented.length;
      withDirectives += documented.filter((symbol) => symbol.decorators.length > 0).length;
      expected.set(path, documented.map((symbol) => ({ key: goKey(symbol), doc: `${symbol.name} does y.` })));
    }
    const attached = goDocs(tools!, [...expected.keys()]);
    for (const [path, entries] of expected) {
      const seen = new Set<string>();
      for (const { key, doc } of entries) {
        // Same-named declarations (several init functions) share a key: the first one is compared.
        if (seen.has(key)) continue;
        seen.add(key);
        if (attached[path][key] !== doc) failures.push(`${path}: ${key} go/parser attaches ${JSON.stringify(attached[path][key])}`);
      }
    }
    console.log(`      ${expected.size} files, ${replaced} doc comments replaced (${withDirectives} with directives below them), ${failures.length} failures`);
    assert.deepEqual(failures, []);
    assert.ok(replaced > 1000 && withDirectives > 5);
  });
});
