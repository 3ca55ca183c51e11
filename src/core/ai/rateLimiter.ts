// Client-side pacing, shared by every request of one model client: requests/min and tokens/min
// (a request costs promptTokens + maxOutputTokens), the server's own remaining-budget headers, a
// whole-limiter pause after a 429, and a concurrency limit. Pacing has no burst: requests are
// spread evenly, so the server sees the configured rate at every scale, not just per minute.
// All waits go through the injected clock and are cancellable.

import type { RateLimitState } from '../metrics/types';
import { MAX_SERVER_WAIT_MS, parseResetDuration, realClock } from './retry';
import type { Clock, HeaderSource } from './retry';

export interface RateLimiterOptions {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  maxConcurrency?: number;
  clock?: Clock;
  /** Cap for any wait a server asks for (429 pause, x-ratelimit-reset-*). */
  maxServerWaitMs?: number;
}

export interface Permit {
  release(): void;
}

/** The wait needed before a request can start ends after the caller's deadline. */
export class LimiterDeadlineError extends Error {
  constructor(readonly waitMs: number) {
    super(`The rate limit would delay the request by ${waitMs} ms, past the deadline.`);
    this.name = 'LimiterDeadlineError';
  }
}

/** A budget the server reported: `remaining` units until `resetAt`. */
interface ServerWindow {
  remaining: number;
  resetAt: number;
}

// No x-ratelimit-reset-* header next to an exhausted budget: wait this long, then try.
const DEFAULT_RESET_MS = 1_000;

export class RateLimiter {
  private readonly clock: Clock;
  private readonly maxServerWaitMs: number;
  private readonly requestIntervalMs: number;
  private readonly msPerToken: number;
  private readonly maxConcurrency: number;
  private nextRequestAt = 0;
  private nextTokensAt = 0;
  private pausedUntil = 0;
  private requestWindow?: ServerWindow;
  private tokenWindow?: ServerWindow;
  private active = 0;
  private readonly slotWaiters: Array<() => void> = [];

  constructor(options: RateLimiterOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.maxServerWaitMs = options.maxServerWaitMs ?? MAX_SERVER_WAIT_MS;
    this.requestIntervalMs = positive(options.requestsPerMinute) ? 60_000 / options.requestsPerMinute : 0;
    this.msPerToken = positive(options.tokensPerMinute) ? 60_000 / options.tokensPerMinute : 0;
    this.maxConcurrency = positive(options.maxConcurrency) ? Math.floor(options.maxConcurrency) : Infinity;
  }

  /** Requests currently holding a permit. */
  get inFlight(): number {
    return this.active;
  }

  /** For the metrics view: the configured rates, the slots, a 429 pause and the server's last word. */
  state(): RateLimitState {
    const now = this.clock.now();
    const requests = this.liveWindow('requestWindow', now);
    const tokens = this.liveWindow('tokenWindow', now);
    return {
      ...(this.requestIntervalMs ? { requestsPerMinute: Math.round(60_000 / this.requestIntervalMs) } : {}),
      ...(this.msPerToken ? { tokensPerMinute: Math.round(60_000 / this.msPerToken) } : {}),
      ...(Number.isFinite(this.maxConcurrency) ? { maxConcurrency: this.maxConcurrency } : {}),
      active: this.active,
      queued: this.slotWaiters.length,
      pausedForMs: Math.max(0, this.pausedUntil - now),
      ...(requests ? { serverRemainingRequests: Math.max(0, requests.remaining) } : {}),
      ...(tokens ? { serverRemainingTokens: Math.max(0, tokens.remaining) } : {}),
    };
  }

  /**
   * Waits for a concurrency slot, then until both buckets allow `tokens`. Rejects with
   * `signal.reason` on abort, and with LimiterDeadlineError (without waiting) when the pacing
   * wait would end after `deadlineAt`.
   */
  async acquire(tokens: number, signal?: AbortSignal, deadlineAt?: number): Promise<Permit> {
    await this.takeSlot(signal);
    try {
      await this.waitForBudget(Math.max(0, tokens), signal, deadlineAt);
    } catch (error) {
      this.releaseSlot();
      throw error;
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.releaseSlot();
      },
    };
  }

  /** Stops every request of this limiter for `ms` (capped); returns the pause applied. */
  pause(ms: number): number {
    const applied = Math.min(Math.max(0, ms), this.maxServerWaitMs);
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + applied);
    return applied;
  }

  /** Shrinks the budget to what the server says is left (`x-ratelimit-remaining-*`). */
  observe(headers: HeaderSource): void {
    const now = this.clock.now();
    this.requestWindow = this.window(headers, 'requests', now) ?? this.requestWindow;
    this.tokenWindow = this.window(headers, 'tokens', now) ?? this.tokenWindow;
  }

  private window(headers: HeaderSource, kind: 'requests' | 'tokens', now: number): ServerWindow | undefined {
    const remaining = Number(headers.get(`x-ratelimit-remaining-${kind}`) ?? NaN);
    if (!Number.isFinite(remaining)) return undefined;
    const reset = parseResetDuration(headers.get(`x-ratelimit-reset-${kind}`), now) ?? DEFAULT_RESET_MS;
    return { remaining, resetAt: now + Math.min(reset, this.maxServerWaitMs) };
  }

  private async waitForBudget(tokens: number, signal: AbortSignal | undefined, deadlineAt: number | undefined): Promise<void> {
    // A loop, not a reservation: a 429 pause or a header that arrives while we sleep is honoured.
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      const readyAt = this.readyAt(tokens, now);
      if (readyAt <= now) {
        this.commit(tokens, now);
        return;
      }
      if (deadlineAt !== undefined && readyAt > deadlineAt) throw new LimiterDeadlineError(readyAt - now);
      await this.clock.sleep(readyAt - now, signal);
    }
  }

  private readyAt(tokens: number, now: number): number {
    let readyAt = Math.max(this.pausedUntil, this.nextRequestAt, this.nextTokensAt);
    const requests = this.liveWindow('requestWindow', now);
    if (requests && requests.remaining < 1) readyAt = Math.max(readyAt, requests.resetAt);
    const budget = this.liveWindow('tokenWindow', now);
    if (budget && budget.remaining < tokens) readyAt = Math.max(readyAt, budget.resetAt);
    return readyAt;
  }

  private liveWindow(key: 'requestWindow' | 'tokenWindow', now: number): ServerWindow | undefined {
    const window = this[key];
    if (window && now >= window.resetAt) this[key] = undefined;
    return this[key];
  }

  private commit(tokens: number, now: number): void {
    if (this.requestIntervalMs) this.nextRequestAt = now + this.requestIntervalMs;
    if (this.msPerToken) this.nextTokensAt = now + tokens * this.msPerToken;
    if (this.requestWindow) this.requestWindow.remaining -= 1;
    if (this.tokenWindow) this.tokenWindow.remaining -= tokens;
  }

  private takeSlot(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.active < this.maxConcurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        this.active++;
        resolve();
      };
      const onAbort = (): void => {
        const index = this.slotWaiters.indexOf(grant);
        if (index >= 0) this.slotWaiters.splice(index, 1);
        reject(signal?.reason);
      };
      this.slotWaiters.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private releaseSlot(): void {
    this.active--;
    this.slotWaiters.shift()?.();
  }
}

function positive(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}
