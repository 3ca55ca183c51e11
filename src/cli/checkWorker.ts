/**
 * A pool worker for `check` (see src/cli/pool.ts): takes a chunk of files, answers with one
 * outcome per file in the same order. A file that fails is an outcome, never a lost worker.
 */
import { parentPort } from 'node:worker_threads';
import { checkInput, type CheckInput, type CheckOutcome } from './checkFile';

parentPort?.on('message', (chunk: { id: number; items: CheckInput[] }) => {
  void (async () => {
    const results: CheckOutcome[] = [];
    for (const item of chunk.items) results.push(await checkInput(item));
    parentPort!.postMessage({ id: chunk.id, results });
  })();
});
