/** Command-line parsing for `docwright generate | check | fix`: node:util parseArgs (built in, strict), our messages. */
import { parseArgs as parseCommandLine } from 'node:util';
import { MAX_AI_SECONDS } from '../core/config/settings';
import { LANGUAGE_NAME } from '../core/ai/language';
import type { DocStyle, TypesMode } from '../core/docstring/model';
import type { QuoteStyle } from '../core/generate/literal';
import type { Severity } from '../core/validate/rules';
import { isRuleCode, RULE_SPAN, type RuleCode } from '../core/validate/rules';
import { FORMATS, type Format } from './report';

/** The same default as the editor's docwright.validation.maxFileSize. */
export const DEFAULT_MAX_FILE_SIZE = 500_000;
/**
 * The parser's memory grows with the file: about 180 bytes per byte of source, 400 for deeply
 * nested code. Measured at 2 MB: 364 MB for ordinary code, 805 MB for a file of nested brackets;
 * no limit admits a file that would take more than 1 GB (the parser aborts, unrecoverably, near 50 MB).
 */
export const MAX_MAX_FILE_SIZE = 2_000_000;
export const DEFAULT_AI_TIMEOUT_SECONDS = 60;
export const DEFAULT_AI_DEADLINE_SECONDS = 3600;
/**
 * Symbols per request by default. Measured by \`npm run bench\` (AI part): 5 saves over 40 % of the
 * prompt tokens; 8 saves a few points more while one bad answer costs 8 retries and the answer
 * needs 4,800 output tokens, more than small local models can give.
 */
export const DEFAULT_AI_GROUP_SIZE = 5;
export const MAX_AI_GROUP_SIZE = 16;

export const USAGE = `usage: docwright generate [--style S] [--types auto|always|never] [--quote '"""'|"'''"] [--write]
                          [--file-overview]
                          [--ai [--provider openai|azure|compatible] [--base-url URL] [--model M] [--language NAME]
                                [--cache-dir DIR] [--concurrency N] [--group-size N]
                                [--timeout SECONDS] [--deadline SECONDS] [--stats] [--prices FILE]] [--diff] [--check]
                          [--batch | --batch-file OUT.jsonl] [--max-file-size BYTES] [WALK] FILE...
       docwright batch status [ID...] [--format text|json] [--cache-dir DIR] [--provider P] [--base-url URL]
       docwright batch apply [ID] [--results RESULTS.jsonl] [--diff] [--stats] [--prices FILE] [--cache-dir DIR] [--provider P] [--base-url URL]
       docwright batch cancel ID [--cache-dir DIR] [--provider P] [--base-url URL]
       docwright check [--format text|json|github|sarif|junit] [--statistics] [--exit-zero]
                       [--style S] [--min-severity L] [--ignore CODES] [--max-file-size BYTES]
                       [--jobs N] [--no-cache] [--cache-dir DIR]
                       [WALK] PATH...
       docwright fix [--style S] [--diff] [--check] [--max-file-size BYTES] [WALK] PATH...
       docwright coverage [--fail-under N] [--format text|json] [--max-file-size BYTES] [WALK] PATH...
  WALK: [--exclude GLOB]... [--no-ignore] [--force-exclude] [--config FILE]

  generate  documents every undocumented module, class, function and method with a template
            docstring; prints each changed file, or rewrites it with --write. With --ai the
            descriptions come from a model (OpenAI, Azure OpenAI or any OpenAI-compatible server;
            keys from OPENAI_API_KEY / AZURE_OPENAI_API_KEY, DOCWRIGHT_API_KEY for compatible);
            a symbol the model cannot describe gets its template docstring and is reported.
  check     reports docstrings that do not match their signatures (file:line:col CODE message);
            --format github prints workflow annotations, sarif a SARIF 2.1.0 log, junit JUnit XML;
            --statistics prints counts per rule instead; --exit-zero exits 0 despite findings.
  --batch   (generate --ai) hands the job to the provider's batch API (OpenAI, Azure OpenAI:
            about half the price, results within 24 hours) instead of asking now; prints the
            batch id. --batch-file OUT.jsonl only writes the requests (for vllm run-batch or
            another engine). Nothing is written to the sources until \`batch apply\`.
  batch     status: every saved batch (or these) with its progress; apply: downloads the results
            (or reads --results RESULTS.jsonl) and writes the answers whose symbol is unchanged
            since it was sent, reporting the rest as stale; cancel: stops a batch. The state lives
            in .docwright_cache/ai/batches at the project root (or --cache-dir); running a command
            again after an interrupt resumes it. The key goes only to the provider and URL the
            command line names (default: OpenAI), never to one read from a state file.
  fix       applies "Update docstring" to every stale docstring and rewrites the file.
  coverage  the share of public modules, classes, functions and methods with a docstring, per
            file and in total; --fail-under N exits 1 below N percent.
  --file-overview  (generate) also writes the file's own doc comment where there is none (a TS/JS
            @file overview, a Go package comment, a Rust //! module doc); Python module docstrings
            are always written.
  --prices FILE  (generate --ai, batch) model prices over the built-in table, a JSON object as the
            editor's docwright.ai.prices: {"model": {"inputPerMTok": 0.15, "outputPerMTok": 0.6,
            "batchInputPerMTok": 0.075, "batchOutputPerMTok": 0.3}} (USD per million tokens).
  --group-size N  (generate --ai) symbols described by one request, from one file (default
            ${DEFAULT_AI_GROUP_SIZE}; 1 asks for each symbol alone); each answer is checked on its own.
  --diff    (generate, fix) prints a unified diff and writes nothing; --check writes nothing and
            exits 1 when a file would change (names it, or with --diff shows it).

PATH may be a folder: .py, .ts, .tsx, .js and .jsx files below it are used, skipping
node_modules, hidden folders, what .gitignore and .ignore files ignore (not with --no-ignore),
and what --exclude or the configuration's exclude globs match. A file named on the command line is
used even then, unless --force-exclude. A file whose result would not parse is never written.
Settings come from the nearest docwright.toml, pyproject.toml [tool.docwright] or package.json
"docwright" above each file, or from --config FILE for every file (its globs relative to the
current folder, like --exclude); flags override them.
S is google, numpy, sphinx (Python), jsdoc or tsdoc (TS/JS), godoc (Go); without it the configuration's style,
then the file's own majority style, then pyproject.toml's pydocstyle convention, then google / jsdoc.
L is error, warning, information (default) or hint.
check uses a worker thread per core; --jobs N sets how many (1: none, in this process).
check keeps each file's findings in .docwright_cache at the project root (or --cache-dir), keyed
by the file's content, Docwright's version and the configuration; --no-cache skips it.
Files larger than --max-file-size (default ${DEFAULT_MAX_FILE_SIZE} bytes) are skipped and reported.
Files are written atomically, never over a file saved during the run, and keep every byte outside
the docstrings (their encoding, BOM and line endings). With --ai, --timeout is one request's
limit (default ${DEFAULT_AI_TIMEOUT_SECONDS} s) and --deadline the whole run's (default ${DEFAULT_AI_DEADLINE_SECONDS} s); after it, or after
repeated failures, the remaining symbols get template docstrings.

docwright --version prints the version; --help (-h) this text.

exit status: 0 nothing to report / success, 1 findings (check), a file that would change
(--check), coverage under --fail-under, or files or symbols that could not be handled (with --ai
also symbols that fell back to a template), 2 usage error or a bad configuration value (also --ai
without the provider's API key), 141 when the reader of the output went away`;

export class UsageError extends Error {}

export const STYLES: readonly DocStyle[] = ['google', 'numpy', 'sphinx', 'jsdoc', 'tsdoc', 'godoc'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export interface Options {
  command: 'generate' | 'check' | 'fix' | 'coverage' | 'batch';
  /** generate --ai --batch / --batch-file: the job goes to a batch engine instead of being asked now. */
  batchSubmit?: { file?: string };
  /** docwright batch ACTION [ID...]. */
  batch?: BatchCommand;
  /** coverage --fail-under: exit 1 when the total percentage is below it. */
  failUnder?: number;
  style?: DocStyle;
  /** types, quote and minSeverity: undefined when not given, so the project's configuration applies. */
  types?: TypesMode;
  quote?: QuoteStyle;
  write: boolean;
  format: Format;
  /** check --statistics: counts per rule instead of the findings. */
  statistics: boolean;
  /** check --exit-zero: exit 0 even with findings. */
  exitZero: boolean;
  /** generate / fix --diff: print a unified diff instead of writing. */
  diff: boolean;
  /** generate / fix --check: write nothing; exit 1 when something would change. */
  check: boolean;
  minSeverity?: Exclude<Severity, 'off'>;
  /** Added to the project's `ignore`. */
  ignore: Set<RuleCode>;
  /** Larger files are reported and skipped, never read into the parser. */
  maxFileSize: number;
  /** check --jobs: worker threads (1: in this process); default: every core (see src/cli/pool.ts). */
  jobs?: number;
  /** check --no-cache: neither read nor write the result cache (src/cli/resultCache.ts). */
  noCache?: boolean;
  /** check --cache-dir: the result cache's folder instead of .docwright_cache at the project root. */
  checkCacheDir?: string;
  /** --exclude globs (relative to the current folder), over the project's `exclude`. */
  exclude: string[];
  /** --no-ignore: walk without reading .gitignore and .ignore. */
  noIgnore: boolean;
  /** --force-exclude: files named on the command line are excluded too. */
  forceExclude: boolean;
  /** --config FILE: this configuration for every file instead of each file's nearest one. */
  config?: string;
  /** generate --file-overview: TS/JS files get a file overview comment too (as the editor's docwright.fileOverview). */
  fileOverview: boolean;
  paths: string[];
  /** generate --ai: descriptions from a model. */
  ai?: AiOptions;
}

export const PROVIDERS = ['openai', 'azure', 'compatible'] as const;

export const BATCH_ACTIONS = ['status', 'apply', 'cancel'] as const;

export interface BatchCommand {
  action: (typeof BATCH_ACTIONS)[number];
  /** Local batch ids (or unambiguous prefixes). */
  ids: string[];
  /** apply --results: a results file produced elsewhere (vllm run-batch). */
  results?: string;
  /** The state folder's parent (the AI cache folder); default .docwright_cache/ai at the project root. */
  cacheDir?: string;
  /** Where the key may go: the provider and URL the command line names. */
  provider: (typeof PROVIDERS)[number];
  baseUrl?: string;
  stats: boolean;
  /** --prices FILE.json. */
  pricesFile?: string;
  /** status --format json. */
  json: boolean;
}

export interface AiOptions {
  provider: (typeof PROVIDERS)[number];
  baseUrl?: string;
  model: string;
  cacheDir?: string;
  concurrency: number;
  /** Symbols described by one request (1: one request per symbol). */
  groupSize: number;
  /** --language: the natural language of the descriptions (default English). */
  language?: string;
  /** --prices FILE.json: model prices over the built-in table (read when the run starts). */
  pricesFile?: string;
  /** One HTTP attempt's time limit. */
  timeoutSeconds: number;
  /** The whole run's: after it, no request is sent and the remaining symbols get templates. */
  deadlineSeconds: number;
  stats: boolean;
}

export const DEFAULT_AI_MODEL = 'gpt-4o-mini';
export const DEFAULT_AI_CONCURRENCY = 4;

type Command = Options['command'];
type FlagSpec = { type: 'string' | 'boolean'; multiple?: boolean };
type Values = Partial<Record<Flag, string | boolean | string[]>>;

/** Every flag, as node:util parseArgs declares it. */
const ALL_FLAGS = {
  style: { type: 'string' },
  types: { type: 'string' },
  quote: { type: 'string' },
  write: { type: 'boolean' },
  format: { type: 'string' },
  'min-severity': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string' },
  'no-cache': { type: 'boolean' },
  ai: { type: 'boolean' },
  provider: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'cache-dir': { type: 'string' },
  concurrency: { type: 'string' },
  'group-size': { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  stats: { type: 'boolean' },
  language: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'force-exclude': { type: 'boolean' },
  'file-overview': { type: 'boolean' },
  statistics: { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  diff: { type: 'boolean' },
  check: { type: 'boolean' },
  'fail-under': { type: 'string' },
  config: { type: 'string' },
  batch: { type: 'boolean' },
  'batch-file': { type: 'string' },
  results: { type: 'string' },
  prices: { type: 'string' },
} as const satisfies Record<string, FlagSpec>;
type Flag = keyof typeof ALL_FLAGS;

const AI_FLAGS: readonly Flag[] = ['provider', 'base-url', 'model', 'language', 'cache-dir', 'concurrency', 'group-size', 'timeout', 'deadline', 'stats', 'prices'];

const WALK_FLAGS: readonly Flag[] = ['exclude', 'no-ignore', 'force-exclude', 'config'];

/** Which flags each command takes; any other is a usage error naming the command. */
const FLAGS: Record<Command, readonly Flag[]> = {
  generate: ['style', 'types', 'quote', 'write', 'diff', 'check', 'max-file-size', 'file-overview', 'ai', 'batch', 'batch-file', ...AI_FLAGS, ...WALK_FLAGS],
  check: ['style', 'format', 'min-severity', 'ignore', 'max-file-size', 'statistics', 'exit-zero', 'jobs', 'no-cache', 'cache-dir', ...WALK_FLAGS],
  fix: ['style', 'diff', 'check', 'max-file-size', ...WALK_FLAGS],
  coverage: ['format', 'fail-under', 'max-file-size', ...WALK_FLAGS],
  batch: ['format', 'results', 'diff', 'stats', 'cache-dir', 'provider', 'base-url', 'prices'],
};

/** What each value flag accepts, for "needs a value" messages. */
const ACCEPTS: Partial<Record<Flag, string>> = {
  style: STYLES.join(', '),
  types: 'auto, always, never',
  quote: `'"""' or "'''"`,
  format: FORMATS.join(', '),
  'min-severity': SEVERITIES.join(', '),
  ignore: 'rule codes, comma-separated (DW101,DW102)',
  'max-file-size': 'a whole number of bytes',
  jobs: 'a whole number of worker threads, 1 or more',
  provider: PROVIDERS.join(', '),
  'base-url': 'an http(s) URL',
  model: 'a model name',
  language: 'a language name such as French',
  'cache-dir': 'a folder',
  config: 'a docwright.toml, pyproject.toml or package.json file',
  concurrency: 'a whole number from 1 to 64',
  'group-size': `a whole number from 1 to ${MAX_AI_GROUP_SIZE}`,
  timeout: 'a number of seconds',
  deadline: 'a number of seconds',
  exclude: 'a glob, e.g. "build/**"',
  'fail-under': 'a percentage from 0 to 100',
  'batch-file': 'a .jsonl file to write the requests to',
  results: 'a results .jsonl file (OpenAI or vllm run-batch output)',
  prices: 'a .json file of model prices, as docwright.ai.prices',
};

function oneOf<T extends string>(flag: string, value: string, accepted: readonly T[]): T {
  if (!(accepted as readonly string[]).includes(value)) throw new UsageError(`${flag} ${value}: expected one of ${accepted.join(', ')}`);
  return value as T;
}

function seconds(flag: string, given: string): number {
  const n = Number(given);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_AI_SECONDS) throw new UsageError(`${flag} ${given}: expected a number of seconds greater than 0 and at most ${MAX_AI_SECONDS} (a week)`);
  return n;
}

const needsValue = (name: Flag) => new UsageError(`--${name} needs a value${ACCEPTS[name] ? `: ${ACCEPTS[name]}` : ''}`);

/** parseArgs' own errors, reworded to name the flag, the command and what the flag accepts. */
function usageErrorFrom(error: unknown, command: Command): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^'\s<]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option '${flag}' for '${command}'`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^--/, '') as Flag;
    if ((ALL_FLAGS[name] as FlagSpec | undefined)?.type === 'boolean') return new UsageError(`${flag} takes no value`);
    return needsValue(name);
  }
  return new UsageError(message);
}

/** Parse `docwright COMMAND [flags] PATH...` (node:util parseArgs, strict: unknown flags and missing values are usage errors). */
export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'generate' && command !== 'check' && command !== 'fix' && command !== 'coverage' && command !== 'batch') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const declared = Object.fromEntries(FLAGS[command].map((name) => [name, ALL_FLAGS[name]])) as Record<string, FlagSpec>;
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandLine({ args: rest, options: declared, strict: true, allowPositionals: true }) as { values: Values; positionals: string[] });
  } catch (error) {
    throw usageErrorFrom(error, command);
  }
  /** A value flag's text; an empty one (`--style=`) is refused as missing. */
  const text = (name: Flag): string | undefined => {
    const value = values[name];
    if (value === '') throw needsValue(name);
    return value as string | undefined;
  };
  if (command === 'batch') return { ...baseOptions(command, values, []), batch: batchCommand(positionals, text, values) };
  const options: Options = { command, write: values.write === true, format: 'text', statistics: values.statistics === true, exitZero: values['exit-zero'] === true, diff: values.diff === true, check: values.check === true, ignore: new Set(), maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: positionals, exclude: [], noIgnore: values['no-ignore'] === true, forceExclude: values['force-exclude'] === true, fileOverview: values['file-overview'] === true };
  for (const glob of (values.exclude as string[] | undefined) ?? []) {
    if (glob === '') throw needsValue('exclude');
    options.exclude.push(glob);
  }
  const style = text('style');
  if (style !== undefined) options.style = oneOf('--style', style, STYLES);
  const types = text('types');
  if (types !== undefined) options.types = oneOf('--types', types, ['auto', 'always', 'never'] as const);
  const quote = text('quote');
  if (quote !== undefined) options.quote = oneOf('--quote', quote, ['"""', "'''"] as const);
  const format = text('format');
  if (format !== undefined) options.format = oneOf('--format', format, command === 'coverage' ? (['text', 'json'] as const) : FORMATS);
  const failUnder = text('fail-under');
  if (failUnder !== undefined) {
    const n = Number(failUnder.replace(/%$/, ''));
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--fail-under ${failUnder}: expected a percentage from 0 to 100`);
    options.failUnder = n;
  }
  const minSeverity = text('min-severity');
  if (minSeverity !== undefined) options.minSeverity = oneOf('--min-severity', minSeverity, SEVERITIES);
  const maxFileSize = text('max-file-size');
  if (maxFileSize !== undefined) {
    const n = Number(maxFileSize);
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_MAX_FILE_SIZE) throw new UsageError(`--max-file-size ${maxFileSize}: expected a whole number of bytes from 1 to ${MAX_MAX_FILE_SIZE} (the parser needs up to 400 bytes of memory per byte of source)`);
    options.maxFileSize = n;
  }
  const jobs = text('jobs');
  if (jobs !== undefined) {
    const n = Number(jobs);
    if (!Number.isSafeInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs ${jobs}: expected a whole number of worker threads from 1 to 256 (1 checks in this process)`);
    options.jobs = n;
  }
  for (const list of (values.ignore as string[] | undefined) ?? []) {
    for (const code of list.split(',').map((c) => c.trim()).filter(Boolean)) {
      if (!isRuleCode(code)) throw new UsageError(`--ignore ${code}: not a rule code (${RULE_SPAN})`);
      options.ignore.add(code);
    }
  }
  const config = text('config');
  if (config !== undefined) options.config = config;
  if (options.write && (options.diff || options.check)) throw new UsageError(`--write cannot be combined with --${options.diff ? 'diff' : 'check'}, which write nothing`);
  if (command === 'check') {
    if (values['no-cache'] === true) options.noCache = true;
    const cacheDir = text('cache-dir');
    if (cacheDir !== undefined) options.checkCacheDir = cacheDir;
  }
  // check's --cache-dir is its result cache's folder, not the AI's.
  const aiGiven = command === 'check' ? [] : AI_FLAGS.filter((name) => values[name] !== undefined);
  if (!values.ai && aiGiven.length > 0) throw new UsageError(`--${aiGiven[0]} needs --ai`);
  if (values.ai) options.ai = aiOptions(text, values.stats === true);
  const batchFile = text('batch-file');
  if (values.batch === true || batchFile !== undefined) {
    const flag = batchFile !== undefined ? '--batch-file' : '--batch';
    if (!options.ai) throw new UsageError(`${flag} needs --ai`);
    if (values.batch === true && batchFile !== undefined) throw new UsageError('--batch and --batch-file exclude each other: --batch sends the job, --batch-file only writes it');
    const writing = options.write ? 'write' : options.diff ? 'diff' : options.check ? 'check' : undefined;
    if (writing) throw new UsageError(`${flag} cannot be combined with --${writing}: nothing is written to the sources until \`docwright batch apply\``);
    options.batchSubmit = batchFile !== undefined ? { file: batchFile } : {};
  }
  if (options.paths.length === 0) throw new UsageError(command === 'generate' ? 'no FILE given' : 'no PATH given');
  return options;
}

/** --base-url, checked: an http(s) URL. */
function baseUrlOf(text: (name: Flag) => string | undefined): string | undefined {
  const url = text('base-url');
  if (url !== undefined && (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))) throw new UsageError(`--base-url ${url}: expected an http(s) URL`);
  return url;
}

function aiOptions(text: (name: Flag) => string | undefined, stats: boolean): AiOptions {
  const ai: AiOptions = { provider: 'openai', model: text('model') ?? DEFAULT_AI_MODEL, concurrency: DEFAULT_AI_CONCURRENCY, groupSize: DEFAULT_AI_GROUP_SIZE, timeoutSeconds: DEFAULT_AI_TIMEOUT_SECONDS, deadlineSeconds: DEFAULT_AI_DEADLINE_SECONDS, stats };
  const provider = text('provider');
  if (provider !== undefined) ai.provider = oneOf('--provider', provider, PROVIDERS);
  const url = baseUrlOf(text);
  if (url !== undefined) ai.baseUrl = url;
  const cacheDir = text('cache-dir');
  if (cacheDir !== undefined) ai.cacheDir = cacheDir;
  const prices = text('prices');
  if (prices !== undefined) ai.pricesFile = prices;
  const language = text('language');
  if (language !== undefined) {
    if (!LANGUAGE_NAME.test(language.trim())) throw new UsageError(`--language ${language}: expected a language name such as French or "Brazilian Portuguese" (letters, spaces, hyphens, parentheses)`);
    ai.language = language.trim();
  }
  const timeout = text('timeout');
  if (timeout !== undefined) ai.timeoutSeconds = seconds('--timeout', timeout);
  const deadline = text('deadline');
  if (deadline !== undefined) ai.deadlineSeconds = seconds('--deadline', deadline);
  const concurrency = text('concurrency');
  if (concurrency !== undefined) {
    const n = Number(concurrency);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--concurrency ${concurrency}: expected a whole number from 1 to 64`);
    ai.concurrency = n;
  }
  const groupSize = text('group-size');
  if (groupSize !== undefined) {
    const n = Number(groupSize);
    if (!Number.isInteger(n) || n < 1 || n > MAX_AI_GROUP_SIZE) throw new UsageError(`--group-size ${groupSize}: expected a whole number from 1 to ${MAX_AI_GROUP_SIZE}`);
    ai.groupSize = n;
  }
  if (ai.provider === 'compatible' && !ai.baseUrl) throw new UsageError('--provider compatible needs --base-url (e.g. http://localhost:11434/v1)');
  if (ai.provider === 'azure' && !ai.baseUrl) throw new UsageError("--provider azure needs --base-url (Azure's v1 URL: https://<resource>.openai.azure.com/openai/v1/)");
  return ai;
}

/** The options every command has, at their defaults (for `batch`, which reads none of them). */
function baseOptions(command: Command, values: Values, paths: string[]): Options {
  return { command, write: false, format: 'text', statistics: false, exitZero: false, diff: values.diff === true, check: false, ignore: new Set(), maxFileSize: DEFAULT_MAX_FILE_SIZE, paths, exclude: [], noIgnore: false, forceExclude: false, fileOverview: false };
}

/** `batch ACTION [ID...]` and its flags. */
function batchCommand(positionals: string[], text: (name: Flag) => string | undefined, values: Values): BatchCommand {
  const [action, ...ids] = positionals;
  if (!action) throw new UsageError(`batch needs an action: ${BATCH_ACTIONS.join(', ')}`);
  const command: BatchCommand = { action: oneOf('batch', action, BATCH_ACTIONS), ids, provider: 'openai', stats: values.stats === true, json: false };
  const results = text('results');
  if (results !== undefined) {
    if (command.action !== 'apply') throw new UsageError('--results goes with batch apply');
    command.results = results;
  }
  const format = text('format');
  if (format !== undefined) {
    if (command.action !== 'status') throw new UsageError('--format goes with batch status');
    command.json = oneOf('--format', format, ['text', 'json'] as const) === 'json';
  }
  if (values.diff === true && command.action !== 'apply') throw new UsageError('--diff goes with batch apply');
  if (command.action === 'cancel' && ids.length !== 1) throw new UsageError('batch cancel needs one batch id');
  if (command.action === 'apply' && ids.length > 1) throw new UsageError('batch apply takes one batch id at most');
  const cacheDir = text('cache-dir');
  if (cacheDir !== undefined) command.cacheDir = cacheDir;
  const prices = text('prices');
  if (prices !== undefined) command.pricesFile = prices;
  const provider = text('provider');
  if (provider !== undefined) command.provider = oneOf('--provider', provider, PROVIDERS);
  const url = baseUrlOf(text);
  if (url !== undefined) command.baseUrl = url;
  if (command.provider !== 'openai' && !command.baseUrl) throw new UsageError(`--provider ${command.provider} needs --base-url`);
  return command;
}
