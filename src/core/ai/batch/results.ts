/**
 * What the CLI and the editor share around apply: the batch's status refreshed into its state, the
 * result files downloaded once beside the state (whole or not at all), read back line by line
 * within caps, and the requests grouped per file.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { BatchEngine, Batch } from './engine';
import { lineLimitsFor, splitLines } from './engine';
import { readOutputLine, type LineOutcome } from './jsonl';
import { BATCHES_FOLDER, writeState, type BatchRequestEntry, type BatchState } from './state';
import { remoteOf } from './submit';

/** The provider's statuses a batch no longer moves from. */
const TERMINAL: ReadonlySet<Batch['status']> = new Set(['completed', 'failed', 'expired', 'cancelled']);

/** Still running at the provider (or not yet sent). */
export function isPending(state: BatchState): boolean {
  if (state.engine === 'file') return state.phase === 'built';
  return state.phase === 'built' || state.phase === 'uploaded' || (state.phase === 'submitted' && !TERMINAL.has(state.remote?.status ?? 'validating'));
}

/** Has results to apply: completed, or expired/cancelled with part of them. */
export function hasResults(state: BatchState): boolean {
  if (state.phase === 'applied') return false;
  const status = state.remote?.status;
  return status === 'completed' || status === 'expired' || status === 'cancelled';
}

/** Why requests without a result line have none, when the batch did not complete. */
export function missingReason(state: BatchState): 'expired' | 'cancelled' | undefined {
  const status = state.remote?.status;
  return status === 'expired' || status === 'cancelled' ? status : undefined;
}

/** Asks the provider how the batch is doing and saves the answer in its state. */
export async function refreshStatus(state: BatchState, engine: BatchEngine, stateRoot: string, signal?: AbortSignal): Promise<BatchState> {
  const batchId = state.remote?.batchId;
  if (state.phase !== 'submitted' && state.phase !== 'finished') return state;
  if (!batchId) return state;
  const batch = await engine.retrieve(batchId, signal);
  const next: BatchState = { ...state, remote: { ...state.remote, ...remoteOf(batch) }, phase: TERMINAL.has(batch.status) ? 'finished' : 'submitted' };
  await writeState(stateRoot, next);
  return next;
}

/** Cancels the batch at the provider and saves its new status. */
export async function cancelRemote(state: BatchState, engine: BatchEngine, stateRoot: string, signal?: AbortSignal): Promise<BatchState> {
  const batchId = state.remote?.batchId;
  if (!batchId) throw new Error(`batch ${state.localId} was never submitted (${state.phase}); there is nothing to cancel`);
  const batch = await engine.cancel(batchId, signal);
  const next: BatchState = { ...state, remote: { ...state.remote, ...remoteOf(batch) } };
  await writeState(stateRoot, next);
  return next;
}

/** Where a batch's downloaded result files are kept: beside its state. */
export function resultPaths(stateRoot: string, localId: string): { output: string; errors: string } {
  const folder = join(stateRoot, BATCHES_FOLDER);
  return { output: join(folder, `${localId}.output.jsonl`), errors: join(folder, `${localId}.errors.jsonl`) };
}

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(() => true, () => false);
}

/** Streams a provider file's lines to `path` through a temporary file: a kill leaves no file or the whole file. */
async function download(engine: BatchEngine, fileId: string, path: string, state: BatchState, signal?: AbortSignal): Promise<void> {
  const temp = join(dirname(path), `.docwright-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    for await (const line of engine.lines(fileId, signal, lineLimitsFor(Object.keys(state.requests).length, state.groupSize))) await handle.write(`${line}\n`);
    await handle.sync();
    await handle.close();
    await fs.rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Downloads the output and error files once (a second call reuses them); returns the local paths that exist. */
export async function downloadResults(state: BatchState, engine: BatchEngine, stateRoot: string, signal?: AbortSignal): Promise<string[]> {
  const paths = resultPaths(stateRoot, state.localId);
  const local: string[] = [];
  for (const [fileId, path] of [[state.remote?.outputFileId, paths.output], [state.remote?.errorFileId, paths.errors]] as const) {
    if (!fileId) continue;
    if (!(await exists(path))) await download(engine, fileId, path, state, signal);
    local.push(path);
  }
  return local;
}

/**
 * Every result line of these files, by custom id, read within the batch's caps. Lines that are not
 * results, or not this batch's requests, are counted, not used; the first line for a request counts.
 */
export async function readResults(paths: readonly string[], state: BatchState, secrets: readonly (string | undefined)[]): Promise<{ answers: Map<string, LineOutcome>; ignored: number }> {
  const answers = new Map<string, LineOutcome>();
  let ignored = 0;
  const limits = lineLimitsFor(Object.keys(state.requests).length, state.groupSize);
  for (const path of paths) {
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    for await (const line of splitLines(body, path, limits, { idleMs: 60_000, secrets })) {
      const outcome = readOutputLine(line, secrets);
      if (!outcome || !Object.hasOwn(state.requests, outcome.customId) || answers.has(outcome.customId)) ignored++;
      else answers.set(outcome.customId, outcome);
    }
  }
  return { answers, ignored };
}

/** The batch's requests, per file (files in sorted order). */
export function requestsByFile(state: BatchState): Map<string, { customId: string; entry: BatchRequestEntry }[]> {
  const byFile = new Map<string, { customId: string; entry: BatchRequestEntry }[]>();
  for (const file of Object.keys(state.files).sort()) byFile.set(file, []);
  for (const [customId, entry] of Object.entries(state.requests)) byFile.get(entry.file)?.push({ customId, entry });
  return byFile;
}

/** What applying a file did, for the state's tally. */
export interface FileTally {
  applied: number;
  stale: number;
  failed: number;
  expired: number;
  incomplete: number;
}

/**
 * The state with `file` marked done (`written`, `unchanged` or `skipped`) and its tally added; a
 * file marked before is not counted twice (an apply resumed after an interrupt).
 */
export function withFileApplied(state: BatchState, file: string, outcome: 'written' | 'unchanged' | 'skipped', tally: FileTally): BatchState {
  const apply = state.apply ?? { metricsRecorded: false, files: {}, counts: { applied: 0, stale: 0, failed: 0, expired: 0, incomplete: 0 } };
  if (apply.files[file]) return state;
  const counts = { ...apply.counts };
  for (const key of Object.keys(counts) as (keyof FileTally)[]) counts[key] += tally[key];
  return { ...state, apply: { ...apply, files: { ...apply.files, [file]: outcome }, counts } };
}

/** Every file of the batch has been applied (or skipped). */
export function allFilesApplied(state: BatchState): boolean {
  return Object.keys(state.files).every((file) => state.apply?.files[file] !== undefined);
}

/** A member's identity across batches: its file and symbol id. */
export const memberKey = (file: string, symbolId: string): string => `${file}\u0000${symbolId}`;

/** The symbols on their way in batches not applied yet (failed ones excepted): not to be sent twice. */
export function unappliedMembers(states: readonly BatchState[]): Set<string> {
  const members = new Set<string>();
  for (const state of states) {
    if (state.phase === 'applied' || state.remote?.status === 'failed') continue;
    for (const request of Object.values(state.requests)) for (const m of request.members) members.add(memberKey(request.file, m.symbolId));
  }
  return members;
}
