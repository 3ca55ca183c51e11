/**
 * The C/C++ pack end to end: the real pipeline (generateDocstrings, validateText, updateDocstrings,
 * the CLI) on C and C++ files. Placement goldens beside the fixtures of test/fixtures/cpp/placement
 * (`x.hpp` and `x.hpp.golden`), compiled by gcc/g++ where installed (cpp.placement.test.ts checks
 * doxygen's attachment of a comment at every symbol of the same inputs).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import type { LanguageId } from '../../src/core/extract/types';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { docstringCoverage } from '../../src/core/validate/coverage';
import { updateDocstrings } from '../../src/core/validate';
import { languageForPath, packFor } from '../../src/languages';
import { runCliSync } from '../support/cli';
import { findingsOf, withoutAddedLines } from './packHelpers';
import { compilerDiagnostics, toolAvailable } from './cpp.tools';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'cpp', 'placement');
const CASES = readdirSync(FIXTURES).filter((f) => !f.endsWith('.golden')).sort();

const generate = (text: string, language: LanguageId = 'cpp', style: 'auto' | 'doxygen' | 'doxygen-slash' = 'auto') => generateDocstrings(text, language, { style, types: 'auto', quote: '"""' });

const findings = (text: string, language: LanguageId = 'cpp') => findingsOf(text, language);


describe('C/C++ pack: registration', () => {
  it('reads .c as C and headers and sources as C++ (as VS Code does), with both Doxygen forms', () => {
    assert.equal(languageForPath('lib/codec.c'), 'c');
    for (const name of ['a.h', 'a.hpp', 'a.cc', 'a.cpp', 'a.cxx', 'a.hh', 'a.tcc']) assert.equal(languageForPath(name), 'cpp', name);
    const pack = packFor('c');
    assert.equal(pack, packFor('cpp'));
    assert.deepEqual(pack.styles, ['doxygen', 'doxygen-slash']);
    assert.equal(pack.detectStyle('Doc.', '/// Doc.'), 'doxygen-slash');
    assert.equal(pack.detectStyle('Doc.', '/** Doc. */'), 'doxygen');
    assert.equal(pack.promptName('c'), 'C');
  });
});

describe('C/C++ pack: generation (template mode) on the placement fixtures', function () {
  this.timeout(120_000);
  const compilers = toolAvailable('gcc') && toolAvailable('g++');

  it('has at least 30 fixtures, each with its golden', () => {
    assert.ok(CASES.length >= 30, `${CASES.length} fixtures`);
    for (const name of CASES) readFileSync(join(FIXTURES, `${name}.golden`), 'utf8');
  });

  for (const name of CASES) {
    it(`${name}: the golden text, only comment lines added, a second run makes no edit; the compiler reads it as it read the input`, async function () {
      const language = languageForPath(name)!;
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const golden = readFileSync(join(FIXTURES, `${name}.golden`), 'utf8');
      const first = await generate(text, language);
      assert.deepEqual(first.failures, []);
      assert.equal(first.newText, golden);
      assert.equal(withoutAddedLines(text, golden, /^[ \t]*(\/\*\*|\*\/|\*( .*)?|\/\/\/( .*)?)$/), text.split(/\r?\n/).join('\n'));
      assert.deepEqual((await generate(first.newText, language)).edits, [], 'a second run makes no edit');
      if (!compilers) return this.skip();
      // C fixtures compile as C; headers as C++ (extern_c.h is both).
      const as = name.endsWith('.c') ? 'c' : 'cpp';
      assert.deepEqual(compilerDiagnostics(golden, as, name).diagnostics, compilerDiagnostics(text, as, name).diagnostics);
    });
  }

  it('doxygen-slash writes /// lines, the same content', async () => {
    const text = 'int add(int a, int b);\n';
    assert.equal((await generate(text, 'cpp', 'doxygen-slash')).newText, '/// @brief _summary_\n///\n/// @param a _description_\n/// @param b _description_\n/// @return _description_\nint add(int a, int b);\n');
  });

  it("auto: the form most of the file's doc comments use", async () => {
    const text = '/// Adds.\nint add(int a, int b);\n/// Subtracts.\nint sub(int a, int b);\nint mul(int a, int b);\n';
    assert.match((await generate(text)).newText, /\/\/\/ @brief _summary_\n(\/\/\/.*\n)*int mul/);
  });

  it("a C header's extern \"C\" guard reads without an error: its functions are documented", async () => {
    const text = '#ifdef __cplusplus\nextern "C" {\n#endif\n\nint codec_open(const char *name);\n\n#ifdef __cplusplus\n}\n#endif\n';
    const { newText, failures } = await generate(text);
    assert.deepEqual(failures, []);
    assert.match(newText, /\/\*\*\n \* @brief _summary_\n \*\n \* @param name _description_\n \* @return _description_\n \*\/\nint codec_open/);
  });

  it('a definition whose declaration is documented (A::f out of line, or earlier in the file) gets no comment of its own', async () => {
    const text = '/** An account. */\nclass A {\npublic:\n    /** Does. */\n    int f(int x);\n};\n\nint A::f(int x) { return x; }\n\n/** Helps. */\nint h();\nint h() { return 1; }\n';
    assert.deepEqual((await generate(text)).edits, []);
  });
});

describe('C/C++ pack: validation and repair', () => {
  it('checks @param, @tparam and @return against the declaration; a parameter direction is kept by the repair', async () => {
    const text = [
      '/**',
      ' * @brief Copies.',
      ' *',
      ' * @param[out] dst The target.',
      ' * @param[in] source The source.',
      ' * @return The count.',
      ' */',
      'int copy(char *dst, const char *src);',
      '',
    ].join('\n');
    assert.deepEqual((await findings(text)).sort(), ['DW101 copy', 'DW102 copy']);
    const { newText } = await updateDocstrings(text, 'cpp', { style: 'auto' });
    assert.match(newText, / \* @param\[out\] dst The target\.\n \* @param\[in\] src The source\.\n/);
    assert.deepEqual(await findings(newText), []);
  });

  it("a repair keeps the author's layout: backslash commands and no @brief", async () => {
    const text = '/**\n * Scales.\n *\n * \\param v The value.\n */\ndouble scale(double v, double by);\n';
    const { newText } = await updateDocstrings(text, 'cpp', { style: 'auto' });
    assert.match(newText, /\/\*\*\n \* Scales\.\n \*\n \* \\param v The value\.\n \* \\param by _description_\n \* \\return _description_\n \*\/\n/);
  });

  it('DW601 and coverage: public declarations; not private members, statics, namespaces or definitions of what is declared elsewhere', async () => {
    const text = 'namespace ns {\nclass A {\npublic:\n    int f();\nprivate:\n    int g();\n};\nstatic int helper() { return 0; }\nint free_fn();\n}\nint ns::A::f() { return 1; }\n';
    assert.deepEqual(await findings(text), ['DW601 ns.A', 'DW601 ns.A.f', 'DW601 ns.free_fn']);
    const coverage = docstringCoverage(await extractSymbols(text, 'cpp'));
    assert.deepEqual([coverage.total, coverage.documented], [3, 0]);
  });
});

describe('C/C++ pack: the CLI walks C and C++ files', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-cpp-cli-'));
    writeFileSync(join(dir, 'lib.h'), '/**\n * @brief Adds.\n *\n * @param a The a.\n * @param c Gone.\n * @return The sum.\n */\nint add(int a, int b);\n');
    writeFileSync(join(dir, 'lib.c'), '#include "lib.h"\n\nint add(int a, int b) { return a + b; }\n\nint twice(int x) { return 2 * x; }\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check reports the stale @param in the header; fix renames it; generate --write documents the rest', () => {
    const check = runCliSync(['check', '--no-cache', '.'], dir);
    assert.equal(check.code, 1, check.stderr);
    assert.match(check.stdout, /lib\.h:\d+:\d+ DW101 Parameter 'c' is documented but is not in the signature/);
    assert.equal(runCliSync(['fix', '.'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'lib.h'), 'utf8'), /@param b Gone\./);
    assert.equal(runCliSync(['generate', '--write', '.'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'lib.c'), 'utf8'), /\/\*\*\n \* @brief _summary_\n \*\n \* @param x _description_\n \* @return _description_\n \*\/\nint twice/);
  });
});
