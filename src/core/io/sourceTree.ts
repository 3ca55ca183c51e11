/**
 * Walking a folder for the source files a run documents or checks, shared by the CLI (node:fs) and
 * the editor's folder run (vscode.workspace.fs): .gitignore and .ignore files (nested ones too, and
 * those above the folder up to the git repository's root, as git, ripgrep and Ruff read them),
 * hidden entries and node_modules/__pycache__ skipped, and whatever `excluded` says. The file system
 * comes in through `TreeAccess`, so this module imports no Node built-in. The `ignore` package
 * implements git's pattern rules (negation, anchoring, directory-only patterns), which a
 * hand-written matcher would get subtly wrong.
 */
import ignore, { type Ignore } from 'ignore';
import { relativeToRoot } from '../config/project';

/** Never walked, whatever the ignore files say. */
const SKIPPED_DIRS = new Set(['node_modules', '__pycache__']);
const IGNORE_FILES = ['.gitignore', '.ignore'];

/** A directory entry (node's Dirent has this shape; the editor builds one from a vscode.FileType). */
export interface TreeEntry {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

export interface TreeAccess {
  /** The folder's entries; throws when it cannot be read. */
  list(dir: string): Promise<TreeEntry[]>;
  /** A (small) file's text, or undefined when it does not exist or cannot be read. */
  read(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
  join(dir: string, name: string): string;
  parent(dir: string): string;
}

/** A path as it is shown (the user's spelling) and as it is matched (absolute). */
export interface TreePath {
  shown: string;
  absolute: string;
}

export interface WalkHandlers {
  /** Whether the walk takes this file name (its extension). */
  accepts(name: string): boolean;
  /** An exclusion beyond the ignore files (globs, settings); asked about folders too, to prune them. */
  excluded(absolute: string, isDir: boolean): boolean | Promise<boolean>;
  onFile(path: TreePath): void;
  /** A folder that cannot be read, or a supported name that is not a regular file (a FIFO, a socket). */
  onSkipped(path: TreePath, reason: { kind: 'unreadable'; error: unknown } | { kind: 'not-regular'; entry: TreeEntry }): void;
  /** Called before each folder is read: a cancelled run stops walking. */
  cancelled?(): boolean;
}

/** The ignore rules of one folder, matched against paths relative to it. */
export interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

/**
 * A folder's ignore rules: its .gitignore and .ignore, and at a repository's root also
 * .git/info/exclude (the repository's own ignore list, first so the checked-in files can override it).
 */
async function ignoreLevel(dir: string, access: TreeAccess): Promise<IgnoreLevel | undefined> {
  const paths = [access.join(access.join(access.join(dir, '.git'), 'info'), 'exclude'), ...IGNORE_FILES.map((name) => access.join(dir, name))];
  const texts = (await Promise.all(paths.map((path) => access.read(path)))).filter((t): t is string => t !== undefined);
  return texts.length > 0 ? { base: dir, rules: ignore().add(texts.join('\n')) } : undefined;
}

/** Whether the levels (outermost first) ignore `path`; a deeper file's `!pattern` re-includes, as in git. */
export function ignoredBy(levels: readonly IgnoreLevel[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const rel = relativeToRoot(level.base, path);
    if (!rel) continue;
    const result = level.rules.test(isDir ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The ignore files above a walked folder up to its git repository's root (none outside a repository). */
export async function ancestorLevels(dir: string, access: TreeAccess): Promise<IgnoreLevel[]> {
  const chain: string[] = [];
  for (let current = access.parent(dir); ; current = access.parent(current)) {
    chain.unshift(current);
    if (await access.exists(access.join(current, '.git'))) break;
    if (access.parent(current) === current) return [];
  }
  return (await Promise.all(chain.map((d) => ignoreLevel(d, access)))).filter((l): l is IgnoreLevel => l !== undefined);
}

/**
 * Every accepted file below `dir`, in a stable order (names sorted), reported through `handlers`.
 * `noIgnore`: no ignore file is read (the CLI's --no-ignore).
 */
export async function walkSourceTree(dir: TreePath, access: TreeAccess, handlers: WalkHandlers, noIgnore = false): Promise<void> {
  const walk = async (folder: TreePath, levels: readonly IgnoreLevel[]): Promise<void> => {
    if (handlers.cancelled?.()) return;
    let entries;
    try {
      entries = (await access.list(folder.absolute)).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      handlers.onSkipped(folder, { kind: 'unreadable', error });
      return;
    }
    const own = noIgnore ? undefined : await ignoreLevel(folder.absolute, access);
    const here = own ? [...levels, own] : levels;
    for (const entry of entries) {
      const isDir = entry.isDirectory();
      // Hidden files and folders are skipped, as ripgrep does (.git, .venv, .eslintrc.js...).
      if (entry.name.startsWith('.') || (isDir ? SKIPPED_DIRS.has(entry.name) : !handlers.accepts(entry.name) || entry.isSymbolicLink())) continue;
      const path = { shown: access.join(folder.shown, entry.name), absolute: access.join(folder.absolute, entry.name) };
      if (ignoredBy(here, path.absolute, isDir) || (await handlers.excluded(path.absolute, isDir))) continue;
      if (isDir) await walk(path, here);
      // Decided from the directory entry: a FIFO or socket is never opened.
      else if (entry.isFile()) handlers.onFile(path);
      else handlers.onSkipped(path, { kind: 'not-regular', entry });
    }
  };
  await walk(dir, noIgnore ? [] : await ancestorLevels(dir.absolute, access));
}
