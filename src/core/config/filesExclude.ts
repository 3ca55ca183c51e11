/**
 * VS Code's `files.exclude` as a matcher: the globs set to true, relative to the workspace folder,
 * as the Explorer hides them. A `{ "when": "$(basename).ts" }` entry (hide a file when a sibling
 * exists) is not followed: such a file is walked, as a search with that setting would not hide it either.
 */
import picomatch from 'picomatch';

/** Whether `relative` (forward slashes, from the workspace folder), or a folder it is in, is excluded. */
export function filesExcludeMatcher(setting: unknown): (relative: string) => boolean {
  const globs = setting && typeof setting === 'object' ? Object.entries(setting).filter(([glob, on]) => on === true && glob !== '').map(([glob]) => glob) : [];
  if (globs.length === 0) return () => false;
  // VS Code's globs match dot files (**/.git) and are written with forward slashes.
  const matchers = globs.map((glob) => picomatch(glob.replace(/^\.\//, '').replace(/\/$/, ''), { dot: true }));
  const matches = (path: string) => matchers.some((match) => match(path));
  return (relative) => {
    const parts = relative.split('/').filter((part) => part !== '');
    return parts.some((_, i) => matches(parts.slice(0, i + 1).join('/')));
  };
}
