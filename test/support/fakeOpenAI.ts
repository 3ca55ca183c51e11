// A real HTTP server that speaks the OpenAI chat-completions wire format, so tests drive the real
// `openai` SDK end to end. Each chat request takes the next scripted behaviour (then `fallback`),
// and every request is recorded as the server saw it: time, headers, body, in-flight count.
// It also serves the Files and Batches API (`fakeBatchApi.ts`), steered by the `batch*` knobs.

import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BatchError } from 'openai/resources/batches';
import { type ApiFault, type BatchAnswer, type BatchInputLine, type BatchRoute, type BatchStatus, type ContentDelivery, FakeBatchApi, type StoredFile, type WireBatch, batchRouteOf } from './fakeBatchApi';
import { answerGroup, answerSingle, type GroupAnswerOptions, isGroupedPrompt, promptMembers } from './groupAnswers';
import { completion, type FakeUsage, modelOf, send } from './fakeWire';

export type { FakeUsage } from './fakeWire';
export type { ApiFault, BatchAnswer, BatchInputLine, BatchRoute, BatchStatus, ContentDelivery, StoredFile, WireBatch } from './fakeBatchApi';
export { answerGroup, answerSingle, type GroupAnswerOptions, type PromptMember, promptMembers } from './groupAnswers';

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
  | { kind: 'echoAuth'; code: number }
  /** The behaviour `make` builds from the request's body (e.g. an answer naming its symbols). */
  | { kind: 'answer'; make: (body: unknown) => Behaviour };

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
/** A behaviour built from each request's body when it arrives. */
export const answering = (make: (body: unknown) => Behaviour): Behaviour => ({ kind: 'answer', make });
/** A 200 answering a grouped prompt with `answerGroup(body, options)`. */
export const groupAnswers = (options: GroupAnswerOptions = {}, usage?: Partial<FakeUsage>): Behaviour => answering((body) => ok(answerGroup(body, options), usage));
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
  /** `chat.completions`, `models.retrieve`, or the Files/Batches call (`files.create`, `batches.create`...). */
  route: 'chat.completions' | 'models.retrieve' | BatchRoute;
}

/** The default `batchScript`: created `validating`, `completed` at the third retrieve. */
export const BATCH_COMPLETES: readonly BatchStatus[] = ['validating', 'in_progress', 'finalizing', 'completed'];

export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  /** Used when the queue is empty. */
  fallback: Behaviour = ok('fallback');
  maxInFlight = 0;
  /** Bytes of huge bodies written to sockets so far (what the client could have read). */
  hugeBytesSent = 0;
  /**
   * The statuses each new batch goes through: the first when created, then one step per
   * `GET /batches/{id}`; it stays at the last. Ending in `completed`, `expired`, `cancelled` or
   * `failed` answers the input lines then (see `batchAnswer`). Read when a batch is created.
   */
  batchScript: readonly BatchStatus[] = BATCH_COMPLETES;
  /**
   * The answer to one input line when its batch ends (`expired`/`cancelled`: only the first half of
   * the lines, rounded up, are asked). Default `defaultBatchAnswer`. May be async.
   */
  batchAnswer: (line: BatchInputLine) => BatchAnswer | Promise<BatchAnswer> = (line) => this.defaultBatchAnswer(line);
  /** `errors.data` of a batch scripted to `failed` (an input file that fails validation reports its own). */
  batchErrors: BatchError[] | undefined;
  /** How file contents are sent (every download, until changed). */
  contentDelivery: ContentDelivery = { kind: 'whole' };
  /** The order of the lines in output and error files (OpenAI promises none). */
  batchOutputOrder: 'input' | 'reversed' = 'input';
  /** False: a retrieve answers the batch as it is; tests move it with `advanceBatch`. */
  advanceOnRetrieve = true;
  private readonly queue: Behaviour[] = [];
  private inFlight = 0;
  private readonly batchApi = new FakeBatchApi(this);

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

  /** The next calls of `route` meet these faults, in order (then the normal answer). */
  failNext(route: BatchRoute, ...faults: ApiFault[]): this {
    this.batchApi.failNext(route, faults);
    return this;
  }

  /** The recorded requests of one route (`fake.calls('batches.create').length`). */
  calls(route: RecordedRequest['route']): RecordedRequest[] {
    return this.requests.filter((r) => r.route === route);
  }

  /** A stored file (uploads, output and error files), or undefined. */
  file(id: string): StoredFile | undefined {
    return this.batchApi.files.get(id);
  }

  /** A batch as it is now (a copy; no step taken), or undefined. */
  batch(id: string): WireBatch | undefined {
    return this.batchApi.batch(id);
  }

  /** Ids of every batch created, oldest first. */
  batchIds(): string[] {
    return this.batchApi.batchIds();
  }

  /** Moves a batch one step along its script, as a retrieve does (`cancelling` → `cancelled`). */
  advanceBatch(id: string): Promise<WireBatch | undefined> {
    return this.batchApi.advance(id);
  }

  /** Bytes of file contents written to sockets so far. */
  get contentBytesSent(): number {
    return this.batchApi.contentBytesSent;
  }

  /**
   * The default `batchAnswer`: a grouped prompt gets `answerGroup`, a single Docwright prompt
   * `answerSingle` (every listed name described); any other body the `fallback` when it is an `ok`
   * or `status` behaviour, else the text `fallback`.
   */
  defaultBatchAnswer(line: BatchInputLine): BatchAnswer {
    if (isGroupedPrompt(line.body)) return { content: answerGroup(line.body) };
    if (promptMembers(line.body)[0].name !== '?') return { content: answerSingle(line.body) };
    const fallback = this.fallback;
    if (fallback.kind === 'ok') return { content: fallback.content, usage: fallback.usage };
    if (fallback.kind === 'status') return { status: fallback.code, error: `status ${fallback.code}` };
    return { content: 'fallback' };
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
      const batchRoute = batchRouteOf(req.method ?? '', url);
      if (batchRoute) {
        void this.handleBatchApi(batchRoute, url, arrivedAt, Buffer.concat(chunks), req, res);
        return;
      }
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
      this.requests.push({ at: arrivedAt, method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body, inFlight: this.inFlight, route: modelId === undefined ? 'chat.completions' : 'models.retrieve' });
      let behaviour = this.queue.shift() ?? this.fallback;
      while (behaviour.kind === 'answer') behaviour = behaviour.make(body);
      if (modelId !== undefined && behaviour.kind === 'ok') send(res, 200, { id: decodeURIComponent(modelId), object: 'model', created: 1715367049, owned_by: 'system' }, behaviour.headers);
      else this.respond(behaviour, res, body, req);
    });
  }

  private async handleBatchApi(match: NonNullable<ReturnType<typeof batchRouteOf>>, url: URL, at: number, raw: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => this.inFlight--);
    const upload = match.route === 'files.create' ? await this.batchApi.readUpload(req, raw) : undefined;
    // An upload is recorded by its fields, never its raw multipart body.
    let body: unknown = upload ? ('problem' in upload ? { problem: upload.problem } : { purpose: upload.purpose, filename: upload.filename, bytes: upload.bytes }) : undefined;
    if (!upload && raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = raw.toString('utf8');
      }
    }
    this.requests.push({ at, method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body, inFlight: this.inFlight, route: match.route });
    try {
      await this.batchApi.handle(match, url, body, res, upload);
    } catch (error) {
      if (!res.headersSent) send(res, 500, { error: { message: `fake server error: ${String(error)}`, type: 'server_error', param: null, code: null } });
    }
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
      case 'answer':
        this.respond(behaviour.make(body), res, body, req);
        return;
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
