// The wire pieces the fake server's routes share: a JSON answer, a chat completion, the model a
// request asked for.
import type { ServerResponse } from 'node:http';

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens?: number;
}

export function send(res: ServerResponse, code: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(code, { 'content-type': 'application/json', 'x-request-id': `req_${Date.now()}`, ...headers }).end(JSON.stringify(payload));
}

export function modelOf(body: unknown): string {
  const model = (body as { model?: unknown } | undefined)?.model;
  return typeof model === 'string' ? model : 'fake-model';
}

/** A `ChatCompletion` as OpenAI answers it (10 prompt and 5 completion tokens unless told). */
export function completion(content: string, usage: Partial<FakeUsage> = {}, model: string, finishReason = 'stop'): unknown {
  const prompt = usage.prompt_tokens ?? 10;
  const output = usage.completion_tokens ?? 5;
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: prompt, completion_tokens: output, total_tokens: prompt + output, prompt_tokens_details: { cached_tokens: usage.cached_tokens ?? 0 } },
  };
}
