/**
 * A pool of worker threads that maps items to results, handed out in chunks (one message per
 * chunk, not per file), results in input order. A worker that crashes or exits loses only its
 * chunk: each of its items gets `crashed(item, reason)` as its result, a new worker takes its
 * place, and the run goes on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface PoolOptions<T, R> {
  /** The worker's script: answers `{ id, items }` with `{ id, results }`, one result per item, in order. */
  script: string;
  size: number;
  /** Items per message: large enough that messaging is cheap, small enough that cores finish together. */
  chunkSize?: number;
  crashed: (item: T, reason: string) => R;
}

/** Threads for a run: every core, never more than there is work for. */
export function poolSize(requested: number | undefined, items: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), items));
}

export async function mapInPool<T, R>(items: AsyncIterable<T> | Iterable<T>, options: PoolOptions<T, R>): Promise<R[]> {
  const chunkSize = Math.max(1, options.chunkSize ?? 8);
  const results: R[] = [];
  const iterator = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  let nextIndex = 0;
  let exhausted = false;
  let pulling: Promise<void> = Promise.resolve();

  /** The next chunk, in order; pulls are serialized so chunks never interleave. */
  const takeChunk = (): Promise<{ start: number; items: T[] } | undefined> => {
    const taken = pulling.then(async () => {
      const chunk: T[] = [];
      const start = nextIndex;
      while (!exhausted && chunk.length < chunkSize) {
        const step = await iterator.next();
        if (step.done) exhausted = true;
        else chunk.push(step.value);
      }
      nextIndex += chunk.length;
      return chunk.length > 0 ? { start, items: chunk } : undefined;
    });
    pulling = taken.then(() => undefined);
    return taken;
  };

  /** A worker, and how it ended if it did: one that dies before or between chunks (its script failed to load) must not leave a lane waiting forever. */
  const start = () => {
    const worker = new Worker(options.script);
    const state: { worker: Worker; ended?: Error } = { worker };
    worker.on('error', (error) => (state.ended ??= error));
    worker.once('exit', (code) => (state.ended ??= new Error(`the worker exited (code ${code})`)));
    return state;
  };

  /** One worker's life: chunks until there are none; a new worker after a crash. */
  const lane = async (): Promise<void> => {
    // Started at once: it loads while the first items are still being read.
    let started: ReturnType<typeof start> | undefined = start();
    let chunkId = 0;
    try {
      for (;;) {
        const chunk = await takeChunk();
        if (!chunk) return;
        started ??= start();
        const { worker: current } = started;
        const id = ++chunkId;
        const state = started;
        const answer = await new Promise<R[] | Error>((resolve) => {
          if (state.ended) return resolve(state.ended);
          const onMessage = (message: { id: number; results: R[] }) => {
            if (message.id !== id) return;
            done();
            resolve(message.results);
          };
          const onError = (error: Error) => {
            done();
            resolve(error);
          };
          const onExit = (code: number) => {
            done();
            resolve(new Error(`the worker exited (code ${code})`));
          };
          const done = () => {
            current.off('message', onMessage).off('error', onError).off('exit', onExit);
          };
          current.on('message', onMessage).on('error', onError).on('exit', onExit);
          current.postMessage({ id, items: chunk.items });
        });
        if (answer instanceof Error || !Array.isArray(answer) || answer.length !== chunk.items.length) {
          const reason = answer instanceof Error ? answer.message : 'the worker answered out of turn';
          chunk.items.forEach((item, i) => (results[chunk.start + i] = options.crashed(item, reason)));
          void current.terminate();
          started = undefined;
        } else answer.forEach((result, i) => (results[chunk.start + i] = result));
      }
    } finally {
      await started?.worker.terminate();
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.size) }, lane));
  return results;
}
