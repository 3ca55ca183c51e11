/**
 * Which files a command reads: the files named, and the supported files below each folder named,
 * honouring .gitignore and .ignore files (nested ones too, as git, ripgrep and Ruff do), the
 * project's `exclude` globs and --exclude. The walk itself is src/core/io/sourceTree.ts, which the
 * editor's folder run shares.
 */
import { statSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { globMatcher, isExcluded } from '../core/config/project';
import { describeError, kindOf } from '../core/io/regularFile';
import { walkSourceTree, type TreeAccess } from '../core/io/sourceTree';
import { languageForPath } from '../languages';
import { readProjectFile, type ProjectConfigs } from './projectConfig';

export interface WalkOptions {
  /** --no-ignore: .gitignore and .ignore files are not read. */
  noIgnore: boolean;
  /** --exclude globs, relative to the current folder. */
  exclude: readonly string[];
  /** --force-exclude: a file named on the command line is excluded too. */
  forceExclude: boolean;
  configs: ProjectConfigs;
}

/** The local disk, for the shared walker. */
const disk: TreeAccess = {
  list: (dir) => readdir(dir, { withFileTypes: true }),
  read: readProjectFile,
  exists: (path) =>
    stat(path).then(
      () => true,
      () => false,
    ),
  join,
  parent: dirname,
};

/**
 * Files named, and the supported files below each folder named, in a stable order. A folder that
 * cannot be read, or a supported name that is not a regular file (a FIFO, a socket), is reported
 * and the walk goes on. A file named explicitly is kept even when ignored or excluded, unless --force-exclude.
 */
export async function expandPaths(paths: readonly string[], options: WalkOptions, report: (message: string) => void): Promise<string[]> {
  const out: string[] = [];
  const flagExcluded = globMatcher(options.exclude);
  const cwd = process.cwd();
  /** --exclude (relative to the current folder) or the governing configuration's `exclude`. */
  const excluded = async (path: string, isDir: boolean): Promise<boolean> => {
    const rel = relative(cwd, path).split(sep).join('/');
    const parts = rel.startsWith('..') ? [] : rel.split('/');
    if (options.exclude.length > 0 && parts.some((_, i) => flagExcluded(parts.slice(0, i + 1).join('/')))) return true;
    return isExcluded(await options.configs.forPath(path, isDir), path);
  };
  for (const path of paths) {
    let info;
    try {
      // Synchronous: pre-commit names every file, and a stat answered from the kernel's cache costs
      // microseconds, against a round trip through libuv's thread pool each.
      info = statSync(path);
    } catch (error) {
      report((error as NodeJS.ErrnoException).code === 'ENOENT' ? `${path}: no such file or folder` : `${path}: ${describeError(error)}`);
      continue;
    }
    const full = resolve(path);
    if (options.forceExclude && (await excluded(full, info.isDirectory()))) continue;
    if (info.isDirectory()) {
      // Names are shown as the user wrote the folder; ignore files and globs match absolute paths.
      await walkSourceTree({ shown: path, absolute: full }, disk, {
        accepts: (name) => languageForPath(name) !== undefined,
        excluded,
        onFile: (file) => out.push(file.shown),
        onSkipped: (where, why) =>
          report(why.kind === 'unreadable' ? `${where.shown}: cannot read the folder: ${describeError(why.error)}; skipped` : `${where.shown}: ${kindOf(why.entry as Dirent)}, not a regular file; skipped`),
      }, options.noIgnore);
    } else if (info.isFile()) out.push(path);
    else report(`${path}: ${kindOf(info)}, not a regular file; skipped`);
  }
  return out;
}
