import assert from 'node:assert/strict';
import { countTokens, encodingForModel, getEncoder, omittedMarker, truncateMiddle } from '../../../src/core/ai/tokens';

describe('ai/tokens', () => {
  it('counts o200k_base tokens of known strings', async () => {
    assert.equal(await countTokens('hello world', 'gpt-4o'), 2);
    assert.equal(await countTokens('The quick brown fox jumps over the lazy dog.', 'gpt-4o'), 10);
    assert.equal(await countTokens('こんにちは世界', 'gpt-4o'), 2);
    assert.equal(await countTokens('', 'gpt-4o'), 0);
  });

  it('uses cl100k_base for gpt-4 / gpt-3.5 (a string the encodings count differently)', async () => {
    assert.equal(await countTokens('こんにちは世界', 'gpt-4'), 4);
    assert.equal(await countTokens('こんにちは世界', 'gpt-3.5-turbo'), 4);
  });

  it('counts special-token text in source as plain text instead of throwing', async () => {
    assert.equal(await countTokens('<|endoftext|>', 'gpt-4o'), 7);
  });

  it('maps models to encodings, unknown names (Azure deployments, local models) to o200k_base', () => {
    const expected: [string, string][] = [
      ['gpt-4o-mini', 'o200k_base'], ['gpt-4.1-nano', 'o200k_base'], ['gpt-5', 'o200k_base'], ['o1-preview', 'o200k_base'],
      ['o3-mini', 'o200k_base'], ['o4-mini', 'o200k_base'], ['openai/gpt-4o', 'o200k_base'], ['gpt-4', 'cl100k_base'],
      ['gpt-4-turbo', 'cl100k_base'], ['gpt-3.5-turbo', 'cl100k_base'], ['my-prod-deployment', 'o200k_base'], ['llama3.1:8b', 'o200k_base'], ['', 'o200k_base'],
    ];
    for (const [model, encoding] of expected) assert.equal(encodingForModel(model), encoding, model);
  });

  it('creates one encoder per encoding and reuses it', async () => {
    const a = await getEncoder('gpt-4o');
    assert.equal(await getEncoder('gpt-5-mini'), a);
    assert.equal(await getEncoder('some-azure-deployment'), a);
    const b = await getEncoder('gpt-4');
    assert.notEqual(b, a);
    assert.equal(await getEncoder('gpt-3.5-turbo'), b);
  });

  it('leaves a text within the budget unchanged', async () => {
    const text = 'def f(x):\n    return x\n';
    assert.equal(await truncateMiddle(text, 100, 'gpt-4o'), text);
  });

  it('cuts whole lines from the middle with a marker line, within the bound', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `    value_${i} = compute(value_${i - 1}, ${i})`);
    const text = ['def long():', ...lines, '    return value_299'].join('\n');
    const out = await truncateMiddle(text, 200, 'gpt-4o');
    assert.ok((await countTokens(out, 'gpt-4o')) <= 200);
    assert.ok(out.startsWith('def long():\n'));
    assert.ok(out.endsWith('    return value_299'));
    const marker = /^( *)\.\.\. \[(\d+) lines omitted by Docwright to fit the token budget\] \.\.\.$/m.exec(out);
    assert.ok(marker, out);
    assert.equal(marker[1], '    ', 'the marker takes the indentation of the cut');
    assert.equal(out.split('\n').length - 1 + Number(marker[2]), 302);
    // It keeps as much as fits: one more line would not.
    assert.ok((await countTokens(out, 'gpt-4o')) > 150);
  });

  it('cuts a single huge line by tokens, within the bound', async () => {
    const text = `const data = [${Array.from({ length: 2000 }, (_, i) => i * 7919).join(', ')}];`;
    const out = await truncateMiddle(text, 120, 'gpt-4o');
    assert.ok((await countTokens(out, 'gpt-4o')) <= 120);
    assert.match(out, /^const data = \[/);
    assert.match(out, /\];$/);
    assert.match(out, /\.\.\. \[\d+ tokens omitted by Docwright to fit the token budget\] \.\.\./);
  });

  it('writes the marker the prompt promises', () => {
    assert.equal(omittedMarker(12, 'lines'), '... [12 lines omitted by Docwright to fit the token budget] ...');
  });
});
