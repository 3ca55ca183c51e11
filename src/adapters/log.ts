/** Logging through one LogOutputChannel, behind free functions so no module holds the channel. */
import * as vscode from 'vscode';
import { OUTPUT_CHANNEL } from '../core/constants';

let channel: vscode.LogOutputChannel | undefined;

export function createLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  return channel;
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
