// The whole AI path end to end: generateDocstrings + createAiDescriber + the model client over the
// real openai SDK, against the fake OpenAI-compatible server on 127.0.0.1 with scripted faults.
import assert from 'node:assert/strict';
import { DescriptionCache } from '../../../src/core/ai/cache';
import { type AiClientConfig, type ModelClient } from '../../../src/core/ai/client';
import { chatTokens, type ChatMessage } from '../../../src/core/ai/prompt';
import { createAiDescriber, createAiGroupDescriber, DEFAULT_PRICES, estimateRun, responseFormatOf, type AiRunEvent } from '../../../src/core/ai/service';
import { initDocumentedByClass } from '../../../src/core/generate/classInit';
import { extractSymbols, parsesCleanly } from '../../../src/core/extract';
import type { LanguageId, SymbolFact } from '../../../src/core/extract/types';
import { generateDocstrings, needsDocstring, type FileGeneration } from '../../../src/core/generate/generateFile';
import { type FakeOpenAI, delay, groupAnswers, malformed, ok, rateLimited, reset, status } from '../../support/fakeOpenAI';
import { useFakeModelServer } from '../../support/fakeModelServer';

const PY = [
  'import os',
  '',
  '',
  'def scale(value: float, factor: float = 2.0) -> float:',
  '    return value * factor',
  '',
  '',
  'def load(path, *, strict=False):',
  '    if not path:',
  '        raise ValueError("empty")',
  '    return open(path).read()',
  '',
  '',
  'class Store:',
  '    def get(self, key):',
  '        return key',
  '',
  '    def put(self, key, value):',
  '        pass',
  '',
].join('\n');

const TS = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n\nexport function neg(x: number): number {\n  return -x;\n}\n';

/**
 * One answer for every symbol: names a symbol lacks are dropped by applyAnswer. It describes every
 * name of PY and TS, so no symbol needs a follow-up request (describe.test.ts covers those).
 */
function answer(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    summary: 'Do the documented thing.',
    description: null,
    params: [{ name: 'value', description: 'The value to scale.' }, { name: 'path', description: 'Where to read from.' }, { name: 'key', description: 'The key.' }, ...['factor', 'strict', 'a', 'b', 'x'].map((name) => ({ name, description: `The ${name}.` }))],
    returns: 'The result.',
    yields: null,
    raises: [{ type: 'ValueError', description: 'When the path is empty.' }],
    example: null,
    ...over,
  });
}

/** The text outside every docstring: equal for two outputs means only docstrings differ. */
async function codeOnly(text: string, language: LanguageId): Promise<string> {
  const { symbols } = await extractSymbols(text, language);
  const ranges = symbols.flatMap((s) => (s.docstring ? [s.docstring.range] : [])).sort((a, b) => b.start - a.start);
  let out = text;
  for (const r of ranges) out = out.slice(0, r.start) + '<DOC>' + out.slice(r.end);
  return out;
}

describe('ai pipeline (generateDocstrings + createAiDescriber + real SDK against the fake server)', function () {
  this.timeout(20_000);
  const server = useFakeModelServer({ apiKey: 'sk-test-pipeline-key', model: 'gpt-4o-mini' }, { backoff: { baseDelayMs: 5, maxDelayMs: 20 } });
  const client = (over: Partial<AiClientConfig> = {}): ModelClient => server.client(over);
  let fake: FakeOpenAI;
  const templates = new Map<string, FileGeneration>();

  before(async () => {
    for (const [text, language] of [[PY, 'python'], [TS, 'typescript']] as const) {
      templates.set(language, await generateDocstrings(text, language, { style: 'auto', types: 'auto', quote: '"""' }));
    }
  });
  beforeEach(() => {
    fake = server.fake;
    fake.fallback = ok(answer());
  });

  async function run(options: { text?: string; language?: LanguageId; client?: ModelClient; cache?: DescriptionCache; concurrency?: number; signal?: AbortSignal; onProgress?: (d: number, t: number) => void; functionsOnly?: boolean } = {}) {
    const text = options.text ?? PY;
    const language = options.language ?? 'python';
    const events: AiRunEvent[] = [];
    const describe = createAiDescriber({ client: options.client ?? client(), model: 'gpt-4o-mini', source: text, style: language === 'python' ? 'google' : 'jsdoc', cache: options.cache, onEvent: (e) => events.push(e) });
    const result = await generateDocstrings(text, language, { style: 'auto', types: 'auto', quote: '"""', describe, ...(options.functionsOnly ? { select: (s: SymbolFact) => s.kind === 'function' } : {}), concurrency: options.concurrency, signal: options.signal, onProgress: options.onProgress });
    return { result, events };
  }

  /** The output parses, documents what template mode documents, and differs from it only inside docstrings. */
  async function assertOnlyDocstrings(result: FileGeneration, language: LanguageId = 'python') {
    assert.ok((await parsesCleanly(result.newText, language)).ok, result.newText);
    assert.deepEqual(result.failures, []);
    const template = templates.get(language)!;
    assert.deepEqual(result.documented.map((s) => s.id), template.documented.map((s) => s.id));
    assert.equal(await codeOnly(result.newText, language), await codeOnly(template.newText, language));
  }

  const byName = (events: AiRunEvent[], name: string) => events.find((e) => e.symbol.namePath.join('.') === name)!;

  it("the model's text lands in the rendered docstrings; invented names are dropped and reported", async () => {
    const { result, events } = await run();
    await assertOnlyDocstrings(result);
    assert.match(result.newText, /def scale\(value: float, factor: float = 2\.0\) -> float:\n {4}"""Do the documented thing\.\n\n {4}Args:\n {8}value: The value to scale\.\n {8}factor: The factor\. Defaults to 2\.0\.\n/);
    assert.match(result.newText, /Raises:\n {8}ValueError: When the path is empty\./);
    assert.equal(events.length, result.documented.length);
    assert.ok(events.every((e) => e.kind === 'described' && e.attempts === 1 && e.usage?.prompt === 10));
    assert.deepEqual(byName(events, 'scale').dropped, ['param path', 'param key', 'param strict', 'param a', 'param b', 'param x', 'raises ValueError']);
    const body = fake.requests[0].body as { response_format: { type: string; json_schema: { name: string; strict: boolean } }; max_completion_tokens: number };
    assert.equal(body.response_format.type, 'json_schema');
    assert.equal(body.response_format.json_schema.name, 'docwright_docstring');
    assert.equal(body.max_completion_tokens, 600);
  });

  it('429 with Retry-After: waited for, retried, described; counted in attempts', async () => {
    fake.enqueue(rateLimited({ 'retry-after': '1' }));
    const started = Date.now();
    const { result, events } = await run({ text: 'def f(value):\n    return value\n', functionsOnly: true });
    assert.ok(Date.now() - started >= 950, 'the Retry-After second was honoured');
    assert.equal(events[0].kind, 'described');
    assert.equal(events[0].attempts, 2);
    assert.equal(fake.requests.length, 2);
    assert.match(result.newText, /value: The value to scale\./);
  });

  it('429 that persists: rate_limit fallback, the template is written', async () => {
    fake.fallback = rateLimited({ 'retry-after-ms': '20' });
    const { result, events } = await run({ client: client({ maxRetries: 1 }) });
    await assertOnlyDocstrings(result);
    assert.equal(result.newText, templates.get('python')!.newText, 'every symbol got its template docstring');
    assert.ok(events.every((e) => e.kind === 'fallback' && e.error?.category === 'rate_limit' && e.attempts === 2), JSON.stringify(events.map((e) => [e.kind, e.error?.category, e.attempts])));
  });

  it('500 then 503 then ok: described after 3 attempts; 503 forever: server fallback', async () => {
    fake.enqueue(status(500), status(503));
    const first = await run({ text: 'def f(value):\n    return value\n', functionsOnly: true });
    assert.deepEqual(first.events.map((e) => [e.kind, e.attempts]), [['described', 3]]);
    fake.fallback = status(503);
    const { result, events } = await run();
    await assertOnlyDocstrings(result);
    assert.ok(events.every((e) => e.kind === 'fallback' && e.error?.category === 'server' && e.error.status === 503 && e.attempts === 3));
  });

  it('a reply slower than the timeout: timeout fallback after the retries', async () => {
    fake.fallback = delay(1500, ok(answer()));
    const { result, events } = await run({ client: client({ timeoutMs: 150, maxRetries: 1 }), concurrency: 4 });
    await assertOnlyDocstrings(result);
    assert.ok(events.every((e) => e.kind === 'fallback' && e.error?.category === 'timeout' && e.attempts === 2), JSON.stringify(events.map((e) => [e.kind, e.error?.category, e.attempts])));
  });

  it('a reset connection: retried, then network fallback when it persists', async () => {
    fake.enqueue(reset());
    const once = await run({ text: 'def f(value):\n    return value\n', functionsOnly: true });
    assert.deepEqual(once.events.map((e) => [e.kind, e.attempts]), [['described', 2]]);
    fake.fallback = reset();
    const { result, events } = await run();
    await assertOnlyDocstrings(result);
    assert.ok(events.every((e) => e.kind === 'fallback' && e.error?.category === 'network' && e.attempts === 3));
  });

  it('a malformed JSON body: invalid_response fallback, not retried', async () => {
    fake.fallback = malformed();
    const { result, events } = await run();
    await assertOnlyDocstrings(result);
    assert.ok(events.every((e) => e.kind === 'fallback' && e.error?.category === 'invalid_response' && e.attempts === 1));
  });

  it('an answer that breaks the schema (or is prose): invalid_response fallback with the reason', async () => {
    fake.enqueue(ok('{"summary": 5, "params": "no"}'), ok('Sure! Here is your docstring.'));
    const { result, events } = await run({ text: 'def f(value):\n    return value\n\n\ndef g(value):\n    return value\n', functionsOnly: true });
    assert.ok((await parsesCleanly(result.newText, 'python')).ok);
    assert.deepEqual(events.map((e) => [e.kind, e.error?.category]), [['fallback', 'invalid_response'], ['fallback', 'invalid_response']]);
    assert.match(events[0].error!.message, /does not match the schema: summary/);
    assert.match(events[1].error!.message, /not valid JSON/);
    assert.equal((result.newText.match(/"""_summary_/g) ?? []).length, 2);
  });

  it('descriptions with """ and */ cannot end the literal or comment (Python and TypeScript)', async () => {
    fake.fallback = ok(answer({ summary: 'Ends here """ and here */ too', description: 'More """\n""" */ text.', params: [{ name: 'value', description: 'x""" */' }, { name: 'a', description: 'y */ """' }] }));
    const py = await run();
    await assertOnlyDocstrings(py.result);
    assert.ok(py.events.every((e) => e.kind === 'described'));
    assert.match(py.result.newText, /"""Ends here " and here \* \/ too\n/);
    const ts = await run({ text: TS, language: 'typescript' });
    await assertOnlyDocstrings(ts.result, 'typescript');
    assert.match(ts.result.newText, /\* Ends here " and here \* \/ too\n/);
    assert.match(ts.result.newText, /@param a - y \* \/ "\n/);
  });

  it('a server that rejects json_schema (400) is asked with json_object, then text, and the downgrade is remembered', async () => {
    const c = client();
    fake.enqueue(status(400, { error: { message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", type: 'invalid_request_error', code: null } }), status(400));
    const text = 'def f(value):\n    return value\n\n\ndef g(value):\n    return value\n';
    const { events } = await run({ text, client: c, functionsOnly: true });
    assert.deepEqual(events.map((e) => [e.kind, e.attempts]), [['described', 3], ['described', 1]]);
    const formats = fake.requests.map((r) => (r.body as { response_format?: { type: string } }).response_format?.type ?? 'text');
    assert.deepEqual(formats, ['json_schema', 'json_object', 'text', 'text']);
    assert.equal(responseFormatOf(c), 'text');
    fake.fallback = status(400);
    const later = await run({ text, client: c, functionsOnly: true });
    assert.ok(later.events.every((e) => e.kind === 'fallback' && e.error?.category === 'bad_request' && e.attempts === 1), 'text is the last format: a 400 then is final');
  });

  it('concurrency 4 under requestsPerMinute: same output as sequential, rate held as the server saw it', async () => {
    const sequential = await run({ client: client() });
    const requestsBefore = fake.requests.length;
    fake.fallback = delay(250, ok(answer())); // longer than the pacing interval, so requests overlap
    const progress: number[] = [];
    // 600/min: one request every 100 ms, so n requests span at least (n - 1) x 100 ms.
    const { result } = await run({ client: client({ requestsPerMinute: 600 }), concurrency: 4, onProgress: (done) => progress.push(done) });
    assert.equal(result.newText, sequential.result.newText, 'edits land in source order');
    const seen = fake.requests.slice(requestsBefore);
    const n = result.documented.length;
    assert.equal(seen.length, n);
    assert.ok(n >= 5);
    const span = seen[n - 1].at - seen[0].at;
    assert.ok(span >= (n - 1) * 100 - 20, `server-observed span ${span} ms for ${n} requests at 600/min`);
    assert.ok(fake.maxInFlight > 1, 'the delay let requests overlap: pacing, not serial execution, set the span');
    // No two requests back to back (a burst arrives within a few ms); arrival times jitter on a busy machine, so the bound is loose and the span above carries the rate.
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i].at - seen[i - 1].at >= 40, `gap ${seen[i].at - seen[i - 1].at} ms`);
    assert.deepEqual(progress, Array.from({ length: n }, (_, i) => i + 1));
  });

  it('concurrency 4 without a rate limit runs requests in parallel (server-observed in-flight)', async () => {
    fake.fallback = delay(150, ok(answer()));
    const started = Date.now();
    const { result } = await run({ concurrency: 4 });
    await assertOnlyDocstrings(result);
    assert.ok(fake.maxInFlight >= 3 && fake.maxInFlight <= 4, `max in flight ${fake.maxInFlight}`);
    assert.ok(Date.now() - started < 5 * 150, 'faster than one after another');
  });

  it('cancellation stops the whole run (AbortError) and the remaining symbols are not asked', async () => {
    fake.fallback = delay(2000, ok(answer()));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(run({ concurrency: 2, signal: controller.signal }), (e: Error) => e.name === 'AbortError');
    assert.ok(Date.now() - started < 1000, 'stopped promptly');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(fake.requests.length, 2, 'only the two in flight were sent');
  });

  it('a second run of the same file is served by the cache: 0 requests', async () => {
    const cache = new DescriptionCache();
    const first = await run({ cache, concurrency: 4 });
    const sent = fake.requests.length;
    assert.equal(sent, first.result.documented.length);
    const second = await run({ cache, concurrency: 4 });
    assert.equal(fake.requests.length, sent, 'no request on the second run');
    assert.equal(second.result.newText, first.result.newText);
    assert.ok(second.events.every((e) => e.kind === 'cached' && e.attempts === 0));
  });

  it('estimateRun: requests, prompt tokens as the run counts them, completion estimate and cost', async () => {
    const { symbols } = await extractSymbols(PY, 'python');
    const selected = symbols.filter(needsDocstring);
    const estimate = await estimateRun(selected, PY, 'gpt-4o-mini');
    assert.equal(estimate.requests, selected.length);
    assert.ok(estimate.promptTokens > selected.length * 300 && estimate.promptTokens < selected.length * 1000, String(estimate.promptTokens));
    assert.ok(estimate.completionTokens > 0);
    const price = DEFAULT_PRICES['gpt-4o-mini'];
    assert.equal(estimate.costUsd, (estimate.promptTokens * price.inputPerMTok + estimate.completionTokens * price.outputPerMTok) / 1e6);
    assert.equal((await estimateRun(selected, PY, 'gpt-4o-mini-2024-07-18')).costUsd, estimate.costUsd, 'a dated snapshot has its family price');
    assert.equal((await estimateRun(selected, PY, 'llama3.1:8b')).costUsd, undefined, 'no price, no guess');
    assert.equal((await estimateRun(selected, PY, 'my-model', { 'my-model': { inputPerMTok: 1, outputPerMTok: 0 } })).costUsd, estimate.promptTokens / 1e6);
  });

  it('estimateRun with groupSize: the requests and prompt tokens a grouped run sends', async () => {
    const { symbols } = await extractSymbols(PY, 'python');
    const selected = symbols.filter((s) => needsDocstring(s) && !initDocumentedByClass(symbols, s));
    const single = await estimateRun(selected, PY, 'gpt-4o-mini');
    const estimate = await estimateRun(selected, PY, 'gpt-4o-mini', DEFAULT_PRICES, { groupSize: 5 });
    fake.fallback = groupAnswers();
    const { describe, describeMany } = createAiGroupDescriber({ client: client(), model: 'gpt-4o-mini', source: PY, style: 'google', groupSize: 5 });
    await generateDocstrings(PY, 'python', { style: 'google', types: 'auto', quote: '"""', describe, describeMany, groupSize: 5, select: (s) => selected.some((x) => x.id === s.id) });
    assert.equal(estimate.requests, fake.requests.length);
    assert.equal(estimate.requests, Math.ceil(selected.length / 5));
    let sent = 0;
    for (const request of fake.requests) sent += await chatTokens((request.body as { messages: ChatMessage[] }).messages, 'gpt-4o-mini');
    assert.equal(estimate.promptTokens, sent);
    assert.ok(estimate.promptTokens < single.promptTokens * 0.7, `${estimate.promptTokens} grouped vs ${single.promptTokens}`);
  });
});
