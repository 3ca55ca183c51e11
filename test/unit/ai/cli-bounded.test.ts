// `docwright generate --ai` against servers that never answer, drip, ask for a day's wait, send
// huge bodies or echo the key (issue 9, "a bounded run"): a child process, the real SDK, the fake
// server. Time bounds are generous; the claim is "about one attempt timeout", not "8 of them".
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeOpenAI, drip, echoAuth, hang, hugeBody, modelAnswer, ok, retryAfterDay } from '../../support/fakeOpenAI';
import { runCli, type CliRun } from '../../support/cli';

/** DOCWRIGHT_TEST_CLI points these tests at another build (an older commit's, to see them fail). */
const KEY = 'sk-cli-bounded-SECRET-never-printed';
// A module docstring and eight functions: eight symbols to describe.
const SOURCE = '"""Numbers."""\n\n\n' + Array.from({ length: 8 }, (_, i) => `def f${i}(a):\n    return a + ${i}\n`).join('\n\n');


const docwright = (args: string[], cwd: string, env: Record<string, string | undefined> = {}, limitMs = 30_000) => runCli(args, cwd, { env: { OPENAI_API_KEY: KEY, ...env }, limitMs });

interface Stats {
  requests: number;
  errors: Record<string, number>;
  fallbacks: number;
}

function statsLine(stderr: string): Stats {
  const lines = stderr.trim().split('\n').filter((l) => l.startsWith('{'));
  assert.equal(lines.length, 1, stderr);
  return JSON.parse(lines[0]) as Stats;
}

const fallbackLines = (stderr: string, category: string) => stderr.split('\n').filter((l) => l.includes(`AI unavailable (${category})`));
const stopLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes('AI stopped for the rest of this run'));

/**
 * From the first request to the end of the process: what the server cost the run. Starting the
 * CLI (loading the parser) is left out, so a loaded test machine does not make these flaky.
 */
function aiMs(run: CliRun, fake: FakeOpenAI): number {
  assert.ok(fake.requests.length > 0, 'a request was made');
  return run.endedAt - fake.requests[0].at;
}

describe('docwright generate --ai: a bounded run (CLI against the fake server)', function () {
  this.timeout(40_000);
  let fake: FakeOpenAI;
  let dir: string;
  // One request per symbol: these tests count requests against symbols (grouping has its own tests).
  const base = () => ['generate', '--ai', '--base-url', fake.baseURL, '--group-size', '1', '--stats'];
  beforeEach(async () => {
    fake = await FakeOpenAI.start();
    dir = mkdtempSync(join(tmpdir(), 'docwright-cli-bounded-'));
    writeFileSync(join(dir, 'm.py'), SOURCE);
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a server that never answers: 8 symbols with --timeout 1 take about one attempt timeout, one message, templates for all', async () => {
    fake.fallback = hang();
    const run = await docwright([...base(), '--timeout', '1', 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    // Without the guard: 8 symbols x 4 attempts x 1 s at concurrency 4, about 10 s.
    assert.ok(aiMs(run, fake) < 3000, `${aiMs(run, fake)} ms from the first request to the end`);
    assert.ok(fake.requests.length <= 5, `${fake.requests.length} requests`);
    assert.equal(stopLines(run.stderr).length, 1, run.stderr);
    assert.match(stopLines(run.stderr)[0], /\(timeout\): 3 requests in a row failed .*remaining symbols get template docstrings/);
    assert.equal(fallbackLines(run.stderr, 'timeout').length, 8, run.stderr);
    assert.ok(!run.stderr.includes('(cancelled)'));
    assert.match(run.stdout, /def f7\(a\):\n {4}"""_summary_/);
    const stats = statsLine(run.stderr);
    assert.equal(stats.fallbacks, 8);
    assert.equal(stats.requests, fake.requests.length);
    assert.deepEqual(Object.keys(stats.errors), ['timeout']);
  });

  it('a slow drip (a byte every 2 s) is bounded by the attempt timeout too', async () => {
    fake.fallback = drip(2000);
    const run = await docwright([...base(), '--timeout', '1', 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(aiMs(run, fake) < 3000, `${aiMs(run, fake)} ms from the first request to the end`);
    assert.equal(fallbackLines(run.stderr, 'timeout').length, 8, run.stderr);
    assert.equal(stopLines(run.stderr).length, 1);
  });

  it('Retry-After: 86400 ends AI for the run at once: rate_limit for every symbol with the time asked, no timeouts', async () => {
    fake.fallback = retryAfterDay();
    const run = await docwright([...base(), 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    // Without the fix: 4 attempts per symbol, each waiting the 60 s cap.
    assert.ok(aiMs(run, fake) < 3000, `${aiMs(run, fake)} ms from the first request to the end`);
    assert.ok(fake.requests.length <= 4, `${fake.requests.length} requests`);
    assert.equal(stopLines(run.stderr).length, 1, run.stderr);
    assert.match(stopLines(run.stderr)[0], /\(rate_limit\): The server asked to wait 86400 s \(24 h\)/);
    assert.equal(fallbackLines(run.stderr, 'rate_limit').length, 8, run.stderr);
    assert.equal(fallbackLines(run.stderr, 'timeout').length, 0);
    const stats = statsLine(run.stderr);
    assert.equal(stats.fallbacks, 8);
    assert.deepEqual(Object.keys(stats.errors), ['rate_limit']);
  });

  it('--deadline: the run stops asking when it passes (long before --timeout), with a timeout that names the deadline', async () => {
    fake.fallback = hang();
    const run = await docwright([...base(), '--timeout', '30', '--deadline', '2', 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(run.ms < 10_000, `the run took ${run.ms} ms`);
    assert.equal(stopLines(run.stderr).length, 1, run.stderr);
    assert.match(stopLines(run.stderr)[0], /\(timeout\): The run's deadline of 2 s passed/);
    assert.equal(fallbackLines(run.stderr, 'timeout').length, 8, run.stderr);
    assert.ok(fake.requests.length <= 4, `${fake.requests.length} requests`);
  });

  it('a 64 MB body: invalid_response "larger than 4 MB" per symbol, not retried, the run ends normally', async () => {
    fake.fallback = hugeBody();
    const run = await docwright([...base(), 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    const lines = fallbackLines(run.stderr, 'invalid_response');
    assert.equal(lines.length, 8, run.stderr);
    assert.match(lines[0], /The server's answer is larger than 4 MB/);
    assert.equal(fake.requests.length, 8, 'one request per symbol, none retried');
  });

  it('an error body that echoes the Authorization header with terminal escapes: no key, no escapes on stderr', async () => {
    fake.fallback = echoAuth(400);
    const run = await docwright([...base(), 'm.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(fake.requests[0].headers.authorization, `Bearer ${KEY}`);
    assert.ok(!run.stderr.includes(KEY) && !run.stdout.includes(KEY));
    assert.ok(!run.stderr.includes('\u001b') && !run.stderr.includes('\u202e') && !run.stderr.includes('\u0007'), JSON.stringify(run.stderr.slice(0, 300)));
    assert.match(run.stderr, /Authorization: Bearer \[redacted\]/);
  });

  it('OPENAI_ORG_ID / OPENAI_PROJECT_ID are not sent to another server; OPENAI_BASE_URL does not redirect --base-url', async () => {
    const elsewhere = await FakeOpenAI.start();
    try {
      fake.fallback = ok(modelAnswer('Adds.'));
      const env = { OPENAI_ORG_ID: 'org-secret-account', OPENAI_PROJECT_ID: 'proj_secret', OPENAI_BASE_URL: elsewhere.baseURL };
      const openai = await docwright([...base(), 'm.py'], dir, env);
      assert.equal(openai.code, 0, openai.stderr);
      const compatible = await docwright(['generate', '--ai', '--provider', 'compatible', '--base-url', fake.baseURL, 'm.py'], dir, env);
      assert.equal(compatible.code, 0, compatible.stderr);
      assert.ok(fake.requests.length >= 16);
      for (const seen of fake.requests) {
        assert.equal(seen.headers['openai-organization'], undefined);
        assert.equal(seen.headers['openai-project'], undefined);
      }
      assert.equal(elsewhere.requests.length, 0);
    } finally {
      await elsewhere.close();
    }
  });
});
