/**
 * `check`'s result cache: a file's findings under a key made of its bytes' SHA-256, Docwright's
 * version and the file's effective configuration, so a warm re-run reads answers instead of
 * parsing. Stored in `.docwright_cache/` at the project root (with a `.gitignore` of `*` inside,
 * as Ruff does) or `--cache-dir`. Two runs may share it: entries are written to a temporary file
 * and renamed into place, and an entry that does not read back (corrupt, half-written by a
 * crash) is a miss. Bounded: past `maxEntries`, entries this run did not use go, oldest first.
 *
 * In front of it, as git's index and Ruff's cache do, an index from each file's path and fstat
 * (device, inode, size, modification and change times) to its last outcome, so a warm run stats
 * files instead of reading and hashing them. A stat is only recorded once the file has been
 * still for a while (SETTLE_MS): a write in the same timestamp tick as the recorded one would
 * otherwise look unchanged. The change time cannot be set by a program, so a file swapped in
 * with an old modification time still misses.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync, type BigIntStats } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readRegularFile } from '../core/io/regularFile';
import type { CheckOutcome } from './checkFile';
import type { Reported } from './report';

/** A file's outcome without its path (the same bytes may sit at another path): findings, or why it could not be checked. */
type Stored = { findings: Omit<Reported, 'file'>[] } | { problem: string };

/** One file's last outcome in the stat index: its stat signature, configuration hash, content key and outcome. */
interface IndexEntry {
  s: string;
  c: string;
  k: string;
  o: Stored;
}

const FORMAT = 2;
const DEFAULT_MAX_ENTRIES = 20_000;
/** Paths the stat index remembers; past it, paths this run did not see go. */
const MAX_INDEX_ENTRIES = 100_000;
/** An entry is one file's findings; a larger one was not written by Docwright. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
const INDEX_FILE = 'index.json';
/** How long a file must have been still before its stat stands for its content. */
export const SETTLE_MS = 3000;

/** The folder holding the nearest pyproject.toml, package.json or .git above `start`; else `start`. */
export function projectRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (['pyproject.toml', 'package.json', '.git'].some((name) => existsSync(join(dir, name)))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

/** A stable hash of a configuration object (sets as sorted lists, keys sorted). */
export function configHash(config: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Set) return [...value].map(String).sort();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(config) ?? null)).digest('hex');
}

/** What identifies a file's state without reading it; undefined while it may still be changing within a timestamp tick. */
export function statSignature(stats: BigIntStats, now = Date.now()): string | undefined {
  const latest = stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs;
  if (BigInt(now) * 1_000_000n - latest < BigInt(SETTLE_MS) * 1_000_000n) return undefined;
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** A problem line is `path: reason` or `path:line:col: reason`; stored without the path. */
function withoutPath(outcome: CheckOutcome, file: string): Stored {
  if ('findings' in outcome) return { findings: outcome.findings.map(({ file: _file, ...rest }) => rest) };
  return { problem: outcome.problem.startsWith(file) ? outcome.problem.slice(file.length) : `: ${outcome.problem}` };
}

function withPath(stored: Stored, file: string): CheckOutcome {
  return 'findings' in stored ? { findings: stored.findings.map((f) => ({ file, ...f })) } : { problem: `${file}${stored.problem}`, lasting: true };
}

export class ResultCache {
  private readonly used = new Set<string>();
  private ready: Promise<void> | undefined;
  private index: Map<string, IndexEntry> | undefined;
  private readonly seen = new Set<string>();
  private indexChanged = false;

  constructor(
    readonly dir: string,
    private readonly version: string,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
    /** The clock stat signatures are settled against (tests move it). */
    private readonly now: () => number = Date.now,
  ) {}

  /** The entry name for a file: its content hash, Docwright's version, the configuration that applies to it. */
  key(contentHash: string, config: string): string {
    return createHash('sha256').update(`docwright-check ${FORMAT} ${this.version} ${config}\0${contentHash}`).digest('hex');
  }

  /** Reads the stat index once; an absent, foreign or corrupt one is empty. */
  async loadIndex(): Promise<void> {
    if (this.index) return;
    this.index = new Map();
    try {
      const stored = JSON.parse((await readRegularFile(join(this.dir, INDEX_FILE), MAX_INDEX_BYTES, { noFollow: true })).toString('utf8')) as { format?: unknown; version?: unknown; entries?: unknown };
      if (stored.format !== FORMAT || stored.version !== this.version || !stored.entries || typeof stored.entries !== 'object') return;
      this.index = new Map(Object.entries(stored.entries as Record<string, IndexEntry>));
    } catch {
      // no index: every file is read
    }
  }

  /** The last outcome of `file` when its stat and configuration are what they were; undefined otherwise (read it). */
  lookup(file: string, config: string): CheckOutcome | undefined {
    const path = resolve(file);
    this.seen.add(path);
    const entry = this.index?.get(path);
    if (!entry || typeof entry !== 'object' || entry.c !== config || typeof entry.s !== 'string' || !isStored(entry.o)) return undefined;
    let stats: BigIntStats;
    try {
      stats = statSync(path, { bigint: true });
    } catch {
      return undefined;
    }
    if (!stats.isFile() || statSignature(stats, this.now()) !== entry.s) return undefined;
    this.used.add(entry.k);
    return withPath(entry.o, file);
  }

  /**
   * Records a file's outcome under the fstat taken before its bytes were read, settled against
   * `readAt`, when reading began (not now: with worker threads the outcome comes long after the
   * read, and a write right after the read must not pass for settled). Nothing while the file may
   * still have been changing.
   */
  remember(file: string, stats: BigIntStats, readAt: number, config: string, key: string, outcome: CheckOutcome): void {
    const path = resolve(file);
    const signature = statSignature(stats, readAt);
    const index = (this.index ??= new Map());
    if (!signature) {
      if (index.delete(path)) this.indexChanged = true;
      return;
    }
    const before = index.get(path);
    if (before && before.s === signature && before.c === config && before.k === key) return;
    index.set(path, { s: signature, c: config, k: key, o: withoutPath(outcome, file) });
    this.indexChanged = true;
  }

  /** Writes the stat index when this run changed it (atomically; the last of two concurrent runs wins, which costs only speed). */
  async saveIndex(): Promise<void> {
    const index = this.index;
    if (!index || !this.indexChanged) return;
    if (index.size > MAX_INDEX_ENTRIES) {
      for (const path of index.keys()) {
        if (index.size <= MAX_INDEX_ENTRIES) break;
        if (!this.seen.has(path)) index.delete(path);
      }
    }
    await this.writeAtomically(join(this.dir, INDEX_FILE), JSON.stringify({ format: FORMAT, version: this.version, entries: Object.fromEntries(index) }));
    this.indexChanged = false;
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** The stored outcome, re-attached to `file`; undefined for a miss (absent, unreadable, corrupt). */
  async get(key: string, file: string): Promise<CheckOutcome | undefined> {
    let stored: unknown;
    try {
      // Bounded and regular files only: a planted FIFO or a link to /dev/zero is a miss, not a hang.
      stored = JSON.parse((await readRegularFile(this.path(key), MAX_ENTRY_BYTES)).toString('utf8'));
    } catch {
      return undefined;
    }
    if (!stored || typeof stored !== 'object' || (stored as { format?: unknown }).format !== FORMAT) return undefined;
    const { format: _format, ...outcome } = stored as { format: number };
    if (!isStored(outcome)) return undefined;
    this.used.add(key);
    return withPath(outcome, file);
  }

  /** Stores `file`'s outcome under `key`; a failure to store (read-only folder, full disk) only loses the speed-up. */
  async put(key: string, outcome: CheckOutcome, file: string): Promise<void> {
    this.used.add(key);
    await this.writeAtomically(this.path(key), JSON.stringify({ format: FORMAT, ...withoutPath(outcome, file) }));
  }

  /** Written to a temporary file and renamed into place: a reader sees the old file or the new one, never half of one. */
  private async writeAtomically(target: string, body: string): Promise<void> {
    try {
      await this.prepare();
      const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temporary, body);
      await rename(temporary, target).catch(async (error: unknown) => {
        await unlink(temporary).catch(() => undefined);
        throw error;
      });
    } catch {
      // not cached this time
    }
  }

  /** The folder, with a .gitignore that ignores it all (written once; another run may have made it). */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      const ignore = join(this.dir, '.gitignore');
      if (!existsSync(ignore)) await writeFile(ignore, '# Automatically created by docwright.\n*\n');
    })();
    return this.ready;
  }

  /** Past the cap, remove entries this run did not use, least recently written first (and stale temporary files). */
  async prune(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return 0;
    }
    const entries = names.filter((n) => n.endsWith('.json') && n !== INDEX_FILE);
    const stale = names.filter((n) => n.endsWith('.tmp'));
    let removed = 0;
    for (const name of stale) {
      // A temporary file older than a minute was left by a run that died; a younger one may be another run's write in progress.
      const info = await stat(join(this.dir, name)).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > 60_000 && (await rm(join(this.dir, name), { force: true }).then(() => true, () => false))) removed++;
    }
    if (entries.length <= this.maxEntries) return removed;
    const unused = entries.filter((n) => !this.used.has(n.slice(0, -'.json'.length)));
    const dated = await Promise.all(unused.map(async (name) => ({ name, at: (await stat(join(this.dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => a.at - b.at);
    for (const { name } of dated.slice(0, entries.length - this.maxEntries)) {
      if (await rm(join(this.dir, name), { force: true }).then(() => true, () => false)) removed++;
    }
    return removed;
  }
}

function isStored(value: unknown): value is Stored {
  if (!value || typeof value !== 'object') return false;
  const v = value as { findings?: unknown; problem?: unknown };
  if (typeof v.problem === 'string') return true;
  return Array.isArray(v.findings) && v.findings.every((f) => f && typeof f === 'object' && typeof (f as { code?: unknown }).code === 'string' && typeof (f as { line?: unknown }).line === 'number');
}
