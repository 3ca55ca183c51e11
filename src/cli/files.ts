/** Reading the files a command names: folders walked, languages and project conventions resolved. */
import { dirname, join, resolve } from 'node:path';
import type { DocStyle } from '../core/docstring/model';
import { PYTHON_STYLES } from '../core/docstring/model';
import { languageForPath } from '../core/extract';
import type { LanguageId } from '../core/extract/types';
import { projectStyle } from '../core/generate/project';
import { decodeSource, EncodingError, type DecodedSource } from '../core/text/encoding';
import { FileProblem, readRegularFile } from '../core/io/regularFile';
import type { Options } from './args';
import { fileSettings, readProjectFile, type FileSettings, type ProjectConfigs } from './projectConfig';
import { contentHash } from './safeFs';

export interface SourceFile {
  path: string;
  text: string;
  language: LanguageId;
  /** The command line over the project's configuration: style, types, quotes, severities, ignores. */
  settings: FileSettings;
  /** The nearest pyproject.toml's pydocstyle / pydoclint convention, when the style is auto and the file has no majority. */
  projectStyle?: DocStyle;
  /** The bytes as read, how they decode, and their hash: writes splice into them and check them first. */
  bytes: Buffer;
  decoded: DecodedSource;
  hash: string;
}

/** The project style per folder, once per run (the run's ProjectConfigs): every file of a folder asked the disk again. */
const projectStyles = new WeakMap<ProjectConfigs, Map<string, Promise<DocStyle | undefined>>>();

function projectStyleOf(dir: string, configs: ProjectConfigs): Promise<DocStyle | undefined> {
  let byDir = projectStyles.get(configs);
  if (!byDir) projectStyles.set(configs, (byDir = new Map()));
  let style = byDir.get(dir);
  if (!style) byDir.set(dir, (style = projectStyle(dir, readProjectFile, join, dirname)));
  return style;
}

/** Read a file for a command, or report why not (unsupported, not regular, too large, unreadable, not decodable exactly) and return undefined. */
export async function readSource(path: string, options: Options, configs: ProjectConfigs, report: (message: string) => void): Promise<SourceFile | undefined> {
  const { style, maxFileSize } = options;
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
  const fromProject = python ? await projectStyleOf(dirname(resolve(path)), configs) : undefined;
  const settings = fileSettings(options, await configs.forPath(path), path, language, applies ? style : undefined);
  return { path, text: decoded.text, language, settings, projectStyle: fromProject, bytes, decoded, hash: contentHash(bytes) };
}
