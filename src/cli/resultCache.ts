/**
 * `check`'s result cache: a file's findings under a key made of its bytes' SHA-256, Docwright's
 * version and the file's effective configuration, so a warm re-run reads answers instead of
 * parsing. Stored in `.docwright_cache/` at the project root (with a `.gitignore` of `*` inside,
 * as Ruff does) or `--cache-dir`. Two runs may share it: entries are written to a temporary file
 * and renamed into place, and an entry that does not read back (corrupt, half-written by a
 * crash) is a miss. Bounded: past `maxEntries`, entries this run did not use go, oldest first.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readRegularFile } from '../core/io/regularFile';
import type { Reported } from './report';

/** What a run stores per file: its findings without the path (the same bytes may sit at another path). */
type Stored = Omit<Reported, 'file'>[];

const FORMAT = 1;
const DEFAULT_MAX_ENTRIES = 20_000;
/** An entry is one file's findings; a larger one was not written by Docwright. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

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

export class ResultCache {
  private readonly used = new Set<string>();
  private ready: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    private readonly version: string,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {}

  /** The entry name for a file: its bytes, Docwright's version, the configuration that applies to it. */
  key(bytes: Uint8Array, config: string): string {
    return createHash('sha256').update(`docwright-check ${FORMAT} ${this.version} ${config}\0`).update(bytes).digest('hex');
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** The stored findings, re-attached to `file`; undefined for a miss (absent, unreadable, corrupt). */
  async get(key: string, file: string): Promise<Reported[] | undefined> {
    let stored: unknown;
    try {
      // Bounded and regular files only: a planted FIFO or a link to /dev/zero is a miss, not a hang.
      stored = JSON.parse((await readRegularFile(this.path(key), MAX_ENTRY_BYTES)).toString('utf8'));
    } catch {
      return undefined;
    }
    if (!isStored(stored)) return undefined;
    this.used.add(key);
    return stored.findings.map((f) => ({ file, ...f }));
  }

  /** Stores findings; a failure to store (read-only folder, full disk) only loses the speed-up. */
  async put(key: string, findings: readonly Reported[]): Promise<void> {
    this.used.add(key);
    try {
      await this.prepare();
      const target = this.path(key);
      const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const body: { format: number; findings: Stored } = { format: FORMAT, findings: findings.map(({ file: _file, ...rest }) => rest) };
      await writeFile(temporary, JSON.stringify(body));
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
    const entries = names.filter((n) => n.endsWith('.json'));
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

function isStored(value: unknown): value is { format: number; findings: Stored } {
  if (!value || typeof value !== 'object') return false;
  const v = value as { format?: unknown; findings?: unknown };
  return v.format === FORMAT && Array.isArray(v.findings) && v.findings.every((f) => f && typeof f === 'object' && typeof (f as { code?: unknown }).code === 'string' && typeof (f as { line?: unknown }).line === 'number');
}
