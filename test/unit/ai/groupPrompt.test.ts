import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zodResponseFormat } from 'openai/helpers/zod';
import { buildGroupPrompt, packGroups, type GroupMember } from '../../../src/core/ai/groupPrompt';
import { buildPrompt, chatTokens, contextFor, GROUP_SYSTEM, PROMPT_VERSION } from '../../../src/core/ai/prompt';
import { groupAnswerJsonSchema, groupAnswerSchema, groupResponseFormat, parseGroupAnswer, MAX_ANSWER_CHARS } from '../../../src/core/ai/schema';
import { countTokens } from '../../../src/core/ai/tokens';
import type { DocStyle } from '../../../src/core/docstring/model';
import { extractSymbols } from '../../../src/core/extract';
import type { LanguageId } from '../../../src/core/extract/types';
import { templateDocstring } from '../../../src/core/generate/template';

const MODEL = 'gpt-4o-mini';
const BUDGET = { maxPromptTokens: 4000, model: MODEL };

interface Snapshot {
  cases: [LanguageId, DocStyle, string, Record<string, unknown>][];
  prompts: { symbol: string; messages: unknown; promptTokens: number }[];
}

const PY = `"""Geometry helpers."""


class Shape:
    def area(self, scale: float = 1.0) -> float:
        if scale < 0:
            raise ValueError("negative")
        return 1.0 * scale

    def grow(self, by: int):
        yield by


def total(items, *, start=0):
    return sum(items, start)
`;

async function members(text: string, language: LanguageId = 'python', style: DocStyle = 'google'): Promise<GroupMember[]> {
  const { symbols } = await extractSymbols(text, language);
  return symbols.filter((s) => s.kind !== 'module').map((symbol) => ({ symbol, template: templateDocstring(symbol, style), context: contextFor(symbol, text, symbols) }));
}

/** Every object closed and every key required, as OpenAI's strict mode demands. */
function assertStrict(schema: unknown, path = '(root)'): void {
  if (!schema || typeof schema !== 'object') return;
  const s = schema as { type?: unknown; properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown; items?: unknown; anyOf?: unknown[] };
  if (s.type === 'object' || s.properties) {
    assert.equal(s.additionalProperties, false, `${path}: closed`);
    assert.deepEqual([...(s.required ?? [])].sort(), Object.keys(s.properties ?? {}).sort(), `${path}: every key required`);
    for (const [key, value] of Object.entries(s.properties ?? {})) assertStrict(value, `${path}.${key}`);
  }
  if (s.items) assertStrict(s.items, `${path}[]`);
  for (const option of s.anyOf ?? []) assertStrict(option, path);
}

describe('ai/groupPrompt', () => {
  it('single prompts are byte for byte what they were before grouping (stored snapshot)', async () => {
    const snapshot = JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/ai/single-prompts.snapshot.json'), 'utf8')) as Snapshot;
    let seen = 0;
    for (const [language, style, text, options] of snapshot.cases) {
      const { symbols } = await extractSymbols(text, language);
      for (const symbol of symbols) {
        const stored = snapshot.prompts[seen++];
        assert.equal(stored.symbol, symbol.id);
        const prompt = await buildPrompt(symbol, text, contextFor(symbol, text, symbols), style, templateDocstring(symbol, style), BUDGET, options);
        assert.deepEqual(prompt.messages, stored.messages, `${language} ${symbol.id}`);
        assert.equal(prompt.promptTokens, stored.promptTokens);
      }
    }
    assert.equal(seen, snapshot.prompts.length);
  });

  it('sends the instructions, language and module once, and one block per symbol with its facts and source', async () => {
    const all = await members(PY);
    const prompt = await buildGroupPrompt(all, PY, 'google', BUDGET);
    assert.deepEqual(prompt.ids, ['1', '2', '3', '4']);
    assert.equal(prompt.messages[0].content, GROUP_SYSTEM);
    const user = prompt.messages[1].content;
    assert.equal(user.match(/^Language: Python\./gm)?.length, 1);
    assert.equal(user.match(/^Module: Geometry helpers\./gm)?.length, 1);
    const blocks = user.split(/\n\n(?=### Symbol )/).slice(1);
    assert.deepEqual(blocks.map((b) => b.split('\n')[0]), ['### Symbol 1', '### Symbol 2', '### Symbol 3', '### Symbol 4']);
    assert.match(blocks[0], /^Symbol: class Shape$/m);
    assert.match(blocks[1], /^Symbol: method Shape\.area$/m);
    assert.match(blocks[1], /^Enclosing class: class Shape:$/m);
    assert.match(blocks[1], /^- scale \(positional, type float, default 1\.0\)$/m);
    assert.match(blocks[1], /^Exceptions to describe: ValueError$/m);
    assert.match(blocks[1], /raise ValueError\("negative"\)/);
    assert.match(blocks[2], /^Yield to describe: /m);
    assert.doesNotMatch(blocks[3], /Enclosing class/);
    assert.match(blocks[3], /^- start \(keyword-only, default 0\)$/m);
    // Each block is what the single prompt says of the symbol (minus the shared lines).
    for (const [i, m] of all.entries()) {
      const single = (await buildPrompt(m.symbol, PY, m.context, 'google', m.template, BUDGET)).messages[1].content;
      for (const line of blocks[i].split('\n').slice(1)) assert.ok(single.includes(line), `block ${i + 1} line ${line} is in the single prompt`);
    }
    assert.equal(prompt.promptTokens, await chatTokens(prompt.messages, MODEL));
    assert.deepEqual(prompt.memberTokens, await Promise.all(blocks.map((b) => countTokens(b, MODEL))));
  });

  it('costs fewer prompt tokens than the single prompts it replaces', async () => {
    const all = await members(PY);
    const grouped = await buildGroupPrompt(all, PY, 'google', BUDGET);
    let singles = 0;
    for (const m of all) singles += (await buildPrompt(m.symbol, PY, m.context, 'google', m.template, BUDGET)).promptTokens;
    assert.ok(grouped.promptTokens < singles * 0.75, `${grouped.promptTokens} grouped vs ${singles} single`);
  });

  it('asks for another natural language once, and cuts a long source as its single prompt does', async () => {
    const long = `def big(a):\n${Array.from({ length: 3000 }, (_, i) => `    x${i} = a + ${i}\n`).join('')}    return a\n\n\ndef small(b):\n    return b\n`;
    const all = await members(long);
    const budget = { maxPromptTokens: 1000, model: MODEL };
    const prompt = await buildGroupPrompt(all, long, 'google', budget, { language: 'French' });
    const user = prompt.messages[1].content;
    assert.equal(user.match(/Write the summary and every description in French/g)?.length, 1);
    const single = await buildPrompt(all[0].symbol, long, all[0].context, 'google', all[0].template, budget, { language: 'French' });
    assert.ok(user.includes(single.code), 'the same cut source');
    assert.ok(single.code.length < long.length / 2);
  });

  it('packGroups: consecutive members, at most k, a big one alone, within the group budget', () => {
    const budget = { maxPromptTokens: 4000, maxGroupPromptTokens: 1000 };
    assert.deepEqual(packGroups([300, 300, 300, 300, 300], 1, budget), [[0], [1], [2], [3], [4]]);
    assert.deepEqual(packGroups([100, 100, 100, 100, 100, 100, 100], 3, budget), [[0, 1, 2], [3, 4, 5], [6]]);
    assert.deepEqual(packGroups([100, 2500, 100, 100], 5, budget), [[0], [1], [2, 3]], 'over half of maxPromptTokens goes alone');
    assert.deepEqual(packGroups([400, 400, 400, 400], 5, budget), [[0, 1], [2, 3]], 'the group budget');
    assert.deepEqual(packGroups([], 5, budget), []);
    assert.deepEqual(packGroups([100, 100], 5, { maxPromptTokens: 4000 }), [[0, 1]]);
  });

  it('the grouped schema is strict (closed objects, every key required, object root) and matches zodResponseFormat', () => {
    const format = groupResponseFormat(['1', '2', '3']);
    assert.equal(format.json_schema.strict, true);
    assert.equal(format.json_schema.name, 'docwright_docstrings');
    const schema = format.json_schema.schema as { type: string; properties: { answers: { items: { properties: { id: { enum: string[] } } } } } };
    assert.equal(schema.type, 'object');
    assertStrict(schema);
    assert.deepEqual(schema.properties.answers.items.properties.id.enum, ['1', '2', '3']);
    assert.deepEqual(groupAnswerJsonSchema(['1', '2']), zodResponseFormat(groupAnswerSchema(['1', '2']), 'x').json_schema.schema);
    assert.throws(() => groupAnswerSchema([]));
  });

  it('the prompt version covers both prompts', () => {
    assert.match(PROMPT_VERSION, /^2-[0-9a-f]{10}$/);
  });
});

describe('ai/schema parseGroupAnswer', () => {
  const entry = (id: unknown, summary: unknown = `Summary ${String(id)}.`) => ({ id, summary, description: null, params: [], returns: null, yields: null, raises: [], example: null });

  it('reads {"answers": [...]}, a bare array, a map and one entry; each member on its own', () => {
    const forms = [
      JSON.stringify({ answers: [entry('2'), entry('1')] }),
      `Here you go:\n${JSON.stringify([entry('1'), entry('2')])}\nDone.`,
      JSON.stringify({ 1: { summary: 'Summary 1.' }, 2: { summary: 'Summary 2.' } }),
      '```json\n' + JSON.stringify({ answers: [entry(1), entry(2)] }) + '\n```',
    ];
    for (const text of forms) {
      const parsed = parseGroupAnswer(text, ['1', '2']);
      assert.ok(parsed.ok, text);
      for (const id of ['1', '2']) {
        const member = parsed.members.get(id);
        assert.ok(member?.ok, `${text}: member ${id}`);
        assert.equal(member.answer.summary, `Summary ${id}.`);
      }
    }
    const one = parseGroupAnswer(JSON.stringify(entry('1')), ['1', '2']);
    assert.ok(one.ok && one.members.get('1')?.ok && !one.members.get('2')?.ok);
  });

  it('a bad member, a missing one, an unknown id and a repeated id do not cost the others', () => {
    const text = JSON.stringify({ answers: [entry('1'), entry('2', 42), entry('9'), entry('1', 'Second answer for 1.'), entry('4', '  ')] });
    const parsed = parseGroupAnswer(text, ['1', '2', '3', '4']);
    assert.ok(parsed.ok);
    const get = (id: string) => parsed.members.get(id)!;
    assert.ok(get('1').ok && get('1').ok && (get('1') as { answer: { summary: string } }).answer.summary === 'Summary 1.', 'the first entry for an id counts');
    assert.match((get('2') as { reason: string }).reason, /does not match the schema: summary/);
    assert.match((get('3') as { reason: string }).reason, /no entry for symbol 3/);
    assert.match((get('4') as { reason: string }).reason, /empty summary/);
    assert.equal(parsed.members.has('9'), false);
  });

  it('refuses what is not a grouped answer, and answers over k times the single cap', () => {
    assert.equal(parseGroupAnswer('not json', ['1']).ok, false);
    assert.equal(parseGroupAnswer('"just a string"', ['1']).ok, false);
    const huge = JSON.stringify({ answers: [entry('1', 'x'.repeat(2 * MAX_ANSWER_CHARS))] });
    const refused = parseGroupAnswer(huge, ['1', '2']);
    assert.ok(!refused.ok && /characters long/.test(refused.reason));
  });
});
