// The model client: one chat completion through the `openai` SDK with our own retry loop. The
// SDK's retries are off (maxRetries: 0) because openai 6.x obeys any Retry-After uncapped and
// cannot be cancelled during its backoff (openai-node #2580); here every attempt is reported,
// every wait is capped, paced by the shared RateLimiter and cancellable.

import { randomBytes } from 'node:crypto';
import OpenAI, { AzureOpenAI, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { RateLimitState } from '../metrics/types';
import { MAX_RESPONSE_BYTES, ResponseTooLargeError, cappedFetch } from './cappedFetch';
import type { FetchLike } from './cappedFetch';
import { ModelError, categoryForStatus, isRetryableStatus, redact, serverText } from './errors';
import type { ErrorCategory } from './errors';
import { LimiterDeadlineError, RateLimiter } from './rateLimiter';
import { DEFAULT_BACKOFF, MAX_SERVER_WAIT_MS, backoffDelay, longTimeout, parseRetryAfter, realClock, timerDelay } from './retry';
import type { BackoffOptions, Clock } from './retry';
import type { RunGuard } from './runGuard';

/** OpenAI's own API: the only place the OpenAI-Organization / OpenAI-Project headers go. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface AiClientConfig {
  provider: 'openai' | 'azure' | 'compatible';
  apiKey?: string;
  /** OpenAI-compatible servers, or Azure's v1 endpoint `https://<res>.openai.azure.com/openai/v1/`. */
  baseURL?: string;
  /** Azure resource endpoint, used with `deployment` and `apiVersion`. */
  endpoint?: string;
  deployment?: string;
  apiVersion?: string;
  model: string;
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  maxConcurrency?: number;
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content: string;
}

export interface CompletionRequest {
  messages: ChatMessage[];
  responseFormat?: 'json_schema' | 'json_object' | 'text';
  /** A JSON schema, or a full `{ name, schema, strict? }` json_schema object. */
  jsonSchema?: object;
  maxOutputTokens: number;
  /** Counted by the caller; charged to the tokens/min bucket with maxOutputTokens. */
  promptTokens: number;
}

export interface AttemptRecord {
  /** The request's correlation id: the same for every attempt, sent as X-Client-Request-Id. */
  requestId: string;
  attempt: number;
  startedAt: number;
  latencyMs: number;
  /** How long this attempt waited for the rate limiter before it was sent. */
  queuedMs: number;
  /** The server's own id for the attempt (`x-request-id`), for support tickets. */
  serverRequestId?: string;
  /** Token usage, when the attempt was answered. */
  usage?: CompletionResult['usage'];
  status?: number;
  category?: ErrorCategory;
  /** The wait the server asked for: after the cap when it was waited for, as asked when it was beyond the cap (not waited for). */
  retryAfterMs?: number;
  outcome: 'ok' | 'retry' | 'fail';
}

export interface CompleteOptions {
  signal?: AbortSignal;
  /** A correlation id for the log and the server; one is made when absent. */
  requestId?: string;
  onAttempt?: (attempt: AttemptRecord) => void;
  /**
   * The run's circuit breaker and deadline: told every attempt's outcome; once open, no attempt
   * starts, the one in flight is aborted, and the call rejects with the guard's error.
   */
  guard?: RunGuard;
}

export interface CompletionResult {
  text: string;
  usage: { prompt: number; completion: number; cached?: number };
  attempts: number;
}

/** What a connection check found: the provider answered with this model (or deployment). */
export interface ConnectionCheck {
  /** `models.retrieve` (free; OpenAI) or a one-word chat completion (everyone else). */
  method: 'model' | 'chat';
  model: string;
  latencyMs: number;
}

export interface ModelClient {
  complete(request: CompletionRequest, options?: CompleteOptions): Promise<CompletionResult>;
  /**
   * The cheapest request that proves the endpoint, the key and the model work. Throws a ModelError
   * (not retried: the user is waiting for an answer).
   */
  check(signal?: AbortSignal): Promise<ConnectionCheck>;
  /** The shared rate limiter, now. */
  limiterState(): RateLimitState;
  /** Cancels every call in progress; later calls reject as cancelled. */
  close(): void;
}

/** Seams for tests: virtual time, fixed jitter, smaller caps, the network. */
export interface ModelClientDeps {
  clock?: Clock;
  random?: () => number;
  backoff?: BackoffOptions;
  maxServerWaitMs?: number;
  /** The response body cap (MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
  /** The fetch under the body cap (globalThis.fetch). */
  fetch?: FetchLike;
}

export function createModelClient(config: AiClientConfig, deps: ModelClientDeps = {}): ModelClient {
  const clock = deps.clock ?? realClock;
  const random = deps.random ?? Math.random;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const maxServerWaitMs = deps.maxServerWaitMs ?? MAX_SERVER_WAIT_MS;
  const secrets = [config.apiKey];
  const limiter = new RateLimiter({ ...config, clock, maxServerWaitMs });
  const closed = new AbortController();
  let sdk: OpenAI | undefined;
  let configError: ModelError | undefined;
  try {
    sdk = makeSdk(config, cappedFetch(deps.maxResponseBytes ?? MAX_RESPONSE_BYTES, deps.fetch), process.env);
  } catch (error) {
    configError = error instanceof ModelError ? error : fail('bad_request', serverText(messageOf(error), secrets));
  }

  async function complete(request: CompletionRequest, options: CompleteOptions = {}): Promise<CompletionResult> {
    if (configError || !sdk) throw configError;
    const stoppedBy = options.guard?.error();
    if (stoppedBy) throw stoppedBy;
    // A guard made to start with the first request starts its deadline now.
    options.guard?.start();
    const deadlineAt = clock.now() + config.deadlineMs;
    const operation = linkSignals([closed.signal, options.signal, options.guard?.signal], config.deadlineMs);
    try {
      return await attempts(request, options, deadlineAt, operation);
    } finally {
      operation.dispose();
    }
  }

  async function attempts(request: CompletionRequest, options: CompleteOptions, deadlineAt: number, operation: LinkedSignal): Promise<CompletionResult> {
    if (!sdk) throw configError;
    const caller = options.signal;
    const guard = options.guard;
    const cost = request.promptTokens + request.maxOutputTokens;
    const body = requestBody(config, request);
    const requestId = options.requestId ?? newRequestId();
    let lastError: ModelError | undefined;

    // An abort or deadline outside an attempt (waiting for the limiter or a backoff).
    const stopped = (error: unknown): ModelError => {
      if (caller?.aborted) return cancelled();
      const guardError = guard?.error();
      if (guardError) return guardError;
      if (closed.signal.aborted) return cancelled();
      if (lastError) return lastError;
      if (error instanceof LimiterDeadlineError || operation.timedOut()) return fail('timeout', `No answer within the deadline of ${config.deadlineMs} ms.`);
      return error instanceof ModelError ? error : fail('network', serverText(messageOf(error), secrets));
    };

    for (let attempt = 1; ; attempt++) {
      let permit;
      const queuedAt = clock.now();
      try {
        permit = await limiter.acquire(cost, operation.signal, deadlineAt);
      } catch (error) {
        throw stopped(error);
      }
      // The guard may have opened while this request waited for its turn.
      const guardError = guard?.error();
      if (guardError) {
        permit.release();
        throw guardError;
      }
      const queuedMs = clock.now() - queuedAt;
      const attemptMs = sdkTimeout(Math.min(config.timeoutMs, deadlineAt - clock.now()));
      const perAttempt = linkSignals([operation.signal], attemptMs);
      const startedAt = clock.now();
      let error: ModelError;
      let serverWait: number | undefined;
      let serverRequestId: string | undefined;
      // An answer the server billed but we cannot use (cut off, refused, filtered) still counts its tokens.
      let billed: TokenUsage | undefined;
      let delay: number;
      try {
        const { data, response } = await sdk.chat.completions
          .create(body, { signal: perAttempt.signal, timeout: attemptMs, maxRetries: 0, headers: { 'X-Client-Request-Id': requestId } })
          .withResponse();
        limiter.observe(response.headers);
        serverRequestId = response.headers.get('x-request-id') ?? undefined;
        billed = reportedUsage(data);
        const result = readCompletion(data, request, attempt, secrets);
        guard?.record(undefined);
        options.onAttempt?.({ requestId, attempt, startedAt, latencyMs: clock.now() - startedAt, queuedMs, status: response.status, outcome: 'ok', usage: result.usage, serverRequestId });
        return result;
      } catch (thrown) {
        const headers = thrown instanceof APIError ? thrown.headers : undefined;
        if (headers) serverRequestId = headers.get('x-request-id') ?? undefined;
        if (headers) limiter.observe(headers);
        error = classify(thrown, { caller, guard, closed: closed.signal, deadline: operation, perAttempt, secrets, deadlineMs: config.deadlineMs, timeoutMs: attemptMs });
        serverWait = error.category === 'cancelled' ? undefined : parseRetryAfter(headers, clock.now(), Number.POSITIVE_INFINITY);
        // A wait far beyond the cap is not waited for, and not cut short either: the server will
        // refuse every request until then, so the run stops asking it.
        if (serverWait !== undefined && serverWait > maxServerWaitMs && error.retryable) error = beyondCap(error, serverWait, maxServerWaitMs);
        else if (serverWait !== undefined) serverWait = Math.min(serverWait, maxServerWaitMs);
        delay = serverWait ?? backoffDelay(attempt, backoff, random);
        // A 429 pauses the whole limiter, so parallel requests stop hitting the limit too; set
        // before the slot is released, so no queued request slips in ahead of the pause.
        if (error.category === 'rate_limit' && error.retryable) limiter.pause(delay);
        guard?.record(error);
      } finally {
        perAttempt.dispose();
        permit.release();
      }

      // The guard opened on this attempt (or meanwhile): the run's reason, not this attempt's.
      const stop = guard?.error();
      if (stop && error.category !== 'cancelled') error = stop;
      const retry = error.retryable && attempt <= config.maxRetries && clock.now() + delay <= deadlineAt;
      options.onAttempt?.({
        requestId,
        attempt,
        startedAt,
        latencyMs: clock.now() - startedAt,
        queuedMs,
        serverRequestId,
        status: error.status,
        category: error.category,
        retryAfterMs: serverWait,
        ...(billed ? { usage: billed } : {}),
        outcome: retry ? 'retry' : 'fail',
      });
      if (!retry) throw error;
      lastError = error;
      // After a 429 the limiter's pause is the wait.
      if (error.category === 'rate_limit') continue;
      try {
        await clock.sleep(delay, operation.signal);
      } catch (abort) {
        throw stopped(abort);
      }
    }
  }

  async function check(signal?: AbortSignal): Promise<ConnectionCheck> {
    if (configError || !sdk) throw configError;
    const operation = linkSignals([closed.signal, signal], config.timeoutMs);
    const startedAt = clock.now();
    const model = config.provider === 'azure' && config.deployment ? config.deployment : config.model;
    try {
      // OpenAI lists models for free: proves the key and that the model exists without spending a token.
      if (config.provider === 'openai') {
        await sdk.models.retrieve(config.model, { signal: operation.signal, timeout: sdkTimeout(config.timeoutMs), maxRetries: 0 });
        return { method: 'model', model, latencyMs: clock.now() - startedAt };
      }
      // Azure deployments and local servers may not serve /models/{id}: one tiny answer instead.
      const body = requestBody(config, { messages: [{ role: 'user', content: 'Reply with the word OK.' }], maxOutputTokens: 16, promptTokens: 0 });
      await sdk.chat.completions.create(body, { signal: operation.signal, timeout: sdkTimeout(config.timeoutMs), maxRetries: 0, headers: { 'X-Client-Request-Id': newRequestId() } });
      // Any answer will do, even one cut off at the token limit (reasoning models): the server, key and model work.
      return { method: 'chat', model, latencyMs: clock.now() - startedAt };
    } catch (thrown) {
      throw classify(thrown, { caller: signal, closed: closed.signal, deadline: operation, perAttempt: operation, secrets, deadlineMs: config.timeoutMs, timeoutMs: config.timeoutMs });
    } finally {
      operation.dispose();
    }
  }

  return {
    complete,
    check,
    limiterState: () => limiter.state(),
    close: () => closed.abort(new Error('The model client was closed.')),
  };
}

/** A short random id that ties the log lines, the metrics and the server's logs of one request together. */
export function newRequestId(): string {
  return `dw-${randomBytes(6).toString('hex')}`;
}

export interface SdkOptions {
  /**
   * Build Azure's client without `deployment`: with one, the SDK rewrites `POST /batches` to
   * `/deployments/{deployment}/batches`, which is not Azure's batch API. The deployment still
   * names the model in each request body (requestBody).
   */
  withoutDeployment?: boolean;
}

/**
 * Every option the SDK would otherwise read from the environment is passed explicitly:
 * OPENAI_BASE_URL must never redirect a key, and OPENAI_ORG_ID / OPENAI_PROJECT_ID name the
 * user's OpenAI account, so they go to OpenAI's own API only, never to Azure or another server.
 */
export function makeSdk(config: AiClientConfig, fetch: FetchLike, env: Record<string, string | undefined>, options: SdkOptions = {}): OpenAI {
  const common = { maxRetries: 0, timeout: sdkTimeout(config.timeoutMs), fetch, organization: null, project: null };
  if (config.provider === 'compatible') {
    if (!config.baseURL) throw fail('bad_request', 'No base URL is set for the OpenAI-compatible provider.', 'Set docwright.ai.baseUrl to the server\'s OpenAI-compatible URL, e.g. http://localhost:11434/v1.');
    // Local servers often need no key; a placeholder keeps the SDK from reading OPENAI_API_KEY.
    return new OpenAI({ ...common, apiKey: config.apiKey || 'none', baseURL: config.baseURL });
  }
  if (!config.apiKey) throw fail('auth', 'No API key is set.', 'No API key is set. Run "Docwright: Set API Key" to enter one.');
  if (config.provider === 'azure' && (config.endpoint || config.deployment)) {
    if (!config.endpoint || !config.deployment || !config.apiVersion) {
      throw fail('bad_request', 'Azure needs an endpoint, a deployment and an API version.', 'Set the Azure endpoint, deployment and API version, or use Azure\'s v1 URL (https://<resource>.openai.azure.com/openai/v1/) as docwright.ai.baseUrl.');
    }
    // The SDK's own `${endpoint}/openai`, as a base URL: with `endpoint` it would still take OPENAI_BASE_URL first.
    return new AzureOpenAI({ ...common, apiKey: config.apiKey, baseURL: `${config.endpoint}/openai`, ...(options.withoutDeployment ? {} : { deployment: config.deployment }), apiVersion: config.apiVersion });
  }
  if (config.provider === 'azure' && !config.baseURL) {
    throw fail('bad_request', 'Azure needs an endpoint and deployment, or a base URL.', 'Set the Azure endpoint and deployment, or Azure\'s v1 URL (https://<resource>.openai.azure.com/openai/v1/) as docwright.ai.baseUrl.');
  }
  // OpenAI, or Azure's v1 API, which takes the plain OpenAI client with a base URL.
  const baseURL = config.baseURL || OPENAI_BASE_URL;
  const toOpenAI = config.provider === 'openai' && isOpenAIBaseUrl(baseURL);
  return new OpenAI({
    ...common,
    apiKey: config.apiKey,
    baseURL,
    organization: toOpenAI ? env.OPENAI_ORG_ID || null : null,
    project: toOpenAI ? env.OPENAI_PROJECT_ID || null : null,
  });
}

/** A timeout for the SDK, which arms a plain setTimeout with it: 1 ms to the longest delay a timer holds. */
function sdkTimeout(ms: number): number {
  return Math.max(1, Math.ceil(timerDelay(ms)));
}

/** `https://api.openai.com/v1`, with or without a trailing slash. */
export function isOpenAIBaseUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(OPENAI_BASE_URL).origin && parsed.pathname.replace(/\/+$/, '') === '/v1' && !parsed.search && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** The chat completion body for `request`: interactive runs and batch lines both send exactly this. */
export function requestBody(config: AiClientConfig, request: CompletionRequest): OpenAI.Chat.ChatCompletionCreateParamsNonStreaming {
  const body: OpenAI.Chat.ChatCompletionCreateParamsNonStreaming = {
    model: config.provider === 'azure' && config.deployment ? config.deployment : config.model,
    messages: request.messages,
  };
  // OpenAI's reasoning models reject max_tokens; many local servers know only max_tokens.
  if (config.provider === 'compatible') body.max_tokens = request.maxOutputTokens;
  else body.max_completion_tokens = request.maxOutputTokens;
  if (request.responseFormat === 'json_object') body.response_format = { type: 'json_object' };
  if (request.responseFormat === 'json_schema') {
    const given = (request.jsonSchema ?? {}) as Record<string, unknown>;
    const jsonSchema = typeof given.name === 'string' && typeof given.schema === 'object'
      ? (given as unknown as OpenAI.ResponseFormatJSONSchema["json_schema"])
      : { name: 'docwright', strict: true, schema: given };
    body.response_format = { type: 'json_schema', json_schema: jsonSchema };
  }
  return body;
}

/**
 * The answer's text, with the client's secrets redacted: a model or proxy that echoes the key
 * back must not put it into a source file, the cache or the terminal.
 */
export function readCompletion(data: unknown, request: Pick<CompletionRequest, 'promptTokens'>, attempts: number, secrets: readonly (string | undefined)[]): CompletionResult {
  const completion = data as Partial<OpenAI.Chat.ChatCompletion> | undefined;
  const choice = typeof completion === 'object' && Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  const message = choice?.message;
  if (!message) throw fail('invalid_response', 'The response has no choices[0].message.');
  if (message.refusal) throw fail('invalid_response', 'The model refused to answer.', 'The model refused to describe this code. Try another model.');
  if (choice.finish_reason === 'length') {
    throw fail('invalid_response', 'The answer was cut off at the output token limit.', 'The answer was cut off at the output token limit. Try a model with a larger output limit.');
  }
  if (choice.finish_reason === 'content_filter') throw fail('invalid_response', 'The answer was blocked by the content filter.');
  if (typeof message.content !== 'string') throw fail('invalid_response', 'The response message has no text content.');
  return {
    text: redact(message.content, secrets),
    // A server that reports no usage: the caller's own count, nothing known about the output.
    usage: reportedUsage(data) ?? { prompt: request.promptTokens, completion: 0 },
    attempts,
  };
}

type TokenUsage = CompletionResult['usage'];

/** The usage the server reported, if it did. */
export function reportedUsage(data: unknown): TokenUsage | undefined {
  const usage = (data as Partial<OpenAI.Chat.ChatCompletion> | undefined)?.usage;
  if (!usage || typeof usage.prompt_tokens !== 'number') return undefined;
  return {
    prompt: usage.prompt_tokens,
    completion: typeof usage.completion_tokens === 'number' ? usage.completion_tokens : 0,
    ...(typeof usage.prompt_tokens_details?.cached_tokens === 'number' ? { cached: usage.prompt_tokens_details.cached_tokens } : {}),
  };
}

/**
 * What `classify` knows about the call that threw. Outside a client run (the batch engine) only
 * the caller's signal, the secrets and the timeout apply; the rest is the client's own.
 */
export interface ClassifyContext {
  caller?: AbortSignal;
  guard?: RunGuard;
  closed?: AbortSignal;
  deadline?: { timedOut(): boolean };
  perAttempt?: { timedOut(): boolean };
  secrets: readonly (string | undefined)[];
  deadlineMs?: number;
  timeoutMs?: number;
}

/** Maps whatever one attempt threw to a ModelError; the signals say why an abort happened. */
export function classify(thrown: unknown, context: ClassifyContext): ModelError {
  if (thrown instanceof ModelError) return thrown;
  if (context.caller?.aborted) return cancelled();
  // The run's guard opened: its reason (a rate limit, a dead server), never a cancellation.
  const guardError = context.guard?.error();
  if (guardError) return guardError;
  if (context.closed?.aborted) return cancelled();
  if (context.deadline?.timedOut()) return fail('timeout', `No answer within the deadline of ${context.deadlineMs} ms.`);
  if (context.perAttempt?.timedOut() || thrown instanceof APIConnectionTimeoutError) {
    return fail('timeout', context.timeoutMs !== undefined ? `No answer within ${context.timeoutMs} ms.` : 'No answer in time.', undefined, { retryable: true });
  }
  const tooLarge = thrown instanceof ResponseTooLargeError ? thrown : (thrown as { cause?: unknown } | undefined)?.cause;
  if (tooLarge instanceof ResponseTooLargeError) return fail('invalid_response', tooLarge.message, tooLarge.message);
  const message = serverText(messageOf(thrown), context.secrets);
  if (thrown instanceof APIUserAbortError) return cancelled();
  if (thrown instanceof APIError && thrown.status !== undefined) {
    const code = thrown.code ?? (thrown.type === 'insufficient_quota' ? 'insufficient_quota' : undefined);
    const category = categoryForStatus(thrown.status, code);
    return fail(category, message, undefined, { status: thrown.status, retryable: category !== 'quota' && isRetryableStatus(thrown.status) });
  }
  if (thrown instanceof APIError) return fail('network', `${message}${causeOf(thrown, context.secrets)}`, undefined, { retryable: true });
  // What is left comes from reading the body: malformed JSON, a cut-off stream.
  if (thrown instanceof SyntaxError) return fail('invalid_response', `The response body is not valid JSON: ${message}`);
  return fail('network', message, undefined, { retryable: true });
}

function fail(category: ErrorCategory, message: string, userMessage?: string, extra: { status?: number; retryable?: boolean } = {}): ModelError {
  return new ModelError({ category, message, userMessage, ...extra });
}

/** A retryable error whose server asked for a wait far beyond the cap: not waited for, and the run stops asking. */
function beyondCap(error: ModelError, askedMs: number, capMs: number): ModelError {
  return new ModelError({
    category: error.category,
    status: error.status,
    message: `The server asked to wait ${durationText(askedMs)} before the next request, longer than the ${Math.round(capMs / 1000)} s Docwright waits; no more requests are sent in this run.`,
    userMessage: `The server asked to wait ${durationText(askedMs)}${error.status ? ` (${error.status})` : ''} before the next request, so AI stopped for this run and template docstrings were written. Try again later, or check the account's rate limits.`,
    endsRun: true,
  });
}

/** `86400 s (24 h)`, `90 s (1.5 min)`, `45 s`. */
export function durationText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (seconds >= 3600) return `${seconds} s (${round(seconds / 3600)} h)`;
  if (seconds >= 60) return `${seconds} s (${round(seconds / 60)} min)`;
  return `${seconds} s`;
}

function cancelled(): ModelError {
  return fail('cancelled', 'The request was cancelled.');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// undici's "fetch failed" says nothing; the cause names ECONNRESET / ECONNREFUSED.
function causeOf(error: Error, secrets: readonly (string | undefined)[]): string {
  const cause = (error as { cause?: unknown }).cause;
  if (!(cause instanceof Error)) return '';
  const inner = (cause as { cause?: unknown }).cause;
  let detail = cause.message;
  if (inner instanceof Error) {
    const code = (inner as NodeJS.ErrnoException).code;
    detail += `: ${inner.message || code}${code && !inner.message.includes(code) ? ` (${code})` : ''}`;
  }
  return ` (${serverText(detail, secrets)})`;
}

interface LinkedSignal {
  signal: AbortSignal;
  /** The timer, not a source, aborted it. */
  timedOut(): boolean;
  dispose(): void;
}

/**
 * A signal that aborts when a source aborts or after `timeoutMs`. Not AbortSignal.any: composites
 * of a long-lived signal (the client's close signal, an editor-wide token) leak in Node 20
 * (nodejs/node#55351); here `dispose()` unhooks everything when the call ends.
 */
function linkSignals(sources: (AbortSignal | undefined)[], timeoutMs: number): LinkedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const present = sources.filter((source): source is AbortSignal => source !== undefined);
  const onAbort = (): void => controller.abort(new Error('aborted'));
  for (const source of present) {
    if (source.aborted) onAbort();
    else source.addEventListener('abort', onAbort, { once: true });
  }
  // Re-armed beyond a timer's range: a week-long deadline must not abort after 1 ms.
  const cancelTimer = longTimeout(() => {
    timedOut = !controller.signal.aborted;
    controller.abort(new Error('timed out'));
  }, Math.max(1, Math.ceil(timeoutMs)));
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      cancelTimer();
      for (const source of present) source.removeEventListener('abort', onAbort);
    },
  };
}
