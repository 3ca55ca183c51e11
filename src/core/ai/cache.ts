/**
 * Cache of validated model answers. Memory: an LRU bounded by bytes. Disk (optional): one JSON file
 * per entry in a directory of our own (the extension passes its workspace storage folder, the CLI
 * `--cache-dir`), so large data never goes through workspace state and several windows can share it
 * without an index to fight over. A file's mtime is its last use (LRU across processes); its
 * `createdAt` is its age (expiry). Identical requests in flight run once.
 *
 * The disk is an optimisation, never a reason to fail: a folder that cannot be created or read turns
 * the disk off, one that cannot be written turns writes off, each said once (`onDiskProblem`), and
 * the run goes on with the memory cache.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LRUCache } from 'lru-cache';
import { readRegularFile } from '../io/regularFile';
import { answerSchema, MAX_ANSWER_CHARS, type DocAnswer } from './schema';
import type { PromptContext } from './prompt';

/** Bumped when the file layout changes; files of other versions are ignored (and evicted by size). */
export const CACHE_FORMAT_VERSION = 1;

export interface CacheKeyParts {
  source: string;
  context: PromptContext;
  style: string;
  model: string;
  promptVersion: string;
  /** The names the answer was asked to describe. */
  fields?: readonly string[];
}

/** Trailing whitespace and line endings do not change the answer, so they do not change the key. */
export function normaliseSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
}

/** How getOrCompute treats the cache for one call. */
export interface ComputePolicy {
  /** Ask again even when an answer is cached ("Regenerate"); the new answer replaces it. */
  refresh?: boolean;
  /** Whether an answer describes everything it should: an incomplete one is neither kept nor, found in the cache, used. */
  complete?: (answer: DocAnswer) => boolean;
}

export function descriptionCacheKey(parts: CacheKeyParts): string {
  const canonical = JSON.stringify([
    normaliseSource(parts.source),
    parts.context.classSignature ?? null,
    parts.context.moduleSummary ?? null,
    parts.style,
    parts.model,
    parts.promptVersion,
    parts.fields ?? [],
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface DescriptionCacheOptions {
  /** Folder for the persistent cache; none: memory only. */
  directory?: string;
  /** Default 8 MB. */
  maxMemoryBytes?: number;
  /** Default 32 MB. */
  maxDiskBytes?: number;
  /** Entries older than this are misses. Default 30 days. */
  ttlMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /**
   * The folder cannot be created, read or written: called once with the reason; the cache goes on
   * in memory (and still reads the folder when only writes fail).
   */
  onDiskProblem?: (reason: string) => void;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries and bytes on disk with a directory, else in memory. */
  entries: number;
  bytes: number;
}

interface Entry {
  version: number;
  key: string;
  createdAt: number;
  answer: DocAnswer;
}

interface InFlight {
  promise: Promise<DocAnswer>;
  controller: AbortController;
  waiters: number;
}

const FILE = /^[0-9a-f]{64}\.json$/;

/**
 * A file bigger than this is not one of ours (an answer is at most MAX_ANSWER_CHARS, a little more
 * as JSON): it is a miss, never read into memory.
 */
const MAX_ENTRY_FILE_BYTES = 4 * MAX_ANSWER_CHARS;

type DiskIndex = Map<string, { bytes: number; usedAt: number }>;

/** `error`'s message (Node's say the code, the call and the path). */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Makes `dir` and its missing parents, one level at a time from the nearest folder that exists.
 * Not `fs.mkdir(dir, { recursive: true })`: it loops forever where mkdir answers ENOENT under a
 * folder that exists (under /proc, for one), and says EEXIST for a file in the way.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const stat = await fs.stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stat) {
      if (!stat.isDirectory()) throw new Error(current === resolve(dir) ? 'it is not a folder' : `${current} is not a folder`);
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break; // the root itself is missing: mkdir says why below
    current = parent;
  }
  // Each level once, parents first: bounded by the path's depth.
  for (const folder of missing.reverse()) {
    await fs.mkdir(folder).catch(async (error: NodeJS.ErrnoException) => {
      // Another window made it meanwhile.
      if (error.code === 'EEXIST' && (await fs.stat(folder).catch(() => undefined))?.isDirectory()) return;
      throw error;
    });
  }
}

/** `promise`, or the caller's abort, whichever comes first; the shared work goes on for the others. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

export class DescriptionCache {
  private readonly memory: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, InFlight>();
  /** Disk index: file bytes and last use, read once from the directory. */
  private disk: Promise<DiskIndex> | undefined;
  /** The folder could not be created or read: memory only from then on. */
  private diskOff = false;
  /** A write failed: reads go on, nothing more is written. */
  private writesOff = false;
  private problemSaid = false;
  private hits = 0;
  private misses = 0;
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly maxDiskBytes: number;

  constructor(private readonly options: DescriptionCacheOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? 30 * 24 * 3600 * 1000;
    this.maxDiskBytes = options.maxDiskBytes ?? 32 * 1024 * 1024;
    this.memory = new LRUCache<string, Entry>({
      maxSize: options.maxMemoryBytes ?? 8 * 1024 * 1024,
      sizeCalculation: (entry) => Buffer.byteLength(JSON.stringify(entry)),
    });
  }

  private expired(entry: Entry): boolean {
    return this.now() - entry.createdAt > this.ttlMs;
  }

  private file(key: string): string {
    return join(this.options.directory as string, `${key}.json`);
  }

  /** Says the first disk problem, once; later ones are the same fault and stay quiet. */
  private diskProblem(reason: string): void {
    if (this.problemSaid) return;
    this.problemSaid = true;
    this.options.onDiskProblem?.(reason);
  }

  /** The disk is in use: a folder is set and it could be created and read. */
  private async diskOn(): Promise<boolean> {
    if (!this.options.directory || this.diskOff) return false;
    await this.index();
    return !this.diskOff;
  }

  /** Never rejects: a folder that cannot be made or listed turns the disk off (an empty index). */
  private index(): Promise<DiskIndex> {
    this.disk ??= (async () => {
      const index: DiskIndex = new Map();
      const dir = this.options.directory as string;
      try {
        await makeFolder(dir);
        for (const name of await fs.readdir(dir)) {
          if (!FILE.test(name)) continue;
          const stat = await fs.stat(join(dir, name)).catch(() => undefined);
          if (stat) index.set(name.slice(0, -5), { bytes: stat.size, usedAt: stat.mtimeMs });
        }
      } catch (error) {
        this.diskOff = true;
        index.clear();
        this.diskProblem(messageOf(error));
      }
      return index;
    })();
    return this.disk;
  }

  private async readDisk(key: string, use = true): Promise<Entry | undefined> {
    if (!(await this.diskOn())) return undefined;
    const index = await this.index();
    let entry: Entry;
    try {
      // Bounded, regular files only: an entry planted as a FIFO or a link to /dev/zero is a miss, not a hang.
      entry = JSON.parse((await readRegularFile(this.file(key), MAX_ENTRY_FILE_BYTES, { noFollow: true })).toString('utf8')) as Entry;
    } catch {
      return undefined; // absent, or half-written by another window: a miss
    }
    if (entry?.version !== CACHE_FORMAT_VERSION || entry.key !== key || !answerSchema.safeParse(entry.answer).success) return undefined;
    if (this.expired(entry)) {
      await this.remove(key);
      return undefined;
    }
    if (use) {
      const usedAt = this.now();
      await fs.utimes(this.file(key), usedAt / 1000, usedAt / 1000).catch(() => undefined);
      const known = index.get(key);
      if (known) known.usedAt = usedAt;
    }
    return entry;
  }

  /** Forgets an entry on disk; a file that cannot be removed (a read-only folder) is only forgotten. */
  private async remove(key: string): Promise<void> {
    (await this.index()).delete(key);
    if (!this.diskOff && !this.writesOff) await fs.rm(this.file(key), { force: true }).catch(() => undefined);
  }

  /** Never rejects: the first failed write turns writes off, with one warning. */
  private async writeDisk(entry: Entry): Promise<void> {
    if (!(await this.diskOn()) || this.writesOff) return;
    const index = await this.index();
    const text = JSON.stringify(entry);
    const temp = `${this.file(entry.key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      // Write then rename: another window never reads half a file.
      await fs.writeFile(temp, text);
      const usedAt = this.now();
      await fs.utimes(temp, usedAt / 1000, usedAt / 1000);
      await fs.rename(temp, this.file(entry.key));
      index.set(entry.key, { bytes: Buffer.byteLength(text), usedAt });
    } catch (error) {
      this.writesOff = true;
      await fs.rm(temp, { force: true }).catch(() => undefined);
      this.diskProblem(`the cache could not be written (${messageOf(error)})`);
      return;
    }
    await this.evict(index);
  }

  /** Least recently used files go first until the folder is within its bound. */
  private async evict(index: DiskIndex): Promise<void> {
    let total = [...index.values()].reduce((sum, e) => sum + e.bytes, 0);
    if (total <= this.maxDiskBytes) return;
    for (const [key, e] of [...index.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt)) {
      if (total <= this.maxDiskBytes) break;
      total -= e.bytes;
      await this.remove(key);
      this.memory.delete(key);
    }
  }

  /** The cached answer for `key`, from memory or disk; undefined when absent or expired. Counts a hit or a miss. */
  async get(key: string): Promise<DocAnswer | undefined> {
    const found = await this.lookup(key);
    if (found) this.hits++;
    else this.misses++;
    return found;
  }

  /** The cached answer for `key`, counting nothing: a look ahead before the answer is asked for with `getOrCompute`. */
  peek(key: string): Promise<DocAnswer | undefined> {
    return this.lookup(key);
  }

  /** An answer asked for outside `getOrCompute` (one member of a grouped request): stored, and counted as the miss it was. */
  async fill(key: string, answer: DocAnswer): Promise<void> {
    this.misses++;
    await this.set(key, answer);
  }

  private async lookup(key: string): Promise<DocAnswer | undefined> {
    const inMemory = this.memory.get(key);
    if (inMemory && !this.expired(inMemory)) {
      if (this.options.directory) void this.touch(key);
      return inMemory.answer;
    }
    if (inMemory) this.memory.delete(key);
    // A disk fault is a miss: the model is asked rather than the symbol failed.
    const onDisk = await this.readDisk(key).catch(() => undefined);
    if (!onDisk) return undefined;
    this.memory.set(key, onDisk);
    return onDisk.answer;
  }

  /** Record a use on disk too, so the disk's LRU order follows memory hits. */
  private async touch(key: string): Promise<void> {
    if (!(await this.diskOn())) return;
    const usedAt = this.now();
    const known = (await this.index()).get(key);
    if (known) known.usedAt = usedAt;
    await fs.utimes(this.file(key), usedAt / 1000, usedAt / 1000).catch(() => undefined);
  }

  async set(key: string, answer: DocAnswer): Promise<void> {
    const entry: Entry = { version: CACHE_FORMAT_VERSION, key, createdAt: this.now(), answer };
    this.memory.set(key, entry);
    await this.writeDisk(entry);
  }

  /**
   * The cached answer, or `compute`'s (stored on success). Concurrent calls for one key share one
   * `compute`; each caller's `signal` cancels only that caller, and the shared work is cancelled
   * (its signal aborted) only when every caller has gone.
   */
  async getOrCompute(key: string, compute: (signal: AbortSignal) => Promise<DocAnswer>, signal?: AbortSignal, policy: ComputePolicy = {}): Promise<DocAnswer> {
    signal?.throwIfAborted();
    let flight = this.inFlight.get(key);
    if (!flight) {
      const cached = policy.refresh ? undefined : await this.lookup(key);
      if (cached && (policy.complete?.(cached) ?? true)) {
        this.hits++;
        return cached;
      }
      flight = this.inFlight.get(key); // another caller may have started while we looked
    }
    if (!flight) {
      this.misses++;
      const controller = new AbortController();
      const started: InFlight = { controller, waiters: 0, promise: Promise.resolve(undefined as unknown as DocAnswer) };
      started.promise = (async () => {
        try {
          const answer = await compute(controller.signal);
          // An incomplete answer is used, never kept: the next run asks again.
          if (policy.complete?.(answer) ?? true) await this.set(key, answer).catch(() => undefined); // a full disk must not fail the answer
          return answer;
        } finally {
          this.inFlight.delete(key);
        }
      })();
      started.promise.catch(() => undefined); // rejections reach the callers through raceAbort
      this.inFlight.set(key, started);
      flight = started;
    } else this.hits++;
    const shared = flight;
    shared.waiters++;
    try {
      return await raceAbort(shared.promise, signal);
    } finally {
      shared.waiters--;
      if (shared.waiters === 0 && signal?.aborted) shared.controller.abort(signal.reason);
    }
  }

  /** Forget everything, in memory and on disk. */
  async clear(): Promise<void> {
    this.memory.clear();
    if (!(await this.diskOn())) return;
    const index = await this.index();
    for (const key of [...index.keys()]) await this.remove(key);
  }

  /** Every live entry, as one JSON backup file. */
  async export(toFile: string): Promise<number> {
    const entries = new Map<string, Entry>();
    for (const [key, entry] of this.memory.entries()) if (!this.expired(entry)) entries.set(key, entry);
    if (await this.diskOn()) {
      for (const key of (await this.index()).keys()) {
        if (entries.has(key)) continue;
        const entry = await this.readDisk(key, false); // a backup is not a use
        if (entry) entries.set(key, entry);
      }
    }
    const body = { version: CACHE_FORMAT_VERSION, exportedAt: new Date(this.now()).toISOString(), entries: [...entries.values()] };
    await fs.writeFile(toFile, `${JSON.stringify(body, null, 1)}\n`);
    return entries.size;
  }

  async stats(): Promise<CacheStats> {
    if (await this.diskOn()) {
      const index = await this.index();
      return { hits: this.hits, misses: this.misses, entries: index.size, bytes: [...index.values()].reduce((s, e) => s + e.bytes, 0) };
    }
    return { hits: this.hits, misses: this.misses, entries: this.memory.size, bytes: this.memory.calculatedSize };
  }
}
