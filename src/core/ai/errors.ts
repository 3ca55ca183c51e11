// One error type for every way a model call can fail, so callers branch on `category` and show
// `userMessage` (which says what to do) instead of parsing SDK or HTTP errors themselves.

import { untrustedText } from '../text/untrusted';

export type ErrorCategory =
  | 'auth'
  | 'rate_limit'
  | 'quota'
  | 'timeout'
  | 'network'
  | 'server'
  | 'bad_request'
  | 'invalid_response'
  | 'cancelled'
  /** Docwright's own daily budget (docwright.budget.*) stopped the request before it was sent. */
  | 'budget';

const USER_MESSAGES: Record<ErrorCategory, (status?: number) => string> = {
  auth: (status) =>
    status === 403
      ? 'The API key has no access to this model or resource (403). Check the key\'s permissions, or run "Docwright: Set API Key" to enter another key.'
      : `The API key was rejected${status ? ` (${status})` : ''}. Run "Docwright: Set API Key" to enter a valid key.`,
  quota: () => 'The provider reports that the quota is used up (insufficient_quota). Check the plan and billing of the account, then try again.',
  rate_limit: () => 'The provider kept answering "too many requests" (429). Lower docwright.ai.requestsPerMinute or docwright.ai.tokensPerMinute, or try again later.',
  timeout: () => 'The model did not answer in time. Raise docwright.ai.timeoutSeconds, or check that the server is not overloaded.',
  network: () => 'Could not reach the model server. Check docwright.ai.baseUrl (or the Azure endpoint) and that the server is running and reachable.',
  server: (status) => `The model server failed${status ? ` (${status})` : ''} and kept failing after retries. Try again later, or check the server's logs.`,
  bad_request: (status) =>
    status === 404
      ? 'The model, deployment or URL was not found (404). Check docwright.ai.model, the Azure deployment name and docwright.ai.baseUrl.'
      : `The server rejected the request${status ? ` (${status})` : ''}. Check docwright.ai.model and that the server supports this request (response format, token limit).`,
  invalid_response: () => 'The server\'s answer could not be read as a chat completion. Check that docwright.ai.baseUrl points at an OpenAI-compatible API.',
  cancelled: () => 'Cancelled.',
  budget: () => "Today's AI budget is used up, so template docstrings were written. Raise docwright.budget.dailyTokens or docwright.budget.dailyCostUsd, turn off docwright.budget.hardStop, or wait until tomorrow.",
};

export interface ModelErrorInit {
  category: ErrorCategory;
  message: string;
  status?: number;
  retryable?: boolean;
  userMessage?: string;
  /** No later request of the run should be sent (the server asked for a wait far beyond the cap). */
  endsRun?: boolean;
}

export class ModelError extends Error {
  readonly category: ErrorCategory;
  readonly status?: number;
  readonly retryable: boolean;
  readonly userMessage: string;
  readonly endsRun: boolean;

  constructor(init: ModelErrorInit) {
    super(init.message);
    this.name = 'ModelError';
    this.category = init.category;
    this.status = init.status;
    this.retryable = init.retryable ?? false;
    this.userMessage = init.userMessage ?? userMessageFor(init.category, init.status);
    this.endsRun = init.endsRun ?? false;
  }
}

export function userMessageFor(category: ErrorCategory, status?: number): string {
  return USER_MESSAGES[category](status);
}

/**
 * Removes every occurrence of the secrets from a text. Server bodies can echo the key back
 * (a compatible server, a proxy), and SDK errors carry those bodies in their messages.
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    // Short strings would blank out unrelated text; real keys are long.
    if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/** How much of a server's or the SDK's error text is shown: enough for a reason, never a whole body. */
export const MAX_SERVER_TEXT = 500;

/**
 * Text from a server (an error body, an SDK message that quotes it) made fit to print: the key
 * removed, terminal escapes, control and bidi characters stripped, one line, capped. Redacted
 * before and after stripping, so control characters spliced into an echoed key cannot hide it.
 */
export function serverText(text: string, secrets: readonly (string | undefined)[], maxLength = MAX_SERVER_TEXT): string {
  // A few times the cap is plenty to strip from; a 4 MB body is not worth scanning.
  const head = redact(text, secrets).slice(0, maxLength * 8);
  return untrustedText(redact(untrustedText(head), secrets), { maxLength });
}

/** Retryable by status alone: request timeout, conflict, too many requests, any 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export function categoryForStatus(status: number, code?: string | null): ErrorCategory {
  if (status === 429) return code === 'insufficient_quota' ? 'quota' : 'rate_limit';
  if (status === 401 || status === 403) return 'auth';
  if (status === 408) return 'timeout';
  if (status === 409 || status >= 500) return 'server';
  return 'bad_request';
}

/** A cancellation, as callers expect it (`name === 'AbortError'`), whatever signalled it. */
export function abortError(signal: AbortSignal | undefined, cause?: unknown): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('The AI request was cancelled.', { cause });
  error.name = 'AbortError';
  return error;
}

/** Any failure of a describe call as a ModelError, with a message fit to print and a category to count. */
export function asModelError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  // May quote the model's answer: data, printed on a terminal.
  const message = untrustedText(error instanceof Error ? error.message : String(error), { maxLength: MAX_SERVER_TEXT });
  // makeAiDescriber's words for an answer that is not JSON of the schema.
  if (/the AI answer was not usable/.test(message)) {
    return new ModelError({ category: 'invalid_response', message, userMessage: 'The model\'s answer did not match the docstring schema. Try another model.' });
  }
  // A prompt that cannot fit the budget, a token counter that cannot load: nothing to retry.
  return new ModelError({ category: 'bad_request', message, userMessage: `The request could not be built: ${message}` });
}

/** Cancelled, whichever way it was signalled. */
export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
  return Boolean(signal?.aborted) || (error instanceof ModelError && error.category === 'cancelled') || (error instanceof Error && error.name === 'AbortError');
}
