/**
 * The batch engine against a small HTTP server of its own on 127.0.0.1 (the shared fake gains its
 * batch routes elsewhere), driven by the real `openai` SDK: streaming results past the model
 * client's 4 MB cap, the line caps, Azure's URLs without the deployment, retries, `find` across
 * pages, and the key never in an error.
 */
import * as assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AiClientConfig } from '../../../src/core/ai/client';
import { MAX_RESPONSE_BYTES } from '../../../src/core/ai/cappedFetch';
import { ModelError } from '../../../src/core/ai/errors';
import { createBatchEngine, lineLimitsFor, type Batch, type BatchEngineDeps } from '../../../src/core/ai/batch/engine';

const KEY = 'sk-test-0123456789abcdefSECRET';

interface Seen { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }
type Reply = (req: Seen, res: ServerResponse) => void | Promise<void>;

/** A server that records every request and answers each with the next scripted reply (then `fallback`). */
class TinyServer {
  readonly seen: Seen[] = [];
  replies: Reply[] = [];
  fallback: Reply = (_req, res) => json(res, 404, { error: { message: 'no route' } });
  /** Bytes written by streaming replies, and whether the client closed the connection early. */
  sent = 0;
  closedEarly = false;

  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<TinyServer> {
    const holder: { tiny?: TinyServer } = {};
    const server = createServer((req, res) => void holder.tiny?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.tiny = new TinyServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.tiny;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
    this.seen.push(seen);
    await (this.replies.shift() ?? this.fallback)(seen, res);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function batchObject(id: string, over: Partial<Batch> = {}): Batch {
  return {
    id, object: 'batch', endpoint: '/v1/chat/completions', input_file_id: 'file-in', completion_window: '24h', status: 'validating',
    created_at: 1_700_000_000, errors: undefined, metadata: null, ...over,
  } as Batch;
}

/** Resolves when `res` can take more, or is gone (listeners removed either way). */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Streams `lines` (each followed by `\n`) in chunks of about 64 KB, made on the fly. */
function streamLines(server: TinyServer, count: number, lineOf: (i: number) => string): Reply {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    let buffer = '';
    for (let i = 0; i < count; i++) {
      buffer += `${lineOf(i)}\n`;
      if (buffer.length >= 64 * 1024) {
        server.sent += Buffer.byteLength(buffer);
        if (!res.write(buffer)) await drainedOrClosed(res);
        buffer = '';
      }
    }
    server.sent += Buffer.byteLength(buffer);
    res.end(buffer);
  };
}

describe('batch engine', () => {
  let server: TinyServer;
  const config = (over: Partial<AiClientConfig> = {}): AiClientConfig => ({
    provider: 'compatible', baseURL: `${server.url}/v1`, apiKey: KEY, model: 'gpt-4o-mini', timeoutMs: 5000, deadlineMs: 10_000, maxRetries: 2, ...over,
  });
  const fast: BatchEngineDeps = { backoff: { baseDelayMs: 1, maxDelayMs: 2 }, random: () => 0.5 };

  beforeEach(async () => {
    server = await TinyServer.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('uploads the JSONL as a multipart file with purpose batch, the key in the header', async () => {
    server.replies.push((_req, res) => json(res, 200, { id: 'file-abc', object: 'file', bytes: 10, created_at: 1, filename: 'docwright-batch.jsonl', purpose: 'batch', status: 'processed' }));
    const jsonl = Buffer.from('{"custom_id":"a"}\n{"custom_id":"b"}\n');
    const { fileId } = await createBatchEngine(config()).upload(jsonl);
    assert.equal(fileId, 'file-abc');
    const [seen] = server.seen;
    assert.equal(`${seen.method} ${seen.url}`, 'POST /v1/files');
    assert.equal(seen.headers.authorization, `Bearer ${KEY}`);
    const form = await new Response(seen.body, { headers: { 'content-type': String(seen.headers['content-type']) } }).formData();
    assert.equal(form.get('purpose'), 'batch');
    const file = form.get('file') as File;
    assert.equal(file.name, 'docwright-batch.jsonl');
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), jsonl);
  });

  it('creates with our metadata, /v1/chat/completions and a 24h window', async () => {
    server.replies.push((req, res) => json(res, 200, batchObject('batch_1', { metadata: JSON.parse(req.body.toString()).metadata })));
    const batch = await createBatchEngine(config()).create('file-in', 'b-20261130-a1b2c3');
    assert.equal(batch.id, 'batch_1');
    assert.equal(`${server.seen[0].method} ${server.seen[0].url}`, 'POST /v1/batches');
    assert.deepEqual(JSON.parse(server.seen[0].body.toString()), {
      input_file_id: 'file-in', endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { docwright_local_id: 'b-20261130-a1b2c3' },
    });
  });

  it('streams an output file larger than the model client\'s 4 MB cap, line by line, CRLF and blank lines handled', async () => {
    const line = (i: number) => JSON.stringify({ custom_id: `c-${i}`, pad: 'x'.repeat(2000) });
    const count = 3000; // ~6 MB
    server.replies.push(streamLines(server, count, (i) => (i % 2 ? `${line(i)}\r` : i === 10 ? `${line(i)}\n` : line(i))));
    let n = 0;
    let bytes = 0;
    for await (const text of createBatchEngine(config()).lines('file-out', undefined, lineLimitsFor(count, 1))) {
      assert.equal(text, line(n), `line ${n}`);
      bytes += text.length;
      n++;
    }
    assert.equal(n, count);
    assert.ok(bytes > MAX_RESPONSE_BYTES, `${bytes} bytes read`);
    assert.equal(`${server.seen[0].method} ${server.seen[0].url}`, 'GET /v1/files/file-out/content');
  });

  it('refuses an over-long line without holding it: the read stops and the connection closes long before the end', async () => {
    const total = 256 * 1024 * 1024;
    server.replies.push(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('{"custom_id":"ok"}\n');
      const chunk = Buffer.alloc(64 * 1024, 0x61); // one endless line, no newline
      res.on('close', () => {
        server.closedEarly = server.sent < total;
      });
      while (server.sent < total && !res.destroyed) {
        server.sent += chunk.length;
        if (!res.write(chunk)) await drainedOrClosed(res);
      }
      res.end();
    });
    const got: string[] = [];
    const limits = { maxLineBytes: 1024 * 1024, maxLines: 10 };
    await assert.rejects(
      (async () => {
        for await (const text of createBatchEngine(config()).lines('file-out', undefined, limits)) got.push(text);
      })(),
      (error: Error) => error instanceof ModelError && error.category === 'invalid_response' && /Line 2 of the batch file file-out is longer than 1048576 bytes/.test(error.message),
    );
    assert.deepEqual(got, ['{"custom_id":"ok"}']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(server.closedEarly, 'the client closed the stream');
    assert.ok(server.sent < 64 * 1024 * 1024, `only ${server.sent} bytes were sent before the client stopped reading`);
  });

  it('refuses more lines than the cap', async () => {
    server.replies.push(streamLines(server, 5, (i) => `{"custom_id":"c-${i}"}`));
    const got: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const text of createBatchEngine(config()).lines('file-out', undefined, { maxLineBytes: 1000, maxLines: 3 })) got.push(text);
      })(),
      /more than 3 lines/,
    );
    assert.equal(got.length, 3);
  });

  it('a request with an API key never shows the key in an error, even when the server echoes it', async () => {
    const echo: Reply = (req, res) => json(res, 401, { error: { message: `Incorrect API key provided: ${String(req.headers.authorization)}`, type: 'invalid_request_error', code: 'invalid_api_key' } });
    server.replies.push(echo, echo, echo, echo);
    const engine = createBatchEngine(config(), fast);
    for (const call of [() => engine.retrieve('batch_1'), () => engine.create('file-in', 'b-20261130-a1b2c3'), () => engine.upload(Buffer.from('{}\n')), () => engine.cancel('batch_1')]) {
      await assert.rejects(call(), (error: Error) => {
        assert.ok(error instanceof ModelError);
        assert.equal(error.category, 'auth');
        assert.ok(!error.message.includes(KEY) && !error.userMessage.includes(KEY), error.message);
        assert.match(error.message, /\[redacted\]/, 'the echo was there, redacted');
        return true;
      });
    }
    assert.equal(server.seen.length, 4, 'auth errors are not retried');
  });

  it('Azure: batches go to /openai/batches?api-version=… and files to /openai/files?…, never /deployments/…', async () => {
    const azure = config({ provider: 'azure', baseURL: undefined, endpoint: server.url, deployment: 'my-dep', apiVersion: '2024-10-21' });
    server.replies.push(
      (_req, res) => json(res, 200, { id: 'file-1', object: 'file', bytes: 3, created_at: 1, filename: 'docwright-batch.jsonl', purpose: 'batch', status: 'processed' }),
      (req, res) => json(res, 200, batchObject('batch_az', { endpoint: JSON.parse(req.body.toString()).endpoint })),
      (_req, res) => json(res, 200, batchObject('batch_az', { status: 'in_progress' })),
      (_req, res) => json(res, 200, batchObject('batch_az', { status: 'cancelling' })),
      (_req, res) => json(res, 200, { object: 'list', data: [], has_more: false }),
      streamLines(server, 1, () => '{"custom_id":"c-1"}'),
    );
    const engine = createBatchEngine(azure);
    await engine.upload(Buffer.from('{}\n'));
    await engine.create('file-1', 'b-20261130-a1b2c3');
    await engine.retrieve('batch_az');
    await engine.cancel('batch_az');
    assert.equal(await engine.find('b-20261130-a1b2c3'), undefined);
    const got: string[] = [];
    for await (const text of engine.lines('file-2')) got.push(text);
    assert.deepEqual(got, ['{"custom_id":"c-1"}']);
    assert.deepEqual(server.seen.map((s) => `${s.method} ${s.url}`), [
      'POST /openai/files?api-version=2024-10-21',
      'POST /openai/batches?api-version=2024-10-21',
      'GET /openai/batches/batch_az?api-version=2024-10-21',
      'POST /openai/batches/batch_az/cancel?api-version=2024-10-21',
      'GET /openai/batches?api-version=2024-10-21&limit=100',
      'GET /openai/files/file-2/content?api-version=2024-10-21',
    ]);
    assert.ok(server.seen.every((s) => s.headers['api-key'] === KEY && s.headers.authorization === undefined), 'Azure\'s api-key header');
    assert.equal(JSON.parse(server.seen[1].body.toString()).endpoint, '/chat/completions');
  });

  it('retries 429 and 500, then succeeds; a 400 is not retried', async () => {
    server.replies.push(
      (_req, res) => json(res, 429, { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } }, { 'retry-after-ms': '5' }),
      (_req, res) => json(res, 500, { error: { message: 'boom' } }),
      (_req, res) => json(res, 200, batchObject('batch_1', { status: 'completed', output_file_id: 'file-out' })),
      (_req, res) => json(res, 400, { error: { message: 'bad id' } }),
    );
    const engine = createBatchEngine(config(), fast);
    const batch = await engine.retrieve('batch_1');
    assert.equal(batch.status, 'completed');
    assert.equal(server.seen.length, 3);
    await assert.rejects(engine.retrieve('batch_x'), (error: Error) => error instanceof ModelError && error.category === 'bad_request');
    assert.equal(server.seen.length, 4);
  });

  it('gives up after maxRetries, and does not wait for a server hint beyond the cap', async () => {
    for (let i = 0; i < 3; i++) server.replies.push((_req, res) => json(res, 503, { error: { message: 'busy' } }));
    await assert.rejects(createBatchEngine(config({ maxRetries: 2 }), fast).retrieve('batch_1'), (error: Error) => error instanceof ModelError && error.category === 'server');
    assert.equal(server.seen.length, 3, 'one try and two retries');
    server.replies.push((_req, res) => json(res, 429, { error: { message: 'later' } }, { 'retry-after': '3600' }));
    const started = Date.now();
    await assert.rejects(createBatchEngine(config(), fast).retrieve('batch_1'), (error: Error) => error instanceof ModelError && error.category === 'rate_limit');
    assert.equal(server.seen.length, 4, 'not retried');
    assert.ok(Date.now() - started < 2000);
  });

  it('a create whose answer was lost is found by its metadata on retry: one batch, never two', async () => {
    server.replies.push(
      (_req, res) => json(res, 500, { error: { message: 'created, but the answer was lost' } }),
      (_req, res) => json(res, 200, { object: 'list', data: [batchObject('batch_mine', { metadata: { docwright_local_id: 'b-20261130-a1b2c3' } })], has_more: false }),
    );
    const batch = await createBatchEngine(config(), fast).create('file-in', 'b-20261130-a1b2c3');
    assert.equal(batch.id, 'batch_mine');
    assert.deepEqual(server.seen.map((s) => `${s.method} ${s.url}`), ['POST /v1/batches', 'GET /v1/batches?limit=100']);
  });

  it('find walks batches.list page by page for our metadata', async () => {
    const other = (id: string, tag?: string) => batchObject(id, { metadata: tag ? { docwright_local_id: tag } : null });
    const pages = [
      { object: 'list', data: [other('batch_9'), other('batch_8', 'b-20261130-ffffff')], has_more: true, first_id: 'batch_9', last_id: 'batch_8' },
      { object: 'list', data: [other('batch_7'), other('batch_6', 'b-20261130-a1b2c3')], has_more: true, first_id: 'batch_7', last_id: 'batch_6' },
      { object: 'list', data: [other('batch_5')], has_more: false },
    ];
    const listing: Reply = (req, res) => {
      const after = new URL(req.url, server.url).searchParams.get('after');
      json(res, 200, pages[after === 'batch_8' ? 1 : after === 'batch_6' ? 2 : 0]);
    };
    server.fallback = listing;
    const engine = createBatchEngine(config(), fast);
    const found = await engine.find('b-20261130-a1b2c3');
    assert.equal(found?.id, 'batch_6');
    assert.deepEqual(server.seen.map((s) => s.url), ['/v1/batches?limit=100', '/v1/batches?limit=100&after=batch_8']);
    server.seen.length = 0;
    assert.equal(await engine.find('b-20261130-000000'), undefined);
    assert.deepEqual(server.seen.map((s) => s.url), ['/v1/batches?limit=100', '/v1/batches?limit=100&after=batch_8', '/v1/batches?limit=100&after=batch_6']);
  });

  it('a cancelled read ends as cancelled', async () => {
    server.replies.push(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('{"custom_id":"c-1"}\n');
      // then nothing: the caller gives up
    });
    const controller = new AbortController();
    await assert.rejects(
      (async () => {
        for await (const text of createBatchEngine(config()).lines('file-out', controller.signal)) {
          assert.equal(text, '{"custom_id":"c-1"}');
          setTimeout(() => controller.abort(new Error('stop')), 10);
        }
      })(),
      (error: Error) => error instanceof ModelError && error.category === 'cancelled',
    );
  });

  it('a results stream that goes quiet ends with a timeout after timeoutMs', async () => {
    server.replies.push(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('{"custom_id":"c-1"}\n{"custom_id":"c-');
    });
    const got: string[] = [];
    const started = Date.now();
    await assert.rejects(
      (async () => {
        for await (const text of createBatchEngine(config({ timeoutMs: 200 })).lines('file-out')) got.push(text);
      })(),
      (error: Error) => error instanceof ModelError && error.category === 'timeout' && /sent nothing for 200 ms/.test(error.message),
    );
    assert.deepEqual(got, ['{"custom_id":"c-1"}'], 'the half line is not yielded');
    assert.ok(Date.now() - started < 5000);
  });

  it('line limits follow the batch: one group of answers per line, requests + 16 lines', () => {
    assert.deepEqual(lineLimitsFor(100, 5), { maxLineBytes: 4 * 64 * 1024 * 5 + 64 * 1024, maxLines: 116 });
    assert.ok(lineLimitsFor(1, 1).maxLineBytes < lineLimitsFor(1, 8).maxLineBytes);
  });

  it('OpenAI: the base URL never comes from OPENAI_BASE_URL', async () => {
    const urls: string[] = [];
    const fetch = async (input: string | URL | Request): Promise<Response> => {
      urls.push(String(input instanceof Request ? input.url : input));
      return new Response(JSON.stringify(batchObject('batch_1')), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await createBatchEngine(config({ provider: 'openai', baseURL: undefined }), { fetch, env: { OPENAI_BASE_URL: 'http://evil.example/v1' } }).retrieve('batch_1');
    const saved = process.env.OPENAI_BASE_URL;
    process.env.OPENAI_BASE_URL = 'http://evil.example/v1';
    try {
      await createBatchEngine(config({ provider: 'openai', baseURL: undefined }), { fetch }).retrieve('batch_1');
    } finally {
      if (saved === undefined) delete process.env.OPENAI_BASE_URL;
      else process.env.OPENAI_BASE_URL = saved;
    }
    assert.deepEqual(urls, ['https://api.openai.com/v1/batches/batch_1', 'https://api.openai.com/v1/batches/batch_1']);
  });

  it('a config the SDK cannot be built from rejects every call with the reason', async () => {
    const engine = createBatchEngine(config({ provider: 'openai', apiKey: undefined, baseURL: undefined }));
    await assert.rejects(engine.retrieve('batch_1'), (error: Error) => error instanceof ModelError && error.category === 'auth');
    await assert.rejects((async () => {
      for await (const _ of engine.lines('f')) void _;
    })(), (error: Error) => error instanceof ModelError && error.category === 'auth');
    assert.equal(server.seen.length, 0);
  });
});
