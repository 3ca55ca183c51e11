/**
 * `npm run bench` (part 2): validation. `docwright check` over the .py files of the Python standard
 * library, timed against Debian's `pydocstyle` over the same file list in the same run (ratio);
 * then validating one documented 1,000-line file as the editor does, as a ratio of a bare parse.
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

function timed(command: string, args: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { ms: performance.now() - start, stdout: result.stdout };
}

/** pydocstyle aborts the whole run, printing nothing, on a file Python cannot decode; the stdlib ships some on purpose. */
function decodable(files: string[]): string[] {
  const script = ['import sys, tokenize', 'for p in sys.stdin.read().split("\\n"):', '    try:', '        tokenize.open(p).read()', '        print(p)', '    except Exception:', '        pass'].join('\n');
  return execFileSync(PYTHON, ['-c', script], { input: files.join('\n'), maxBuffer: 64 * 1024 * 1024 }).toString().split('\n').filter(Boolean);
}

/** A documented Python file of about `lines` lines: the synthetic file, generated, cut before a class. */
async function documentedFileOf(lines: number): Promise<string> {
  const full = (await generateDocstrings(thousandLineFile(), 'python', { style: 'google', types: 'auto', quote: '"""' })).newText.split('\n');
  let end = lines;
  while (end < full.length && !full[end].startsWith('class ')) end++;
  return full.slice(0, end).join('\n') + '\n';
}

async function main(): Promise<void> {
  const stdlib = process.env.DOCWRIGHT_PY_STDLIB ?? execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const all = pyFiles(stdlib);
  const files = decodable(all);
  const cli = join(REPO, 'bin', 'docwright.js');
  console.log(`\ndocwright check vs pydocstyle: ${files.length} .py files of ${stdlib} (${all.length - files.length} that Python cannot decode left out), one run each, same file list`);
  const hasPydocstyle = spawnSync(PYTHON, ['-m', 'pydocstyle', '--version']).status === 0;
  const docwright = timed(process.execPath, [cli, 'check', '--format', 'json', '--min-severity', 'hint', ...files]);
  const findings = (JSON.parse(docwright.stdout || '[]') as unknown[]).length;
  if (hasPydocstyle) {
    const pydocstyle = timed(PYTHON, ['-m', 'pydocstyle', ...files]);
    const reported = pydocstyle.stdout.split('\n').filter((l) => /^\s+D\d{3}/.test(l)).length;
    console.log(`  pydocstyle 6.2.3 (baseline)   ${(pydocstyle.ms / 1000).toFixed(1).padStart(6)} s   1.00x   (${reported} findings, its default pep257 checks)`);
    console.log(`  docwright check               ${(docwright.ms / 1000).toFixed(1).padStart(6)} s   ${(docwright.ms / pydocstyle.ms).toFixed(2)}x   (${findings} findings, every rule incl. hints)`);
  } else {
    console.log(`  docwright check               ${(docwright.ms / 1000).toFixed(1).padStart(6)} s   (pydocstyle not installed: apt-get install python3-pydocstyle for the ratio)`);
  }

  // The editor path: a documented 1,000-line file, validated as on every (debounced) edit.
  const documented = await documentedFileOf(1000);
  const parse = await timeIt(async () => (await parseText(documented, 'python')).delete());
  const validate = await timeIt(async () => void (await validateText(documented, 'python', { style: 'auto' })));
  console.log(`\nValidating one documented ${documented.split('\n').length - 1}-line Python file (editor path, median)`);
  console.log(`  parse only (baseline)   ${parse.toFixed(1).padStart(7)} ms   1.00x`);
  console.log(`  validate                ${validate.toFixed(1).padStart(7)} ms   ${(validate / parse).toFixed(2)}x`);
}

void main();
