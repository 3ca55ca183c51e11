/**
 * Writing a file of our own (a batch state, a downloaded results file) so that a kill at any moment
 * leaves the old file or the new one, never half of one: a temporary file beside the target,
 * flushed, renamed over it. The temporary name is the one `src/cli/safeFs.ts` uses
 * (`.docwright-<pid>-<hex>.tmp`), so a crash leaves at most a recognisable file. Unlike
 * `safeFs.writeAtomically` it replaces whatever is there (no expected hash): these files are ours.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A temporary file of `writeFileAtomic` (or of the CLI's safe writes). */
export const ATOMIC_TEMP_FILE = /^\.docwright-\d+-[0-9a-f]+\.tmp$/;

/**
 * Replaces (or creates) `path` with `data`. The folder must exist. On failure the temporary file
 * is removed and the error (Node's, naming the path) is thrown; the target is left as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.docwright-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    // O_EXCL: never write through a file or link someone planted under the temporary name.
    handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename is durable once the folder is flushed; a folder that cannot be opened is not an error.
  const dir = await fs.open(folder, constants.O_RDONLY).catch(() => undefined);
  await dir?.sync().catch(() => undefined);
  await dir?.close().catch(() => undefined);
}

/** `name` is one of our temporary files (for listings that must skip them). */
export function isAtomicTempFile(path: string): boolean {
  return ATOMIC_TEMP_FILE.test(basename(path));
}
