/**
 * `npm run bench` (part 2): validation, as same-run ratios (absolute times depend on the machine
 * and on what else runs on it):
 * - cold `docwright check` of the Python standard library against Ruff compiled to WASM
 *   (@astral-sh/ruff-wasm-nodejs, D + DOC rules, its Workspace API) and Debian's pydocstyle
 *   (`--match='.*\.py'`, so it reads test_*.py too), all over the same file list;
 * - one worker thread against all cores; a warm re-run with the result cache;
 * - linearity: one 100k-line file against 100 files of 1k lines;
 * - parses per file for `generate`;
 * - the editor path: validating a 10,000-line file after a one-line edit, incremental parse.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import { IncrementalExtractor } from '../../src/core/extract/incremental';
import { parseCount } from '../../src/core/extract/treeSitter';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { validateText } from '../../src/core/validate';
import { thousandLineFile } from './common';

const REPO = join(__dirname, '..', '..', '..');
const CLI = join(REPO, 'bin', 'docwright.js');
const PYTHON = '/usr/bin/python3';
const RUFF = require.resolve('@astral-sh/ruff-wasm-nodejs');

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'site-packages' && entry.name !== '__pycache__') out.push(...pyFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(path);
  }
  return out.sort();
}

function timed(command: string, args: string[], input?: string): { ms: number; stdout: string; status: number | null } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  return { ms: performance.now() - start, stdout: result.stdout, status: result.status };
}

/** Files every tool can read: pydocstyle aborts the whole run on a file Python cannot decode; Docwright's size limit (500 kB) skips the rest. */
function readable(files: string[]): string[] {
  const script = ['import os, sys, tokenize', 'for p in sys.stdin.read().split("\\n"):', '    try:', '        tokenize.open(p).read()', '        if os.path.getsize(p) <= 500000: print(p)', '    except Exception:', '        pass'].join('\n');
  return execFileSync(PYTHON, ['-c', script], { input: files.join('\n'), maxBuffer: 64 * 1024 * 1024 }).toString().split('\n').filter(Boolean);
}

/** Ruff in a child process like the others (its start-up counted too): every file through one Workspace. */
const RUFF_SCRIPT = `
const { readFileSync } = require('node:fs');
const ruff = require(${JSON.stringify(RUFF)});
const ws = new ruff.Workspace({ ...ruff.Workspace.defaultSettings(), lint: { select: ['D', 'DOC'], preview: true } }, ruff.PositionEncoding.Utf16);
let n = 0;
for (const path of readFileSync(0, 'utf8').split('\\n').filter(Boolean)) n += ws.check(readFileSync(path, 'utf8')).length;
console.log(n);
`;

/**
 * The floor for a checker that parses every file whole with tree-sitter (`check` parses only what
 * its rules read): every file parsed (and its tree freed) on one worker thread per core, nothing
 * else. A child process like the others; files dealt in chunks.
 */
const PARSE_FLOOR_SCRIPT = `
const { Worker, isMainThread, parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { availableParallelism } = require('node:os');
if (isMainThread) {
  const files = readFileSync(0, 'utf8').split('\\n').filter(Boolean);
  let next = 0;
  for (let i = 0; i < availableParallelism(); i++) {
    const worker = new Worker(__filename);
    const give = () => (next < files.length ? worker.postMessage(files.slice(next, (next += 8))) : void worker.terminate());
    worker.on('message', give);
    give();
  }
} else {
  const { parseText } = require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'core', 'extract', 'treeSitter.js'))});
  parentPort.on('message', async (paths) => {
    for (const path of paths) (await parseText(readFileSync(path, 'utf8'), 'python')).delete();
    parentPort.postMessage(0);
  });
}
`;

const EDITS = 21;

async function timeIt1(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * pydocstyle's own checker over every file, as its CLI runs it with `--convention=google
 * --match='.*\.py'`, but file by file: its CLI aborts the whole run when one file crashes it
 * (an f-string docstring in CPython's tests does), and then counts nothing.
 */
const PYDOCSTYLE_SCRIPT = `
import sys
from pydocstyle.checker import check
from pydocstyle.violations import conventions
found = crashed = 0
for path in sys.stdin.read().split('\\n'):
    try:
        found += sum(1 for e in check([path], select=conventions.google) if hasattr(e, 'code'))
    except Exception:
        crashed += 1
print(found, crashed)
`;

const row = (label: string, ms: number, base: number, note = '') => console.log(`  ${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s   ${(ms / base).toFixed(2).padStart(5)}x  ${note}`);

function median(runs: number, work: () => number): number {
  const times = Array.from({ length: runs }, work).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  // The standard library of the python3 on PATH (1,770 readable files for a full CPython 3.11 with
  // its tests; Debian's python3.11 leaves the tests out), or DOCWRIGHT_PY_STDLIB.
  const stdlib = process.env.DOCWRIGHT_PY_STDLIB ?? execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = readable(pyFiles(stdlib));
  const work = mkdtempSync(join(tmpdir(), 'docwright-bench-'));
  try {
    const list = join(work, 'files.txt');
    writeFileSync(list, files.join('\n'));
    const ruffScript = join(work, 'ruff.js');
    writeFileSync(ruffScript, RUFF_SCRIPT);
    const floorScript = join(work, 'floor.js');
    writeFileSync(floorScript, PARSE_FLOOR_SCRIPT);
    const check = (...flags: string[]) => timed(process.execPath, [CLI, 'check', '--format', 'json', ...flags, ...files]);
    console.log(`\nCold check of ${files.length} .py files of ${stdlib}, same file list for every tool, median of ${rounds} (rounds interleaved), ${availableParallelism()} cores`);
    const times: Record<string, number[]> = { ruff: [], all: [], cached: [], one: [], floor: [], pydocstyle: [] };
    let counts = { ruff: 0, docwright: 0, pydocstyle: 0 };
    let pydocstyleCrashes = 0;
    const hasPydocstyle = spawnSync(PYTHON, ['-m', 'pydocstyle', '--version']).status === 0;
    for (let r = 0; r < rounds; r++) {
      const ruff = timed(process.execPath, [ruffScript], files.join('\n'));
      times.ruff.push(ruff.ms);
      const all = check('--no-cache');
      times.all.push(all.ms);
      const cacheDir = join(work, `cold-${r}`);
      times.cached.push(check('--cache-dir', cacheDir).ms);
      rmSync(cacheDir, { recursive: true, force: true });
      times.floor.push(timed(process.execPath, [floorScript], files.join('\n')).ms);
      times.one.push(check('--no-cache', '--jobs', '1').ms);
      counts = { ...counts, ruff: Number(ruff.stdout.trim()), docwright: (JSON.parse(all.stdout || '[]') as unknown[]).length };
      if (hasPydocstyle && r === 0) {
        const pydocstyle = timed(PYTHON, ['-c', PYDOCSTYLE_SCRIPT], files.join('\n'));
        times.pydocstyle.push(pydocstyle.ms);
        const [found, crashed] = pydocstyle.stdout.trim().split(' ').map(Number);
        counts.pydocstyle = found;
        pydocstyleCrashes = crashed;
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ruffMs = med(times.ruff);
    row('Ruff-WASM 0.17, D + DOC (baseline)', ruffMs, ruffMs, `(${counts.ruff} findings)`);
    row(`docwright check, ${availableParallelism()} worker threads`, med(times.all), ruffMs, `(${counts.docwright} findings; goal: <= 1.0x)`);
    row('  the same, filling the result cache', med(times.cached), ruffMs);
    row(`tree-sitter parse of every whole file, ${availableParallelism()} threads`, med(times.floor), ruffMs);
    row('docwright check --jobs 1', med(times.one), ruffMs);
    if (hasPydocstyle) row('pydocstyle, Google convention (one run)', times.pydocstyle[0], ruffMs, `(${counts.pydocstyle} findings; ${pydocstyleCrashes} files it crashed on)`);
    else console.log('  pydocstyle not installed (apt-get install python3-pydocstyle)');

    // Warm: the same run again with nothing changed, answered by the result cache.
    const cacheDir = join(work, 'cache');
    const cold = check('--cache-dir', cacheDir).ms;
    const warm = median(rounds, () => check('--cache-dir', cacheDir).ms);
    console.log(`\nWarm re-run, nothing changed (result cache)`);
    row('cold, filling the cache (baseline)', cold, cold);
    row('warm', warm, cold, '(goal: <= 0.5 s)');

    // Linearity: 100 x 1,000 lines against one file of 100,000 lines, the same code.
    const block = (k: number) => `def f${k}(a, b):\n    """Do.\n\n    Args:\n        a: x\n        c: y\n    """\n    return a\n\n\n`;
    const small = join(work, 'small');
    mkdirSync(small);
    const thousand = Array.from({ length: 100 }, (_, k) => block(k)).join('');
    for (let i = 0; i < 100; i++) writeFileSync(join(small, `m${i}.py`), thousand);
    const big = join(work, 'big.py');
    writeFileSync(big, Array.from({ length: 10_000 }, (_, k) => block(k)).join(''));
    const linear = (path: string) => median(rounds, () => timed(process.execPath, [CLI, 'check', '--no-cache', '--jobs', '1', '--max-file-size', '2000000', path]).ms);
    const manySmall = linear(small);
    const oneBig = linear(big);
    console.log(`\nLinearity (one thread, no cache)`);
    row('100 files x 1,000 lines (baseline)', manySmall, manySmall);
    row('1 file x 100,000 lines', oneBig, manySmall, '(goal: <= 2x)');

    // Parses per file for generate: counted, not timed.
    const before = parseCount();
    await generateDocstrings(thousandLineFile(), 'python', { style: 'google', types: 'auto', quote: '"""' });
    console.log(`\ngenerate on a 1,000-line file: ${parseCount() - before} parses (goal: 1 + 1 verification)`);

    // The editor: a 10,000-line documented file, one line edited, findings again.
    const documented = (await generateDocstrings(thousandLineFile(), 'python', { style: 'google', types: 'auto', quote: '"""' })).newText;
    let tenK = documented;
    while (tenK.split('\n').length < 10_000) tenK += documented.replace(/^"""[^]*?"""\n/, '').replace(/class Service(\d+)/g, (_, n: string) => `class Service${n}_${tenK.length}`).replace(/def helper_(\d+)/g, (_, n: string) => `def helper_${n}_${tenK.length}`);
    const options = { style: 'auto' } as const;
    // Someone typing: a few edits first (the steady state, not the first call's compilation), then the median of many.
    const steady = async (work: () => Promise<void>): Promise<number> => {
      for (let i = 0; i < 5; i++) await work();
      const times: number[] = [];
      for (let i = 0; i < EDITS; i++) times.push(await timeIt1(work));
      return times.sort((a, b) => a - b)[EDITS >> 1];
    };
    const full = await steady(async () => void (await validateText(tenK, 'python', options, await extractSymbols(tenK, 'python'))));
    const extractor = new IncrementalExtractor();
    await extractor.extract('doc', tenK, 'python');
    let version = 0;
    const middle = tenK.indexOf('\n', tenK.length >> 1) + 1;
    const incremental = await steady(async () => {
      const text = `${tenK.slice(0, middle)}# edit ${++version}\n${tenK.slice(middle)}`;
      await validateText(text, 'python', options, await extractor.extract('doc', text, 'python'));
    });
    console.log(`\nEditor: validating a ${tenK.split('\n').length - 1}-line file after a one-line edit (5 edits to warm up, then the median of ${EDITS})`);
    console.log(`  full parse + validate (baseline)   ${full.toFixed(1).padStart(7)} ms   1.00x`);
    console.log(`  incremental parse + validate       ${incremental.toFixed(1).padStart(7)} ms   ${(incremental / full).toFixed(2)}x   (goal: <= 20 ms)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
