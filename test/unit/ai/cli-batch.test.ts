// `docwright generate --ai --batch` and `docwright batch status|apply|cancel` as a user runs them:
// child processes, the real SDK, the fake server's Files and Batches API.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../../src/core/extract';
import { answerGroup, answerSingle, FakeOpenAI } from '../../support/fakeOpenAI';
import { cliShim, runCli } from '../../support/cli';

const KEY = 'sk-batch-cli-SECRET-never-printed';

const fn = (name: string, param: string, body = `return ${param}`) => `def ${name}(${param}):\n    ${body}\n`;
const FILES: Record<string, string> = {
  'a.py': `"""Module a."""\n\n\n${fn('a1', 'x')}\n\n${fn('a2', 'y')}\n\n${fn('a3', 'z')}`,
  'b.py': `"""Module b."""\n\n\n${fn('b1', 'p')}\n\n${fn('b2', 'q')}`,
  'c.py': `"""Module c."""\n\n\n${fn('c1', 'm')}\n\n${fn('c2', 'n')}`,
};

/** Names of the symbols without a docstring in `text`. */
async function undocumented(text: string): Promise<string[]> {
  return (await extractSymbols(text, 'python')).symbols.filter((s) => !s.docstring).map((s) => s.name);
}

describe('docwright batch (CLI against the fake server)', function () {
  this.timeout(60_000);
  let fake: FakeOpenAI;
  let dir: string;
  const env = { OPENAI_API_KEY: KEY };
  const docwright = (args: string[], extra: Record<string, string | undefined> = env) => runCli(args, dir, { env: extra });
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const states = () => readdirSync(join(dir, '.docwright_cache', 'ai', 'batches')).filter((n) => /^b-\d{8}-[0-9a-f]{6}\.json$/.test(n));
  const state = (id: string) => JSON.parse(readFileSync(join(dir, '.docwright_cache', 'ai', 'batches', `${id}.json`), 'utf8')) as { phase: string; requests: Record<string, { file: string; members: { namePath: string[] }[] }>; remote?: { status: string } };

  async function submit(extra: string[] = []): Promise<string> {
    const run = await docwright(['generate', '--ai', '--batch', '--base-url', fake.baseURL, ...extra, '.']);
    assert.equal(run.code, 0, run.stderr);
    const id = run.stdout.trim();
    assert.match(id, /^b-\d{8}-[0-9a-f]{6}$/);
    return id;
  }
  async function finish(): Promise<void> {
    for (const id of fake.batchIds()) for (let i = 0; i < 5; i++) await fake.advanceBatch(id);
  }

  beforeEach(async () => {
    fake = await FakeOpenAI.start();
    fake.advanceOnRetrieve = false;
    dir = mkdtempSync(join(tmpdir(), 'docwright-cli-batch-'));
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('submits one batch; applies it after some files changed: stale symbols skipped and reported, the rest written; a re-run sends only the stale ones', async () => {
    const id = await submit();
    assert.equal(fake.calls('files.create').length, 1);
    assert.equal(fake.calls('batches.create').length, 1);
    for (const name of Object.keys(FILES)) assert.equal(read(name), FILES[name], 'nothing written at submit');
    const saved = state(id);
    assert.equal(saved.phase, 'submitted');
    assert.equal(Object.keys(saved.requests).length, 3, 'one grouped request per file');
    assert.ok(!readFileSync(join(dir, '.docwright_cache', 'ai', 'batches', `${id}.json`), 'utf8').includes(KEY));
    assert.equal(read('.docwright_cache/.gitignore'), '*\n');

    const pending = await docwright(['batch', 'status', '--base-url', fake.baseURL]);
    assert.equal(pending.code, 0, pending.stderr);
    assert.match(pending.stdout, new RegExp(`^${id}  validating  3 requests  3 files`, 'm'));
    const early = await docwright(['batch', 'apply', '--base-url', fake.baseURL]);
    assert.equal(early.code, 1);
    assert.match(early.stderr, /is not finished: validating/);

    await finish();
    // b2 edited, c2 deleted while the batch ran.
    writeFileSync(join(dir, 'b.py'), FILES['b.py'].replace('return q', 'return q * 2'));
    writeFileSync(join(dir, 'c.py'), FILES['c.py'].replace(`\n\n${fn('c2', 'n')}`, ''));
    const applied = await docwright(['batch', 'apply', '--stats', '--base-url', fake.baseURL]);
    assert.equal(applied.code, 1, applied.stderr);
    assert.match(applied.stderr, /^b\.py:\d+: b2: stale: changed since it was sent/m);
    assert.match(applied.stderr, /^c\.py: c2: stale: no longer in the file/m);
    assert.match(applied.stderr, /batch b-\S+: 5 applied, 2 stale, 0 failed, 0 expired, 0 incomplete/);
    assert.deepEqual(await undocumented(read('a.py')), []);
    assert.deepEqual(await undocumented(read('b.py')), ['b2']);
    assert.deepEqual(await undocumented(read('c.py')), []);
    const stats = JSON.parse(applied.stderr.trim().split('\n').filter((l) => l.startsWith('{')).at(-1)!) as { batch: { requests: number; costUsd: number } };
    assert.equal(stats.batch.requests, 3);
    assert.ok(stats.batch.costUsd > 0);
    assert.equal(state(id).phase, 'applied');
    assert.ok(!applied.stderr.includes(KEY));

    const again = await submit();
    assert.notEqual(again, id);
    assert.deepEqual(Object.values(state(again).requests).flatMap((r) => r.members.map((m) => `${r.file}:${m.namePath.join('.')}`)), ['b.py:b2']);
    const twice = await docwright(['generate', '--ai', '--batch', '--base-url', fake.baseURL, '.']);
    assert.match(twice.stderr, /1 symbol already in batches not applied yet; not sent again/);
    assert.match(twice.stderr, /nothing to send/);
  });

  it('a server without the Files and Batches API: the upload fails with advice to use --batch-file; nothing is written', async () => {
    const run = await docwright(['generate', '--ai', '--batch', '--provider', 'compatible', '--base-url', `${fake.url}/no-batches/v1`, '.'], {});
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /could not be sent \(bad_request 404\)/);
    assert.match(run.stderr, /has no Files and Batches API .*--batch-file OUT\.jsonl and run them with vllm run-batch/);
    for (const name of Object.keys(FILES)) assert.equal(read(name), FILES[name]);
  });

  it('the key goes only where the command line says: a state file naming another server is not followed', async () => {
    const id = await submit();
    const before = fake.requests.length;
    const elsewhere = await docwright(['batch', 'status']); // no --base-url: OpenAI's, not the state's
    assert.equal(elsewhere.code, 1);
    assert.match(elsewhere.stderr, new RegExp(`batch ${id} was sent to openai at ${fake.baseURL.replace(/[.]/g, '\\.')}; to reach it, run the command with --provider openai --base-url`));
    assert.equal(fake.requests.length, before, 'no request');
    const named = await docwright(['batch', 'status', '--base-url', fake.baseURL]);
    assert.equal(named.code, 0, named.stderr);
  });

  it('an expired batch: what ran is applied, the rest reported expired; a cancelled one likewise; a failed one writes nothing', async () => {
    fake.batchScript = ['validating', 'in_progress', 'expired'];
    await submit(['--group-size', '1']);
    await finish();
    const expired = await docwright(['batch', 'apply', '--base-url', fake.baseURL]);
    assert.equal(expired.code, 1, expired.stderr);
    const counts = /(\d+) applied, 0 stale, 0 failed, (\d+) expired/.exec(expired.stderr);
    assert.ok(counts, expired.stderr);
    assert.equal(Number(counts[1]) + Number(counts[2]), 7);
    assert.equal(Number(counts[1]), 4, 'the first half (rounded up) of the 7 requests ran');
    assert.match(expired.stderr, /: not written: the batch ended before its request ran/);

    // Again from the start (the answers applied above are in the cache now, which would answer them).
    const reset = () => {
      rmSync(join(dir, '.docwright_cache'), { recursive: true, force: true });
      for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    };
    reset();
    fake.batchScript = ['validating', 'in_progress'];
    const id = await submit(['--group-size', '1']);
    const cancel = await docwright(['batch', 'cancel', id, '--base-url', fake.baseURL]);
    assert.equal(cancel.code, 0, cancel.stderr);
    assert.match(cancel.stderr, /cancelling/);
    await finish();
    const cancelled = await docwright(['batch', 'apply', id, '--base-url', fake.baseURL]);
    assert.equal(cancelled.code, 1, cancelled.stderr);
    assert.match(cancelled.stderr, /4 applied, 0 stale, 0 failed, 3 expired/);

    reset();
    fake.batchScript = ['validating', 'failed'];
    fake.batchErrors = [{ code: 'invalid_request', line: 2, message: 'model not available for batch', param: null }];
    const failedId = await submit();
    await finish();
    const failed = await docwright(['batch', 'apply', failedId, '--base-url', fake.baseURL]);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /batch \S+ failed at openai; nothing to apply\n {2}invalid_request \(line 2\): model not available for batch/);
    for (const name of Object.keys(FILES)) assert.equal(read(name), FILES[name]);
  });

  it('--batch-file writes the requests with no request sent; --results applies a results file in vLLM\'s format, a failed line reported', async () => {
    const args = ['generate', '--ai', '--provider', 'compatible', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'llama3.1', '--batch-file', 'out.jsonl', '--group-size', '2'];
    writeFileSync(join(dir, 'prices.json'), JSON.stringify({ 'llama3.1': { inputPerMTok: -1, outputPerMTok: 0 } }));
    const badPrices = await docwright([...args, '--prices', 'prices.json', '.'], {});
    assert.equal(badPrices.code, 2);
    assert.match(badPrices.stderr, /--prices prices\.json: llama3\.1\.inputPerMTok: .*expected an object mapping model names/);
    assert.ok(!existsSync(join(dir, 'out.jsonl')));
    // A price for a local model (there is none built in): the estimate names it, at the batch rate.
    writeFileSync(join(dir, 'prices.json'), JSON.stringify({ 'llama3.1': { inputPerMTok: 1, outputPerMTok: 2, batchInputPerMTok: 0.5, batchOutputPerMTok: 1 } }));
    const run = await docwright([...args, '--prices', 'prices.json', '.'], {});
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /, \$\d+\.\d{4} at batch prices \(\$\d+\.\d{4} now\)/);
    assert.match(run.stderr, /vllm run-batch -i out\.jsonl -o results\.jsonl --model llama3\.1/);
    const lines = read('out.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { custom_id: string; method: string; url: string; body: { model: string; max_tokens: number; messages: unknown[] } });
    assert.equal(lines.length, 4, 'a.py: 2 + 1; b.py: 1; c.py: 1');
    for (const line of lines) {
      assert.equal(line.method, 'POST');
      assert.equal(line.url, '/v1/chat/completions');
      assert.equal(line.body.model, 'llama3.1');
      assert.ok(line.body.max_tokens > 0, 'compatible servers get max_tokens');
    }
    // What vllm run-batch writes: one line per request, a failed one with status 400, body null and an error string.
    const results = lines.map((line, i) => JSON.stringify({
      id: `vllm-${i}abc`,
      custom_id: line.custom_id,
      response: i === 3 ? { status_code: 400, request_id: `vllm-batch-${i}`, body: null } : {
        status_code: 200,
        request_id: `vllm-batch-${i}`,
        body: { id: `cmpl-${i}`, object: 'chat.completion', created: 1, model: 'llama3.1', choices: [{ index: 0, message: { role: 'assistant', content: line.body.messages.length && JSON.stringify(line.body).includes('### Symbol') ? answerGroup(line.body) : answerSingle(line.body) }, finish_reason: 'stop' }], usage: { prompt_tokens: 100, completion_tokens: 30, total_tokens: 130 } },
      },
      error: i === 3 ? 'Guided decoding failed for this request' : null,
    })).reverse(); // no order is promised
    writeFileSync(join(dir, 'results.jsonl'), results.join('\n') + '\n');
    const applied = await docwright(['batch', 'apply', '--results', 'results.jsonl'], {});
    assert.equal(applied.code, 1, applied.stderr);
    assert.match(applied.stderr, /^c\.py:\d+: c[12]: not written: http_400: Guided decoding failed/m);
    assert.match(applied.stderr, /5 applied, 0 stale, 2 failed/);
    assert.deepEqual(await undocumented(read('a.py')), []);
    assert.equal((await undocumented(read('c.py'))).length, 2);
    assert.equal(fake.requests.length, 0, 'no server was asked');
  });

  it('apply killed midway resumes: every file is its original or its whole result, nothing is written twice', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 12; i++) many[`m${String(i).padStart(2, '0')}.py`] = `"""Module ${i}."""\n\n\n${fn(`f${i}`, 'v')}`;
    for (const [name, text] of Object.entries(many)) writeFileSync(join(dir, name), text);
    await submit();
    await finish();
    // Killed on the first file it reports applied.
    const child = spawn(process.execPath, [cliShim(dir), 'batch', 'apply', '--base-url', fake.baseURL], { cwd: dir, env: { ...process.env, ...env, OPENAI_BASE_URL: '' } });
    await new Promise<void>((resolve) => {
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/^applied /m.test(stderr)) child.kill('SIGKILL');
      });
      child.on('close', () => resolve());
    });
    const all = { ...FILES, ...many };
    let done = 0;
    for (const [name, text] of Object.entries(all)) {
      const now = read(name);
      if (now === text) continue;
      done++;
      assert.deepEqual(await undocumented(now), [], `${name} is whole`);
    }
    assert.ok(done >= 1 && done < Object.keys(all).length, `killed midway (${done} files done)`);
    const resumed = await docwright(['batch', 'apply', '--base-url', fake.baseURL]);
    assert.equal(resumed.code, 0, resumed.stderr);
    for (const [name] of Object.entries(all)) {
      const text = read(name);
      assert.deepEqual(await undocumented(text), [], name);
      assert.equal(text.match(/"""/g)?.length, 2 * (await extractSymbols(text, 'python')).symbols.length, `${name}: one docstring per symbol`);
    }
    assert.ok(!existsSync(join(dir, '.docwright_cache', 'ai', 'batches')) || readdirSync(join(dir, '.docwright_cache', 'ai', 'batches')).every((n) => !n.endsWith('.tmp')));
    assert.equal(states().length, 1);
    mkdirSync(join(dir, 'unused'), { recursive: true });
  });
});
