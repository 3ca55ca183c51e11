/** The metrics event of one HTTP attempt, as the editor and the CLI both record it. */
import type { AttemptRecord } from '../ai/client';
import type { MetricEvent } from './types';

/** `model` is the name prices are looked up by (an Azure deployment runs a model of another name). */
export function attemptEvent(attempt: AttemptRecord, provider: string, model: string, at = Date.now()): MetricEvent {
  return {
    kind: 'attempt',
    at,
    requestId: attempt.requestId,
    provider,
    model,
    attempt: attempt.attempt,
    latencyMs: attempt.latencyMs,
    queuedMs: attempt.queuedMs,
    outcome: attempt.outcome,
    ...(attempt.status !== undefined ? { status: attempt.status } : {}),
    ...(attempt.category ? { category: attempt.category } : {}),
    ...(attempt.usage ? { usage: attempt.usage } : {}),
  };
}
