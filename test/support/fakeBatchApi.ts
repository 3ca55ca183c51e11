// OpenAI's Files and Batches API for the fake server: multipart uploads, file contents, batches that
// move along a scripted list of statuses (one step per retrieve) and, on reaching the end, answer
// their input lines into output and error files exactly shaped like OpenAI's.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Batch, BatchError, BatchUsage } from 'openai/resources/batches';
import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';
import { completion, type FakeUsage, modelOf, send } from './fakeWire';

export type BatchStatus = Batch['status'];

/** One line of a batch input file, as the batch's owner wrote it. */
export interface BatchInputLine {
  custom_id: string;
  method: string;
  url: string;
  body: ChatCompletionCreateParams;
}

/**
 * How the fake answers one input line when its batch ends: a 200 with this content (a normal
 * chat completion), a non-200 line with an error body, or `'expire'` (a `batch_expired` error line).
 */
export type BatchAnswer = { content: string; usage?: Partial<FakeUsage> } | { status: number; error: string } | 'expire';

/** The calls of the Files and Batches API, as `RecordedRequest.route` names them. */
export type BatchRoute =
  | 'files.create' | 'files.retrieve' | 'files.content' | 'files.delete'
  | 'batches.create' | 'batches.retrieve' | 'batches.list' | 'batches.cancel';

/**
 * A fault for the next call of a route. `status`: answered instead, nothing done. `hang` / `reset`:
 * the call takes effect (a batch is created, advanced, cancelled...) but its answer never comes /
 * the socket is destroyed — the "answer lost" case. `delay`: the normal answer, `ms` later.
 */
export type ApiFault =
  | { kind: 'status'; code: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'delay'; ms: number };

/**
 * How `GET /files/{id}/content` sends its bytes: all at once; `chunkBytes` (default 1) every
 * `everyMs`; or `afterBytes` then nothing more, the connection left open (content-length is always
 * announced, so a client cannot mistake a cut for the end).
 */
export type ContentDelivery = { kind: 'whole' } | { kind: 'drip'; everyMs: number; chunkBytes?: number } | { kind: 'stall'; afterBytes: number };

export interface StoredFile {
  id: string;
  filename: string;
  purpose: string;
  bytes: Buffer;
  created_at: number;
}

/** What the batch routes read from the server on each call (tests change them at any time). */
export interface BatchKnobs {
  batchScript: readonly BatchStatus[];
  batchAnswer: (line: BatchInputLine) => BatchAnswer | Promise<BatchAnswer>;
  batchErrors?: BatchError[];
  contentDelivery: ContentDelivery;
  advanceOnRetrieve: boolean;
  batchOutputOrder: 'input' | 'reversed';
}

/** The wire form of a batch: every key present, `null` where OpenAI sends null. */
export type WireBatch = { [K in keyof Batch]-?: Exclude<Batch[K], undefined> | null } & { status: BatchStatus; id: string };

interface StoredBatch {
  wire: WireBatch;
  script: BatchStatus[];
  step: number;
  lines: BatchInputLine[];
  /** Problems found in the input file; the batch fails when it leaves `validating`. */
  invalid: BatchError[];
}

const TERMINAL: ReadonlySet<BatchStatus> = new Set(['completed', 'failed', 'expired', 'cancelled']);
const STATUSES: ReadonlySet<string> = new Set(['validating', 'failed', 'in_progress', 'finalizing', 'completed', 'expired', 'cancelling', 'cancelled']);
const STAMPS: Partial<Record<BatchStatus, 'in_progress_at' | 'finalizing_at' | 'completed_at' | 'failed_at' | 'expired_at' | 'cancelling_at' | 'cancelled_at'>> = {
  in_progress: 'in_progress_at', finalizing: 'finalizing_at', completed: 'completed_at', failed: 'failed_at', expired: 'expired_at', cancelling: 'cancelling_at', cancelled: 'cancelled_at',
};
const PURPOSES = new Set(['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals']);
const EXPIRED_MESSAGE = 'This request could not be executed before the completion window expired.';

/** The route of a request, when it is one of the Files/Batches API under a served prefix. */
export function batchRouteOf(method: string, url: URL): { route: BatchRoute; id?: string; azure: boolean } | undefined {
  const path = url.pathname;
  // OpenAI and compatible servers, Azure's v1 API, Azure's classic API (api-version required, no deployment).
  const rest = path.startsWith('/v1/') ? path.slice(3)
    : path.startsWith('/openai/v1/') ? path.slice(10)
      : path.startsWith('/openai/') && !path.startsWith('/openai/deployments/') && url.searchParams.has('api-version') ? path.slice(7) : undefined;
  if (rest === undefined) return undefined;
  const azure = !path.startsWith('/v1/') && !path.startsWith('/openai/v1/');
  const file = /^\/files\/([^/]+)(\/content)?$/.exec(rest);
  const batch = /^\/batches\/([^/]+)(\/cancel)?$/.exec(rest);
  const id = decodeURIComponent(file?.[1] ?? batch?.[1] ?? '') || undefined;
  const route: BatchRoute | undefined =
    rest === '/files' ? (method === 'POST' ? 'files.create' : undefined)
      : rest === '/batches' ? (method === 'POST' ? 'batches.create' : method === 'GET' ? 'batches.list' : undefined)
        : file ? (file[2] ? (method === 'GET' ? 'files.content' : undefined) : method === 'GET' ? 'files.retrieve' : method === 'DELETE' ? 'files.delete' : undefined)
          : batch ? (batch[2] ? (method === 'POST' ? 'batches.cancel' : undefined) : method === 'GET' ? 'batches.retrieve' : undefined)
            : undefined;
  return route && { route, id, azure };
}

const now = (): number => Math.floor(Date.now() / 1000);
const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

export class FakeBatchApi {
  readonly files = new Map<string, StoredFile>();
  /** Bytes of file contents written to sockets so far. */
  contentBytesSent = 0;
  private readonly batches = new Map<string, StoredBatch>();
  private readonly faults = new Map<BatchRoute, ApiFault[]>();
  private fileSeq = 0;
  private batchSeq = 0;

  constructor(private readonly knobs: BatchKnobs) {}

  failNext(route: BatchRoute, faults: ApiFault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  /** The batch as the next retrieve would show it before advancing (a copy), or undefined. */
  batch(id: string): WireBatch | undefined {
    const stored = this.batches.get(id);
    return stored && structuredClone(stored.wire);
  }

  batchIds(): string[] {
    return [...this.batches.keys()];
  }

  /** One step along the batch's script (as a retrieve does); a cancelling batch becomes cancelled. */
  async advance(id: string): Promise<WireBatch | undefined> {
    const stored = this.batches.get(id);
    if (!stored) return undefined;
    const { wire } = stored;
    if (wire.status === 'cancelling') await this.finish(stored, 'cancelled');
    else if (!TERMINAL.has(wire.status) && stored.step + 1 < stored.script.length) {
      const next = stored.script[++stored.step];
      if (wire.status === 'validating' && stored.invalid.length) await this.finish(stored, 'failed');
      else await this.enter(stored, next);
    }
    return structuredClone(wire);
  }

  /** The multipart fields of an upload, as recorded in `requests` (never the raw body). */
  async readUpload(req: IncomingMessage, raw: Buffer): Promise<{ purpose: string; filename: string; bytes: number; data: Buffer } | { problem: string }> {
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('multipart/form-data')) return { problem: `expected multipart/form-data, got ${type || 'no content type'}` };
    let form: FormData;
    try {
      form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    } catch (error) {
      return { problem: `unreadable multipart body: ${String(error)}` };
    }
    const file = form.get('file');
    const purpose = form.get('purpose');
    if (typeof file === 'string' || file === null) return { problem: "'file' is a required property" };
    if (typeof purpose !== 'string') return { problem: "'purpose' is a required property" };
    const data = Buffer.from(await file.arrayBuffer());
    return { purpose, filename: file.name, bytes: data.length, data };
  }

  /** Answers one call of the API; `upload` is `readUpload`'s result for `files.create`. */
  async handle(match: { route: BatchRoute; id?: string; azure: boolean }, url: URL, body: unknown, res: ServerResponse, upload?: Awaited<ReturnType<FakeBatchApi['readUpload']>>): Promise<void> {
    const fault = this.faults.get(match.route)?.shift();
    if (fault?.kind === 'status') {
      send(res, fault.code, fault.body ?? { error: { message: `status ${fault.code}`, type: 'server_error', param: null, code: null } }, fault.headers);
      return;
    }
    if (fault?.kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      if (res.destroyed) return;
    }
    const answer = await this.act(match, url, body, upload);
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'reset') {
      res.socket?.destroy();
      return;
    }
    if ('bytes' in answer) this.deliver(res, answer.bytes);
    else send(res, answer.code, answer.payload);
  }

  private async act(match: { route: BatchRoute; id?: string; azure: boolean }, url: URL, body: unknown, upload?: Awaited<ReturnType<FakeBatchApi['readUpload']>>): Promise<{ code: number; payload: unknown } | { bytes: Buffer }> {
    const id = match.id ?? '';
    const error = (code: number, message: string, param: string | null = null) => ({ code, payload: { error: { message, type: 'invalid_request_error', param, code: null } } });
    const noFile = () => error(404, `No such File object: ${id}`, 'id');
    const noBatch = () => error(404, `No batch found with id '${id}'.`, 'batch_id');
    switch (match.route) {
      case 'files.create': {
        if (!upload || 'problem' in upload) return error(400, upload?.problem ?? 'no upload');
        if (!PURPOSES.has(upload.purpose)) return error(400, `'${upload.purpose}' is not one of ${[...PURPOSES].join(', ')} - 'purpose'`, 'purpose');
        return { code: 200, payload: fileObject(this.store(upload.filename, upload.purpose, upload.data)) };
      }
      case 'files.retrieve': {
        const file = this.files.get(id);
        return file ? { code: 200, payload: fileObject(file) } : noFile();
      }
      case 'files.content': {
        const file = this.files.get(id);
        return file ? { bytes: file.bytes } : noFile();
      }
      case 'files.delete':
        return this.files.delete(id) ? { code: 200, payload: { id, object: 'file', deleted: true } } : noFile();
      case 'batches.create':
        return this.create(body, match.azure);
      case 'batches.retrieve': {
        if (!this.batches.has(id)) return noBatch();
        const wire = this.knobs.advanceOnRetrieve ? await this.advance(id) : this.batch(id);
        return { code: 200, payload: wire };
      }
      case 'batches.cancel': {
        const stored = this.batches.get(id);
        if (!stored) return noBatch();
        if (TERMINAL.has(stored.wire.status)) return error(409, `Cannot cancel a batch with status '${stored.wire.status}'.`);
        if (stored.wire.status !== 'cancelling') this.stamp(stored, 'cancelling');
        return { code: 200, payload: structuredClone(stored.wire) };
      }
      case 'batches.list': {
        // Newest first, as OpenAI lists them; `after` is the last id of the previous page.
        const all = [...this.batches.values()].reverse().map((b) => b.wire);
        const after = url.searchParams.get('after');
        const from = after ? all.findIndex((b) => b.id === after) + 1 : 0;
        if (after && from === 0) return error(400, `No batch found with id '${after}'.`, 'after');
        const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 20) || 20));
        const data = all.slice(from, from + limit);
        return { code: 200, payload: { object: 'list', data: structuredClone(data), first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: from + limit < all.length } };
      }
    }
  }

  private store(filename: string, purpose: string, bytes: Buffer): StoredFile {
    const file: StoredFile = { id: `file-${++this.fileSeq}${hex(4)}`, filename, purpose, bytes, created_at: now() };
    this.files.set(file.id, file);
    return file;
  }

  private async create(body: unknown, azure: boolean): Promise<{ code: number; payload: unknown }> {
    const params = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const bad = (message: string, param: string) => ({ code: 400, payload: { error: { message, type: 'invalid_request_error', param, code: null } } });
    const input = typeof params.input_file_id === 'string' ? this.files.get(params.input_file_id) : undefined;
    if (!input) return bad(`Invalid 'input_file_id': '${String(params.input_file_id)}'. File not found.`, 'input_file_id');
    if (input.purpose !== 'batch') return bad(`The file's purpose must be 'batch', not '${input.purpose}'.`, 'input_file_id');
    // Azure's classic API has been documented with endpoint "/chat/completions" (unverified): both forms there.
    const endpoints = azure ? ['/v1/chat/completions', '/chat/completions'] : ['/v1/chat/completions'];
    if (typeof params.endpoint !== 'string' || !endpoints.includes(params.endpoint)) return bad(`Invalid 'endpoint': ${JSON.stringify(params.endpoint)}; this server batches ${endpoints.join(' or ')}.`, 'endpoint');
    if (params.completion_window !== '24h') return bad(`Invalid 'completion_window': ${JSON.stringify(params.completion_window)}; expected '24h'.`, 'completion_window');
    const metadata = params.metadata ?? null;
    if (metadata !== null && (typeof metadata !== 'object' || Array.isArray(metadata) || Object.keys(metadata).length > 16 || Object.values(metadata).some((v) => typeof v !== 'string' || v.length > 512))) {
      return bad("Invalid 'metadata': at most 16 string values of up to 512 characters.", 'metadata');
    }
    const { lines, invalid } = readInput(input.bytes, params.endpoint, azure);
    const created = now();
    const wire: WireBatch = {
      id: `batch_${++this.batchSeq}${hex(6)}`, object: 'batch', endpoint: params.endpoint, errors: null, input_file_id: input.id, completion_window: '24h',
      status: 'validating', output_file_id: null, error_file_id: null, created_at: created, in_progress_at: null, expires_at: created + 86_400,
      finalizing_at: null, completed_at: null, failed_at: null, expired_at: null, cancelling_at: null, cancelled_at: null,
      request_counts: { total: 0, completed: 0, failed: 0 }, usage: usageOf([]), metadata: metadata as Record<string, string> | null,
      model: lines.length ? modelOf(lines[0].body) : null,
    };
    const script = [...this.knobs.batchScript];
    const unknown = script.find((s) => !STATUSES.has(s));
    if (unknown !== undefined || !script.length) throw new Error(`fake.batchScript: not a batch status: ${String(unknown)}`);
    const stored: StoredBatch = { wire, script, step: 0, lines, invalid };
    this.batches.set(wire.id, stored);
    await this.enter(stored, script[0]);
    return { code: 200, payload: structuredClone(wire) };
  }

  private stamp(stored: StoredBatch, status: BatchStatus): void {
    stored.wire.status = status;
    const at = STAMPS[status];
    if (at) stored.wire[at] = now();
    if (status === 'in_progress') stored.wire.request_counts = { total: stored.lines.length, completed: 0, failed: 0 };
  }

  private async enter(stored: StoredBatch, status: BatchStatus): Promise<void> {
    if (TERMINAL.has(status)) await this.finish(stored, status);
    else this.stamp(stored, status);
  }

  /** Ends the batch: answers its lines (all, the first half, or none) into output and error files. */
  private async finish(stored: StoredBatch, status: BatchStatus): Promise<void> {
    const { wire, lines } = stored;
    if (status === 'failed') {
      const data = stored.invalid.length ? stored.invalid : this.knobs.batchErrors ?? [{ code: 'server_error', line: null, message: 'The batch failed (scripted by the test).', param: null }];
      wire.errors = { object: 'list', data: structuredClone(data) };
      this.stamp(stored, 'failed');
      return;
    }
    // Expired and cancelled batches got through the first half of their lines (rounded up).
    const answered = status === 'completed' ? lines.length : Math.ceil(lines.length / 2);
    const output: string[] = [];
    const errors: string[] = [];
    const usages: Partial<FakeUsage>[] = [];
    for (const [i, line] of lines.entries()) {
      if (i >= answered && status === 'cancelled') break;
      const row = (response: unknown, error: unknown) => JSON.stringify({ id: `batch_req_${hex(12)}`, custom_id: line.custom_id, response, error });
      const answer: BatchAnswer = i < answered ? await this.answer(line) : 'expire';
      if (answer === 'expire') errors.push(row(null, { code: 'batch_expired', message: EXPIRED_MESSAGE }));
      else if ('content' in answer) {
        output.push(row({ status_code: 200, request_id: `req_${hex(12)}`, body: completion(answer.content, answer.usage, modelOf(line.body)) }, null));
        usages.push(answer.usage ?? {});
      } else errors.push(row({ status_code: answer.status, request_id: `req_${hex(12)}`, body: { error: { message: answer.error, type: 'invalid_request_error', param: null, code: null } } }, null));
    }
    // OpenAI does not promise the input order; 'reversed' lets a test show a reader does not rely on it.
    if (this.knobs.batchOutputOrder === 'reversed') {
      output.reverse();
      errors.reverse();
    }
    const name = (kind: string) => `batch_${wire.id.slice('batch_'.length)}_${kind}.jsonl`;
    if (output.length) wire.output_file_id = this.store(name('output'), 'batch_output', Buffer.from(output.map((l) => `${l}\n`).join(''))).id;
    if (errors.length) wire.error_file_id = this.store(name('error'), 'batch_output', Buffer.from(errors.map((l) => `${l}\n`).join(''))).id;
    wire.request_counts = { total: lines.length, completed: output.length, failed: errors.length };
    wire.usage = usageOf(usages);
    if (status !== 'cancelled' && wire.finalizing_at === null) wire.finalizing_at = now();
    this.stamp(stored, status);
  }

  private async answer(line: BatchInputLine): Promise<BatchAnswer> {
    try {
      return await this.knobs.batchAnswer(line);
    } catch (error) {
      return { status: 500, error: `the fake's batchAnswer threw: ${String(error)}` };
    }
  }

  private deliver(res: ServerResponse, bytes: Buffer): void {
    const how = this.knobs.contentDelivery;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length), 'x-request-id': `req_${hex(8)}` });
    const write = (piece: Buffer) => {
      this.contentBytesSent += piece.length;
      res.write(piece);
    };
    if (how.kind === 'whole') {
      this.contentBytesSent += bytes.length;
      res.end(bytes);
    } else if (how.kind === 'stall') {
      res.flushHeaders();
      write(bytes.subarray(0, how.afterBytes));
    } else {
      res.flushHeaders();
      let at = 0;
      const timer = setInterval(() => {
        if (res.destroyed) return;
        write(bytes.subarray(at, at + (how.chunkBytes ?? 1)));
        at += how.chunkBytes ?? 1;
        if (at >= bytes.length) {
          clearInterval(timer);
          res.end();
        }
      }, how.everyMs);
      res.on('close', () => clearInterval(timer));
    }
  }
}

function fileObject(file: StoredFile): unknown {
  return { id: file.id, object: 'file', bytes: file.bytes.length, created_at: file.created_at, filename: file.filename, purpose: file.purpose, status: 'processed', expires_at: null, status_details: null };
}

function usageOf(usages: Partial<FakeUsage>[]): BatchUsage {
  const input = usages.reduce((sum, u) => sum + (u.prompt_tokens ?? 10), 0);
  const output = usages.reduce((sum, u) => sum + (u.completion_tokens ?? 5), 0);
  const cached = usages.reduce((sum, u) => sum + (u.cached_tokens ?? 0), 0);
  return { input_tokens: input, input_tokens_details: { cached_tokens: cached }, output_tokens: output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: input + output };
}

/** The input file's lines, and what OpenAI's validation would refuse in it (1-based line numbers). */
function readInput(bytes: Buffer, endpoint: string, azure: boolean): { lines: BatchInputLine[]; invalid: BatchError[] } {
  const lines: BatchInputLine[] = [];
  const invalid: BatchError[] = [];
  const seen = new Set<string>();
  const sameUrl = (url: string) => (azure ? url.replace(/^\/v1\//, '/') === endpoint.replace(/^\/v1\//, '/') : url === endpoint);
  const problem = (line: number, code: string, message: string, param: string | null = null) => invalid.push({ code, line, message, param });
  for (const [i, text] of bytes.toString('utf8').split('\n').entries()) {
    if (!text.trim()) continue;
    let value: Partial<BatchInputLine>;
    try {
      value = JSON.parse(text) as Partial<BatchInputLine>;
    } catch {
      problem(i + 1, 'invalid_json_line', 'This line is not parseable as valid JSON.');
      continue;
    }
    if (typeof value?.custom_id !== 'string') problem(i + 1, 'missing_required_parameter', "Missing required parameter: 'custom_id'.", 'custom_id');
    else if (seen.has(value.custom_id)) problem(i + 1, 'duplicate_custom_id', 'The custom_id for this request is a duplicate of another request. The custom_id parameter must be unique for each request in a batch.', 'custom_id');
    else if (value.method !== 'POST') problem(i + 1, 'invalid_method', `Invalid 'method': ${JSON.stringify(value.method)}; expected 'POST'.`, 'method');
    else if (typeof value.url !== 'string' || !sameUrl(value.url)) problem(i + 1, 'invalid_url', `The url of this line (${JSON.stringify(value.url)}) does not match the batch's endpoint ${endpoint}.`, 'url');
    else if (typeof value.body !== 'object' || value.body === null) problem(i + 1, 'missing_required_parameter', "Missing required parameter: 'body'.", 'body');
    else if (lines.length && modelOf(value.body) !== modelOf(lines[0].body)) problem(i + 1, 'mismatched_model', 'Every request in a batch must use the same model.', 'body.model');
    else {
      seen.add(value.custom_id);
      lines.push(value as BatchInputLine);
    }
  }
  if (!lines.length && !invalid.length) problem(1, 'empty_file', 'The batch input file is empty.');
  return { lines, invalid };
}
