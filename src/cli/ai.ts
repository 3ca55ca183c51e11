/**
 * `docwright generate --ai`: one model client and one description cache for the whole run, a
 * describer per file, fallbacks reported per symbol and, with --stats, one JSON line of counters.
 * API keys come from the environment and are never printed.
 */
import { DescriptionCache } from '../core/ai/cache';
import { createModelClient, type AttemptRecord, type ModelClient } from '../core/ai/client';
import { ModelError, type ErrorCategory } from '../core/ai/errors';
import { RunGuard } from '../core/ai/runGuard';
import { createAiGroupDescriber, type AiRunEvent } from '../core/ai/service';
import { DEFAULT_PRICES, priceFor, type ModelPrice } from '../core/ai/cost';
import { aiRunCounts } from '../core/ai/runSummary';
import type { SymbolFact } from '../core/extract/types';
import { attemptEvent } from '../core/metrics/attemptEvent';
import { MetricsStore } from '../core/metrics/store';
import { extractSymbols } from '../core/extract';
import type { GenerateRequest } from '../core/generate/generateFile';
import { lineOf } from '../core/generate/generateFile';
import { resolveStyle } from '../core/generate/style';
import type { AiOptions } from './args';
import type { SourceFile } from './files';

type Env = Record<string, string | undefined>;

/** The environment variable that holds the key of each provider (compatible servers often need none). */
export const KEY_VARIABLES = { openai: 'OPENAI_API_KEY', azure: 'AZURE_OPENAI_API_KEY', compatible: 'DOCWRIGHT_API_KEY' } as const;

/** Why the run cannot start (a missing key), or undefined. */
export function aiKeyProblem(options: AiOptions, env: Env): string | undefined {
  if (options.provider === 'compatible' || env[KEY_VARIABLES[options.provider]]) return undefined;
  const variable = KEY_VARIABLES[options.provider];
  return `--ai with --provider ${options.provider} needs an API key in the ${variable} environment variable; it is not set (use --provider compatible --base-url URL for a local server that needs no key)`;
}

export interface AiStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Requests that were a retry of a failed one. */
  retries: number;
  promptTokens: number;
  completionTokens: number;
  cacheHits: number;
  cacheMisses: number;
  /** Failed requests by category, retried or not. */
  errors: Partial<Record<ErrorCategory, number>>;
  /** Symbols described by the model in this run, and answered from the cache. */
  described: number;
  cached: number;
  /** Symbols that got a template docstring because the model could not describe them. */
  fallbacks: number;
  /** Described symbols that kept a placeholder (the model left a name undescribed, even when asked again). */
  incomplete: number;
  /** By the built-in price table (cached prompt tokens at the cached rate); null for a model without a price. */
  costUsd: number | null;
  /** Latency of the HTTP attempts, from the same metrics store the editor uses. */
  latencyMs: { p50: number; p95: number; p99: number };
}

export interface FileDescribing {
  request: Pick<GenerateRequest, 'describe' | 'describeMany' | 'groupSize' | 'concurrency' | 'onDescriptionRejected'>;
  /** Writes this file's fallbacks to stderr (in line order); returns how many there were. */
  report(): number;
}

export interface AiRun {
  forFile(file: SourceFile): Promise<FileDescribing>;
  /** Prints the stats line (with --stats) and releases the client. */
  finish(): Promise<void>;
}

/** Counts every attempt the client makes, whoever asked (and feeds the metrics store). */
function counted(client: ModelClient, stats: AiStats, metrics: MetricsStore, provider: string, model: string): ModelClient {
  const onAttempt = (attempt: AttemptRecord) => {
    stats.requests++;
    if (attempt.attempt > 1) stats.retries++;
    if (attempt.category) stats.errors[attempt.category] = (stats.errors[attempt.category] ?? 0) + 1;
    metrics.record(attemptEvent(attempt, provider, model));
  };
  return {
    ...client,
    complete: (request, options = {}) =>
      client.complete(request, {
        ...options,
        onAttempt: (attempt) => {
          onAttempt(attempt);
          options.onAttempt?.(attempt);
        },
      }),
  };
}

/** Retries after the first attempt of one request. */
const MAX_RETRIES = 3;

export function createAiRun(options: AiOptions, env: Env, err: (message: string) => void, prices: Record<string, ModelPrice> = DEFAULT_PRICES): AiRun {
  const stats: AiStats = { requests: 0, retries: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, cacheMisses: 0, errors: {}, described: 0, cached: 0, fallbacks: 0, incomplete: 0, costUsd: null, latencyMs: { p50: 0, p95: 0, p99: 0 } };
  const metrics = new MetricsStore({ prices });
  const timeoutMs = options.timeoutSeconds * 1000;
  const runDeadlineMs = options.deadlineSeconds * 1000;
  // One guard for the whole invocation: a dead server, a rejected key or a day-long Retry-After
  // ends AI once, with one message, instead of once per symbol.
  const guard = new RunGuard({
    deadlineMs: runDeadlineMs,
    onOpen: (error) => err(`docwright: AI stopped for the rest of this run (${error.category}): ${error.message} The remaining symbols get template docstrings.`),
  });
  const client = counted(
    createModelClient({
      provider: options.provider,
      apiKey: env[KEY_VARIABLES[options.provider]] || undefined,
      baseURL: options.baseUrl,
      model: options.model,
      timeoutMs,
      // One symbol's attempts and the waits between them; never past the run's own deadline.
      deadlineMs: Math.min(runDeadlineMs, timeoutMs * (MAX_RETRIES + 1) + 60_000),
      maxRetries: MAX_RETRIES,
      maxConcurrency: options.concurrency,
    }),
    stats,
    metrics,
    options.provider,
    options.model,
  );
  const cacheDir = options.cacheDir;
  const cache = new DescriptionCache(cacheDir ? { directory: cacheDir, onDiskProblem: (reason) => err(`docwright: warning: cache folder ${cacheDir}: ${reason}; going on without the disk cache`) } : {});

  return {
    async forFile(file) {
      const extracted = await extractSymbols(file.text, file.language);
      // The style the pipeline will resolve; part of the prompt and of the cache key.
      const style = resolveStyle(file.settings.style, file.language, extracted.symbols, file.projectStyle);
      const fallbacks: AiRunEvent[] = [];
      const answered: AiRunEvent[] = [];
      const { describe, describeMany } = createAiGroupDescriber({
        client,
        groupSize: options.groupSize,
        model: options.model,
        source: file.text,
        style,
        cache,
        guard,
        ...(options.language ? { language: options.language } : {}),
        onEvent: (event) => {
          if (event.usage) {
            stats.promptTokens += event.usage.prompt;
            stats.completionTokens += event.usage.completion;
          }
          if (event.kind === 'fallback') fallbacks.push(event);
          else answered.push(event);
        },
      });
      return {
        request: {
          describe,
          describeMany,
          groupSize: options.groupSize,
          concurrency: options.concurrency,
          // The answer was read but its docstring could not be placed: the template was written, a fallback like any other.
          onDescriptionRejected: (symbol, reason) => fallbacks.push({ kind: 'fallback', symbol, error: new ModelError({ category: 'invalid_response', message: reason }) }),
        },
        report() {
          const counts = aiRunCounts([...answered, ...fallbacks]);
          stats.fallbacks += counts.fallbacks.length;
          stats.described += counts.described;
          stats.cached += counts.cached;
          stats.incomplete += counts.incomplete.length;
          const where = (symbol: SymbolFact) => `${file.path}:${lineOf(file.text, symbol.range.start)}: ${symbol.namePath.join('.') || '<module>'}`;
          for (const event of fallbacks.sort((x, y) => x.symbol.range.start - y.symbol.range.start)) {
            err(`${where(event.symbol)}: AI unavailable (${event.error?.category ?? 'invalid_response'}): ${event.error?.message ?? 'no answer'}; wrote a template docstring`);
          }
          for (const { fact, left } of counts.incomplete.sort((x, y) => x.fact.range.start - y.fact.range.start)) {
            err(`${where(fact)}: warning: the model left ${left.join(', ')} without a description, also when asked again; placeholders kept`);
          }
          return fallbacks.length;
        },
      };
    },
    async finish() {
      guard.dispose();
      client.close();
      if (!options.stats) return;
      const cacheStats = await cache.stats();
      stats.cacheHits = cacheStats.hits;
      stats.cacheMisses = cacheStats.misses;
      const session = metrics.snapshot();
      stats.costUsd = priceFor(options.model, prices) ? Number(session.session.costUsd.toFixed(6)) : null;
      const { p50, p95, p99 } = session.latency.session;
      stats.latencyMs = { p50: Math.round(p50), p95: Math.round(p95), p99: Math.round(p99) };
      err(JSON.stringify(stats));
    },
  };
}
