/**
 * Runs the vendored pydoclint (vendor/, see NOTE.md) on one style's data folder at default
 * options and returns its findings, raw and mapped to Docwright rules.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { docwrightRulesFor } from './codeMap';
import type { PeerFinding, Style } from './types';

export const PYTHON = process.env.DOCWRIGHT_PYTHON ?? '/usr/bin/python3';
/** test/peers/pydoclint in the source tree (this file runs from out/test/peers/pydoclint). */
export const PEER_DIR = path.join(__dirname, '../../../../test/peers/pydoclint');
const VENDOR = path.join(PEER_DIR, 'vendor');

export interface RawPydoclintFinding {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** pydoclint's text report: a file name line, then `    <line>: <code>: <message>` lines. */
export function parsePydoclintOutput(stdout: string): RawPydoclintFinding[] {
  const findings: RawPydoclintFinding[] = [];
  let file: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const finding = /^\s+(\d+): (DOC\d+): (.*)$/.exec(line);
    if (finding && file !== undefined) findings.push({ file, line: Number(finding[1]), code: finding[2], message: finding[3] });
    else if (/\.py$/.test(line) && !/^\s/.test(line)) file = line.replace(/\\/g, '/').replace(/^\.\//, '');
  }
  return findings;
}

export function runPydoclint(style: Style, dataDir: string): RawPydoclintFinding[] {
  // cwd is the data folder and the path is `.`: pydoclint then reads config only from a
  // pyproject.toml there (none), so every option is at its default; only the style is set.
  const result = spawnSync(PYTHON, ['-B', '-m', 'pydoclint.main', '--quiet', `--style=${style}`, '.'], {
    cwd: dataDir,
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: VENDOR, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  // Exit 1 means "violations found"; anything else is a failure to run.
  if (result.status !== 0 && result.status !== 1) throw new Error(`pydoclint (${style}) exited ${result.status}:\n${result.stderr}`);
  // pydoclint prints its violations to stderr (click.echo(err=True)).
  return parsePydoclintOutput(`${result.stdout}\n${result.stderr}`);
}

/** pydoclint's codes on the function of `finding` (same file and line). */
export function codesAt(raw: RawPydoclintFinding[], finding: RawPydoclintFinding): Set<string> {
  return new Set(raw.filter((f) => f.file === finding.file && f.line === finding.line).map((f) => f.code));
}

/** Each raw finding once per Docwright rule it stands for; those with none are returned apart. */
export function mapPydoclintFindings(style: Style, raw: RawPydoclintFinding[]): { mapped: PeerFinding[]; unmapped: RawPydoclintFinding[] } {
  const mapped: PeerFinding[] = [];
  const unmapped: RawPydoclintFinding[] = [];
  for (const f of raw) {
    const rules = docwrightRulesFor(f.code, f.message, codesAt(raw, f));
    if (!rules.length) unmapped.push(f);
    for (const rule of rules) mapped.push({ style, file: f.file, line: f.line, rule, code: f.code, message: f.message });
  }
  return { mapped, unmapped };
}

export function pydoclintVersion(): string {
  const result = spawnSync(PYTHON, ['-B', '-c', 'import pydoclint, docstring_parser, click, sys; print(pydoclint.__version__, click.__version__, sys.version.split()[0])'], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: VENDOR, PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (result.status !== 0) throw new Error(`cannot import the vendored pydoclint with ${PYTHON} (needs click: apt-get install python3-click):\n${result.stderr}`);
  const [pydoclint, click, python] = result.stdout.trim().split(' ');
  return `pydoclint ${pydoclint} (docstring_parser_fork 0.0.14), click ${click}, Python ${python}`;
}
