/**
 * Several symbols of one file described by one request. Each member's answer is validated on its
 * own: a complete one is applied and cached under the key a single request would use; an invalid
 * or missing one is asked again alone (then falls back to its template); an incomplete one is
 * followed up alone with its answer as the first turn. A request that fails outright (network,
 * auth, quota, guard) gives every member its template at once: a dead server must not cost k retries.
 */
import type { Docstring } from '../docstring/model';
import type { SymbolFact } from '../extract/types';
import type { GroupDescriber } from '../generate/generateFile';
import { answerIsComplete, applyAnswer, cacheKeyFor, contextSource } from './describe';
import { abortError, asModelError, isCancellation } from './errors';
import { buildGroupPrompt, packGroups, type GroupMember } from './groupPrompt';
import { requestedLanguage } from './language';
import { buildPrompt, type BuiltPrompt } from './prompt';
import { groupResponseFormat, parseGroupAnswer, type DocAnswer } from './schema';
import type { AiDescriberOptions, AiParts, Carried } from './service';

export interface GroupDescriberDeps extends AiDescriberOptions, AiParts {
  /** Symbols per request at most; halved for the rest of the run when an answer is cut off. */
  groupSize: number;
  /** Default twice `maxPromptTokens`. */
  maxGroupPromptTokens?: number;
}

interface Prepared extends GroupMember {
  index: number;
  key?: string;
  /** A complete answer is in the cache: described alone, with no request. */
  cached: boolean;
}

type Usage = { prompt: number; completion: number };

/** `total` split in proportion to `weights`; whole tokens, the remainder to the first, so the shares add up exactly. */
export function splitTokens(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  const shares = weights.map((w) => (sum > 0 ? Math.floor((total * Math.max(0, w)) / sum) : Math.floor(total / weights.length)));
  if (shares.length) shares[0] += total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** The answer was cut off at the output limit: the group was too big for this model. */
const cutOff = (error: unknown) => error instanceof Error && /cut off at the output token limit/.test(error.message);

/**
 * The server answered, but not with text Docwright can use for the whole group (cut off, refused,
 * filtered: the client's readCompletion words), or refused the request's size (a 400): each member
 * asked alone may work. A body that is not a chat completion, or is megabytes long, would fail alone too.
 */
function answerProblem(error: unknown): boolean {
  const failure = asModelError(error);
  if (failure.category === 'bad_request') return failure.status === 400;
  return failure.category === 'invalid_response' && (cutOff(error) || /refused to answer|blocked by the content filter/.test(failure.message));
}

export function makeGroupDescriber(deps: GroupDescriberDeps): GroupDescriber {
  const contextOf = contextSource(deps.source);
  const budget = { maxPromptTokens: deps.maxPromptTokens ?? 4000, model: deps.model };
  const maxCompletionTokens = deps.maxCompletionTokens ?? 600;
  const language = requestedLanguage(deps.language);
  const promptOptions = language ? { language } : {};
  let groupSizeNow = Math.max(1, Math.floor(deps.groupSize));
  let groups = 0;

  const prepare = async (index: number, symbol: SymbolFact, template: Docstring): Promise<Prepared> => {
    const context = await contextOf(symbol);
    const key = deps.cache ? cacheKeyFor(symbol, template, deps.source, context, deps.style, deps) : undefined;
    const hit = key && !deps.refresh ? await deps.cache?.peek(key) : undefined;
    const cached = hit !== undefined && answerIsComplete(template, hit, symbol);
    let single: BuiltPrompt | undefined;
    if (!cached) single = await buildPrompt(symbol, deps.source, context, deps.style, template, budget, promptOptions).catch(() => undefined);
    return { index, symbol, template, context, key, cached, single };
  };

  /** One grouped request for `members`; each result lands in `results` at the member's index. */
  const askGroup = async (members: Prepared[], results: Docstring[], signal?: AbortSignal): Promise<void> => {
    if (members.length === 1) {
      results[members[0].index] = await deps.describeOne(members[0].symbol, members[0].template, signal);
      return;
    }
    const group = { id: ++groups, size: members.length };
    const prompt = await buildGroupPrompt(members, deps.source, deps.style, budget, promptOptions);
    const outcome = await deps.counted(() =>
      deps.complete({ model: deps.model, messages: prompt.messages, responseFormat: groupResponseFormat(prompt.ids), maxTokens: maxCompletionTokens * members.length, promptTokens: prompt.promptTokens, signal }),
    );
    // The group's attempts are reported once, on its first member.
    const carriedBy = (i: number, extra: Carried = {}): Carried => ({ group, ...(i === 0 ? { attempts: outcome.attempts } : {}), ...extra });
    const alone = (i: number, extra?: Carried) => deps.describeOne(members[i].symbol, members[i].template, signal, carriedBy(i, extra));
    const retry = async (i: number, extra?: Carried) => {
      results[members[i].index] = await alone(i, extra);
    };

    if (outcome.error !== undefined || outcome.value === undefined) {
      const error = outcome.error;
      if (isCancellation(error, signal)) throw abortError(signal, error);
      if (answerProblem(error)) {
        if (cutOff(error)) groupSizeNow = Math.max(1, Math.floor(groupSizeNow / 2));
        for (const i of members.keys()) await retry(i);
        return;
      }
      const failure = asModelError(error);
      for (const [i, m] of members.entries()) {
        deps.onEvent?.({ kind: 'fallback', symbol: m.symbol, error: failure, attempts: i === 0 ? outcome.attempts : 0, countedByAttempt: failure === error && outcome.lastFailure === failure.category, group });
        results[m.index] = m.template;
      }
      return;
    }

    const result = outcome.value;
    const parsed = parseGroupAnswer(result.text, prompt.ids);
    const answers: (DocAnswer | undefined)[] = prompt.ids.map((id) => {
      const member = parsed.ok ? parsed.members.get(id) : undefined;
      return member?.ok ? member.answer : undefined;
    });
    const usage = shares(result.usage ? { prompt: result.usage.promptTokens, completion: result.usage.completionTokens } : undefined, prompt.memberTokens, answers);
    // Retries one after another: the members answered are kept whatever happens to the others.
    for (const [i, m] of members.entries()) {
      const answer = answers[i];
      const share = usage ? { usage: usage[i] } : {};
      if (!answer) await retry(i, share);
      else if (!answerIsComplete(m.template, answer, m.symbol)) await retry(i, { ...share, seed: { text: JSON.stringify(answer), answer } });
      else {
        const { doc, dropped } = applyAnswer(m.template, answer, m.symbol);
        if (m.key) await deps.cache?.fill(m.key, answer).catch(() => undefined); // a full disk must not fail the answer
        deps.onEvent?.({ kind: 'described', symbol: m.symbol, attempts: i === 0 ? outcome.attempts : 0, dropped, group, ...share });
        results[m.index] = doc;
      }
    }
  };

  return async (items, signal) => {
    if (signal?.aborted) throw abortError(signal);
    const results: Docstring[] = new Array(items.length);
    const prepared: Prepared[] = [];
    for (const [index, item] of items.entries()) prepared.push(await prepare(index, item.symbol, item.template));
    // Cache hits and symbols whose prompt cannot be built go alone (the single path reports either);
    // a key seen earlier in the group waits for that answer, then reads it from the cache.
    const alone: Prepared[] = [];
    const later: Prepared[] = [];
    const send: Prepared[] = [];
    const keys = new Set<string>();
    for (const p of prepared) {
      if (p.cached || !p.single) alone.push(p);
      else if (p.key && keys.has(p.key)) later.push(p);
      else {
        if (p.key) keys.add(p.key);
        send.push(p);
      }
    }
    for (const p of alone) results[p.index] = await deps.describeOne(p.symbol, p.template, signal);
    const packed = packGroups(send.map((p) => p.single?.promptTokens ?? 0), groupSizeNow, { ...budget, maxGroupPromptTokens: deps.maxGroupPromptTokens });
    for (const indexes of packed) await askGroup(indexes.map((i) => send[i]), results, signal);
    for (const p of later) results[p.index] = await deps.describeOne(p.symbol, p.template, signal);
    return results;
  };
}

/**
 * Each member's share of a grouped request's usage: prompt tokens by the size of its block,
 * completion tokens by the length of its answer (evenly when none was readable).
 */
function shares(total: Usage | undefined, memberTokens: readonly number[], answers: readonly (DocAnswer | undefined)[]): Usage[] | undefined {
  if (!total) return undefined;
  const prompt = splitTokens(total.prompt, memberTokens);
  const lengths = answers.map((a) => (a ? JSON.stringify(a).length : 0));
  const completion = splitTokens(total.completion, lengths.some((l) => l > 0) ? lengths : lengths.map(() => 1));
  return prompt.map((p, i) => ({ prompt: p, completion: completion[i] }));
}
