/**
 * Placement fixtures: every case from the field research, rendered in every style of its language,
 * against a golden file. Run with UPDATE_GOLDENS=1 to rewrite goldens (then review the diff).
 * Beyond the golden, each output must parse, have a docstring on every symbol that was selected,
 * and need no further edits when generated again (idempotent).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocStyle } from '../../src/core/docstring/model';
import { extractSymbols, languageForPath, parsesCleanly } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';

const ROOT = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const UPDATE = process.env.UPDATE_GOLDENS === '1';

const GROUPS: { folder: string; styles: DocStyle[] }[] = [
  { folder: 'python', styles: ['google', 'numpy', 'sphinx'] },
  { folder: 'ts', styles: ['jsdoc', 'tsdoc'] },
];

for (const { folder, styles } of GROUPS) {
  const cases = readdirSync(join(ROOT, 'cases', folder)).sort();
  describe(`placement fixtures: ${folder} (${cases.length} cases)`, () => {
    for (const name of cases) {
      for (const style of styles) {
        it(`${name} [${style}]`, async () => {
          const input = readFileSync(join(ROOT, 'cases', folder, name), 'utf8');
          const language = languageForPath(name)!;
          const result = await generateDocstrings(input, language, { style, types: 'auto', quote: '"""' });
          assert.deepEqual(result.failures.map((f) => `${f.line}: ${f.reason}`), []);

          const goldenPath = join(ROOT, 'golden', folder, style, name);
          if (UPDATE) {
            mkdirSync(join(ROOT, 'golden', folder, style), { recursive: true });
            writeFileSync(goldenPath, result.newText);
          }
          assert.ok(existsSync(goldenPath), `missing golden ${goldenPath}; run with UPDATE_GOLDENS=1 and review`);
          assert.equal(result.newText, readFileSync(goldenPath, 'utf8'));

          assert.ok((await parsesCleanly(result.newText, language)).ok, 'output parses');
          const after = await extractSymbols(result.newText, language);
          for (const symbol of result.documented) {
            assert.ok(after.symbols.find((s) => s.id === symbol.id)?.docstring, `${symbol.id} has a docstring after generation`);
          }
          const again = await generateDocstrings(result.newText, language, { style, types: 'auto', quote: '"""' });
          assert.equal(again.edits.length, 0, 'a second run changes nothing');
          // Line endings are the file's own.
          if (input.includes('\r\n')) assert.ok(!/[^\r]\n/.test(result.newText), 'CRLF file stays CRLF');
        });
      }
    }
  });
}
