/**
 * Runs numpydoc's own validator (Debian's python3-numpydoc 1.5.0, or DOCWRIGHT_PYTHON's) on the
 * cases of its test suite through run_numpydoc.py, and maps its PR01/PR02/RT01/YD01 findings to
 * Docwright rules.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CODE_MAP, isNumpydocCode, type PeerFinding } from './types';

export const PYTHON = process.env.DOCWRIGHT_PYTHON ?? '/usr/bin/python3';
/** test/peers/numpydoc in the source tree (this file runs from out/test/peers/numpydoc). */
export const PEER_DIR = path.join(__dirname, '../../../../test/peers/numpydoc');
export const DATA_DIR = path.join(PEER_DIR, 'data');
/** The numpydoc release the vendored test files come from (NOTE.md). */
export const VENDORED_VERSION = '1.5.0';

export interface NumpydocObject {
  file: string;
  qualname: string;
  line: number;
  /** `[code, message]`, every code numpydoc reports; absent when it cannot validate the object. */
  errors?: [string, string][];
  exception?: string;
}

export interface NumpydocRun {
  numpydoc: string;
  python: string;
  objects: NumpydocObject[];
  /** What the test suite asserts per `file:qualname`: no error at all, or these codes among others. */
  expected: Record<string, { none: boolean; codes: string[] }>;
}

export function runNumpydoc(): NumpydocRun {
  const result = spawnSync(PYTHON, ['-B', path.join(PEER_DIR, 'run_numpydoc.py')], {
    cwd: PEER_DIR,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`run_numpydoc.py exited ${result.status} (needs numpydoc and pytest: apt-get install python3-numpydoc python3-pytest):\n${result.stderr}`);
  return JSON.parse(result.stdout) as NumpydocRun;
}

/** numpydoc's findings on the compared codes, one per object and code. */
export function mapNumpydocFindings(run: NumpydocRun): PeerFinding[] {
  const out: PeerFinding[] = [];
  for (const object of run.objects) {
    for (const [code, message] of object.errors ?? []) {
      if (isNumpydocCode(code)) out.push({ file: object.file, qualname: object.qualname, rule: CODE_MAP[code], code, message });
    }
  }
  return out;
}
