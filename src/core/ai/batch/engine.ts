/**
 * The provider's batch API: upload the input file, create the batch, find it again by our id,
 * follow it, cancel it, and read its result files line by line.
 *
 * Its own SDK instance, not the model client's: that one caps every body at 4 MB (cappedFetch),
 * and a results file of thousands of answers is larger. Here the results are streamed and split
 * into lines, each line capped, and the file is never held whole. Built with the client's
 * `makeSdk` (every option explicit, no base URL from the environment), but for Azure without the
 * deployment: the SDK would send `POST /batches` to `/deployments/{d}/batches`. Errors go through
 * the client's `classify` (same messages, categories and key redaction); calls are retried on the
 * same rules (backoff with jitter, the server's wait hint up to a cap, `config.maxRetries`).
 */
import { APIError, toFile } from 'openai';
import type OpenAI from 'openai';
import { classify, makeSdk, type AiClientConfig } from '../client';
import type { FetchLike } from '../cappedFetch';
import { ModelError } from '../errors';
import { DEFAULT_BACKOFF, MAX_SERVER_WAIT_MS, backoffDelay, parseRetryAfter, realClock, timerDelay, type BackoffOptions, type Clock } from '../retry';
import { MAX_ANSWER_CHARS } from '../schema';
import { BATCH_URL } from './jsonl';

export type Batch = OpenAI.Batches.Batch;

/** Largest group a batch request may hold (`--group-size`'s upper bound). */
const MAX_GROUP_SIZE = 16;

/** OpenAI's limit on requests per batch; with a margin for lines that are not ours. */
const MAX_BATCH_REQUESTS = 50_000;

/** An upload of up to 200 MB takes longer than one chat answer; the SDK's timeout runs until the answer's headers. */
const MIN_UPLOAD_TIMEOUT_MS = 10 * 60_000;

/** `batches.list` pages walked at most by `find` (100 batches each). */
const MAX_LIST_PAGES = 50;

export interface LineLimits {
  /** Bytes in one line, newline excluded. */
  maxLineBytes: number;
  /** Lines in the file. */
  maxLines: number;
}

/**
 * The caps for a results file of a batch of `requests` requests of at most `groupSize` symbols:
 * a line holds one chat completion of up to `groupSize` answers, JSON-escaped (x4), plus room for
 * the envelope; no file has more lines than requests (plus a few for what is not ours).
 */
export function lineLimitsFor(requests: number, groupSize: number): LineLimits {
  return { maxLineBytes: 4 * MAX_ANSWER_CHARS * Math.max(1, groupSize) + 64 * 1024, maxLines: Math.max(0, requests) + 16 };
}

export const DEFAULT_LINE_LIMITS: LineLimits = lineLimitsFor(MAX_BATCH_REQUESTS, MAX_GROUP_SIZE);

export interface BatchEngine {
  /** Uploads a JSONL input file (`purpose: 'batch'`). */
  upload(jsonl: Uint8Array, signal?: AbortSignal): Promise<{ fileId: string }>;
  /**
   * Creates the batch, tagged `metadata.docwright_local_id = localId`. A retry after a failure
   * that may have reached the server first looks for a batch with that tag (never two batches).
   */
  create(inputFileId: string, localId: string, signal?: AbortSignal): Promise<Batch>;
  /** The newest batch tagged with `localId` (walks `batches.list`), or undefined. */
  find(localId: string, signal?: AbortSignal): Promise<Batch | undefined>;
  retrieve(batchId: string, signal?: AbortSignal): Promise<Batch>;
  cancel(batchId: string, signal?: AbortSignal): Promise<Batch>;
  /**
   * The non-empty lines of a file (`files.content`), streamed: a line over `limits.maxLineBytes`
   * or more than `limits.maxLines` lines end the read with a ModelError (`invalid_response`),
   * without the long line being kept. `\r\n` endings are accepted.
   */
  lines(fileId: string, signal?: AbortSignal, limits?: LineLimits): AsyncIterable<string>;
}

export interface BatchEngineDeps {
  /** The network (globalThis.fetch). */
  fetch?: FetchLike;
  clock?: Clock;
  random?: () => number;
  backoff?: BackoffOptions;
  maxServerWaitMs?: number;
  /** Where OPENAI_ORG_ID / OPENAI_PROJECT_ID are read (for OpenAI's own API only); process.env. */
  env?: Record<string, string | undefined>;
}

export function createBatchEngine(config: AiClientConfig, deps: BatchEngineDeps = {}): BatchEngine {
  const clock = deps.clock ?? realClock;
  const random = deps.random ?? Math.random;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const maxServerWaitMs = deps.maxServerWaitMs ?? MAX_SERVER_WAIT_MS;
  const secrets = [config.apiKey];
  const timeoutMs = Math.max(1, config.timeoutMs);
  let sdk: OpenAI | undefined;
  let configError: ModelError | undefined;
  try {
    sdk = makeSdk(config, deps.fetch ?? globalThis.fetch, deps.env ?? process.env, { withoutDeployment: true });
  } catch (error) {
    configError = classify(error, { secrets });
  }

  function client(): OpenAI {
    if (!sdk) throw configError;
    return sdk;
  }

  const options = (signal: AbortSignal | undefined, timeout = timeoutMs) => ({ signal, timeout, maxRetries: 0 });

  /**
   * `call`, retried while its error is retryable, up to `config.maxRetries` retries; `beforeRetry`
   * may answer instead of the next attempt (a create that reached the server after all).
   */
  async function withRetries<T>(call: () => Promise<T>, signal: AbortSignal | undefined, beforeRetry?: () => Promise<T | undefined>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let error: ModelError;
      let delay: number;
      try {
        if (attempt > 1 && beforeRetry) {
          const found = await beforeRetry();
          if (found !== undefined) return found;
        }
        return await call();
      } catch (thrown) {
        error = classify(thrown, { caller: signal, secrets, timeoutMs });
        const headers = thrown instanceof APIError ? thrown.headers : undefined;
        const asked = error.category === 'cancelled' ? undefined : parseRetryAfter(headers, clock.now(), Number.POSITIVE_INFINITY);
        // A wait far beyond the cap is not waited for: the server refuses until then.
        if (asked !== undefined && asked > maxServerWaitMs) throw error;
        delay = asked ?? backoffDelay(attempt, backoff, random);
      }
      if (!error.retryable || attempt > config.maxRetries) throw error;
      try {
        await clock.sleep(delay, signal);
      } catch (abort) {
        throw classify(abort, { caller: signal, secrets, timeoutMs });
      }
    }
  }

  async function upload(jsonl: Uint8Array, signal?: AbortSignal): Promise<{ fileId: string }> {
    const api = client();
    const file = await toFile(jsonl, 'docwright-batch.jsonl', { type: 'application/jsonl' });
    const created = await withRetries(() => api.files.create({ file, purpose: 'batch' }, options(signal, Math.max(timeoutMs, MIN_UPLOAD_TIMEOUT_MS))), signal);
    return { fileId: created.id };
  }

  async function find(localId: string, signal?: AbortSignal): Promise<Batch | undefined> {
    const api = client();
    let page = await withRetries(() => api.batches.list({ limit: 100 }, options(signal)), signal);
    for (let pages = 1; ; pages++) {
      // Newest first, as the API lists them: a tag found twice (should never be) gives the latest batch.
      const found = page.data.find((batch) => batch.metadata?.docwright_local_id === localId);
      if (found) return found;
      if (!page.hasNextPage() || pages >= MAX_LIST_PAGES) return undefined;
      const current = page;
      page = await withRetries(() => current.getNextPage(), signal);
    }
  }

  async function create(inputFileId: string, localId: string, signal?: AbortSignal): Promise<Batch> {
    const api = client();
    const params = {
      input_file_id: inputFileId,
      endpoint: BATCH_URL[config.provider] as OpenAI.Batches.BatchCreateParams['endpoint'],
      completion_window: '24h' as const,
      metadata: { docwright_local_id: localId },
    };
    return withRetries(() => api.batches.create(params, options(signal)), signal, () => find(localId, signal));
  }

  async function retrieve(batchId: string, signal?: AbortSignal): Promise<Batch> {
    const api = client();
    return withRetries(() => api.batches.retrieve(batchId, options(signal)), signal);
  }

  async function cancel(batchId: string, signal?: AbortSignal): Promise<Batch> {
    const api = client();
    return withRetries(() => api.batches.cancel(batchId, options(signal)), signal);
  }

  async function* lines(fileId: string, signal?: AbortSignal, limits: LineLimits = DEFAULT_LINE_LIMITS): AsyncGenerator<string> {
    const api = client();
    const response = await withRetries(() => api.files.content(fileId, options(signal)), signal);
    if (!response.body) return;
    yield* splitLines(response.body, fileId, limits, { signal, idleMs: timeoutMs, secrets });
  }

  return { upload, create, find, retrieve, cancel, lines };
}

const NEWLINE = 0x0a;

function tooLarge(message: string): ModelError {
  return new ModelError({ category: 'invalid_response', message, userMessage: message });
}

/**
 * The non-empty lines of `body`, decoded as UTF-8, without their `\n` / `\r\n`. At most one line's
 * bytes (up to the cap) are held; a stream that sends nothing for `idleMs` ends with a timeout.
 */
export async function* splitLines(
  body: ReadableStream<Uint8Array>, fileId: string, limits: LineLimits,
  context: { signal?: AbortSignal; idleMs: number; secrets: readonly (string | undefined)[] },
): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineNo = 0;
  let yielded = 0;

  const finishLine = function* (tail: Uint8Array): Generator<string> {
    lineNo++;
    const bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    let text = decoder.decode(bytes);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') return;
    if (++yielded > limits.maxLines) {
      throw tooLarge(`The batch file ${fileId} has more than ${limits.maxLines} lines, more than the batch has requests; it is not read further.`);
    }
    yield text;
  };
  const overLong = (): ModelError =>
    tooLarge(`Line ${lineNo + 1} of the batch file ${fileId} is longer than ${limits.maxLineBytes} bytes, longer than any answer Docwright asks for; the file is not read further.`);

  try {
    for (;;) {
      const { done, value } = await readWithin(reader, context.idleMs, context.signal, context.secrets);
      if (done) break;
      let start = 0;
      for (;;) {
        const end = value.indexOf(NEWLINE, start);
        if (end < 0) break;
        if (pendingBytes + (end - start) > limits.maxLineBytes) throw overLong();
        yield* finishLine(value.subarray(start, end));
        start = end + 1;
      }
      const rest = value.length - start;
      if (rest > 0) {
        // Refused before it is kept: a line with no end in sight never grows past the cap.
        if (pendingBytes + rest > limits.maxLineBytes) throw overLong();
        pending.push(value.slice(start));
        pendingBytes += rest;
      }
    }
    if (pendingBytes > 0) yield* finishLine(new Uint8Array(0));
  } finally {
    pending = [];
    await reader.cancel().catch(() => undefined);
  }
}

/** One read, or a timeout after `idleMs` with nothing received, or the caller's abort. */
async function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>, idleMs: number, signal: AbortSignal | undefined, secrets: readonly (string | undefined)[],
): Promise<Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>["read"]>>> {
  if (signal?.aborted) throw classify(signal.reason, { caller: signal, secrets });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModelError({ category: 'timeout', message: `The batch file sent nothing for ${idleMs} ms.`, retryable: true })), timerDelay(idleMs));
    onAbort = () => reject(classify(signal?.reason, { caller: signal, secrets }));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([reader.read(), stop]);
  } catch (thrown) {
    throw classify(thrown, { caller: signal, secrets });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
