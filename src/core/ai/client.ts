// The model client: one chat completion through the `openai` SDK with our own retry loop. The
// SDK's retries are off (maxRetries: 0) because openai 6.x obeys any Retry-After uncapped and
// cannot be cancelled during its backoff (openai-node #2580); here every attempt is reported,
// every wait is capped, paced by the shared RateLimiter and cancellable.

import { randomBytes } from 'node:crypto';
import OpenAI, { AzureOpenAI, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { RateLimitState } from '../metrics/types';
import { ModelError, categoryForStatus, isRetryableStatus, redact } from './errors';
import type { ErrorCategory } from './errors';
import { LimiterDeadlineError, RateLimiter } from './rateLimiter';
import { DEFAULT_BACKOFF, MAX_SERVER_WAIT_MS, backoffDelay, parseRetryAfter, realClock } from './retry';
import type { BackoffOptions, Clock } from './retry';

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
  /** The wait before the next attempt that the server asked for, after the cap. */
  retryAfterMs?: number;
  outcome: 'ok' | 'retry' | 'fail';
}

export interface CompleteOptions {
  signal?: AbortSignal;
  /** A correlation id for the log and the server; one is made when absent. */
  requestId?: string;
  onAttempt?: (attempt: AttemptRecord) => void;
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

/** Seams for tests: virtual time, fixed jitter, a smaller cap. */
export interface ModelClientDeps {
  clock?: Clock;
  random?: () => number;
  backoff?: BackoffOptions;
  maxServerWaitMs?: number;
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
    sdk = makeSdk(config);
  } catch (error) {
    configError = error instanceof ModelError ? error : fail('bad_request', redact(messageOf(error), secrets));
  }

  async function complete(request: CompletionRequest, options: CompleteOptions = {}): Promise<CompletionResult> {
    if (configError || !sdk) throw configError;
    const deadlineAt = clock.now() + config.deadlineMs;
    const operation = linkSignals([closed.signal, options.signal], config.deadlineMs);
    try {
      return await attempts(request, options, deadlineAt, operation);
    } finally {
      operation.dispose();
    }
  }

  async function attempts(request: CompletionRequest, options: CompleteOptions, deadlineAt: number, operation: LinkedSignal): Promise<CompletionResult> {
    if (!sdk) throw configError;
    const caller = options.signal;
    const cost = request.promptTokens + request.maxOutputTokens;
    const body = requestBody(config, request);
    const requestId = options.requestId ?? newRequestId();
    let lastError: ModelError | undefined;

    // An abort or deadline outside an attempt (waiting for the limiter or a backoff).
    const stopped = (error: unknown): ModelError => {
      if (caller?.aborted || closed.signal.aborted) return cancelled();
      if (lastError) return lastError;
      if (error instanceof LimiterDeadlineError || operation.timedOut()) return fail('timeout', `No answer within the deadline of ${config.deadlineMs} ms.`);
      return error instanceof ModelError ? error : fail('network', redact(messageOf(error), secrets));
    };

    for (let attempt = 1; ; attempt++) {
      let permit;
      const queuedAt = clock.now();
      try {
        permit = await limiter.acquire(cost, operation.signal, deadlineAt);
      } catch (error) {
        throw stopped(error);
      }
      const queuedMs = clock.now() - queuedAt;
      const attemptMs = Math.max(1, Math.ceil(Math.min(config.timeoutMs, deadlineAt - clock.now())));
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
        const result = readCompletion(data, request, attempt);
        options.onAttempt?.({ requestId, attempt, startedAt, latencyMs: clock.now() - startedAt, queuedMs, status: response.status, outcome: 'ok', usage: result.usage, serverRequestId });
        return result;
      } catch (thrown) {
        const headers = thrown instanceof APIError ? thrown.headers : undefined;
        if (headers) serverRequestId = headers.get('x-request-id') ?? undefined;
        if (headers) limiter.observe(headers);
        error = classify(thrown, { caller, closed: closed.signal, deadline: operation, perAttempt, secrets, deadlineMs: config.deadlineMs, timeoutMs: attemptMs });
        serverWait = error.category === 'cancelled' ? undefined : parseRetryAfter(headers, clock.now(), maxServerWaitMs);
        delay = serverWait ?? backoffDelay(attempt, backoff, random);
        // A 429 pauses the whole limiter, so parallel requests stop hitting the limit too; set
        // before the slot is released, so no queued request slips in ahead of the pause.
        if (error.category === 'rate_limit') limiter.pause(delay);
      } finally {
        perAttempt.dispose();
        permit.release();
      }

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
        await sdk.models.retrieve(config.model, { signal: operation.signal, timeout: config.timeoutMs, maxRetries: 0 });
        return { method: 'model', model, latencyMs: clock.now() - startedAt };
      }
      // Azure deployments and local servers may not serve /models/{id}: one tiny answer instead.
      const body = requestBody(config, { messages: [{ role: 'user', content: 'Reply with the word OK.' }], maxOutputTokens: 16, promptTokens: 0 });
      await sdk.chat.completions.create(body, { signal: operation.signal, timeout: config.timeoutMs, maxRetries: 0, headers: { 'X-Client-Request-Id': newRequestId() } });
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

function makeSdk(config: AiClientConfig): OpenAI {
  const common = { maxRetries: 0, timeout: Math.max(1, Math.ceil(config.timeoutMs)) };
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
    return new AzureOpenAI({ ...common, apiKey: config.apiKey, endpoint: config.endpoint, deployment: config.deployment, apiVersion: config.apiVersion });
  }
  if (config.provider === 'azure' && !config.baseURL) {
    throw fail('bad_request', 'Azure needs an endpoint and deployment, or a base URL.', 'Set the Azure endpoint and deployment, or Azure\'s v1 URL (https://<resource>.openai.azure.com/openai/v1/) as docwright.ai.baseUrl.');
  }
  // OpenAI, or Azure's v1 API, which takes the plain OpenAI client with a base URL.
  return new OpenAI({ ...common, apiKey: config.apiKey, ...(config.baseURL ? { baseURL: config.baseURL } : {}) });
}

function requestBody(config: AiClientConfig, request: CompletionRequest): OpenAI.Chat.ChatCompletionCreateParamsNonStreaming {
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

function readCompletion(data: unknown, request: CompletionRequest, attempts: number): CompletionResult {
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
    text: message.content,
    // A server that reports no usage: the caller's own count, nothing known about the output.
    usage: reportedUsage(data) ?? { prompt: request.promptTokens, completion: 0 },
    attempts,
  };
}

type TokenUsage = CompletionResult['usage'];

/** The usage the server reported, if it did. */
function reportedUsage(data: unknown): TokenUsage | undefined {
  const usage = (data as Partial<OpenAI.Chat.ChatCompletion> | undefined)?.usage;
  if (!usage || typeof usage.prompt_tokens !== 'number') return undefined;
  return {
    prompt: usage.prompt_tokens,
    completion: typeof usage.completion_tokens === 'number' ? usage.completion_tokens : 0,
    ...(typeof usage.prompt_tokens_details?.cached_tokens === 'number' ? { cached: usage.prompt_tokens_details.cached_tokens } : {}),
  };
}

interface ClassifyContext {
  caller?: AbortSignal;
  closed: AbortSignal;
  deadline: LinkedSignal;
  perAttempt: LinkedSignal;
  secrets: (string | undefined)[];
  deadlineMs: number;
  timeoutMs: number;
}

/** Maps whatever one attempt threw to a ModelError; the signals say why an abort happened. */
function classify(thrown: unknown, context: ClassifyContext): ModelError {
  if (thrown instanceof ModelError) return thrown;
  if (context.caller?.aborted || context.closed.aborted) return cancelled();
  if (context.deadline.timedOut()) return fail('timeout', `No answer within the deadline of ${context.deadlineMs} ms.`);
  if (context.perAttempt.timedOut() || thrown instanceof APIConnectionTimeoutError) {
    return fail('timeout', `No answer within ${context.timeoutMs} ms.`, undefined, { retryable: true });
  }
  const message = redact(messageOf(thrown), context.secrets);
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

function cancelled(): ModelError {
  return fail('cancelled', 'The request was cancelled.');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// undici's "fetch failed" says nothing; the cause names ECONNRESET / ECONNREFUSED.
function causeOf(error: Error, secrets: (string | undefined)[]): string {
  const cause = (error as { cause?: unknown }).cause;
  if (!(cause instanceof Error)) return '';
  const inner = (cause as { cause?: unknown }).cause;
  let detail = cause.message;
  if (inner instanceof Error) {
    const code = (inner as NodeJS.ErrnoException).code;
    detail += `: ${inner.message || code}${code && !inner.message.includes(code) ? ` (${code})` : ''}`;
  }
  return ` (${redact(detail, secrets)})`;
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
  const timer = setTimeout(() => {
    timedOut = !controller.signal.aborted;
    controller.abort(new Error('timed out'));
  }, Math.max(1, Math.ceil(timeoutMs)));
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      for (const source of present) source.removeEventListener('abort', onAbort);
    },
  };
}
