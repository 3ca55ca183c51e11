/**
 * `docwright` command line: the same core as the extension, for CI and pre-commit.
 * Exit codes: 0 success / nothing found, 1 findings or files/symbols not handled, 2 usage error.
 */
import { generateDocstrings, SourceParseError, type FileGeneration } from '../core/generate/generateFile';
import { canEncode, decodeSource, EncodingError, spliceBytes } from '../core/text/encoding';
import { visible } from '../core/text/untrusted';
import { lineIndexOf } from '../core/text/lineIndex';
import { updateDocstrings, validateText, type Finding } from '../core/validate';
import { parseArgs, UsageError, USAGE, type Options } from './args';
import { aiKeyProblem, createAiRun, type AiRun } from './ai';
import { expandPaths, readSource, type SourceFile } from './files';
import { FileProblem } from '../core/io/regularFile';
import { writeAtomically, writesSettled } from './safeFs';
import { closedOutput, onClosedOutput, out } from './output';

const SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3, off: 4 } as const;

/** A message on stderr; names and text from the repository cannot act on the terminal. */
const err = (message: string) => {
  if (!closedOutput()) process.stderr.write(visible(message, { keepNewlines: true }) + '\n');
};

const position = (text: string, offset: number) => lineIndexOf(text).position(offset);

/**
 * Runs `work` on a file, turning any failure into one `path: reason` line: one bad file never
 * stops the run. Returns undefined on failure.
 */
async function guarded<T>(file: SourceFile, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SourceParseError) err(`${file.path}:${error.line}:${error.column}: ${error.message}`);
    else if (error instanceof FileProblem || error instanceof EncodingError) err(`${file.path}: ${error.message}`);
    else err(`${file.path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed`);
    return undefined;
  }
}

/**
 * The file's new bytes: the docstrings spliced into the bytes as read (every other byte copied),
 * proven to decode to the text the pipeline verified.
 */
function newBytes(file: SourceFile, result: FileGeneration): Buffer {
  const bytes = spliceBytes(file.bytes, file.decoded, result.edits);
  if (decodeSource(bytes, file.language).text !== result.newText) throw new EncodingError('the result would not read back as the text Docwright checked; nothing was written');
  return bytes;
}

/** Writes the new bytes in place (atomically, only over what the run read), or prints them. */
async function emit(file: SourceFile, bytes: Buffer, write: boolean, header: boolean): Promise<void> {
  if (write) await writeAtomically(file.path, bytes, file.hash);
  else out(header ? Buffer.concat([Buffer.from(`==> ${visible(file.path)} <==\n`), bytes]) : bytes);
}

function reportFailures(file: SourceFile, result: FileGeneration): void {
  for (const failure of result.failures) err(`${file.path}:${failure.line}: ${failure.symbol.namePath.join('.') || '<module>'}: ${failure.reason}`);
}

async function generate(file: SourceFile, options: Options, many: boolean, ai: AiRun | undefined): Promise<boolean> {
  const request = {
    style: file.style,
    projectStyle: file.projectStyle,
    types: options.types,
    quote: options.quote,
    encodable: (text: string) => canEncode(text, file.decoded.encoding),
  };
  const describing = ai ? await ai.forFile(file) : undefined;
  const result = await guarded(file, () => generateDocstrings(file.text, file.language, { ...request, ...describing?.request }));
  if (!result) return false;
  reportFailures(file, result);
  const fellBack = describing ? describing.report() : 0;
  if (result.edits.length === 0) return result.failures.length === 0 && fellBack === 0;
  const written = await guarded(file, async () => emit(file, newBytes(file, result), options.write, many).then(() => true));
  return written === true && result.failures.length === 0 && fellBack === 0;
}

async function fix(file: SourceFile): Promise<{ ok: boolean; fixed: number }> {
  const result = await guarded(file, () => updateDocstrings(file.text, file.language, { style: file.style, projectStyle: file.projectStyle }));
  if (!result) return { ok: false, fixed: 0 };
  reportFailures(file, result);
  if (result.edits.length === 0) return { ok: result.failures.length === 0, fixed: 0 };
  const written = await guarded(file, async () => emit(file, newBytes(file, result), true, false).then(() => true));
  return written ? { ok: result.failures.length === 0, fixed: result.edits.length } : { ok: false, fixed: 0 };
}

interface Reported extends Omit<Finding, 'start' | 'end' | 'symbolId'> {
  file: string;
  line: number;
  column: number;
}

async function check(file: SourceFile, options: Options): Promise<Reported[] | undefined> {
  const result = await guarded(file, () => validateText(file.text, file.language, { style: file.style, projectStyle: file.projectStyle }));
  if (!result) return undefined;
  return result.findings
    .filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[options.minSeverity] && !options.ignore.has(f.code))
    .map((f) => ({ file: file.path, ...position(file.text, f.start), code: f.code, severity: f.severity, symbol: f.symbol, message: f.message }));
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
      err(`docwright: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  let ai: AiRun | undefined;
  if (options.ai) {
    const problem = aiKeyProblem(options.ai, process.env);
    if (problem) {
      err(`docwright: ${problem}`);
      return 2;
    }
    ai = createAiRun(options.ai, process.env, err);
  }
  try {
    return await runCommand(options, ai);
  } finally {
    // Also after an internal error: the run guard's deadline timer must not keep the process alive.
    await ai?.finish();
  }
}

/** The command over every file; a file that fails is reported (`path: reason`) and the others go on. */
async function runCommand(options: Options, ai: AiRun | undefined): Promise<number> {
  let ok = true;
  const report = (message: string) => {
    ok = false;
    err(message);
  };
  const files = await expandPaths(options.paths, report);
  const findings: Reported[] = [];
  let fixed = 0;
  for (const path of files) {
    if (closedOutput()) break;
    try {
      const file = await readSource(path, options.style, options.maxFileSize, report);
      if (!file) continue;
      if (options.command === 'generate') ok = (await generate(file, options, files.length > 1, ai)) && ok;
      else if (options.command === 'fix') {
        const outcome = await fix(file);
        ok = outcome.ok && ok;
        fixed += outcome.fixed;
      } else {
        const found = await check(file, options);
        if (found) findings.push(...found);
        else ok = false;
      }
    } catch (error) {
      report(`${path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed`);
    }
  }
  if (options.command === 'check') {
    if (options.format === 'json') out(JSON.stringify(findings, null, 2) + '\n');
    else for (const f of findings) out(`${visible(f.file)}:${f.line}:${f.column} ${f.code} ${visible(f.message)}\n`);
    return findings.length > 0 || !ok ? 1 : 0;
  }
  if (options.command === 'fix') err(`docwright: updated ${fixed} docstring${fixed === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
  return ok ? 0 : 1;
}

/** Entry point used by bin/docwright.js. */
export function run(): void {
  // A reader that went away (`docwright check | head`): stop quietly, with the status a process
  // killed by SIGPIPE has (128 + 13), as `cat` and `grep` do.
  // A write in progress finishes first, so no temporary file is left behind.
  onClosedOutput(() => void writesSettled().then(() => process.exit(141)));
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      err(`docwright: internal error: ${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = 1;
    },
  );
}
