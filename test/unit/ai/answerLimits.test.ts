// Model text is data: the answer is capped as a whole and per field, cleaned of terminal sequences,
// control and bidi characters before it is rendered, and a described docstring that does not parse
// in place is replaced by the symbol's template (reported, never dropped).
import assert from 'node:assert/strict';
import { applyAnswer, MAX_DESCRIPTION_CHARS, MAX_ENTRY_CHARS, MAX_EXAMPLE_CHARS, MAX_SUMMARY_CHARS } from '../../../src/core/ai/describe';
import { MAX_ANSWER_CHARS, parseAnswer, type DocAnswer } from '../../../src/core/ai/schema';
import * as extract from '../../../src/core/extract';
import { extractSymbols, parsesCleanly } from '../../../src/core/extract';
import type { SymbolFact } from '../../../src/core/extract/types';
import { generateDocstrings } from '../../../src/core/generate/generateFile';
import { templateDocstring } from '../../../src/core/generate/template';

const PY = 'def scale(value: float) -> float:\n    if value < 0:\n        raise ValueError("negative")\n    return value\n';
const TS = 'export function scale(value: number): number {\n  return value;\n}\n';

async function firstFunction(text: string, language: 'python' | 'typescript'): Promise<SymbolFact> {
  return (await extractSymbols(text, language)).symbols.find((s) => s.kind === 'function') as SymbolFact;
}

function answer(over: Partial<DocAnswer> = {}): DocAnswer {
  return { summary: 'Scale a value.', description: null, params: [], returns: null, yields: null, raises: [], example: null, ...over };
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
/** Everything stripControls removes: C0 but tab/newline, DEL, C1, the bidi controls, LS/PS, BOM. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

describe('ai answers are data: caps and control characters', () => {
  it('parseAnswer refuses an answer longer than MAX_ANSWER_CHARS with a clear reason', () => {
    const huge = JSON.stringify(answer({ summary: 'x'.repeat(MAX_ANSWER_CHARS) }));
    const result = parseAnswer(huge);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /the answer is \d[\d,]* characters long; a docstring answer is at most 65,536/);
    assert.ok(parseAnswer(JSON.stringify(answer({ summary: 'x'.repeat(MAX_ANSWER_CHARS - 1000) }))).ok, 'just under the cap: parsed');
  });

  it("parseAnswer's reason carries no control characters from the answer", () => {
    const result = parseAnswer('\u001b]0;pwned\u0007\u001b[2J{"summary": "\u202e', );
    assert.equal(result.ok, false);
    assert.doesNotMatch(!result.ok ? result.reason : '', FORBIDDEN);
  });

  it('caps each field: longer text is cut at a word boundary and marked', async () => {
    const symbol = await firstFunction(PY, 'python');
    const { doc } = applyAnswer(templateDocstring(symbol, 'google'), answer({
      summary: words(400),
      description: words(2000),
      params: [{ name: 'value', description: words(1000) }],
      returns: words(1000),
      raises: [{ type: 'ValueError', description: words(1000) }],
      example: words(1000),
    }), symbol, { examples: true });
    const fields: [string, string | undefined, number][] = [
      ['summary', doc.summary, MAX_SUMMARY_CHARS],
      ['description', doc.description, MAX_DESCRIPTION_CHARS],
      ['param', doc.params[0].description, MAX_ENTRY_CHARS],
      ['returns', doc.returns?.description, MAX_ENTRY_CHARS],
      ['raises', doc.raises[0].description, MAX_ENTRY_CHARS],
      ['example', doc.examples, MAX_EXAMPLE_CHARS],
    ];
    for (const [name, text, max] of fields) {
      assert.ok(text !== undefined && text.length <= max, `${name}: ${text?.length} > ${max}`);
      assert.ok(text.length > max / 2, `${name} keeps most of the room`);
      assert.match(text, /word\d+\.\.\.$/, `${name} is cut after a whole word`);
    }
    assert.ok(MAX_SUMMARY_CHARS <= 300 && MAX_DESCRIPTION_CHARS <= 2000 && MAX_ENTRY_CHARS <= 1000 && MAX_EXAMPLE_CHARS <= 2000);
  });

  it('removes terminal sequences, control characters and bidi overrides from every field, keeping newlines', async () => {
    const symbol = await firstFunction(PY, 'python');
    const dirty = (text: string) => `\u001b]0;pwned title\u0007\u001b[2J\u001b[31m${text}\u001b[0m\u0000\u009b1m\u202e\u2066\u0008`;
    const { doc, dropped } = applyAnswer(templateDocstring(symbol, 'google'), answer({
      summary: dirty('Scale a value.'),
      description: `${dirty('First line.')}\n${dirty('Second line.')}`,
      params: [{ name: 'value', description: dirty('The value.') }, { name: '\u001b[2Jinvented\u0000', description: 'x' }],
      returns: dirty('The result.'),
      raises: [{ type: 'ValueError', description: dirty('When negative.') }],
      example: dirty('scale(1.0)'),
    }), symbol, { examples: true });
    assert.equal(doc.summary, 'Scale a value.');
    assert.equal(doc.description, 'First line.\nSecond line.');
    assert.equal(doc.params[0].description, 'The value.');
    assert.equal(doc.returns?.description, 'The result.');
    assert.equal(doc.raises[0].description, 'When negative.');
    assert.equal(doc.examples, 'scale(1.0)');
    assert.deepEqual(dropped, ['param invented'], 'names the model invented are reported clean');
  });

  it('a TypeScript answer with NUL, escapes and bidi renders a comment that parses', async () => {
    const symbol = await firstFunction(TS, 'typescript');
    const describe = async (_s: SymbolFact, template: ReturnType<typeof templateDocstring>) =>
      applyAnswer(template, answer({ summary: 'Scale\u0000 a \u001b[2Jvalue\u202e.', params: [{ name: 'value', description: 'The\u0000 value.\u2028' }] }), symbol).doc;
    const result = await generateDocstrings(TS, 'typescript', { style: 'jsdoc', types: 'auto', quote: '"""', describe });
    assert.deepEqual(result.failures, []);
    assert.ok((await parsesCleanly(result.newText, 'typescript')).ok);
    assert.doesNotMatch(result.newText, FORBIDDEN);
    assert.match(result.newText, /Scale a value\./);
  });
});

describe('generateDocstrings: a described docstring that cannot be placed', () => {
  const text = 'import os\n\n\ndef scale(value: float) -> float:\n    return value\n\n\ndef keep(a):\n    return a\n';
  const request = { style: 'google', types: 'auto', quote: '"""' } as const;

  it("does not parse in place: the symbol's template instead, reported through onDescriptionRejected, no other byte changed", async () => {
    // The renderer holds any text (four quotes, backslashes...), so the verifying parse is made to
    // refuse one marked docstring: the backstop for whatever a renderer may one day get wrong.
    const marker = 'Unplaceable summary.';
    // The verifying parse is the extraction of the result (one parse for both questions).
    const module = extract as unknown as { extractSymbols: typeof extract.extractSymbols };
    const real = module.extractSymbols;
    module.extractSymbols = async (source, language) => (source.includes(marker) ? { ...(await real(source, language)), hasErrors: true, errorOffset: source.indexOf(marker) } : real(source, language));
    try {
      const rejected: { name: string; reason: string }[] = [];
      const result = await generateDocstrings(text, 'python', {
        ...request,
        describe: async (symbol, template) => ({ ...template, summary: symbol.name === 'scale' ? marker : 'Described.' }),
        onDescriptionRejected: (symbol, reason) => rejected.push({ name: symbol.name, reason }),
      });
      assert.deepEqual(result.failures, []);
      assert.deepEqual(rejected, [{ name: 'scale', reason: 'the described docstring would not parse in place' }]);
      assert.ok(result.documented.some((s) => s.name === 'scale'), 'the symbol is documented (with its template)');
      assert.match(result.newText, /def scale\(value: float\) -> float:\n {4}"""_summary_\n/);
      assert.match(result.newText, /def keep\(a\):\n {4}"""Described\.\n/);
      // Byte for byte the template run, but for the summaries the describer did write.
      const template = await generateDocstrings(text, 'python', request);
      assert.equal(result.newText.replaceAll('"""Described.', '"""_summary_'), template.newText);
    } finally {
      module.extractSymbols = real;
    }
  });

  it('text the literal must escape (four quotes, backslashes) is placed as written, not rejected', async () => {
    const rejected: string[] = [];
    const summary = 'Scale """" it by \\ two.';
    const result = await generateDocstrings(text, 'python', {
      ...request,
      select: (s) => s.name === 'scale',
      describe: async (_symbol, template) => ({ ...template, summary }),
      onDescriptionRejected: (s) => rejected.push(s.name),
    });
    assert.deepEqual(rejected, []);
    assert.ok((await parsesCleanly(result.newText, 'python')).ok);
    const doc = (await extractSymbols(result.newText, 'python')).symbols.find((s) => s.name === 'scale')?.docstring;
    assert.ok(doc, 'the docstring is in place');
  });

  it("cannot be rendered (the describer's model throws): the template instead, reported", async () => {
    const rejected: string[] = [];
    const result = await generateDocstrings(text, 'python', {
      ...request,
      select: (s) => s.name === 'scale',
      describe: async (_symbol, template) => ({
        ...template,
        get summary(): string {
          throw new Error('no summary here');
        },
      }),
      onDescriptionRejected: (symbol, reason) => rejected.push(`${symbol.name}: ${reason}`),
    });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(rejected, ['scale: the described docstring could not be rendered: no summary here']);
    assert.match(result.newText, /def scale\(value: float\) -> float:\n {4}"""_summary_\n/);
  });

  it('a describer that returns its template unchanged is not a rejection; one that throws is still a failure', async () => {
    const rejected: string[] = [];
    const same = await generateDocstrings(text, 'python', { ...request, describe: async (_s, template) => template, onDescriptionRejected: (s) => rejected.push(s.name) });
    assert.deepEqual(same.failures, []);
    assert.equal(rejected.length, 0);
    const throws = await generateDocstrings(text, 'python', { ...request, select: (s) => s.name === 'scale', describe: async () => Promise.reject(new Error('down')), onDescriptionRejected: (s) => rejected.push(s.name) });
    assert.deepEqual(throws.failures.map((f) => f.reason), ['down']);
    assert.equal(rejected.length, 0);
  });
});
