/**
 * What an AI run did, counted from its events: the editor's after-run message and log line, and
 * the CLI's stats, say the same thing.
 */
import type { SymbolFact } from '../extract/types';
import type { AiRunEvent } from './service';

export interface AiRunCounts {
  /** Docstrings whose descriptions the model wrote in this run. */
  described: number;
  /** Docstrings answered from the cache. */
  cached: number;
  /** Symbols that got their template because the model could not describe them (error categories). */
  fallbacks: string[];
  /** Described symbols that kept a placeholder: the symbol, its name, and what was left undescribed. */
  incomplete: { symbol: string; left: string[]; fact: SymbolFact }[];
}

export function aiRunCounts(events: readonly AiRunEvent[]): AiRunCounts {
  // A described symbol whose docstring could not be placed comes again as a fallback: counted once, as the fallback.
  const fellBack = new Set(events.filter((e) => e.kind === 'fallback').map((e) => e.symbol));
  const kept = events.filter((e) => e.kind !== 'fallback' && !fellBack.has(e.symbol));
  return {
    described: kept.filter((e) => e.kind === 'described').length,
    cached: kept.filter((e) => e.kind === 'cached').length,
    fallbacks: events.filter((e) => e.kind === 'fallback').map((e) => e.error?.category ?? 'invalid_response'),
    incomplete: kept.filter((e) => e.incomplete?.length).map((e) => ({ symbol: e.symbol.namePath.join('.') || '<module>', left: e.incomplete!, fact: e.symbol })),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "5 by gpt-4o-mini, 2 from the cache, 1 template": where the run's docstrings came from. */
export function aiRunBreakdown(counts: AiRunCounts, model: string): string {
  const parts: string[] = [];
  if (counts.described) parts.push(`${counts.described} by ${model}`);
  if (counts.cached) parts.push(`${counts.cached} from the cache`);
  if (counts.fallbacks.length) parts.push(plural(counts.fallbacks.length, 'template', 'templates'));
  return parts.join(', ');
}

/** The symbols that kept placeholders, for one message: "add (param b), sub (returns)"; at most `max` named. */
export function incompleteText(counts: AiRunCounts, max = 5): string {
  const named = counts.incomplete.slice(0, max).map((i) => `${i.symbol} (${i.left.join(', ')})`);
  const more = counts.incomplete.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
