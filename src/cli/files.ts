/** Reading the files a command names: folders walked, languages and project conventions resolved. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DocStyle } from '../core/docstring/model';
import { PYTHON_STYLES } from '../core/docstring/model';
import { languageForPath } from '../core/extract';
import type { LanguageId } from '../core/extract/types';
import { projectStyle } from '../core/generate/project';
import type { StyleSetting } from '../core/generate/style';

const WALKED = /\.(py|ts|tsx|js|jsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', '__pycache__']);

/** Files named, and the supported files below each folder named, in a stable order. */
export async function expandPaths(paths: readonly string[], report: (message: string) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) await walk(path);
      } else if (entry.isFile() && WALKED.test(entry.name)) out.push(path);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path);
    else if (info) out.push(path);
    else report(`${path}: no such file or folder`);
  }
  return out;
}

export interface SourceFile {
  path: string;
  text: string;
  language: LanguageId;
  style: StyleSetting;
  projectStyle?: DocStyle;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Read a file for a command, or report why not (unsupported, unreadable) and return undefined. */
export async function readSource(path: string, style: DocStyle | undefined, report: (message: string) => void): Promise<SourceFile | undefined> {
  const language = languageForPath(path);
  if (!language) {
    report(`${path}: unsupported file type; docwright reads .py, .pyi, .ts, .tsx, .js and .jsx files`);
    return undefined;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    report(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  const python = language === 'python';
  const applies = style !== undefined && PYTHON_STYLES.includes(style) === python;
  if (style && !applies) report(`${path}: --style ${style} does not apply to ${python ? 'Python' : 'TypeScript/JavaScript'}; using auto for this file`);
  const fromProject = python ? await projectStyle(dirname(resolve(path)), readIfExists, join, dirname) : undefined;
  return { path, text, language, style: applies ? style : 'auto', projectStyle: fromProject };
}
