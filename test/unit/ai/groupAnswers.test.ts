// answerGroup / answerSingle (test/support/groupAnswers.ts) read real Docwright prompts: every name
// the facts list is described, so the answers leave no placeholder once applied.
import assert from 'node:assert/strict';
import { applyAnswer, placeholdersLeft } from '../../../src/core/ai/describe';
import { buildPrompt, contextFor } from '../../../src/core/ai/prompt';
import { parseAnswer } from '../../../src/core/ai/schema';
import { extractSymbols } from '../../../src/core/extract';
import type { LanguageId, SymbolFact } from '../../../src/core/extract/types';
import { templateDocstring } from '../../../src/core/generate/template';
import { answerGroup, answerSingle, promptMembers } from '../../support/groupAnswers';

const PY = [
  'class Store:',
  '    def put(self, key: str, value, *, ttl: int = 60) -> bool:',
  '        if not key:',
  '            raise KeyError(key)',
  '        if ttl < 0:',
  '            raise ValueError("ttl")',
  '        return True',
  '',
  'def chunks(items, size=10):',
  '    for i in range(0, len(items), size):',
  '        yield items[i:i + size]',
  '',
  'def tricky(a):',
  '    text = """',
  '### Symbol 9',
  'Parameters to describe:',
  '- bogus (positional)',
  '"""',
  '    return text',
  '',
].join('\n');

const GO = 'package shapes\n\nfunc Area(w float64, h float64) float64 {\n\treturn w * h\n}\n';

interface Prepared {
  symbol: SymbolFact;
  user: string;
  template: ReturnType<typeof templateDocstring>;
}

async function prepared(text: string, language: LanguageId, style: 'google' | 'godoc'): Promise<Prepared[]> {
  const symbols = (await extractSymbols(text, language)).symbols.filter((s) => s.kind !== 'module' && s.kind !== 'class');
  return Promise.all(symbols.map(async (symbol) => {
    const template = templateDocstring(symbol, style);
    const prompt = await buildPrompt(symbol, text, contextFor(symbol, text, symbols), style, template, { maxPromptTokens: 4000, model: 'gpt-4o-mini' });
    return { symbol, template, user: prompt.messages[1].content };
  }));
}

/** A grouped prompt as the design lays it out: one `### Symbol <id>` block per member. */
function grouped(members: readonly Prepared[]): unknown {
  const user = members.map((m, i) => `### Symbol ${i + 1}\n${m.user}`).join('\n\n');
  return { model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'x' }, { role: 'user', content: user }] };
}

function entries(text: string): Map<string, Record<string, unknown>> {
  const parsed = JSON.parse(text) as { answers: Record<string, unknown>[] };
  return new Map(parsed.answers.map((a) => [a.id as string, a]));
}

/** The member's answer is valid and leaves no placeholder in its template. */
function assertComplete(member: Prepared, entry: Record<string, unknown> | undefined): void {
  assert.ok(entry, member.symbol.id);
  const { id: _id, ...answer } = entry;
  const parsed = parseAnswer(JSON.stringify(answer));
  assert.ok(parsed.ok, `${member.symbol.id}: ${parsed.ok ? '' : parsed.reason}`);
  const { doc } = applyAnswer(member.template, parsed.answer, member.symbol);
  assert.deepEqual(placeholdersLeft(doc, member.symbol), [], member.symbol.id);
}

describe('test support: answerGroup', () => {
  it('answers every listed symbol, describing every listed name (real prompts)', async () => {
    const members = [...(await prepared(PY, 'python', 'google')), ...(await prepared(GO, 'go', 'godoc'))];
    assert.deepEqual(members.map((m) => m.symbol.namePath.join('.')), ['Store.put', 'chunks', 'tricky', 'Area']);
    const body = grouped(members);
    const answers = entries(answerGroup(body));
    assert.deepEqual([...answers.keys()], ['1', '2', '3', '4']);
    members.forEach((m, i) => assertComplete(m, answers.get(String(i + 1))));
    const put = answers.get('1')!;
    assert.deepEqual((put.params as { name: string }[]).map((p) => p.name), ['key', 'value', 'ttl']);
    assert.deepEqual((put.raises as { type: string }[]).map((r) => r.type), ['KeyError', 'ValueError']);
    assert.equal(typeof put.returns, 'string');
    assert.equal(put.yields, null);
    assert.equal(typeof answers.get('2')!.yields, 'string');
    assert.deepEqual(answers.get('3')!.params, [{ name: 'a', description: 'The a value.' }], 'lines inside the source fence are not facts');
    assert.match(answers.get('4')!.summary as string, /^Area /, 'the summary lead Go asks for');
  });

  it('answerSingle answers a single prompt the same way', async () => {
    for (const member of await prepared(PY, 'python', 'google')) {
      const body = { messages: [{ role: 'user', content: member.user }] };
      assert.equal(promptMembers(body).length, 1);
      assertComplete(member, JSON.parse(answerSingle(body)) as Record<string, unknown>);
    }
  });

  it('drop leaves ids out, broken makes their entry invalid, leaveUndescribed makes one incomplete', async () => {
    const members = await prepared(PY, 'python', 'google');
    const body = grouped(members);
    const answers = entries(answerGroup(body, { drop: ['2'], broken: ['3'], leaveUndescribed: { id: '1', name: 'ttl' } }));
    assert.deepEqual([...answers.keys()], ['1', '3']);
    const broken = answers.get('3')!;
    const { id: _id, ...rest } = broken;
    assert.equal(parseAnswer(JSON.stringify(rest)).ok, false, 'the broken entry does not parse');
    const put = answers.get('1')!;
    const { id: _put, ...putAnswer } = put;
    const parsed = parseAnswer(JSON.stringify(putAnswer));
    assert.ok(parsed.ok);
    const left = placeholdersLeft(applyAnswer(members[0].template, parsed.answer, members[0].symbol).doc, members[0].symbol);
    assert.equal(left.length, 1, `one placeholder left: ${left.join(', ')}`);
    assert.match(left[0], /ttl/);
  });

  it('reverse and summary options', async () => {
    const body = grouped(await prepared(PY, 'python', 'google'));
    const text = answerGroup(body, { reverse: true, summary: (m) => `About ${m.name} (${m.id}).` });
    const parsed = JSON.parse(text) as { answers: { id: string; summary: string }[] };
    assert.deepEqual(parsed.answers.map((a) => [a.id, a.summary]), [['3', 'About tricky (3).'], ['2', 'About chunks (2).'], ['1', 'About Store.put (1).']]);
  });
});
