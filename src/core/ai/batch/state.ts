/**
 * The saved state of one batch: what was sent (per request, the symbols it asks about and a hash
 * of each one's source, so apply can tell a changed symbol from an unchanged one), where it is on
 * the provider's side, and how far apply got. One JSON file per batch,
 * `<stateRoot>/batches/<localId>.json`, written atomically at every phase change so an interrupt
 * at any point resumes. The API key is never part of it: the schema has no field for it and
 * refuses unknown fields, so a caller that spreads a config into the state fails loudly.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DocStyle } from '../../docstring/model';
import type { LanguageId, SymbolKind } from '../../extract/types';
import { readRegularFile } from '../../io/regularFile';
import { writeFileAtomic } from '../../io/atomicWrite';
import { normaliseSource } from '../cache';
import type { AiClientConfig } from '../client';

export const BATCH_STATE_VERSION = 1;

/** A state of 50 000 requests is about 15 MB; anything past this is not one of ours. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024;

/** The folder under the state root that holds the batches (DescriptionCache ignores it). */
export const BATCHES_FOLDER = 'batches';

const LOCAL_ID = /^b-\d{8}-[0-9a-f]{6}$/;
const STATE_FILE = /^b-\d{8}-[0-9a-f]{6}\.json$/;
const HEX64 = /^[0-9a-f]{64}$/;

// Every value of the union, checked both ways at compile time, so the schema cannot fall behind the type.
type Exactly<T, U extends readonly unknown[]> = [T] extends [U[number]] ? ([U[number]] extends [T] ? U : never) : never;
const LANGUAGES = ['python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'go', 'java', 'csharp', 'rust', 'php', 'c', 'cpp', 'ruby'] as const;
const STYLES = ['google', 'numpy', 'sphinx', 'jsdoc', 'tsdoc', 'javadoc', 'xmldoc', 'godoc', 'rustdoc', 'phpdoc', 'doxygen', 'doxygen-slash', 'yard'] as const;
const KINDS = ['module', 'class', 'function', 'method', 'interface', 'type', 'enum', 'property', 'enum-member', 'constant', 'variable'] as const;
const BATCH_STATUSES = ['validating', 'failed', 'in_progress', 'finalizing', 'completed', 'expired', 'cancelling', 'cancelled'] as const;
const checkLanguages: Exactly<LanguageId, typeof LANGUAGES> = LANGUAGES;
const checkStyles: Exactly<DocStyle, typeof STYLES> = STYLES;
const checkKinds: Exactly<SymbolKind, typeof KINDS> = KINDS;

/** A project-relative path with `/` separators that cannot leave the project. */
const relativePath = z.string().min(1).refine(
  (path) => !/^[\\/]/.test(path) && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..'),
  'expected a path inside the project (relative, no "..")',
);
const count = z.number().int().nonnegative();
const hash = z.string().regex(HEX64, 'expected a sha256 hex digest');

const memberSchema = z.strictObject({
  id: z.string().regex(/^[1-9]\d*$/, 'expected the ordinal "1".."k"'),
  symbolId: z.string().min(1),
  namePath: z.array(z.string()),
  kind: z.enum(checkKinds),
  sourceHash: hash,
  cacheKey: hash,
});

const requestSchema = z.strictObject({
  file: relativePath,
  members: z.array(memberSchema).min(1),
});

const remoteSchema = z.strictObject({
  inputFileId: z.string().optional(),
  batchId: z.string().optional(),
  status: z.enum(BATCH_STATUSES).optional(),
  outputFileId: z.string().optional(),
  errorFileId: z.string().optional(),
  requestCounts: z.strictObject({ total: count, completed: count, failed: count }).optional(),
  expiresAt: z.number().optional(),
  checkedAt: z.string().optional(),
  errors: z.array(z.strictObject({ code: z.string().optional(), message: z.string().optional(), line: z.number().nullable().optional() })).optional(),
});

const applySchema = z.strictObject({
  resultsFile: z.string().optional(),
  resultsSha256: hash.optional(),
  metricsRecorded: z.boolean(),
  files: z.record(z.string(), z.enum(['written', 'unchanged', 'skipped'])),
  counts: z.strictObject({ applied: count, stale: count, failed: count, expired: count, incomplete: count }),
});

export const batchStateSchema = z.strictObject({
  version: z.literal(BATCH_STATE_VERSION),
  localId: z.string().regex(LOCAL_ID, 'expected b-YYYYMMDD-<6 hex>'),
  createdAt: z.string(),
  engine: z.enum(['openai', 'azure', 'compatible', 'file']),
  provider: z.enum(['openai', 'azure', 'compatible']),
  // Where the batch lives; never a key.
  baseUrl: z.string().optional(),
  endpoint: z.string().optional(),
  deployment: z.string().optional(),
  apiVersion: z.string().optional(),
  model: z.string().min(1),
  promptVersion: z.string(),
  groupSize: z.number().int().positive(),
  language: z.string().optional(),
  projectRoot: z.string().min(1),
  phase: z.enum(['built', 'uploaded', 'submitted', 'finished', 'applied']),
  remote: remoteSchema.optional(),
  estimate: z.strictObject({ requests: count, promptTokens: count, completionTokens: count, costUsd: z.number().nonnegative().optional() }),
  files: z.record(relativePath, z.strictObject({ language: z.enum(checkLanguages), style: z.enum(checkStyles), submittedHash: hash })),
  requests: z.record(z.string(), requestSchema),
  apply: applySchema.optional(),
}).superRefine((state, context) => {
  for (const [customId, request] of Object.entries(state.requests)) {
    if (!customId.startsWith(`${state.localId}-`)) context.addIssue({ code: 'custom', path: ['requests', customId], message: `the request id does not start with the batch id ${state.localId}` });
    if (!Object.hasOwn(state.files, request.file)) context.addIssue({ code: 'custom', path: ['requests', customId, 'file'], message: `${request.file} is not among the files` });
  }
});

export type BatchState = z.infer<typeof batchStateSchema>;
export type BatchPhase = BatchState['phase'];
export type BatchRequestEntry = BatchState['requests'][string];
export type BatchMember = BatchRequestEntry['members'][number];

/** A state file that cannot be used; the message names the file and says why. */
export class BatchStateError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'BatchStateError';
  }
}

/** `b-YYYYMMDD-<6 hex>`, the date (UTC) of `now`. */
export function newLocalId(now: Date | number = Date.now()): string {
  const date = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
  return `b-${date}-${randomBytes(3).toString('hex')}`;
}

/** The `custom_id` of request `seq` of a batch: `<localId>-000042` (unique, under 64 characters). */
export function customIdOf(localId: string, seq: number): string {
  return `${localId}-${String(seq).padStart(6, '0')}`;
}

export function statePath(stateRoot: string, localId: string): string {
  return join(stateRoot, BATCHES_FOLDER, `${localId}.json`);
}

/**
 * The hash a member's source is compared by at apply time: line endings and trailing whitespace
 * (of each line and at the end) do not make a symbol stale, any other edit does.
 */
export function sourceHashOf(source: string): string {
  return createHash('sha256').update(normaliseSource(source)).digest('hex');
}

/** The connection fields a state keeps, taken from a client config: never its key. */
export function connectionOf(config: AiClientConfig): Pick<BatchState, 'provider' | 'baseUrl' | 'endpoint' | 'deployment' | 'apiVersion' | 'model'> {
  return {
    provider: config.provider,
    model: config.model,
    ...(config.baseURL ? { baseUrl: config.baseURL } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.deployment ? { deployment: config.deployment } : {}),
    ...(config.apiVersion ? { apiVersion: config.apiVersion } : {}),
  };
}

function issuesText(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : 'the state'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** The state in `text` (the contents of `path`), checked; throws a BatchStateError. */
export function parseState(text: string, path: string): BatchState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BatchStateError(path, `not a batch state: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || version === undefined) throw new BatchStateError(path, 'not a batch state: no version');
  if (version !== BATCH_STATE_VERSION) {
    throw new BatchStateError(path, `batch state version ${JSON.stringify(version)}, written by another version of Docwright; this version reads version ${BATCH_STATE_VERSION} only`);
  }
  const parsed = batchStateSchema.safeParse(value);
  if (!parsed.success) throw new BatchStateError(path, `not a valid batch state: ${issuesText(parsed.error)}`);
  return parsed.data;
}

/** Reads and checks the state at `path` (a regular file of at most MAX_STATE_BYTES). */
export async function readState(path: string, maxBytes = MAX_STATE_BYTES): Promise<BatchState> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, maxBytes);
  } catch (error) {
    throw new BatchStateError(path, error instanceof Error ? error.message : String(error));
  }
  return parseState(bytes.toString('utf8'), path);
}

/**
 * Checks `state` and writes it atomically to its place under `stateRoot` (the folder is made).
 * A state that does not pass the schema (an unknown field such as a key among them) is refused,
 * nothing is written. Returns the path.
 */
export async function writeState(stateRoot: string, state: BatchState): Promise<string> {
  const path = statePath(stateRoot, state.localId);
  const parsed = batchStateSchema.safeParse(state);
  if (!parsed.success) throw new BatchStateError(path, `refusing to write an invalid batch state: ${issuesText(parsed.error)}`);
  await fs.mkdir(join(stateRoot, BATCHES_FOLDER), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(parsed.data, null, 1)}\n`);
  return path;
}

export interface StateListing {
  /** Every valid state, by local id. */
  states: { path: string; state: BatchState }[];
  /** State files that could not be read or are not valid: reported, not thrown. */
  problems: { path: string; reason: string }[];
}

/** Every saved batch under `stateRoot`; no `batches/` folder is an empty listing. */
export async function listStates(stateRoot: string): Promise<StateListing> {
  const folder = join(stateRoot, BATCHES_FOLDER);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { states: [], problems: [] };
    return { states: [], problems: [{ path: folder, reason: error instanceof Error ? error.message : String(error) }] };
  }
  const listing: StateListing = { states: [], problems: [] };
  for (const name of names.filter((n) => STATE_FILE.test(n)).sort()) {
    const path = join(folder, name);
    try {
      const state = await readState(path);
      if (`${state.localId}.json` !== name) throw new BatchStateError(path, `holds the batch ${state.localId}, not ${name.slice(0, -5)}`);
      listing.states.push({ path, state });
    } catch (error) {
      listing.problems.push({ path, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return listing;
}
