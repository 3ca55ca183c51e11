/** Reading the files a command names: folders walked, languages and project conventions resolved. */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DocStyle } from '../core/docstring/model';
import { PYTHON_STYLES } from '../core/docstring/model';
import { languageForPath } from '../core/extract';
import type { LanguageId } from '../core/extract/types';
import { projectStyle } from '../core/generate/project';
import type { StyleSetting } from '../core/generate/style';
import { decodeSource, EncodingError, type DecodedSource } from '../core/text/encoding';
import { describeError, FileProblem, kindOf, readRegularFile } from '../core/io/regularFile';
import { contentHash } from './safeFs';

const WALKED = /\.(py|ts|tsx|js|jsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', '__pycache__']);
/** pyproject.toml is small; a larger one is not a project file to read. */
const MAX_PROJECT_FILE = 4 * 1024 * 1024;

/**
 * Files named, and the supported files below each folder named, in a stable order. A folder that
 * cannot be read, or a supported name that is not a regular file (a FIFO, a socket), is reported
 * and the walk goes on.
 */
export async function expandPaths(paths: readonly string[], report: (message: string) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      report(`${dir}: cannot read the folder: ${describeError(error)}; skipped`);
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) await walk(path);
      } else if (WALKED.test(entry.name) && !entry.isSymbolicLink()) {
        // Decided from the directory entry: a FIFO or socket is never opened.
        if (entry.isFile()) out.push(path);
        else report(`${path}: ${kindOf(entry)}, not a regular file; skipped`);
      }
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      report((error as NodeJS.ErrnoException).code === 'ENOENT' ? `${path}: no such file or folder` : `${path}: ${describeError(error)}`);
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else if (info.isFile()) out.push(path);
    else report(`${path}: ${kindOf(info)}, not a regular file; skipped`);
  }
  return out;
}

export interface SourceFile {
  path: string;
  text: string;
  language: LanguageId;
  style: StyleSetting;
  projectStyle?: DocStyle;
  /** The bytes as read, how they decode, and their hash: writes splice into them and check them first. */
  bytes: Buffer;
  decoded: DecodedSource;
  hash: string;
}

async function readProjectFile(path: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(path, MAX_PROJECT_FILE)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Read a file for a command, or report why not (unsupported, not regular, too large, unreadable, not decodable exactly) and return undefined. */
export async function readSource(path: string, style: DocStyle | undefined, maxFileSize: number, report: (message: string) => void): Promise<SourceFile | undefined> {
  const language = languageForPath(path);
  if (!language) {
    report(`${path}: unsupported file type; docwright reads .py, .pyi, .ts, .tsx, .js and .jsx files`);
    return undefined;
  }
  let bytes: Buffer;
  let decoded: DecodedSource;
  try {
    bytes = await readRegularFile(path, maxFileSize, { limitName: '--max-file-size' });
    decoded = decodeSource(bytes, language);
  } catch (error) {
    if (error instanceof FileProblem) {
      report(`${path}: ${error.message}`);
      return undefined;
    }
    if (error instanceof EncodingError) {
      report(`${path}: ${error.message}; skipped, nothing was changed`);
      return undefined;
    }
    throw error;
  }
  const python = language === 'python';
  const applies = style !== undefined && PYTHON_STYLES.includes(style) === python;
  if (style && !applies) report(`${path}: --style ${style} does not apply to ${python ? 'Python' : 'TypeScript/JavaScript'}; using auto for this file`);
  const fromProject = python ? await projectStyle(dirname(resolve(path)), readProjectFile, join, dirname) : undefined;
  return { path, text: decoded.text, language, style: applies ? style : 'auto', projectStyle: fromProject, bytes, decoded, hash: contentHash(bytes) };
}
