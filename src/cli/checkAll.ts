/**
 * `check` over many files: read here (I/O, configuration), answered from the result cache when
 * the file, the configuration and Docwright are unchanged, otherwise checked in this process or
 * on a pool of worker threads; reported in input order. A file the pool loses (its worker crashed)
 * is reported like any file that could not be checked, and the run goes on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from './args';
import { checkInput, type CheckInput, type CheckOutcome } from './checkFile';
import { planSource, readPlanned, type SourceFile, type SourcePlan } from './files';
import { closedOutput } from './output';
import { AsyncQueue } from './asyncQueue';
import { mapInPool } from './pool';
import type { ProjectConfigs } from './projectConfig';
import { docwrightVersion, type FileOutcome } from './report';
import { configHash, projectRoot, ResultCache } from './resultCache';

/** Beside this module: out/src/cli/checkWorker.js from tsc, dist/checkWorker.js in the bundle. */
export const CHECK_WORKER = join(__dirname, 'checkWorker.js');

/** Files being read at once, ahead of the one being checked. */
const READ_AHEAD = 32;

/** Less source than this left to check is checked in this process: starting workers would cost more than it saves. */
const POOL_MIN_CHARS = 256 * 1024;

export function resultCacheFor(options: Options): ResultCache | undefined {
  if (options.noCache) return undefined;
  return new ResultCache(options.checkCacheDir ?? join(projectRoot(process.cwd()), '.docwright_cache'), docwrightVersion());
}

const inputOf = (file: SourceFile): CheckInput => ({ path: file.path, text: file.text, language: file.language, settings: file.settings, ...(file.projectStyle ? { projectStyle: file.projectStyle } : {}) });

/** Everything that decides a file's findings besides its bytes and Docwright's version. */
const configOf = (plan: SourcePlan) => memoizedConfigHash({ language: plan.language, settings: plan.settings, projectStyle: plan.projectStyle ?? null });

const configHashes = new Map<string, string>();

/** configHash, computed once per distinct configuration (most files of a run share one). */
function memoizedConfigHash(config: unknown): string {
  const key = JSON.stringify(config, (_, value: unknown) => (value instanceof Set ? [...value].map(String).sort() : value));
  let hash = configHashes.get(key);
  if (hash === undefined) configHashes.set(key, (hash = configHash(config)));
  return hash;
}

/** A file to check, and what the cache needs to remember its outcome. */
interface Work {
  file: SourceFile;
  config?: string;
  key?: string;
}

type Slot = { file: string; outcome: CheckOutcome } | { file: string; work: Work };

/**
 * Outcomes of the files that could be read, in input order. `report` gets each problem: as it
 * happens with one thread, after the run (in input order) with a pool.
 */
export async function checkFiles(paths: readonly string[], options: Options, configs: ProjectConfigs, threads: number, report: (message: string) => void, cache: ResultCache | undefined): Promise<FileOutcome[]> {
  await cache?.loadIndex();
  /** Results in input order: an outcome already known (from the cache), or work for a checker. */
  const slots: Slot[] = [];
  const outcomes: FileOutcome[] = [];
  const finish = async (file: string, outcome: CheckOutcome, work?: Work): Promise<FileOutcome> => {
    if (cache && work?.key && work.config && ('findings' in outcome || outcome.lasting)) {
      cache.put(work.key, outcome, file);
      cache.remember(file, work.file.stats, work.file.readAt, work.config, work.key);
    }
    if ('problem' in outcome) {
      report(outcome.problem);
      return { file, findings: undefined };
    }
    return { file, findings: outcome.findings };
  };
  // Files are planned, looked up in the cache and read a window ahead, so the disk is never waited
  // for one file at a time; what this reports is replayed in input order.
  const read = async (path: string): Promise<{ messages: string[]; slot?: Slot }> => {
    const messages: string[] = [];
    const note = (message: string) => messages.push(message);
    try {
      const plan = await planSource(path, options, configs, note);
      if (!plan) return { messages };
      const config = cache ? configOf(plan) : undefined;
      const indexed = cache && config ? cache.lookup(plan.path, config) : undefined;
      if (indexed) return { messages, slot: { file: plan.path, outcome: indexed } };
      const file = await readPlanned(plan, options, note);
      if (!file) return { messages };
      const key = cache && config ? cache.key(file.hash(), config) : undefined;
      const cached = cache && key ? cache.get(key, file.path) : undefined;
      if (cached && config && key) {
        cache!.remember(file.path, file.stats, file.readAt, config, key);
        return { messages, slot: { file: file.path, outcome: cached } };
      }
      return { messages, slot: { file: file.path, work: { file, config, key } } };
    } catch (error) {
      messages.push(`${path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed`);
      return { messages };
    }
  };
  // With threads, work goes to the pool as it is read (the workers check while the rest is read),
  // once there is enough of it to be worth starting them; less than that is checked here.
  const pooled = threads > 1 && existsSync(CHECK_WORKER);
  const queue = new AsyncQueue<CheckInput>();
  const held: CheckInput[] = [];
  let heldChars = 0;
  let pool: Promise<CheckOutcome[]> | undefined;
  const enqueue = (input: CheckInput) => {
    if (pool) return queue.push(input);
    held.push(input);
    heldChars += input.text.length;
    if (pooled && heldChars >= POOL_MIN_CHARS) {
      pool = mapInPool<CheckInput, CheckOutcome>(queue, { script: CHECK_WORKER, size: threads, crashed: (item, reason) => ({ problem: `${item.path}: not checked: ${reason}` }) });
      pool.catch(() => undefined); // awaited below; a rejection must not be unhandled meanwhile
      for (const item of held) queue.push(item);
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
    const { messages, slot } = await window.shift()!;
    fill();
    for (const message of messages) report(message);
    if (!slot) continue;
    if (threads > 1) {
      slots.push(slot);
      if ('work' in slot) enqueue(inputOf(slot.work.file));
    } else if ('outcome' in slot) outcomes.push(await finish(slot.file, slot.outcome));
    else outcomes.push(await finish(slot.file, await checkInput(inputOf(slot.work.file)), slot.work));
  }
  queue.close();
  if (threads > 1) {
    // Without the worker's script (a partial install) the files are still checked, here.
    const results = pool ? await pool : await inProcess(held);
    const work = slots.filter((s): s is Extract<Slot, { work: Work }> => 'work' in s);
    const answered = new Map(work.map((s, i) => [s, results[i]]));
    for (const slot of slots) outcomes.push('work' in slot ? await finish(slot.file, answered.get(slot)!, slot.work) : await finish(slot.file, slot.outcome));
  }
  await cache?.saveIndex();
  await cache?.prune();
  return outcomes;
}

async function inProcess(inputs: readonly CheckInput[]): Promise<CheckOutcome[]> {
  const results: CheckOutcome[] = [];
  for (const input of inputs) results.push(await checkInput(input));
  return results;
}
