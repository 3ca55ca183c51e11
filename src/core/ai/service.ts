/**
 * The AI pipeline as one Describer: the model client (retries, rate limit, deadline) behind the
 * describer (prompt, cache, answer), with a template fallback. The editor and the CLI both build
 * their describer here, so a symbol the model cannot describe still gets its template docstring,
 * and each outcome is reported as one event.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DocStyle } from '../docstring/model';
import { extractSymbols } from '../extract';
import type { SymbolFact } from '../extract/types';
import type { Describer, GroupDescriber } from '../generate/generateFile';
import type { Docstring } from '../docstring/model';
import { templateDocstring } from '../generate/template';
import type { DescriptionCache } from './cache';
import { newRequestId, type AttemptRecord, type CompletionRequest as ClientRequest, type ModelClient } from './client';
import { costUsd, DEFAULT_PRICES, priceFor, type ModelPrice } from './cost';
import { makeGroupDescriber } from './describeGroup';
import { makeAiDescriber, type AnswerSeed, type CompletionRequest as DescriberRequest, type CompletionResult as DescriberResult } from './describe';
import { abortError, asModelError, isCancellation, ModelError } from './errors';
import { buildGroupPrompt, packGroups, type GroupMember } from './groupPrompt';
import { buildPrompt, contextFor, type BuiltPrompt } from './prompt';
import type { RunGuard } from './runGuard';
import { packFor } from '../../languages';

export { DEFAULT_PRICES } from './cost';

export interface AiRunEvent {
  kind: 'described' | 'cached' | 'fallback';
  symbol: SymbolFact;
  error?: ModelError;
  usage?: { prompt: number; completion: number };
  /** HTTP requests made for this symbol (retries and response-format downgrades included). */
  attempts?: number;
  /** Names in the answer that the symbol does not have (`param x`, `raises E`, `returns`). */
  dropped?: string[];
  /** For a fallback: the last HTTP attempt failed with this same error (so the metrics counted it there). */
  countedByAttempt?: boolean;
  /** Described, but these still have their placeholders after a follow-up request (`param x`, `returns`). */
  incomplete?: string[];
  /** Asked in a grouped request with other symbols: its id and size (the usage is this symbol's share). */
  group?: GroupInfo;
}

export interface AiDescriberOptions {
  client: ModelClient;
  model: string;
  /** The whole text of the file being documented (one describer per file). */
  source: string;
  style: DocStyle;
  cache?: DescriptionCache;
  /** The natural language of the descriptions (default English). */
  language?: string;
  /** Ask the model even when the cache has an answer ("Regenerate"). */
  refresh?: boolean;
  maxPromptTokens?: number;
  maxCompletionTokens?: number;
  onEvent?: (e: AiRunEvent) => void;
  /** Every HTTP attempt (for the log and the metrics). */
  onAttempt?: (attempt: AttemptRecord) => void;
  /** A model request (all its attempts) starts or ends: for "requests in flight". */
  onRequest?: (phase: 'start' | 'end', requestId: string) => void;
  /**
   * Asked before each request is sent (never for a cached answer): an error stops it, and the
   * symbol gets its template with that error (a daily budget's hard stop).
   */
  gate?: () => ModelError | undefined;
  /**
   * The run's circuit breaker and deadline, shared by every file's describer of one run: once it
   * opens, no request is sent and in-flight ones stop; the symbols get templates with its error.
   */
  guard?: RunGuard;
}

type ResponseFormat = NonNullable<ClientRequest['responseFormat']>;
const DOWNGRADE: Partial<Record<ResponseFormat, ResponseFormat>> = { json_schema: 'json_object', json_object: 'text' };
const RANK: Record<ResponseFormat, number> = { json_schema: 0, json_object: 1, text: 2 };

/**
 * The response format that last worked with each client. A server that rejects structured outputs
 * (older Ollama, vLLM, some proxies) is asked in JSON mode, then plain text, for the rest of the run.
 */
const formats = new WeakMap<ModelClient, ResponseFormat>();

/** The response format a client is on (`json_schema` until a server rejected it). */
export function responseFormatOf(client: ModelClient): ResponseFormat {
  return formats.get(client) ?? 'json_schema';
}

/** A 400 that a plainer response format may avoid. 404/401/422 and the rest are not about the format. */
const formatRejected = (error: unknown): boolean => error instanceof ModelError && error.category === 'bad_request' && error.status === 400;

/** Per describe call: the HTTP attempts made on its behalf (the cache may run the request in another caller's call). */
interface CallContext {
  attempts: number;
  /** The category of the last attempt when it failed (undefined when it succeeded or none was made). */
  lastFailure?: string;
  outcome?: { dropped: string[]; cached: boolean; usage?: { prompt: number; completion: number }; incomplete: string[] };
}

/** What a describe call may bring from a grouped request: the answer to follow up, and its share of the usage. */
export interface Carried {
  seed?: AnswerSeed;
  usage?: { prompt: number; completion: number };
  attempts?: number;
  group?: GroupInfo;
}

/** A grouped request's identity, on each of its members' events. */
export interface GroupInfo {
  /** The grouped request's number in this describer's run. */
  id: number;
  size: number;
}

/** The pieces both describers are built from: one request function and one describe-with-fallback. */
export interface AiParts {
  /** One model request (gate, guard, response-format downgrades); its attempts are counted in `counted`'s context. */
  complete: (request: DescriberRequest) => Promise<DescriberResult>;
  /** Runs `work` counting the HTTP attempts made inside it. */
  counted: <T>(work: () => Promise<T>) => Promise<{ value?: T; error?: unknown; attempts: number; lastFailure?: string }>;
  /** A symbol described alone, with the template and a fallback event when the model cannot. */
  describeOne: (symbol: SymbolFact, template: Docstring, signal?: AbortSignal, carried?: Carried) => Promise<Docstring>;
}

function aiParts(options: AiDescriberOptions): AiParts {
  const { client } = options;
  const calls = new AsyncLocalStorage<CallContext>();

  const complete = async (request: DescriberRequest): Promise<DescriberResult> => {
    const blocked = options.gate?.() ?? options.guard?.error();
    if (blocked) throw blocked;
    const requestId = newRequestId();
    options.onRequest?.('start', requestId);
    try {
      return await completeWithFormats(request, requestId);
    } finally {
      options.onRequest?.('end', requestId);
    }
  };

  /** The next format to try after `format` was rejected (another call may have found it already). */
  const plainerThan = (format: ResponseFormat): ResponseFormat | undefined => {
    const known = responseFormatOf(client);
    return RANK[known] > RANK[format] ? known : DOWNGRADE[format];
  };

  const completeWithFormats = async (request: DescriberRequest, requestId: string): Promise<DescriberResult> => {
    const context = calls.getStore();
    let format = responseFormatOf(client);
    for (;;) {
      const body: ClientRequest = {
        messages: request.messages,
        responseFormat: format,
        ...(format === 'json_schema' ? { jsonSchema: request.responseFormat.json_schema } : {}),
        maxOutputTokens: request.maxTokens,
        promptTokens: request.promptTokens,
      };
      try {
        const result = await client.complete(body, {
          signal: request.signal,
          guard: options.guard,
          requestId,
          onAttempt: (attempt) => {
            if (context) {
              context.attempts++;
              context.lastFailure = attempt.outcome === 'ok' ? undefined : attempt.category;
            }
            // A 400 that a plainer format will avoid is a step of this request, not its end.
            const downgrades = attempt.outcome === 'fail' && attempt.status === 400 && attempt.category === 'bad_request' && plainerThan(format) !== undefined;
            options.onAttempt?.(downgrades ? { ...attempt, outcome: 'retry' } : attempt);
          },
        });
        if (RANK[format] > RANK[responseFormatOf(client)]) formats.set(client, format);
        return { text: result.text, usage: { promptTokens: result.usage.prompt, completionTokens: result.usage.completion } };
      } catch (error) {
        if (!formatRejected(error)) throw error;
        const plainer = plainerThan(format);
        if (!plainer) throw error;
        format = plainer;
      }
    }
  };

  const counted = async <T>(work: () => Promise<T>) => {
    const context: CallContext = { attempts: 0 };
    try {
      const value = await calls.run(context, work);
      return { value, attempts: context.attempts, lastFailure: context.lastFailure };
    } catch (error) {
      return { error, attempts: context.attempts, lastFailure: context.lastFailure };
    }
  };

  const inner = makeAiDescriber({
    complete,
    model: options.model,
    source: options.source,
    style: options.style,
    cache: options.cache,
    language: options.language,
    refresh: options.refresh,
    maxPromptTokens: options.maxPromptTokens,
    maxCompletionTokens: options.maxCompletionTokens,
    onDescribed: (event) => {
      // Called synchronously at the end of the inner describer, inside the caller's context.
      const usage = event.usage ? { prompt: event.usage.promptTokens, completion: event.usage.completionTokens } : undefined;
      const store = calls.getStore();
      if (store) store.outcome = { dropped: event.dropped, cached: event.cached, usage, incomplete: event.incomplete };
    },
  });

  const describeOne = async (symbol: SymbolFact, template: Docstring, signal?: AbortSignal, carried: Carried = {}): Promise<Docstring> => {
    if (signal?.aborted) throw abortError(signal);
    const context: CallContext = { attempts: 0 };
    const attempts = () => context.attempts + (carried.attempts ?? 0);
    const group = carried.group ? { group: carried.group } : {};
    try {
      const doc = await calls.run(context, () => inner(symbol, template, signal, carried.seed));
      const outcome = context.outcome;
      const usage = addUsage(outcome?.usage, carried.usage);
      options.onEvent?.({
        kind: outcome?.cached ? 'cached' : 'described',
        symbol,
        usage,
        attempts: attempts(),
        dropped: outcome?.dropped ?? [],
        ...(outcome?.incomplete.length ? { incomplete: outcome.incomplete } : {}),
        ...group,
      });
      return doc;
    } catch (error) {
      if (isCancellation(error, signal)) throw abortError(signal, error);
      const failure = asModelError(error);
      const usage = carried.usage ? { usage: carried.usage } : {};
      options.onEvent?.({ kind: 'fallback', symbol, error: failure, attempts: attempts(), countedByAttempt: failure === error && context.lastFailure === failure.category, ...usage, ...group });
      return template;
    }
  };

  return { complete, counted, describeOne };
}

/** Two usages added; undefined when neither is known. */
function addUsage(a?: { prompt: number; completion: number }, b?: { prompt: number; completion: number }): { prompt: number; completion: number } | undefined {
  if (!a && !b) return undefined;
  return { prompt: (a?.prompt ?? 0) + (b?.prompt ?? 0), completion: (a?.completion ?? 0) + (b?.completion ?? 0) };
}

/**
 * A Describer that asks the model and, when the model cannot answer (any ModelError except
 * 'cancelled', or an invalid answer), returns the template unchanged and reports a 'fallback' event
 * with the error: the user still gets a template docstring. Cancellation propagates (throws an
 * Error named AbortError).
 */
export function createAiDescriber(options: AiDescriberOptions): Describer {
  const { describeOne } = aiParts(options);
  return (symbol, template, signal) => describeOne(symbol, template, signal);
}

/**
 * Both describers of a file run that groups symbols: `describe` for one symbol (as
 * `createAiDescriber`), `describeMany` for up to `groupSize` consecutive symbols in one request,
 * each answer validated on its own (a bad or missing one is asked again alone, then templated).
 */
export function createAiGroupDescriber(options: AiDescriberOptions & { groupSize: number; maxGroupPromptTokens?: number }): { describe: Describer; describeMany: GroupDescriber } {
  const parts = aiParts(options);
  return {
    describe: (symbol, template, signal) => parts.describeOne(symbol, template, signal),
    describeMany: makeGroupDescriber({ ...options, ...parts }),
  };
}

/** Output tokens a grouped answer spends per member on its id and the list's framing. */
const GROUP_FRAMING_TOKENS = 8;

/** Output tokens of a typical answer: the JSON frame and summary, plus one sentence per name to describe. */
export function expectedCompletionTokens(template: Docstring): number {
  const names = template.params.length + (template.attributes?.length ?? 0) + template.raises.length + (template.returns ? 1 : 0) + (template.yields ? 1 : 0);
  return 40 + 25 * names;
}

/**
 * Before a file run: estimated prompt+completion tokens and cost for the symbols that would be
 * described, grouped `groupSize` at a time as the run will group them (default 1: one request per
 * symbol). Prompt tokens are counted exactly as the run will build them (same budget of 4000);
 * completion tokens are an estimate (a sentence per described name). `costUsd` is absent for a model
 * without a price.
 */
export async function estimateRun(
  symbols: readonly SymbolFact[],
  source: string,
  model: string,
  prices: Record<string, ModelPrice> = DEFAULT_PRICES,
  options: { groupSize?: number } = {},
): Promise<{ requests: number; promptTokens: number; completionTokens: number; costUsd?: number }> {
  const budget = { maxPromptTokens: 4000, model };
  let promptTokens = 0;
  let completionTokens = 0;
  let requests = 0;
  // The context lines (enclosing class, module summary) come from the file's symbols.
  const byLanguage = new Map<string, readonly SymbolFact[]>();
  // Members of one language and style, in order: what one file run groups.
  const runs = new Map<string, { member: GroupMember; style: DocStyle }[]>();
  for (const symbol of symbols) {
    let all = byLanguage.get(symbol.language);
    if (!all) {
      all = (await extractSymbols(source, symbol.language).catch(() => undefined))?.symbols ?? symbols;
      byLanguage.set(symbol.language, all);
    }
    const style: DocStyle = packFor(symbol.language).styles[0];
    const template = templateDocstring(symbol, style);
    const context = contextFor(symbol, source, all);
    let single: BuiltPrompt;
    try {
      single = await buildPrompt(symbol, source, context, style, template, budget);
    } catch {
      continue; // a symbol whose prompt cannot be built is not sent (it falls back to the template)
    }
    const key = `${symbol.language}:${style}`;
    runs.set(key, [...(runs.get(key) ?? []), { member: { symbol, template, context, single }, style }]);
    completionTokens += expectedCompletionTokens(template);
  }
  for (const members of runs.values()) {
    for (const group of packGroups(members.map((m) => m.member.single?.promptTokens ?? 0), options.groupSize ?? 1, budget)) {
      requests++;
      const grouped = group.map((i) => members[i].member);
      if (grouped.length === 1) promptTokens += grouped[0].single?.promptTokens ?? 0;
      else {
        promptTokens += (await buildGroupPrompt(grouped, source, members[group[0]].style, budget)).promptTokens;
        completionTokens += GROUP_FRAMING_TOKENS * grouped.length; // each answer's "id" and the list around them
      }
    }
  }
  const price = priceFor(model, prices);
  return { requests, promptTokens, completionTokens, ...(price ? { costUsd: costUsd(price, promptTokens, completionTokens) } : {}) };
}
