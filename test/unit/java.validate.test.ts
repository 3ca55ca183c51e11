/**
 * Java rule fixtures (issue 13): one file per rule in test/fixtures/java/validate, each definition
 * saying on its signature line which codes it expects (`// expect: DW102` or `// expect: none`),
 * a finding and its clean counterpart side by side. "Update docstring" then settles every finding a
 * repair can settle and keeps what a person wrote. And javac's doclint, run over the same files,
 * agrees on every rule it has an equivalent for.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SymbolFact } from '../../src/core/extract/types';
import { lineEndAt } from '../../src/core/text/lines';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { agreement, agreementTable, comparePeers } from './javaDoclint';
import { ROOT } from './javaHelpers';

const DIR = join(ROOT, 'test', 'fixtures', 'java', 'validate');
const files = readdirSync(DIR).filter((n) => n.endsWith('.java')).sort();
/** Left for a person: a hint that a callee may raise, a tag that does not parse, a missing description. */
const SETTLED_BY_A_PERSON = new Set(['DW402', 'DW501', 'DW105', 'DW204', 'DW403']);

function expected(text: string, symbol: SymbolFact): string[] {
  const region = text.slice(symbol.range.start, lineEndAt(text, symbol.signatureRange.end));
  const match = /expect:\s*([A-Z0-9 ]+|none)/.exec(region);
  if (!match || match[1].trim() === 'none') return [];
  return match[1].trim().split(/\s+/).sort();
}

describe(`java validation fixtures (${files.length} files)`, () => {
  it('one file for each rule Javadoc has, each with a finding and a clean counterpart', () => {
    for (const rule of ['DW101', 'DW102', 'DW103', 'DW105', 'DW201', 'DW202', 'DW204', 'DW401', 'DW402', 'DW403', 'DW501']) {
      assert.ok(files.includes(`${rule}.java`), rule);
      const text = readFileSync(join(DIR, `${rule}.java`), 'utf8');
      assert.match(text, new RegExp(`expect: ${rule}`), `${rule}.java has a finding`);
      assert.match(text, /expect: none/, `${rule}.java has a clean counterpart`);
    }
  });

  for (const file of files) {
    it(`${file}: each definition gets exactly the codes it expects, and a repair settles them`, async () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const { findings, extracted } = await validateText(text, 'java', { style: 'javadoc' });
      const mismatches: string[] = [];
      for (const symbol of extracted.symbols) {
        const got = findings.filter((f) => f.symbolId === symbol.id && f.code !== 'DW601').map((f) => f.code).sort();
        const want = expected(text, symbol);
        if (want.join(' ') !== got.join(' ')) mismatches.push(`${symbol.id}: expected [${want.join(' ')}], got [${got.join(' ')}] ${findings.filter((f) => f.symbolId === symbol.id).map((f) => f.message).join(' | ')}`);
      }
      assert.deepEqual(mismatches, []);

      const repaired = await updateDocstrings(text, 'java', { style: 'javadoc' });
      assert.deepEqual(repaired.failures.map((f) => f.reason), []);
      const after = await validateText(repaired.newText, 'java', { style: 'javadoc' });
      assert.deepEqual(after.findings.filter((f) => !SETTLED_BY_A_PERSON.has(f.code) && f.code !== 'DW601').map((f) => `${f.symbol}: ${f.code} ${f.message}`), []);
      // Every description a person wrote is still there.
      const kept = repaired.newText;
      for (const line of text.split('\n').filter((l) => /^\s*\* @(param|return|throws) \S+ .+/.test(l) && !/not a parameter|no longer a parameter|nothing at all|a new instance|never: nothing/.test(l))) {
        assert.ok(kept.includes(line.trim()), `${file}: the line ${JSON.stringify(line.trim())} was lost`);
      }
    });
  }

  it('agrees with javac -Xdoclint:all/private on the rules doclint has', async function () {
    if (spawnSync('javac', ['-version'], { stdio: 'ignore' }).status !== 0) {
      console.log('      skipped: no javac on PATH');
      this.skip();
    }
    this.timeout(120000);
    const texts = new Map(files.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
    const comparison = await comparePeers(texts);
    const rows = agreement(comparison);
    console.log(agreementTable(rows).replace(/^/gm, '      '));
    const all = rows.find((r) => r.rule === 'all')!;
    const describe = (f: { file: string; symbol: string; rule: string; name: string }) => `${f.file} ${f.symbol} ${f.rule} ${f.name}`.trim();
    // doclint's "no @param for value" beside the `@param` it cannot read: Docwright reports the tag (DW501) and checks no further.
    assert.deepEqual(all.onlyDoclint.map(describe), ['DW501.java method:DW501.next DW102 value']);
    // By design (README, "Differences from javac's doclint"): an unchecked exception thrown and not documented (Effective Java, item 74);
    // a record component without @param (doclint says "no comment" on the component, not compared).
    assert.deepEqual(all.onlyDocwright.map(describe).sort(), ['DW102.java class:DW102.Pair DW102 second', 'DW401.java method:DW401.check DW401 IllegalArgumentException']);
    assert.ok(all.both >= 12, `both tools find the fixtures' findings (${all.both})`);
  });
});
