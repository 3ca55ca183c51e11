/** The project configuration of each file the CLI reads (nearest docwright.toml / pyproject.toml / package.json), cached per folder. */
import { basename, dirname, join, resolve } from 'node:path';
import { findProjectConfig, ignoredCodes, parseProjectConfig, type ConfigFileName, type ProjectConfig } from '../core/config/project';
import type { DocStyle, TypesMode } from '../core/docstring/model';
import { packFor } from '../languages';
import type { LanguageId } from '../core/extract/types';
import type { QuoteStyle } from '../core/generate/literal';
import type { StyleSetting } from '../core/generate/style';
import { readRegularFile } from '../core/io/regularFile';
import type { RuleCode, Severity } from '../core/validate/rules';
import type { Options } from './args';

/** Configuration files are small; a larger one is not read. */
const MAX_PROJECT_FILE = 4 * 1024 * 1024;

export async function readProjectFile(path: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(path, MAX_PROJECT_FILE)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Finds each folder's configuration once; every problem of every file found is kept for the caller to report. */
export class ProjectConfigs {
  private readonly byFolder = new Map<string, Promise<ProjectConfig | undefined>>();
  /** --config FILE: this configuration for every file, instead of each file's nearest. */
  private readonly fixed: Promise<ProjectConfig> | undefined;

  constructor(configFile?: string) {
    if (configFile !== undefined) this.fixed = this.readFixed(configFile);
  }

  /**
   * The file --config names; a problem (never an absence) when it is unreadable or has no Docwright
   * settings. Its globs are relative to the current folder, as Ruff resolves a --config file's
   * paths and as --exclude is, not to the file's own folder (which may be a CI folder).
   */
  private async readFixed(file: string): Promise<ProjectConfig> {
    const path = resolve(file);
    const name = basename(path);
    const kind: ConfigFileName = name === 'pyproject.toml' || name === 'package.json' ? name : 'docwright.toml';
    let text: string;
    try {
      text = (await readRegularFile(path, MAX_PROJECT_FILE)).toString('utf8');
    } catch (error) {
      return { path, root: process.cwd(), settings: {}, problems: [`--config ${file}: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const where = kind === 'pyproject.toml' ? '[tool.docwright] table' : kind === 'package.json' ? '"docwright" object' : 'Docwright settings';
    return parseProjectConfig(kind, path, process.cwd(), text) ?? { path, root: process.cwd(), settings: {}, problems: [`--config ${file}: has no ${where}`] };
  }
  private readonly files = new Map<string, Promise<string | undefined>>();

  /** A configuration file's text, read once per run: every folder's walk up asks about the same parents. */
  readonly read = (path: string): Promise<string | undefined> => {
    let text = this.files.get(path);
    if (!text) this.files.set(path, (text = readProjectFile(path)));
    return text;
  };

  /** The configuration that governs `path` (a file or folder). */
  forPath(path: string, isFolder = false): Promise<ProjectConfig | undefined> {
    if (this.fixed) return this.fixed;
    const folder = isFolder ? resolve(path) : dirname(resolve(path));
    let found = this.byFolder.get(folder);
    if (!found) {
      found = findProjectConfig(folder, { read: this.read, join, parent: dirname });
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** Every problem of every configuration found so far, each once. */
  async problems(): Promise<string[]> {
    const configs = this.fixed ? [await this.fixed] : await Promise.all(this.byFolder.values());
    return [...new Set(configs.flatMap((config) => config?.problems ?? []))];
  }
}

/** What one file is checked or written with: the command line over the project's configuration over the defaults. */
export interface FileSettings {
  style: StyleSetting;
  types: TypesMode;
  quote: QuoteStyle;
  severities: Partial<Record<RuleCode, Severity>>;
  ignore: Set<RuleCode>;
  minSeverity: Exclude<Severity, 'off'>;
}

/** `flagStyle` is --style when it applies to this file's language. */
export function fileSettings(options: Options, config: ProjectConfig | undefined, path: string, language: LanguageId, flagStyle: DocStyle | undefined): FileSettings {
  const project = config?.settings;
  const configured = project?.[packFor(language).styleSetting];
  return {
    style: flagStyle ?? configured ?? 'auto',
    types: options.types ?? project?.types ?? 'auto',
    quote: options.quote ?? project?.quoteStyle ?? '"""',
    severities: project?.severity ?? {},
    ignore: new Set([...ignoredCodes(config, resolve(path)), ...options.ignore]),
    minSeverity: options.minSeverity ?? project?.minSeverity ?? 'information',
  };
}
