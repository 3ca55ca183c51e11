/**
 * One message per day when today's AI use crosses the warning threshold of a budget, and one when
 * it is used up (saying whether Docwright stops using AI: docwright.budget.hardStop).
 */
import * as vscode from 'vscode';
import { budgetUse } from '../core/metrics/budgetText';
import type { MetricsStore } from '../core/metrics/store';
import type { BudgetLevel } from '../core/metrics/types';

const RANK: Record<BudgetLevel, number> = { ok: 0, warn: 1, over: 2 };

export class BudgetAlerts implements vscode.Disposable {
  /** The highest level already announced, per day. */
  private announced = { date: '', level: 'ok' as BudgetLevel };
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly store: MetricsStore,
    private readonly showCommand: string,
  ) {
    // A window that opens over budget says nothing: the status bar's colour shows it.
    this.announced = { date: store.today().date, level: store.budget().level };
    this.subscription = store.onDidChange(() => this.check());
  }

  private check(): void {
    const budget = this.store.budget();
    const today = this.store.today();
    if (this.announced.date !== today.date) this.announced = { date: today.date, level: 'ok' };
    if (RANK[budget.level] <= RANK[this.announced.level]) {
      // A raised budget or a reset: the next crossing is announced again.
      this.announced.level = budget.level;
      return;
    }
    this.announced.level = budget.level;
    const use = budgetUse(budget, today);
    const then = budget.level === 'warn' ? '' : budget.hardStop
      ? ' Template docstrings are written instead of asking the model until tomorrow.'
      : ' Docwright keeps asking the model because docwright.budget.hardStop is off.';
    const text = `Docwright: today's AI use is at ${use.join(' and ')}.${then}`;
    const show = budget.level === 'over' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(text, 'Show Metrics', 'Budget Settings').then((choice) => {
      if (choice === 'Show Metrics') void vscode.commands.executeCommand(this.showCommand);
      else if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'docwright.budget');
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
