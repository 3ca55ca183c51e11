/** Loading the user's template file named by `docwright.template.python` / `docwright.template.javascript`. */
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FileProblem, readRegularFile } from '../io/regularFile';
import { compileTemplate, TemplateProblem, type UserTemplate } from './userTemplate';

/** A template is a page of text; anything larger is not one. */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

export type TemplateLoad = { template: UserTemplate } | { problem: string };

/**
 * The template at `setting` (relative to `folder`, the workspace folder, when not absolute),
 * read with the bounded regular-file reader and checked. A problem says which file, which line,
 * and what to do; the caller then writes the built-in style.
 */
export async function loadUserTemplate(setting: string, key: string, folder: string | undefined, fromWorkspace = false): Promise<TemplateLoad> {
  const path = isAbsolute(setting) ? setting : folder ? resolve(folder, setting) : undefined;
  const fallback = `Docwright writes the built-in style until it is fixed (or ${key} is cleared).`;
  if (!path) return { problem: `The template "${setting}" in ${key} is a relative path, but this file is in no workspace folder. Use an absolute path. ${fallback}` };
  // A workspace's own settings may only name a template inside that workspace (links resolved):
  // a cloned repository must not make Docwright copy ~/.aws/credentials into its source files.
  if (fromWorkspace && !(folder && (await inside(path, folder)))) {
    return { problem: `The template ${setting} named by this workspace's ${key} is outside the workspace folder; a workspace setting may only name a template inside it (set it in your user settings to use one elsewhere). ${fallback}` };
  }
  let text: string;
  try {
    const bytes = await readRegularFile(path, MAX_TEMPLATE_BYTES);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = error instanceof FileProblem ? error.message : error instanceof TypeError ? 'it is not UTF-8 text' : String(error);
    return { problem: `The template ${path} (${key}) cannot be read: ${reason}. ${fallback}` };
  }
  try {
    return { template: compileTemplate(text, path) };
  } catch (error) {
    if (error instanceof TemplateProblem) return { problem: `The template ${error.message} Fix that line. ${fallback}` };
    throw error;
  }
}

/** Whether `path`, links resolved, is inside `folder` (a path that does not resolve is judged as written). */
async function inside(path: string, folder: string): Promise<boolean> {
  const root = await realpath(folder).catch(() => resolve(folder));
  const target = await realpath(path).catch(() => resolve(path));
  const rel = relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
