/**
 * Agreement test: Docwright's validator against the field's own tools, on the same fixture files
 * (test/fixtures/agreement/), for parameters and returns.
 *
 * Tools and rules:
 * - pydocstyle 6.2.3 (Debian python3-pydocstyle) D417, as shipped (`pydocstyle`) and with its
 *   Google section parser forced (`pydocstyle-google`, see oracles.py: as shipped, a Google
 *   docstring with a `Returns:` section is read as NumPy and D417 never fires, PyCQA/pydocstyle#459).
 * - numpydoc 1.5.0 (Debian python3-numpydoc) `validate`: PR01, PR02, RT01. NumPy files only:
 *   numpydoc reads no other style.
 * - eslint-plugin-jsdoc (devDependency): jsdoc/check-param-names, jsdoc/require-param,
 *   jsdoc/require-returns, and jsdoc/require-returns-check for the other direction (DW202);
 *   typescript-eslint's parser for .ts.
 *
 * Every finding becomes a (symbol, kind) pair, kind one of param-missing, param-extra,
 * param-order, returns-missing, returns-extra; Docwright's DW102, DW101, DW103, DW201, DW202 map
 * to the same kinds.
 * For each file and tool the table shows the pairs the tool flags, how many Docwright flags too,
 * the ones only the tool flags (a failure, unless excluded below with the reason) and the ones only
 * Docwright flags (listed, not a failure: the tools check less, e.g. D417 skips `*args` and
 * positional-only parameters and needs an Args section to exist).
 *
 * Then each fixture is repaired (`updateDocstrings`) and its undocumented symbols generated
 * (`generateDocstrings`, template mode: `_description_` placeholders count as descriptions), the
 * results written to a temp folder, and the tools run again: no finding may remain on those rules.
 *
 * Run: `npx tsc -p . && node out/test/agreement/run.js`.
 * Environment: DOCWRIGHT_PYTHON (default /usr/bin/python3, which has the Debian packages);
 * DOCWRIGHT_AGREEMENT_KEEP=1 keeps the temp folder.
 * Exits 1 when a tool flags a pair Docwright does not (not excluded), or the repaired/generated
 * output draws a finding from a tool or from Docwright on these rules; everything is printed first.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { ESLint, type Linter } from 'eslint';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { updateDocstrings, validateText } from '../../src/core/validate';
import type { RuleCode } from '../../src/core/validate/rules';
import type { LanguageId } from '../../src/core/extract/types';
import type { DocStyle } from '../../src/core/docstring/model';

// eslint-plugin-jsdoc's CommonJS build (its `require` export); typed loosely, it is only handed to ESLint.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsdocPlugin = require('eslint-plugin-jsdoc') as ESLint.Plugin;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tsParser = (require('typescript-eslint') as { parser: Linter.Parser }).parser;

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/agreement');
const ORACLES = path.join(ROOT, 'test/agreement/oracles.py');
const PYTHON = process.env.DOCWRIGHT_PYTHON ?? '/usr/bin/python3';

type Kind = 'param-missing' | 'param-extra' | 'param-order' | 'returns-missing' | 'returns-extra';
type Tool = 'pydocstyle' | 'pydocstyle-google' | 'numpydoc' | 'eslint-plugin-jsdoc';

const DOCWRIGHT_KINDS: Partial<Record<RuleCode, Kind>> = { DW101: 'param-extra', DW102: 'param-missing', DW103: 'param-order', DW201: 'returns-missing', DW202: 'returns-extra' };
/** What each tool can say, so Docwright's pairs are compared only on kinds the tool checks. */
const TOOL_KINDS: Record<Tool, Kind[]> = {
  pydocstyle: ['param-missing'],
  'pydocstyle-google': ['param-missing'],
  numpydoc: ['param-missing', 'param-extra', 'returns-missing'],
  'eslint-plugin-jsdoc': ['param-missing', 'param-extra', 'param-order', 'returns-missing', 'returns-extra'],
};
const TOOL_RULES: Record<Tool, string> = {
  pydocstyle: 'D417',
  'pydocstyle-google': 'D417, Google sections',
  numpydoc: 'PR01 PR02 RT01',
  'eslint-plugin-jsdoc': 'check-param-names require-param require-returns require-returns-check',
};

interface Fixture {
  file: string;
  language: LanguageId;
  style: DocStyle;
  tools: Tool[];
}

const FIXTURE_FILES: Fixture[] = [
  { file: 'google.py', language: 'python', style: 'google', tools: ['pydocstyle', 'pydocstyle-google'] },
  { file: 'numpy.py', language: 'python', style: 'numpy', tools: ['pydocstyle', 'numpydoc'] },
  { file: 'jsdoc.js', language: 'javascript', style: 'jsdoc', tools: ['eslint-plugin-jsdoc'] },
  { file: 'jsdoc.ts', language: 'typescript', style: 'jsdoc', tools: ['eslint-plugin-jsdoc'] },
];

/** One tool finding, reduced to what the comparison needs. */
interface ToolFinding {
  symbol: string;
  kind: Kind;
  code: string;
  message: string;
  line?: number;
  /** Set when the finding is left out of the comparison by design: the reason. */
  excluded?: string;
}

interface PyFinding {
  symbol: string;
  code: string;
  kind: Kind;
  line: number | null;
  message: string;
  classLevel?: boolean;
  initDocumented?: boolean;
  property?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Exclusions: where a tool's rule differs from Docwright's by design. Each returns a reason or
// undefined; an excluded finding is printed with its reason but neither passes nor fails.

function pythonExclusion(tool: Tool, f: PyFinding): string | undefined {
  if (tool === 'numpydoc' && f.classLevel && f.initDocumented && f.kind !== 'returns-missing') {
    // numpydoc checks a class docstring against the class signature (its __init__'s), because the
    // NumPy guide documents constructor parameters there. Docwright accepts either place (so does
    // Napoleon) and generates them on __init__; that __init__ docstring is itself validated by
    // numpydoc as `Cls.__init__`, so nothing goes unchecked.
    return 'class-level parameters while __init__ has its own docstring (numpydoc validates Cls.__init__ separately)';
  }
  if (tool === 'pydocstyle' && f.kind === 'param-missing' && /verbose/.test(f.message) && /other_parameters_section/.test(f.symbol)) {
    // pydocstyle's D417 reads only the "Parameters" section; the NumPy guide puts rarely used
    // arguments under "Other Parameters", and numpydoc's own validator (PR01) accepts them there,
    // as Docwright does. numpydoc's verdict is compared on the same symbol in its own row.
    return 'pydocstyle D417 does not read NumPy "Other Parameters" (numpydoc PR01 accepts it)';
  }
  return undefined;
}

function eslintExclusion(message: string, symbolFirstParamIsThis: boolean): string | undefined {
  if (symbolFirstParamIsThis && /"this(\.[^"]*)?"/.test(message)) {
    // A TypeScript `this` parameter types the receiver; it is not an argument and JSDoc/TSDoc do
    // not document it. eslint-plugin-jsdoc still asks for `@param this` (and `this.name` from its
    // object type), and then pairs the first @param with `this` ("@param "prefix" does not match
    // parameter name "this""). Docwright skips `this` (ParamFact.implicit).
    return 'TypeScript `this` parameter (not an argument; not documented by JSDoc/TSDoc convention)';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Python oracles

function runPythonOracles(files: string[], tools: Tool[]): Map<string, Map<Tool, ToolFinding[]>> {
  const result = spawnSync(PYTHON, [ORACLES, '--tools', tools.join(','), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`oracles.py failed (${result.status}):\n${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { versions: Record<string, string>; files: Record<string, Partial<Record<Tool, PyFinding[]>>> };
  pythonVersions = parsed.versions;
  const out = new Map<string, Map<Tool, ToolFinding[]>>();
  for (const [file, byTool] of Object.entries(parsed.files)) {
    const m = new Map<Tool, ToolFinding[]>();
    for (const tool of tools) {
      m.set(
        tool,
        (byTool[tool] ?? []).map((f) => ({ symbol: f.symbol, kind: f.kind, code: f.code, message: f.message, line: f.line ?? undefined, excluded: pythonExclusion(tool, f) })),
      );
    }
    out.set(path.resolve(file), m);
  }
  return out;
}

let pythonVersions: Record<string, string> = {};

// ---------------------------------------------------------------------------------------------
// ESLint + eslint-plugin-jsdoc

interface JsSymbol {
  name: string;
  start: number; // full start: leading JSDoc included
  end: number;
  firstParamIsThis: boolean;
}

/**
 * Functions, methods and classes of a JS/TS file with their names as Docwright writes them
 * (`Cls.method`, `Cls.constructor`, `const f = () => ...` is `f`), from the TypeScript parser:
 * independent of Docwright's own extractor.
 */
function jsSymbols(text: string, fileName: string): JsSymbol[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out: JsSymbol[] = [];
  const thisFirst = (fn: ts.SignatureDeclaration) => fn.parameters.length > 0 && ts.isIdentifier(fn.parameters[0].name) && fn.parameters[0].name.text === 'this';
  const add = (name: string, node: ts.Node, fn?: ts.SignatureDeclaration) => out.push({ name, start: node.getFullStart(), end: node.getEnd(), firstParamIsThis: fn ? thisFirst(fn) : false });
  const visit = (node: ts.Node, prefix: string[]) => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      add([...prefix, node.name.text].join('.'), node, node);
      if (node.body) ts.forEachChild(node.body, (c) => visit(c, [...prefix, node.name!.text]));
      return;
    }
    if (ts.isVariableStatement(node)) {
      for (const decl of node.declarationList.declarations) {
        const init = decl.initializer;
        if (ts.isIdentifier(decl.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) add([...prefix, decl.name.text].join('.'), node, init);
      }
      return;
    }
    if (ts.isClassDeclaration(node) && node.name) {
      const cls = [...prefix, node.name.text];
      add(cls.join('.'), node);
      for (const member of node.members) {
        if (ts.isConstructorDeclaration(member)) add([...cls, 'constructor'].join('.'), member, member);
        else if ((ts.isMethodDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member)) && member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))) {
          add([...cls, member.name.text].join('.'), member, member);
        }
      }
      return;
    }
    ts.forEachChild(node, (c) => visit(c, prefix));
  };
  visit(source, []);
  return out;
}

/** Offset of a 1-based line/column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * The kinds one eslint-plugin-jsdoc message stands for. require-param: always param-missing.
 * require-returns: returns-missing. require-returns-check: returns-extra (`@returns` on a function
 * that returns no value; it accepts `@returns {void}` / `{undefined}`, Docwright does not: see the
 * exclusion). check-param-names says several things:
 * - `@param "c" does not match an existing function parameter.` → param-extra;
 * - `Expected @param names to be "a, b". Got "b, a".` → names only in Got are param-extra, names
 *   only in Expected are param-missing (a rename gives both), same names in another order is
 *   param-order;
 * - `Missing @param "options.port"` (a destructured property) → param-missing;
 * - `@param "x" does not match parameter name "y"` → param-extra.
 */
function eslintKinds(ruleId: string, message: string): Kind[] {
  if (ruleId === 'jsdoc/require-param') return ['param-missing'];
  if (ruleId === 'jsdoc/require-returns') return ['returns-missing'];
  if (ruleId === 'jsdoc/require-returns-check') return ['returns-extra'];
  if (ruleId === 'jsdoc/check-param-names') {
    const expected = /Expected @param names to be "([^"]*)"\. Got "([^"]*)"/.exec(message);
    if (expected) {
      const want = expected[1].split(/,\s*/).filter(Boolean);
      const got = expected[2].split(/,\s*/).filter(Boolean);
      const kinds: Kind[] = [];
      if (got.some((n) => !want.includes(n))) kinds.push('param-extra');
      if (want.some((n) => !got.includes(n))) kinds.push('param-missing');
      if (kinds.length === 0) kinds.push('param-order');
      return kinds;
    }
    if (/^Missing @param/.test(message)) return ['param-missing'];
    return ['param-extra'];
  }
  throw new Error(`unexpected rule ${ruleId}: ${message}`);
}

async function runEslint(file: string, text: string): Promise<ToolFinding[]> {
  const eslint = new ESLint({
    cwd: path.dirname(file),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { jsdoc: jsdocPlugin },
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', ...(file.endsWith('.ts') ? { parser: tsParser } : {}) },
        // Default options of each rule: the plugin's recommended settings for these three.
        rules: { 'jsdoc/check-param-names': 'error', 'jsdoc/require-param': 'error', 'jsdoc/require-returns': 'error', 'jsdoc/require-returns-check': 'error' },
      },
    ],
  });
  const [result] = await eslint.lintText(text, { filePath: file });
  const symbols = jsSymbols(text, file);
  const out: ToolFinding[] = [];
  for (const m of result.messages) {
    if (m.fatal || !m.ruleId) throw new Error(`eslint could not lint ${file}:${m.line}: ${m.message}`);
    const at = offsetOf(text, m.line, m.column);
    // The innermost symbol whose range (leading JSDoc included) holds the report.
    const owner = symbols.filter((s) => s.start <= at && at < s.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (!owner) throw new Error(`no symbol for eslint finding at ${file}:${m.line}: ${m.message}`);
    const excluded = eslintExclusion(m.message, owner.firstParamIsThis);
    for (const kind of eslintKinds(m.ruleId, m.message)) out.push({ symbol: owner.name, kind, code: m.ruleId.replace('jsdoc/', ''), message: m.message, line: m.line, ...(excluded ? { excluded } : {}) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparison

interface Pair {
  symbol: string;
  kind: Kind;
}
const key = (p: Pair) => `${p.symbol} (${p.kind})`;

async function docwrightPairs(text: string, fixture: Fixture): Promise<Map<string, { pair: Pair; messages: string[] }>> {
  const { findings } = await validateText(text, fixture.language, { style: fixture.style });
  const out = new Map<string, { pair: Pair; messages: string[] }>();
  for (const f of findings) {
    const kind = DOCWRIGHT_KINDS[f.code];
    if (!kind) continue;
    const pair = { symbol: f.symbol, kind };
    const entry = out.get(key(pair)) ?? { pair, messages: [] };
    entry.messages.push(`${f.code} ${f.message}`);
    out.set(key(pair), entry);
  }
  return out;
}

interface Row {
  file: string;
  tool: Tool;
  flagged: Set<string>;
  both: Set<string>;
  onlyTool: Set<string>;
  onlyDocwright: Set<string>;
  excluded: Map<string, string>;
  details: Map<string, string[]>;
}

function compare(file: string, tool: Tool, toolFindings: ToolFinding[], docwright: Map<string, { pair: Pair; messages: string[] }>): Row {
  const row: Row = { file, tool, flagged: new Set(), both: new Set(), onlyTool: new Set(), onlyDocwright: new Set(), excluded: new Map(), details: new Map() };
  const note = (k: string, text: string) => row.details.set(k, [...(row.details.get(k) ?? []), text]);
  for (const f of toolFindings) {
    const k = key(f);
    note(k, `${f.code}: ${f.message}`);
    if (f.excluded) row.excluded.set(k, f.excluded);
    else row.flagged.add(k);
  }
  // A pair some findings exclude and others do not stays compared.
  for (const k of row.flagged) row.excluded.delete(k);
  const kinds = new Set<Kind>(TOOL_KINDS[tool]);
  const ours = new Set([...docwright.values()].filter((e) => kinds.has(e.pair.kind)).map((e) => key(e.pair)));
  for (const k of row.flagged) (ours.has(k) ? row.both : row.onlyTool).add(k);
  for (const k of ours) {
    if (!row.flagged.has(k)) row.onlyDocwright.add(k);
    for (const m of docwright.get(k)?.messages ?? []) note(k, `Docwright ${m}`);
  }
  return row;
}

async function toolFindings(fixture: Fixture, file: string, text: string, python: Map<string, Map<Tool, ToolFinding[]>>): Promise<Map<Tool, ToolFinding[]>> {
  if (fixture.language === 'python') return python.get(path.resolve(file)) ?? new Map();
  return new Map([['eslint-plugin-jsdoc', await runEslint(file, text)]]);
}

function list(items: Iterable<string>): string {
  const all = [...items];
  return all.length ? all.join(', ') : '-';
}

async function main(): Promise<number> {
  let failed = false;
  const texts = new Map(FIXTURE_FILES.map((f) => [f.file, fs.readFileSync(path.join(FIXTURES, f.file), 'utf8')]));
  const pyFiles = FIXTURE_FILES.filter((f) => f.language === 'python');
  const pyTools = [...new Set(pyFiles.flatMap((f) => f.tools))];
  const before = runPythonOracles(pyFiles.map((f) => path.join(FIXTURES, f.file)), pyTools);

  // ---- 1. Agreement on the fixtures as written.
  const rows: Row[] = [];
  for (const fixture of FIXTURE_FILES) {
    const file = path.join(FIXTURES, fixture.file);
    const text = texts.get(fixture.file)!;
    const ours = await docwrightPairs(text, fixture);
    const theirs = await toolFindings(fixture, file, text, before);
    for (const tool of fixture.tools) rows.push(compare(fixture.file, tool, theirs.get(tool) ?? [], ours));
  }

  const jsdocVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/eslint-plugin-jsdoc/package.json'), 'utf8')) as { version: string }).version;
  console.log(`Agreement: pydocstyle ${pythonVersions.pydocstyle}, numpydoc ${pythonVersions.numpydoc} (Python ${pythonVersions.python}), eslint ${ESLint.version} + eslint-plugin-jsdoc ${jsdocVersion}`);
  console.log('Pairs are (symbol, kind); Docwright is compared only on the kinds the tool checks.\n');
  console.log('| file | tool (rules) | flagged by tool | also by Docwright | only tool | only Docwright | excluded |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.file} | ${r.tool} (${TOOL_RULES[r.tool]}) | ${r.flagged.size} | ${r.both.size} | ${r.onlyTool.size} | ${r.onlyDocwright.size} | ${r.excluded.size} |`);
  for (const r of rows) {
    if (!r.onlyTool.size && !r.onlyDocwright.size && !r.excluded.size) continue;
    console.log(`\n${r.file} / ${r.tool}:`);
    if (r.onlyTool.size) {
      failed = true;
      console.log(`  only ${r.tool} (FAIL):`);
      for (const k of r.onlyTool) console.log(`    ${k}: ${r.details.get(k)?.join(' | ')}`);
    }
    if (r.onlyDocwright.size) console.log(`  only Docwright: ${list(r.onlyDocwright)}`);
    for (const [k, why] of r.excluded) console.log(`  excluded: ${k}: ${why}`);
  }

  // ---- 2. Repaired + generated output draws no finding.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docwright-agreement-'));
  const outputs: { fixture: Fixture; file: string; text: string; repaired: number; generated: number; failures: string[] }[] = [];
  for (const fixture of FIXTURE_FILES) {
    const text = texts.get(fixture.file)!;
    const repaired = await updateDocstrings(text, fixture.language, { style: fixture.style });
    const generated = await generateDocstrings(repaired.newText, fixture.language, { style: fixture.style, types: 'auto', quote: '"""' });
    const file = path.join(dir, fixture.file);
    fs.writeFileSync(file, generated.newText);
    const failures = [...repaired.failures, ...generated.failures].map((f) => `${f.symbol.namePath.join('.')}: ${f.reason}`);
    outputs.push({ fixture, file, text: generated.newText, repaired: repaired.documented.length, generated: generated.documented.length, failures });
  }
  const pyOut = outputs.filter((o) => o.fixture.language === 'python');
  const after = runPythonOracles(pyOut.map((o) => o.file), pyTools);
  console.log(`\nAfter "Update docstring" then "Generate docstrings" (template mode), in ${dir}:\n`);
  console.log('| file | repaired | generated | tool (rules) | findings left | Docwright findings left (DW101-103, DW201-202) |');
  console.log('|---|---:|---:|---|---:|---:|');
  const leftovers: string[] = [];
  let afterFailures = 0;
  for (const o of outputs) {
    const theirs = await toolFindings(o.fixture, o.file, o.text, after);
    const ours = await docwrightPairs(o.text, o.fixture);
    for (const [k, e] of ours) leftovers.push(`${o.fixture.file} Docwright ${k}: ${e.messages.join(' | ')}`);
    for (const f of o.failures) leftovers.push(`${o.fixture.file} Docwright could not write: ${f}`);
    for (const tool of o.fixture.tools) {
      const found = (theirs.get(tool) ?? []).filter((f) => !f.excluded);
      for (const f of found) leftovers.push(`${o.fixture.file} ${tool} ${key(f)}: ${f.code}: ${f.message}`);
      if (found.length || ours.size || o.failures.length) afterFailures++;
      console.log(`| ${o.fixture.file} | ${o.repaired} | ${o.generated} | ${tool} (${TOOL_RULES[tool]}) | ${found.length} | ${ours.size} |`);
    }
  }
  if (leftovers.length) {
    failed = true;
    console.log('\nLeft after repair + generation (FAIL):');
    for (const l of [...new Set(leftovers)]) console.log(`  ${l}`);
  }
  if (process.env.DOCWRIGHT_AGREEMENT_KEEP !== '1') fs.rmSync(dir, { recursive: true, force: true });

  const checks = rows.length + outputs.reduce((n, o) => n + o.fixture.tools.length, 0);
  const failures = rows.filter((r) => r.onlyTool.size).length + afterFailures;
  console.log(`\nagreement: ${checks - failures} passed, ${failures} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
