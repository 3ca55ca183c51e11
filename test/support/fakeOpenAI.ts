// A real HTTP server that speaks the OpenAI chat-completions wire format, so tests drive the real
// `openai` SDK end to end. Each request takes the next scripted behaviour (then `fallback`), and
// every request is recorded as the server saw it: time, headers, body, in-flight count.

import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens?: number;
}

export type Behaviour =
  | { kind: 'ok'; content: string; usage?: Partial<FakeUsage>; headers?: Record<string, string>; finishReason?: string }
  | { kind: 'status'; code: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number; then: Behaviour }
  | { kind: 'reset' }
  | { kind: 'malformed'; body: string }
  /** Reads the request and never answers: no status, no headers. */
  | { kind: 'hang' }
  /** Status and headers at once, then the body one byte every `everyMs`. */
  | { kind: 'drip'; everyMs: number; content: string }
  /** A 200 whose body is `bytes` long, made on the fly as the client reads it (never held). */
  | { kind: 'huge'; bytes: number; announce: boolean }
  /** An error body that quotes the request's Authorization header, wrapped in terminal escapes. */
  | { kind: 'echoAuth'; code: number };

/** A docstring answer as the model sends it (the JSON fields Docwright asks for). */
export const modelAnswer = (summary: string, params: Record<string, string> = {}, returns: string | null = null): string =>
  JSON.stringify({
    summary,
    description: null,
    params: Object.entries(params).map(([name, description]) => ({ name, description })),
    returns,
    yields: null,
    raises: [],
    example: null,
  });

export const ok = (content: string, usage?: Partial<FakeUsage>, headers?: Record<string, string>): Behaviour => ({ kind: 'ok', content, usage, headers });
/** A 200 whose answer stopped at the output token limit (billed, not usable). */
export const cutOff = (content: string, usage?: Partial<FakeUsage>): Behaviour => ({ kind: 'ok', content, usage, finishReason: 'length' });
export const status = (code: number, body?: unknown, headers?: Record<string, string>): Behaviour => ({ kind: 'status', code, body, headers });
export const delay = (ms: number, then: Behaviour = ok('late')): Behaviour => ({ kind: 'delay', ms, then });
/** Destroys the socket without an answer (the client sees ECONNRESET / "other side closed"). */
export const reset = (): Behaviour => ({ kind: 'reset' });
/** A 200 with a JSON content type and a body that is not JSON. */
export const malformed = (body = '{"id":"chatcmpl-1","choices":[{"index":0,'): Behaviour => ({ kind: 'malformed', body });
export const rateLimited = (headers: Record<string, string>): Behaviour =>
  status(429, { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }, headers);
/** Never answers (the client's attempt timeout is all that ends it). */
export const hang = (): Behaviour => ({ kind: 'hang' });
/** A slow drip: 200 and headers, then a byte of a normal completion every `everyMs`. */
export const drip = (everyMs: number, content = 'dripped'): Behaviour => ({ kind: 'drip', everyMs, content });
/** A streamed 200 of `bytes` (default 64 MB), generated while sent; `announce` sends its content-length. */
export const hugeBody = (bytes = 64 * 1024 * 1024, announce = false): Behaviour => ({ kind: 'huge', bytes, announce });
/** A valid completion whose answer alone is `chars` characters. */
export const hugeAnswer = (chars: number): Behaviour => ok(modelAnswer('x'.repeat(chars)));
/** A 429 that asks for a day's wait. */
export const retryAfterDay = (): Behaviour => rateLimited({ 'retry-after': '86400' });
/** Terminal escapes a hostile body may carry: clear screen, set the window title (OSC), a bidi override. */
export const ESCAPES = '\u001b[2J\u001b]0;pwned\u0007\u202e';
/** An error whose body echoes the Authorization header (a misconfigured proxy) amid terminal escapes. */
export const echoAuth = (code = 400): Behaviour => ({ kind: 'echoAuth', code });
export const quotaExceeded = (): Behaviour =>
  status(429, { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', code: 'insufficient_quota' } });

export interface RecordedRequest {
  /** Date.now() when the request's headers arrived. */
  at: number;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Requests in flight on the server, this one included, when it arrived. */
  inFlight: number;
}

export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  /** Used when the queue is empty. */
  fallback: Behaviour = ok('fallback');
  maxInFlight = 0;
  /** Bytes of huge bodies written to sockets so far (what the client could have read). */
  hugeBytesSent = 0;
  private readonly queue: Behaviour[] = [];
  private inFlight = 0;

  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<FakeOpenAI> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeOpenAI(server, `http://127.0.0.1:${port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => fake.handle(req, res));
    return fake;
  }

  /** The OpenAI-style base URL (`.../v1`). */
  get baseURL(): string {
    return `${this.url}/v1`;
  }

  enqueue(...behaviours: Behaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  /** Gaps between consecutive request arrivals, in ms. */
  gaps(): number[] {
    return this.requests.slice(1).map((request, i) => request.at - this.requests[i].at);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const arrivedAt = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.url);
      // OpenAI and compatible servers, Azure's v1 API, Azure deployments (api-version required).
      const isChat = url.pathname === '/v1/chat/completions' || url.pathname === '/openai/v1/chat/completions'
        || (/^\/openai\/deployments\/[^/]+\/chat\/completions$/.test(url.pathname) && url.searchParams.has('api-version'));
      // GET /v1/models/{id}: the free connection check of the OpenAI provider.
      const modelId = req.method === 'GET' ? /^\/(?:openai\/)?v1\/models\/([^/]+)$/.exec(url.pathname)?.[1] : undefined;
      if ((req.method !== 'POST' || !isChat) && modelId === undefined) {
        send(res, 404, { error: { message: `No route ${req.method} ${url.pathname}${url.search}`, type: 'invalid_request_error', code: null } });
        return;
      }
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      res.on('close', () => this.inFlight--);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the raw text
      }
      this.requests.push({ at: arrivedAt, method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body, inFlight: this.inFlight });
      const behaviour = this.queue.shift() ?? this.fallback;
      if (modelId !== undefined && behaviour.kind === 'ok') send(res, 200, { id: decodeURIComponent(modelId), object: 'model', created: 1715367049, owned_by: 'system' }, behaviour.headers);
      else this.respond(behaviour, res, body, req);
    });
  }

  private respond(behaviour: Behaviour, res: ServerResponse, body: unknown, req: IncomingMessage): void {
    switch (behaviour.kind) {
      case 'ok':
        send(res, 200, completion(behaviour.content, behaviour.usage, modelOf(body), behaviour.finishReason), behaviour.headers);
        return;
      case 'status':
        send(res, behaviour.code, behaviour.body ?? { error: { message: `status ${behaviour.code}`, type: 'server_error', code: null } }, behaviour.headers);
        return;
      case 'delay': {
        const timer = setTimeout(() => {
          if (!res.destroyed) this.respond(behaviour.then, res, body, req);
        }, behaviour.ms);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'reset':
        res.socket?.destroy();
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end(behaviour.body);
        return;
      case 'hang':
        return;
      case 'drip':
        dripBody(res, JSON.stringify(completion(behaviour.content, {}, modelOf(body))), behaviour.everyMs);
        return;
      case 'huge':
        hugeStream(res, behaviour.bytes, behaviour.announce, (n) => (this.hugeBytesSent += n));
        return;
      case 'echoAuth': {
        const message = `${ESCAPES}bad request; you sent Authorization: ${req.headers.authorization ?? '(none)'}\u001b[0m`;
        send(res, behaviour.code, { error: { message, type: 'invalid_request_error', code: null } });
        return;
      }
    }
  }
}

function dripBody(res: ServerResponse, text: string, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${Date.now()}` });
  res.flushHeaders();
  let at = 0;
  const timer = setInterval(() => {
    if (res.destroyed) return;
    res.write(text.slice(at, at + 1));
    if (++at >= text.length) {
      clearInterval(timer);
      res.end();
    }
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/**
 * `{"id":...,"choices":[{..."content":"xxxx...`: a completion whose content never ends before
 * `bytes`, written in 64 KB chunks as the socket drains, so the server never holds it.
 */
function hugeStream(res: ServerResponse, bytes: number, announce: boolean, sent: (bytes: number) => void): void {
  const head = '{"id":"chatcmpl-huge","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"';
  const tail = '"}}]}';
  res.writeHead(200, { 'content-type': 'application/json', ...(announce ? { 'content-length': String(bytes) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = bytes - head.length - tail.length;
  res.write(head);
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      sent(piece.length);
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end(tail);
  };
  pump();
}

function send(res: ServerResponse, code: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(code, { 'content-type': 'application/json', 'x-request-id': `req_${Date.now()}`, ...headers }).end(JSON.stringify(payload));
}

function modelOf(body: unknown): string {
  const model = (body as { model?: unknown } | undefined)?.model;
  return typeof model === 'string' ? model : 'fake-model';
}

function completion(content: string, usage: Partial<FakeUsage> = {}, model: string, finishReason = 'stop'): unknown {
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
