/** Command-line parsing for `docwright generate | check | fix`. */
import type { DocStyle, TypesMode } from '../core/docstring/model';
import type { QuoteStyle } from '../core/generate/literal';
import type { Severity } from '../core/validate/rules';
import { isRuleCode, type RuleCode } from '../core/validate/rules';

export const USAGE = `usage: docwright generate [--style S] [--types auto|always|never] [--quote '"""'|"'''"] [--write] FILE...
       docwright check [--format text|json] [--style S] [--min-severity L] [--ignore CODES] PATH...
       docwright fix [--style S] PATH...

  generate  documents every undocumented module, class, function and method with a template
            docstring; prints each changed file, or rewrites it with --write.
  check     reports docstrings that do not match their signatures (file:line:col CODE message).
  fix       applies "Update docstring" to every stale docstring and rewrites the file.

PATH may be a folder: .py, .ts, .tsx, .js and .jsx files below it are used, skipping
node_modules, .git and other hidden folders. A file whose result would not parse is never written.
S is google, numpy, sphinx (Python), jsdoc or tsdoc (TS/JS); without it the file's own majority
style, then pyproject.toml, then google / jsdoc. L is error, warning, information (default) or hint.

exit status: 0 nothing to report / success, 1 findings (check) or files or symbols that could not
be handled, 2 usage error`;

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
  paths: string[];
}

function oneOf<T extends string>(flag: string, value: string | undefined, accepted: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${accepted.join(', ')}`);
  if (!(accepted as readonly string[]).includes(value)) throw new UsageError(`${flag} ${value}: expected one of ${accepted.join(', ')}`);
  return value as T;
}

/** Which flags each command takes. */
const FLAGS: Record<Options['command'], readonly string[]> = {
  generate: ['--style', '--types', '--quote', '--write'],
  check: ['--style', '--format', '--min-severity', '--ignore'],
  fix: ['--style'],
};

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'generate' && command !== 'check' && command !== 'fix') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const options: Options = { command, types: 'auto', quote: '"""', write: false, format: 'text', minSeverity: 'information', ignore: new Set(), paths: [] };
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
    else if (flag === '--ignore') {
      for (const code of (value() ?? '').split(',').map((c) => c.trim()).filter(Boolean)) {
        if (!isRuleCode(code)) throw new UsageError(`--ignore ${code}: not a rule code (DW101 ... DW601)`);
        options.ignore.add(code);
      }
    }
  }
  if (options.paths.length === 0) throw new UsageError(command === 'generate' ? 'no FILE given' : 'no PATH given');
  return options;
}
