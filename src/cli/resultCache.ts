/**
 * `check`'s result cache: a file's findings under a key made of its bytes' SHA-256, Docwright's
 * version and the file's effective configuration, so a warm re-run reads answers instead of
 * parsing. Stored in `.docwright_cache/` at the project root (with a `.gitignore` of `*` inside,
 * as Ruff does) or `--cache-dir`, as one file, `index.json`, read once and written once per run
 * (to a temporary file renamed into place): a file per entry cost a file creation per checked
 * file, more than a tenth of a cold run. Two runs may share it: a run merges what another saved
 * meanwhile before it writes, and an index that does not read back (corrupt, foreign, planted) is
 * empty. Bounded: past `maxEntries` outcomes, those this run did not use go, oldest first.
 *
 * In front of the outcomes, as git's index and Ruff's cache do, each file's path and fstat
 * (device, inode, size, modification and change times), so a warm run stats files instead of
 * reading and hashing them. A stat is only recorded once the file has been still for a while
 * (SETTLE_MS): a write in the same timestamp tick as the recorded one would otherwise look
 * unchanged. The change time cannot be set by a program, so a file swapped in with an old
 * modification time still misses; it is then read, and its bytes' key may still be known.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readRegularFile } from '../core/io/regularFile';
import type { CheckOutcome } from './checkFile';
import type { Reported } from './report';

/** A file's outcome without its path (the same bytes may sit at another path): findings, or why it could not be checked. */
type Stored = { findings: Omit<Reported, 'file'>[] } | { problem: string };

/** One file's last state: its stat signature, configuration hash and content key. */
interface FileEntry {
  s: string;
  c: string;
  k: string;
}

interface IndexFile {
  format: number;
  version: string;
  files: Record<string, FileEntry>;
  outcomes: Record<string, Stored>;
}

const FORMAT = 3;
const DEFAULT_MAX_ENTRIES = 20_000;
/** Paths the index remembers; past it, paths this run did not see go. */
const MAX_INDEX_ENTRIES = 100_000;
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
const INDEX_FILE = 'index.json';
/** The name of an entry file of format 2 (one per outcome; the AI cache's entries are named alike). */
const OLD_ENTRY = /^[0-9a-f]{64}\.json$/;
const MAX_OLD_ENTRY_BYTES = 16 * 1024 * 1024;
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
  /** Outcomes by key, oldest first; what this run uses or stores moves to the end. */
  private outcomes = new Map<string, Stored>();
  private files = new Map<string, FileEntry>();
  private readonly used = new Set<string>();
  /** Paths this run looked up (kept past the index's cap). */
  private readonly seen = new Set<string>();
  /** Paths whose entry this run set or removed: its word wins over another run's when saving. */
  private readonly touched = new Set<string>();
  private loaded = false;
  private changed = false;
  /** The index found was format 2's: its entry files are removed once. */
  private formerEntries = false;

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

  /** The index as saved: empty when absent, foreign (another format or version), corrupt or planted. */
  private async read(): Promise<{ files: Map<string, FileEntry>; outcomes: Map<string, Stored> }> {
    const empty = { files: new Map<string, FileEntry>(), outcomes: new Map<string, Stored>() };
    let stored: Partial<IndexFile>;
    try {
      // Bounded, regular files only, no link: a planted FIFO or a link to /dev/zero is empty, not a hang.
      stored = JSON.parse((await readRegularFile(join(this.dir, INDEX_FILE), MAX_INDEX_BYTES, { noFollow: true, blocking: true })).toString('utf8')) as Partial<IndexFile>;
    } catch {
      return empty;
    }
    // Format 2 came with an earlier Docwright (another version): its entry files are left over.
    if (stored?.format === 2) this.formerEntries = true;
    if (!stored || stored.format !== FORMAT || stored.version !== this.version || !isRecord(stored.files) || !isRecord(stored.outcomes)) return empty;
    const outcomes = new Map(Object.entries(stored.outcomes).filter((e): e is [string, Stored] => isStored(e[1])));
    const files = new Map(Object.entries(stored.files).filter((e): e is [string, FileEntry] => isFileEntry(e[1]) && outcomes.has(e[1].k)));
    return { files, outcomes };
  }

  /** Reads the index once. */
  async loadIndex(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    ({ files: this.files, outcomes: this.outcomes } = await this.read());
  }

  /** The last outcome of `file` when its stat and configuration are what they were; undefined otherwise (read it). */
  lookup(file: string, config: string): CheckOutcome | undefined {
    const path = resolve(file);
    this.seen.add(path);
    const entry = this.files.get(path);
    if (!entry || entry.c !== config) return undefined;
    let stats: BigIntStats;
    try {
      stats = statSync(path, { bigint: true });
    } catch {
      return undefined;
    }
    if (!stats.isFile() || statSignature(stats, this.now()) !== entry.s) return undefined;
    return this.get(entry.k, file);
  }

  /**
   * Records a file's stat, configuration and key, with the fstat taken before its bytes were read,
   * settled against `readAt`, when reading began (not now: with worker threads the outcome comes
   * long after the read, and a write right after the read must not pass for settled). Nothing
   * while the file may still have been changing. Its outcome is `put` under the key.
   */
  remember(file: string, stats: BigIntStats, readAt: number, config: string, key: string): void {
    const path = resolve(file);
    const signature = statSignature(stats, readAt);
    this.touched.add(path);
    if (!signature) {
      if (this.files.delete(path)) this.changed = true;
      return;
    }
    const before = this.files.get(path);
    if (before && before.s === signature && before.c === config && before.k === key) return;
    this.files.set(path, { s: signature, c: config, k: key });
    this.changed = true;
  }

  /** The stored outcome under `key`, re-attached to `file`; undefined for a miss. */
  get(key: string, file: string): CheckOutcome | undefined {
    const stored = this.outcomes.get(key);
    if (!stored) return undefined;
    this.use(key, stored);
    return withPath(stored, file);
  }

  /** Stores `file`'s outcome under `key` (written by `saveIndex`). */
  put(key: string, outcome: CheckOutcome, file: string): void {
    this.use(key, withoutPath(outcome, file));
    this.changed = true;
  }

  /** Marks `key` used by this run: kept past the cap, and the newest. */
  private use(key: string, stored: Stored): void {
    this.used.add(key);
    this.outcomes.delete(key);
    this.outcomes.set(key, stored);
  }

  /**
   * Writes the index when this run changed it: what another run saved meanwhile is merged in
   * (its outcomes, and its files this run did not touch), then bounded, then written to a
   * temporary file renamed into place, so a reader sees the old index or the new one. A failure
   * to store (read-only folder, full disk) only loses the speed-up.
   */
  async saveIndex(): Promise<void> {
    if (!this.changed) return;
    const saved = await this.read();
    const outcomes = new Map([...saved.outcomes].filter(([key]) => !this.outcomes.has(key)));
    for (const [key, stored] of this.outcomes) outcomes.set(key, stored);
    const files = new Map([...saved.files].filter(([path]) => !this.touched.has(path)));
    for (const [path, entry] of this.files) if (!files.has(path) || this.touched.has(path)) files.set(path, entry);
    for (const key of outcomes.keys()) {
      if (outcomes.size <= this.maxEntries) break;
      if (!this.used.has(key)) outcomes.delete(key);
    }
    for (const [path, entry] of files) {
      if (!outcomes.has(entry.k) || (files.size > MAX_INDEX_ENTRIES && !this.seen.has(path))) files.delete(path);
    }
    const index: IndexFile = { format: FORMAT, version: this.version, files: Object.fromEntries(files), outcomes: Object.fromEntries(outcomes) };
    try {
      this.prepare();
      const target = join(this.dir, INDEX_FILE);
      const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(temporary, JSON.stringify(index), { flag: 'wx' });
      try {
        renameSync(temporary, target);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
      this.changed = false;
    } catch {
      // not cached this time
    }
  }

  /** The folder, with a .gitignore that ignores it all (another run may have made it). */
  private prepare(): void {
    mkdirSync(this.dir, { recursive: true });
    const ignore = join(this.dir, '.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, '# Automatically created by docwright.\n*\n');
  }

  /**
   * Removes what runs left behind: temporary files older than a minute (a younger one may be
   * another run's write in progress), and after an upgrade, format 2's entry files (read first:
   * only a check outcome goes, never an AI answer sharing the folder).
   */
  async prune(): Promise<number> {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        if ((this.formerEntries && OLD_ENTRY.test(name) && (await isFormerEntry(path))) || (name.endsWith('.tmp') && Date.now() - statSync(path).mtimeMs > 60_000)) {
          rmSync(path, { force: true });
          removed++;
        }
      } catch {
        // gone already, or not ours to remove
      }
    }
    return removed;
  }
}

async function isFormerEntry(path: string): Promise<boolean> {
  const entry = JSON.parse((await readRegularFile(path, MAX_OLD_ENTRY_BYTES, { noFollow: true, blocking: true })).toString('utf8')) as unknown;
  return isRecord(entry) && entry.format === 2 && isStored(entry);
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function isFileEntry(value: unknown): value is FileEntry {
  return isRecord(value) && typeof value.s === 'string' && typeof value.c === 'string' && typeof value.k === 'string';
}

function isStored(value: unknown): value is Stored {
  if (!value || typeof value !== 'object') return false;
  const v = value as { findings?: unknown; problem?: unknown };
  if (typeof v.problem === 'string') return true;
  return Array.isArray(v.findings) && v.findings.every((f) => f && typeof f === 'object' && typeof (f as { code?: unknown }).code === 'string' && typeof (f as { line?: unknown }).line === 'number');
}
