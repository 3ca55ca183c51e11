/** The words for a budget's state, shared by the hard-stop message, the alerts and the tooltip. */
import { formatTokens, formatUsd } from './format';
import type { BudgetView, DayTotals } from './types';

/** Each budget that is set, with today's use: `90% of the token budget (14.5k of 16.1k tokens)`. */
export function budgetUse(budget: BudgetView, today: DayTotals): string[] {
  const parts: string[] = [];
  if (budget.tokenPercent !== undefined) {
    parts.push(`${Math.floor(budget.tokenPercent)}% of the token budget (${formatTokens(today.promptTokens + today.completionTokens)} of ${formatTokens(budget.dailyTokens)} tokens)`);
  }
  if (budget.costPercent !== undefined) {
    parts.push(`${Math.floor(budget.costPercent)}% of the cost budget (${formatUsd(today.costUsd)} of ${formatUsd(budget.dailyCostUsd)})`);
  }
  return parts;
}

/** The settings that raise the budgets that are set: what to change when one is used up. */
export function budgetSettings(budget: BudgetView): string {
  const names = [
    ...(budget.dailyTokens > 0 ? ['docwright.budget.dailyTokens'] : []),
    ...(budget.dailyCostUsd > 0 ? ['docwright.budget.dailyCostUsd'] : []),
  ];
  return names.join(' or ');
}

/** Why a request was not sent: the hard stop. */
export function budgetStopMessage(budget: BudgetView, today: DayTotals): string {
  return `Today's AI budget is used up: ${budgetUse(budget, today).join(' and ')}. Raise ${budgetSettings(budget)}, turn off docwright.budget.hardStop, or wait until tomorrow.`;
}
