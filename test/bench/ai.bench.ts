/**
 * `npm run bench` part 3: the AI file run against the fake OpenAI-compatible server (real SDK,
 * 127.0.0.1) with a fixed model latency, so the numbers measure Docwright's scheduling, not a model.
 *   a. Throughput of a 20-symbol file at concurrency 4: without a rate limit as a ratio of the ideal
 *      N x latency / concurrency; with a rate limit as achieved requests/min over the limit.
 *   b. A re-run of the unchanged file (the description cache): requests made and time.
 *   c. Several symbols per request: prompt tokens per symbol and requests per file run for
 *      k = 1, 3, 5, 8 (the grouped prompts built for real), on the synthetic file and stdlib modules.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescriptionCache } from '../../src/core/ai/cache';
import { createModelClient, type AiClientConfig } from '../../src/core/ai/client';
import { buildGroupPrompt, packGroups, type GroupMember } from '../../src/core/ai/groupPrompt';
import { buildPrompt, contextFor } from '../../src/core/ai/prompt';
import { createAiGroupDescriber, type AiRunEvent } from '../../src/core/ai/service';
import { countTokens } from '../../src/core/ai/tokens';
import { extractSymbols } from '../../src/core/extract';
import { initDocumentedByClass } from '../../src/core/generate/classInit';
import { generateDocstrings, inFileRun } from '../../src/core/generate/generateFile';
import { templateDocstring } from '../../src/core/generate/template';
import { DEFAULT_AI_GROUP_SIZE } from '../../src/cli/args';
import { FakeOpenAI, answerGroup, answerSingle, answering, delay, ok } from '../support/fakeOpenAI';
import { isGroupedPrompt } from '../support/groupAnswers';

const SYMBOLS = 20;
const LATENCY_MS = Number(process.env.BENCH_AI_LATENCY_MS ?? 100);
const CONCURRENCY = 4;
const RPM = 300;
const MODEL = 'gpt-4o-mini';
/** Real modules with undocumented functions, for prompt sizes. */
const STDLIB_MODULES = ['argparse.py', 'json/decoder.py', 'textwrap.py', 'shlex.py', 'csv.py', 'dataclasses.py', 'difflib.py', 'string.py'];


function file(): string {
  const parts = ['"""Synthetic module for the AI benchmark."""\n'];
  for (let i = 0; i < SYMBOLS; i++) {
    parts.push(`\n\ndef step_${i}(a: int, b: int = ${i}, *rest, scale: float = 1.0) -> int:\n    if a < 0:\n        raise ValueError("negative")\n    total = a + b + sum(rest)\n    return int(total * scale)\n`);
  }
  return parts.join('');
}

async function fileRun(fake: FakeOpenAI, text: string, config: Partial<AiClientConfig>, cache?: DescriptionCache, groupSize = 1): Promise<{ ms: number; requests: number; described: number; events: AiRunEvent[]; spanMs: number }> {
  const client = createModelClient({ provider: 'openai', apiKey: 'sk-bench', baseURL: fake.baseURL, model: MODEL, timeoutMs: 10_000, deadlineMs: 60_000, maxRetries: 2, maxConcurrency: CONCURRENCY, ...config });
  const before = fake.requests.length;
  const events: AiRunEvent[] = [];
  const { describe, describeMany } = createAiGroupDescriber({ client, model: MODEL, source: text, style: 'google', cache, groupSize, onEvent: (e) => events.push(e) });
  const start = performance.now();
  const result = await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', describe, describeMany, groupSize, concurrency: CONCURRENCY });
  const ms = performance.now() - start;
  client.close();
  const seen = fake.requests.slice(before);
  if (result.failures.length || events.some((e) => e.kind === 'fallback')) throw new Error(`unexpected failures: ${JSON.stringify(result.failures.map((f) => f.reason))}`);
  return { ms, requests: seen.length, described: result.documented.length, events, spanMs: seen.length > 1 ? seen[seen.length - 1].at - seen[0].at : 0 };
}

/** Prompt tokens and requests of a file run's prompts when `k` symbols share a request (real prompts, no server). */
async function grouped(files: { name: string; text: string }[], k: number): Promise<{ symbols: number; requests: number; promptTokens: number; maxOutput: number }> {
  const budget = { maxPromptTokens: 4000, model: MODEL };
  let symbols = 0;
  let requests = 0;
  let promptTokens = 0;
  let maxOutput = 0;
  for (const { text } of files) {
    const extracted = await extractSymbols(text, 'python');
    const members: GroupMember[] = [];
    for (const symbol of extracted.symbols.filter((s) => inFileRun(s) && !initDocumentedByClass(extracted.symbols, s))) {
      const template = templateDocstring(symbol, 'google');
      const context = contextFor(symbol, text, extracted.symbols);
      const single = await buildPrompt(symbol, text, context, 'google', template, budget).catch(() => undefined);
      if (single) members.push({ symbol, template, context, single });
    }
    symbols += members.length;
    for (const group of packGroups(members.map((m) => m.single?.promptTokens ?? 0), k, budget)) {
      requests++;
      maxOutput = Math.max(maxOutput, 600 * group.length);
      promptTokens += group.length === 1 ? (members[group[0]].single?.promptTokens ?? 0) : (await buildGroupPrompt(group.map((i) => members[i]), text, 'google', budget)).promptTokens;
    }
  }
  return { symbols, requests, promptTokens, maxOutput };
}

/**
 * (c) Several symbols per request: the prompts a file run sends at k = 1, 3, 5, 8, built for real
 * (tiktoken counts, no server), on the synthetic file and on undocumented stdlib modules.
 */
async function grouping(synthetic: string): Promise<void> {
  const stdlib = execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const corpora = [
    { label: `synthetic file (${SYMBOLS} functions)`, files: [{ name: 'synthetic.py', text: synthetic }] },
    { label: `stdlib modules (${STDLIB_MODULES.length} files)`, files: STDLIB_MODULES.map((name) => ({ name, text: readFileSync(join(stdlib, name), 'utf8') })) },
  ];
  for (const corpus of corpora) {
    const base = await grouped(corpus.files, 1);
    console.log(`\nSymbols per request, ${corpus.label}: ${base.symbols} symbols documented, ${MODEL} encoding`);
    console.log('    k   prompt tokens/symbol   saved vs k=1   requests/file run   max output tokens/request');
    for (const k of [1, 3, 5, 8]) {
      const run = k === 1 ? base : await grouped(corpus.files, k);
      const perSymbol = run.promptTokens / run.symbols;
      const saved = 1 - run.promptTokens / base.promptTokens;
      console.log(`  ${String(k).padStart(3)}   ${perSymbol.toFixed(0).padStart(20)}   ${(saved * 100).toFixed(1).padStart(10)} %   ${(run.requests / corpus.files.length).toFixed(1).padStart(17)}   ${String(run.maxOutput).padStart(25)}`);
    }
  }
}

/**
 * (c) What one request costs: Docwright's prompt for each undocumented function (its own source,
 * bounded, plus minimal context) against a tool that sends the whole file with every function.
 */
async function promptVsWholeFile(): Promise<void> {
  const stdlib = execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const names = STDLIB_MODULES;
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
  // Every listed name described (an incomplete answer would cost a follow-up and never be cached).
  fake.fallback = answering((body) => delay(LATENCY_MS, ok(isGroupedPrompt(body) ? answerGroup(body) : answerSingle(body), { prompt_tokens: 400, completion_tokens: 40 })));
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
    const groupedRun = await fileRun(fake, text, {}, undefined, DEFAULT_AI_GROUP_SIZE);
    // The design's risk: an incomplete member costs a follow-up request of its own. Every other
    // grouped answer leaves one parameter of one member undescribed (1 in 10 members).
    let groupedAnswers = 0;
    const complete = fake.fallback;
    fake.fallback = answering((body) => {
      if (!isGroupedPrompt(body)) return complete;
      const leave = groupedAnswers++ % 2 === 0 ? { leaveUndescribed: { id: '1', name: 'a' } } : {};
      return delay(LATENCY_MS, ok(answerGroup(body, leave), { prompt_tokens: 400, completion_tokens: 40 }));
    });
    const incompleteRun = await fileRun(fake, text, {}, undefined, DEFAULT_AI_GROUP_SIZE);
    fake.fallback = complete;
    const row = (label: string, ms: number, requests: number, measure: string) => console.log(`  ${label.padEnd(36)} ${ms.toFixed(0).padStart(7)} ms ${String(requests).padStart(9)}   ${measure}`);
    console.log(`  ${'run'.padEnd(36)} ${'time'.padStart(10)} ${'requests'.padStart(9)}   measure`);
    row('no rate limit', free.ms, free.requests, `${(free.ms / ideal).toFixed(2)}x the ideal ${ideal.toFixed(0)} ms (N x latency / concurrency)`);
    row(`requestsPerMinute ${RPM}`, limited.ms, limited.requests, `${achievedRpm.toFixed(0)} rpm server-observed = ${(achievedRpm / RPM).toFixed(2)} of the limit`);
    row('cold run with a cache', cold.ms, cold.requests, `${cold.events.filter((e) => e.kind === 'described').length} described`);
    row('re-run of the unchanged file', warm.ms, warm.requests, `${warm.events.filter((e) => e.kind === 'cached').length} cached, ${(cold.ms / Math.max(warm.ms, 0.1)).toFixed(0)}x faster`);
    row(`${DEFAULT_AI_GROUP_SIZE} symbols per request`, groupedRun.ms, groupedRun.requests, `${groupedRun.events.filter((e) => e.kind === 'described').length} described, ${(free.ms / groupedRun.ms).toFixed(2)}x faster than one per request`);
    row('  ... 1 in 10 answers incomplete', incompleteRun.ms, incompleteRun.requests, `${incompleteRun.requests - groupedRun.requests} follow-up requests, ${incompleteRun.events.filter((e) => e.incomplete?.length).length} left incomplete`);
    await grouping(text);
    await promptVsWholeFile();
  } finally {
    await fake.close();
  }
}

void main();
