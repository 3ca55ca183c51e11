/**
 * Daily metrics persisted in the global state (they are the user's spending, across workspaces).
 * Small by construction: at most 30 days plus one roll-up. Saved a few seconds after a change, and
 * merged with what another window may have written since (the store adds only its own increments).
 */
import type * as vscode from 'vscode';
import type { MetricsStore } from '../core/metrics/store';
import { warn } from './log';

const KEY = 'docwright.metrics.daily';
const SAVE_DELAY_MS = 5_000;

export class MetricsStorage implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly store: MetricsStore,
    private readonly memento: vscode.Memento,
  ) {
    const { problem } = store.load(memento.get(KEY));
    if (problem) warn(`the saved AI usage history could not be read and starts afresh: ${problem}`);
    this.subscription = store.onDidChange(() => this.schedule());
  }

  /** Writes this window's unsaved counts now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.store.hasUnsaved()) return;
    try {
      await this.memento.update(KEY, this.store.persist(this.memento.get(KEY)));
    } catch (err) {
      warn(`the AI usage history could not be saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Forgets every count, in this window and in the saved history. */
  async reset(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.store.reset();
    await this.memento.update(KEY, undefined);
  }

  private schedule(): void {
    if (this.timer || !this.store.hasUnsaved()) return;
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  dispose(): void {
    this.subscription.dispose();
    void this.flush();
  }
}
