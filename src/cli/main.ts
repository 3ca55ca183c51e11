/**
 * `docwright` command line: the same core as the extension, for CI and pre-commit.
 * Exit codes: 0 success / nothing found; 1 findings, a file --check would change, coverage under
 * --fail-under, or files/symbols not handled; 2 usage error or a bad configuration value.
 */
import { generateDocstrings, SourceParseError, type FileGeneration } from '../core/generate/generateFile';
import { canEncode, EncodingError } from '../core/text/encoding';
import { visible } from '../core/text/untrusted';
import { updateDocstrings } from '../core/validate';
import { checkInput } from './checkFile';
import { checkFiles, resultCacheFor } from './checkAll';
import { poolSize } from './pool';
import { docwrightVersion, formatFindings, formatStatistics, type FileOutcome, type Reported } from './report';
import { parseArgs, UsageError, USAGE, type Options } from './args';
import type { AiRun } from './ai';
import type { ModelPrice } from '../core/ai/cost';
import { readSource, type SourceFile } from './files';
import { expandPaths } from './walk';
import { ProjectConfigs } from './projectConfig';
import { coverageFile, formatCoverageJson, formatCoverageText, totals, type FileCoverage } from './coverage';
import { FileProblem } from '../core/io/regularFile';
import { writeAtomically, writesSettled } from './safeFs';
import { closedOutput, onClosedOutput, out } from './output';
import { newBytes, unifiedDiff } from './edits';

/** A message on stderr; names and text from the repository cannot act on the terminal. */
const err = (message: string) => {
  if (!closedOutput()) process.stderr.write(visible(message, { keepNewlines: true }) + '\n');
};

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
 * What becomes of a file's new text: written in place (atomically, only over what the run read),
 * printed whole, shown as a unified diff (--diff), or only named (--check). With --diff or --check
 * nothing is written.
 */
interface Destination {
  write: boolean;
  /** Several files printed whole: each gets a `==> path <==` header. */
  header: boolean;
  diff: boolean;
  check: boolean;
}

function destination(options: Options, write: boolean, header: boolean): Destination {
  const preview = options.diff || options.check;
  return { write: write && !preview, header, diff: options.diff, check: options.check };
}

async function emit(file: SourceFile, result: FileGeneration, to: Destination): Promise<void> {
  const bytes = newBytes(file, result);
  if (to.diff) out(visible(unifiedDiff(file.path, file.text, result.newText), { keepNewlines: true }));
  else if (to.check) out(`would update ${visible(file.path)}\n`);
  else if (to.write) await writeAtomically(file.path, bytes, file.hash());
  else out(to.header ? Buffer.concat([Buffer.from(`==> ${visible(file.path)} <==\n`), bytes]) : bytes);
}

function reportFailures(file: SourceFile, result: FileGeneration): void {
  for (const failure of result.failures) err(`${file.path}:${failure.line}: ${failure.symbol.namePath.join('.') || '<module>'}: ${failure.reason}`);
}

/** `changed`: the file has (or, with --diff / --check, would have) new docstrings. */
interface Outcome {
  ok: boolean;
  changed: number;
}

async function generate(file: SourceFile, options: Options, many: boolean, ai: AiRun | undefined): Promise<Outcome> {
  const request = {
    style: file.settings.style,
    projectStyle: file.projectStyle,
    types: file.settings.types,
    quote: file.settings.quote,
    fileOverview: options.fileOverview,
    encodable: (text: string) => canEncode(text, file.decoded.encoding),
  };
  const describing = ai ? await ai.forFile(file) : undefined;
  const result = await guarded(file, () => generateDocstrings(file.text, file.language, { ...request, ...describing?.request }));
  if (!result) return { ok: false, changed: 0 };
  reportFailures(file, result);
  const fellBack = describing ? describing.report() : 0;
  if (result.edits.length === 0) return { ok: result.failures.length === 0 && fellBack === 0, changed: 0 };
  const written = await guarded(file, async () => emit(file, result, destination(options, options.write, many)).then(() => true));
  return written ? { ok: result.failures.length === 0 && fellBack === 0, changed: result.edits.length } : { ok: false, changed: 0 };
}

async function fix(file: SourceFile, options: Options): Promise<Outcome> {
  const result = await guarded(file, () => updateDocstrings(file.text, file.language, { style: file.settings.style, projectStyle: file.projectStyle }));
  if (!result) return { ok: false, changed: 0 };
  reportFailures(file, result);
  if (result.edits.length === 0) return { ok: result.failures.length === 0, changed: 0 };
  const written = await guarded(file, async () => emit(file, result, destination(options, true, false)).then(() => true));
  return written ? { ok: result.failures.length === 0, changed: result.edits.length } : { ok: false, changed: 0 };
}

/** One file's findings, filtered by its settings; undefined when the file could not be checked (already reported). */
export async function checkFile(file: SourceFile): Promise<Reported[] | undefined> {
  const outcome = await checkInput(file);
  if ('problem' in outcome) {
    err(outcome.problem);
    return undefined;
  }
  return outcome.findings;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`docwright ${docwrightVersion()}\n`);
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
  let prices: Record<string, ModelPrice> | undefined;
  const pricesFile = options.ai?.pricesFile ?? options.batch?.pricesFile;
  if (pricesFile !== undefined) {
    const { PricesFileError, readPrices } = await import('./prices');
    try {
      prices = await readPrices(pricesFile);
    } catch (error) {
      if (!(error instanceof PricesFileError)) throw error;
      err(`docwright: ${error.message}`);
      return 2;
    }
  }
  if (options.command === 'batch') {
    const { runBatchCommand } = await import('./batch');
    return runBatchCommand(options, new ProjectConfigs(options.config), process.env, err, prices);
  }
  let ai: AiRun | undefined;
  if (options.ai) {
    // Loaded only for --ai: the AI's code and libraries (dist/vendor, megabytes) are never parsed by check.
    const { aiKeyProblem, createAiRun } = await import('./ai');
    // --batch-file sends nothing: no key needed.
    const problem = options.batchSubmit?.file === undefined ? aiKeyProblem(options.ai, process.env) : undefined;
    if (problem) {
      err(`docwright: ${problem}`);
      return 2;
    }
    if (!options.batchSubmit) ai = createAiRun(options.ai, process.env, err, prices);
  }
  try {
    return await runCommand(options, ai, prices);
  } finally {
    // Also after an internal error: the run guard's deadline timer must not keep the process alive.
    await ai?.finish();
  }
}

/** The command over every file; a file that fails is reported (`path: reason`) and the others go on. */
async function runCommand(options: Options, ai: AiRun | undefined, prices?: Record<string, ModelPrice>): Promise<number> {
  let ok = true;
  const report = (message: string) => {
    ok = false;
    err(message);
  };
  const configs = new ProjectConfigs(options.config);
  const files = await expandPaths(options.paths, { noIgnore: options.noIgnore, exclude: options.exclude, forceExclude: options.forceExclude, configs }, report);
  // Each folder's configuration, looked up at once (each walks up reading files).
  await Promise.all(files.map((path) => configs.forPath(path)));
  const problems = await configs.problems();
  if (problems.length > 0) {
    for (const problem of problems) err(problem);
    err('docwright: fix the configuration above; nothing was checked or written');
    return 2;
  }
  if (options.batchSubmit) {
    const read: SourceFile[] = [];
    for (const path of files) {
      const file = await readSource(path, options, configs, report);
      if (file) read.push(file);
    }
    const { submitBatch } = await import('./batch');
    const code = await submitBatch(read, options, process.env, err, prices);
    return ok ? code : Math.max(code, 1);
  }
  const outcomes: FileOutcome[] = [];
  const covered: FileCoverage[] = [];
  let changed = 0;
  let changedFiles = 0;
  // check: the result cache, then worker threads (src/cli/pool.ts) when there is more than one file and core.
  if (options.command === 'check') outcomes.push(...(await checkFiles(files, options, configs, poolSize(options.jobs, files.length), report, resultCacheFor(options))));
  for (const path of options.command === 'check' ? [] : files) {
    if (closedOutput()) break;
    try {
      const file = await readSource(path, options, configs, report);
      if (!file) continue;
      if (options.command === 'coverage') {
        const counted = await guarded(file, () => coverageFile(file));
        if (counted) covered.push(counted);
        else ok = false;
      } else if (options.command === 'check') {
        const found = await checkFile(file);
        outcomes.push({ file: file.path, findings: found });
        if (!found) ok = false;
      } else {
        const outcome = options.command === 'generate' ? await generate(file, options, files.length > 1, ai) : await fix(file, options);
        ok = outcome.ok && ok;
        changed += outcome.changed;
        if (outcome.changed > 0) changedFiles++;
      }
    } catch (error) {
      report(`${path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed`);
    }
  }
  if (options.command === 'coverage') {
    out(options.format === 'json' ? formatCoverageJson(covered) : formatCoverageText(covered, options.failUnder));
    if (!ok) return 1;
    return options.failUnder !== undefined && totals(covered).percent < options.failUnder ? 1 : 0;
  }
  if (options.command === 'check') {
    const findings = outcomes.flatMap((o) => o.findings ?? []);
    out(options.statistics ? formatStatistics(findings, options.format === 'json') : formatFindings(options.format, outcomes));
    if (options.exitZero) return ok ? 0 : 1;
    return findings.length > 0 || !ok ? 1 : 0;
  }
  const s = (n: number) => (n === 1 ? '' : 's');
  if (options.diff || options.check) err(`docwright: ${changed} docstring${s(changed)} in ${changedFiles} file${s(changedFiles)} would be ${options.command === 'fix' ? 'updated' : 'written'}; nothing was written`);
  else if (options.command === 'fix') err(`docwright: updated ${changed} docstring${s(changed)} in ${files.length} file${s(files.length)}`);
  if (!ok) return 1;
  return options.check && changed > 0 ? 1 : 0;
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
