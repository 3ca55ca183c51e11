// The model client against hostile or broken servers (issue 9): a body too large to hold, a body
// that drips, error text with escapes that echoes the key, and the headers and base URL the SDK
// would otherwise take from the environment.
import assert from 'node:assert/strict';
import { MAX_RESPONSE_BYTES } from '../../../src/core/ai/cappedFetch';
import type { CompletionRequest } from '../../../src/core/ai/client';
import { MAX_SERVER_TEXT, ModelError } from '../../../src/core/ai/errors';
import { FakeOpenAI, drip, echoAuth, hugeAnswer, hugeBody, ok, status } from '../../support/fakeOpenAI';
import { useFakeModelServer } from '../../support/fakeModelServer';

const KEY = 'sk-test-DOCWRIGHT-SECRET-faults';
const request: CompletionRequest = { messages: [{ role: 'user', content: 'def f(): pass' }], maxOutputTokens: 64, promptTokens: 20 };
// Terminal escapes, C0/C1 controls and bidi overrides: none may reach a message.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelError, `a ModelError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

/** Sets environment variables for the length of `body` (the SDK reads them when a client is built). */
async function withEnv<T>(vars: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('ai model client: bounded bodies, untrusted error text, explicit endpoints', function () {
  this.timeout(20_000);
  const server = useFakeModelServer({ apiKey: KEY, timeoutMs: 5000, deadlineMs: 15_000 });
  const client = server.client;
  let fake: FakeOpenAI;
  beforeEach(() => (fake = server.fake));

  describe('response body cap', () => {
    it('is 4 MB', () => {
      assert.equal(MAX_RESPONSE_BYTES, 4 * 1024 * 1024);
    });

    it('a 64 MB streamed body: invalid_response "larger than 4 MB", not retried, and read no further than the cap', async () => {
      fake.fallback = hugeBody(64 * 1024 * 1024);
      const heapBefore = process.memoryUsage().heapUsed;
      const error = await failure(client().complete(request));
      assert.equal(error.category, 'invalid_response');
      assert.equal(error.retryable, false);
      assert.match(error.message, /^The server's answer is larger than 4 MB;/);
      assert.match(error.userMessage, /larger than 4 MB/);
      assert.equal(fake.requests.length, 1);
      // The server stops when the client stops reading: the cap plus what sits in socket buffers.
      assert.ok(fake.hugeBytesSent < 24 * 1024 * 1024, `${fake.hugeBytesSent} bytes sent`);
      const grown = process.memoryUsage().heapUsed - heapBefore;
      assert.ok(grown < 48 * 1024 * 1024, `heap grew ${grown} bytes`);
    });

    it('a content-length above the cap is refused before the body is read', async () => {
      fake.fallback = hugeBody(64 * 1024 * 1024, true);
      const error = await failure(client().complete(request));
      assert.equal(error.category, 'invalid_response');
      assert.match(error.message, /larger than 4 MB/);
      assert.equal(fake.requests.length, 1);
    });

    it('a valid JSON answer larger than the cap (a smaller cap through the seam): invalid_response; one under it is used', async () => {
      fake.enqueue(hugeAnswer(80 * 1024), ok('small'));
      const capped = client({}, { maxResponseBytes: 64 * 1024 });
      const error = await failure(capped.complete(request));
      assert.equal(error.category, 'invalid_response');
      assert.match(error.message, /larger than 64 KB/);
      assert.equal((await capped.complete(request)).text, 'small');
      assert.equal(fake.requests.length, 2);
    });

    it('an error body over the cap still gives the status category, with a short message', async () => {
      fake.enqueue(status(500, { error: { message: 'x'.repeat(100 * 1024) } }), ok('after'));
      const capped = client({ maxRetries: 0 }, { maxResponseBytes: 64 * 1024 });
      const error = await failure(capped.complete(request));
      assert.equal(error.category, 'server');
      assert.ok(error.message.length <= MAX_SERVER_TEXT, `${error.message.length} chars`);
    });
  });

  it('a slow drip (a byte every 200 ms) is ended by the attempt timeout while the body is read', async () => {
    fake.fallback = drip(200);
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 400, maxRetries: 1 }).complete(request));
    assert.equal(error.category, 'timeout');
    assert.equal(fake.requests.length, 2);
    assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  });

  describe('server error text is data', () => {
    it('a body that echoes "Authorization: Bearer <key>" amid ANSI/OSC escapes: no key, no escapes, capped', async () => {
      fake.fallback = echoAuth(400);
      const error = await failure(client().complete(request));
      assert.equal(error.category, 'bad_request');
      assert.equal(fake.requests[0].headers.authorization, `Bearer ${KEY}`, 'the server did see the key');
      assert.ok(!error.message.includes(KEY), error.message);
      assert.ok(!error.message.includes('SECRET'), error.message);
      assert.match(error.message, /Authorization: Bearer \[redacted\]/);
      assert.ok(!UNSAFE.test(error.message), JSON.stringify(error.message));
      assert.ok(!error.message.includes('pwned'), 'the OSC title is removed whole');
      assert.ok(error.message.length <= MAX_SERVER_TEXT);
    });

    it('a long error body is cut to 500 characters', async () => {
      fake.fallback = status(400, { error: { message: `bad ${'word '.repeat(2000)}` } });
      const error = await failure(client().complete(request));
      assert.ok(error.message.length <= MAX_SERVER_TEXT, `${error.message.length} chars`);
      assert.match(error.message, /\.\.\.$/);
    });
  });

  describe('headers and base URL only from the configuration', () => {
    const ORG = { OPENAI_ORG_ID: 'org-docwright-test', OPENAI_PROJECT_ID: 'proj_docwright_test' };

    it('OPENAI_ORG_ID / OPENAI_PROJECT_ID never reach a compatible server, Azure, or OpenAI at another base URL', async () => {
      await withEnv(ORG, async () => {
        await client({ provider: 'compatible' }).complete(request);
        await client({ provider: 'azure', baseURL: `${fake.url}/openai/v1/` }).complete(request);
        await client({ provider: 'azure', baseURL: undefined, endpoint: fake.url, deployment: 'd', apiVersion: '2024-10-21' }).complete(request);
        await client({ provider: 'openai' }).complete(request);
      });
      assert.equal(fake.requests.length, 4);
      for (const seen of fake.requests) {
        assert.equal(seen.headers['openai-organization'], undefined, seen.path);
        assert.equal(seen.headers['openai-project'], undefined, seen.path);
      }
    });

    it('they do go to OpenAI itself (https://api.openai.com/v1, the default)', async () => {
      const seen: { url: string; headers: Headers }[] = [];
      const recording = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
        seen.push({ url: String(input), headers: new Headers(init?.headers) });
        return new Response(JSON.stringify({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'hi' } }] }), { status: 200, headers: { 'content-type': 'application/json' } });
      };
      await withEnv(ORG, async () => {
        await client({ provider: 'openai', baseURL: undefined }, { fetch: recording }).complete(request);
        await client({ provider: 'openai', baseURL: 'https://api.openai.com/v1/' }, { fetch: recording }).complete(request);
      });
      assert.deepEqual(seen.map((s) => [s.url, s.headers.get('openai-organization'), s.headers.get('openai-project')]), [
        ['https://api.openai.com/v1/chat/completions', ORG.OPENAI_ORG_ID, ORG.OPENAI_PROJECT_ID],
        ['https://api.openai.com/v1/chat/completions', ORG.OPENAI_ORG_ID, ORG.OPENAI_PROJECT_ID],
      ]);
    });

    it('OPENAI_BASE_URL in the environment never redirects the key (OpenAI default, Azure deployment)', async () => {
      const elsewhere = await FakeOpenAI.start();
      const seen: string[] = [];
      const recording = async (input: string | URL | Request): Promise<Response> => {
        seen.push(String(input));
        return new Response(JSON.stringify({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'hi' } }] }), { status: 200, headers: { 'content-type': 'application/json' } });
      };
      try {
        await withEnv({ OPENAI_BASE_URL: elsewhere.baseURL }, async () => {
          await client({ provider: 'openai', baseURL: undefined }, { fetch: recording }).complete(request);
          await client({ provider: 'azure', baseURL: undefined, endpoint: fake.url, deployment: 'docs-4o', apiVersion: '2024-10-21' }).complete(request);
        });
        assert.deepEqual(seen, ['https://api.openai.com/v1/chat/completions']);
        assert.equal(fake.requests[0]?.path, '/openai/deployments/docs-4o/chat/completions');
        assert.equal(elsewhere.requests.length, 0);
      } finally {
        await elsewhere.close();
      }
    });
  });
});
