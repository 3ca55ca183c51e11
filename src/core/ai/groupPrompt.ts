/**
 * The prompt for several symbols of one file in one request. The instructions, the language line
 * and the module summary are sent once; each symbol gets its own block (`### Symbol <id>`) with the
 * same facts and the same source a single prompt would give it. Ids are ordinals ("1".."k"): short,
 * no names from the code in the schema, no collisions.
 */
import type { Docstring, DocStyle } from '../docstring/model';
import type { SymbolFact } from '../extract/types';
import {
  buildPrompt,
  chatTokens,
  GROUP_SYSTEM,
  languageLine,
  languageRequestLine,
  memberFacts,
  PROMPT_VERSION,
  sourceLines,
  symbolSource,
  type BuiltPrompt,
  type ChatMessage,
  type PromptBudget,
  type PromptContext,
  type PromptOptions,
} from './prompt';
import { countTokens } from './tokens';

export interface GroupMember {
  symbol: SymbolFact;
  template: Docstring;
  context: PromptContext;
  /** The member's single prompt, when the caller built it already (for packing). */
  single?: BuiltPrompt;
}

export interface GroupBudget extends PromptBudget {
  /** The most prompt tokens one grouped request may have (default twice `maxPromptTokens`). */
  maxGroupPromptTokens?: number;
}

export interface BuiltGroupPrompt {
  messages: ChatMessage[];
  promptTokens: number;
  /** `ids[i]` is the id of `members[i]` in the prompt and in the answer. */
  ids: string[];
  /** Each member's block in tokens: the share of the request's usage it is charged. */
  memberTokens: number[];
  promptVersion: string;
}

/** The id of the i-th member (0-based) of a group. */
export const groupId = (index: number): string => String(index + 1);

/** Group ids for `count` members. */
export const groupIds = (count: number): string[] => Array.from({ length: count }, (_, i) => groupId(i));

/**
 * The grouped prompt. Every member must come from `source` and share one language and style (one
 * file). A member's source is cut exactly as its single prompt would cut it, so grouping never
 * shows the model less of a symbol than asking for it alone.
 */
export async function buildGroupPrompt(members: readonly GroupMember[], source: string, style: DocStyle, budget: PromptBudget, options: PromptOptions = {}): Promise<BuiltGroupPrompt> {
  if (members.length === 0) throw new Error('a grouped prompt needs at least one symbol');
  const ids = groupIds(members.length);
  const blocks: string[] = [];
  for (const [i, member] of members.entries()) {
    const single = member.single ?? (await buildPrompt(member.symbol, source, member.context, style, member.template, budget, options));
    const block = [`### Symbol ${ids[i]}`, ...memberFacts(member.symbol, member.template, options, true)];
    if (member.context.classSignature) block.push(`Enclosing class: ${member.context.classSignature}`);
    block.push(...sourceLines(member.symbol, symbolSource(member.symbol, source), single.code));
    blocks.push(block.join('\n'));
  }
  const head = [languageLine(members[0].symbol, style)];
  const moduleSummary = members[0].context.moduleSummary;
  if (moduleSummary) head.push(`Module: ${moduleSummary}`);
  const request = languageRequestLine(options);
  if (request) head.push(request);
  head.push(`Answer for each of the ${members.length} symbols below, by its id.`);
  const messages: ChatMessage[] = [
    { role: 'system', content: GROUP_SYSTEM },
    { role: 'user', content: [head.join('\n'), ...blocks].join('\n\n') },
  ];
  const memberTokens = await Promise.all(blocks.map((block) => countTokens(block, budget.model)));
  return { messages, promptTokens: await chatTokens(messages, budget.model), ids, memberTokens, promptVersion: PROMPT_VERSION };
}

/**
 * Splits consecutive members into groups of at most `size`, given each member's single prompt size:
 * a member whose single prompt is over half of `maxPromptTokens` goes alone (a long function would
 * crowd out the others), and a group stops before the sum of its members' single prompts passes
 * `maxGroupPromptTokens` (a bound: the shared instructions are counted once per member).
 * Returns the groups as index lists, in order.
 */
export function packGroups(singleTokens: readonly number[], size: number, budget: Pick<GroupBudget, 'maxPromptTokens' | 'maxGroupPromptTokens'>): number[][] {
  const k = Math.max(1, Math.floor(size));
  const maxGroup = budget.maxGroupPromptTokens ?? 2 * budget.maxPromptTokens;
  const groups: number[][] = [];
  let current: number[] = [];
  let tokens = 0;
  const close = () => {
    if (current.length) groups.push(current);
    current = [];
    tokens = 0;
  };
  for (const [index, single] of singleTokens.entries()) {
    if (k === 1 || single > budget.maxPromptTokens / 2) {
      close();
      groups.push([index]);
      continue;
    }
    if (current.length === k || (current.length > 0 && tokens + single > maxGroup)) close();
    current.push(index);
    tokens += single;
  }
  close();
  return groups;
}
