/**
 * The supported files below folders, as the folder run reads them: the walk the CLI does
 * (src/core/io/sourceTree.ts: .gitignore and .ignore, hidden folders, node_modules), over
 * vscode.workspace.fs, plus what the editor hides: `files.exclude` of the file's workspace folder,
 * and the project configuration's `exclude`.
 */
import * as vscode from 'vscode';
import { filesExcludeMatcher } from '../core/config/filesExclude';
import { isExcluded, relativeToRoot } from '../core/config/project';
import { walkSourceTree, type TreeAccess, type TreeEntry } from '../core/io/sourceTree';
import { languageForPath } from '../languages';
import { projectConfigOfFolder } from './project';

/** What the folder run documents: every file a language pack reads, as the CLI walks. */
const isSourceFile = (name: string) => languageForPath(name) !== undefined;

/** Ignore files are small; a larger one is not read (as the CLI's limit for project files). */
const MAX_IGNORE_FILE = 4 * 1024 * 1024;

const uri = (path: string) => vscode.Uri.file(path);

function entryOf(name: string, type: vscode.FileType): TreeEntry {
  const link = (type & vscode.FileType.SymbolicLink) !== 0;
  return {
    name,
    isSymbolicLink: () => link,
    isDirectory: () => !link && (type & vscode.FileType.Directory) !== 0,
    isFile: () => !link && (type & vscode.FileType.File) !== 0,
  };
}

const workspaceFs: TreeAccess = {
  list: async (dir) => (await vscode.workspace.fs.readDirectory(uri(dir))).map(([name, type]) => entryOf(name, type)),
  read: async (path) => {
    try {
      const stat = await vscode.workspace.fs.stat(uri(path));
      if (stat.type !== vscode.FileType.File || stat.size > MAX_IGNORE_FILE) return undefined;
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(path)));
    } catch {
      return undefined;
    }
  },
  exists: async (path) =>
    vscode.workspace.fs.stat(uri(path)).then(
      () => true,
      () => false,
    ),
  join: (dir, name) => vscode.Uri.joinPath(uri(dir), name).fsPath,
  parent: (dir) => vscode.Uri.joinPath(uri(dir), '..').fsPath,
};

/**
 * Whether `files.exclude` of a path's workspace folder hides it. The settings are read when the run
 * starts (a change applies to the next run) and compiled once per workspace folder.
 */
function filesExcludeOfRun(): (path: string) => boolean {
  const matchers = new Map<string, (relative: string) => boolean>();
  return (path) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri(path));
    if (!folder) return false;
    const relative = relativeToRoot(folder.uri.fsPath, path);
    if (!relative) return false;
    let matcher = matchers.get(folder.uri.toString());
    if (!matcher) {
      matcher = filesExcludeMatcher(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'));
      matchers.set(folder.uri.toString(), matcher);
    }
    return matcher(relative);
  };
}

/** The project's `exclude` for a file or folder (the configuration that governs it). */
async function excludedByProject(path: string, isDir: boolean): Promise<boolean> {
  const folder = isDir ? uri(path) : vscode.Uri.joinPath(uri(path), '..');
  return isExcluded(await projectConfigOfFolder(folder), path);
}

export interface FoundFiles {
  files: vscode.Uri[];
  /** Folders that could not be read, supported names that are not regular files. */
  skipped: { uri: vscode.Uri; reason: string }[];
}

/**
 * The files to document for `targets` (folders and files, file: URIs): a folder gives every supported
 * file below it that is not ignored or excluded; a file named is kept even when ignored (it was
 * chosen, as the CLI keeps a file named on its command line) unless `files.exclude` hides it.
 */
export async function filesBelow(targets: readonly vscode.Uri[], cancelled: () => boolean): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], skipped: [] };
  const hiddenBySettings = filesExcludeOfRun();
  const seen = new Set<string>();
  const add = (file: vscode.Uri) => {
    if (seen.has(file.fsPath)) return;
    seen.add(file.fsPath);
    found.files.push(file);
  };
  for (const target of targets) {
    if (cancelled()) break;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(target);
    } catch (error) {
      found.skipped.push({ uri: target, reason: `cannot be read (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    if ((stat.type & vscode.FileType.Directory) === 0) {
      if (isSourceFile(target.path) && !hiddenBySettings(target.fsPath)) add(target);
      continue;
    }
    await walkSourceTree({ shown: target.fsPath, absolute: target.fsPath }, workspaceFs, {
      accepts: isSourceFile,
      excluded: (path, isDir) => hiddenBySettings(path) || excludedByProject(path, isDir),
      onFile: (file) => add(uri(file.absolute)),
      onSkipped: (where, why) =>
        found.skipped.push({ uri: uri(where.absolute), reason: why.kind === 'unreadable' ? `the folder cannot be read (${why.error instanceof Error ? why.error.message : String(why.error)})` : 'not a regular file' }),
      cancelled,
    });
  }
  return found;
}
