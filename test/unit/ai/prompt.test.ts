import assert from 'node:assert/strict';
import { buildPrompt, contextFor, PROMPT_VERSION } from '../../../src/core/ai/prompt';
import { countTokens } from '../../../src/core/ai/tokens';
import { extractSymbols } from '../../../src/core/extract';
import type { SymbolFact } from '../../../src/core/extract/types';
import { templateDocstring } from '../../../src/core/generate/template';

const PY = [
  '"""Helpers for the billing service.',
  '',
  'Longer module text that must not be sent."""',
  'import os',
  '',
  'def unrelated():',
  '    OTHER_FUNCTION_SENTINEL = 42',
  '    return OTHER_FUNCTION_SENTINEL',
  '',
  'class Invoice(Base):',
  '    """An invoice."""',
  '',
  '    def total(self, rate: float, *items, currency="EUR", **options) -> Decimal:',
  '        if rate < 0:',
  '            raise ValueError("negative rate")',
  '        return sum(items) * rate',
  '',
  '    def later(self):',
  '        SIBLING_METHOD_SENTINEL = 1',
  '',
].join('\n');

async function symbols(text: string, language: 'python' | 'typescript' = 'python'): Promise<SymbolFact[]> {
  return (await extractSymbols(text, language)).symbols;
}

describe('ai/prompt', () => {
  it('sends the facts and the symbol source, never other functions of the file', async () => {
    const all = await symbols(PY);
    const method = all.find((s) => s.id === 'method:Invoice.total') as SymbolFact;
    const context = contextFor(method, PY, all);
    assert.deepEqual(context, { classSignature: 'class Invoice(Base):', moduleSummary: 'Helpers for the billing service.' });
    const prompt = await buildPrompt(method, PY, context, 'google', templateDocstring(method, 'google'), { maxPromptTokens: 2000, model: 'gpt-4o' });
    assert.deepEqual(prompt.messages.map((m) => m.role), ['system', 'user']);
    const user = prompt.messages[1].content;
    for (const fact of ['- rate (positional, type float)', '- *items (var-positional)', '- currency (keyword-only, default "EUR")', '- **options (var-keyword)', 'Return to describe: Decimal', 'Exceptions to describe: ValueError', 'Yield to describe: none', 'Enclosing class: class Invoice(Base):', 'Module: Helpers for the billing service.']) {
      assert.ok(user.includes(fact), `${fact}\n---\n${user}`);
    }
    assert.ok(user.includes('    def total(self, rate: float'), 'the symbol source, with its indentation');
    assert.ok(user.includes('raise ValueError("negative rate")'));
    for (const absent of ['OTHER_FUNCTION_SENTINEL', 'SIBLING_METHOD_SENTINEL', 'Longer module text', 'import os']) assert.ok(!user.includes(absent), absent);
    assert.match(prompt.messages[0].content, /JSON object/);
    assert.match(prompt.messages[0].content, /never describe a name that is not listed/);
    assert.equal(prompt.promptVersion, PROMPT_VERSION);
    const counted = (await countTokens(prompt.messages[0].content, 'gpt-4o')) + (await countTokens(user, 'gpt-4o')) + 9;
    assert.equal(prompt.promptTokens, counted);
  });

  it('cuts a long body in the middle to the budget', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `    step_${i} = transform(step_${i - 1})`).join('\n');
    const text = `def big(data: list) -> list:\n${body}\n    return step_399\n`;
    const fn = (await symbols(text))[1];
    assert.equal(fn.id, 'function:big');
    const prompt = await buildPrompt(fn, text, {}, 'numpy', templateDocstring(fn, 'numpy'), { maxPromptTokens: 900, model: 'gpt-4o' });
    assert.ok(prompt.promptTokens <= 900, String(prompt.promptTokens));
    const user = prompt.messages[1].content;
    assert.match(user, /lines omitted by Docwright to fit the token budget/);
    assert.ok(user.includes('def big(data: list) -> list:'));
    assert.ok(user.includes('    return step_399'));
  });

  it('fails the symbol when the budget cannot hold even the facts', async () => {
    const fn = (await symbols('def f(a):\n    return a\n'))[1];
    await assert.rejects(buildPrompt(fn, 'def f(a):\n    return a\n', {}, 'google', templateDocstring(fn, 'google'), { maxPromptTokens: 100, model: 'gpt-4o' }), /maxPromptTokens is 100/);
  });

  it('TypeScript: destructured members and rest, and a fence the source cannot close', async () => {
    const text = 'export function draw({ x, y }: Point, ...rest: string[]): void {\n  const s = "```";\n}\n';
    const fn = (await symbols(text, 'typescript')).find((s) => s.kind === 'function')!;
    const prompt = await buildPrompt(fn, text, {}, 'jsdoc', templateDocstring(fn, 'jsdoc'), { maxPromptTokens: 2000, model: 'gpt-4.1' });
    const user = prompt.messages[1].content;
    assert.ok(user.includes('- param0 (destructured, type Point)'), user);
    assert.ok(user.includes('- param0.x'));
    assert.ok(user.includes('- rest (rest, type string[])'));
    assert.ok(user.includes('Return to describe: none'));
    assert.ok(user.includes('````typescript'));
  });
});
