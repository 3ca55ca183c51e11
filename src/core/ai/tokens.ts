/**
 * Token counting with tiktoken's "lite" build: ~1 MB of WASM plus the ranks of the one encoding a
 * model uses, instead of the 5.6 MB build with every encoding. Each encoder allocates ~25 MB, so
 * there is one per encoding, created on first use and kept for the life of the process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tiktoken } from 'tiktoken/lite/init';

export type EncodingName = 'o200k_base' | 'cl100k_base';

/** Ranks are required lazily (esbuild keeps them out of start-up: a bundled module runs on first require). */
const RANKS: Record<EncodingName, () => Promise<{ bpe_ranks: string; special_tokens: Record<string, number>; pat_str: string }>> = {
  o200k_base: async () => (await import('tiktoken/encoders/o200k_base')).default,
  cl100k_base: async () => (await import('tiktoken/encoders/cl100k_base')).default,
};

const WASM_FILE = 'tiktoken_bg.wasm';
/** Node has WebAssembly; the ES2022 lib the project compiles with does not declare it. */
const wasmApi = (globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array, imports: unknown): Promise<unknown> } }).WebAssembly;
let wasmPath: string | undefined;
let runtime: Promise<typeof import('tiktoken/lite/init')> | undefined;
const encoders = new Map<EncodingName, Promise<Tiktoken>>();

/**
 * Where the lite WASM is. The bundle calls this with `dist/wasm/tiktoken_bg.wasm` (copied from
 * `node_modules/tiktoken/lite/tiktoken_bg.wasm`); must be called before the first count.
 */
export function setTiktokenWasm(path: string): void {
  wasmPath = path;
}

function resolveWasm(): string {
  if (wasmPath) return wasmPath;
  // Same layout as the tree-sitter files: beside the bundle in dist/wasm, else the package (tests).
  const besideBundle = join(__dirname, 'wasm', WASM_FILE);
  if (existsSync(besideBundle)) return besideBundle;
  try {
    return require.resolve('tiktoken/lite/tiktoken_bg.wasm');
  } catch {
    throw new Error(`token counting needs ${WASM_FILE} (from tiktoken/lite) at ${besideBundle}; it is not there`);
  }
}

function loadRuntime(): Promise<typeof import('tiktoken/lite/init')> {
  // `tiktoken/lite` itself reads the WASM at require time from fixed places and throws when it is not
  // there; `lite/init` takes the bytes from us, so the path is ours to choose.
  runtime ??= (async () => {
    const mod = await import('tiktoken/lite/init');
    const bytes = readFileSync(resolveWasm());
    await mod.init((imports) => wasmApi.instantiate(bytes, imports) as never);
    return mod;
  })();
  runtime.catch(() => (runtime = undefined)); // a missing file may be fixed by setTiktokenWasm; retry then
  return runtime;
}

/**
 * The encoding of a model name. `encoding_for_model` throws on names it does not know (new models,
 * Azure deployment names, local models); those get o200k_base, the encoding of every current OpenAI model.
 */
export function encodingForModel(model: string): EncodingName {
  const name = model.trim().toLowerCase().replace(/^.*\//, ''); // `openai/gpt-4` from a router
  if (/^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o)/.test(name)) return 'o200k_base';
  if (/^(gpt-4|gpt-3\.5|gpt-35|text-embedding-(ada-002|3))/.test(name)) return 'cl100k_base';
  return 'o200k_base';
}

/** The shared encoder for `model` (one per encoding, never freed). */
export function getEncoder(model: string): Promise<Tiktoken> {
  const encoding = encodingForModel(model);
  let encoder = encoders.get(encoding);
  if (!encoder) {
    encoder = (async () => {
      const { Tiktoken } = await loadRuntime();
      const ranks = await RANKS[encoding]();
      return new Tiktoken(ranks.bpe_ranks, ranks.special_tokens, ranks.pat_str);
    })();
    encoders.set(encoding, encoder);
    encoder.catch(() => encoders.delete(encoding));
  }
  return encoder;
}

/** Tokens of `text` as plain text: `<|endoftext|>` in source code is text, not a special token. */
export async function countTokens(text: string, model: string): Promise<number> {
  return (await getEncoder(model)).encode_ordinary(text).length;
}

export function omittedMarker(count: number, unit: 'lines' | 'tokens'): string {
  return `... [${count} ${unit} omitted by Docwright to fit the token budget] ...`;
}

/**
 * `text` within `maxTokens`: whole lines are cut from the middle (the signature at the top and the
 * returns at the bottom say the most) and replaced by one marker line. A text of one or two huge
 * lines is cut by tokens instead.
 */
export async function truncateMiddle(text: string, maxTokens: number, model: string): Promise<string> {
  const encoder = await getEncoder(model);
  const count = (s: string) => encoder.encode_ordinary(s).length;
  if (count(text) <= maxTokens) return text;
  const lines = text.split('\n');
  const cut = (keep: number): string => {
    const head = Math.ceil(keep / 2);
    const tail = keep - head;
    const indent = /^\s*/.exec(lines[head])?.[0] ?? '';
    const marker = indent + omittedMarker(lines.length - keep, 'lines');
    return [...lines.slice(0, head), marker, ...lines.slice(lines.length - tail)].join('\n');
  };
  // The most lines that fit: counts grow with kept lines, so a binary search finds it.
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (count(cut(mid)) <= maxTokens) low = mid;
    else high = mid - 1;
  }
  if (low >= 2 && count(cut(low)) <= maxTokens) return cut(low);
  return cutTokens(encoder, text, maxTokens);
}

function cutTokens(encoder: Tiktoken, text: string, maxTokens: number): string {
  const tokens = encoder.encode_ordinary(text);
  const decoder = new TextDecoder();
  const decode = (t: Uint32Array) => decoder.decode(encoder.decode(t));
  let keep = Math.max(0, maxTokens - encoder.encode_ordinary(`\n${omittedMarker(tokens.length, 'tokens')}\n`).length);
  for (;;) {
    const head = Math.ceil(keep / 2);
    const tail = keep - head;
    const out = `${decode(tokens.slice(0, head))}\n${omittedMarker(tokens.length - keep, 'tokens')}\n${decode(tokens.slice(tokens.length - tail))}`;
    // Re-encoding at the cut can merge differently: shrink until it fits (a few rounds at most).
    if (keep === 0 || encoder.encode_ordinary(out).length <= maxTokens) return out;
    keep = Math.max(0, keep - 4);
  }
}
