/**
 * `check` over many files on a pool of worker threads: files are read here (I/O, configuration),
 * checked in the workers, reported in input order. A file the pool loses (its worker crashed) is
 * reported like any file that could not be checked, and the run goes on.
 */
import { join } from 'node:path';
import type { Options } from './args';
import type { CheckInput, CheckOutcome } from './checkFile';
import { readSource } from './files';
import { mapInPool } from './pool';
import type { ProjectConfigs } from './projectConfig';
import type { FileOutcome } from './report';

/** Beside this module: out/src/cli/checkWorker.js from tsc, dist/checkWorker.js in the bundle. */
export const CHECK_WORKER = join(__dirname, 'checkWorker.js');

/** Outcomes of the files that could be read, in input order; `err` gets each problem, also in input order. */
export async function checkInPool(paths: readonly string[], options: Options, configs: ProjectConfigs, size: number, report: (message: string) => void): Promise<FileOutcome[]> {
  /** The path of each file handed to the pool, by its index there. */
  const handed: string[] = [];
  async function* inputs(): AsyncGenerator<CheckInput> {
    for (const path of paths) {
      try {
        const file = await readSource(path, options, configs, report);
        if (!file) continue;
        handed.push(file.path);
        yield { path: file.path, text: file.text, language: file.language, settings: file.settings, ...(file.projectStyle ? { projectStyle: file.projectStyle } : {}) };
      } catch (error) {
        report(`${path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed`);
      }
    }
  }
  const results = await mapInPool<CheckInput, CheckOutcome>(inputs(), {
    script: CHECK_WORKER,
    size,
    crashed: (item, reason) => ({ problem: `${item.path}: not checked: ${reason}` }),
  });
  return results.map((result, i) => {
    if ('problem' in result) {
      report(result.problem);
      return { file: handed[i], findings: undefined };
    }
    return { file: handed[i], findings: result.findings };
  });
}
