/**
 * Runs Docwright's checker in-process on the vendored test files with the NumPy style set (as a
 * user of numpydoc would in pyproject.toml or the setting) and default severities, keeping the
 * findings on the objects numpydoc validates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText } from '../../../src/core/validate';
import { COMPARED_RULES, type PeerFinding } from './types';

export interface DocwrightRun {
  findings: PeerFinding[];
  /** Files Docwright does not check (it does not parse them), with the reason. */
  skipped: { file: string; reason: string }[];
  /** Every rule Docwright reports per `file:qualname`, compared or not (DW501...). */
  codes: Map<string, Set<string>>;
}

/** `objects`: `file:qualname` of every case numpydoc validates; other symbols are not compared. */
export async function runDocwright(dataDir: string, files: readonly string[], objects: ReadonlySet<string>): Promise<DocwrightRun> {
  const compared = new Set(COMPARED_RULES);
  const run: DocwrightRun = { findings: [], skipped: [], codes: new Map() };
  for (const file of files) {
    const text = fs.readFileSync(path.join(dataDir, file), 'utf8');
    try {
      const { findings, extracted } = await validateText(text, 'python', { style: 'numpy' });
      const symbols = new Map(extracted.symbols.map((s) => [s.id, s]));
      for (const f of findings) {
        const symbol = symbols.get(f.symbolId);
        if (!symbol) continue;
        const qualname = symbol.namePath.join('.');
        const object = `${file}:${qualname}`;
        if (!objects.has(object)) continue;
        run.codes.set(object, (run.codes.get(object) ?? new Set()).add(f.code));
        if (!compared.has(f.code)) continue;
        run.findings.push({ file, qualname, rule: f.code, code: f.code, message: f.message });
      }
    } catch (error) {
      run.skipped.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}
