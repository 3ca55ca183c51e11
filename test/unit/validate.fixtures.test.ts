/**
 * Rule fixtures: each definition in test/fixtures/validate/<style>.<ext> says on its own line which
 * codes it expects (`# expect: DW102 DW201` or `# expect: none`). Then every file is repaired with
 * "Update docstring" and must have no findings left but the ones a repair cannot settle (a hint that
 * a callee may raise, an unknown section a person wrote), while every line a person wrote stays.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocStyle } from '../../src/core/docstring/model';
import { extractSymbols, languageForPath } from '../../src/core/extract';
import { packFor } from '../../src/languages';
import { parseDocstring } from '../../src/core/styles';
import type { SymbolFact } from '../../src/core/extract/types';
import { lineEndAt } from '../../src/core/text/lines';
import { updateDocstrings, validateText, type Finding } from '../../src/core/validate';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'validate');
/** Left for a person: a hint that a callee may raise, an unknown section, a missing description. */
const SETTLED_BY_A_PERSON = new Set(['DW402', 'DW501', 'DW105', 'DW204', 'DW303', 'DW403']);

/** The `expect:` list on a symbol's definition lines, if any. */
function expected(text: string, symbol: SymbolFact): string[] | undefined {
  const region = text.slice(symbol.range.start, lineEndAt(text, symbol.signatureRange.end));
  const match = /expect:\s*([A-Z0-9 ]+|none)/.exec(region.split('\n').find((l) => l.includes('expect:')) ?? '');
  if (!match) return undefined;
  return match[1].trim() === 'none' ? [] : match[1].trim().split(/\s+/).sort();
}

function codesBySymbol(findings: Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) map.set(f.symbolId, [...(map.get(f.symbolId) ?? []), f.code].sort());
  return map;
}

/** Lines of a docstring a person wrote, minus the entries a repair is meant to remove or retype. */
function humanLines(content: string, removed: string[]): string[] {
  return content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !removed.some((word) => new RegExp(`(^|[^\\w])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(l)));
}

for (const file of readdirSync(DIR).sort()) {
  const style = file.split('.')[0] as DocStyle;
  const language = languageForPath(file)!;
  describe(`validation fixtures: ${file}`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');

    it('each definition gets exactly the codes it expects', async () => {
      const { findings, extracted } = await validateText(text, language, { style });
      const found = codesBySymbol(findings);
      const mismatches: string[] = [];
      for (const symbol of extracted.symbols) {
        const want = expected(text, symbol) ?? [];
        const got = found.get(symbol.id) ?? [];
        if (want.join(' ') !== got.join(' ')) mismatches.push(`${symbol.id}: expected [${want.join(' ')}], got [${got.join(' ')}] ${findings.filter((f) => f.symbolId === symbol.id).map((f) => f.message).join(' | ')}`);
      }
      assert.deepEqual(mismatches, []);
    });

    it('"Update docstring" settles every finding it can and keeps every line a person wrote', async () => {
      const before = await validateText(text, language, { style });
      const repaired = await updateDocstrings(text, language, { style });
      assert.deepEqual(repaired.failures.map((f) => f.reason), []);
      const after = await validateText(repaired.newText, language, { style });
      const left = after.findings.filter((f) => !SETTLED_BY_A_PERSON.has(f.code));
      assert.deepEqual(left.map((f) => `${f.symbol}: ${f.code} ${f.message}`), []);
      const afterById = new Map((await extractSymbols(repaired.newText, language)).symbols.map((s) => [s.id, s]));
      for (const symbol of before.extracted.symbols) {
        if (!symbol.docstring) continue;
        const mine = before.findings.filter((f) => f.symbolId === symbol.id);
        // Entries the repair removes or retypes: extra parameters, wrongly typed ones, a returns/yields that does not exist.
        const names = mine.flatMap((f) => /'([^']+)' is documented (but is not|as)/.exec(f.message)?.[1] ?? []);
        const written = parseDocstring(symbol.docstring.content, packFor(language).detectStyle(symbol.docstring.content) ?? style).doc;
        const removed = [...names, ...written.params.filter((p) => names.includes(p.name.replace(/^[*\\]+/, ''))).flatMap((p) => p.description.split('\n'))];
        const dropsReturns = mine.some((f) => f.code === 'DW202' || f.code === 'DW203');
        if (dropsReturns) removed.push('Returns', '-------', ':returns:', ':rtype:', '@returns', ...(written.returns?.description.split('\n') ?? []), ...(written.returns?.type ? [written.returns.type] : []));
        if (mine.some((f) => f.code === 'DW302')) removed.push('Yields', '------', ':yields:', '@yields', ...(written.yields?.description.split('\n') ?? []));
        const kept = afterById.get(symbol.id)?.docstring?.content ?? '';
        const keptLines = new Set(kept.split('\n').map((l) => l.trim()));
        for (const line of humanLines(symbol.docstring.content, removed)) {
          assert.ok(keptLines.has(line), `${symbol.id}: the line ${JSON.stringify(line)} a person wrote was lost:\n${kept}`);
        }
      }
    });
  });
}
