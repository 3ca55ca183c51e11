/**
 * File system access for the CLI that cannot hang or lose data: files are opened without blocking
 * (a FIFO named `x.py` is refused, not waited on), checked to be regular and within a size limit
 * before any byte is read, and written atomically (a temporary file beside the original, flushed,
 * renamed over it) only while the file still holds what the run read.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file could not be read or written; `message` is the reason, for `path: reason`. */
export class FileProblem extends Error {}

interface FileKind {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** What a file that is not regular is, in words (from a stat or a directory entry). */
export function kindOf(entry: FileKind): string {
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'no such file or folder',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  if (code && reasons[code]) return `${reasons[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws a FileProblem for anything else: not a
 * regular file (refused from its fstat, before any read), too large, unreadable.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileProblem(`cannot read the file: ${describeError(error)}`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileProblem(`${kindOf(stats)}, not a regular file; skipped`);
    if (stats.size > maxBytes) throw new FileProblem(`${stats.size} bytes, over the size limit of ${maxBytes} bytes (--max-file-size); skipped`);
    // Read one byte past the limit: a file that grew since the stat is caught too.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stats.size + 1, 1)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new FileProblem(`more than the size limit of ${maxBytes} bytes (--max-file-size); skipped`);
    if (length === buffer.length) {
      // It grew while being read and may still be growing: read it again next run.
      throw new FileProblem('changed while it was being read; run again');
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`cannot read the file: ${describeError(error)}`);
  } finally {
    await handle.close().catch(() => undefined);
  }
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

/** Temporary files are hidden and named for Docwright, so a crash leaves a recognisable one at most. */
export const TEMP_FILE = /^\..+\.docwright-\d+-[0-9a-f]+\.tmp$/;

/**
 * Replaces the file at `path` with `bytes`, atomically, if it still holds the bytes whose hash is
 * `expectedHash`. A symlink is followed and its target replaced (the link stays a link); the mode
 * (and, when running as root, the owner) is kept. A kill at any moment leaves the old file or the
 * new one, never a mix or an empty file. Throws a FileProblem and leaves the file as it was otherwise.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, expectedHash: string): Promise<void> {
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
  const temp = join(dirname(target), `.${basename(target)}.docwright-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
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
