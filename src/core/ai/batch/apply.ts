/**
 * A finished batch's answers applied to one file as it is now (text in, edits out; no IO). Each
 * symbol is found again by id (or by kind and name path when unique) and used only if its source
 * still hashes as it did when the request was built: an edited or deleted symbol is reported
 * stale, one documented meanwhile is left alone. The answers go through the same pipeline as an
 * interactive run (render, place, re-parse); a failed or missing answer writes nothing, so the next
 * run picks the symbol up again.
 */
import { extractSymbols } from '../../extract';
import type { LanguageId, SymbolFact } from '../../extract/types';
import { generateDocstrings, lineOf, type FileGeneration, type GenerateRequest } from '../../generate/generateFile';
import { answerIsComplete, applyAnswer } from '../describe';
import { symbolSource } from '../prompt';
import { parseAnswer, parseGroupAnswer, type DocAnswer } from '../schema';
import type { LineOutcome } from './jsonl';
import { sourceHashOf, type BatchRequestEntry } from './state';

export interface SymbolRef {
  file: string;
  /** Name path joined with dots (`<module>` for a module). */
  name: string;
  /** 1-based line, in the text as it is now (as submitted, for a symbol that is gone). */
  line?: number;
}

export interface FileApplyInput {
  file: string;
  text: string;
  language: LanguageId;
  /** This file's requests: custom id and what each asked. */
  requests: readonly { customId: string; entry: BatchRequestEntry }[];
  /** Every result line read, by custom id. */
  answers: ReadonlyMap<string, LineOutcome>;
  /** Why a request has no result line (`expired`, `cancelled`), when the batch did not complete. */
  missing?: 'expired' | 'cancelled';
}

export interface FileApplyResult {
  /** The file's new text and edits; undefined when nothing is applied. */
  generation?: FileGeneration;
  applied: SymbolRef[];
  stale: (SymbolRef & { reason: 'gone' | 'changed' })[];
  alreadyDocumented: SymbolRef[];
  failed: (SymbolRef & { reason: string })[];
  expired: SymbolRef[];
  /** Applied with names still undescribed (no follow-up is possible in a batch). */
  incomplete: SymbolRef[];
  /** Complete answers for the description cache, under the keys the requests were built with. */
  cacheFills: { key: string; answer: DocAnswer }[];
}

/** The pipeline's settings for the file: its style, types, quote... (no describer, no selection). */
export type ApplySettings = Omit<GenerateRequest, 'describe' | 'describeMany' | 'groupSize' | 'select' | 'extracted'>;

const nameOf = (namePath: readonly string[]) => namePath.join('.') || '<module>';

/** The member's symbol in the text as it is now: by id, else by kind and name path when only one matches. */
function findSymbol(symbols: readonly SymbolFact[], member: BatchRequestEntry['members'][number]): SymbolFact | undefined {
  const byId = symbols.find((s) => s.id === member.symbolId);
  if (byId) return byId;
  const same = symbols.filter((s) => s.kind === member.kind && nameOf(s.namePath) === nameOf(member.namePath));
  return same.length === 1 ? same[0] : undefined;
}

export async function applyToText(input: FileApplyInput, settings: ApplySettings): Promise<FileApplyResult> {
  const result: FileApplyResult = { applied: [], stale: [], alreadyDocumented: [], failed: [], expired: [], incomplete: [], cacheFills: [] };
  const extracted = await extractSymbols(input.text, input.language);
  const refOf = (symbol: SymbolFact): SymbolRef => ({ file: input.file, name: nameOf(symbol.namePath), line: lineOf(input.text, symbol.range.start) });
  if (extracted.hasErrors) {
    for (const { entry } of input.requests) for (const m of entry.members) result.failed.push({ file: input.file, name: nameOf(m.namePath), reason: 'the file does not parse now; fix its syntax and apply again' });
    return result;
  }
  const answered = new Map<string, { answer: DocAnswer; key: string }>();
  for (const { customId, entry } of input.requests) {
    // The members still as they were sent; the others are reported whatever the answer says.
    const live: { member: BatchRequestEntry['members'][number]; symbol: SymbolFact }[] = [];
    for (const member of entry.members) {
      const symbol = findSymbol(extracted.symbols, member);
      // Documented meanwhile (by hand, or by this very apply before an interrupt): left alone.
      if (!symbol) result.stale.push({ file: input.file, name: nameOf(member.namePath), reason: 'gone' });
      else if (symbol.docstring) result.alreadyDocumented.push(refOf(symbol));
      else if (sourceHashOf(symbolSource(symbol, input.text)) !== member.sourceHash) result.stale.push({ ...refOf(symbol), reason: 'changed' });
      else live.push({ member, symbol });
    }
    if (live.length === 0) continue;
    const outcome = input.answers.get(customId);
    if (!outcome || (!outcome.ok && outcome.code === 'batch_expired')) {
      for (const { symbol } of live) {
        if (outcome || input.missing) result.expired.push(refOf(symbol));
        else result.failed.push({ ...refOf(symbol), reason: 'the results have no line for its request' });
      }
      continue;
    }
    if (!outcome.ok) {
      for (const { symbol } of live) result.failed.push({ ...refOf(symbol), reason: `${outcome.code}: ${outcome.message}` });
      continue;
    }
    // A request of one symbol asked with the single prompt; of several, with the grouped one.
    if (entry.members.length === 1) {
      const parsed = parseAnswer(outcome.text);
      if (parsed.ok) answered.set(live[0].symbol.id, { answer: parsed.answer, key: live[0].member.cacheKey });
      else result.failed.push({ ...refOf(live[0].symbol), reason: `the answer was not usable: ${parsed.reason}` });
      continue;
    }
    const parsed = parseGroupAnswer(outcome.text, entry.members.map((m) => m.id));
    for (const { member, symbol } of live) {
      const one = parsed.ok ? parsed.members.get(member.id) : undefined;
      if (one?.ok) answered.set(symbol.id, { answer: one.answer, key: member.cacheKey });
      else result.failed.push({ ...refOf(symbol), reason: `the answer was not usable: ${one ? (one as { reason: string }).reason : (parsed as { reason: string }).reason}` });
    }
  }
  if (answered.size === 0) return result;

  const generation = await generateDocstrings(input.text, input.language, {
    ...settings,
    extracted,
    select: (s) => answered.has(s.id),
    describe: async (symbol, template) => {
      const found = answered.get(symbol.id);
      if (!found) return template;
      if (answerIsComplete(template, found.answer, symbol)) result.cacheFills.push(found);
      else result.incomplete.push(refOf(symbol));
      return applyAnswer(template, found.answer, symbol).doc;
    },
  });
  for (const symbol of generation.documented) result.applied.push(refOf(symbol));
  for (const failure of generation.failures) result.failed.push({ ...refOf(failure.symbol), reason: failure.reason });
  if (generation.edits.length > 0) result.generation = generation;
  return result;
}
