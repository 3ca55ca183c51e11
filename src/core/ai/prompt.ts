/**
 * The prompt for one symbol: the facts the parser knows (names, kinds, types, defaults, raises),
 * the symbol's own source cut to the token budget, and at most two lines of context. Never the whole
 * file: other code costs tokens and invites the model to describe names that are not there.
 */
import { createHash } from 'node:crypto';
import type { Docstring, DocStyle } from '../docstring/model';
import type { FieldFact, ParamFact, SymbolFact } from '../extract/types';
import { documentedName, SUMMARY_PLACEHOLDER } from '../generate/template';
import { answerJsonSchema } from './schema';
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

const SYSTEM = [
  'You write the descriptions of a docstring or doc comment. Docwright renders the docstring itself:',
  'you supply only text, as one JSON object with exactly these keys:',
  '- "summary": one sentence on one line saying what the symbol does (imperative mood for functions: "Return ...", "Parse ..."), at most 90 characters.',
  '- "description": further explanation in plain sentences, or null when the summary says it all.',
  '- "params": one {"name", "description"} entry for each parameter listed by the user, with the name exactly as listed; [] when none are listed.',
  '- "returns": what the returned value is, or null when the user lists no return.',
  '- "yields": what each yielded value is, or null when the user lists no yield.',
  '- "raises": one {"type", "description"} entry for each exception listed by the user, saying when it is raised; [] when none are listed.',
  '- "example": null unless the user asks for an example.',
  'Rules: never describe a name that is not listed; never add parameters, exceptions or sections;',
  'never write types (they come from the code), markdown headings, code fences or the code of the symbol;',
  'describe what the code does, not how; answer with the JSON object only.',
].join('\n');

/** Changes whenever the instructions or the answer schema change, so cached answers of another prompt are not reused. */
export const PROMPT_VERSION = `1-${createHash('sha256').update(SYSTEM).update(JSON.stringify(answerJsonSchema())).digest('hex').slice(0, 10)}`;

/** A fence longer than any backtick run in `text`, so the source cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
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

/** The facts section: which names the answer may (and must) describe, from the template. */
function facts(symbol: SymbolFact, style: DocStyle, template: Docstring, options: PromptOptions): string[] {
  const byName = new Map(symbol.params.map((p) => [documentedName(p), p]));
  const out = [
    `Language: ${packFor(symbol.language).promptName(symbol.language)}. Docstring style: ${style} (rendered by Docwright).`,
    `Symbol: ${symbol.isAsync ? 'async ' : ''}${symbol.kind} ${symbol.namePath.join('.')}${symbol.isGenerator ? ' (generator)' : ''}${symbol.isProperty ? ' (property)' : ''}`,
  ];
  if (symbol.bases.length) out.push(`Bases: ${symbol.bases.join(', ')}`);
  // A record class's fields (enum members) are answered like parameters: same entries, same rules.
  const attributes = template.attributes ?? [];
  out.push(template.params.length || attributes.length ? 'Parameters to describe:' : 'Parameters to describe: none');
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
  out.push(template.returns ? `Return to describe: ${template.returns.type ?? symbol.returnAnnotation ?? 'a value'}` : 'Return to describe: none (returns must be null)');
  out.push(template.yields ? `Yield to describe: ${template.yields.type ?? 'a value'}` : 'Yield to describe: none (yields must be null)');
  out.push(template.raises.length ? `Exceptions to describe: ${template.raises.map((r) => r.type).join(', ')}` : 'Exceptions to describe: none');
  out.push(options.examples ? 'Example: give one short usage example (a few lines, no fences).' : 'Example: none (example must be null).');
  const language = requestedLanguage(options.language);
  if (language) out.push(`Write the summary and every description in ${language}; keep names, types and code exactly as they are.`);
  return out;
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
  const mark = fence(own);
  const user = (code: string) => [...head, '', 'Source of the symbol:', `${mark}${packFor(symbol.language).fence}`, code, mark].join('\n');
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
  return { messages, promptTokens: await count(code), promptVersion: PROMPT_VERSION };
}
