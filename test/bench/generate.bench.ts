/**
 * `npm run bench`: how much the pipeline costs on top of parsing. Every number is measured in the
 * same run against a baseline (tree-sitter parsing the same text), so a noisy machine shifts both.
 *   1. Corpus: the Python standard library and the openai TypeScript sources, parse vs extract vs
 *      generate (template, with the re-parse verification).
 *   2. Editor path: one 1,000-line file, the work behind a lightbulb (extract) and a file run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractSymbols, languageForPath } from '../../src/core/extract';
import { parseText } from '../../src/core/extract/treeSitter';
import type { LanguageId } from '../../src/core/extract/types';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { ROUNDS, thousandLineFile, thousandLineFiles, timeIt } from './common';


function files(dir: string, exts: string[], skip: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.test(path)) continue;
    if (entry.isDirectory()) out.push(...files(path, exts, skip));
    else if (exts.some((e) => entry.name.endsWith(e)) && statSync(path).size < 400_000) out.push(path);
  }
  return out.sort();
}

async function corpus(label: string, inputs: { text: string; language: LanguageId }[], style: 'google' | 'jsdoc'): Promise<void> {
  const ok: typeof inputs = [];
  for (const input of inputs) if (!(await extractSymbols(input.text, input.language)).hasErrors) ok.push(input);
  let symbols = 0;
  const parse = await timeIt(async () => {
    for (const { text, language } of ok) (await parseText(text, language)).delete();
  });
  const extract = await timeIt(async () => {
    for (const { text, language } of ok) await extractSymbols(text, language);
  });
  const generate = await timeIt(async () => {
    symbols = 0;
    for (const { text, language } of ok) symbols += (await generateDocstrings(text, language, { style, types: 'auto', quote: '"""' })).documented.length;
  });
  const lines = ok.reduce((n, i) => n + i.text.split('\n').length, 0);
  console.log(`\n${label}: ${ok.length} files, ${lines} lines, ${symbols} symbols documented (median of ${ROUNDS})`);
  console.log(`  parse only (baseline)     ${parse.toFixed(0).padStart(7)} ms   1.00x`);
  console.log(`  extract symbols           ${extract.toFixed(0).padStart(7)} ms   ${(extract / parse).toFixed(2)}x`);
  console.log(`  generate + verify         ${generate.toFixed(0).padStart(7)} ms   ${(generate / parse).toFixed(2)}x   (${((symbols / generate) * 1000).toFixed(0)} symbols/s)`);
}

async function editorPath(): Promise<void> {
  const text = thousandLineFile();
  const parse = await timeIt(async () => (await parseText(text, 'python')).delete());
  const extract = await timeIt(async () => void (await extractSymbols(text, 'python')));
  const generate = await timeIt(async () => void (await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""' })));
  const one = await timeIt(async () => void (await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', select: (s) => s.id === 'method:Service7.fetch' })));
  console.log(`\nEditor path, one ${text.split('\n').length}-line Python file (median of ${ROUNDS})`);
  console.log(`  parse only (baseline)          ${parse.toFixed(1).padStart(7)} ms   1.00x`);
  console.log(`  lightbulb: extract symbols     ${extract.toFixed(1).padStart(7)} ms   ${(extract / parse).toFixed(2)}x`);
  console.log(`  one docstring (with verify)    ${one.toFixed(1).padStart(7)} ms   ${(one / parse).toFixed(2)}x`);
  console.log(`  whole file (with verify)       ${generate.toFixed(1).padStart(7)} ms   ${(generate / parse).toFixed(2)}x`);
  // The other language packs: the same rows on a file of about 1,000 lines each.
  const styles = { java: 'javadoc', csharp: 'xmldoc', go: 'godoc', rust: 'rustdoc', cpp: 'doxygen', php: 'phpdoc', ruby: 'yard' } as const;
  for (const { language, text: source } of thousandLineFiles()) {
    const style = styles[language];
    const parsed = await timeIt(async () => (await parseText(source, language)).delete());
    const extracted = await timeIt(async () => void (await extractSymbols(source, language)));
    const whole = await timeIt(async () => void (await generateDocstrings(source, language, { style, types: 'auto', quote: '"""' })));
    console.log(`\nEditor path, one ${source.split('\n').length}-line ${language} file (median of ${ROUNDS})`);
    console.log(`  parse only (baseline)          ${parsed.toFixed(1).padStart(7)} ms   1.00x`);
    console.log(`  lightbulb: extract symbols     ${extracted.toFixed(1).padStart(7)} ms   ${(extracted / parsed).toFixed(2)}x`);
    console.log(`  whole file (with verify)       ${whole.toFixed(1).padStart(7)} ms   ${(whole / parsed).toFixed(2)}x`);
  }
}

async function main(): Promise<void> {
  const stdlib = process.env.DOCWRIGHT_PY_STDLIB ?? execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const py = files(stdlib, ['.py'], /site-packages|[/\\]test[/\\]|[/\\]tests[/\\]/).map((path) => ({ text: readFileSync(path, 'utf8'), language: 'python' as const }));
  const tsRoot = join(__dirname, '..', '..', '..', 'node_modules', 'openai', 'src');
  const ts = files(tsRoot, ['.ts'], /^$/).map((path) => ({ text: readFileSync(path, 'utf8'), language: languageForPath(path)! }));
  console.log(`Docwright bench (node ${process.version}); warm-up runs once before timing`);
  await corpus('warm-up', py.slice(0, 20), 'google');
  await corpus('Python standard library (without tests)', py, 'google');
  await corpus('openai/src TypeScript', ts, 'jsdoc');
  await editorPath();
}

void main();
