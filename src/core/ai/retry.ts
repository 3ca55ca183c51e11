// Timing primitives for the retry loop: an injectable clock (so tests never wait for real), the
// backoff formula and the parsers for the servers' wait hints.

/** Time source and cancellable wait; tests pass a virtual one. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, rejects with `signal.reason` as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: abortableSleep,
};

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = longTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The longest delay a timer holds: Node (and browsers) fire a setTimeout above 2^31-1 ms (about
 * 24.8 days) after 1 ms instead, with a TimeoutOverflowWarning.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** A delay every timer can hold: 0 to MAX_TIMER_DELAY_MS (NaN counts as 0). */
export function timerDelay(ms: number): number {
  return Number.isNaN(ms) ? 0 : Math.min(MAX_TIMER_DELAY_MS, Math.max(0, ms));
}

/**
 * Calls `fire` after `ms` (at once for 0 or less), however long: a delay beyond one timer's
 * range re-arms for the rest, so it never fires early. Returns the function that cancels it.
 */
export function longTimeout(fire: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const arm = (left: number): void => {
    const delay = timerDelay(left);
    timer = setTimeout(() => (left > delay ? arm(left - delay) : fire()), delay);
  };
  arm(Number.isNaN(ms) ? 0 : Math.max(0, ms));
  return () => clearTimeout(timer);
}

/** No server hint may make us wait longer than this (a 429 with `Retry-After: 86400` must not hang). */
export const MAX_SERVER_WAIT_MS = 60_000;

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseDelayMs: 500, maxDelayMs: 8_000 };

/**
 * "Full jitter": a uniform random wait in [0, min(max, base * 2^(retry-1))), so many clients
 * that failed together do not retry together. `retry` is 1 for the first retry.
 */
export function backoffDelay(retry: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The server's wait hint in ms, capped at `capMs`: `retry-after-ms` (OpenAI, Azure), else
 * `Retry-After` as seconds or as an HTTP date (relative to `now`). Undefined without a usable hint.
 */
export function parseRetryAfter(headers: HeaderSource | undefined, now: number, capMs = MAX_SERVER_WAIT_MS): number | undefined {
  if (!headers) return undefined;
  const ms = parseNumber(headers.get('retry-after-ms'));
  if (ms !== undefined) return clamp(ms, capMs);
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return undefined;
  const seconds = parseNumber(raw);
  if (seconds !== undefined) return clamp(seconds * 1000, capMs);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : clamp(date - now, capMs);
}

/**
 * `x-ratelimit-reset-*` in ms. OpenAI sends Go durations ("1s", "6m0s", "20ms", "1h2m3.5s");
 * other servers send plain seconds or a date.
 */
export function parseResetDuration(value: string | null | undefined, now: number): number | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const seconds = parseNumber(raw);
  if (seconds !== undefined) return Math.max(0, seconds * 1000);
  const go = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/.exec(raw);
  if (go && go.slice(1).some((part) => part !== undefined)) {
    const [h, m, s, ms] = go.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
    return ((h * 60 + m) * 60 + s) * 1000 + ms;
  }
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseNumber(value: string | null | undefined): number | undefined {
  if (value == null || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

function clamp(ms: number, capMs: number): number {
  return Math.min(Math.max(0, Math.ceil(ms)), capMs);
}
