/**
 * `npm run bench` (part 2): validation. `docwright check` over every .py file of the Python standard
 * library, timed against Debian's `pydocstyle` over the same file list in the same run (ratio);
 * then validating one 1,000-line file as the editor does, as a ratio of a bare parse.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/core/extract/treeSitter';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { validateText } from '../../src/core/validate';
import { thousandLineFile, timeIt } from './common';

const REPO = join(__dirname, '..', '..', '..');
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'site-packages' && entry.name !== '__pycache__') out.push(...pyFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(path);
  }
  return out.sort();
}

function timed(command: string, args: string[]): { ms: number; stdout: string; output: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { ms: performance.now() - start, stdout: result.stdout, output: result.stdout + result.stderr };
}

async function main(): Promise<void> {
  const stdlib = process.env.DOCWRIGHT_PY_STDLIB ?? execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const files = pyFiles(stdlib);
  const cli = join(REPO, 'bin', 'docwright.js');
  console.log(`\ndocwright check vs pydocstyle: ${files.length} files of ${stdlib}, one run each, same file list`);
  const docwright = timed(process.execPath, [cli, 'check', '--format', 'json', '--min-severity', 'hint', ...files]);
  const findings = (JSON.parse(docwright.stdout || '[]') as unknown[]).length;
  const hasPydocstyle = spawnSync(PYTHON, ['-m', 'pydocstyle', '--version']).status === 0;
  if (hasPydocstyle) {
    const pydocstyle = timed(PYTHON, ['-m', 'pydocstyle', ...files]);
    // pydocstyle writes its findings to stderr.
    const reported = pydocstyle.output.split('\n').filter((l) => /^\s+D\d{3}/.test(l)).length;
    console.log(`  pydocstyle 6.2.3 (baseline)   ${(pydocstyle.ms / 1000).toFixed(1).padStart(6)} s   1.00x   (${reported} findings, pep257 checks)`);
    console.log(`  docwright check               ${(docwright.ms / 1000).toFixed(1).padStart(6)} s   ${(docwright.ms / pydocstyle.ms).toFixed(2)}x   (${findings} findings, every rule incl. hints)`);
  } else {
    console.log(`  docwright check               ${(docwright.ms / 1000).toFixed(1).padStart(6)} s   (pydocstyle not installed: apt-get install python3-pydocstyle for the ratio)`);
  }

  // The editor path: a documented 1,000-line file, validated as on every (debounced) edit.
  const documented = (await generateDocstrings(thousandLineFile(), 'python', { style: 'google', types: 'auto', quote: '"""' })).newText;
  const parse = await timeIt(async () => (await parseText(documented, 'python')).delete());
  const validate = await timeIt(async () => void (await validateText(documented, 'python', { style: 'auto' })));
  console.log(`\nValidating one documented ${documented.split('\n').length}-line Python file (editor path, median)`);
  console.log(`  parse only (baseline)   ${parse.toFixed(1).padStart(7)} ms   1.00x`);
  console.log(`  validate                ${validate.toFixed(1).padStart(7)} ms   ${(validate / parse).toFixed(2)}x`);
}

void main();
