// `docwright generate --ai` with model answers nobody should trust (escape sequences, NUL, a huge
// answer) and cache folders that cannot be used: a child process, the real SDK, the fake server.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAiRun } from '../../../src/cli/ai';
import type { SourceFile } from '../../../src/cli/files';
import { parsesCleanly } from '../../../src/core/extract';
import { generateDocstrings } from '../../../src/core/generate/generateFile';
import { FakeOpenAI, ok } from '../../support/fakeOpenAI';
import { runCli } from '../../support/cli';



const docwright = (args: string[], cwd: string, limitMs = 20_000) => runCli(args, cwd, { limitMs });

const SOURCE = 'def add(a: int, b: int) -> int:\n    return a + b\n';
/** What template mode writes for SOURCE (the module gets a docstring too). */
const TEMPLATE = '"""_summary_"""\n\n\ndef add(a: int, b: int) -> int:\n    """_summary_\n\n    Args:\n        a: _description_\n        b: _description_\n\n    Returns:\n        _description_\n    """\n    return a + b\n';
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const answerWith = (over: Record<string, unknown>) =>
  JSON.stringify({ summary: 'Add two numbers.', description: null, params: [{ name: 'a', description: 'The first addend.' }, { name: 'b', description: 'The second addend.' }], returns: 'Their sum.', yields: null, raises: [], example: null, ...over });

function statsLine(stderr: string): { fallbacks: number; errors: Record<string, number> } {
  const lines = stderr.trim().split('\n').filter((l) => l.startsWith('{'));
  assert.equal(lines.length, 1, stderr);
  return JSON.parse(lines[0]) as { fallbacks: number; errors: Record<string, number> };
}

describe('docwright generate --ai: model text is data, cache faults (CLI against the fake server)', function () {
  this.timeout(40_000);
  let fake: FakeOpenAI;
  let dir: string;
  const base = () => ['generate', '--ai', '--provider', 'compatible', '--base-url', fake.baseURL, '--model', 'llama3.1'];
  beforeEach(async () => {
    fake = await FakeOpenAI.start();
    fake.fallback = ok(answerWith({}));
    dir = mkdtempSync(join(tmpdir(), 'docwright-cli-untrusted-'));
    writeFileSync(join(dir, 'm.py'), SOURCE);
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an answer with NUL: the symbol is still documented (the NUL removed), the file parses', async () => {
    fake.fallback = ok(answerWith({ summary: 'Add\u0000 two numbers.', params: [{ name: 'a', description: 'The\u0000 first addend.' }] }));
    const run = await docwright([...base(), '--stats', '--write', 'm.py'], dir);
    const written = readFileSync(join(dir, 'm.py'), 'utf8');
    assert.ok((await parsesCleanly(written, 'python')).ok, written);
    assert.match(written, /def add\(a: int, b: int\) -> int:\n {4}"""Add two numbers\.\n\n {4}Args:\n {8}a: The first addend\.\n/);
    assert.doesNotMatch(written, FORBIDDEN);
    assert.equal(written.slice(written.lastIndexOf('"""') + 3), '\n    return a + b\n', 'the code after the docstring is unchanged');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(statsLine(run.stderr).fallbacks, 0);
  });

  it('a described docstring that cannot be placed: the template, one invalid_response line, counted in --stats (the CLI wiring)', async () => {
    // Cleaned model text always places, so the fault is injected after the describer (a docstring model that cannot be
    // rendered): the pipeline must fall back to the template and the CLI report it like any other fallback.
    const lines: string[] = [];
    const ai = createAiRun({ provider: 'compatible', baseUrl: fake.baseURL, model: 'llama3.1', concurrency: 1, groupSize: 1, timeoutSeconds: 10, deadlineSeconds: 30, stats: true }, {}, (line) => lines.push(line));
    // What forFile reads of a SourceFile (the rest is the writer's).
    const file = { path: 'm.py', text: SOURCE, language: 'python', settings: { style: 'google' } } as unknown as SourceFile;
    const describing = await ai.forFile(file);
    const describe = describing.request.describe!;
    const result = await generateDocstrings(file.text, file.language, {
      style: file.settings.style,
      types: 'auto',
      quote: '"""',
      ...describing.request,
      describe: async (symbol, template, signal) => ({
        ...(await describe(symbol, template, signal)),
        get summary(): string {
          throw new Error('unrenderable');
        },
      }),
    });
    assert.deepEqual(result.failures, []);
    assert.equal(result.newText, TEMPLATE, 'the template, every other byte unchanged');
    assert.equal(describing.report(), result.documented.length);
    await ai.finish();
    assert.match(lines.join('\n'), /^m\.py:1: add: AI unavailable \(invalid_response\): the described docstring could not be rendered: unrenderable; wrote a template docstring$/m);
    const stats = JSON.parse(lines.find((l) => l.startsWith('{'))!) as { fallbacks: number };
    assert.equal(stats.fallbacks, result.documented.length);
  });

  it('escape sequences and bidi overrides in the answer reach neither the terminal nor the file', async () => {
    fake.fallback = ok(answerWith({ summary: '\u001b]0;owned\u0007\u001b[2JAdd two \u202enumbers.\u001b[0m', returns: 'Their\u009b31m sum.\u2066' }));
    const printed = await docwright([...base(), 'm.py'], dir);
    assert.equal(printed.code, 0, printed.stderr);
    assert.doesNotMatch(printed.stdout, FORBIDDEN);
    assert.match(printed.stdout, /"""Add two numbers\.\n/);
    assert.match(printed.stdout, /Returns:\n {8}Their sum\.\n/);
    const written = await docwright([...base(), '--write', 'm.py'], dir);
    assert.equal(written.code, 0, written.stderr);
    const text = readFileSync(join(dir, 'm.py'), 'utf8');
    assert.doesNotMatch(text, FORBIDDEN);
    assert.equal(text, printed.stdout);
  });

  it('a huge answer (200 KB) is not written: invalid_response, the template, exit 1', async () => {
    fake.fallback = ok(answerWith({ description: 'lorem ipsum '.repeat(200_000 / 12) }));
    const run = await docwright([...base(), '--stats', '--write', 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(statSync(join(dir, 'm.py')).size < 1000);
    assert.equal(readFileSync(join(dir, 'm.py'), 'utf8'), TEMPLATE);
    assert.match(run.stderr, /^m\.py:1: add: AI unavailable \(invalid_response\): .*characters long.*; wrote a template docstring$/m);
    assert.equal(statsLine(run.stderr).fallbacks, 2, 'the module and the function');
  });

  it('long fields are cut at a word boundary', async () => {
    fake.fallback = ok(answerWith({ summary: 'Add two numbers '.repeat(100).trim(), description: 'word '.repeat(3000) }));
    const run = await docwright([...base(), 'm.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    const summary = /"""(.*)\n/.exec(run.stdout)![1];
    assert.ok(summary.length <= 300 && summary.endsWith('...'), summary);
    // Two docstrings (module and function) of at most a 300-character summary and a 2,000-character description.
    assert.ok(run.stdout.length < 2 * (300 + 2000) + 600, `${run.stdout.length} characters`);
  });

  it('--cache-dir that is a file: one warning on stderr, the model is asked, exit 0', async () => {
    writeFileSync(join(dir, 'cache'), 'a file');
    writeFileSync(join(dir, 'n.py'), SOURCE.replace('add', 'plus'));
    const run = await docwright([...base(), '--cache-dir', join(dir, 'cache'), 'm.py', 'n.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('docwright: warning: cache folder'));
    assert.equal(warnings.length, 1, run.stderr);
    assert.match(warnings[0], /^docwright: warning: cache folder .*cache: .+; going on without the disk cache$/);
    assert.doesNotMatch(run.stderr, /bad_request|EEXIST/);
    assert.ok(fake.requests.length >= 2, 'the model was asked');
    assert.match(run.stdout, /Add two numbers\./);
  });

  it('--cache-dir under /proc ends promptly with one warning', async function () {
    if (process.platform !== 'linux') this.skip();
    const run = await docwright([...base(), '--cache-dir', '/proc/docwright-test/cache', 'm.py'], dir, 15_000);
    assert.notEqual(run.code, null, `killed after ${run.ms} ms: it hung`);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('docwright: warning: cache folder')).length, 1, run.stderr);
    assert.match(run.stdout, /Add two numbers\./);
  });
});
