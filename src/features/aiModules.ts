/**
 * Everything the editor needs from the AI core, behind one module that `loadAi` requires on first
 * use. Its libraries (the `openai` SDK, tiktoken's ranks, zod: megabytes that activation must not
 * parse) are bundled apart in `dist/vendor` by esbuild.mjs and required only then.
 */
export { DescriptionCache } from '../core/ai/cache';
export { createModelClient } from '../core/ai/client';
export { createAiGroupDescriber, DEFAULT_PRICES, estimateRun } from '../core/ai/service';
export { setTiktokenWasm } from '../core/ai/tokens';
export { RunGuard } from '../core/ai/runGuard';
export { BATCH_LIMITS, buildBatch, jsonlBytes, sendBatch, splitBatch } from '../core/ai/batch/submit';
export { applyToText } from '../core/ai/batch/apply';
export { allFilesApplied, cancelRemote, downloadResults, hasResults, isPending, missingReason, readResults, refreshStatus, requestsByFile, memberKey, unappliedMembers, withFileApplied } from '../core/ai/batch/results';
export { listStates, newLocalId, readState, statePath, writeState } from '../core/ai/batch/state';
export { createBatchEngine } from '../core/ai/batch/engine';
export { writeFileAtomic } from '../core/io/atomicWrite';
