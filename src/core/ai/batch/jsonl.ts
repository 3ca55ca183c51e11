/**
 * The batch files' lines. Input: one request per line, its body exactly the interactive client's
 * (`requestBody`), so batch and interactive requests cannot drift apart. Output: OpenAI's result
 * lines (and vLLM `run-batch`'s, the same shape with `error` a string and failed requests in the
 * output file), read with the interactive client's `readCompletion`, so refusals, cut-off answers
 * and key redaction follow the same rules. Everything read here is server text: it goes through
 * `serverText` (the key removed, terminal controls stripped, capped) before anyone prints it.
 */
import type OpenAI from 'openai';
import { z } from 'zod';
import type { TokenUsage } from '../../metrics/types';
import { readCompletion, reportedUsage, type AiClientConfig } from '../client';
import { ModelError, serverText } from '../errors';

export type BatchProvider = AiClientConfig['provider'];

/**
 * The `url` of each input line and the `endpoint` of `batches.create`, per provider. Azure's
 * batch API documents `/chat/completions` (its REST reference, api-version 2024-10-21, answers a
 * batch with `"endpoint": "/chat/completions"`; not checked against a live resource); OpenAI and
 * vLLM `run-batch` take `/v1/chat/completions`. One table, so a correction is one line.
 */
export const BATCH_URL: Readonly<Record<BatchProvider, string>> = {
  openai: '/v1/chat/completions',
  compatible: '/v1/chat/completions',
  azure: '/chat/completions',
};

export type ChatBody = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;

/** One input line (no newline): `{custom_id, method: 'POST', url, body}`; `body` from `requestBody`. */
export function requestLine(customId: string, body: ChatBody, provider: BatchProvider): string {
  return JSON.stringify({ custom_id: customId, method: 'POST', url: BATCH_URL[provider], body });
}

const outputLine = z.object({
  id: z.string().optional(),
  custom_id: z.string().min(1),
  response: z.object({ status_code: z.number(), request_id: z.string().nullable().optional(), body: z.unknown() }).nullable().optional(),
  error: z.union([z.string(), z.looseObject({ code: z.string().nullable().optional(), message: z.string().nullable().optional() })]).nullable().optional(),
});

export type LineOutcome =
  | { customId: string; ok: true; text: string; usage: TokenUsage }
  /** `message` is server text made safe to print; `usage` when the server billed an answer it could not use (cut off, refused). */
  | { customId: string; ok: false; code: string; message: string; usage?: TokenUsage };

/** A code from a server: a short identifier, nothing to act on. */
function codeText(code: string): string {
  return serverText(code, [], 64) || 'error';
}

/** The `{error: {message, code, type}}` an API puts in a failed response's body. */
function bodyError(body: unknown): { code?: string; message?: string } {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  if (typeof error === 'string') return { message: error };
  if (typeof error !== 'object' || error === null) return {};
  const { code, type, message } = error as { code?: unknown; type?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : typeof type === 'string' ? { code: type } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

/**
 * What one output or error line says, or undefined when the line is not JSON or not a result
 * line at all (no `custom_id`). A 200 answer is read as the interactive client reads one; every
 * other line is a failure with a code (`batch_expired` kept as is, `http_<status>` otherwise) and
 * a message.
 */
export function readOutputLine(line: string, secrets: readonly (string | undefined)[]): LineOutcome | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = outputLine.safeParse(value);
  if (!parsed.success) return undefined;
  const { custom_id: customId, response, error } = parsed.data;
  const failed = (code: string, message: string, usage?: TokenUsage): LineOutcome => ({
    customId, ok: false, code: codeText(code), message: serverText(message, secrets) || 'no reason given', ...(usage ? { usage } : {}),
  });

  if (response && response.status_code === 200 && !error && typeof response.body === 'object' && response.body !== null) {
    try {
      const result = readCompletion(response.body, { promptTokens: 0 }, 1, secrets);
      return { customId, ok: true, text: result.text, usage: result.usage };
    } catch (thrown) {
      const message = thrown instanceof ModelError ? thrown.message : String(thrown);
      return failed('invalid_response', message, reportedUsage(response.body));
    }
  }
  const fromBody = response ? bodyError(response.body) : {};
  if (typeof error === 'string') return failed(fromBody.code ?? (response ? `http_${response.status_code}` : 'error'), error);
  if (error) {
    const code = error.code ?? fromBody.code ?? (response ? `http_${response.status_code}` : 'error');
    return failed(code, error.message ?? fromBody.message ?? '');
  }
  if (response) {
    if (response.status_code === 200) return failed('invalid_response', 'The result line has no chat completion body.');
    return failed(fromBody.code ?? `http_${response.status_code}`, fromBody.message ?? `The request failed with status ${response.status_code}.`);
  }
  return failed('error', 'The result line has neither a response nor an error.');
}
