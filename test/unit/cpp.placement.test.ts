/**
 * Placement fixtures (test/fixtures/cpp/placement, one hard case each): a comment inserted at every
 * symbol's insertion point adds only comment lines, gcc/g++ accept the output, doxygen attaches
 * each comment to its symbol, and a second extraction finds every symbol documented. In two
 * variants: LF with `/** *\/` blocks, CRLF with `///` lines.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doxygenComment, doxygenSlashComment } from '../../src/languages/cpp/doxygen';
import type { CppSymbolFact } from '../../src/languages/cpp/facts';
import { attachedTo, compilerDiagnostics, doxygenMarkers, extract, inlineNamespaces, insertAll, toolAvailable } from './cpp.tools';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'cpp', 'placement');
const FILES = readdirSync(DIR).filter((n) => !n.endsWith('.golden')).sort();
/** `.c` and `.h` files are C, but for this C++ header. */
const CPP_HEADERS = new Set(['extern_c.h']);
const languageOf = (name: string): 'c' | 'cpp' => (/\.[ch]$/.test(name) && !CPP_HEADERS.has(name) ? 'c' : 'cpp');

/** Symbols that get a comment: all but those that can have none of their own (`int a, b;`'s `b`). */
const wanted = (s: CppSymbolFact) => s.cpp.sharesCommentWith === undefined;

/**
 * Files tree-sitter reads with an error node. None: the C++ guard of a C header (`#ifdef __cplusplus`
 * / `extern "C" {` / `#endif` ... `}`), which tree-sitter cannot pair across preprocessor blocks,
 * has its braces blanked by the pack's parse input (extern_c.h).
 */
const PARSES_WITH_ERRORS = new Set<string>();

/** `output` without the inserted blocks (each `prefix + literal + suffix`, once). */
function withoutInserted(output: string, inserted: readonly string[]): string {
  let out = output;
  for (const block of inserted) {
    const at = out.indexOf(block);
    assert.ok(at >= 0, `inserted block found: ${JSON.stringify(block)}`);
    out = out.slice(0, at) + out.slice(at + block.length);
  }
  return out;
}

interface Variant {
  name: string;
  eol: '\n' | '\r\n';
  comment: (lines: string[], indent: string) => string;
}

const VARIANTS: Variant[] = [
  { name: 'LF, /** */', eol: '\n', comment: (lines, indent) => doxygenComment(lines, indent) },
  { name: 'CRLF, ///', eol: '\r\n', comment: (lines, indent) => doxygenSlashComment(lines, indent) },
];

describe('C/C++ placement fixtures', function () {
  this.timeout(180000);

  it('has at least 30 fixtures, each parsed without errors', async () => {
    assert.ok(FILES.length >= 30, `${FILES.length} fixtures`);
    for (const name of FILES) {
      const text = readFileSync(join(DIR, name), 'utf8');
      const { hasErrors, symbols } = await extract(text, languageOf(name));
      assert.equal(hasErrors, PARSES_WITH_ERRORS.has(name), `${name} parses`);
      assert.ok(symbols.length > 1, `${name} has symbols`);
    }
  });

  for (const variant of VARIANTS) {
    it(`inserts a comment at every symbol (${variant.name}): only comment lines, the compiler accepts it, doxygen attaches each, a second run finds all documented`, async function () {
      const haveCompilers = toolAvailable('gcc') && toolAvailable('g++');
      const haveDoxygen = toolAvailable('doxygen');
      let marker = 0;
      const expected = new Map<string, { file: string; symbol: CppSymbolFact; inline: Set<string> }>();
      const outputs: { name: string; text: string }[] = [];
      let symbolsSeen = 0;
      for (const name of FILES) {
        const language = languageOf(name);
        const input = readFileSync(join(DIR, name), 'utf8').replace(/\r?\n/g, variant.eol);
        const { symbols } = await extract(input, language);
        symbolsSeen += symbols.length;
        const inline = inlineNamespaces(symbols);
        const edits = symbols.filter((s) => !s.docstring && wanted(s)).map((symbol) => {
          const id = `DW${++marker}`;
          expected.set(id, { file: name, symbol, inline });
          const lines = symbol.kind === 'module' ? [id, '', '@file'] : [id];
          return { symbol, literal: variant.comment(lines, symbol.insertion.indent) };
        });
        const output = insertAll(input, edits);
        outputs.push({ name, text: output });

        // Only comment lines were added: without them, the input comes back byte for byte (or, where a
        // comment went above a declaration that did not start its line, with only whitespace changed).
        const blocks = edits.map(({ symbol, literal }) => (symbol.insertion.prefix + literal + symbol.insertion.suffix).replace(/\r?\n/g, variant.eol));
        for (const { literal } of edits) for (const line of literal.split('\n')) assert.match(line.trim(), /^(\/\*\*|\*|\*\/|\/\/\/)/, `${name}: a comment line`);
        const kept = withoutInserted(output, blocks);
        // Byte for byte, but where a comment went above a declaration that did not start its line (its spaces became the comment's line break and indentation).
        const midLine = edits.filter(({ symbol }) => symbol.insertion.end > symbol.insertion.start).length;
        if (midLine === 0) assert.equal(kept, input, `${name}: only comment lines added`);
        else assert.equal(kept.replace(/\s+/g, ''), input.replace(/\s+/g, ''), `${name}: only comment lines added`);

        // A second run finds every symbol documented (what makes it a no-op).
        const again = await extract(output, language);
        assert.equal(again.hasErrors, PARSES_WITH_ERRORS.has(name), `${name} still parses`);
        const undocumented = again.symbols.filter((s) => !s.docstring && wanted(s)).map((s) => s.id);
        assert.deepEqual(undocumented, [], `${name}: documented on the second run`);
        assert.deepEqual(again.symbols.map((s) => s.id), symbols.map((s) => s.id), `${name}: same symbols`);

        if (haveCompilers) {
          const before = compilerDiagnostics(input, language, name);
          const after = compilerDiagnostics(output, language, name);
          assert.ok(before.ok, `${name} compiles: ${before.diagnostics.join('; ')}`);
          assert.deepEqual(after.diagnostics, before.diagnostics, `${name}: the compiler accepts the output`);
        }
      }
      if (!haveCompilers) console.log('      gcc/g++ absent: the compiler check was skipped (apt-get install g++)');
      if (!haveDoxygen) {
        console.log('      doxygen absent: the attachment check is skipped (apt-get install doxygen)');
        this.skip();
        return;
      }
      const found = doxygenMarkers(outputs);
      const wrong: string[] = [];
      const unseen: string[] = [];
      for (const [id, { file, symbol, inline }] of expected) {
        const verdict = attachedTo(found, id, symbol, inline);
        if (verdict === 'wrong') wrong.push(`${file} ${symbol.id}: on ${[...found.get(id)!].join(', ')}`);
        else if (verdict === 'unseen') unseen.push(`${file} ${symbol.id}`);
        else if (verdict === 'related') wrong.push(`${file} ${symbol.id}: on a class (${[...found.get(id)!].join(', ')})`);
      }
      console.log(`      ${FILES.length} files, ${symbolsSeen} symbols, ${expected.size} comments inserted, ${expected.size - wrong.length - unseen.length} attached right by doxygen, ${wrong.length} wrong, ${unseen.length} unseen`);
      assert.deepEqual(wrong, [], 'doxygen attaches each comment to its symbol');
      assert.deepEqual(unseen, [], 'doxygen sees each comment');
    });
  }
});
