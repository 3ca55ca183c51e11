/**
 * The CLI's standard output and error. When the reader goes away (`docwright check | head`), a
 * write fails with EPIPE; that is the reader's choice, not an error to print a stack trace for.
 */
let closed = false;
const listeners: (() => void)[] = [];

function onStreamError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  if (closed) return;
  closed = true;
  for (const listener of listeners) listener();
}

let watching = false;
function watch(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
}

/** `listener` runs once when stdout or stderr is closed by its reader. */
export function onClosedOutput(listener: () => void): void {
  watch();
  listeners.push(listener);
}

/** Whether the reader of stdout or stderr has gone away. */
export function closedOutput(): boolean {
  return closed;
}

/** Writes to stdout unless its reader has gone away. */
export function out(data: string | Uint8Array): void {
  watch();
  if (!closed) process.stdout.write(data);
}
