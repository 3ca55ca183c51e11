/** Reading the files a command names: folders walked, languages and project conventions resolved. */
import type { BigIntStats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DocStyle } from '../core/docstring/model';

import { languageForPath, packFor, SOURCE_EXTENSIONS } from '../languages';
import type { LanguageId } from '../core/extract/types';
import { projectStyle } from '../core/generate/project';
import { decodeSource, EncodingError, type DecodedSource } from '../core/text/encoding';
import { FileProblem, readRegularFileWithStats } from '../core/io/regularFile';
import type { Options } from './args';
import { fileSettings, type FileSettings, type ProjectConfigs } from './projectConfig';
import { contentHash } from './safeFs';

/** What a file is checked or written with, known before its bytes are read. */
export interface SourcePlan {
  path: string;
  language: LanguageId;
  /** The command line over the project's configuration: style, types, quotes, severities, ignores. */
  settings: FileSettings;
  /** The nearest pyproject.toml's pydocstyle / pydoclint convention, when the style is auto and the file has no majority. */
  projectStyle?: DocStyle;
}

export interface SourceFile extends SourcePlan {
  text: string;
  /** The bytes as read, how they decode, and their hash (computed when first asked: `check --no-cache` never does): writes splice into them and check them first. */
  bytes: Buffer;
  decoded: DecodedSource;
  hash(): string;
  /** The file's fstat, taken before its bytes were read. */
  stats: BigIntStats;
  /** When reading began (ms): a stat-keyed cache may trust the stat only if the file was still for a while by then. */
  readAt: number;
}

/** The project style per folder, once per run (the run's ProjectConfigs): every file of a folder asked the disk again. */
const projectStyles = new WeakMap<ProjectConfigs, Map<string, Promise<DocStyle | undefined>>>();

function projectStyleOf(dir: string, configs: ProjectConfigs): Promise<DocStyle | undefined> {
  let byDir = projectStyles.get(configs);
  if (!byDir) projectStyles.set(configs, (byDir = new Map()));
  let style = byDir.get(dir);
  if (!style) byDir.set(dir, (style = projectStyle(dir, configs.read, join, dirname)));
  return style;
}

/** A file's language and settings without reading it, or undefined (reported) when Docwright does not read its kind. */
export async function planSource(path: string, options: Options, configs: ProjectConfigs, report: (message: string) => void): Promise<SourcePlan | undefined> {
  const { style } = options;
  const language = languageForPath(path);
  if (!language) {
    report(`${path}: unsupported file type; docwright reads ${SOURCE_EXTENSIONS.join(', ')} files`);
    return undefined;
  }
  const pack = packFor(language);
  const applies = style !== undefined && pack.styles.includes(style);
  if (style && !applies) report(`${path}: --style ${style} does not apply to ${pack.displayName}; using auto for this file`);
  const fromProject = pack.projectConvention ? await projectStyleOf(dirname(resolve(path)), configs) : undefined;
  const settings = fileSettings(options, await configs.forPath(path), path, language, applies ? style : undefined);
  return { path, language, settings, ...(fromProject ? { projectStyle: fromProject } : {}) };
}

/** Read a planned file, or report why not (not regular, too large, unreadable, not decodable exactly) and return undefined. */
export async function readPlanned(plan: SourcePlan, options: Options, report: (message: string) => void): Promise<SourceFile | undefined> {
  const { path, language } = plan;
  let bytes: Buffer;
  let stats: BigIntStats;
  let decoded: DecodedSource;
  const readAt = Date.now();
  try {
    ({ bytes, stats } = await readRegularFileWithStats(path, options.maxFileSize, { limitName: '--max-file-size', blocking: true }));
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
  let hash: string | undefined;
  return { ...plan, text: decoded.text, bytes, decoded, hash: () => (hash ??= contentHash(bytes)), stats, readAt };
}

/** Plan and read a file for a command, or report why not and return undefined. */
export async function readSource(path: string, options: Options, configs: ProjectConfigs, report: (message: string) => void): Promise<SourceFile | undefined> {
  const plan = await planSource(path, options, configs, report);
  return plan && readPlanned(plan, options, report);
}
