/**
 * C# placement fixtures (test/fixtures/csharp/placement): template mode gives each golden, a second
 * run makes no edit, only `///` lines are added; Mono's C# compiler (mcs -doc) compiles the goldens
 * (all but the *.modern ones, newer than its C# 6) and attaches every inserted comment.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { csharpFacts } from '../../src/languages/csharp/facts';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'csharp', 'placement');
const CASES = readdirSync(FIXTURES).filter((f) => f.endsWith('.cs')).sort();
const generate = (text: string) => generateDocstrings(text, 'csharp', { style: 'auto', types: 'auto', quote: '"""' });
/** The lines of `after` that are not the lines of `before` taken in order (throws when one of `before` is missing). */
function added(before: string, after: string): string[] {
  const kept = before.split('\n');
  const out: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < kept.length && line === kept[i]) i++;
    else out.push(line);
  }
  assert.equal(i, kept.length, 'every line of the input is kept, in order');
  return out;
}
const golden = (name: string) => readFileSync(join(FIXTURES, name.replace(/\.cs$/, '.golden')), 'utf8');

describe('C# placement fixtures', function () {
  this.timeout(120_000);

  it('has at least 30 fixtures, each with its golden', () => {
    assert.ok(CASES.length >= 30, `${CASES.length} fixtures`);
    for (const name of CASES) golden(name);
  });

  for (const name of CASES) {
    it(`${name}: the golden text; a second run makes no edit; only /// lines were added; it parses`, async () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const first = await generate(text);
      assert.deepEqual(first.failures, []);
      assert.equal(first.newText, golden(name));
      assert.deepEqual((await generate(first.newText)).edits, [], 'a second run makes no edit');
      assert.deepEqual(added(text, first.newText).filter((line) => !/^\s*\/\/\/( |$)/.test(line)), [], 'only /// lines were added, every line of the input kept in order');
      assert.equal((await extractSymbols(first.newText, 'csharp')).hasErrors, false);
    });
  }

  it('mcs compiles every golden: no comment misplaced (CS1587) or malformed (CS1570); CS1591 only where no comment can go; each new comment is in the XML documentation', async function () {
    if (spawnSync('mcs', ['--version']).status !== 0) {
      console.log('      skipped: mcs is not installed (Debian: apt-get install mono-mcs)');
      return this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'docwright-cs-placement-'));
    try {
      const compiled = CASES.filter((name) => !name.includes('.modern.'));
      let inserted = 0;
      const uncommentable: string[] = [];
      for (const name of compiled) {
        writeFileSync(join(dir, name), golden(name));
        const text = readFileSync(join(FIXTURES, name), 'utf8');
        inserted += (await generate(text)).documented.length;
        const { symbols } = await extractSymbols(text, 'csharp');
        for (const s of symbols) if (csharpFacts(s)?.midLine || csharpFacts(s)?.sharesCommentWith) uncommentable.push(s.name);
      }
      const run = spawnSync('mcs', ['-target:library', '-define:DEBUG', `-doc:${join(dir, 'all.xml')}`, `-out:${join(dir, 'all.dll')}`, ...compiled.map((n) => join(dir, n))], { encoding: 'utf8' });
      const out = `${run.stdout}${run.stderr}`;
      assert.equal(run.status, 0, out);
      assert.deepEqual(out.split('\n').filter((l) => /CS1587|CS1570|CS1572|CS1573|CS1574/.test(l)), []);
      // (DEBUG defined: the fixtures' #if DEBUG members are compiled too.)
      // A declaration in the middle of a line and a later declarator of `int X, Y;` (mcs gives the comment to the first only).
      const missing = out.split('\n').filter((l) => l.includes('CS1591')).map((l) => /`([^']+)'/.exec(l)![1].split('.').pop()!);
      assert.ok(missing.every((name) => uncommentable.includes(name)), `CS1591 for ${missing.join(', ')}`);
      const xml = readFileSync(join(dir, 'all.xml'), 'utf8');
      assert.equal((xml.match(/_summary_/g) ?? []).length, inserted, 'each inserted comment documents one member');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
