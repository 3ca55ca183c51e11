/**
 * The workspace's batch jobs as the editor sees them: the saved states (under the AI cache's folder,
 * `<storageUri>/ai-cache/batches/`), refreshed from the provider on demand, and the batch engine to
 * reach the provider with. The engine is built from the client settings and key a run would use
 * now, past the same endpoint consent, and only when they still point where the batch was sent: a
 * state file never chooses where the key goes.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { AiClientConfig } from '../core/ai/client';
import type { BatchEngine } from '../core/ai/batch/engine';
import type { BatchState } from '../core/ai/batch/state';
import { info, warn } from '../adapters/log';
import type { AiSession } from './aiSession';
import { loadAi } from './loadAi';

/** A state file name (`b-YYYYMMDD-<6 hex>.json`), checked before the AI modules are loaded. */
const STATE_FILE = /^b-\d{8}-[0-9a-f]{6}\.json$/;

/** The provider's address as the user reads it: origin and path, nothing else. */
export function whereOf(connection: { provider: string; baseUrl?: string; baseURL?: string; endpoint?: string }): string {
  const url = connection.baseUrl ?? connection.baseURL ?? connection.endpoint;
  if (!url) return connection.provider === 'openai' ? 'api.openai.com' : connection.provider;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}

/** The fields that say where a batch lives (the model and deployment do not: the batch API is per resource). */
function placeOf(connection: { provider: string; baseUrl?: string; endpoint?: string; apiVersion?: string }): string {
  return JSON.stringify([connection.provider, connection.baseUrl ?? '', connection.endpoint ?? '', connection.provider === 'azure' ? connection.apiVersion ?? '' : '']);
}

/** The client settings' place, in the state's field names. */
function placeOfSettings(settings: AiClientConfig): string {
  return placeOf({ provider: settings.provider, baseUrl: settings.baseURL, endpoint: settings.endpoint, apiVersion: settings.apiVersion });
}

/** The saved batches, and which of them run at the provider or have results to apply. */
export interface BatchListing {
  states: readonly BatchState[];
  pending: readonly BatchState[];
  ready: readonly BatchState[];
}

const EMPTY: BatchListing = { states: [], pending: [], ready: [] };

export type EngineAccess = { engine: BatchEngine; secrets: (string | undefined)[] } | { problem: string };

export class BatchJobs implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BatchListing>();
  /** Fires with every listing (after a submit, a refresh, an apply). */
  readonly onDidChange = this.changed.event;
  private last: BatchListing = EMPTY;

  constructor(private readonly session: AiSession) {}

  /** Where the states are kept; undefined without a workspace (no batch jobs then). */
  get root(): string | undefined {
    return this.session.batchRoot();
  }

  /** The last listing read. */
  get current(): BatchListing {
    return this.last;
  }

  /** Every saved batch, read from disk (the AI modules are loaded only when there is one). */
  async list(): Promise<BatchListing> {
    const root = this.root;
    let listing = EMPTY;
    if (root && (await hasStateFiles(root))) {
      const { listStates, isPending, hasResults } = await loadAi();
      const read = await listStates(root);
      for (const problem of read.problems) warn(`batch state ${problem.path}: ${problem.reason}`);
      const states = read.states.map((s) => s.state);
      listing = { states, pending: states.filter(isPending), ready: states.filter(hasResults) };
    }
    this.last = listing;
    this.changed.fire(listing);
    return listing;
  }

  /**
   * Asks the provider about every batch still running, saving what it says. `ask`: false in the
   * background, where no question is opened (the endpoint consent) and AI being off only leaves
   * the states as they are. A batch that stopped before it was submitted (the window closed, the
   * upload failed or was cancelled) is sent on only when the user asks (`ask`), never in the
   * background. Returns the listing and what could not be refreshed.
   */
  async refresh(ask: boolean, signal?: AbortSignal): Promise<{ listing: BatchListing; problems: string[] }> {
    const root = this.root;
    const problems: string[] = [];
    const listing = await this.list();
    const pending = listing.pending.filter((s) => s.engine !== 'file' && (ask || s.phase === 'submitted'));
    if (!root || pending.length === 0) return { listing, problems };
    const modules = await loadAi();
    for (const state of pending) {
      const access = await this.engineFor(state, ask);
      if ('problem' in access) {
        problems.push(access.problem);
        continue;
      }
      try {
        if (state.phase === 'built' || state.phase === 'uploaded') {
          const input = join(root, 'batches', `${state.localId}.input.jsonl`);
          const sent = await modules.sendBatch(state, () => fs.readFile(input), access.engine, root, signal);
          info(`batch ${state.localId}: sent on after an interruption (${sent.phase})`);
        } else {
          const next = await modules.refreshStatus(state, access.engine, root, signal);
          info(`batch ${state.localId}: ${next.remote?.status ?? next.phase}${countsText(next)}`);
        }
      } catch (err) {
        if (err instanceof Error && err.name === 'AbortError') break;
        const message = err instanceof Error ? err.message : String(err);
        warn(`batch ${state.localId}: the status could not be read: ${message}`);
        problems.push(`${state.localId}: ${message}`);
      }
    }
    return { listing: await this.list(), problems };
  }

  /**
   * The engine for `state`'s provider with the key a run would send there now, or why not: AI off,
   * the endpoint not allowed, or the settings pointing somewhere else than where the batch was sent.
   */
  async engineFor(state: BatchState, ask: boolean): Promise<EngineAccess> {
    const ready = await this.session.batchConnection(ask);
    if ('reason' in ready) {
      const why = ready.reason === 'none' ? 'no AI provider is chosen' : ready.reason === 'untrusted' ? 'the workspace is in restricted mode' : ready.message;
      return { problem: `batch ${state.localId} cannot be reached: ${why}` };
    }
    if (placeOf(state) !== placeOfSettings(ready.settings)) {
      return { problem: `batch ${state.localId} was sent to ${state.provider} at ${whereOf(state)}; the AI settings now point to ${ready.settings.provider} at ${whereOf(ready.settings)}. Set docwright.ai back to reach it.` };
    }
    const { createBatchEngine } = await loadAi();
    return { engine: createBatchEngine(ready.settings), secrets: [ready.settings.apiKey] };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function hasStateFiles(root: string): Promise<boolean> {
  try {
    return (await fs.readdir(join(root, 'batches'))).some((name) => STATE_FILE.test(name));
  } catch {
    return false;
  }
}

/** `, 812/1200 done, 3 failed` from the provider's counts, when it gave some. */
export function countsText(state: BatchState): string {
  const counts = state.remote?.requestCounts;
  if (!counts || counts.total === 0) return '';
  return `, ${counts.completed}/${counts.total} done${counts.failed ? `, ${counts.failed} failed` : ''}`;
}
