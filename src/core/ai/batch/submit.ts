/**
 * A batch job, built and sent. Building is pure: the files' texts in, the JSONL requests and the
 * state out, with the same selection, templates, prompts, groups and cache keys as an interactive
 * run, so a batch answer fills the cache entry an interactive answer would. Sending goes phase by
 * phase (built -> uploaded -> submitted), writing the state after each, so an interrupt anywhere
 * resumes where it stopped and never creates a second batch.
 */
import type { DocStyle } from '../../docstring/model';
import { extractSymbols } from '../../extract';
import type { LanguageId, SymbolFact } from '../../extract/types';
import { initDocumentedByClass } from '../../generate/classInit';
import { inFileRun } from '../../generate/generateFile';
import { docstringFor } from '../../generate/plan';
import type { DescriptionCache } from '../cache';
import { requestBody, type AiClientConfig } from '../client';
import { costUsd, priceFor, type ModelPrice } from '../cost';
import { answerIsComplete, cacheKeyFor } from '../describe';
import { buildGroupPrompt, packGroups, type GroupMember } from '../groupPrompt';
import { requestedLanguage } from '../language';
import { buildPrompt, contextFor, PROMPT_VERSION, symbolSource } from '../prompt';
import { answerResponseFormat, groupResponseFormat } from '../schema';
import { expectedCompletionTokens } from '../service';
import type { Batch, BatchEngine } from './engine';
import { requestLine } from './jsonl';
import { connectionOf, customIdOf, sourceHashOf, writeState, type BatchState } from './state';

/** One file of the job, as read now. `path` is relative to the project root, with `/` separators. */
export interface BatchFile {
  path: string;
  text: string;
  language: LanguageId;
  /** The style the file is written in (resolved, not `auto`). */
  style: DocStyle;
  /** Also the file's own doc comment where there is none (`--file-overview`). */
  fileOverview?: boolean;
  /** Parameter defaults in template descriptions (the pipeline's `mentionDefaults`). */
  mentionDefaults?: boolean;
}

export interface BuildOptions {
  localId: string;
  createdAt: string;
  /** How the batch is sent: a provider's batch API, or only a file (`--batch-file`). */
  engine: BatchState['engine'];
  /** The connection (never its key in the state: `connectionOf`). */
  config: AiClientConfig;
  groupSize: number;
  projectRoot: string;
  /** The natural language of the descriptions. */
  language?: string;
  /** Complete answers here are not sent again. */
  cache?: DescriptionCache;
  prices?: Record<string, ModelPrice>;
  maxPromptTokens?: number;
  maxCompletionTokens?: number;
  /** Symbols not to send (already in a batch that is not applied yet). */
  skip?: (file: string, symbol: SymbolFact) => boolean;
}

export interface BuiltBatch {
  state: BatchState;
  /** The JSONL input, one request per line. */
  lines: string[];
  /** Symbols whose complete answer is in the cache already (not sent). */
  cached: number;
  /** Symbols `skip` left out. */
  pending: number;
  /** Symbols that could not be sent, with why (their prompt cannot be built, the file does not parse). */
  skipped: { file: string; symbol?: string; reason: string }[];
  /** Each request's estimate (prompt tokens counted, completion tokens expected), by custom id. */
  requestTokens: Record<string, { prompt: number; completion: number }>;
}

/** OpenAI's limits on one batch's input file (its Batch API reference): requests and bytes. */
export const BATCH_LIMITS = { maxRequests: 50_000, maxBytes: 200 * 1024 * 1024 } as const;

/** The symbols a file run documents, in order, with the template the pipeline would describe. */
async function selected(file: BatchFile): Promise<{ symbols: readonly SymbolFact[]; chosen: { symbol: SymbolFact; template: ReturnType<typeof docstringFor> }[] } | { reason: string }> {
  const extracted = await extractSymbols(file.text, file.language);
  if (extracted.hasErrors) return { reason: 'the file does not parse; fix its syntax first' };
  const chosen = extracted.symbols
    .filter((s) => inFileRun(s, file.fileOverview) && !initDocumentedByClass(extracted.symbols, s))
    .map((symbol) => ({ symbol, template: docstringFor(symbol, file.style, initDocumentedByClass(extracted.symbols, symbol), { mentionDefaults: file.mentionDefaults ?? true }) }));
  return { symbols: extracted.symbols, chosen };
}

/** Builds every request of the job and the state that describes it (phase `built`). */
export async function buildBatch(files: readonly BatchFile[], options: BuildOptions): Promise<BuiltBatch> {
  const budget = { maxPromptTokens: options.maxPromptTokens ?? 4000, model: options.config.model };
  const maxCompletionTokens = options.maxCompletionTokens ?? 600;
  const language = requestedLanguage(options.language);
  const promptOptions = language ? { language } : {};
  const keyDeps = { model: options.config.model, ...(language ? { language } : {}) };
  const state: BatchState = {
    version: 1,
    localId: options.localId,
    createdAt: options.createdAt,
    engine: options.engine,
    ...connectionOf(options.config),
    promptVersion: PROMPT_VERSION,
    groupSize: options.groupSize,
    ...(language ? { language } : {}),
    projectRoot: options.projectRoot,
    phase: 'built',
    estimate: { requests: 0, promptTokens: 0, completionTokens: 0 },
    files: {},
    requests: {},
  };
  const lines: string[] = [];
  const skipped: BuiltBatch['skipped'] = [];
  let cached = 0;
  let pending = 0;
  let seq = 0;
  const requestTokens: BuiltBatch['requestTokens'] = {};
  for (const file of files) {
    const found = await selected(file);
    if ('reason' in found) {
      skipped.push({ file: file.path, reason: found.reason });
      continue;
    }
    const members: (GroupMember & { key: string })[] = [];
    for (const { symbol, template } of found.chosen) {
      if (options.skip?.(file.path, symbol)) {
        pending++;
        continue;
      }
      const context = contextFor(symbol, file.text, found.symbols);
      const key = cacheKeyFor(symbol, template, file.text, context, file.style, keyDeps);
      const hit = await options.cache?.peek(key);
      if (hit && answerIsComplete(template, hit, symbol)) {
        cached++;
        continue;
      }
      try {
        const single = await buildPrompt(symbol, file.text, context, file.style, template, budget, promptOptions);
        members.push({ symbol, template, context, single, key });
      } catch (error) {
        skipped.push({ file: file.path, symbol: symbol.namePath.join('.') || '<module>', reason: error instanceof Error ? error.message : String(error) });
      }
    }
    if (members.length === 0) continue;
    state.files[file.path] = { language: file.language, style: file.style, submittedHash: sourceHashOf(file.text) };
    for (const group of packGroups(members.map((m) => m.single?.promptTokens ?? 0), options.groupSize, budget)) {
      const grouped = group.map((i) => members[i]);
      const prompt = grouped.length === 1 && grouped[0].single
        ? { messages: grouped[0].single.messages, promptTokens: grouped[0].single.promptTokens, format: answerResponseFormat() }
        : await buildGroupPrompt(grouped, file.text, file.style, budget, promptOptions).then((p) => ({ ...p, format: groupResponseFormat(p.ids) }));
      const customId = customIdOf(options.localId, ++seq);
      const body = requestBody(options.config, {
        messages: prompt.messages,
        responseFormat: 'json_schema',
        jsonSchema: prompt.format.json_schema,
        maxOutputTokens: maxCompletionTokens * grouped.length,
        promptTokens: prompt.promptTokens,
      });
      lines.push(requestLine(customId, body, options.config.provider));
      state.requests[customId] = {
        file: file.path,
        members: grouped.map((m, i) => ({
          id: String(i + 1),
          symbolId: m.symbol.id,
          namePath: m.symbol.namePath,
          kind: m.symbol.kind,
          sourceHash: sourceHashOf(symbolSource(m.symbol, file.text)),
          cacheKey: m.key,
        })),
      };
      requestTokens[customId] = { prompt: prompt.promptTokens, completion: grouped.reduce((n, m) => n + expectedCompletionTokens(m.template), 0) };
    }
  }
  return { state: withEstimate(state, requestTokens, options.config.model, options.prices), lines, cached, pending, skipped, requestTokens };
}

/** The state's estimate from its requests' numbers, priced at the model's batch rates. */
function withEstimate(state: BatchState, requestTokens: BuiltBatch['requestTokens'], model: string, prices?: Record<string, ModelPrice>): BatchState {
  const estimate: BatchState['estimate'] = { requests: 0, promptTokens: 0, completionTokens: 0 };
  for (const customId of Object.keys(state.requests)) {
    estimate.requests++;
    estimate.promptTokens += requestTokens[customId]?.prompt ?? 0;
    estimate.completionTokens += requestTokens[customId]?.completion ?? 0;
  }
  const price = priceFor(model, prices);
  const cost = price ? costUsd(price, estimate.promptTokens, estimate.completionTokens, 0, { batch: true }) : undefined;
  return { ...state, estimate: { ...estimate, ...(cost !== undefined ? { costUsd: cost } : {}) } };
}

/**
 * A built job over the provider's limits as several batches, each under them: files kept whole
 * unless one file alone is over, requests renumbered under each part's own id (`newId`). A job
 * within the limits comes back as it is.
 */
export function splitBatch(built: BuiltBatch, newId: () => string, limits: { maxRequests: number; maxBytes: number } = BATCH_LIMITS, prices?: Record<string, ModelPrice>): BuiltBatch[] {
  const sizes = built.lines.map((line) => Buffer.byteLength(line, 'utf8') + 1);
  if (built.lines.length <= limits.maxRequests && sizes.reduce((a, b) => a + b, 0) <= limits.maxBytes) return [built];
  const ids = Object.keys(built.state.requests);
  // Runs of consecutive requests of one file (buildBatch writes a file's requests together).
  const runs: number[][] = [];
  for (const [i, id] of ids.entries()) {
    const last = runs.at(-1);
    if (last && built.state.requests[ids[last[0]]].file === built.state.requests[id].file) last.push(i);
    else runs.push([i]);
  }
  const parts: number[][] = [[]];
  let bytes = 0;
  const fits = (part: number[], extra: number, extraBytes: number) => part.length + extra <= limits.maxRequests && bytes + extraBytes <= limits.maxBytes;
  for (const run of runs) {
    const runBytes = run.reduce((n, i) => n + sizes[i], 0);
    if (!fits(parts.at(-1)!, run.length, runBytes) && parts.at(-1)!.length > 0) {
      parts.push([]);
      bytes = 0;
    }
    for (const i of run) {
      // One file alone over the limits: split inside it.
      if (!fits(parts.at(-1)!, 1, sizes[i]) && parts.at(-1)!.length > 0) {
        parts.push([]);
        bytes = 0;
      }
      parts.at(-1)!.push(i);
      bytes += sizes[i];
    }
  }
  return parts.map((indexes) => {
    const localId = newId();
    const state: BatchState = { ...built.state, localId, files: {}, requests: {} };
    const lines: string[] = [];
    const requestTokens: BuiltBatch['requestTokens'] = {};
    for (const [n, i] of indexes.entries()) {
      const oldId = ids[i];
      const customId = customIdOf(localId, n + 1);
      const request = built.state.requests[oldId];
      state.requests[customId] = request;
      state.files[request.file] = built.state.files[request.file];
      requestTokens[customId] = built.requestTokens[oldId];
      lines.push(JSON.stringify({ ...(JSON.parse(built.lines[i]) as object), custom_id: customId }));
    }
    return { ...built, state: withEstimate(state, requestTokens, built.state.model, prices), lines, requestTokens };
  });
}

/** The JSONL bytes of a built batch (a newline after every line). */
export function jsonlBytes(lines: readonly string[]): Uint8Array {
  return Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
}

/**
 * Moves a built batch on to `submitted`: uploads its input (phase `uploaded`), then creates the
 * batch (phase `submitted`), writing the state after each step. Started again on a state that
 * stopped midway, it goes on from there: an upload is not repeated, and a create whose answer
 * was lost is found by its tag instead of being made twice.
 */
export async function sendBatch(state: BatchState, input: () => Promise<Uint8Array>, engine: BatchEngine, stateRoot: string, signal?: AbortSignal): Promise<BatchState> {
  let current = state;
  const save = async (next: BatchState) => {
    await writeState(stateRoot, next);
    current = next;
  };
  if (current.phase === 'built') {
    const { fileId } = await engine.upload(await input(), signal);
    await save({ ...current, phase: 'uploaded', remote: { ...current.remote, inputFileId: fileId } });
  }
  if (current.phase === 'uploaded') {
    const inputFileId = current.remote?.inputFileId;
    if (!inputFileId) throw new Error(`batch ${current.localId}: uploaded, but the state has no input file id`);
    const batch = (await engine.find(current.localId, signal)) ?? (await engine.create(inputFileId, current.localId, signal));
    await save({ ...current, phase: 'submitted', remote: { ...current.remote, ...remoteOf(batch) } });
  }
  return current;
}

/** The parts of a provider's batch a state keeps. Unset fields come as null from the API. */
export function remoteOf(batch: Batch): NonNullable<BatchState['remote']> {
  const counts = batch.request_counts;
  return {
    batchId: batch.id,
    status: batch.status,
    ...(batch.input_file_id ? { inputFileId: batch.input_file_id } : {}),
    ...(batch.output_file_id ? { outputFileId: batch.output_file_id } : {}),
    ...(batch.error_file_id ? { errorFileId: batch.error_file_id } : {}),
    ...(counts ? { requestCounts: { total: counts.total, completed: counts.completed, failed: counts.failed } } : {}),
    ...(typeof batch.expires_at === 'number' ? { expiresAt: batch.expires_at } : {}),
    checkedAt: new Date().toISOString(),
    ...(batch.errors?.data?.length ? { errors: batch.errors.data.map((e) => ({ ...(e.code ? { code: e.code } : {}), ...(e.message ? { message: e.message } : {}), line: e.line ?? null })) } : {}),
  };
}
