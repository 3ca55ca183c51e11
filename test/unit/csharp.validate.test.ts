/**
 * C# rule fixtures (test/fixtures/csharp/validate): one file per rule, each method saying on its
 * signature line which codes it expects (`// expect: DW102` or `// expect: none`), a finding and its
 * clean counterpart. "Update docstring" then settles what a repair can settle. And the C# compiler's
 * own documentation checks (Mono's mcs -doc: CS1572, CS1573, CS1570) agree on the rules they have.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SymbolFact } from '../../src/core/extract/types';
import { lineEndAt } from '../../src/core/text/lines';
import { updateDocstrings, validateText } from '../../src/core/validate';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'csharp', 'validate');
const files = readdirSync(DIR).filter((n) => n.endsWith('.cs')).sort();
const SETTLED_BY_A_PERSON = new Set(['DW402', 'DW501', 'DW105', 'DW204', 'DW403']);
/** The compiler's documentation warnings and the rule each is. */
// CS1711 is a <typeparam> for no such type parameter. Mono does not implement CS1712 (Roslyn's: a type
// parameter without <typeparam> when others have one): Docwright's DW102 on a type parameter is not compared.
const COMPILER: Record<string, string> = { CS1572: 'DW101', CS1573: 'DW102', CS1711: 'DW101', CS1570: 'DW501' };

function expected(text: string, symbol: SymbolFact): string[] {
  const match = /expect:\s*([A-Z0-9 ]+|none)/.exec(text.slice(symbol.range.start, lineEndAt(text, symbol.signatureRange.end)));
  return !match || match[1].trim() === 'none' ? [] : match[1].trim().split(/\s+/).sort();
}

describe(`C# validation fixtures (${files.length} files)`, () => {
  it('one file for each rule XML documentation comments have, each with a finding and a clean counterpart', () => {
    for (const rule of ['DW101', 'DW102', 'DW103', 'DW105', 'DW201', 'DW202', 'DW204', 'DW401', 'DW402', 'DW403', 'DW501']) {
      const text = readFileSync(join(DIR, `${rule}.cs`), 'utf8');
      assert.match(text, new RegExp(`expect: ${rule}`));
      assert.match(text, /expect: none/);
    }
  });

  for (const file of files) {
    it(`${file}: each method gets exactly the codes it expects, and a repair settles them`, async () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const { findings, extracted } = await validateText(text, 'csharp', { style: 'xmldoc' });
      const mismatches: string[] = [];
      for (const symbol of extracted.symbols) {
        const got = findings.filter((f) => f.symbolId === symbol.id && f.code !== 'DW601').map((f) => f.code).sort();
        const want = expected(text, symbol);
        if (want.join(' ') !== got.join(' ')) mismatches.push(`${symbol.id}: expected [${want.join(' ')}], got [${got.join(' ')}]`);
      }
      assert.deepEqual(mismatches, []);
      const repaired = await updateDocstrings(text, 'csharp', { style: 'xmldoc' });
      assert.deepEqual(repaired.failures.map((f) => f.reason), []);
      const after = await validateText(repaired.newText, 'csharp', { style: 'xmldoc' });
      assert.deepEqual(after.findings.filter((f) => !SETTLED_BY_A_PERSON.has(f.code) && f.code !== 'DW601').map((f) => `${f.symbol}: ${f.code}`), []);
    });
  }

  it('agrees with the C# compiler (mcs -doc) on the rules it checks: CS1572 and CS1711 are DW101, CS1573 DW102, CS1570 DW501', async function () {
    if (spawnSync('mcs', ['--version']).status !== 0) {
      console.log('      skipped: mcs is not installed (Debian: apt-get install mono-mcs)');
      return this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'docwright-cs-validate-'));
    try {
      for (const file of files) writeFileSync(join(dir, file), readFileSync(join(DIR, file), 'utf8'));
      const run = spawnSync('mcs', ['-target:library', `-doc:${join(dir, 'all.xml')}`, `-out:${join(dir, 'all.dll')}`, ...files.map((f) => join(dir, f))], { encoding: 'utf8' });
      const compiler = new Set<string>();
      for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
        const m = /(\w+)\.cs\(\d+,\d+\): warning (CS\d+): /.exec(line);
        const member = /`\w+\.(\w+)[('<](?![^`]*`\w+\.)/.exec(line);
        if (m && member && COMPILER[m[2]]) compiler.add(`${m[1]}.${member[1]} ${COMPILER[m[2]]}`);
      }
      const ours = new Set<string>();
      for (const file of files) {
        const { findings } = await validateText(readFileSync(join(DIR, file), 'utf8'), 'csharp', { style: 'xmldoc' });
        for (const f of findings) if (Object.values(COMPILER).includes(f.code) && !(f.code === 'DW102' && f.message.startsWith('Type parameter'))) ours.add(`${file.replace(/\.cs$/, '')}.${f.symbol.split('.').pop()} ${f.code}`);
      }
      console.log(`      compiler: ${compiler.size} findings on CS1572/CS1573/CS1711/CS1570, Docwright ${ours.size}, both ${[...compiler].filter((c) => ours.has(c)).length}`);
      assert.equal(compiler.size, 4, `${run.stdout}${run.stderr}`);
      assert.deepEqual([...ours].sort(), [...compiler].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
