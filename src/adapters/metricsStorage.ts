/**
 * Daily metrics persisted in the global state (they are the user's spending, across workspaces).
 * Small by construction: at most 30 days plus one roll-up. Saved a few seconds after a change, and
 * merged with what another window may have written since (the store adds only its own increments).
 * Only the Memento's type is used, so this runs (and is tested) without VS Code.
 */
import type * as vscode from 'vscode';
import type { MetricsStore } from '../core/metrics/store';

export const METRICS_STATE_KEY = 'docwright.metrics.daily';
const SAVE_DELAY_MS = 5_000;

export class MetricsStorage implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly store: MetricsStore,
    private readonly memento: Pick<vscode.Memento, 'get' | 'update'>,
    private readonly report: (problem: string) => void,
    private readonly saveDelayMs = SAVE_DELAY_MS,
  ) {
    const { problem } = store.load(memento.get(METRICS_STATE_KEY));
    if (problem) report(`the saved AI usage history could not be read and starts afresh: ${problem}`);
    this.subscription = store.onDidChange(() => this.schedule());
  }

  /** Reads what other windows saved since (their use counts toward the same day and budget). */
  refresh(): void {
    this.store.load(this.memento.get(METRICS_STATE_KEY));
  }

  /** Writes this window's unsaved counts now. */
  async flush(): Promise<void> {
    this.cancel();
    if (!this.store.hasUnsaved()) return;
    try {
      await this.memento.update(METRICS_STATE_KEY, this.store.persist(this.memento.get(METRICS_STATE_KEY)));
    } catch (err) {
      this.report(`the AI usage history could not be saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * Forgets every count, in this window and in the saved history, at once: the empty history is
   * written now, so a later save cannot wipe what another window saves after the reset.
   */
  async reset(): Promise<void> {
    this.store.reset();
    this.cancel();
    try {
      await this.memento.update(METRICS_STATE_KEY, this.store.persist(undefined));
    } catch (err) {
      this.report(`the reset AI usage history could not be saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer || !this.store.hasUnsaved()) return;
    this.timer = setTimeout(() => void this.flush(), this.saveDelayMs);
  }

  dispose(): void {
    this.subscription.dispose();
    void this.flush();
  }
}
