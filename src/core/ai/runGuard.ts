// One per run (a CLI invocation, an editor file run or lightbulb action), shared by every file's
// describer in it: a circuit breaker and the run's overall deadline. Once it opens, no request is
// sent, requests in flight are aborted, and every symbol left gets its template with the guard's
// error. Without it, a server that never answers costs one attempt timeout (times the retries)
// per symbol; with it, about one attempt timeout for the whole run.

import { ModelError } from './errors';
import type { ErrorCategory } from './errors';
import { realClock } from './retry';
import type { Clock } from './retry';

/** Attempts in a row that failed to reach the server before the run stops asking it. */
export const MAX_CONSECUTIVE_FAILURES = 3;

export interface RunGuardOptions {
  /** The whole run's deadline; none when absent. */
  deadlineMs?: number;
  maxConsecutiveFailures?: number;
  clock?: Clock;
  /**
   * The deadline's clock starts at the first request (`start()`, which the model client calls),
   * not now: time spent before it (the editor's cost question) does not count against the run.
   */
  startOnFirstRequest?: boolean;
  /** Called once, when the guard opens, with the reason every remaining symbol will carry. */
  onOpen?: (error: ModelError) => void;
}

/** The server is unreachable or slow: a few of these in a row end the run. */
const UNREACHABLE: ReadonlySet<ErrorCategory> = new Set(['network', 'timeout']);
/** No later request of the run can succeed: the first one ends the run. */
const FINAL: ReadonlySet<ErrorCategory> = new Set(['auth', 'quota']);

export class RunGuard {
  private readonly controller = new AbortController();
  private readonly disposed = new AbortController();
  private readonly maxConsecutive: number;
  private readonly onOpen?: (error: ModelError) => void;
  private failuresInARow = 0;
  private reason: ModelError | undefined;
  private readonly options: RunGuardOptions;
  private started = false;

  constructor(options: RunGuardOptions = {}) {
    this.maxConsecutive = Math.max(1, options.maxConsecutiveFailures ?? MAX_CONSECUTIVE_FAILURES);
    this.onOpen = options.onOpen;
    this.options = options;
    if (!options.startOnFirstRequest) this.start();
  }

  /** Starts the deadline's clock; later calls, and calls after the run ended, do nothing. */
  start(): void {
    if (this.started || this.disposed.signal.aborted) return;
    this.started = true;
    const { deadlineMs } = this.options;
    if (deadlineMs !== undefined && Number.isFinite(deadlineMs)) {
      const clock = this.options.clock ?? realClock;
      clock.sleep(Math.max(0, deadlineMs), this.disposed.signal).then(
        () => this.open(deadlineError(deadlineMs)),
        () => undefined, // disposed: the run ended first
      );
    }
  }

  /** Aborts when the guard opens: linked into every request of the run. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the run stopped asking the model, once it has. */
  error(): ModelError | undefined {
    return this.reason;
  }

  /** The outcome of one HTTP attempt: undefined when it was answered. */
  record(failure: ModelError | undefined): void {
    if (this.reason) return;
    if (!failure) {
      this.failuresInARow = 0;
      return;
    }
    if (failure.category === 'cancelled') return;
    if (failure.endsRun || FINAL.has(failure.category)) {
      this.open(failure);
      return;
    }
    if (!UNREACHABLE.has(failure.category)) {
      this.failuresInARow = 0; // the server answered, if badly
      return;
    }
    this.failuresInARow++;
    if (this.failuresInARow >= this.maxConsecutive) this.open(unreachableError(failure, this.failuresInARow));
  }

  /** Stops the run with `error`; later calls keep the first reason. */
  open(error: ModelError): void {
    if (this.reason) return;
    this.reason = error.retryable ? new ModelError({ category: error.category, status: error.status, message: error.message, userMessage: error.userMessage, endsRun: true }) : error;
    this.disposed.abort();
    this.controller.abort(this.reason);
    this.onOpen?.(this.reason);
  }

  /** The run is over: stops the deadline timer. */
  dispose(): void {
    this.disposed.abort();
  }
}

function unreachableError(last: ModelError, count: number): ModelError {
  return new ModelError({
    category: last.category,
    status: last.status,
    message: `${count} requests in a row failed (${last.category}: ${last.message}); no more requests are sent in this run.`,
    userMessage: `${count} requests in a row failed, so Docwright stopped asking the model for this run. ${last.userMessage}`,
    endsRun: true,
  });
}

function deadlineError(deadlineMs: number): ModelError {
  const seconds = Math.round(deadlineMs / 100) / 10;
  return new ModelError({
    category: 'timeout',
    message: `The run's deadline of ${seconds} s passed; no more requests are sent in this run.`,
    userMessage: `The AI run did not finish within its deadline of ${seconds} s, so the remaining symbols got template docstrings. Raise docwright.ai.runDeadlineSeconds (CLI: --deadline), or check that the server is not overloaded.`,
    endsRun: true,
  });
}
