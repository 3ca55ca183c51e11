/**
 * PHP rule fixtures (issue 14): one file per rule in test/fixtures/php/validate, each definition
 * saying on its signature line which codes it expects (`// expect: DW102` or `// expect: none`), a
 * finding and its clean counterpart side by side; "Update docstring" then settles every finding a
 * repair can settle and keeps what a person wrote. Runs once the pack is registered (WIRING.md);
 * until then it skips, saying so. Checked with a local registration on this branch.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SymbolFact } from '../../src/core/extract/types';
import { lineEndAt } from '../../src/core/text/lines';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { isSupportedLanguage } from '../../src/languages';
import type { DocStyle } from '../../src/core/docstring/model';
import { ROOT } from './php.tools';

const DIR = join(ROOT, 'test', 'fixtures', 'php', 'validate');
const files = readdirSync(DIR).filter((n) => n.endsWith('.php')).sort();
/** Left for a person: a missing description, a tag that does not parse. */
const SETTLED_BY_A_PERSON = new Set(['DW105', 'DW204', 'DW403', 'DW501']);
const STYLE = 'phpdoc' as DocStyle;

function expected(text: string, symbol: SymbolFact): string[] {
  const region = text.slice(symbol.range.start, lineEndAt(text, symbol.signatureRange.end));
  const match = /expect:\s*([A-Z0-9 ]+|none)/.exec(region);
  if (!match || match[1].trim() === 'none') return [];
  return match[1].trim().split(/\s+/).sort();
}

describe(`php validation fixtures (${files.length} files)`, function () {
  before(function () {
    if (!isSupportedLanguage('php')) {
      console.log('      skipped: the PHP pack is not registered yet (src/languages/php/WIRING.md)');
      this.skip();
    }
  });

  it('one file for each rule PHPDoc has, each with a finding and a clean counterpart', () => {
    for (const rule of ['DW101', 'DW102', 'DW103', 'DW105', 'DW201', 'DW202', 'DW204', 'DW401', 'DW403', 'DW501']) {
      assert.ok(files.includes(`${rule}.php`), rule);
      const text = readFileSync(join(DIR, `${rule}.php`), 'utf8');
      assert.match(text, new RegExp(`expect: ${rule}`), `${rule}.php has a finding`);
      assert.match(text, /expect: none/, `${rule}.php has a clean counterpart`);
    }
  });

  for (const file of files) {
    it(`${file}: each definition gets exactly the codes it expects, and a repair settles them`, async () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const { findings, extracted } = await validateText(text, 'php', { style: STYLE });
      const mismatches: string[] = [];
      for (const symbol of extracted.symbols.filter((s) => s.kind === 'method' || s.kind === 'function')) {
        const got = findings.filter((f) => f.symbolId === symbol.id && f.code !== 'DW601').map((f) => f.code).sort();
        const want = expected(text, symbol);
        if (want.join(' ') !== got.join(' ')) mismatches.push(`${symbol.id}: expected [${want.join(' ')}], got [${got.join(' ')}] ${findings.filter((f) => f.symbolId === symbol.id).map((f) => f.message).join(' | ')}`);
      }
      assert.deepEqual(mismatches, []);

      const repaired = await updateDocstrings(text, 'php', { style: STYLE });
      assert.deepEqual(repaired.failures.map((f) => f.reason), []);
      const after = await validateText(repaired.newText, 'php', { style: STYLE });
      assert.deepEqual(after.findings.filter((f) => !SETTLED_BY_A_PERSON.has(f.code) && f.code !== 'DW601').map((f) => `${f.symbol}: ${f.code} ${f.message}`), []);
      // Every description a person wrote is still there.
      for (const line of text.split('\n').filter((l) => /^\s*\* @(param|return|throws) \S+ \S+ .+/.test(l) && !/Not a parameter|Nothing at all/.test(l))) {
        assert.ok(repaired.newText.includes(line.trim()), `${file}: the line ${JSON.stringify(line.trim())} was lost`);
      }
    });
  }
});
