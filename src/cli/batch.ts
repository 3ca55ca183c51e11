/**
 * `docwright generate --ai --batch` / `--batch-file`, and `docwright batch status|apply|cancel`:
 * repository-sized jobs through the providers' batch engines (or a JSONL file for vllm run-batch).
 * The state of each batch is a file under `<cache>/batches/`, written at every step, so running a
 * command again after an interrupt goes on from there. The key goes only to the provider and URL
 * the command line names, never to one read from a state file (a repository could carry one).
 */
import { createReadStream, promises as fs } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { DescriptionCache } from '../core/ai/cache';
import { OPENAI_BASE_URL, type AiClientConfig } from '../core/ai/client';
import { applyToText, type FileApplyResult } from '../core/ai/batch/apply';
import { createBatchEngine, type BatchEngine } from '../core/ai/batch/engine';
import { allFilesApplied, cancelRemote, downloadResults, hasResults, isPending, memberKey, missingReason, readResults, refreshStatus, requestsByFile, unappliedMembers, withFileApplied } from '../core/ai/batch/results';
import { listStates, newLocalId, writeState, type BatchState } from '../core/ai/batch/state';
import { BATCH_LIMITS, buildBatch, jsonlBytes, sendBatch, splitBatch, type BatchFile } from '../core/ai/batch/submit';
import { costUsd, DEFAULT_PRICES, priceFor, type ModelPrice } from '../core/ai/cost';
import { asModelError } from '../core/ai/errors';
import { writeFileAtomic } from '../core/io/atomicWrite';
import { extractSymbols } from '../core/extract';
import { resolveStyle } from '../core/generate/style';
import { canEncode } from '../core/text/encoding';
import type { AiOptions, BatchCommand, Options } from './args';
import { KEY_VARIABLES } from './ai';
import { newBytes, unifiedDiff } from './edits';
import { readSource, type SourceFile } from './files';
import { out } from './output';
import type { ProjectConfigs } from './projectConfig';
import { projectRoot } from './resultCache';
import { writeAtomically } from './safeFs';

type Env = Record<string, string | undefined>;
type Say = (message: string) => void;

/** Retries after the first attempt of one batch API call. */
const MAX_RETRIES = 3;
const TIMEOUT_MS = 60_000;

/** Where batches live: `--cache-dir`, else `.docwright_cache/ai` at the project root (ignored by git). */
export function stateRootFor(cacheDir: string | undefined, cwd = process.cwd()): string {
  return cacheDir ? resolve(cacheDir) : join(projectRoot(cwd), '.docwright_cache', 'ai');
}

/** The `.gitignore` of `*` that keeps the cache folder out of commits. */
async function ensureCacheFolder(stateRoot: string): Promise<void> {
  await fs.mkdir(stateRoot, { recursive: true });
  const top = join(stateRoot, '..');
  if (top.endsWith('.docwright_cache')) await fs.writeFile(join(top, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
}

const s = (n: number) => (n === 1 ? '' : 's');

function clientConfig(provider: AiOptions['provider'], baseUrl: string | undefined, model: string, env: Env): AiClientConfig {
  return { provider, apiKey: env[KEY_VARIABLES[provider]] || undefined, ...(baseUrl ? { baseURL: baseUrl } : {}), model, timeoutMs: TIMEOUT_MS, deadlineMs: 10 * TIMEOUT_MS, maxRetries: MAX_RETRIES };
}

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * The engine for a saved batch, if the command line names where it lives; else why not. A state
 * file says where its batch was sent, but only the command line decides where the key goes.
 */
function engineFor(state: BatchState, command: BatchCommand, env: Env): BatchEngine | string {
  const sentTo = state.baseUrl ?? OPENAI_BASE_URL;
  const given = command.baseUrl ?? OPENAI_BASE_URL;
  if (state.provider !== command.provider || !sameUrl(sentTo, given)) {
    const flags = `--provider ${state.provider}${state.baseUrl ? ` --base-url ${state.baseUrl}` : ''}`;
    return `batch ${state.localId} was sent to ${state.provider} at ${sentTo}; to reach it, run the command with ${flags} (the key goes only where the command line says)`;
  }
  const config = clientConfig(state.provider, state.baseUrl, state.model, env);
  if (!config.apiKey && state.provider !== 'compatible') return `batch ${state.localId} is at ${state.provider}: set ${KEY_VARIABLES[state.provider]}`;
  return createBatchEngine(config);
}

/** Project-relative path with `/`, or undefined when the file is outside the project. */
function inProject(root: string, path: string): string | undefined {
  const rel = relative(root, resolve(path));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** `generate --ai --batch | --batch-file`: builds the job over `files`, then sends it (or writes it). */
export async function submitBatch(files: SourceFile[], options: Options, env: Env, err: Say, prices: Record<string, ModelPrice> = DEFAULT_PRICES): Promise<number> {
  const ai = options.ai;
  if (!ai) throw new Error('--batch needs --ai');
  const stateRoot = stateRootFor(ai.cacheDir);
  const root = projectRoot(process.cwd());
  await ensureCacheFolder(stateRoot);
  let ok = true;
  // A batch that stopped before it was sent goes first; the symbols of unapplied batches are not sent again.
  const { states, problems } = await listStates(stateRoot);
  for (const problem of problems) err(`docwright: warning: ${problem.reason}`);
  const engine = options.batchSubmit?.file === undefined ? createBatchEngine(clientConfig(ai.provider, ai.baseUrl, ai.model, env)) : undefined;
  for (const { state } of states) {
    if (!engine || state.engine === 'file' || (state.phase !== 'built' && state.phase !== 'uploaded')) continue;
    if (typeof engineFor(state, { action: 'status', ids: [], provider: ai.provider, ...(ai.baseUrl ? { baseUrl: ai.baseUrl } : {}), stats: false, json: false }, env) === 'string') continue;
    err(`docwright: batch ${state.localId} was not sent completely (${state.phase}); sending it now`);
    await sendBatch(state, () => fs.readFile(join(stateRoot, 'batches', `${state.localId}.input.jsonl`)), engine, stateRoot);
  }
  const skip = unappliedMembers(states.map((s) => s.state));
  const batchFiles: BatchFile[] = [];
  for (const file of files) {
    const path = inProject(root, file.path);
    if (!path) {
      err(`${file.path}: outside the project at ${root}; a batch holds files of one project`);
      ok = false;
      continue;
    }
    const { symbols } = await extractSymbols(file.text, file.language);
    batchFiles.push({ path, text: file.text, language: file.language, style: resolveStyle(file.settings.style, file.language, symbols, file.projectStyle), fileOverview: options.fileOverview });
  }
  const cache = new DescriptionCache({ directory: stateRoot, onDiskProblem: (reason) => err(`docwright: warning: cache folder ${stateRoot}: ${reason}`) });
  const localId = newLocalId();
  const config = clientConfig(ai.provider, ai.baseUrl, ai.model, env);
  const built = await buildBatch(batchFiles, {
    localId, createdAt: new Date().toISOString(), engine: options.batchSubmit?.file !== undefined ? 'file' : ai.provider, config, groupSize: ai.groupSize, projectRoot: root, cache,
    skip: (file, symbol) => skip.has(memberKey(file, symbol.id)),
    prices,
    ...(ai.language ? { language: ai.language } : {}),
  });
  for (const skipped of built.skipped) {
    err(`${skipped.file}${skipped.symbol ? `: ${skipped.symbol}` : ''}: not sent: ${skipped.reason}`);
    ok = false;
  }
  if (built.cached) err(`docwright: ${built.cached} symbol${s(built.cached)} answered from the cache already; \`docwright generate --ai --cache-dir ${stateRoot} --write\` writes them with no request`);
  if (built.pending) err(`docwright: ${built.pending} symbol${s(built.pending)} already in batches not applied yet; not sent again`);
  const requests = built.lines.length;
  if (requests === 0) {
    err('docwright: nothing to send: every symbol is documented, cached or already in a batch');
    return ok ? 0 : 1;
  }
  const symbols = Object.values(built.state.requests).reduce((n, r) => n + r.members.length, 0);
  const { estimate } = built.state;
  const standard = priceFor(ai.model, prices);
  const standardCost = standard ? costUsd(standard, estimate.promptTokens, estimate.completionTokens) : undefined;
  const price = estimate.costUsd !== undefined ? `, $${estimate.costUsd.toFixed(4)} at batch prices${standardCost !== undefined ? ` ($${standardCost.toFixed(4)} now)` : ''}` : ` (no batch price known for ${ai.model})`;
  err(`docwright: ${requests} request${s(requests)} for ${symbols} symbol${s(symbols)} in ${Object.keys(built.state.files).length} file${s(Object.keys(built.state.files).length)}: ${estimate.promptTokens} prompt tokens, ~${estimate.completionTokens} completion tokens${price}`);
  const input = jsonlBytes(built.lines);
  if (options.batchSubmit?.file !== undefined) {
    await writeFileAtomic(resolve(options.batchSubmit.file), input);
    await writeState(stateRoot, built.state);
    err(`docwright: wrote ${options.batchSubmit.file}; run it (e.g. vllm run-batch -i ${options.batchSubmit.file} -o results.jsonl --model ${ai.model}), then \`docwright batch apply --results results.jsonl\``);
    out(`${localId}\n`);
    return ok ? 0 : 1;
  }
  const parts = splitBatch(built, newLocalId, BATCH_LIMITS, prices);
  if (parts.length > 1) err(`docwright: the job is over one batch's limits (${BATCH_LIMITS.maxRequests.toLocaleString('en-US')} requests, ${BATCH_LIMITS.maxBytes / 1024 / 1024} MB): sent as ${parts.length} batches`);
  await fs.mkdir(join(stateRoot, 'batches'), { recursive: true });
  for (const part of parts) {
    const id = part.state.localId;
    const bytes = parts.length === 1 ? input : jsonlBytes(part.lines);
    // Kept until the batch is sent: an interrupted upload is retried from it.
    await writeFileAtomic(join(stateRoot, 'batches', `${id}.input.jsonl`), bytes);
    await writeState(stateRoot, part.state);
    let sent: BatchState;
    try {
      sent = await sendBatch(part.state, async () => bytes, engine!, stateRoot);
    } catch (error) {
      const failure = asModelError(error);
      const noBatchApi = failure.status === 404 || failure.status === 405;
      err(`docwright: batch ${id} could not be sent (${failure.category}${failure.status ? ` ${failure.status}` : ''}): ${failure.message}`);
      err(noBatchApi
        ? `docwright: the server at ${ai.baseUrl ?? 'OpenAI'} has no Files and Batches API (vllm serve and Ollama have none); write the requests with --batch-file OUT.jsonl and run them with vllm run-batch instead`
        : `docwright: the batch is saved; \`docwright batch status\` sends it again (${failure.userMessage})`);
      return 1;
    }
    err(`docwright: batch ${id} submitted (${sent.remote?.status ?? 'validating'}); \`docwright batch status\` shows its progress, \`docwright batch apply\` writes the results`);
    out(`${id}\n`);
  }
  return ok ? 0 : 1;
}

/** The saved batches the ids name (prefixes allowed), or all of them. */
async function chosen(stateRoot: string, ids: readonly string[], err: Say): Promise<BatchState[] | undefined> {
  const { states, problems } = await listStates(stateRoot);
  for (const problem of problems) err(`docwright: warning: ${problem.reason}`);
  if (ids.length === 0) return states.map((s) => s.state);
  const picked: BatchState[] = [];
  for (const id of ids) {
    const matches = states.filter((s) => s.state.localId.startsWith(id));
    if (matches.length !== 1) {
      err(`docwright: ${matches.length ? `${id} names ${matches.length} batches: ${matches.map((m) => m.state.localId).join(', ')}` : `no saved batch ${id} in ${stateRoot}`}`);
      return undefined;
    }
    picked.push(matches[0].state);
  }
  return picked;
}

function statusLine(state: BatchState): string {
  const counts = state.remote?.requestCounts;
  const total = Object.keys(state.requests).length;
  // While validating, the provider counts no requests yet.
  const progress = counts && counts.total > 0 ? `${counts.completed}/${counts.total} done${counts.failed ? `, ${counts.failed} failed` : ''}` : `${total} request${s(total)}`;
  const status = state.phase === 'applied' ? 'applied' : state.engine === 'file' ? 'waiting for --results' : (state.remote?.status ?? state.phase);
  const files = Object.keys(state.files).length;
  return `${state.localId}  ${status}  ${progress}  ${files} file${s(files)}  created ${state.createdAt}${errorLines(state)}`;
}

/** The provider's reasons for a failed batch, one indented line each (server text: printed through `visible`). */
function errorLines(state: BatchState): string {
  return (state.remote?.errors ?? []).map((e) => `\n  ${e.code ?? 'error'}${e.line ? ` (line ${e.line})` : ''}: ${e.message ?? ''}`).join('');
}

/** `batch status [ID...]`: every saved batch, refreshed from the provider. */
async function status(command: BatchCommand, env: Env, err: Say): Promise<number> {
  const stateRoot = stateRootFor(command.cacheDir);
  const states = await chosen(stateRoot, command.ids, err);
  if (!states) return 2;
  let ok = true;
  const shown: BatchState[] = [];
  for (let state of states) {
    if (state.engine !== 'file' && state.phase !== 'applied') {
      const engine = engineFor(state, command, env);
      if (typeof engine === 'string') {
        err(`docwright: ${engine}`);
        ok = false;
      } else {
        try {
          if (state.phase === 'built' || state.phase === 'uploaded') state = await sendBatch(state, () => fs.readFile(join(stateRoot, 'batches', `${state.localId}.input.jsonl`)), engine, stateRoot);
          state = await refreshStatus(state, engine, stateRoot);
        } catch (error) {
          err(`docwright: batch ${state.localId}: ${error instanceof Error ? error.message : String(error)}`);
          ok = false;
        }
      }
    }
    shown.push(state);
  }
  if (command.json) out(`${JSON.stringify(shown.map((st) => ({ id: st.localId, engine: st.engine, provider: st.provider, model: st.model, phase: st.phase, status: st.remote?.status ?? null, requestCounts: st.remote?.requestCounts ?? null, requests: Object.keys(st.requests).length, files: Object.keys(st.files), createdAt: st.createdAt, estimate: st.estimate, applied: st.apply?.counts ?? null, errors: st.remote?.errors ?? [] })), null, 1)}\n`);
  else if (shown.length === 0) err(`docwright: no saved batches in ${stateRoot}`);
  else out(shown.map(statusLine).join('\n') + '\n');
  return ok ? 0 : 1;
}

/** `batch cancel ID`. */
async function cancel(command: BatchCommand, env: Env, err: Say): Promise<number> {
  const stateRoot = stateRootFor(command.cacheDir);
  const [state] = (await chosen(stateRoot, command.ids, err)) ?? [];
  if (!state) return 2;
  const engine = engineFor(state, command, env);
  if (typeof engine === 'string') {
    err(`docwright: ${engine}`);
    return 2;
  }
  const next = await cancelRemote(state, engine, stateRoot);
  err(`docwright: batch ${state.localId}: ${next.remote?.status}; what finished before can still be applied once it is cancelled`);
  return 0;
}

/** The local id a results file is for: its first result line's custom id starts with it. */
async function resultsBatchId(path: string): Promise<string | undefined> {
  const lines = createInterface({ input: createReadStream(path, { end: 1024 * 1024 }), crlfDelay: Infinity });
  for await (const line of lines) {
    const id = /"custom_id"\s*:\s*"(b-\d{8}-[0-9a-f]{6})-\d+"/.exec(line)?.[1];
    if (id || line.trim()) {
      lines.close();
      return id;
    }
  }
  return undefined;
}

interface ApplyTotals {
  applied: number;
  stale: number;
  failed: number;
  expired: number;
  incomplete: number;
  already: number;
}

function report(result: FileApplyResult, err: Say): void {
  const where = (r: { file: string; name: string; line?: number }) => `${r.file}${r.line ? `:${r.line}` : ''}: ${r.name}`;
  for (const r of result.stale) err(`${where(r)}: stale: ${r.reason === 'gone' ? 'no longer in the file' : 'changed since it was sent'}; not written (ask again with generate --ai)`);
  for (const r of result.failed) err(`${where(r)}: not written: ${r.reason}`);
  for (const r of result.expired) err(`${where(r)}: not written: the batch ended before its request ran`);
  for (const r of result.incomplete) err(`${where(r)}: warning: the model left names without a description; placeholders kept`);
}

/** `batch apply [ID] [--results FILE]`: writes every answer whose symbol is as it was sent. */
async function apply(command: BatchCommand, options: Options, configs: ProjectConfigs, env: Env, err: Say, prices: Record<string, ModelPrice>): Promise<number> {
  const stateRoot = stateRootFor(command.cacheDir);
  let ids = command.ids;
  if (command.results) {
    const id = await resultsBatchId(command.results).catch(() => undefined);
    if (!id) {
      err(`docwright: ${command.results}: no result line of a Docwright batch (custom_id b-YYYYMMDD-xxxxxx-NNNNNN) in it`);
      return 2;
    }
    ids = [id];
  }
  const states = await chosen(stateRoot, ids, err);
  if (!states) return 2;
  let candidates = states;
  let state: BatchState | undefined;
  if (ids.length === 0) {
    candidates = states.filter((st) => st.phase !== 'applied' && st.engine !== 'file');
    if (candidates.length !== 1) {
      err(candidates.length === 0 ? 'docwright: no batch to apply; `docwright batch status` lists them' : `docwright: several batches could be applied; name one: ${candidates.map((c) => c.localId).join(', ')}`);
      return 2;
    }
  }
  state = candidates[0];
  if (state.phase === 'applied') {
    err(`docwright: batch ${state.localId} was applied already`);
    return 0;
  }
  let paths: string[];
  if (command.results) paths = [resolve(command.results)];
  else {
    if (state.engine === 'file') {
      err(`docwright: batch ${state.localId} was written to a file; apply it with --results RESULTS.jsonl`);
      return 2;
    }
    const engine = engineFor(state, command, env);
    if (typeof engine === 'string') {
      err(`docwright: ${engine}`);
      return 2;
    }
    state = await refreshStatus(state, engine, stateRoot);
    if (state.remote?.status === 'failed') {
      err(`docwright: batch ${state.localId} failed at ${state.provider}; nothing to apply${errorLines(state)}`);
      return 1;
    }
    if (isPending(state) || !hasResults(state)) {
      const counts = state.remote?.requestCounts;
      err(`docwright: batch ${state.localId} is not finished: ${state.remote?.status ?? state.phase}${counts?.total ? `, ${counts.completed} of ${counts.total} done` : ''}; run \`docwright batch apply\` again later`);
      return 1;
    }
    paths = await downloadResults(state, engine, stateRoot);
  }
  const secrets = Object.values(KEY_VARIABLES).map((v) => env[v]);
  const { answers, ignored } = await readResults(paths, state, secrets);
  if (ignored) err(`docwright: warning: ${ignored} line${s(ignored)} of the results are not this batch's answers; ignored`);
  const cache = new DescriptionCache({ directory: stateRoot });
  const totals: ApplyTotals = { applied: 0, stale: 0, failed: 0, expired: 0, incomplete: 0, already: 0 };
  const usage = { prompt: 0, completion: 0 };
  for (const outcome of answers.values()) {
    usage.prompt += outcome.usage?.prompt ?? 0;
    usage.completion += outcome.usage?.completion ?? 0;
  }
  const root = state.projectRoot;
  for (const [file, requests] of requestsByFile(state)) {
    if (state.apply?.files[file]) continue; // done before an interrupt
    const source = await readSource(join(root, file), options, configs, err);
    const tally = { applied: 0, stale: 0, failed: 0, expired: 0, incomplete: 0 };
    if (!source) {
      tally.failed = requests.reduce((n, r) => n + r.entry.members.length, 0);
      totals.failed += tally.failed;
      if (!options.diff) state = await saveFile(stateRoot, state, file, 'skipped', tally);
      continue;
    }
    const result = await applyToText({ file, text: source.text, language: source.language, requests, answers, ...(missingReason(state) ? { missing: missingReason(state) } : {}) }, {
      style: source.settings.style, projectStyle: source.projectStyle, types: source.settings.types, quote: source.settings.quote, encodable: (text) => canEncode(text, source.decoded.encoding),
    });
    report(result, err);
    Object.assign(tally, { applied: result.applied.length, stale: result.stale.length, failed: result.failed.length, expired: result.expired.length, incomplete: result.incomplete.length });
    for (const key of Object.keys(tally) as (keyof typeof tally)[]) totals[key] += tally[key];
    totals.already += result.alreadyDocumented.length;
    if (options.diff) {
      if (result.generation) out(unifiedDiff(file, source.text, result.generation.newText));
      continue;
    }
    if (result.generation) {
      await writeAtomically(source.path, newBytes(source, result.generation), source.hash());
      err(`applied ${file}: ${tally.applied} docstring${s(tally.applied)}${tally.stale || tally.failed ? ` (${tally.stale} stale, ${tally.failed} failed)` : ''}`);
    }
    for (const fill of result.cacheFills) await cache.set(fill.key, fill.answer).catch(() => undefined);
    state = await saveFile(stateRoot, state, file, result.generation ? 'written' : 'unchanged', tally);
  }
  if (!options.diff && allFilesApplied(state)) {
    state = { ...state, phase: 'applied', apply: { ...state.apply!, metricsRecorded: true, ...(command.results ? { resultsFile: resolve(command.results) } : {}) } };
    await writeState(stateRoot, state);
  }
  err(`docwright: batch ${state.localId}: ${totals.applied} applied, ${totals.stale} stale, ${totals.failed} failed, ${totals.expired} expired, ${totals.incomplete} incomplete${totals.already ? `, ${totals.already} documented meanwhile` : ''}${options.diff ? '; nothing was written (--diff)' : ''}`);
  if (command.stats) {
    const price = priceFor(state.model, prices);
    const cost = price ? costUsd(price, usage.prompt, usage.completion, 0, { batch: true }) : undefined;
    err(JSON.stringify({ batch: { id: state.localId, requests: answers.size, promptTokens: usage.prompt, completionTokens: usage.completion, costUsd: cost === undefined ? null : Number(cost.toFixed(6)) }, ...totals }));
  }
  return totals.stale + totals.failed + totals.expired > 0 ? 1 : 0;
}

async function saveFile(stateRoot: string, state: BatchState, file: string, outcome: 'written' | 'unchanged' | 'skipped', tally: Parameters<typeof withFileApplied>[3]): Promise<BatchState> {
  const next = withFileApplied(state, file, outcome, tally);
  await writeState(stateRoot, next);
  return next;
}

/** `docwright batch ACTION`. */
export async function runBatchCommand(options: Options, configs: ProjectConfigs, env: Env, err: Say, prices: Record<string, ModelPrice> = DEFAULT_PRICES): Promise<number> {
  const command = options.batch;
  if (!command) throw new Error('not a batch command');
  if (command.action === 'status') return status(command, env, err);
  if (command.action === 'cancel') return cancel(command, env, err);
  return apply(command, options, configs, env, err, prices);
}
