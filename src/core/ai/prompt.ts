/**
 * The prompt for one symbol: the facts the parser knows (names, kinds, types, defaults, raises),
 * the symbol's own source cut to the token budget, and at most two lines of context. Never the whole
 * file: other code costs tokens and invites the model to describe names that are not there.
 */
import { createHash } from 'node:crypto';
import type { Docstring, DocStyle } from '../docstring/model';
import type { FieldFact, ParamFact, SymbolFact } from '../extract/types';
import { documentedName, SUMMARY_PLACEHOLDER } from '../generate/template';
import { answerJsonSchema, groupAnswerJsonSchema } from './schema';
import { requestedLanguage } from './language';
import { countTokens, truncateMiddle } from './tokens';
import { packFor } from '../../languages';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface PromptContext {
  /** The enclosing class's signature line (`class Foo(Base):`), for methods. */
  classSignature?: string;
  /** First line of the module docstring. */
  moduleSummary?: string;
}

export interface PromptBudget {
  maxPromptTokens: number;
  model: string;
}

export interface BuiltPrompt {
  messages: ChatMessage[];
  promptTokens: number;
  promptVersion: string;
  /** The symbol's source as sent: cut in the middle to the budget (a grouped prompt sends the same). */
  code: string;
}

export interface PromptOptions {
  /** Ask for a short usage example (default: `example` must be null). */
  examples?: boolean;
  /** The natural language of the descriptions (default English); names, types and code stay as written. */
  language?: string;
}

/** Chat framing per message and for the reply (OpenAI's published count for chat models). */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_FOR_REPLY = 3;
/** Slack for tokens merging across the join of the source and its fence. */
const SAFETY_TOKENS = 8;

/** What each answer object holds: the same keys for one symbol and for each symbol of a group. */
const ANSWER_KEYS = [
  '- "summary": one sentence on one line saying what the symbol does (imperative mood for functions: "Return ...", "Parse ..."), at most 90 characters.',
  '- "description": further explanation in plain sentences, or null when the summary says it all.',
  '- "params": one {"name", "description"} entry for each parameter listed by the user, with the name exactly as listed; [] when none are listed.',
  '- "returns": what the returned value is, or null when the user lists no return.',
  '- "yields": what each yielded value is, or null when the user lists no yield.',
  '- "raises": one {"type", "description"} entry for each exception listed by the user, saying when it is raised; [] when none are listed.',
  '- "example": null unless the user asks for an example.',
];
const RULES = [
  'Rules: never describe a name that is not listed; never add parameters, exceptions or sections;',
  'never write types (they come from the code), markdown headings, code fences or the code of the symbol;',
];

const SYSTEM = [
  'You write the descriptions of a docstring or doc comment. Docwright renders the docstring itself:',
  'you supply only text, as one JSON object with exactly these keys:',
  ...ANSWER_KEYS,
  ...RULES,
  'describe what the code does, not how; answer with the JSON object only.',
].join('\n');

/** The instructions of a grouped request: the same keys and rules, one answer per listed symbol. */
export const GROUP_SYSTEM = [
  'You write the descriptions of several docstrings or doc comments. Docwright renders each docstring itself.',
  'The user lists several symbols, each under a heading "### Symbol <id>". For each symbol you supply only text,',
  'as one JSON object with "id" (the id exactly as listed) and exactly these keys:',
  ...ANSWER_KEYS,
  ...RULES,
  'never mix the facts of two symbols: each answer describes only the names listed under its own heading;',
  'a block lists only what its symbol has: with no parameters listed "params" is [], with no exceptions "raises" is [],',
  'with no return, yield or example listed "returns", "yields" and "example" are null;',
  'describe what the code does, not how; answer with one JSON object {"answers": [...]} holding one answer per listed symbol, and nothing else.',
].join('\n');

/**
 * Changes whenever the instructions or the answer schemas change, so cached answers of another prompt
 * are not reused. One version for the single and the grouped prompt: their answers share cache keys.
 */
export const PROMPT_VERSION = `2-${createHash('sha256')
  .update(SYSTEM)
  .update(GROUP_SYSTEM)
  .update(JSON.stringify(answerJsonSchema()))
  .update(JSON.stringify(groupAnswerJsonSchema(['1'])))
  .digest('hex')
  .slice(0, 10)}`;

/** A fence longer than any backtick run in `text`, so the source cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

/** The source section of a prompt: `code` fenced with a fence made for the whole `own` source. */
export function sourceLines(symbol: SymbolFact, own: string, code: string): string[] {
  const mark = fence(own);
  return ['Source of the symbol:', `${mark}${packFor(symbol.language).fence}`, code, mark];
}

/** Chat tokens of `messages` as the model counts them: each message, its framing, and the reply's priming. */
export async function chatTokens(messages: readonly ChatMessage[], model: string): Promise<number> {
  let total = TOKENS_FOR_REPLY;
  for (const message of messages) total += (await countTokens(message.content, model)) + TOKENS_PER_MESSAGE;
  return total;
}

function describeParam(name: string, fact: ParamFact | undefined): string {
  if (!fact) return `- ${name}`; // a JSDoc member of a destructured parameter (`options.a`)
  const parts: string[] = [fact.kind];
  if (fact.annotation) parts.push(`type ${fact.annotation}`);
  if (fact.default !== undefined) parts.push(`default ${fact.default}`);
  else if (fact.optional && fact.kind !== 'var-positional' && fact.kind !== 'var-keyword' && fact.kind !== 'rest') parts.push('optional');
  return `- ${name} (${parts.join(', ')})`;
}

/** A field as a "parameter" entry: what it is (say what it holds), its type and value. */
function describeField(name: string, fact: FieldFact | undefined, member: boolean): string {
  const parts = [member ? 'enum member' : 'attribute: a field of the class', fact?.annotation ? `type ${fact.annotation}` : '', fact?.default !== undefined ? `value ${fact.default}` : ''].filter(Boolean);
  return `- ${name} (${parts.join(', ')})`;
}

/** The first facts line, shared by every symbol of a file: the language and the style. */
export function languageLine(symbol: SymbolFact, style: DocStyle): string {
  return `Language: ${packFor(symbol.language).promptName(symbol.language)}. Docstring style: ${style} (rendered by Docwright).`;
}

/** The line asking for descriptions in another natural language, if one is asked for. */
export function languageRequestLine(options: PromptOptions): string | undefined {
  const language = requestedLanguage(options.language);
  return language ? `Write the summary and every description in ${language}; keep names, types and code exactly as they are.` : undefined;
}

/**
 * One symbol's facts: which names the answer may (and must) describe, from the template. `listed`
 * leaves out the lines that say a symbol has none of something (a grouped prompt says once that
 * what a block does not list is null or []).
 */
export function memberFacts(symbol: SymbolFact, template: Docstring, options: PromptOptions, listed = false): string[] {
  const byName = new Map(symbol.params.map((p) => [documentedName(p), p]));
  const out = [`Symbol: ${symbol.isAsync ? 'async ' : ''}${symbol.kind} ${symbol.namePath.join('.')}${symbol.isGenerator ? ' (generator)' : ''}${symbol.isProperty ? ' (property)' : ''}`];
  if (symbol.bases.length) out.push(`Bases: ${symbol.bases.join(', ')}`);
  // A record class's fields (enum members) are answered like parameters: same entries, same rules.
  const attributes = template.attributes ?? [];
  if (template.params.length || attributes.length) out.push('Parameters to describe:');
  else if (!listed) out.push('Parameters to describe: none');
  for (const p of template.params) out.push(describeParam(p.name, byName.get(p.name)));
  for (const a of attributes) out.push(describeField(a.name, symbol.fields?.find((f) => f.name === a.name), symbol.fieldsKind === 'enum'));
  // A property reads as a value: its docstring says what the value is, with no Returns section.
  if (symbol.isProperty) out.push('This is a property: the summary says what its value is ("The user\'s display name."), not what a call does.');
  // Go: a doc comment starts with the name it documents, in the third person ("Area returns ...").
  const named = packFor(symbol.language).conventions.namedSummary?.(SUMMARY_PLACEHOLDER, symbol);
  if (named !== undefined && named !== SUMMARY_PLACEHOLDER) {
    const lead = named.slice(0, -SUMMARY_PLACEHOLDER.length).trim();
    out.push(`The summary must start with "${lead}" and go on in the third person ("${lead} returns ...", "${lead} is ..."), as the language's doc comments do.`);
  }
  const none = (line: string) => (listed ? [] : [line]);
  out.push(...(template.returns ? [`Return to describe: ${template.returns.type ?? symbol.returnAnnotation ?? 'a value'}`] : none('Return to describe: none (returns must be null)')));
  out.push(...(template.yields ? [`Yield to describe: ${template.yields.type ?? 'a value'}`] : none('Yield to describe: none (yields must be null)')));
  out.push(...(template.raises.length ? [`Exceptions to describe: ${template.raises.map((r) => r.type).join(', ')}`] : none('Exceptions to describe: none')));
  out.push(...(options.examples ? ['Example: give one short usage example (a few lines, no fences).'] : none('Example: none (example must be null).')));
  return out;
}

/** The facts section of a single prompt. */
function facts(symbol: SymbolFact, style: DocStyle, template: Docstring, options: PromptOptions): string[] {
  const request = languageRequestLine(options);
  return [languageLine(symbol, style), ...memberFacts(symbol, template, options), ...(request ? [request] : [])];
}

/** The symbol's own source text (its whole definition), with the indentation of its first line. */
export function symbolSource(symbol: SymbolFact, source: string): string {
  const lineStart = source.lastIndexOf('\n', symbol.range.start - 1) + 1;
  const start = /^[ \t]*$/.test(source.slice(lineStart, symbol.range.start)) ? lineStart : symbol.range.start;
  return source.slice(start, symbol.range.end);
}

/**
 * Context for `symbol` from the file's symbols: the enclosing class's signature, and the first line
 * of the module docstring. Only these two lines, never more of the file.
 */
export function contextFor(symbol: SymbolFact, source: string, symbols: readonly SymbolFact[]): PromptContext {
  const context: PromptContext = {};
  const owner = symbols
    .filter((s) => s.kind === 'class' && s !== symbol && s.range.start <= symbol.range.start && symbol.range.end <= s.range.end)
    .sort((a, b) => b.range.start - a.range.start)[0];
  if (owner) context.classSignature = source.slice(owner.signatureRange.start, owner.signatureRange.end).replace(/\s*\n\s*/g, ' ').trim();
  // A TS overview comment may open with its tag (`@packageDocumentation`): the summary is prose.
  const summary = symbols.find((s) => s.kind === 'module')?.docstring?.content.split('\n').find((l) => l.trim() && !l.trim().startsWith('@'));
  if (summary) context.moduleSummary = summary.trim();
  return context;
}

export async function buildPrompt(
  symbol: SymbolFact,
  source: string,
  context: PromptContext,
  style: DocStyle,
  template: Docstring,
  budget: PromptBudget,
  options: PromptOptions = {},
): Promise<BuiltPrompt> {
  const own = symbolSource(symbol, source);
  const head = facts(symbol, style, template, options);
  if (context.moduleSummary) head.push(`Module: ${context.moduleSummary}`);
  if (context.classSignature) head.push(`Enclosing class: ${context.classSignature}`);
  const user = (code: string) => [...head, '', ...sourceLines(symbol, own, code)].join('\n');
  const count = async (code: string) =>
    (await countTokens(SYSTEM, budget.model)) + (await countTokens(user(code), budget.model)) + 2 * TOKENS_PER_MESSAGE + TOKENS_FOR_REPLY;
  const fixed = await count('');
  const room = budget.maxPromptTokens - fixed - SAFETY_TOKENS;
  // Below this the model would describe a signature it cannot see: better to fail the symbol.
  if (room < 32) throw new Error(`the prompt needs ${fixed + 32} tokens at least; maxPromptTokens is ${budget.maxPromptTokens}`);
  const code = await truncateMiddle(own, room, budget.model);
  const messages: ChatMessage[] = [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user(code) },
  ];
  return { messages, promptTokens: await count(code), promptVersion: PROMPT_VERSION, code };
}
