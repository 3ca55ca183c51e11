/**
 * Which files a command reads: the files named, and the supported files below each folder named,
 * honouring .gitignore and .ignore files (nested ones too, as git, ripgrep and Ruff do), the
 * project's `exclude` globs and --exclude. The `ignore` package implements git's pattern rules
 * (negation, anchoring, directory-only patterns), which a hand-written matcher would get subtly wrong.
 */
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globMatcher, isExcluded } from '../core/config/project';
import { describeError, kindOf } from '../core/io/regularFile';
import { readProjectFile, type ProjectConfigs } from './projectConfig';

const WALKED = /\.(py|ts|tsx|js|jsx)$/;
/** Never walked, whatever the ignore files say. */
const SKIPPED_DIRS = new Set(['node_modules', '__pycache__']);
const IGNORE_FILES = ['.gitignore', '.ignore'];

export interface WalkOptions {
  /** --no-ignore: .gitignore and .ignore files are not read. */
  noIgnore: boolean;
  /** --exclude globs, relative to the current folder. */
  exclude: readonly string[];
  /** --force-exclude: a file named on the command line is excluded too. */
  forceExclude: boolean;
  configs: ProjectConfigs;
}

/** The ignore rules of one folder, matched against paths relative to it. */
interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

/**
 * A folder's ignore rules: its .gitignore and .ignore, and at a repository's root also
 * .git/info/exclude (the repository's own ignore list, first so the checked-in files can override it).
 */
async function ignoreLevel(dir: string): Promise<IgnoreLevel | undefined> {
  const names = [join('.git', 'info', 'exclude'), ...IGNORE_FILES];
  const texts = (await Promise.all(names.map((name) => readProjectFile(join(dir, name))))).filter((t): t is string => t !== undefined);
  return texts.length > 0 ? { base: dir, rules: ignore().add(texts.join('\n')) } : undefined;
}

/** Whether the levels (outermost first) ignore `path`; a deeper file's `!pattern` re-includes, as in git. */
function ignoredBy(levels: readonly IgnoreLevel[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const rel = relative(level.base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const result = level.rules.test(isDir ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The ignore files above a walked folder up to its git repository's root (none outside a repository). */
async function ancestorLevels(dir: string): Promise<IgnoreLevel[]> {
  const chain: string[] = [];
  for (let current = dirname(dir); ; current = dirname(current)) {
    chain.unshift(current);
    if (await exists(join(current, '.git'))) break;
    if (dirname(current) === current) return [];
  }
  return (await Promise.all(chain.map(ignoreLevel))).filter((l): l is IgnoreLevel => l !== undefined);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

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
  /** `dir` as the user wrote it (names are shown that way), below a path they named. */
  const walk = async (dir: string, levels: readonly IgnoreLevel[]): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      report(`${dir}: cannot read the folder: ${describeError(error)}; skipped`);
      return;
    }
    const full = resolve(dir);
    const own = options.noIgnore ? undefined : await ignoreLevel(full);
    const here = own ? [...levels, own] : levels;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const isDir = entry.isDirectory();
      // Hidden files and folders are skipped, as ripgrep does (.git, .venv, .eslintrc.js...).
      if (entry.name.startsWith('.') || (isDir ? SKIPPED_DIRS.has(entry.name) : !WALKED.test(entry.name) || entry.isSymbolicLink())) continue;
      const absolute = join(full, entry.name);
      if (ignoredBy(here, absolute, isDir) || (await excluded(absolute, isDir))) continue;
      if (isDir) await walk(path, here);
      // Decided from the directory entry: a FIFO or socket is never opened.
      else if (entry.isFile()) out.push(path);
      else report(`${path}: ${kindOf(entry)}, not a regular file; skipped`);
    }
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
    if (info.isDirectory()) await walk(path, options.noIgnore ? [] : await ancestorLevels(full));
    else if (info.isFile()) out.push(path);
    else report(`${path}: ${kindOf(info)}, not a regular file; skipped`);
  }
  return out;
}
