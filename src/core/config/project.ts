/**
 * The project's Docwright configuration, shared by the CLI and the editor: `docwright.toml` (top-level
 * keys), `[tool.docwright]` in `pyproject.toml`, or the `"docwright"` object of `package.json`.
 *
 * Lookup: from a file's folder upwards, the first folder holding one of them wins; within one folder
 * docwright.toml, then pyproject.toml, then package.json. A pyproject.toml without [tool.docwright]
 * or a package.json without "docwright" does not count (as Ruff skips a pyproject without [tool.ruff]).
 * No merging between files: the nearest configuration is the whole configuration.
 *
 * TOML is read with smol-toml (a complete TOML 1.0 parser, no dependencies, small enough for the
 * editor bundle). Globs are picomatch's, relative to the configuration's folder.
 */
import picomatch from 'picomatch';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { TypesMode } from '../docstring/model';
import type { QuoteStyle } from '../generate/literal';
import { isRuleCode, RULE_CODES, RULE_SPAN, RULES, type RuleCode, type Severity } from '../validate/rules';
import type { DocwrightConfig } from './settings';

export const CONFIG_FILES = ['docwright.toml', 'pyproject.toml', 'package.json'] as const;
export type ConfigFileName = (typeof CONFIG_FILES)[number];

export const PYTHON_STYLE_VALUES = ['auto', 'google', 'numpy', 'sphinx'] as const;
export const JS_STYLE_VALUES = ['auto', 'jsdoc', 'tsdoc'] as const;
export const JAVA_STYLE_VALUES = ['auto', 'javadoc'] as const;
export const CSHARP_STYLE_VALUES = ['auto', 'xmldoc'] as const;
export const GO_STYLE_VALUES = ['auto', 'godoc'] as const;
export const RUST_STYLE_VALUES = ['auto', 'rustdoc'] as const;
export const RUBY_STYLE_VALUES = ['auto', 'yard'] as const;
export const CPP_STYLE_VALUES = ['auto', 'doxygen', 'doxygen-slash'] as const;
export const PHP_STYLE_VALUES = ['auto', 'phpdoc'] as const;
const STYLE_VALUES = ['google', 'numpy', 'sphinx', 'jsdoc', 'tsdoc', 'javadoc', 'xmldoc', 'godoc', 'rustdoc', 'phpdoc', 'doxygen', 'doxygen-slash', 'yard', 'auto'] as const;
const TYPES_VALUES = ['auto', 'always', 'never'] as const;
const QUOTE_VALUES = ['"""', "'''"] as const;
const SEVERITY_VALUES = ['error', 'warning', 'information', 'hint', 'off'] as const;
const MIN_SEVERITY_VALUES = ['error', 'warning', 'information', 'hint'] as const;

export const PROJECT_KEYS = ['style', 'python-style', 'js-style', 'java-style', 'csharp-style', 'go-style', 'rust-style', 'php-style', 'cpp-style', 'ruby-style', 'types', 'quote-style', 'severity', 'ignore', 'per-file-ignores', 'exclude', 'min-severity'] as const;

/** What the project sets; a key it does not set is undefined (the user's setting or the default applies). */
export interface ProjectSettings {
  pythonStyle?: (typeof PYTHON_STYLE_VALUES)[number];
  jsStyle?: (typeof JS_STYLE_VALUES)[number];
  javaStyle?: (typeof JAVA_STYLE_VALUES)[number];
  csharpStyle?: (typeof CSHARP_STYLE_VALUES)[number];
  goStyle?: (typeof GO_STYLE_VALUES)[number];
  rustStyle?: (typeof RUST_STYLE_VALUES)[number];
  rubyStyle?: (typeof RUBY_STYLE_VALUES)[number];
  cppStyle?: (typeof CPP_STYLE_VALUES)[number];
  phpStyle?: (typeof PHP_STYLE_VALUES)[number];
  types?: TypesMode;
  quoteStyle?: QuoteStyle;
  severity?: Partial<Record<RuleCode, Severity>>;
  ignore?: RuleCode[];
  perFileIgnores?: { glob: string; codes: RuleCode[] }[];
  exclude?: string[];
  minSeverity?: Exclude<Severity, 'off'>;
}

export interface ProjectConfig {
  /** The file read, as the reader was given it. */
  path: string;
  /** Its folder: globs are relative to it. */
  root: string;
  settings: ProjectSettings;
  /** One message per bad value, naming the file, the key and what it accepts; the key is ignored. */
  problems: string[];
}

/** Where the keys live in each file, for messages. */
function keyName(file: ConfigFileName, key: string): string {
  if (file === 'pyproject.toml') return `[tool.docwright] ${key}`;
  if (file === 'package.json') return `"docwright".${key}`;
  return key;
}

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value)));
const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The Docwright section of one configuration file's text, or undefined when the file has none
 * (then the lookup goes on upwards). A file that does not parse is a problem, not an absence.
 */
export function parseProjectConfig(file: ConfigFileName, path: string, root: string, text: string): ProjectConfig | undefined {
  let section: unknown;
  try {
    const document: unknown = file === 'package.json' ? JSON.parse(text) : parseToml(text);
    section = file === 'docwright.toml' ? document : file === 'pyproject.toml' ? (document as { tool?: { docwright?: unknown } }).tool?.docwright : (document as { docwright?: unknown } | null)?.docwright;
  } catch (error) {
    if (file === 'docwright.toml' || (file === 'pyproject.toml' && /\[tool\.docwright/.test(text))) {
      const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
      return { path, root, settings: {}, problems: [`${path}: not valid TOML${where}: ${(error as Error).message.split('\n')[0]}; its Docwright settings are ignored`] };
    }
    // A package.json or pyproject.toml that does not parse and does not mention Docwright is someone else's problem.
    return undefined;
  }
  if (section === undefined) return undefined;
  const problems: string[] = [];
  const settings: ProjectSettings = {};
  if (!isTable(section)) {
    problems.push(`${path}: ${file === 'package.json' ? '"docwright"' : '[tool.docwright]'} must be a table of settings (${PROJECT_KEYS.join(', ')})`);
    return { path, root, settings, problems };
  }
  const bad = (key: string, value: unknown, accepts: string) => problems.push(`${path}: ${keyName(file, key)} = ${show(value)}: expected ${accepts}`);
  const oneOf = <T extends string>(key: string, value: unknown, accepted: readonly T[]): T | undefined => {
    if (typeof value === 'string' && (accepted as readonly string[]).includes(value)) return value as T;
    bad(key, value, `one of ${accepted.join(', ')}`);
    return undefined;
  };
  const codes = (key: string, value: unknown): RuleCode[] | undefined => {
    if (Array.isArray(value) && value.every((code) => typeof code === 'string' && isRuleCode(code))) return value as RuleCode[];
    const wrong = Array.isArray(value) ? value.filter((code) => typeof code !== 'string' || !isRuleCode(code)) : value;
    bad(key, wrong, 'a list of rule codes, e.g. ["DW101", "DW601"]');
    return undefined;
  };
  const globs = (key: string, value: unknown): string[] | undefined => {
    if (Array.isArray(value) && value.every((glob) => typeof glob === 'string' && glob !== '')) return value as string[];
    bad(key, value, 'a list of glob patterns, e.g. ["build/**", "*_pb2.py"]');
    return undefined;
  };
  for (const [key, value] of Object.entries(section)) {
    switch (key) {
      case 'style': {
        const style = oneOf(key, value, STYLE_VALUES);
        // `auto` for every language; a style for the language that writes it.
        if (style === 'auto') settings.pythonStyle = settings.jsStyle = settings.javaStyle = settings.csharpStyle = settings.goStyle = settings.rustStyle = settings.phpStyle = settings.cppStyle = settings.rubyStyle = 'auto';
        else if (style === 'jsdoc' || style === 'tsdoc') settings.jsStyle = style;
        else if (style === 'javadoc') settings.javaStyle = style;
        else if (style === 'xmldoc') settings.csharpStyle = style;
        else if (style === 'godoc') settings.goStyle = style;
        else if (style === 'rustdoc') settings.rustStyle = style;
        else if (style === 'yard') settings.rubyStyle = style;
        else if (style === 'doxygen' || style === 'doxygen-slash') settings.cppStyle = style;
        else if (style === 'phpdoc') settings.phpStyle = style;
        else if (style) settings.pythonStyle = style;
        break;
      }
      case 'python-style':
        assign(settings, 'pythonStyle', oneOf(key, value, PYTHON_STYLE_VALUES));
        break;
      case 'js-style':
        assign(settings, 'jsStyle', oneOf(key, value, JS_STYLE_VALUES));
        break;
      case 'java-style':
        assign(settings, 'javaStyle', oneOf(key, value, JAVA_STYLE_VALUES));
        break;
      case 'csharp-style':
        assign(settings, 'csharpStyle', oneOf(key, value, CSHARP_STYLE_VALUES));
        break;
      case 'go-style':
        assign(settings, 'goStyle', oneOf(key, value, GO_STYLE_VALUES));
        break;
      case 'rust-style':
        assign(settings, 'rustStyle', oneOf(key, value, RUST_STYLE_VALUES));
        break;
      case 'ruby-style':
        assign(settings, 'rubyStyle', oneOf(key, value, RUBY_STYLE_VALUES));
        break;
      case 'cpp-style':
        assign(settings, 'cppStyle', oneOf(key, value, CPP_STYLE_VALUES));
        break;
      case 'php-style':
        assign(settings, 'phpStyle', oneOf(key, value, PHP_STYLE_VALUES));
        break;
      case 'types':
        assign(settings, 'types', oneOf(key, value, TYPES_VALUES));
        break;
      case 'quote-style':
        assign(settings, 'quoteStyle', oneOf(key, value, QUOTE_VALUES));
        break;
      case 'min-severity':
        assign(settings, 'minSeverity', oneOf(key, value, MIN_SEVERITY_VALUES));
        break;
      case 'ignore':
        assign(settings, 'ignore', codes(key, value));
        break;
      case 'exclude':
        assign(settings, 'exclude', globs(key, value));
        break;
      case 'severity': {
        if (!isTable(value)) {
          bad(key, value, `a table of rule code = severity (${SEVERITY_VALUES.join(', ')}), e.g. { DW601 = "warning" }`);
          break;
        }
        settings.severity = {};
        for (const [code, level] of Object.entries(value)) {
          if (!isRuleCode(code)) problems.push(`${path}: ${keyName(file, `severity.${code}`)}: ${JSON.stringify(code)} is not a rule code (${RULE_SPAN})`);
          else {
            const severity = oneOf(`severity.${code}`, level, SEVERITY_VALUES);
            if (severity) settings.severity[code] = severity;
          }
        }
        break;
      }
      case 'per-file-ignores': {
        if (!isTable(value)) {
          bad(key, value, 'a table of glob = list of rule codes, e.g. { "tests/**" = ["DW601"] }');
          break;
        }
        settings.perFileIgnores = [];
        for (const [glob, list] of Object.entries(value)) {
          const listed = codes(`per-file-ignores."${glob}"`, list);
          if (listed) settings.perFileIgnores.push({ glob, codes: listed });
        }
        break;
      }
      default:
        problems.push(`${path}: ${keyName(file, key)}: unknown key; Docwright reads ${PROJECT_KEYS.join(', ')}`);
    }
  }
  return { path, root, settings, problems };
}

/** Sets a key only to a valid value: a rejected one leaves the key unset, as if not written. */
function assign<K extends keyof ProjectSettings>(settings: ProjectSettings, key: K, value: ProjectSettings[K] | undefined): void {
  if (value !== undefined) settings[key] = value;
}

export interface FileSystemAccess {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  read: (path: string) => Promise<string | undefined>;
  join: (dir: string, name: string) => string;
  parent: (dir: string) => string;
}

/** The nearest configuration above `dir` (up to `stopAt`, when given), or undefined. */
export async function findProjectConfig(dir: string, fs: FileSystemAccess, stopAt?: string): Promise<ProjectConfig | undefined> {
  for (let current = dir, depth = 0; depth < 64; depth++) {
    for (const file of CONFIG_FILES) {
      const path = fs.join(current, file);
      const text = await fs.read(path);
      const config = text === undefined ? undefined : parseProjectConfig(file, path, current, text);
      if (config) return config;
    }
    const up = fs.parent(current);
    if (up === current || current === stopAt) return undefined;
    current = up;
  }
  return undefined;
}

/** A path relative to the configuration's folder, with forward slashes, or undefined when outside it. */
export function relativeToRoot(root: string, path: string): string | undefined {
  const normalize = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const base = normalize(root);
  const full = normalize(path);
  if (full === base) return '';
  return full.startsWith(base + '/') ? full.slice(base.length + 1) : undefined;
}

/** A glob matcher: a pattern without a slash matches the base name anywhere below the root (as .gitignore and Ruff do). */
export function globMatcher(globs: readonly string[]): (relative: string) => boolean {
  const matchers = globs.map(compiledGlob);
  return (relative) => matchers.some((match) => match(relative));
}

/** Compiled once: a walk asks the same configuration's globs about every file. */
const compiled = new Map<string, (path: string) => boolean>();
function compiledGlob(glob: string): (path: string) => boolean {
  let match = compiled.get(glob);
  if (!match) {
    match = picomatch(glob.replace(/^\.\//, ''), { dot: true, basename: !glob.replace(/\/$/, '').includes('/') });
    if (compiled.size > 1000) compiled.clear();
    compiled.set(glob, match);
  }
  return match;
}

/** Whether the project excludes `path` (a file or folder): it, or a folder it is in, matches an `exclude` glob. */
export function isExcluded(config: ProjectConfig | undefined, path: string): boolean {
  if (!config?.settings.exclude?.length) return false;
  const relative = relativeToRoot(config.root, path);
  if (!relative) return false;
  const match = globMatcher(config.settings.exclude);
  const parts = relative.split('/');
  return parts.some((_, i) => match(parts.slice(0, i + 1).join('/')));
}

/** The rule codes the project turns off for `path`: `ignore` plus every matching `per-file-ignores` entry. */
export function ignoredCodes(config: ProjectConfig | undefined, path: string): Set<RuleCode> {
  const ignored = new Set<RuleCode>(config?.settings.ignore ?? []);
  const relative = config ? relativeToRoot(config.root, path) : undefined;
  if (relative === undefined) return ignored;
  for (const { glob, codes } of config?.settings.perFileIgnores ?? []) {
    if (globMatcher([glob])(relative)) for (const code of codes) ignored.add(code);
  }
  return ignored;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3, off: 4 };

/**
 * The editor's settings for one file with the project's configuration applied: the project wins for
 * every key it sets (style, types, quote style, severities); its ignores, per-file ignores and
 * min-severity turn rules off; an excluded file is not validated. User-only settings (AI, budgets) are untouched.
 */
export function withProjectSettings(config: DocwrightConfig, project: ProjectConfig | undefined, path: string): DocwrightConfig {
  if (!project) return config;
  const { settings } = project;
  const severity: Partial<Record<RuleCode, Severity>> = { ...config.validationSeverity, ...settings.severity };
  const min = settings.minSeverity;
  if (min) for (const code of RULE_CODES) if (RANK[severity[code] ?? RULES[code].severity] > RANK[min]) severity[code] = 'off';
  for (const code of ignoredCodes(project, path)) severity[code] = 'off';
  return {
    ...config,
    pythonStyle: settings.pythonStyle ?? config.pythonStyle,
    jsStyle: settings.jsStyle ?? config.jsStyle,
    javaStyle: settings.javaStyle ?? config.javaStyle,
    csharpStyle: settings.csharpStyle ?? config.csharpStyle,
    goStyle: settings.goStyle ?? config.goStyle,
    rustStyle: settings.rustStyle ?? config.rustStyle,
    rubyStyle: settings.rubyStyle ?? config.rubyStyle,
    cppStyle: settings.cppStyle ?? config.cppStyle,
    phpStyle: settings.phpStyle ?? config.phpStyle,
    types: settings.types ?? config.types,
    quoteStyle: settings.quoteStyle ?? config.quoteStyle,
    validationSeverity: severity,
    validationEnabled: config.validationEnabled && !isExcluded(project, path),
  };
}
