/**
 * `run`, but a call while one is still running joins it (gets the same promise) instead of
 * starting over. For commands that ask the user: a walkthrough button keeps focus behind the quick
 * input, and the Enter that accepts an answer is released on that button, which would start the
 * command again and replace the next question.
 */
export function oneAtATime<A extends unknown[], T>(run: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let pending: Promise<T> | undefined;
  return (...args: A) => {
    pending ??= run(...args).finally(() => (pending = undefined));
    return pending;
  };
}
