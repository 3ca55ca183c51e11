import assert from 'node:assert/strict';
import { zodResponseFormat } from 'openai/helpers/zod';
import { answerJsonSchema, answerResponseFormat, answerSchema, parseAnswer } from '../../../src/core/ai/schema';

const valid = {
  summary: 'Add two numbers.',
  description: null,
  params: [{ name: 'a', description: 'The first number.' }],
  returns: 'The sum.',
  yields: null,
  raises: [{ type: 'ValueError', description: 'When a is negative.' }],
  example: null,
};

describe('ai/schema', () => {
  it('accepts a valid answer, nulls included', () => {
    const result = parseAnswer(JSON.stringify(valid));
    assert.deepEqual(result, { ok: true, answer: valid });
  });

  it('rejects broken answers with a reason', () => {
    const notJson = parseAnswer('{"summary": "x",');
    assert.equal(notJson.ok, false);
    assert.match(!notJson.ok ? notJson.reason : '', /not valid JSON|no JSON object/);
    const wrongType = parseAnswer(JSON.stringify({ ...valid, params: [{ name: 'a', description: 3 }] }));
    assert.equal(wrongType.ok, false);
    assert.match(!wrongType.ok ? wrongType.reason : '', /params\.0\.description/);
    const noSummary = parseAnswer(JSON.stringify({ ...valid, summary: undefined }));
    assert.match(!noSummary.ok ? noSummary.reason : '', /summary/);
    const empty = parseAnswer(JSON.stringify({ ...valid, summary: '  ' }));
    assert.match(!empty.ok ? empty.reason : '', /empty summary/);
    assert.equal(parseAnswer('I cannot help with that.').ok, false);
    assert.equal(parseAnswer('[1, 2]').ok, false);
  });

  it('handles ```json fences and leading prose (JSON mode and plain answers)', () => {
    const fenced = parseAnswer(`Here is the JSON:\n\`\`\`json\n${JSON.stringify(valid, null, 2)}\n\`\`\`\nHope it helps.`);
    assert.deepEqual(fenced, { ok: true, answer: valid });
    const prose = parseAnswer(`Sure! ${JSON.stringify({ ...valid, summary: 'Uses } and { and "\\"quotes\\"".' })} Done.`);
    assert.equal(prose.ok && prose.answer.summary, 'Uses } and { and "\\"quotes\\"".');
  });

  it('takes the map form and missing nullable keys from non-strict answers; strips unknown keys', () => {
    const result = parseAnswer(JSON.stringify({ summary: 'S.', params: { a: 'A.' }, raises: { KeyError: 'K.' }, notes: 'extra' }));
    assert.ok(result.ok);
    assert.deepEqual(result.answer, { summary: 'S.', description: null, params: [{ name: 'a', description: 'A.' }], returns: null, yields: null, raises: [{ type: 'KeyError', description: 'K.' }], example: null });
  });

  it('gives a strict json_schema response_format: every key required, every object closed', () => {
    const format = answerResponseFormat();
    assert.equal(format.type, 'json_schema');
    assert.equal(format.json_schema.strict, true);
    const schema = answerJsonSchema() as { required: string[]; properties: Record<string, { type?: unknown; items?: { additionalProperties: boolean } }>; additionalProperties: boolean };
    assert.deepEqual([...schema.required].sort(), ['description', 'example', 'params', 'raises', 'returns', 'summary', 'yields']);
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.params.items?.additionalProperties, false);
    assert.deepEqual(schema.properties.returns.type, ['string', 'null']);
  });

  it('is the schema openai 6 zodResponseFormat makes from the same zod 4 schema', () => {
    const theirs = zodResponseFormat(answerSchema, 'docwright_docstring');
    assert.deepEqual(answerResponseFormat().json_schema.schema, theirs.json_schema.schema);
  });
});
