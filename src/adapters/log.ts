/**
 * Logging through one LogOutputChannel (levels chosen by the user with "Set Log Level"), behind free
 * functions so no module holds the channel. Nothing here is ever given an API key, an Authorization
 * header or the code sent to a model; errors from the model client are redacted before they get here.
 */
import * as vscode from 'vscode';
import { OUTPUT_CHANNEL } from '../core/constants';

let channel: vscode.LogOutputChannel | undefined;

export function createLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  return channel;
}

export function trace(message: string): void {
  channel?.trace(message);
}

export function debug(message: string): void {
  channel?.debug(message);
}

export function info(message: string): void {
  channel?.info(message);
}

export function warn(message: string): void {
  channel?.warn(message);
}

export function error(message: string, cause?: unknown): void {
  channel?.error(cause instanceof Error ? `${message}: ${cause.message}` : message);
}

/** Shows the Docwright output channel. */
export function showLog(): void {
  channel?.show(true);
}
