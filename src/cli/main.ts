/**
 * `docwright` command line: the same core as the extension, for CI and pre-commit.
 * Exit codes: 0 success, 1 some file or symbol could not be documented, 2 usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DocStyle, TypesMode } from '../core/docstring/model';
import { languageForPath } from '../core/extract';
import { generateDocstrings, SourceParseError } from '../core/generate/generateFile';
import type { QuoteStyle } from '../core/generate/literal';
import { projectStyle } from '../core/generate/project';
import { PYTHON_STYLES } from '../core/docstring/model';

const USAGE = `usage: docwright generate [--style google|numpy|sphinx|jsdoc|tsdoc] [--types auto|always|never]
                         [--quote '"""'|"'''"] [--write] FILE...

Documents every undocumented module, class, function and method of each FILE (.py, .ts, .tsx,
.js, .jsx) with a template docstring. Prints each changed file to stdout, or with --write
rewrites it in place. A file whose result would not parse is never written.

exit status: 0 success, 1 some symbols or files could not be documented, 2 usage error`;

class UsageError extends Error {}

interface Options {
  style?: DocStyle;
  types: TypesMode;
  quote: QuoteStyle;
  write: boolean;
  files: string[];
}

const STYLES: readonly DocStyle[] = ['google', 'numpy', 'sphinx', 'jsdoc', 'tsdoc'];

function oneOf<T extends string>(flag: string, value: string | undefined, accepted: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${accepted.join(', ')}`);
  if (!(accepted as readonly string[]).includes(value)) throw new UsageError(`${flag} ${value}: expected one of ${accepted.join(', ')}`);
  return value as T;
}

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'generate') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const options: Options = { types: 'auto', quote: '"""', write: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--style') options.style = oneOf('--style', value(), STYLES);
    else if (flag === '--types') options.types = oneOf('--types', value(), ['auto', 'always', 'never'] as const);
    else if (flag === '--quote') options.quote = oneOf('--quote', value(), ['"""', "'''"] as const);
    else if (flag === '--write') options.write = true;
    else if (flag === '--') {
      options.files.push(...rest.slice(i + 1));
      break;
    }
    else if (flag.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no FILE given');
  return options;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Returns true when the whole file was documented. */
async function generateFile(file: string, options: Options, many: boolean): Promise<boolean> {
  const language = languageForPath(file);
  if (!language) {
    process.stderr.write(`${file}: unsupported file type; docwright documents .py, .pyi, .ts, .tsx, .js and .jsx files\n`);
    return false;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return false;
  }
  const python = language === 'python';
  if (options.style && PYTHON_STYLES.includes(options.style) !== python) {
    process.stderr.write(`${file}: --style ${options.style} does not apply to ${python ? 'Python' : 'TypeScript/JavaScript'}; using auto for this file\n`);
  }
  const style = options.style && PYTHON_STYLES.includes(options.style) === python ? options.style : 'auto';
  const fromProject = python ? await projectStyle(dirname(resolve(file)), readIfExists, join, dirname) : undefined;
  let result;
  try {
    result = await generateDocstrings(text, language, { style, projectStyle: fromProject, types: options.types, quote: options.quote });
  } catch (error) {
    if (error instanceof SourceParseError) {
      process.stderr.write(`${file}:${error.line}:${error.column}: ${error.message}\n`);
      return false;
    }
    throw error;
  }
  for (const failure of result.failures) {
    process.stderr.write(`${file}:${failure.line}: ${failure.symbol.namePath.join('.') || '<module>'}: ${failure.reason}\n`);
  }
  if (result.edits.length > 0) {
    if (options.write) await writeFile(file, result.newText, 'utf8');
    else process.stdout.write((many ? `==> ${file} <==\n` : '') + result.newText);
  }
  return result.failures.length === 0;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`docwright: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  let ok = true;
  for (const file of options.files) ok = (await generateFile(file, options, options.files.length > 1)) && ok;
  return ok ? 0 : 1;
}

/** Entry point used by bin/docwright.js. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`docwright: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
