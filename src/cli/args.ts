/** Command-line parsing for `docwright generate | check | fix`. */
import { MAX_AI_SECONDS } from '../core/config/settings';
import type { DocStyle, TypesMode } from '../core/docstring/model';
import type { QuoteStyle } from '../core/generate/literal';
import type { Severity } from '../core/validate/rules';
import { isRuleCode, type RuleCode } from '../core/validate/rules';

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

export const USAGE = `usage: docwright generate [--style S] [--types auto|always|never] [--quote '"""'|"'''"] [--write]
                          [--ai [--provider openai|azure|compatible] [--base-url URL] [--model M]
                                [--cache-dir DIR] [--concurrency N] [--timeout SECONDS]
                                [--deadline SECONDS] [--stats]] [--max-file-size BYTES] FILE...
       docwright check [--format text|json] [--style S] [--min-severity L] [--ignore CODES]
                       [--max-file-size BYTES] PATH...
       docwright fix [--style S] [--max-file-size BYTES] PATH...

  generate  documents every undocumented module, class, function and method with a template
            docstring; prints each changed file, or rewrites it with --write. With --ai the
            descriptions come from a model (OpenAI, Azure OpenAI or any OpenAI-compatible server;
            keys from OPENAI_API_KEY / AZURE_OPENAI_API_KEY, DOCWRIGHT_API_KEY for compatible);
            a symbol the model cannot describe gets its template docstring and is reported.
  check     reports docstrings that do not match their signatures (file:line:col CODE message).
  fix       applies "Update docstring" to every stale docstring and rewrites the file.

PATH may be a folder: .py, .ts, .tsx, .js and .jsx files below it are used, skipping
node_modules, .git and other hidden folders. A file whose result would not parse is never written.
S is google, numpy, sphinx (Python), jsdoc or tsdoc (TS/JS); without it the file's own majority
style, then pyproject.toml, then google / jsdoc. L is error, warning, information (default) or hint.
Files larger than --max-file-size (default ${DEFAULT_MAX_FILE_SIZE} bytes) are skipped and reported.
Files are written atomically, never over a file saved during the run, and keep every byte outside
the docstrings (their encoding, BOM and line endings). With --ai, --timeout is one request's
limit (default ${DEFAULT_AI_TIMEOUT_SECONDS} s) and --deadline the whole run's (default ${DEFAULT_AI_DEADLINE_SECONDS} s); after it, or after
repeated failures, the remaining symbols get template docstrings.

exit status: 0 nothing to report / success, 1 findings (check) or files or symbols that could not
be handled (with --ai also symbols that fell back to a template), 2 usage error (also --ai
without the provider's API key), 141 when the reader of the output went away`;

export class UsageError extends Error {}

export const STYLES: readonly DocStyle[] = ['google', 'numpy', 'sphinx', 'jsdoc', 'tsdoc'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export interface Options {
  command: 'generate' | 'check' | 'fix';
  style?: DocStyle;
  types: TypesMode;
  quote: QuoteStyle;
  write: boolean;
  format: 'text' | 'json';
  minSeverity: Exclude<Severity, 'off'>;
  ignore: Set<RuleCode>;
  /** Larger files are reported and skipped, never read into the parser. */
  maxFileSize: number;
  paths: string[];
  /** generate --ai: descriptions from a model. */
  ai?: AiOptions;
}

export const PROVIDERS = ['openai', 'azure', 'compatible'] as const;

export interface AiOptions {
  provider: (typeof PROVIDERS)[number];
  baseUrl?: string;
  model: string;
  cacheDir?: string;
  concurrency: number;
  /** One HTTP attempt's time limit. */
  timeoutSeconds: number;
  /** The whole run's: after it, no request is sent and the remaining symbols get templates. */
  deadlineSeconds: number;
  stats: boolean;
}

export const DEFAULT_AI_MODEL = 'gpt-4o-mini';
export const DEFAULT_AI_CONCURRENCY = 4;
const AI_FLAGS = ['--provider', '--base-url', '--model', '--cache-dir', '--concurrency', '--timeout', '--deadline', '--stats'];

function oneOf<T extends string>(flag: string, value: string | undefined, accepted: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${accepted.join(', ')}`);
  if (!(accepted as readonly string[]).includes(value)) throw new UsageError(`${flag} ${value}: expected one of ${accepted.join(', ')}`);
  return value as T;
}

/** Which flags each command takes. */
const FLAGS: Record<Options['command'], readonly string[]> = {
  generate: ['--style', '--types', '--quote', '--write', '--max-file-size', '--ai', ...AI_FLAGS],
  check: ['--style', '--format', '--min-severity', '--ignore', '--max-file-size'],
  fix: ['--style', '--max-file-size'],
};

function seconds(flag: string, given: string): number {
  const n = Number(given);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_AI_SECONDS) throw new UsageError(`${flag} ${given}: expected a number of seconds greater than 0 and at most ${MAX_AI_SECONDS} (a week)`);
  return n;
}

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'generate' && command !== 'check' && command !== 'fix') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const options: Options = { command, types: 'auto', quote: '"""', write: false, format: 'text', minSeverity: 'information', ignore: new Set(), maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] };
  let ai = false;
  const aiFlags: string[] = [];
  const aiOptions: AiOptions = { provider: 'openai', model: DEFAULT_AI_MODEL, concurrency: DEFAULT_AI_CONCURRENCY, timeoutSeconds: DEFAULT_AI_TIMEOUT_SECONDS, deadlineSeconds: DEFAULT_AI_DEADLINE_SECONDS, stats: false };
  const text = (flag: string, value: string | undefined): string => {
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    return value;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--') {
      options.paths.push(...rest.slice(i + 1));
      break;
    }
    if (!flag.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    if (!FLAGS[command].includes(flag)) throw new UsageError(`unknown option '${arg}' for '${command}'`);
    const value = () => inline ?? rest[++i];
    if (flag === '--style') options.style = oneOf('--style', value(), STYLES);
    else if (flag === '--types') options.types = oneOf('--types', value(), ['auto', 'always', 'never'] as const);
    else if (flag === '--quote') options.quote = oneOf('--quote', value(), ['"""', "'''"] as const);
    else if (flag === '--write') options.write = true;
    else if (flag === '--format') options.format = oneOf('--format', value(), ['text', 'json'] as const);
    else if (flag === '--min-severity') options.minSeverity = oneOf('--min-severity', value(), SEVERITIES);
    else if (flag === '--max-file-size') {
      const given = text('--max-file-size', value());
      const n = Number(given);
      if (!Number.isSafeInteger(n) || n < 1 || n > MAX_MAX_FILE_SIZE) throw new UsageError(`--max-file-size ${given}: expected a whole number of bytes from 1 to ${MAX_MAX_FILE_SIZE} (the parser needs up to 400 bytes of memory per byte of source)`);
      options.maxFileSize = n;
    } else if (flag === '--ai') ai = true;
    else if (AI_FLAGS.includes(flag)) {
      aiFlags.push(flag);
      if (flag === '--provider') aiOptions.provider = oneOf('--provider', value(), PROVIDERS);
      else if (flag === '--base-url') {
        const url = text('--base-url', value());
        if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError(`--base-url ${url}: expected an http(s) URL`);
        aiOptions.baseUrl = url;
      } else if (flag === '--model') aiOptions.model = text('--model', value());
      else if (flag === '--cache-dir') aiOptions.cacheDir = text('--cache-dir', value());
      else if (flag === '--stats') aiOptions.stats = true;
      else if (flag === '--timeout') aiOptions.timeoutSeconds = seconds('--timeout', text('--timeout', value()));
      else if (flag === '--deadline') aiOptions.deadlineSeconds = seconds('--deadline', text('--deadline', value()));
      else {
        const given = text('--concurrency', value());
        const n = Number(given);
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--concurrency ${given}: expected a whole number from 1 to 64`);
        aiOptions.concurrency = n;
      }
    } else if (flag === '--ignore') {
      for (const code of (value() ?? '').split(',').map((c) => c.trim()).filter(Boolean)) {
        if (!isRuleCode(code)) throw new UsageError(`--ignore ${code}: not a rule code (DW101 ... DW601)`);
        options.ignore.add(code);
      }
    }
  }
  if (!ai && aiFlags.length > 0) throw new UsageError(`${aiFlags[0]} needs --ai`);
  if (ai) {
    if (aiOptions.provider === 'compatible' && !aiOptions.baseUrl) throw new UsageError('--provider compatible needs --base-url (e.g. http://localhost:11434/v1)');
    if (aiOptions.provider === 'azure' && !aiOptions.baseUrl) throw new UsageError("--provider azure needs --base-url (Azure's v1 URL: https://<resource>.openai.azure.com/openai/v1/)");
    options.ai = aiOptions;
  }
  if (options.paths.length === 0) throw new UsageError(command === 'generate' ? 'no FILE given' : 'no PATH given');
  return options;
}
