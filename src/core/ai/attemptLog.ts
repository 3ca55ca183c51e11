/**
 * One log line per HTTP attempt: the correlation id first (so every attempt of a request greps
 * together), then provider, model, attempt, outcome, tokens and latency. Built from the attempt
 * record only, which never holds the key, headers or the prompt.
 */
import type { AttemptRecord } from './client';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const count = (n: number) => n.toLocaleString('en-US');

export function attemptLogLine(record: AttemptRecord, provider: string, model: string): { level: LogLevel; text: string } {
  const head = `[${record.requestId}] ${provider} ${model} attempt ${record.attempt}`;
  const status = record.status !== undefined ? ` (HTTP ${record.status})` : '';
  const queued = record.queuedMs >= 1 ? `, waited ${count(Math.round(record.queuedMs))} ms for the rate limit` : '';
  const server = record.serverRequestId ? `, server id ${record.serverRequestId}` : '';
  const latency = `in ${count(Math.round(record.latencyMs))} ms`;
  if (record.outcome === 'ok') {
    const usage = record.usage;
    const tokens = usage ? `; ${count(usage.prompt)} prompt + ${count(usage.completion)} completion tokens${usage.cached ? ` (${count(usage.cached)} cached)` : ''}` : '';
    return { level: 'info', text: `${head}: ok${status} ${latency}${queued}${tokens}${server}` };
  }
  const category = record.category ?? 'error';
  if (category === 'cancelled') return { level: 'debug', text: `${head}: cancelled ${latency}` };
  const wait = record.retryAfterMs !== undefined ? `; the server asked to wait ${count(Math.round(record.retryAfterMs))} ms` : '';
  if (record.outcome === 'retry') return { level: 'warn', text: `${head}: ${category}${status} ${latency}${queued}${wait}; retrying${server}` };
  return { level: 'error', text: `${head}: ${category}${status} ${latency}${queued}; giving up${server}` };
}
