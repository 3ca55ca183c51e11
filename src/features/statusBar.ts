/**
 * The status-bar readout of today's AI use: `$(book) 12.4k · $0.03`, a spinner while requests run,
 * the warning or error colour near or over a budget, the breakdown in the tooltip; a click opens
 * the metrics view. Shown when AI is on (a provider chosen, the workspace trusted), or when anything
 * was spent today.
 */
import * as vscode from 'vscode';
import { formatMs, formatPercent, formatTokens, formatUsd } from '../core/metrics/format';
import type { MetricsStore } from '../core/metrics/store';
import type { MetricsSnapshot } from '../core/metrics/types';
import { currentConfig } from '../adapters/configuration';

export const STATUS_BAR_ID = 'docwright.usage';
const UPDATE_DELAY_MS = 150;

export class UsageStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private midnight: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: MetricsStore,
    showCommand: string,
  ) {
    this.item = vscode.window.createStatusBarItem(STATUS_BAR_ID, vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Docwright AI Usage';
    this.item.command = showCommand;
    const listener = store.onDidChange(() => this.schedule());
    this.subscriptions.push(
      { dispose: () => listener.dispose() },
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('docwright')) this.schedule();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
    this.update();
    this.atMidnight();
  }

  /** A new day starts at 0 tokens (and under budget), events or not. */
  private atMidnight(): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    this.midnight = setTimeout(() => {
      this.update();
      this.atMidnight();
    }, next.getTime() - now.getTime());
  }

  /** Updates at most every 150 ms: a file run records many events in a burst. */
  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, UPDATE_DELAY_MS);
  }

  update(): void {
    const snapshot = this.store.snapshot();
    const today = snapshot.today;
    const tokens = today.promptTokens + today.completionTokens;
    const aiOn = currentConfig().aiProvider !== 'none' && vscode.workspace.isTrusted;
    if (!aiOn && tokens === 0 && snapshot.inFlight === 0) {
      this.item.hide();
      return;
    }
    const icon = snapshot.inFlight > 0 ? '$(sync~spin)' : '$(book)';
    this.item.text = `${icon} ${formatTokens(tokens)} · ${formatUsd(today.costUsd)}`;
    this.item.backgroundColor =
      snapshot.budget.level === 'over' ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : snapshot.budget.level === 'warn' ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.accessibilityInformation = { label: `Docwright AI use today: ${tokens.toLocaleString('en-US')} tokens, ${formatUsd(today.costUsd)}`, role: 'button' };
    this.item.tooltip = tooltip(snapshot);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.midnight) clearTimeout(this.midnight);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

const n = (value: number) => value.toLocaleString('en-US');

function tooltip(snapshot: MetricsSnapshot): vscode.MarkdownString {
  const { today, session, budget } = snapshot;
  const lookups = today.cacheHits + today.cacheMisses;
  const errors = Object.values(today.errors).reduce((sum, count) => sum + (count ?? 0), 0);
  const latency = snapshot.latency.today;
  const rows = [
    ['Tokens', `${n(today.promptTokens + today.completionTokens)} (${n(today.promptTokens)} prompt · ${n(today.completionTokens)} completion · ${n(today.cachedTokens)} cached)`],
    ['Cost', `${formatUsd(today.costUsd)}${today.unpricedTokens ? ` (+${n(today.unpricedTokens)} tokens without a known price)` : ''}`],
    ['Requests', `${n(today.requests)} (${n(today.retries)} retries, ${n(errors)} errors)${snapshot.inFlight ? ` · ${snapshot.inFlight} running` : ''}`],
    ['Cache', lookups ? `${formatPercent(today.cacheHits / lookups)} hits (${n(today.cacheHits)} of ${n(lookups)})` : 'no lookups'],
    ['Latency', latency.count ? `p50 ${formatMs(latency.p50)} · p95 ${formatMs(latency.p95)}` : '—'],
  ];
  if (budget.tokenPercent !== undefined) rows.push(['Token budget', `${formatPercent(budget.tokenPercent / 100)} of ${formatTokens(budget.dailyTokens)}`]);
  if (budget.costPercent !== undefined) rows.push(['Cost budget', `${formatPercent(budget.costPercent / 100)} of ${formatUsd(budget.dailyCostUsd)}`]);
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Docwright AI today**${snapshot.model ? ` · ${escape(snapshot.model)}` : ''}\n\n| | |\n|---|---|\n`);
  for (const [label, value] of rows) md.appendMarkdown(`| ${label} | ${escape(value)} |\n`);
  md.appendMarkdown(`\nThis session: ${n(session.promptTokens + session.completionTokens)} tokens, ${formatUsd(session.costUsd)}\n\nClick for the metrics view.`);
  return md;
}

/** Model names and numbers only, but a table cell must not break on `|`. */
function escape(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);
}
