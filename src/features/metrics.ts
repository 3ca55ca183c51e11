/**
 * The window's metrics: one store fed by the AI runs and the editor work, its saved daily history,
 * the status-bar readout, budget alerts and the commands of the metrics view. Prices and budgets
 * follow the settings as they change.
 */
import * as vscode from 'vscode';
import { DEFAULT_PRICES } from '../core/ai/cost';
import type { DocwrightConfig } from '../core/config/settings';
import { MetricsStore } from '../core/metrics/store';
import type { ExportFormat } from '../shared/metricsProtocol';
import { currentConfig, watchConfiguration } from '../adapters/configuration';
import { error, warn } from '../adapters/log';
import { MetricsStorage } from '../adapters/metricsStorage';
import { BudgetAlerts } from './budgetAlerts';
import { MetricsPanel, exportMetrics, resetMetrics, type MetricsSource } from './metricsPanel';
import { UsageStatusBar } from './statusBar';

export const METRICS_COMMANDS = {
  show: 'docwright.showMetrics',
  export: 'docwright.exportMetrics',
  reset: 'docwright.resetMetrics',
} as const;

function applySettings(store: MetricsStore, config: DocwrightConfig): void {
  store.setPrices({ ...DEFAULT_PRICES, ...config.aiPrices });
  store.setBudget({
    dailyTokens: config.budgetDailyTokens,
    dailyCostUsd: config.budgetDailyCostUsd,
    warnAtPercent: config.budgetWarnAtPercent,
    hardStop: config.budgetHardStop,
  });
}

export interface WindowMetrics {
  store: MetricsStore;
  /** Reads what other windows saved (before a run, so a budget counts every window). */
  refresh(): void;
  /** Saves what is not saved yet (at deactivation). */
  flush(): Promise<void>;
  disposables: vscode.Disposable[];
}

export function setUpMetrics(context: vscode.ExtensionContext): WindowMetrics {
  const store = new MetricsStore();
  applySettings(store, currentConfig());
  const storage = new MetricsStorage(store, context.globalState, warn);
  const source: MetricsSource = {
    snapshot: () => store.snapshot(),
    onDidChange: (listener) => store.onDidChange(listener),
    reset: () => void storage.reset(),
  };
  const commands = [
    vscode.commands.registerCommand(METRICS_COMMANDS.show, () => {
      MetricsPanel.show(context.extensionUri, source);
    }),
    vscode.commands.registerCommand(METRICS_COMMANDS.export, async (format?: unknown, target?: unknown) => {
      const chosen = format === 'json' || format === 'csv' ? format : await pickFormat();
      if (!chosen) return undefined;
      try {
        return await exportMetrics(source, chosen, target instanceof vscode.Uri ? target : undefined);
      } catch (err) {
        error('exporting the metrics failed', err);
        void vscode.window.showErrorMessage(`Docwright: the metrics could not be exported: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand(METRICS_COMMANDS.reset, () => resetMetrics(source)),
  ];
  return {
    store,
    refresh: () => storage.refresh(),
    flush: () => storage.flush(),
    disposables: [
      storage,
      { dispose: () => MetricsPanel.current()?.dispose() },
      // Coming back to this window: show what the others spent meanwhile.
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) storage.refresh();
      }),
      new UsageStatusBar(store, METRICS_COMMANDS.show),
      new BudgetAlerts(store, METRICS_COMMANDS.show),
      watchConfiguration((config) => applySettings(store, config)),
      ...commands,
    ],
  };
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'every number of the metrics view', format: 'json' as const },
      { label: 'CSV', description: 'one row per day, for a spreadsheet', format: 'csv' as const },
    ],
    { title: 'Docwright: Export Metrics' },
  );
  return picked?.format;
}
