/**
 * `npm run bench` part 3: the AI file run against the fake OpenAI-compatible server (real SDK,
 * 127.0.0.1) with a fixed model latency, so the numbers measure Docwright's scheduling, not a model.
 *   a. Throughput of a 20-symbol file at concurrency 4: without a rate limit as a ratio of the ideal
 *      N x latency / concurrency; with a rate limit as achieved requests/min over the limit.
 *   b. A re-run of the unchanged file (the description cache): requests made and time.
 *   c. Would batching several symbols per request pay off? Prompt tokens per request, split into the
 *      part every request repeats (instructions) and the part per symbol.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescriptionCache } from '../../src/core/ai/cache';
import { createModelClient, type AiClientConfig } from '../../src/core/ai/client';
import { buildPrompt, contextFor } from '../../src/core/ai/prompt';
import { createAiDescriber, type AiRunEvent } from '../../src/core/ai/service';
import { countTokens } from '../../src/core/ai/tokens';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings, needsDocstring } from '../../src/core/generate/generateFile';
import { templateDocstring } from '../../src/core/generate/template';
import { FakeOpenAI, delay, ok } from '../support/fakeOpenAI';

const SYMBOLS = 20;
const LATENCY_MS = Number(process.env.BENCH_AI_LATENCY_MS ?? 100);
const CONCURRENCY = 4;
const RPM = 300;
const MODEL = 'gpt-4o-mini';

const ANSWER = JSON.stringify({ summary: 'Compute the value.', description: null, params: [{ name: 'a', description: 'The input.' }], returns: 'The value.', yields: null, raises: [], example: null });

function file(): string {
  const parts = ['"""Synthetic module for the AI benchmark."""\n'];
  for (let i = 0; i < SYMBOLS; i++) {
    parts.push(`\n\ndef step_${i}(a: int, b: int = ${i}, *rest, scale: float = 1.0) -> int:\n    if a < 0:\n        raise ValueError("negative")\n    total = a + b + sum(rest)\n    return int(total * scale)\n`);
  }
  return parts.join('');
}

async function fileRun(fake: FakeOpenAI, text: string, config: Partial<AiClientConfig>, cache?: DescriptionCache): Promise<{ ms: number; requests: number; described: number; events: AiRunEvent[]; spanMs: number }> {
  const client = createModelClient({ provider: 'openai', apiKey: 'sk-bench', baseURL: fake.baseURL, model: MODEL, timeoutMs: 10_000, deadlineMs: 60_000, maxRetries: 2, maxConcurrency: CONCURRENCY, ...config });
  const before = fake.requests.length;
  const events: AiRunEvent[] = [];
  const describe = createAiDescriber({ client, model: MODEL, source: text, style: 'google', cache, onEvent: (e) => events.push(e) });
  const start = performance.now();
  const result = await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', describe, concurrency: CONCURRENCY });
  const ms = performance.now() - start;
  client.close();
  const seen = fake.requests.slice(before);
  if (result.failures.length || events.some((e) => e.kind === 'fallback')) throw new Error(`unexpected failures: ${JSON.stringify(result.failures.map((f) => f.reason))}`);
  return { ms, requests: seen.length, described: result.documented.length, events, spanMs: seen.length > 1 ? seen[seen.length - 1].at - seen[0].at : 0 };
}

async function batching(text: string): Promise<void> {
  const { symbols } = await extractSymbols(text, 'python');
  const selected = symbols.filter(needsDocstring);
  let total = 0;
  let fixed = 0;
  for (const symbol of selected) {
    const prompt = await buildPrompt(symbol, text, contextFor(symbol, text, symbols), 'google', templateDocstring(symbol, 'google'), { maxPromptTokens: 4000, model: MODEL });
    total += prompt.promptTokens;
    fixed += (await countTokens(prompt.messages[0].content, MODEL)) + 3; // the instructions and their framing, repeated by every request
  }
  const perRequest = total / selected.length;
  const shared = fixed / selected.length;
  console.log(`\nBatching (not implemented; measured): ${selected.length} prompts, ${perRequest.toFixed(0)} prompt tokens per request, ${shared.toFixed(0)} of them the instructions every request repeats`);
  console.log('  symbols/request   prompt tokens/symbol   saved     requests at the same rpm');
  for (const k of [1, 2, 5, 10]) {
    const perSymbol = shared / k + (perRequest - shared);
    console.log(`  ${String(k).padStart(15)}   ${perSymbol.toFixed(0).padStart(20)}   ${(((perRequest - perSymbol) / perRequest) * 100).toFixed(0).padStart(4)} %   1/${k}`);
  }
}

/**
 * (c) What one request costs: Docwright's prompt for each undocumented function (its own source,
 * bounded, plus minimal context) against a tool that sends the whole file with every function.
 */
async function promptVsWholeFile(): Promise<void> {
  const stdlib = execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const names = ['argparse.py', 'json/decoder.py', 'textwrap.py', 'shlex.py', 'csv.py', 'dataclasses.py', 'difflib.py', 'string.py'];
  let functions = 0;
  let ours = 0;
  let whole = 0;
  for (const name of names) {
    const text = readFileSync(join(stdlib, name), 'utf8');
    const { symbols } = await extractSymbols(text, 'python');
    const fileTokens = await countTokens(text, MODEL);
    for (const symbol of symbols.filter((s) => (s.kind === 'function' || s.kind === 'method') && !s.docstring && !s.isOverload)) {
      const prompt = await buildPrompt(symbol, text, contextFor(symbol, text, symbols), 'google', templateDocstring(symbol, 'google'), { maxPromptTokens: 4000, model: MODEL });
      functions++;
      ours += prompt.promptTokens;
      whole += fileTokens + (await countTokens(prompt.messages[0].content, MODEL));
    }
  }
  console.log(`\nPrompt tokens per documented function (${functions} undocumented functions in ${names.length} stdlib modules, ${MODEL} encoding)`);
  console.log(`  whole file per function (baseline)   ${(whole / functions).toFixed(0).padStart(7)} tokens   1.00x`);
  console.log(`  Docwright's prompt                   ${(ours / functions).toFixed(0).padStart(7)} tokens   ${(ours / whole).toFixed(3)}x`);
}

async function main(): Promise<void> {
  const text = file();
  const fake = await FakeOpenAI.start();
  fake.fallback = delay(LATENCY_MS, ok(ANSWER, { prompt_tokens: 400, completion_tokens: 40 }));
  try {
    console.log(`\nAI file run: ${SYMBOLS} symbols, fake server latency ${LATENCY_MS} ms, concurrency ${CONCURRENCY} (real openai SDK over 127.0.0.1)`);
    await fileRun(fake, text, {}); // warm-up: tokenizer, SDK, connections
    const free = await fileRun(fake, text, {});
    const ideal = (free.requests * LATENCY_MS) / CONCURRENCY;
    const limited = await fileRun(fake, text, { requestsPerMinute: RPM });
    const achievedRpm = ((limited.requests - 1) / limited.spanMs) * 60_000;
    const cache = new DescriptionCache();
    const cold = await fileRun(fake, text, {}, cache);
    const warm = await fileRun(fake, text, {}, cache);
    const row = (label: string, ms: number, requests: number, measure: string) => console.log(`  ${label.padEnd(36)} ${ms.toFixed(0).padStart(7)} ms ${String(requests).padStart(9)}   ${measure}`);
    console.log(`  ${'run'.padEnd(36)} ${'time'.padStart(10)} ${'requests'.padStart(9)}   measure`);
    row('no rate limit', free.ms, free.requests, `${(free.ms / ideal).toFixed(2)}x the ideal ${ideal.toFixed(0)} ms (N x latency / concurrency)`);
    row(`requestsPerMinute ${RPM}`, limited.ms, limited.requests, `${achievedRpm.toFixed(0)} rpm server-observed = ${(achievedRpm / RPM).toFixed(2)} of the limit`);
    row('cold run with a cache', cold.ms, cold.requests, `${cold.events.filter((e) => e.kind === 'described').length} described`);
    row('re-run of the unchanged file', warm.ms, warm.requests, `${warm.events.filter((e) => e.kind === 'cached').length} cached, ${(cold.ms / Math.max(warm.ms, 0.1)).toFixed(0)}x faster`);
    await batching(text);
    await promptVsWholeFile();
  } finally {
    await fake.close();
  }
}

void main();
