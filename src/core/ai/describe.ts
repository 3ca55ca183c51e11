/**
 * From the model's answer to the docstring model. Names, kinds and types come from the parser's
 * template; the answer only fills descriptions. Invented names are dropped, missing ones keep their
 * placeholders, and text that could end the literal or comment early is neutralised. Model text is
 * data: terminal sequences, control and bidi characters are removed and each field is capped.
 */
import type { DocParam, Docstring, DocStyle } from '../docstring/model';
import { extractSymbols } from '../extract';
import type { SymbolFact } from '../extract/types';
import { DESCRIPTION_PLACEHOLDER, SUMMARY_PLACEHOLDER } from '../generate/template';
import { capLength, stripControls, untrustedText } from '../text/untrusted';
import { descriptionCacheKey, type DescriptionCache } from './cache';
import { requestedLanguage } from './language';
import { buildPrompt, contextFor, PROMPT_VERSION, symbolSource, type ChatMessage, type PromptContext } from './prompt';
import { countTokens } from './tokens';
import { answerResponseFormat, parseAnswer, type DocAnswer, type JsonSchemaResponseFormat } from './schema';
import { packFor } from '../../languages';

export interface ApplyOptions {
  /** Replace descriptions a person wrote too (default: only placeholders and empty ones are filled). */
  overwrite?: boolean;
  /** Use the answer's `example` (default: ignored). */
  examples?: boolean;
}

// Field caps, in characters. Longer text is cut at a word boundary and marked "...": a docstring is
// read in an editor, and a model that writes pages has stopped describing the code.
/** A summary is one sentence (PEP 257: one line); 300 leaves room for a long one. */
export const MAX_SUMMARY_CHARS = 300;
/** The description: a few paragraphs. */
export const MAX_DESCRIPTION_CHARS = 2000;
/** One parameter's, the return's, the yield's or one exception's description: a sentence or two. */
export const MAX_ENTRY_CHARS = 1000;
/** An example: a few lines of code. */
export const MAX_EXAMPLE_CHARS = 2000;
/** A name the model invented, as reported (`param <name>`). */
const MAX_NAME_CHARS = 100;

// Half a surrogate pair is not text: written as UTF-8 it would become U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Make model text safe inside a Python literal or a `/** *\/` comment, whatever the style, and on
 * a terminal: no escape sequences, control or bidi characters, nothing that closes the docstring.
 */
export function neutralise(text: string, escapeLine: (line: string) => string = (line) => line): string {
  const lines = stripControls(text)
    .replace(LONE_SURROGATE, '')
    .replace(/"{3,}/g, '"') // would close a """ literal
    .replace(/'{3,}/g, "'")
    .replace(/\*\//g, '* /') // would close the comment
    .split('\n')
    .filter((line) => !/^\s*(`{3,}|~{3,})/.test(line)) // fence lines: the code inside stays as text
    .map((line) => line.replace(/\\+$/, '').trimEnd()) // a trailing backslash escapes the closing quote or the newline
    .map(escapeLine); // e.g. a line starting with @ would read as a JSDoc tag
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** One line, no backtick fences: a summary is a sentence. */
function oneLine(text: string, escapeLine?: (line: string) => string): string {
  return neutralise(text.replace(/`{3,}/g, ''), escapeLine).replace(/\s+/g, ' ').trim();
}

/** A name from the answer, for the report of names the code does not have. */
const reportedName = (name: string) => untrustedText(name, { maxLength: MAX_NAME_CHARS });

const isPlaceholder = (text: string | undefined, placeholder: string) => !text || !text.trim() || text.trim() === placeholder;

/** `*args`, `args`, `...rest` and `rest` name the same parameter. */
const paramKey = (name: string) => name.trim().replace(/^(\*+|\.\.\.)/, '').replace(/\\/g, '');
/** `ValueError` answers for `errors.ValueError` too, but only when unambiguous (checked by the caller). */
const lastSegment = (type: string) => type.trim().split('.').pop() ?? type;

export function applyAnswer(template: Docstring, answer: DocAnswer, symbol: SymbolFact, options: ApplyOptions = {}): { doc: Docstring; dropped: string[] } {
  const escapeLine = packFor(symbol.language).escapeTextLine;
  const fill = (current: string | undefined, placeholder: string, text: string | null | undefined, max: number, summary = false): string | undefined => {
    if (text === null || text === undefined) return current;
    const clean = capLength(summary ? oneLine(text, escapeLine) : neutralise(text, escapeLine), max);
    if (!clean) return current;
    return options.overwrite || isPlaceholder(current, placeholder) ? clean : current;
  };
  const dropped: string[] = [];
  const doc: Docstring = structuredClone(template);
  // Go's template summary is `Name _summary_`: still a placeholder; the model's summary is made to start with the name.
  const conventions = packFor(symbol.language).conventions;
  const current = summaryIsPlaceholder(doc.summary, symbol) ? SUMMARY_PLACEHOLDER : doc.summary;
  const summary = fill(current, SUMMARY_PLACEHOLDER, answer.summary, MAX_SUMMARY_CHARS, true);
  if (summary !== undefined && summary !== current) doc.summary = conventions.namedSummary?.(summary, symbol) ?? summary;
  const description = fill(doc.description, '', answer.description, MAX_DESCRIPTION_CHARS);
  if (description !== undefined) doc.description = description;

  const params = new Map(doc.params.map((p) => [paramKey(p.name), p]));
  // A record class's fields are asked for as parameters (prompt.ts): the same entries fill them.
  const attributes = new Map((doc.attributes ?? []).map((a) => [a.name, a]));
  const seen = new Set<DocParam>();
  for (const entry of answer.params) {
    const key = paramKey(entry.name);
    const found = [params.get(key), attributes.get(key)].filter((p): p is DocParam => p !== undefined);
    if (found.length === 0) dropped.push(`param ${reportedName(entry.name)}`);
    for (const param of found) {
      if (seen.has(param)) continue;
      seen.add(param);
      param.description = fill(param.description, DESCRIPTION_PLACEHOLDER, entry.description, MAX_ENTRY_CHARS) ?? param.description;
    }
  }

  for (const entry of answer.raises) {
    const exact = doc.raises.find((r) => r.type === entry.type.trim());
    const bySegment = doc.raises.filter((r) => lastSegment(r.type) === lastSegment(entry.type));
    const raise = exact ?? (bySegment.length === 1 ? bySegment[0] : undefined);
    if (!raise) dropped.push(`raises ${reportedName(entry.type)}`);
    else raise.description = fill(raise.description, DESCRIPTION_PLACEHOLDER, entry.description, MAX_ENTRY_CHARS) ?? raise.description;
  }

  for (const key of ['returns', 'yields'] as const) {
    const value = doc[key];
    if (!value) {
      if (answer[key] !== null && answer[key]?.trim()) dropped.push(key);
    } else value.description = fill(value.description, DESCRIPTION_PLACEHOLDER, answer[key], MAX_ENTRY_CHARS) ?? value.description;
  }

  const example = options.examples && answer.example ? capLength(neutralise(answer.example, escapeLine), MAX_EXAMPLE_CHARS) : '';
  if (example && (options.overwrite || !doc.examples?.trim())) doc.examples = example;
  return { doc, dropped };
}

export interface CompletionRequest {
  model: string;
  messages: ChatMessage[];
  responseFormat: JsonSchemaResponseFormat;
  /** Cap on the answer's tokens. */
  maxTokens: number;
  /** Counted with tiktoken, for the client's tokens-per-minute limiter. */
  promptTokens: number;
  signal?: AbortSignal;
}

export interface CompletionUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface CompletionResult {
  text: string;
  usage?: CompletionUsage;
}

export interface DescribeEvent {
  symbol: SymbolFact;
  dropped: string[];
  cached: boolean;
  promptTokens: number;
  usage?: CompletionUsage;
  /** What still has its placeholder after the answer (and the one follow-up request): `param x`, `returns`... */
  incomplete: string[];
  /** Requests made for this symbol: 0 from the cache, 2 when a follow-up asked for what the first answer left out. */
  requests: number;
}

/** What `doc` still says nothing about: the fields whose text is a placeholder (or empty). */
/** The template's summary placeholder, as the language names it for `symbol` (Go's `Name _summary_`), or none at all. */
function summaryIsPlaceholder(summary: string, symbol?: SymbolFact): boolean {
  return isPlaceholder(summary, SUMMARY_PLACEHOLDER) || (symbol !== undefined && summary.trim() === packFor(symbol.language).conventions.namedSummary?.(SUMMARY_PLACEHOLDER, symbol));
}

/** What the template left for a person or a model; `symbol` reads a summary placeholder that starts with its name (Go). */
export function placeholdersLeft(doc: Docstring, symbol?: SymbolFact): string[] {
  const left: string[] = [];
  if (summaryIsPlaceholder(doc.summary, symbol)) left.push('summary');
  for (const p of doc.params) if (isPlaceholder(p.description, DESCRIPTION_PLACEHOLDER)) left.push(`param ${p.name}`);
  for (const a of doc.attributes ?? []) if (isPlaceholder(a.description, DESCRIPTION_PLACEHOLDER)) left.push(`attribute ${a.name}`);
  if (doc.returns && isPlaceholder(doc.returns.description, DESCRIPTION_PLACEHOLDER)) left.push('returns');
  if (doc.yields && isPlaceholder(doc.yields.description, DESCRIPTION_PLACEHOLDER)) left.push('yields');
  for (const r of doc.raises) if (isPlaceholder(r.description, DESCRIPTION_PLACEHOLDER)) left.push(`raises ${r.type}`);
  return left;
}

/** The follow-up request's words: only what the first answer left out. */
export function followUpQuestion(missing: readonly string[]): string {
  return [
    `Your answer left these without a description: ${missing.join(', ')}.`,
    'Answer again with the whole JSON object, and describe each of them (the same rules apply).',
  ].join(' ');
}

/** The first answer, with the follow-up's text for the fields it left out (never replacing what it said). */
export function mergeAnswers(first: DocAnswer, second: DocAnswer): DocAnswer {
  const blank = (text: string | null | undefined) => !text || !text.trim();
  const secondParams = new Map(second.params.map((p) => [paramKey(p.name), p]));
  const firstParams = first.params.filter((p) => !blank(p.description));
  const params = [...firstParams];
  for (const [key, p] of secondParams) if (!firstParams.some((f) => paramKey(f.name) === key) && !blank(p.description)) params.push(p);
  const firstRaises = first.raises.filter((r) => !blank(r.description));
  const raises = [...firstRaises, ...second.raises.filter((r) => !blank(r.description) && !firstRaises.some((f) => lastSegment(f.type) === lastSegment(r.type)))];
  return {
    summary: blank(first.summary) ? second.summary : first.summary,
    description: blank(first.description) ? second.description : first.description,
    params,
    returns: blank(first.returns) ? second.returns : first.returns,
    yields: blank(first.yields) ? second.yields : first.yields,
    raises,
    example: blank(first.example) ? second.example : first.example,
  };
}

export interface AiDescriberDeps {
  /** The HTTP client (retries, rate limit, deadline): Docwright's own, injected. */
  complete: (request: CompletionRequest) => Promise<CompletionResult>;
  model: string;
  /** The whole text of the file being documented (one describer per file). */
  source: string;
  /** The style being written; default Google for Python, JSDoc otherwise. Part of the cache key. */
  style?: DocStyle;
  cache?: DescriptionCache;
  /** Default 4000. */
  maxPromptTokens?: number;
  /** Default 600: a docstring's JSON answer fits, and the rate limiter reserves this much per request. */
  maxCompletionTokens?: number;
  examples?: boolean;
  overwrite?: boolean;
  /** The natural language of the descriptions (PromptOptions.language); part of the cache key. */
  language?: string;
  /** Ask the model even when the cache has an answer ("Regenerate"); the new answer replaces it. */
  refresh?: boolean;
  /** After each described symbol: names dropped, whether it came from the cache, token usage. */
  onDescribed?: (event: DescribeEvent) => void;
}

/** An answer already given for a symbol (by a grouped request) that left names undescribed. */
export interface AnswerSeed {
  /** The answer's JSON text, as the assistant turn of the follow-up. */
  text: string;
  answer: DocAnswer;
}

/** A Describer that may start from an answer already given: then only the follow-up question is asked. */
export type SeededDescriber = (symbol: SymbolFact, template: Docstring, signal?: AbortSignal, seed?: AnswerSeed) => Promise<Docstring>;

/** What a cache key depends on besides the symbol's source and context. */
export type CacheKeyDeps = Pick<AiDescriberDeps, 'model' | 'examples' | 'language'>;

/**
 * The cache key of a symbol's answer: its source, context, style, the model, the prompt version
 * and the names asked for. A grouped request fills the very keys single requests use.
 */
export function cacheKeyFor(symbol: SymbolFact, template: Docstring, source: string, context: PromptContext, style: DocStyle, deps: CacheKeyDeps): string {
  const language = requestedLanguage(deps.language);
  return descriptionCacheKey({
    source: symbolSource(symbol, source),
    context,
    style,
    model: deps.model,
    promptVersion: PROMPT_VERSION,
    // The names asked for follow the template (an existing docstring can change them).
    fields: [...template.params.map((p) => p.name), ...(template.attributes ?? []).map((a) => `attribute:${a.name}`), `returns:${Boolean(template.returns)}`, `yields:${Boolean(template.yields)}`, ...template.raises.map((r) => `raises:${r.type}`), `examples:${Boolean(deps.examples)}`, ...(language ? [`language:${language}`] : [])],
  });
}

/** Every name the answer was asked to describe has a description (no placeholder left). */
export function answerIsComplete(template: Docstring, answer: DocAnswer, symbol: SymbolFact, options: ApplyOptions = {}): boolean {
  return placeholdersLeft(applyAnswer(template, answer, symbol, options).doc, symbol).length === 0;
}

/** The file's symbols, extracted once per describer: they give a symbol its class and module context. */
export function contextSource(source: string): (symbol: SymbolFact) => Promise<PromptContext> {
  let symbols: Promise<readonly SymbolFact[]> | undefined;
  return async (symbol) => {
    symbols ??= extractSymbols(source, symbol.language).then((r) => r.symbols, () => []);
    return contextFor(symbol, source, await symbols);
  };
}

/**
 * A Describer that asks the model. Any failure (request, unusable answer) throws, so the pipeline
 * records it against the symbol.
 */
export function makeAiDescriber(deps: AiDescriberDeps): SeededDescriber {
  const contextOf = contextSource(deps.source);
  return async (symbol, template, signal, seed) => {
    signal?.throwIfAborted();
    const style = deps.style ?? packFor(symbol.language).styles[0];
    const context = await contextOf(symbol);
    const language = requestedLanguage(deps.language);
    const prompt = await buildPrompt(symbol, deps.source, context, style, template, { maxPromptTokens: deps.maxPromptTokens ?? 4000, model: deps.model }, { examples: deps.examples, ...(language ? { language } : {}) });
    let usage: CompletionUsage | undefined;
    let requests = 0;
    const applyOptions = { overwrite: deps.overwrite, examples: deps.examples };
    const complete = (answer: DocAnswer) => answerIsComplete(template, answer, symbol, applyOptions);
    const request = async (messages: ChatMessage[], promptTokens: number, askSignal?: AbortSignal): Promise<{ text: string; answer: DocAnswer }> => {
      requests++;
      const result = await deps.complete({ model: deps.model, messages, responseFormat: answerResponseFormat(), maxTokens: deps.maxCompletionTokens ?? 600, promptTokens, signal: askSignal });
      usage = { promptTokens: (usage?.promptTokens ?? 0) + (result.usage?.promptTokens ?? 0), completionTokens: (usage?.completionTokens ?? 0) + (result.usage?.completionTokens ?? 0) };
      const parsed = parseAnswer(result.text);
      if (!parsed.ok) throw new Error(`the AI answer was not usable: ${parsed.reason}`);
      return { text: result.text, answer: parsed.answer };
    };
    // One answer (or the seed a grouped request gave), and when it leaves names undescribed, one follow-up asking for just those.
    const ask = async (askSignal?: AbortSignal): Promise<DocAnswer> => {
      const first = seed ?? (await request(prompt.messages, prompt.promptTokens, askSignal));
      const missing = placeholdersLeft(applyAnswer(template, first.answer, symbol, applyOptions).doc, symbol);
      if (missing.length === 0) return first.answer;
      const question = followUpQuestion(missing);
      const messages: ChatMessage[] = [...prompt.messages, { role: 'assistant', content: first.text }, { role: 'user', content: question }];
      const promptTokens = prompt.promptTokens + (await countTokens(first.text, deps.model)) + (await countTokens(question, deps.model)) + 6;
      try {
        return mergeAnswers(first.answer, (await request(messages, promptTokens, askSignal)).answer);
      } catch (error) {
        if (askSignal?.aborted || (error instanceof Error && error.name === 'AbortError')) throw error;
        return first.answer; // the first answer stands; what it left out keeps its placeholder
      }
    };
    let answer: DocAnswer;
    if (deps.cache) {
      const key = cacheKeyFor(symbol, template, deps.source, context, style, deps);
      answer = await deps.cache.getOrCompute(key, ask, signal, { refresh: deps.refresh || seed !== undefined, complete });
    } else answer = await ask(signal);
    const { doc, dropped } = applyAnswer(template, answer, symbol, applyOptions);
    deps.onDescribed?.({ symbol, dropped, cached: requests === 0 && seed === undefined, promptTokens: prompt.promptTokens, usage, incomplete: placeholdersLeft(doc, symbol), requests });
    return doc;
  };
}
