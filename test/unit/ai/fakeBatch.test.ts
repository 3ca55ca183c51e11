// The fake server's Files and Batches API, driven by the real `openai` SDK (OpenAI and Azure
// clients), so batch tests elsewhere can trust what the fake answers.
import assert from 'node:assert/strict';
import OpenAI, { AzureOpenAI, toFile } from 'openai';
import type { Batch } from 'openai/resources/batches';
import { answerGroup, type BatchStatus, FakeOpenAI, groupAnswers, modelAnswer } from '../../support/fakeOpenAI';

interface OutputLine {
  id: string;
  custom_id: string;
  response: { status_code: number; request_id: string; body: { choices?: { message: { content: string } }[]; usage?: { prompt_tokens: number }; error?: { message: string } } } | null;
  error: { code: string; message: string } | null;
}

/** `n` chat-completion lines with custom ids `r-1`..`r-n`. */
function inputLines(n: number, url = '/v1/chat/completions'): string {
  return Array.from({ length: n }, (_, i) =>
    `${JSON.stringify({ custom_id: `r-${i + 1}`, method: 'POST', url, body: { model: 'gpt-test', messages: [{ role: 'user', content: `question ${i + 1}` }] } })}\n`).join('');
}

async function failure(promise: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof OpenAI.APIError, `an APIError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('fake server: Files and Batches API (real SDK)', function () {
  this.timeout(10_000);
  let fake: FakeOpenAI;
  let client: OpenAI;
  beforeEach(async () => {
    fake = await FakeOpenAI.start();
    client = new OpenAI({ baseURL: fake.baseURL, apiKey: 'k', maxRetries: 0 });
    // Answers that name their line, so a test can see which answer went where.
    fake.batchAnswer = (line) => ({ content: `answer to ${line.custom_id}`, usage: { prompt_tokens: 7, completion_tokens: 3 } });
  });
  afterEach(async () => {
    await fake.close();
  });

  async function upload(text: string | Buffer, sdk: OpenAI = client) {
    return sdk.files.create({ file: await toFile(Buffer.from(text), 'x.jsonl'), purpose: 'batch' });
  }
  async function submit(lines: number, metadata?: Record<string, string>, sdk: OpenAI = client): Promise<Batch> {
    const file = await upload(inputLines(lines), sdk);
    return sdk.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h', metadata });
  }
  async function retrieveUntil(id: string, done: (b: Batch) => boolean): Promise<Batch> {
    for (let i = 0; i < 20; i++) {
      const batch = await client.batches.retrieve(id);
      if (done(batch)) return batch;
    }
    assert.fail(`batch ${id} never got there`);
  }
  async function lines(fileId: string | null | undefined): Promise<OutputLine[]> {
    assert.ok(fileId, 'a file id');
    const text = await (await client.files.content(fileId)).text();
    assert.ok(text.endsWith('\n'), 'every line ends with a newline');
    return text.trimEnd().split('\n').map((line) => JSON.parse(line) as OutputLine);
  }

  it('uploads multipart and gives the same bytes back; the upload is recorded by its fields', async () => {
    const bytes = Buffer.concat([Buffer.from(`${inputLines(2)}é ✓ 🎉\r\n`), Buffer.from([0, 1, 2, 255, 254, 10])]);
    const file = await upload(bytes);
    assert.match(file.id, /^file-/);
    assert.equal(file.object, 'file');
    assert.equal(file.bytes, bytes.length);
    assert.equal(file.filename, 'x.jsonl');
    assert.equal(file.purpose, 'batch');
    assert.equal(file.status, 'processed');
    assert.deepEqual(await client.files.retrieve(file.id), file);
    const back = Buffer.from(await (await client.files.content(file.id)).arrayBuffer());
    assert.ok(back.equals(bytes), 'identical bytes');
    const [seen] = fake.calls('files.create');
    assert.equal(seen.method, 'POST');
    assert.equal(seen.path, '/v1/files');
    assert.deepEqual(seen.body, { purpose: 'batch', filename: 'x.jsonl', bytes: bytes.length });
    assert.ok(fake.file(file.id)?.bytes.equals(bytes));
    assert.deepEqual(await client.files.delete(file.id), { id: file.id, object: 'file', deleted: true });
    assert.equal((await failure(client.files.retrieve(file.id))).status, 404);
  });

  it('refuses an upload with an unknown purpose', async () => {
    const error = await failure(client.files.create({ file: await toFile(Buffer.from('x'), 'x.jsonl'), purpose: 'nonsense' as 'batch' }));
    assert.equal(error.status, 400);
    assert.equal(fake.calls('files.create').length, 1);
  });

  const scripts: BatchStatus[][] = [
    ['validating', 'in_progress', 'finalizing', 'completed'],
    ['validating', 'failed'],
    ['validating', 'in_progress', 'failed'],
    ['validating', 'in_progress', 'finalizing', 'expired'],
    ['validating', 'in_progress', 'cancelling', 'cancelled'],
  ];
  for (const script of scripts) {
    it(`goes through ${script.join(' → ')}, one step per retrieve, then stays`, async () => {
      fake.batchScript = script;
      const created = await submit(3, { docwright_local_id: 'b-1' });
      const seen: string[] = [created.status];
      for (let i = 1; i < script.length + 2; i++) seen.push((await client.batches.retrieve(created.id)).status);
      assert.deepEqual(seen, [...script, script.at(-1), script.at(-1)]);
      const last = await client.batches.retrieve(created.id);
      for (const status of script.slice(1)) assert.equal(typeof last[`${status}_at` as keyof Batch], 'number', `${status}_at stamped`);
      assert.equal(last.expires_at, last.created_at + 86_400);
      assert.deepEqual(last.metadata, { docwright_local_id: 'b-1' });
      assert.equal(last.model, 'gpt-test');
      assert.equal(last.input_file_id, created.input_file_id);
      if (script.at(-1) === 'failed') {
        assert.equal(last.output_file_id, null);
        assert.ok(last.errors?.data?.length, 'errors.data');
      } else {
        assert.ok(last.output_file_id, 'an output file');
        assert.equal(last.errors, null);
      }
    });
  }

  it('answers a new batch with every field of the SDK Batch type', async () => {
    const batch = await submit(2);
    assert.equal(batch.status, 'validating');
    for (const key of ['id', 'object', 'endpoint', 'errors', 'input_file_id', 'completion_window', 'status', 'output_file_id', 'error_file_id', 'created_at', 'in_progress_at', 'expires_at', 'finalizing_at',
      'completed_at', 'failed_at', 'expired_at', 'cancelling_at', 'cancelled_at', 'request_counts', 'metadata', 'model', 'usage']) assert.ok(key in batch, key);
    assert.equal(batch.object, 'batch');
    assert.equal(batch.endpoint, '/v1/chat/completions');
    assert.equal(batch.completion_window, '24h');
    assert.deepEqual(batch.request_counts, { total: 0, completed: 0, failed: 0 });
    assert.equal((await client.batches.retrieve(batch.id)).request_counts?.total, 2);
    assert.equal(fake.calls('batches.create').length, 1);
  });

  it('completed: one output line per request, with its custom_id and a chat completion', async () => {
    const created = await submit(4);
    const done = await retrieveUntil(created.id, (b) => b.status === 'completed');
    assert.deepEqual(done.request_counts, { total: 4, completed: 4, failed: 0 });
    assert.equal(done.error_file_id, null, 'no error file when nothing failed');
    assert.deepEqual(done.usage, { input_tokens: 28, input_tokens_details: { cached_tokens: 0 }, output_tokens: 12, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 40 });
    const out = await lines(done.output_file_id);
    assert.deepEqual(out.map((l) => l.custom_id), ['r-1', 'r-2', 'r-3', 'r-4']);
    for (const line of out) {
      assert.match(line.id, /^batch_req_/);
      assert.equal(line.error, null);
      assert.equal(line.response?.status_code, 200);
      assert.match(line.response?.request_id ?? '', /^req_/);
      assert.equal(line.response?.body.choices?.[0].message.content, `answer to ${line.custom_id}`);
      assert.equal(line.response?.body.usage?.prompt_tokens, 7);
    }
    assert.equal((await client.files.retrieve(done.output_file_id!)).purpose, 'batch_output');
  });

  it('batchOutputOrder reversed writes the lines in reverse input order', async () => {
    fake.batchOutputOrder = 'reversed';
    fake.batchAnswer = (line) => (line.custom_id === 'r-1' || line.custom_id === 'r-2' ? 'expire' : { content: 'fine' });
    const done = await retrieveUntil((await submit(4)).id, (b) => b.status === 'completed');
    assert.deepEqual((await lines(done.output_file_id)).map((l) => l.custom_id), ['r-4', 'r-3']);
    assert.deepEqual((await lines(done.error_file_id)).map((l) => l.custom_id), ['r-2', 'r-1']);
  });

  it('puts the lines answered with an error status in the error file, the rest in the output file', async () => {
    fake.batchAnswer = (line) => (line.custom_id === 'r-2' || line.custom_id === 'r-4' ? { status: 400, error: `bad ${line.custom_id}` } : { content: 'fine' });
    const created = await submit(5);
    const done = await retrieveUntil(created.id, (b) => b.status === 'completed');
    assert.deepEqual(done.request_counts, { total: 5, completed: 3, failed: 2 });
    assert.deepEqual((await lines(done.output_file_id)).map((l) => l.custom_id), ['r-1', 'r-3', 'r-5']);
    const errors = await lines(done.error_file_id);
    assert.deepEqual(errors.map((l) => [l.custom_id, l.response?.status_code, l.response?.body.error?.message, l.error]), [['r-2', 400, 'bad r-2', null], ['r-4', 400, 'bad r-4', null]]);
  });

  it('only errors: an error file and no output file', async () => {
    fake.batchAnswer = () => 'expire';
    const created = await submit(2);
    const done = await retrieveUntil(created.id, (b) => b.status === 'completed');
    assert.equal(done.output_file_id, null);
    assert.deepEqual((await lines(done.error_file_id)).map((l) => l.error?.code), ['batch_expired', 'batch_expired']);
  });

  it('expired: the first half answered, the rest batch_expired in the error file', async () => {
    fake.batchScript = ['validating', 'in_progress', 'expired'];
    const created = await submit(5);
    const done = await retrieveUntil(created.id, (b) => b.status === 'expired');
    assert.equal(typeof done.expired_at, 'number');
    assert.deepEqual((await lines(done.output_file_id)).map((l) => l.custom_id), ['r-1', 'r-2', 'r-3']);
    const errors = await lines(done.error_file_id);
    assert.deepEqual(errors.map((l) => l.custom_id), ['r-4', 'r-5']);
    for (const line of errors) {
      assert.equal(line.response, null);
      assert.deepEqual(line.error, { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' });
    }
    assert.deepEqual(done.request_counts, { total: 5, completed: 3, failed: 2 });
  });

  it('cancel: cancelling, then cancelled at the next retrieve with the first half answered', async () => {
    const created = await submit(4);
    assert.equal((await client.batches.retrieve(created.id)).status, 'in_progress');
    const cancelling = await client.batches.cancel(created.id);
    assert.equal(cancelling.status, 'cancelling');
    assert.equal(typeof cancelling.cancelling_at, 'number');
    assert.equal((await client.batches.cancel(created.id)).status, 'cancelling', 'a second cancel while cancelling is harmless');
    const cancelled = await client.batches.retrieve(created.id);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(typeof cancelled.cancelled_at, 'number');
    assert.deepEqual((await lines(cancelled.output_file_id)).map((l) => l.custom_id), ['r-1', 'r-2']);
    assert.equal(cancelled.error_file_id, null);
    assert.equal((await client.batches.retrieve(created.id)).status, 'cancelled');
    assert.equal((await failure(client.batches.cancel(created.id))).status, 409, 'a finished batch cannot be cancelled');
    assert.equal(fake.calls('batches.cancel').length, 3);
  });

  it('lists newest first across pages, so a batch is found by its metadata', async () => {
    const made: Batch[] = [];
    for (const id of ['b-1', 'b-2', 'b-3']) made.push(await submit(1, { docwright_local_id: id }));
    const listed: Batch[] = [];
    for await (const batch of client.batches.list({ limit: 2 })) listed.push(batch);
    assert.deepEqual(listed.map((b) => b.id), made.map((b) => b.id).reverse());
    assert.equal(fake.calls('batches.list').length, 2, 'two pages of two');
    assert.equal(fake.calls('batches.list')[1].query.get('after'), made[1].id);
    const page = await client.batches.list({ limit: 2 });
    assert.equal(page.has_more, true);
    const found = listed.find((b) => b.metadata?.docwright_local_id === 'b-2');
    assert.equal(found?.id, made[1].id);
    assert.deepEqual(fake.batchIds(), made.map((b) => b.id));
  });

  it('404 for unknown files and batches; 400 for a bad create', async () => {
    for (const call of [client.files.retrieve('file-nope'), client.files.content('file-nope'), client.batches.retrieve('batch_nope'), client.batches.cancel('batch_nope')]) {
      const error = await failure(call);
      assert.equal(error.status, 404);
      assert.ok(error instanceof OpenAI.NotFoundError);
    }
    const missing = await failure(client.batches.create({ input_file_id: 'file-nope', endpoint: '/v1/chat/completions', completion_window: '24h' }));
    assert.equal(missing.status, 400);
    const file = await upload(inputLines(1));
    const window = await failure(client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '48h' as '24h' }));
    assert.equal(window.status, 400);
    const endpoint = await failure(client.batches.create({ input_file_id: file.id, endpoint: '/v1/embeddings', completion_window: '24h' }));
    assert.equal(endpoint.status, 400);
    assert.deepEqual(fake.batchIds(), [], 'nothing created');
  });

  it('an input file that fails validation fails the batch with the line numbers', async () => {
    const good = inputLines(1);
    const text = `${good}not json\n${good}${inputLines(1, '/v1/embeddings').replace('r-1', 'r-9')}`;
    const file = await upload(text);
    const created = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    const failed = await client.batches.retrieve(created.id);
    assert.equal(failed.status, 'failed');
    assert.deepEqual(failed.errors?.data?.map((e) => [e.code, e.line]), [['invalid_json_line', 2], ['duplicate_custom_id', 3], ['invalid_url', 4]]);
  });

  it('a batch scripted to fail carries fake.batchErrors', async () => {
    fake.batchScript = ['validating', 'failed'];
    fake.batchErrors = [{ code: 'token_limit_exceeded', line: null, message: 'Enqueued token limit reached.', param: null }];
    const created = await submit(1);
    const failed = await client.batches.retrieve(created.id);
    assert.deepEqual(failed.errors, { object: 'list', data: fake.batchErrors });
  });

  it('advanceOnRetrieve = false holds a batch until advanceBatch', async () => {
    fake.advanceOnRetrieve = false;
    const created = await submit(1);
    assert.equal((await client.batches.retrieve(created.id)).status, 'validating');
    assert.equal((await fake.advanceBatch(created.id))?.status, 'in_progress');
    assert.equal((await client.batches.retrieve(created.id)).status, 'in_progress');
    assert.equal(fake.batch(created.id)?.status, 'in_progress');
  });

  it('a create whose answer is lost still creates the batch (found again through the list)', async () => {
    fake.failNext('batches.create', { kind: 'hang' });
    const file = await upload(inputLines(1));
    const impatient = new OpenAI({ baseURL: fake.baseURL, apiKey: 'k', maxRetries: 0, timeout: 300 });
    await assert.rejects(impatient.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { docwright_local_id: 'b-lost' } }), OpenAI.APIConnectionTimeoutError);
    assert.equal(fake.batchIds().length, 1);
    const listed = (await client.batches.list()).data;
    assert.equal(listed.find((b) => b.metadata?.docwright_local_id === 'b-lost')?.id, fake.batchIds()[0]);
  });

  it('a status fault answers instead and does nothing', async () => {
    fake.failNext('files.create', { kind: 'status', code: 503 });
    assert.equal((await failure(upload('x'))).status, 503);
    assert.equal(fake.calls('files.create').length, 1);
    const retrying = new OpenAI({ baseURL: fake.baseURL, apiKey: 'k', maxRetries: 1 });
    fake.failNext('batches.retrieve', { kind: 'status', code: 500 });
    const created = await submit(1);
    assert.equal((await retrying.batches.retrieve(created.id)).status, 'in_progress', 'one step: the failed call did not advance it');
  });

  it('drips file contents, or stalls them midway', async () => {
    const text = inputLines(3);
    const file = await upload(text);
    fake.contentDelivery = { kind: 'drip', everyMs: 1, chunkBytes: 64 };
    assert.equal(await (await client.files.content(file.id)).text(), text);
    fake.contentDelivery = { kind: 'stall', afterBytes: 10 };
    const before = fake.contentBytesSent;
    const abort = new AbortController();
    const response = await client.files.content(file.id, { signal: abort.signal });
    setTimeout(() => abort.abort(), 200);
    await assert.rejects(response.text());
    assert.equal(fake.contentBytesSent - before, 10, 'only the first bytes were sent');
  });

  it('the default batchAnswer answers grouped prompts with answerGroup', async () => {
    fake.batchAnswer = (line) => fake.defaultBatchAnswer(line);
    const prompt = ['### Symbol 1', 'Symbol: function add', 'Parameters to describe:', '- a (positional)', 'Return to describe: int', '', '### Symbol 2', 'Symbol: function stop', 'Parameters to describe: none', 'Return to describe: none (returns must be null)'].join('\n');
    const body = { model: 'gpt-test', messages: [{ role: 'system', content: 'x' }, { role: 'user', content: prompt }] };
    const file = await upload(`${JSON.stringify({ custom_id: 'g-1', method: 'POST', url: '/v1/chat/completions', body })}\n`);
    const created = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    const done = await retrieveUntil(created.id, (b) => b.status === 'completed');
    const [line] = await lines(done.output_file_id);
    assert.equal(line.response?.body.choices?.[0].message.content, answerGroup(body));
  });

  it('answers interactive chat requests from their body (groupAnswers)', async () => {
    fake.fallback = groupAnswers({ drop: ['2'] });
    const prompt = ['### Symbol 1', 'Symbol: function add', 'Parameters to describe:', '- a', '### Symbol 2', 'Symbol: function sub'].join('\n');
    const answer = await client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: prompt }] });
    const parsed = JSON.parse(answer.choices[0].message.content ?? '') as { answers: { id: string; params: unknown[] }[] };
    assert.deepEqual(parsed.answers.map((a) => [a.id, a.params]), [['1', [{ name: 'a', description: 'The a value.' }]]]);
    fake.fallback = { kind: 'answer', make: () => ({ kind: 'ok', content: modelAnswer('Built per request.') }) };
    assert.equal(JSON.parse((await client.chat.completions.create({ model: 'm', messages: [] })).choices[0].message.content ?? '').summary, 'Built per request.');
    assert.deepEqual(fake.requests.map((r) => r.route), ['chat.completions', 'chat.completions']);
  });

  describe('Azure (AzureOpenAI without a deployment)', () => {
    it('reaches files and batches at {endpoint}/openai/...?api-version', async () => {
      const azure = new AzureOpenAI({ endpoint: fake.url, apiKey: 'k', apiVersion: '2024-10-21', maxRetries: 0 });
      const created = await submit(2, { docwright_local_id: 'b-az' }, azure);
      assert.equal(created.status, 'validating');
      await azure.batches.retrieve(created.id);
      await azure.batches.retrieve(created.id);
      const done = await azure.batches.retrieve(created.id);
      assert.equal(done.status, 'completed');
      const out = await (await azure.files.content(done.output_file_id!)).text();
      assert.equal(out.trimEnd().split('\n').length, 2);
      const listed = (await azure.batches.list()).data;
      assert.equal(listed[0].id, created.id);
      for (const seen of fake.requests) {
        assert.match(seen.path, /^\/openai\/(files|batches)(\/|$)/, seen.path);
        assert.equal(seen.query.get('api-version'), '2024-10-21');
        assert.equal(seen.headers['api-key'], 'k');
      }
      assert.deepEqual(fake.calls('batches.create').map((r) => r.path), ['/openai/batches']);
    });

    it('with a deployment the SDK moves POST /batches under /deployments/…, which the fake refuses', async () => {
      const azure = new AzureOpenAI({ endpoint: fake.url, apiKey: 'k', apiVersion: '2024-10-21', deployment: 'dep', maxRetries: 0 });
      const file = await upload(inputLines(1), azure);
      const error = await failure(azure.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' }));
      assert.equal(error.status, 404);
      assert.match(error.message, /\/openai\/deployments\/dep\/batches/);
      assert.deepEqual(fake.batchIds(), []);
    });

    it('Azure\'s v1 URL is the plain OpenAI client at {endpoint}/openai/v1', async () => {
      const v1 = new OpenAI({ baseURL: `${fake.url}/openai/v1`, apiKey: 'k', maxRetries: 0 });
      const created = await submit(1, undefined, v1);
      assert.equal((await v1.batches.retrieve(created.id)).status, 'in_progress');
      assert.deepEqual(fake.calls('batches.create').map((r) => r.path), ['/openai/v1/batches']);
    });
  });
});
