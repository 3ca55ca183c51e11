/**
 * The status-bar item of the workspace's batch jobs: hidden with none to wait for or apply,
 * `$(cloud-upload) 2 batches` while some run at the provider, `$(check) Batch ready` once one has
 * results. The provider is asked at start-up (when there are saved batches), every 10 minutes while
 * the window has the focus and batches run, and on click (the click opens the batch list).
 */
import * as vscode from 'vscode';
import { warn } from '../adapters/log';
import type { BatchJobs, BatchListing } from './batchJobs';

export const BATCH_STATUS_BAR_ID = 'docwright.batches';
export const BATCH_REFRESH_MS = 10 * 60_000;

/** What the item shows for these batches; undefined: hidden. */
export function batchBarText({ pending, ready }: BatchListing): { text: string; tooltip: string } | undefined {
  if (ready.length > 0) {
    const more = pending.length > 0 ? `; ${pending.length} still running` : '';
    return { text: '$(check) Batch ready', tooltip: `Docwright: ${ready.length === 1 ? `batch ${ready[0].localId} has` : `${ready.length} batches have`} results to apply${more}. Click to apply.` };
  }
  if (pending.length > 0) {
    return { text: `$(cloud-upload) ${pending.length} ${pending.length === 1 ? 'batch' : 'batches'}`, tooltip: `Docwright: ${pending.length === 1 ? `batch ${pending[0].localId} is` : `${pending.length} batches are`} running at the provider (results within 24 hours). Click for their status.` };
  }
  return undefined;
}

export class BatchStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly timer: ReturnType<typeof setInterval>;
  private lastRemote = 0;
  private refreshing: Promise<unknown> | undefined;

  constructor(
    private readonly jobs: BatchJobs,
    clickCommand: string,
  ) {
    this.item = vscode.window.createStatusBarItem(BATCH_STATUS_BAR_ID, vscode.StatusBarAlignment.Right, 99);
    this.item.name = 'Docwright Batch Jobs';
    this.item.command = clickCommand;
    this.subscriptions.push(
      jobs.onDidChange((listing) => this.show(listing)),
      // Back in the window after a while away: the 10 minutes may have passed unseen.
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused && Date.now() - this.lastRemote >= BATCH_REFRESH_MS) this.refreshInBackground();
      }),
    );
    this.timer = setInterval(() => {
      if (vscode.window.state.focused) this.refreshInBackground();
    }, BATCH_REFRESH_MS);
    void this.startUp();
  }

  /** Reads the saved batches; asks the provider when some are still running. */
  private async startUp(): Promise<void> {
    try {
      const listing = await this.jobs.list();
      if (listing.pending.length > 0) this.refreshInBackground();
    } catch (err) {
      warn(`the saved batch jobs could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Asks the provider about the running batches, without any question to the user; one refresh at a time. */
  private refreshInBackground(): void {
    if (this.refreshing || this.jobs.current.pending.length === 0) return;
    this.lastRemote = Date.now();
    this.refreshing = this.jobs
      .refresh(false)
      .then(({ problems }) => problems.forEach((p) => warn(p)))
      .catch((err) => warn(`the batch jobs could not be refreshed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => (this.refreshing = undefined));
  }

  private show(listing: BatchListing): void {
    const shown = batchBarText(listing);
    if (!shown) {
      this.item.hide();
      return;
    }
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.accessibilityInformation = { label: shown.tooltip, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
