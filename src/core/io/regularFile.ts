/**
 * Reading a file that cannot hang or flood memory: it is opened without blocking (a FIFO is
 * refused, not waited on), checked to be a regular file within a size limit from its own handle
 * (no race with a swap), and read up to that limit only. Used for source files by the CLI and for
 * cache entries, which a repository could plant as FIFOs or links to devices.
 */
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type BigIntStats } from 'node:fs';

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

const REASONS: Record<string, string> = {
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
  ENAMETOOLONG: 'the name is too long',
};

/** An error from the file system in words, with its code. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

export interface ReadOptions {
  /** Refuse a symbolic link instead of following it (cache entries are never links). */
  noFollow?: boolean;
  /** Named in the size message (`--max-file-size`). */
  limitName?: string;
  /**
   * Read with blocking calls: a tenth of the CPU per file of the thread pool's round trips (the
   * CLI's files, read on a thread that only hands them out). The calling thread waits meanwhile.
   */
  blocking?: boolean;
}

/** An open file, whichever way it is read. */
interface OpenFile {
  stat(): Promise<BigIntStats> | BigIntStats;
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<number> | number;
  close(): Promise<void> | void;
}

async function openFile(path: string, flags: number, blocking: boolean): Promise<OpenFile> {
  if (blocking) {
    const fd = openSync(path, flags);
    return { stat: () => fstatSync(fd, { bigint: true }), read: (buffer, offset, length, position) => readSync(fd, buffer, offset, length, position), close: () => closeSync(fd) };
  }
  const handle = await fs.open(path, flags);
  return { stat: () => handle.stat({ bigint: true }), read: async (buffer, offset, length, position) => (await handle.read(buffer, offset, length, position)).bytesRead, close: () => handle.close() };
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws a FileProblem for anything else: not a
 * regular file (refused from its fstat, before any read), too large, unreadable.
 */
export async function readRegularFile(path: string, maxBytes: number, options: ReadOptions = {}): Promise<Buffer> {
  return (await readRegularFileWithStats(path, maxBytes, options)).bytes;
}

/** `readRegularFile`, with the fstat taken from the open handle before the bytes were read (what a stat-keyed cache may record). */
export async function readRegularFileWithStats(path: string, maxBytes: number, options: ReadOptions = {}): Promise<{ bytes: Buffer; stats: BigIntStats }> {
  const limit = options.limitName ? ` (${options.limitName})` : '';
  let handle: OpenFile;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await openFile(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0), options.blocking === true);
  } catch (error) {
    throw new FileProblem(`cannot read the file: ${describeError(error)}`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileProblem(`${kindOf(stats)}, not a regular file; skipped`);
    const size = Number(stats.size);
    if (size > maxBytes) throw new FileProblem(`${size} bytes, over the size limit of ${maxBytes} bytes${limit}; skipped`);
    // Read one byte past the size: a file that grew since the stat is caught too. Not zeroed: only
    // the bytes read are handed out.
    const buffer = Buffer.allocUnsafeSlow(Math.min(maxBytes, size) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > size) throw new FileProblem(length > maxBytes ? `more than the size limit of ${maxBytes} bytes${limit}; skipped` : 'changed while it was being read; run again');
    return { bytes: buffer.subarray(0, length), stats };
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`cannot read the file: ${describeError(error)}`);
  } finally {
    try {
      await handle.close();
    } catch {
      // Closing a read-only file cannot lose anything; the bytes (or the reason) are what counts.
    }
  }
}
