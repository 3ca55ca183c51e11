/** The project's own docstring convention, read from the nearest pyproject.toml above a file. */
import type { DocStyle } from '../docstring/model';
import { styleFromPyproject } from '../styles';

/** Walk up from `dir` (at most to `stopAt`) reading pyproject.toml with `read`, which returns undefined when absent. */
export async function projectStyle(
  dir: string,
  read: (path: string) => Promise<string | undefined>,
  join: (dir: string, name: string) => string,
  parent: (dir: string) => string,
  stopAt?: string,
): Promise<DocStyle | undefined> {
  for (let current = dir, depth = 0; depth < 32; depth++) {
    const text = await read(join(current, 'pyproject.toml'));
    if (text !== undefined) return styleFromPyproject(text);
    const up = parent(current);
    if (up === current || current === stopAt) return undefined;
    current = up;
  }
  return undefined;
}
