/**
 * The one message protocol between the extension and the metrics webview. Both sides import this
 * file (the page is bundled for the browser; nothing here may import Node or `vscode`).
 *
 * Handshake: the page posts `ready` once its script runs; only then does the extension post the
 * first `snapshot`, and a new one whenever the numbers change (throttled).
 */
import type { MetricsSnapshot } from '../core/metrics/types';

export type HostMessage =
  | { type: 'snapshot'; snapshot: MetricsSnapshot }
  /** The result of an export or reset the page asked for, to show beside the buttons. */
  | { type: 'notice'; text: string; level: 'info' | 'error' };

export type ViewMessage =
  | { type: 'ready' }
  | { type: 'export'; format: ExportFormat }
  | { type: 'reset' };

export type ExportFormat = 'json' | 'csv';

const VIEW_TYPES = new Set(['ready', 'export', 'reset']);

/** Messages from the page are untrusted input: only a known shape passes. */
export function isViewMessage(value: unknown): value is ViewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; format?: unknown };
  if (typeof message.type !== 'string' || !VIEW_TYPES.has(message.type)) return false;
  return message.type !== 'export' || message.format === 'json' || message.format === 'csv';
}

export function isHostMessage(value: unknown): value is HostMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; snapshot?: unknown; text?: unknown; level?: unknown };
  if (message.type === 'snapshot') return typeof message.snapshot === 'object' && message.snapshot !== null;
  return message.type === 'notice' && typeof message.text === 'string' && (message.level === 'info' || message.level === 'error');
}
