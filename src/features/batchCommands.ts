/**
 * The batch-job commands: "Show Batch Jobs" (the status-bar click: refreshed from the provider,
 * then a list with Apply / Cancel / Show Details per batch), "Apply Finished Batch" and "Cancel
 * Batch Job". Each returns what it did, for tests and other callers.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/constants';
import type { BatchState } from '../core/ai/batch/state';
import { untrustedText } from '../core/text/untrusted';
import { info, showLog } from '../adapters/log';
import type { AiSession } from './aiSession';
import { applyBatchJob, type BatchApplyOptions, type BatchApplySummary } from './batchApply';
import { countsText, whereOf, type BatchJobs, type BatchListing } from './batchJobs';
import { loadAi } from './loadAi';
import { command } from './aiCommands';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function symbolsOf(state: BatchState): number {
  return Object.values(state.requests).reduce((sum, r) => sum + r.members.length, 0);
}

/** `in_progress, 3/10 done` / `applied` / `built (not sent yet)`. */
function statusOf(state: BatchState): string {
  if (state.phase === 'applied') return 'applied';
  if (state.phase === 'built' || state.phase === 'uploaded') return `${state.phase} (not submitted yet)`;
  return `${state.remote?.status ?? state.phase}${countsText(state)}`;
}

function ageOf(iso: string): string {
  const ms = Date.now() - Date.parse(iso);
  if (!Number.isFinite(ms) || ms < 0) return iso;
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min ago` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} h ago` : `${Math.round(minutes / 1440)} days ago`;
}

/** Everything known about a batch, for the log ("Show Details"). */
function detailsOf(state: BatchState): string[] {
  const remote = state.remote;
  const lines = [
    `batch ${state.localId}: ${statusOf(state)}`,
    `  sent to ${state.provider} at ${whereOf(state)}, model ${state.model}, ${plural(state.estimate.requests, 'request')} for ${plural(symbolsOf(state), 'symbol')} in ${plural(Object.keys(state.files).length, 'file')} (groups of up to ${state.groupSize})`,
    `  created ${state.createdAt}${remote?.checkedAt ? `, status read ${remote.checkedAt}` : ''}${remote?.expiresAt ? `, expires ${new Date(remote.expiresAt * 1000).toISOString()}` : ''}`,
    `  estimate: ${state.estimate.promptTokens} prompt + ~${state.estimate.completionTokens} completion tokens${state.estimate.costUsd === undefined ? '' : `, $${state.estimate.costUsd.toFixed(4)} at batch prices`}`,
    `  project ${state.projectRoot}: ${Object.keys(state.files).sort().join(', ')}`,
  ];
  if (remote?.batchId) lines.push(`  provider batch ${untrustedText(remote.batchId, { maxLength: 100 })}`);
  for (const e of remote?.errors ?? []) lines.push(`  error ${untrustedText(`${e.code ?? ''}${e.line ? ` (line ${e.line})` : ''}: ${e.message ?? ''}`, { maxLength: 300 })}`);
  const apply = state.apply;
  if (apply) lines.push(`  applied so far: ${Object.keys(apply.files).length} of ${Object.keys(state.files).length} files; ${apply.counts.applied} docstrings, ${apply.counts.stale} stale, ${apply.counts.failed} failed, ${apply.counts.expired} not answered`);
  return lines;
}

/** Refreshes from the provider (asking the consent question if needed), with a progress note in the status bar. */
async function refreshed(jobs: BatchJobs): Promise<BatchListing> {
  const { listing, problems } = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Docwright: reading the batch jobs' }, () => jobs.refresh(true));
  if (problems.length > 0) void vscode.window.showWarningMessage(`Docwright: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more; see the log)` : ''}`);
  return listing;
}

type Action = 'apply' | 'cancel' | 'details';

/** The batch list, then what to do with the one picked. */
async function pickAndAct(listing: BatchListing, jobs: BatchJobs, session: AiSession): Promise<void> {
  if (listing.states.length === 0) {
    void vscode.window.showInformationMessage('Docwright: there are no batch jobs. "Generate Docstrings in Folder" with AI on offers to send one.');
    return;
  }
  const ready = new Set(listing.ready);
  const pending = new Set(listing.pending);
  const newestFirst = [...listing.states].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const picked = await vscode.window.showQuickPick(
    newestFirst.map((state) => ({
      label: `${ready.has(state) ? '$(check)' : pending.has(state) ? '$(cloud-upload)' : '$(circle-slash)'} ${state.localId}`,
      description: statusOf(state),
      detail: `${plural(symbolsOf(state), 'symbol')} in ${plural(Object.keys(state.files).length, 'file')}: ${Object.keys(state.files).sort().slice(0, 3).join(', ')}${Object.keys(state.files).length > 3 ? ', ...' : ''} · sent ${ageOf(state.createdAt)}`,
      state,
    })),
    { title: 'Docwright: batch jobs', placeHolder: 'Choose a batch to apply, cancel or see in detail' },
  );
  if (!picked) return;
  const { state } = picked;
  const actions: (vscode.QuickPickItem & { action: Action })[] = [
    ...(ready.has(state) ? [{ label: 'Apply', description: 'write its docstrings into the files', action: 'apply' as const }] : []),
    ...(pending.has(state) && state.remote?.batchId ? [{ label: 'Cancel', description: 'stop it at the provider; what is done can still be applied', action: 'cancel' as const }] : []),
    { label: 'Show Details', description: 'in the Docwright log', action: 'details' },
  ];
  const chosen = await vscode.window.showQuickPick(actions, { title: `Docwright: batch ${state.localId}`, placeHolder: statusOf(state) });
  if (chosen?.action === 'apply') await applyBatchJob(state, jobs, session);
  else if (chosen?.action === 'cancel') await cancelBatch(state, jobs);
  else if (chosen?.action === 'details') {
    for (const line of detailsOf(state)) info(line);
    showLog();
  }
}

async function cancelBatch(state: BatchState, jobs: BatchJobs): Promise<BatchState | undefined> {
  const root = jobs.root;
  const access = await jobs.engineFor(state, true);
  if (!root || 'problem' in access) {
    void vscode.window.showErrorMessage(`Docwright: ${'problem' in access ? access.problem : 'a batch job needs a workspace'}`);
    return undefined;
  }
  const { cancelRemote } = await loadAi();
  const next = await cancelRemote(state, access.engine, root);
  await jobs.list();
  info(`batch ${state.localId}: cancel asked; now ${next.remote?.status ?? next.phase}`);
  void vscode.window.showInformationMessage(`Docwright: batch ${state.localId} is ${next.remote?.status ?? 'cancelling'}. The requests it finished can still be applied once it is cancelled.`);
  return next;
}

/** The batch named by `given` (a local id), else the only one in `among`, else the user's pick. */
async function chosen(given: unknown, listing: BatchListing, among: readonly BatchState[], what: string): Promise<BatchState | undefined> {
  if (typeof given === 'string') {
    const named = listing.states.filter((s) => s.localId.startsWith(given));
    if (named.length === 1) return named[0];
    void vscode.window.showErrorMessage(`Docwright: ${named.length === 0 ? `there is no batch ${given}` : `${given} names several batches: ${named.map((s) => s.localId).join(', ')}`}.`);
    return undefined;
  }
  if (among.length <= 1) return among[0];
  const picked = await vscode.window.showQuickPick(among.map((state) => ({ label: state.localId, description: statusOf(state), state })), { title: `Docwright: ${what}` });
  return picked?.state;
}

export function registerBatchCommands(session: AiSession, jobs: BatchJobs): vscode.Disposable[] {
  return [
    command(COMMANDS.batchStatus, async (): Promise<BatchListing> => {
      const listing = await refreshed(jobs);
      await pickAndAct(listing, jobs, session);
      return listing;
    }),
    command(COMMANDS.applyBatch, async (given?: unknown, options?: unknown): Promise<BatchApplySummary | undefined> => {
      let listing = await jobs.list();
      // The status bar may be behind: ask the provider before saying nothing is finished.
      if (listing.ready.length === 0 && listing.pending.length > 0) listing = await refreshed(jobs);
      const state = await chosen(given, listing, listing.ready, 'which finished batch to apply?');
      if (state) return applyBatchJob(state, jobs, session, (options ?? {}) as BatchApplyOptions);
      if (typeof given !== 'string' && listing.ready.length === 0) {
        const running = listing.pending.length > 0 ? ` ${plural(listing.pending.length, 'batch')} still running: ${listing.pending.map((s) => `${s.localId} (${statusOf(s)})`).join(', ')}.` : '';
        void vscode.window.showInformationMessage(`Docwright: no finished batch to apply.${running}`);
      }
      return undefined;
    }),
    command(COMMANDS.cancelBatch, async (given?: unknown): Promise<BatchState | undefined> => {
      const listing = await jobs.list();
      const cancellable = listing.pending.filter((s) => s.remote?.batchId);
      const state = await chosen(given, listing, cancellable, 'which batch to cancel?');
      if (state) return cancelBatch(state, jobs);
      if (typeof given !== 'string') void vscode.window.showInformationMessage('Docwright: no running batch to cancel.');
      return undefined;
    }),
  ];
}
