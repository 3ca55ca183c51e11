/**
 * The CLI's writes, which cannot lose data: atomic (a temporary file beside the original, flushed,
 * renamed over it), and only while the file still holds what the run read. Reads go through
 * core/io/regularFile, which cannot hang on a FIFO or read past a size limit.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeError, FileProblem, readRegularFile } from '../core/io/regularFile';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes now, or undefined when it no longer exists. */
async function currentBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readRegularFile(path, Number.MAX_SAFE_INTEGER);
  } catch (error) {
    if (error instanceof FileProblem && /\(ENOENT\)/.test(error.message)) return undefined;
    throw error;
  }
}

/**
 * Temporary files are hidden and named for Docwright, so a crash leaves a recognisable one at most;
 * the name is short and fixed in length, so a file with a long name can still be written.
 */
export const TEMP_FILE = /^\.docwright-\d+-[0-9a-f]+\.tmp$/;

/** Writes in progress: an exit waits for them, so it never leaves a temporary file behind. */
const writing = new Set<Promise<void>>();

/** Resolves when no write is in progress. */
export async function writesSettled(): Promise<void> {
  while (writing.size > 0) await Promise.allSettled([...writing]);
}

/**
 * Replaces the file at `path` with `bytes`, atomically, if it still holds the bytes whose hash is
 * `expectedHash`. A symlink is followed and its target replaced (the link stays a link); the mode
 * (and, when running as root, the owner) is kept. A kill at any moment leaves the old file or the
 * new one, never a mix or an empty file. Throws a FileProblem and leaves the file as it was otherwise.
 */
export function writeAtomically(path: string, bytes: Uint8Array, expectedHash: string): Promise<void> {
  const write = replaceFile(path, bytes, expectedHash);
  writing.add(write);
  void write.finally(() => writing.delete(write)).catch(() => undefined);
  return write;
}

async function replaceFile(path: string, bytes: Uint8Array, expectedHash: string): Promise<void> {
  let target: string;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileProblem('deleted during the run; not re-created');
    throw new FileProblem(`cannot write the file: ${describeError(error)}`);
  }
  const unchanged = async (): Promise<void> => {
    const now = await currentBytes(target);
    if (!now) throw new FileProblem('deleted during the run; not re-created');
    if (contentHash(now) !== expectedHash) throw new FileProblem('changed on disk during the run; run again');
  };
  await unchanged();
  const stats = await fs.stat(target);
  // A rename gives the path a new inode: the file's other names would keep the old text.
  if (stats.nlink > 1) throw new FileProblem(`has ${stats.nlink} hard links, which replacing it would split apart; it was left unchanged (apply the printed result without --write instead)`);
  const temp = join(dirname(target), `.docwright-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    await handle.writeFile(bytes);
    // The umask does not apply to chmod: the new file gets the old one's mode exactly.
    await handle.chmod(stats.mode & 0o7777);
    if (process.getuid?.() === 0) await handle.chown(stats.uid, stats.gid).catch(() => undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Checked again just before the rename: a save made while the temporary file was written wins.
    await unchanged();
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`cannot write the file: ${describeError(error)}; it was left unchanged`);
  }
  // The rename is durable once the folder is flushed; a folder that cannot be opened is not an error.
  const folder = await fs.open(dirname(target), constants.O_RDONLY).catch(() => undefined);
  await folder?.sync().catch(() => undefined);
  await folder?.close().catch(() => undefined);
}
