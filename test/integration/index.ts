// Entry point of the integration suite, loaded by VS Code's extension host as `extensionTestsPath`
// (by scripts/run-integration.mjs in code-server, or by @vscode/test-electron in desktop VS Code).
// Runs mocha (bdd) over out/test/integration/suite/**/*.test.js. When DOCWRIGHT_TEST_RESULTS is set,
// writes {passed, failed, pending, tests:[{title, fullTitle, state, error, durationMs}]} there
// (atomically, when the run ends) and appends one JSON line per event to `<file>.progress`,
// so a harness that times out can say which test was running.
// Optional: DOCWRIGHT_TEST_GREP = only tests whose full title matches this regular expression.
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import type MochaType from 'mocha';

interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
  durationMs?: number;
}

export interface ResultsFile {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

// mocha 12 is an ES module whose CommonJS build is lib/mocha.cjs; loading that file directly
// works in every extension host, including Electron builds whose Node cannot require() ESM.
function loadMocha(): typeof MochaType {
  const req = createRequire(__filename);
  try {
    return req('mocha/lib/mocha.cjs') as typeof MochaType;
  } catch {
    const m = req('mocha') as typeof MochaType & { default?: typeof MochaType };
    return m.default ?? m;
  }
}

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const resultsPath = process.env.DOCWRIGHT_TEST_RESULTS;
  const progressPath = resultsPath ? `${resultsPath}.progress` : undefined;
  const progress = (event: Record<string, unknown>): void => {
    if (progressPath) fs.appendFileSync(progressPath, JSON.stringify({ time: new Date().toISOString(), ...event }) + '\n');
  };

  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  if (process.env.DOCWRIGHT_TEST_GREP) mocha.grep(new RegExp(process.env.DOCWRIGHT_TEST_GREP));

  const suiteDir = path.resolve(__dirname, 'suite');
  const files = fs.existsSync(suiteDir) ? findTests(suiteDir) : [];
  for (const f of files) mocha.addFile(f);

  const results: ResultsFile = { passed: 0, failed: 0, pending: 0, tests: [] };
  const writeResults = (fatal?: string): void => {
    if (!resultsPath) return;
    const body = fatal ? { ...results, fatal } : results;
    const tmp = `${resultsPath}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(body, null, 2));
    fs.renameSync(tmp, resultsPath);
  };
  progress({ event: 'start', files: files.map((f) => path.relative(suiteDir, f)) });

  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      const msg = `no test files (*.test.js) under ${suiteDir}`;
      writeResults(msg);
      reject(new Error(msg));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        writeResults();
        progress({ event: 'end', passed: results.passed, failed: results.failed, pending: results.pending });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (results.passed === 0) reject(new Error('no integration test ran.'));
        else resolve();
      });
      runner.on('test', (t) => progress({ event: 'test', fullTitle: t.fullTitle() }));
      runner.on('hook', (h) => progress({ event: 'hook', fullTitle: h.fullTitle() }));
      runner.on('pass', (t) => {
        results.passed++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration });
        progress({ event: 'pass', fullTitle: t.fullTitle() });
      });
      // 'fail' also fires for failing hooks (before/after...), which then count as failed "tests".
      runner.on('fail', (t, err) => {
        results.failed++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'failed', error: errorText(err), durationMs: t.duration });
        progress({ event: 'fail', fullTitle: t.fullTitle(), error: errorText(err) });
      });
      runner.on('pending', (t) => {
        results.pending++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'pending' });
      });
    } catch (err) {
      // e.g. a test file that throws while loading
      writeResults(`mocha could not run: ${errorText(err)}`);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
