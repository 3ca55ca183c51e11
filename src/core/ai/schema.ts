/**
 * The model's answer: description fields only, never names, types or layout (Docwright renders).
 * Strict structured outputs need every key required and every object closed, so optional fields
 * are nullable and the per-name maps are arrays of {name, description} (a map is an open object,
 * which strict mode rejects). `parseAnswer` also takes the map form, for JSON-mode / plain answers.
 */
import { z } from 'zod';
import { untrustedText } from '../text/untrusted';

export const ANSWER_SCHEMA_NAME = 'docwright_docstring';

/**
 * The longest answer text read at all. A docstring answer under the 600-token output limit is 2-3 KB
 * of JSON; 64 K characters leave room for pretty-printing and servers that ignore the limit, while an
 * answer of megabytes (a model in a loop, a hostile server) is refused before it is parsed.
 */
export const MAX_ANSWER_CHARS = 64 * 1024;
/** A parse failure's reason quotes a little of the answer; it is printed, so it is cleaned and short. */
const MAX_REASON_CHARS = 300;

// Unknown keys are stripped when parsing (a chatty model is not an error); the JSON Schema still
// closes every object (`additionalProperties: false`), as strict mode requires.
export const answerSchema = z.object({
  summary: z.string(),
  description: z.string().nullable(),
  params: z.array(z.object({ name: z.string(), description: z.string() })),
  returns: z.string().nullable(),
  yields: z.string().nullable(),
  raises: z.array(z.object({ type: z.string(), description: z.string() })),
  example: z.string().nullable(),
});

export type DocAnswer = z.infer<typeof answerSchema>;

export interface JsonSchemaResponseFormat {
  type: 'json_schema';
  json_schema: { name: string; strict: true; schema: Record<string, unknown> };
}

let jsonSchema: Record<string, unknown> | undefined;

/** The JSON Schema of the answer (draft-07, as `zodResponseFormat` of openai 6 produces it). */
export function answerJsonSchema(): Record<string, unknown> {
  jsonSchema ??= z.toJSONSchema(answerSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return jsonSchema;
}

/** `response_format` for chat completions with structured outputs. */
export function answerResponseFormat(): JsonSchemaResponseFormat {
  return { type: 'json_schema', json_schema: { name: ANSWER_SCHEMA_NAME, strict: true, schema: answerJsonSchema() } };
}

export type ParseResult = { ok: true; answer: DocAnswer } | { ok: false; reason: string };

/** The first balanced `{...}` (or `[...]`) in `text` (strings and escapes respected), for answers with prose around them. */
function firstBalanced(text: string, open = '{', close = '}'): string | undefined {
  const start = text.indexOf(open);
  if (start === -1) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** Candidate JSON texts, most likely first: the whole text, a ```json fence, the first object. */
function candidates(text: string): string[] {
  const out = [text.trim()];
  const fence = /```[a-zA-Z]*\s*\n([\s\S]*?)\n\s*```/.exec(text);
  if (fence) out.push(fence[1].trim());
  const object = firstBalanced(text);
  if (object) out.push(object);
  return out;
}

/** Map forms (`{"a": "..."}`) to arrays; missing nullable keys to null. Lenient for non-strict answers. */
function normalise(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const toArray = (field: string, key: string) => {
    const x = v[field];
    if (x === undefined || x === null) v[field] = [];
    else if (typeof x === 'object' && !Array.isArray(x)) v[field] = Object.entries(x).map(([k, d]) => ({ [key]: k, description: d }));
  };
  toArray('params', 'name');
  toArray('raises', 'type');
  for (const key of ['description', 'returns', 'yields', 'example']) if (v[key] === undefined) v[key] = null;
  return v;
}

/** Parse and validate a model's answer text. Never throws. The reason of a failure is safe to print. */
export function parseAnswer(text: string): ParseResult {
  if (text.length > MAX_ANSWER_CHARS) {
    return { ok: false, reason: `the answer is ${text.length.toLocaleString('en-US')} characters long; a docstring answer is at most ${MAX_ANSWER_CHARS.toLocaleString('en-US')}` };
  }
  const result = parseCandidates(text);
  return result.ok ? result : { ok: false, reason: untrustedText(result.reason, { maxLength: MAX_REASON_CHARS }) };
}

function parseCandidates(text: string): ParseResult {
  let lastReason = 'the answer contains no JSON object';
  for (const candidate of candidates(text)) {
    const json = parseJson(candidate);
    if ('reason' in json) {
      lastReason = json.reason;
      continue;
    }
    return parseAnswerValue(json.value);
  }
  return { ok: false, reason: lastReason };
}

/** One candidate text as JSON, or why it is not. */
function parseJson(candidate: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(candidate) as unknown };
  } catch (error) {
    return { reason: `the answer is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Validate one answer object (already parsed from JSON); map forms and missing nullable keys are accepted. */
export function parseAnswerValue(value: unknown): ParseResult {
  const result = answerSchema.safeParse(normalise(value));
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `the answer does not match the schema: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  if (!result.data.summary.trim()) return { ok: false, reason: 'the answer has an empty summary' };
  return { ok: true, answer: result.data };
}

// ---- Grouped answers: one request describes several symbols, each answer keyed by its id ("1".."k").

export const GROUP_SCHEMA_NAME = 'docwright_docstrings';

/** The grouped answer: `{answers: [{id, ...answer}]}` (strict mode needs an object at the root). */
export function groupAnswerSchema(ids: readonly string[]) {
  if (ids.length === 0) throw new Error('a grouped answer needs at least one id');
  return z.object({ answers: z.array(answerSchema.extend({ id: z.enum(ids as [string, ...string[]]) })) });
}

/** The JSON Schema of a grouped answer for these ids (draft-07, closed objects, every key required). */
export function groupAnswerJsonSchema(ids: readonly string[]): Record<string, unknown> {
  return z.toJSONSchema(groupAnswerSchema(ids), { target: 'draft-7' }) as Record<string, unknown>;
}

/** `response_format` for a grouped request. */
export function groupResponseFormat(ids: readonly string[]): JsonSchemaResponseFormat {
  return { type: 'json_schema', json_schema: { name: GROUP_SCHEMA_NAME, strict: true, schema: groupAnswerJsonSchema(ids) } };
}

/** One member's outcome: its validated answer, or why there is none (printable). */
export type MemberResult = { ok: true; answer: DocAnswer } | { ok: false; reason: string };
export type GroupParseResult = { ok: true; members: Map<string, MemberResult> } | { ok: false; reason: string };

/**
 * The answer entries of a grouped answer's value, with their ids: `{"answers": [...]}` (structured
 * outputs), a bare array, a map `{"1": {...}}` (JSON mode or plain text), or one entry with an id.
 */
function groupEntries(value: unknown): [string, unknown][] | undefined {
  const withId = (entry: unknown): [string, unknown] | undefined => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
    const id = (entry as { id?: unknown }).id;
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    const { id: _id, ...rest } = entry as Record<string, unknown>;
    return [String(id).trim(), rest];
  };
  const list = (items: unknown[]) => items.map(withId).filter((e): e is [string, unknown] => e !== undefined);
  if (Array.isArray(value)) return list(value);
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.answers)) return list(record.answers);
  if ('id' in record) return list([record]);
  const entries = Object.entries(record).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
  return entries.length ? entries.map(([id, v]) => [id.trim(), v]) : undefined;
}

/**
 * Parse a grouped answer: each listed id gets its own result, so one bad or missing member does not
 * cost the others. Unknown ids are ignored; for a repeated id the first entry counts. Never throws.
 */
export function parseGroupAnswer(text: string, ids: readonly string[]): GroupParseResult {
  const limit = MAX_ANSWER_CHARS * Math.max(1, ids.length);
  if (text.length > limit) {
    return { ok: false, reason: `the answer is ${text.length.toLocaleString('en-US')} characters long; an answer for ${ids.length} symbols is at most ${limit.toLocaleString('en-US')}` };
  }
  let lastReason = 'the answer contains no JSON object';
  // A bare array with prose around it: its first `[` comes before its first member's `{`.
  const array = firstBalanced(text, '[', ']');
  const texts = candidates(text);
  if (array) texts.splice(text.indexOf('[') < text.indexOf('{') ? texts.length - 1 : texts.length, 0, array);
  for (const candidate of texts) {
    const json = parseJson(candidate);
    if ('reason' in json) {
      lastReason = json.reason;
      continue;
    }
    const entries = groupEntries(json.value);
    if (!entries) {
      lastReason = 'the answer holds no answers keyed by symbol id';
      continue;
    }
    const wanted = new Set(ids);
    const members = new Map<string, MemberResult>();
    for (const [id, entry] of entries) {
      if (!wanted.has(id) || members.has(id)) continue;
      const result = parseAnswerValue(entry);
      members.set(id, result.ok ? result : { ok: false, reason: untrustedText(result.reason, { maxLength: MAX_REASON_CHARS }) });
    }
    for (const id of ids) if (!members.has(id)) members.set(id, { ok: false, reason: `the answer has no entry for symbol ${id}` });
    return { ok: true, members };
  }
  return { ok: false, reason: untrustedText(lastReason, { maxLength: MAX_REASON_CHARS }) };
}
