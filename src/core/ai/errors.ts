// One error type for every way a model call can fail, so callers branch on `category` and show
// `userMessage` (which says what to do) instead of parsing SDK or HTTP errors themselves.

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
}

export class ModelError extends Error {
  readonly category: ErrorCategory;
  readonly status?: number;
  readonly retryable: boolean;
  readonly userMessage: string;

  constructor(init: ModelErrorInit) {
    super(init.message);
    this.name = 'ModelError';
    this.category = init.category;
    this.status = init.status;
    this.retryable = init.retryable ?? false;
    this.userMessage = init.userMessage ?? userMessageFor(init.category, init.status);
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
