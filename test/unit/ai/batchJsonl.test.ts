/** Batch input lines (the client's own request body) and result lines (OpenAI's and vLLM's forms). */
import * as assert from 'node:assert/strict';
import { requestBody, type AiClientConfig, type CompletionRequest } from '../../../src/core/ai/client';
import { BATCH_URL, readOutputLine, requestLine } from '../../../src/core/ai/batch/jsonl';

const KEY = 'sk-test-0123456789abcdefSECRET';
const secrets = [KEY];

function config(over: Partial<AiClientConfig> = {}): AiClientConfig {
  return { provider: 'openai', apiKey: KEY, model: 'gpt-4o-mini', timeoutMs: 1000, deadlineMs: 5000, maxRetries: 2, ...over };
}

const request: CompletionRequest = {
  messages: [{ role: 'system', content: 'Describe.' }, { role: 'user', content: 'def f(): pass' }],
  responseFormat: 'json_schema',
  jsonSchema: { name: 'docwright_docstrings', strict: true, schema: { type: 'object' } },
  maxOutputTokens: 3000,
  promptTokens: 50,
};

function completion(content: string | null, over: Record<string, unknown> = {}, choice: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'gpt-4o-mini',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null }, ...choice }],
    usage: { prompt_tokens: 900, completion_tokens: 120, total_tokens: 1020, prompt_tokens_details: { cached_tokens: 100 } },
    ...over,
  };
}

const okLine = (customId: string, body: unknown) => JSON.stringify({ id: 'batch_req_1', custom_id: customId, response: { status_code: 200, request_id: 'req_1', body }, error: null });

describe('batch input lines', () => {
  it('one line per request: custom_id, POST, the provider URL, and exactly the client\'s requestBody', () => {
    for (const provider of ['openai', 'compatible'] as const) {
      const body = requestBody(config({ provider, baseURL: 'http://127.0.0.1:1/v1' }), request);
      const line = requestLine('b-20261130-a1b2c3-000001', body, provider);
      assert.ok(!line.includes('\n'), 'one line');
      const parsed = JSON.parse(line);
      assert.deepEqual(Object.keys(parsed), ['custom_id', 'method', 'url', 'body']);
      assert.equal(parsed.custom_id, 'b-20261130-a1b2c3-000001');
      assert.equal(parsed.method, 'POST');
      assert.equal(parsed.url, '/v1/chat/completions');
      assert.deepEqual(parsed.body, body);
      assert.ok(!line.includes(KEY), 'never the key');
    }
    // max_tokens for compatible servers, max_completion_tokens for OpenAI: the body is requestBody's, not rebuilt.
    assert.equal(JSON.parse(requestLine('x', requestBody(config({ provider: 'compatible', baseURL: 'http://h/v1' }), request), 'compatible')).body.max_tokens, 3000);
    assert.equal(JSON.parse(requestLine('x', requestBody(config(), request), 'openai')).body.max_completion_tokens, 3000);
  });

  it('Azure: the deployment is the body\'s model, and the URL is the one BATCH_URL names', () => {
    const azure = config({ provider: 'azure', endpoint: 'https://r.openai.azure.com', deployment: 'my-batch-dep', apiVersion: '2024-10-21' });
    const parsed = JSON.parse(requestLine('x', requestBody(azure, request), 'azure'));
    assert.equal(parsed.body.model, 'my-batch-dep');
    assert.equal(parsed.url, BATCH_URL.azure);
    // Azure's REST reference answers a batch with endpoint "/chat/completions" (unverified on a live resource).
    assert.deepEqual(BATCH_URL, { openai: '/v1/chat/completions', compatible: '/v1/chat/completions', azure: '/chat/completions' });
  });
});

describe('batch result lines', () => {
  it('OpenAI 200: the answer text and usage, the key redacted', () => {
    const outcome = readOutputLine(okLine('c-1', completion(`{"summary":"Uses ${KEY}."}`)), secrets);
    assert.ok(outcome?.ok);
    assert.equal(outcome.customId, 'c-1');
    assert.equal(outcome.text, '{"summary":"Uses [redacted]."}');
    assert.deepEqual(outcome.usage, { prompt: 900, completion: 120, cached: 100 });
  });

  it('a 200 the interactive client would refuse is a failure with its reason, and keeps the billed usage', () => {
    const cut = readOutputLine(okLine('c-2', completion('{"summ', {}, { finish_reason: 'length' })), secrets);
    assert.deepEqual(cut, { customId: 'c-2', ok: false, code: 'invalid_response', message: 'The answer was cut off at the output token limit.', usage: { prompt: 900, completion: 120, cached: 100 } });
    const refused = readOutputLine(okLine('c-3', completion(null, {}, { message: { role: 'assistant', content: null, refusal: 'No.' } })), secrets);
    assert.equal(refused?.ok, false);
    assert.match(refused.ok ? '' : refused.message, /refused/);
    const filtered = readOutputLine(okLine('c-4', completion('x', {}, { finish_reason: 'content_filter' })), secrets);
    assert.match(filtered && !filtered.ok ? filtered.message : '', /content filter/);
    const empty = readOutputLine(okLine('c-5', { choices: [] }), secrets);
    assert.deepEqual(empty, { customId: 'c-5', ok: false, code: 'invalid_response', message: 'The response has no choices[0].message.' });
  });

  it('OpenAI 400 in the error file: code and message from the body, made safe to print', () => {
    const line = JSON.stringify({
      id: 'batch_req_2', custom_id: 'c-6',
      response: { status_code: 400, request_id: 'req_2', body: { error: { message: `Bad schema \u001b[31mred\u001b[0m\u202e for key ${KEY}`, type: 'invalid_request_error', code: null } } },
      error: null,
    });
    const outcome = readOutputLine(line, secrets);
    assert.deepEqual(outcome, { customId: 'c-6', ok: false, code: 'invalid_request_error', message: 'Bad schema red for key [redacted]' });
  });

  it('batch_expired keeps its code', () => {
    const line = JSON.stringify({ id: 'batch_req_3', custom_id: 'c-7', response: null, error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' } });
    assert.deepEqual(readOutputLine(line, secrets), { customId: 'c-7', ok: false, code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' });
  });

  it('vLLM run-batch: id vllm-…, a 200 reads like OpenAI\'s; a failure has error a string and a 400 with body null', () => {
    const ok = JSON.stringify({ id: 'vllm-0f1e2d', custom_id: 'c-8', response: { status_code: 200, request_id: 'vllm-batch-1', body: completion('{"summary":"Adds."}') }, error: null });
    const good = readOutputLine(ok, secrets);
    assert.ok(good?.ok);
    assert.equal(good.text, '{"summary":"Adds."}');
    const failed = JSON.stringify({ id: 'vllm-9a8b7c', custom_id: 'c-9', response: { status_code: 400, request_id: 'vllm-batch-2', body: null }, error: `guided decoding failed\nfor ${KEY}` });
    assert.deepEqual(readOutputLine(failed, secrets), { customId: 'c-9', ok: false, code: 'http_400', message: 'guided decoding failed for [redacted]' });
    // No request_id at all is accepted too.
    const bare = JSON.stringify({ id: 'vllm-1', custom_id: 'c-10', response: { status_code: 200, body: completion('x') }, error: null });
    assert.equal(readOutputLine(bare, secrets)?.ok, true);
  });

  it('not JSON, or not a result line, is undefined; an empty message still says something', () => {
    for (const garbage of ['', 'not json', '[1,2]', '{"id":"x"}', '{"custom_id":""}', 'null', '{"custom_id":5}']) {
      assert.equal(readOutputLine(garbage, secrets), undefined, garbage);
    }
    assert.deepEqual(readOutputLine(JSON.stringify({ custom_id: 'c-11', response: { status_code: 500, body: {} } }), secrets), {
      customId: 'c-11', ok: false, code: 'http_500', message: 'The request failed with status 500.',
    });
    assert.deepEqual(readOutputLine(JSON.stringify({ custom_id: 'c-12' }), secrets), {
      customId: 'c-12', ok: false, code: 'error', message: 'The result line has neither a response nor an error.',
    });
    const longMessage = readOutputLine(JSON.stringify({ custom_id: 'c-13', error: { code: 'x', message: 'y'.repeat(10_000) } }), secrets);
    assert.ok(longMessage && !longMessage.ok && longMessage.message.length <= 500, 'capped');
  });
});
