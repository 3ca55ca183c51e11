/**
 * Every setting Docwright reads, typed and validated (zod/mini) in one place. `vscode` never appears here.
 *
 * `zod/mini`, not `zod`: this module is in the activation bundle, and the mini build is a small fraction
 * of the full one (which stays in dist/vendor for the AI's response schemas).
 */
import * as z from 'zod/mini';
import { LANGUAGE_NAME } from '../ai/language';
import type { TypesMode } from '../docstring/model';
import type { QuoteStyle } from '../generate/literal';
import type { StyleSetting } from '../generate/style';
import { isRuleCode, type RuleCode, type Severity } from '../validate/rules';

/** Per-rule severity overrides; a rule not named keeps its default from `RULES`. */
export type SeveritySetting = Partial<Record<RuleCode, Severity>>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

export type AiProviderSetting = 'none' | 'openai' | 'azure' | 'compatible';

/** `fileRuns`: file runs only; `always`: the lightbulb and cursor command too. */
export type AiPreviewSetting = 'never' | 'fileRuns' | 'always';

/**
 * USD per million tokens, input and output (and, optionally, cached input and the Batch API's rates), per model name
 * (overrides the built-in prices).
 */
export type PricesSetting = Record<string, { inputPerMTok: number; outputPerMTok: number; cachedInputPerMTok?: number; batchInputPerMTok?: number; batchOutputPerMTok?: number }>;

export interface DocwrightConfig {
  pythonStyle: Extract<StyleSetting, 'auto' | 'google' | 'numpy' | 'sphinx'>;
  jsStyle: Extract<StyleSetting, 'auto' | 'jsdoc' | 'tsdoc'>;
  javaStyle: Extract<StyleSetting, 'auto' | 'javadoc'>;
  csharpStyle: Extract<StyleSetting, 'auto' | 'xmldoc'>;
  goStyle: Extract<StyleSetting, 'auto' | 'godoc'>;
  rustStyle: Extract<StyleSetting, 'auto' | 'rustdoc'>;
  rubyStyle: Extract<StyleSetting, 'auto' | 'yard'>;
  cppStyle: Extract<StyleSetting, 'auto' | 'doxygen' | 'doxygen-slash'>;
  phpStyle: Extract<StyleSetting, 'auto' | 'phpdoc'>;
  types: TypesMode;
  quoteStyle: QuoteStyle;
  /** State each parameter's default in generated docstrings (`Defaults to X.`, `by default X`, `[name=X]`). */
  mentionDefaults: boolean;
  /** A template file for Python docstrings ('' = the built-in style); relative paths are from the workspace folder. */
  templatePython: string;
  /** A template file for JSDoc/TSDoc comments ('' = the built-in style). */
  templateJavascript: string;
  /** A template file for Javadoc comments ('' = the built-in style). */
  templateJava: string;
  /** A template file for C# XML documentation comments ('' = the built-in style). */
  templateCsharp: string;
  /** A template file for Go doc comments ('' = the built-in style). */
  templateGo: string;
  /** A template file for rustdoc comments ('' = the built-in style). */
  templateRust: string;
  /** A template file for Ruby doc comments ('' = the built-in style). */
  templateRuby: string;
  /** A template file for C and C++ doc comments ('' = the built-in style). */
  templateCpp: string;
  /** A template file for PHP doc comments ('' = the built-in style). */
  templatePhp: string;
  /** TS/JS file runs also write a file overview comment (Python's always write the module docstring). */
  fileOverview: boolean;
  useLanguageServices: boolean;
  validationEnabled: boolean;
  /** Offer the docstring as a completion when its opening quotes (or slash-star-star) are typed where it goes. */
  completionEnabled: boolean;
  validationSeverity: SeveritySetting;
  validationMaxFileSize: number;
  aiProvider: AiProviderSetting;
  aiModel: string;
  /** The natural language of AI descriptions (English by default). */
  aiLanguage: string;
  aiBaseUrl: string;
  aiAzureEndpoint: string;
  aiAzureDeployment: string;
  aiAzureApiVersion: string;
  aiMaxConcurrency: number;
  /** Symbols of one file described by one request (1: one request per symbol). */
  aiGroupSize: number;
  /** Offer "As a batch" for an OpenAI-compatible server (OpenAI and Azure always have a batch API). */
  aiBatchEnabled: boolean;
  aiRequestsPerMinute: number;
  aiTokensPerMinute: number;
  aiTimeoutSeconds: number;
  /** One editor run (a file, a lightbulb action) asks the model for at most this long. */
  aiRunDeadlineSeconds: number;
  aiConfirmAboveUsd: number;
  /** Which AI runs open VS Code's Refactor Preview instead of writing at once. */
  aiPreview: AiPreviewSetting;
  aiPrices: PricesSetting;
  /** Tokens a day, at most; 0 means no budget. */
  budgetDailyTokens: number;
  /** US dollars a day, at most; 0 means no budget. */
  budgetDailyCostUsd: number;
  /** Warn once the day's use reaches this percentage of a budget. */
  budgetWarnAtPercent: number;
  /** When a daily budget is used up, write templates instead of asking the model. */
  budgetHardStop: boolean;
}

export interface SettingSpec<K extends keyof DocwrightConfig> {
  key: string;
  default: DocwrightConfig[K];
  /** What a valid value is; the parsed value (e.g. trimmed) is what the config holds. */
  schema: z.ZodMiniType<DocwrightConfig[K]>;
  /** The accepted values in words, for messages: `"auto", "google"` or `a whole number from 1 to 32`. */
  accepts: string;
  /** The values of an enum setting (as the manifest's `enum`). */
  accepted?: readonly DocwrightConfig[K][];
  /**
   * For object settings: what one entry's key and value must be. A value that fails `schema` but is an
   * object keeps its valid entries; the others are named in the message and dropped.
   */
  entries?: { key: z.ZodMiniType; value: z.ZodMiniType };
  /**
   * As the manifest's `scope`: `window` and `application` settings are read without a resource;
   * `application` ones (the budgets, the prices they are counted with and the cost confirmation:
   * the user's own spending) only from the user's settings, so a workspace cannot lift them.
   */
  scope: 'resource' | 'window' | 'application';
  description: string;
}

/** An enum setting: exactly one of `values`. */
function oneOf<const T extends readonly [string, ...string[]]>(...values: T) {
  return { schema: z.enum(values), accepted: values, accepts: values.map((v) => JSON.stringify(v)).join(', ') };
}

/** A whole number in [min, max]. */
function wholeNumber(min: number, max?: number, unit = '') {
  const checks = max === undefined ? [z.gte(min)] : [z.gte(min), z.lte(max)];
  return {
    schema: z.int().check(...checks),
    accepts: `a whole number${unit}${max === undefined ? `, ${min} or more` : ` from ${min} to ${max}`}`,
  };
}

/** A finite number of at least 0 (or, with `positive`, more than 0), and at most `max` when given. */
function amount(accepts: string, positive = false, max?: number) {
  const checks = [positive ? z.gt(0) : z.gte(0), ...(max === undefined ? [] : [z.lte(max)])];
  return { schema: z.number().check(...checks), accepts };
}

/**
 * The most seconds a model request or an AI run may be given: a week. Far beyond any useful wait,
 * and far below what a timer can hold (2^31-1 ms, about 24.8 days; Node fires a longer timer after
 * 1 ms), so a huge value can never end a run at once. The CLI's --timeout and --deadline share it.
 */
export const MAX_AI_SECONDS = 604_800;

const flag = { schema: z.boolean(), accepts: 'true or false' };
const text = (accepts: string) => ({ schema: z.string(), accepts });

/** An object of `key: value` entries, each checked on its own. */
function mapOf<K extends string, V>(key: z.ZodMiniType<K>, value: z.ZodMiniType<V>, accepts: string) {
  return { schema: z.record(key, value), entries: { key, value }, accepts };
}

const price = z.number().check(z.gte(0));
/** One model's prices in USD per million tokens: `docwright.ai.prices` values and the CLI's --prices file. */
export const modelPriceSchema = z.object({ inputPerMTok: price, outputPerMTok: price, cachedInputPerMTok: z.optional(price), batchInputPerMTok: z.optional(price), batchOutputPerMTok: z.optional(price) });

export const SETTINGS: { [K in keyof DocwrightConfig]: SettingSpec<K> } = {
  pythonStyle: {
    key: 'docwright.style.python',
    default: 'auto',
    ...oneOf('auto', 'google', 'numpy', 'sphinx'),
    scope: 'resource',
    description: 'Docstring style for Python. `auto`: the majority style of the file, else pyproject.toml ([tool.pydoclint] style or ruff pydocstyle convention), else Google.',
  },
  jsStyle: {
    key: 'docwright.style.javascript',
    default: 'auto',
    ...oneOf('auto', 'jsdoc', 'tsdoc'),
    scope: 'resource',
    description: 'Doc comment style for TypeScript and JavaScript. `auto`: the majority style of the file, else JSDoc.',
  },
  javaStyle: {
    key: 'docwright.style.java',
    default: 'auto',
    ...oneOf('auto', 'javadoc'),
    scope: 'resource',
    description: 'Doc comment style for Java: Javadoc (`@param`, `@param <T>`, `@return`, `@throws`).',
  },
  csharpStyle: {
    key: 'docwright.style.csharp',
    default: 'auto',
    ...oneOf('auto', 'xmldoc'),
    scope: 'resource',
    description: 'Doc comment style for C#: XML documentation comments (`<summary>`, `<param>`, `<typeparam>`, `<returns>`, `<exception>`).',
  },
  goStyle: {
    key: 'docwright.style.go',
    default: 'auto',
    ...oneOf('auto', 'godoc'),
    scope: 'resource',
    description: 'Doc comment style for Go: `godoc` (`//` lines that start with the name, as go doc and revive read them); `auto` is the same.',
  },
  rustStyle: {
    key: 'docwright.style.rust',
    default: 'auto',
    ...oneOf('auto', 'rustdoc'),
    scope: 'resource',
    description: 'Doc comment style for Rust: `rustdoc` (`///` Markdown with the API guidelines\' `# Arguments`, `# Returns`, `# Errors`, `# Panics`, `# Safety`, `# Examples` sections); `auto` is the same.',
  },
  rubyStyle: {
    key: 'docwright.style.ruby',
    default: 'auto',
    ...oneOf('auto', 'yard'),
    scope: 'resource',
    description: "Doc comment style for Ruby: `yard` (`#` lines with `@param name [Type]`, `@option`, `@yield`, `@return [Type]`, `@raise [Error]`); `auto` is the same.",
  },
  cppStyle: {
    key: 'docwright.style.cpp',
    default: 'auto',
    ...oneOf('auto', 'doxygen', 'doxygen-slash'),
    scope: 'resource',
    description: "Doc comment style for C and C++: `doxygen` (`/** */` blocks with `@brief`, `@param[in|out]`, `@tparam`, `@return`, `@throws`) or `doxygen-slash` (the same in `///` lines). `auto`: the form most of the file's doc comments use, else `doxygen`.",
  },
  phpStyle: {
    key: 'docwright.style.php',
    default: 'auto',
    ...oneOf('auto', 'phpdoc'),
    scope: 'resource',
    description: "Doc comment style for PHP: `phpdoc` (PHPDoc docblocks: `@param Type $name`, `@return`, `@throws`, `@var`); `auto` is the same.",
  },
  types: {
    key: 'docwright.types',
    default: 'auto',
    ...oneOf('auto', 'always', 'never'),
    scope: 'resource',
    description: 'Types in docstrings. `auto` omits a type the signature already annotates.',
  },
  quoteStyle: {
    key: 'docwright.quoteStyle',
    default: '"""',
    ...oneOf('"""', "'''"),
    scope: 'resource',
    description: 'Quotes of new Python docstrings.',
  },
  mentionDefaults: {
    key: 'docwright.defaults.mention',
    default: true,
    ...flag,
    scope: 'resource',
    description: "State each parameter's default in generated docstrings: `Defaults to X.` (Google, TSDoc), `by default X` (NumPy), `defaults to X` (Sphinx), `[name=X]` (JSDoc). A parameter with a default is marked optional where the style does (`int, optional`).",
  },
  templatePython: {
    key: 'docwright.template.python',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: 'Your own layout for Python docstrings: a template file (mustache-like; fields summary, description, params, returns, yields, raises, examples). A relative path is read from the workspace folder. Empty: the built-in style. A template that cannot be read or used falls back to the built-in style with a warning.',
  },
  templateJavascript: {
    key: 'docwright.template.javascript',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: 'Your own layout for JSDoc/TSDoc comments in TypeScript and JavaScript: a template file, as `docwright.template.python`. The comment\'s `/** */` and gutters are added by Docwright.',
  },
  templateJava: {
    key: 'docwright.template.java',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: 'Your own layout for Javadoc comments in Java: a template file, as `docwright.template.python`. The comment\'s `/** */` and gutters are added by Docwright.',
  },
  templateCsharp: {
    key: 'docwright.template.csharp',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: 'Your own layout for XML documentation comments in C#: a template file, as `docwright.template.python`. The `///` of each line is added by Docwright.',
  },
  templateGo: {
    key: 'docwright.template.go',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: "Your own layout for Go doc comments: a template file, as `docwright.template.python` (Go comments have no entries: `summary` and `description` are the fields that fill). The `//` of each line is added by Docwright.",
  },
  templateRust: {
    key: 'docwright.template.rust',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: 'Your own layout for rustdoc comments in Rust: a template file, as `docwright.template.python`. The `///` (or a module\'s `//!`) of each line is added by Docwright.',
  },
  templateRuby: {
    key: 'docwright.template.ruby',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: "Your own layout for YARD comments in Ruby: a template file, as `docwright.template.python`. The `#` of each line is added by Docwright.",
  },
  templateCpp: {
    key: 'docwright.template.cpp',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: "Your own layout for Doxygen comments in C and C++: a template file, as `docwright.template.python`. The comment's `/** */` or `///` is added by Docwright.",
  },
  templatePhp: {
    key: 'docwright.template.php',
    default: '',
    schema: z.string().check(z.trim()),
    accepts: 'a path to a template file, or "" for the built-in style',
    scope: 'resource',
    description: "Your own layout for PHPDoc docblocks in PHP: a template file, as `docwright.template.python`. The docblock's `/** */` and gutters are added by Docwright.",
  },
  fileOverview: {
    key: 'docwright.fileOverview',
    default: false,
    ...flag,
    scope: 'resource',
    description:
      'TypeScript and JavaScript: "Generate Docstrings for File" also writes a file overview comment (`@file` in JSDoc, `@packageDocumentation` in TSDoc) when the file has none. The cursor command on the first line writes it whatever this says. Python file runs always write the module docstring. Go: the package comment (`// Package x ...`), which belongs in one file of each package.',
  },
  useLanguageServices: {
    key: 'docwright.useLanguageServices',
    default: true,
    ...flag,
    scope: 'resource',
    description: "Ask the editor's language services for inferred types of unannotated JavaScript parameters.",
  },
  validationEnabled: {
    key: 'docwright.validation.enabled',
    default: true,
    ...flag,
    scope: 'resource',
    description: 'Report docstrings that disagree with their code as diagnostics, with quick fixes.',
  },
  completionEnabled: {
    key: 'docwright.completion.enabled',
    default: true,
    ...flag,
    scope: 'resource',
    description: "Typing \"\"\" or ''' under a Python def/class (or at the top of a module), or /** above a JS/TS declaration, offers Docwright's docstring as a completion.",
  },
  validationSeverity: {
    key: 'docwright.validation.severity',
    default: {},
    ...mapOf(
      z.custom<RuleCode>((code) => typeof code === 'string' && isRuleCode(code)),
      z.enum(SEVERITIES as [Severity, ...Severity[]]),
      `an object mapping rule codes (DW101...) to ${SEVERITIES.map((v) => JSON.stringify(v)).join(', ')}`,
    ),
    scope: 'resource',
    description: 'Severity per rule code (`error`, `warning`, `information`, `hint`, `off`); a rule not named keeps its default.',
  },
  validationMaxFileSize: {
    key: 'docwright.validation.maxFileSize',
    default: 500000,
    ...amount('a number of bytes, 0 or more'),
    scope: 'resource',
    description: 'Files larger than this many bytes are not validated.',
  },
  aiProvider: {
    key: 'docwright.ai.provider',
    default: 'none',
    ...oneOf('none', 'openai', 'azure', 'compatible'),
    scope: 'window',
    description: 'Where AI descriptions come from; `none` writes templates only.',
  },
  aiModel: {
    key: 'docwright.ai.model',
    default: 'gpt-4o-mini',
    schema: z.string().check(z.trim(), z.minLength(1)),
    accepts: 'a model name (not empty)',
    scope: 'window',
    description: 'The model (OpenAI, compatible servers) that writes descriptions.',
  },
  aiLanguage: {
    key: 'docwright.ai.language',
    default: 'English',
    schema: z.string().check(z.trim(), z.regex(LANGUAGE_NAME)),
    accepts: 'a language name such as "French" or "Brazilian Portuguese" (at most three words, letters and hyphens, an optional region in parentheses)',
    scope: 'window',
    description: 'The natural language the model writes summaries and descriptions in; names, types and code stay as they are.',
  },
  aiBaseUrl: {
    key: 'docwright.ai.baseUrl',
    default: '',
    ...text('a URL, or "" for OpenAI'),
    scope: 'window',
    description: "The OpenAI-compatible server's base URL (or Azure's v1 URL).",
  },
  aiAzureEndpoint: {
    key: 'docwright.ai.azure.endpoint',
    default: '',
    ...text('a URL, or ""'),
    scope: 'window',
    description: 'Azure OpenAI resource endpoint.',
  },
  aiAzureDeployment: {
    key: 'docwright.ai.azure.deployment',
    default: '',
    ...text('a deployment name, or ""'),
    scope: 'window',
    description: 'Azure OpenAI deployment name.',
  },
  aiAzureApiVersion: {
    key: 'docwright.ai.azure.apiVersion',
    default: '2024-10-21',
    ...text('an API version such as "2024-10-21"'),
    scope: 'window',
    description: 'Azure OpenAI API version.',
  },
  aiMaxConcurrency: {
    key: 'docwright.ai.maxConcurrency',
    default: 4,
    ...wholeNumber(1, 32),
    scope: 'window',
    description: 'Model requests in flight at once during a file run.',
  },
  aiGroupSize: {
    key: 'docwright.ai.groupSize',
    default: 5,
    ...wholeNumber(1, 16),
    scope: 'window',
    description: "Symbols of one file described by one model request during a file or folder run (1: one request per symbol). Grouping sends the instructions once per request: at 5, about 40 % fewer prompt tokens. Each symbol's answer is checked on its own; a bad one is asked for alone.",
  },
  aiBatchEnabled: {
    key: 'docwright.ai.batch.enabled',
    default: false,
    ...flag,
    scope: 'window',
    description: 'For an OpenAI-compatible server: "Generate Docstrings in Folder" also offers to send the folder as a batch job (the server must serve the Files and Batches API). OpenAI and Azure OpenAI always offer it.',
  },
  aiRequestsPerMinute: {
    key: 'docwright.ai.requestsPerMinute',
    // OpenAI's first usage tier allows 500 requests/min for its small models; local servers have no limit.
    default: 500,
    ...wholeNumber(1),
    scope: 'window',
    description: 'Model requests per minute, at most.',
  },
  aiTokensPerMinute: {
    key: 'docwright.ai.tokensPerMinute',
    default: 200000,
    ...wholeNumber(1),
    scope: 'window',
    description: 'Model tokens (prompt plus answer limit) per minute, at most.',
  },
  aiTimeoutSeconds: {
    key: 'docwright.ai.timeoutSeconds',
    default: 60,
    ...amount(`a number of seconds, more than 0 and at most ${MAX_AI_SECONDS} (a week)`, true, MAX_AI_SECONDS),
    scope: 'window',
    description: 'How long one model request may take.',
  },
  aiRunDeadlineSeconds: {
    key: 'docwright.ai.runDeadlineSeconds',
    default: 600,
    ...amount(`a number of seconds, more than 0 and at most ${MAX_AI_SECONDS} (a week)`, true, MAX_AI_SECONDS),
    scope: 'window',
    description: 'How long one AI run (a file, a lightbulb action) may ask the model; after it, the remaining symbols get template docstrings.',
  },
  aiConfirmAboveUsd: {
    key: 'docwright.ai.confirmAboveUsd',
    default: 0.5,
    ...amount('an amount in US dollars, 0 or more'),
    scope: 'application',
    description: 'A file run estimated to cost more than this asks first.',
  },
  aiPreview: {
    key: 'docwright.ai.preview',
    default: 'never',
    ...oneOf('never', 'fileRuns', 'always'),
    scope: 'window',
    description: "Show the model's docstrings in VS Code's Refactor Preview to apply or discard, per symbol or all at once, before anything is written. `fileRuns`: \"Generate Docstrings for File\"; `always`: the lightbulb and the cursor command too. Template docstrings (no AI) are written at once.",
  },
  aiPrices: {
    key: 'docwright.ai.prices',
    default: {},
    ...mapOf(
      z.string(),
      modelPriceSchema,
      'an object mapping model names to { "inputPerMTok": number, "outputPerMTok": number, "cachedInputPerMTok"?: number, "batchInputPerMTok"?: number, "batchOutputPerMTok"?: number }, each 0 or more',
    ),
    scope: 'application',
    description: 'Prices per model (USD per million input, output and optionally cached input tokens), over the built-in ones.',
  },
  budgetDailyTokens: {
    key: 'docwright.budget.dailyTokens',
    default: 0,
    ...wholeNumber(0, undefined, ' of tokens'),
    scope: 'application',
    description: 'Model tokens a day, at most; 0 means no budget.',
  },
  budgetDailyCostUsd: {
    key: 'docwright.budget.dailyCostUsd',
    default: 0,
    ...amount('an amount in US dollars, 0 or more'),
    scope: 'application',
    description: 'Model cost in US dollars a day, at most; 0 means no budget.',
  },
  budgetWarnAtPercent: {
    key: 'docwright.budget.warnAtPercent',
    default: 80,
    ...wholeNumber(1, 100),
    scope: 'application',
    description: 'Warn once the day reaches this percentage of a daily budget.',
  },
  budgetHardStop: {
    key: 'docwright.budget.hardStop',
    default: false,
    ...flag,
    scope: 'application',
    description: 'When a daily budget is used up, write template docstrings instead of asking the model, and say so.',
  },
};

export const DEFAULT_CONFIG: DocwrightConfig = Object.fromEntries(
  Object.entries(SETTINGS).map(([name, spec]) => [name, spec.default]),
) as unknown as DocwrightConfig;

export interface ConfigProblem {
  key: string;
  message: string;
  /** The rejected value (or entries) as the message shows it: the same mistake gives the same text. */
  rejected: string;
}

const anObject = z.record(z.string(), z.unknown());

/** A value as a message shows it: JSON, cut short when long. */
function show(value: unknown): string {
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * Build the config from a reader of raw values (`undefined`: not set). A bad value yields one problem
 * naming the setting, the value, what it accepts and what is used instead: `previous[name]` (the last
 * good value) when given, else the default. An object setting keeps its valid entries and drops the rest.
 */
export function readConfig(get: (key: string) => unknown, previous?: DocwrightConfig): { config: DocwrightConfig; problems: ConfigProblem[] } {
  const config = { ...DEFAULT_CONFIG } as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const [name, spec] of Object.entries(SETTINGS) as [keyof DocwrightConfig, SettingSpec<keyof DocwrightConfig>][]) {
    const value = get(spec.key);
    if (value === undefined) continue;
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) {
      config[name] = parsed.data;
      continue;
    }
    if (spec.entries && anObject.safeParse(value).success) {
      const kept: Record<string, unknown> = {};
      const bad: string[] = [];
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        const parsedEntry = spec.entries.value.safeParse(entry);
        if (spec.entries.key.safeParse(key).success && parsedEntry.success) kept[key] = parsedEntry.data;
        else bad.push(`${JSON.stringify(key)}: ${show(entry)}`);
      }
      config[name] = kept;
      const rejected = bad.join(', ');
      const one = bad.length === 1;
      problems.push({
        key: spec.key,
        rejected,
        message: `Setting ${spec.key} has the ${one ? 'entry' : 'entries'} ${rejected}; it accepts ${spec.accepts}. Ignoring ${one ? 'it' : 'them'} and using the other entries.`,
      });
      continue;
    }
    const last = previous?.[name];
    const fallback = last !== undefined ? last : spec.default;
    config[name] = fallback;
    const rejected = show(value);
    problems.push({
      key: spec.key,
      rejected,
      message: `Setting ${spec.key} has the value ${rejected}; it accepts ${spec.accepts}. ${last !== undefined ? 'Keeping the last good value' : 'Using the default'} ${show(fallback)}.`,
    });
  }
  return { config: config as unknown as DocwrightConfig, problems };
}
