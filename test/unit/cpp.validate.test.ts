/**
 * C/C++ validation fixtures (test/fixtures/cpp/validate): one file per group of rules Doxygen
 * comments have, each declaration marked with the codes it must get (`// expect: DW101`, or
 * `none`), in both styles: as written (`/** *\/` blocks) and with every block turned into `///`
 * lines (`doxygen-slash`). "Update docstring" settles every finding a repair can settle.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SymbolFact } from '../../src/core/extract/types';
import { lineEndAt } from '../../src/core/text/lines';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { languageForPath } from '../../src/languages';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'cpp', 'validate');
const files = readdirSync(DIR).sort();
/** What only a person can settle: a description to write, a layout to fix by hand. */
const SETTLED_BY_A_PERSON = new Set(['DW105', 'DW204', 'DW403', 'DW501']);

function expected(text: string, symbol: SymbolFact): string[] {
  const match = /expect:\s*([A-Z0-9 ]+|none)/.exec(text.slice(symbol.range.start, lineEndAt(text, symbol.signatureRange.end)));
  return !match || match[1].trim() === 'none' ? [] : match[1].trim().split(/\s+/).sort();
}

/** Every `/** ... *\/` block written as `///` lines (the doxygen-slash form of the same fixture). */
function asSlashLines(text: string): string {
  return text.replace(/^([ \t]*)\/\*\*\n((?:[ \t]*\*(?!\/).*\n)*)[ \t]*\*\/\n/gm, (_all, indent: string, body: string) =>
    body
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `${indent}///${line.replace(/^[ \t]*\*/, '')}`)
      .join('\n') + '\n',
  );
}

describe(`C/C++ validation fixtures (${files.length} files, both Doxygen forms)`, () => {
  it('covers DW101-DW105, DW201, DW202, DW204, DW401, DW403 and DW501, each with a finding and a clean counterpart', () => {
    const all = files.map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
    for (const rule of ['DW101', 'DW102', 'DW103', 'DW105', 'DW201', 'DW202', 'DW204', 'DW401', 'DW403', 'DW501']) assert.match(all, new RegExp(`expect: ${rule}`));
    for (const f of files) assert.match(readFileSync(join(DIR, f), 'utf8'), /expect: none/, f);
  });

  for (const form of ['blocks', '///'] as const) {
    for (const file of files) {
      it(`${file} (${form}): each declaration gets exactly the codes it expects, and a repair settles them`, async () => {
        const language = languageForPath(file)!;
        const written = readFileSync(join(DIR, file), 'utf8');
        const text = form === 'blocks' ? written : asSlashLines(written);
        if (form === '///') assert.ok(!text.includes('/**'), 'every block became /// lines');
        const { findings, extracted } = await validateText(text, language, { style: 'auto' });
        const mismatches: string[] = [];
        for (const symbol of extracted.symbols) {
          const got = findings.filter((f) => f.symbolId === symbol.id && f.code !== 'DW601').map((f) => f.code).sort();
          const want = expected(text, symbol);
          if (want.join(' ') !== got.join(' ')) mismatches.push(`${symbol.id}: expected [${want.join(' ')}], got [${got.join(' ')}]`);
        }
        assert.deepEqual(mismatches, []);
        const repaired = await updateDocstrings(text, language, { style: 'auto' });
        assert.deepEqual(repaired.failures.map((f) => f.reason), []);
        // The repair keeps the comment's form.
        assert.equal(repaired.newText.includes('/**'), form === 'blocks');
        const after = await validateText(repaired.newText, language, { style: 'auto' });
        assert.deepEqual(after.findings.filter((f) => !SETTLED_BY_A_PERSON.has(f.code) && f.code !== 'DW601').map((f) => `${f.symbol}: ${f.code}`), []);
      });
    }
  }
});
