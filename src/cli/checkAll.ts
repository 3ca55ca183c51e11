/**
 * `check` over many files: read here (I/O, configuration), answered from the result cache when
 * the file, the configuration and Docwright are unchanged, otherwise checked in this process or
 * on a pool of worker threads; reported in input order. A file the pool loses (its worker crashed)
 * is reported like any file that could not be checked, and the run goes on.
 */
import { join } from 'node:path';
import type { Options } from './args';
import { checkInput, type CheckInput, type CheckOutcome } from './checkFile';
import { readSource, type SourceFile } from './files';
import { closedOutput } from './output';
import { mapInPool } from './pool';
import type { ProjectConfigs } from './projectConfig';
import { docwrightVersion, type FileOutcome } from './report';
import { configHash, projectRoot, ResultCache } from './resultCache';

/** Beside this module: out/src/cli/checkWorker.js from tsc, dist/checkWorker.js in the bundle. */
export const CHECK_WORKER = join(__dirname, 'checkWorker.js');

/** Files being read at once, ahead of the one being checked. */
const READ_AHEAD = 32;

export function resultCacheFor(options: Options): ResultCache | undefined {
  if (options.noCache) return undefined;
  return new ResultCache(options.checkCacheDir ?? join(projectRoot(process.cwd()), '.docwright_cache'), docwrightVersion());
}

const inputOf = (file: SourceFile): CheckInput => ({ path: file.path, text: file.text, language: file.language, settings: file.settings, ...(file.projectStyle ? { projectStyle: file.projectStyle } : {}) });

/** Everything that decides a file's findings besides its bytes and Docwright's version. */
const cacheKey = (cache: ResultCache, file: SourceFile) => cache.key(file.bytes, configHash({ language: file.language, settings: file.settings, projectStyle: file.projectStyle ?? null }));

/**
 * Outcomes of the files that could be read, in input order. `report` gets each problem: as it
 * happens with one thread, after the run (in input order) with a pool.
 */
export async function checkFiles(paths: readonly string[], options: Options, configs: ProjectConfigs, threads: number, report: (message: string) => void, cache: ResultCache | undefined): Promise<FileOutcome[]> {
  /** Read results in input order: an answer from the cache, or work for a checker. */
  const slots: ({ file: string; cached: FileOutcome['findings'] } | { file: string; key?: string; input: CheckInput })[] = [];
  const outcomes: FileOutcome[] = [];
  const finish = async (file: string, key: string | undefined, outcome: CheckOutcome): Promise<FileOutcome> => {
    if ('problem' in outcome) {
      report(outcome.problem);
      return { file, findings: undefined };
    }
    if (cache && key) await cache.put(key, outcome.findings);
    return { file, findings: outcome.findings };
  };
  // Files are read (and looked up in the cache) a window ahead, so the disk is never waited for one
  // file at a time; what reading reports is replayed in input order.
  const read = async (path: string) => {
    const messages: string[] = [];
    try {
      const file = await readSource(path, options, configs, (message) => messages.push(message));
      const key = file && cache ? cacheKey(cache, file) : undefined;
      const cached = file && cache && key ? await cache.get(key, file.path) : undefined;
      return { messages, file, key, cached };
    } catch (error) {
      messages.push(`${path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed`);
      return { messages, file: undefined, key: undefined, cached: undefined };
    }
  };
  const window: ReturnType<typeof read>[] = [];
  let next = 0;
  const fill = () => {
    while (window.length < READ_AHEAD && next < paths.length) window.push(read(paths[next++]));
  };
  fill();
  while (window.length > 0) {
    if (closedOutput()) break;
    const { messages, file, key, cached } = await window.shift()!;
    fill();
    for (const message of messages) report(message);
    if (!file) continue;
    if (cached) {
      if (threads > 1) slots.push({ file: file.path, cached });
      else outcomes.push({ file: file.path, findings: cached });
    } else if (threads > 1) slots.push({ file: file.path, key, input: inputOf(file) });
    else outcomes.push(await finish(file.path, key, await checkInput(inputOf(file))));
  }
  if (threads > 1) {
    const work = slots.filter((s): s is Extract<typeof s, { input: CheckInput }> => 'input' in s);
    const results = await mapInPool<CheckInput, CheckOutcome>(
      work.map((s) => s.input),
      { script: CHECK_WORKER, size: Math.min(threads, work.length), crashed: (item, reason) => ({ problem: `${item.path}: not checked: ${reason}` }) },
    );
    const answered = new Map(work.map((s, i) => [s, results[i]]));
    for (const slot of slots) outcomes.push('input' in slot ? await finish(slot.file, slot.key, answered.get(slot)!) : { file: slot.file, findings: slot.cached });
  }
  await cache?.prune();
  return outcomes;
}
