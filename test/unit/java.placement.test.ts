/**
 * Java placement fixtures (issue 13): each file of test/fixtures/java/placement/cases through the real
 * pipeline (`generateDocstrings`, template mode, Javadoc) against its golden in .../golden. Run with
 * UPDATE_GOLDENS=1 to rewrite the goldens, then review the diff by eye.
 *
 * Beyond the golden: a second run writes nothing; only comments were inserted (deleting the inserted
 * text gives the input back, and every insertion but one inside a line, `} void f() {`, is whole
 * comment lines); tree-sitter and javac's parser read the result; and javac attaches each new comment
 * to the symbol it was written for, every existing comment staying with its own.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDocstrings, type FileGeneration } from '../../src/core/generate/generateFile';
import { extractText, hasJava, javacDocs, parsesCleanly, ROOT } from './javaHelpers';
import { insertedOnlyComments, javacAttachment } from './javaPipeline';

const DIR = join(ROOT, 'test', 'fixtures', 'java', 'placement');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const cases = readdirSync(join(DIR, 'cases')).filter((n) => n.endsWith('.java')).sort();

const generate = (text: string): Promise<FileGeneration> => generateDocstrings(text, 'java', { style: 'javadoc', types: 'auto', quote: '"""' });

describe(`java placement fixtures (${cases.length} cases, javadoc)`, () => {
  const outputs = new Map<string, { input: string; result: FileGeneration }>();

  for (const name of cases) {
    it(name, async () => {
      const input = readFileSync(join(DIR, 'cases', name), 'utf8');
      const result = await generate(input);
      outputs.set(name, { input, result });
      assert.deepEqual(result.failures.map((f) => `${f.line}: ${f.reason}`), []);

      const goldenPath = join(DIR, 'golden', name);
      if (UPDATE) {
        mkdirSync(join(DIR, 'golden'), { recursive: true });
        writeFileSync(goldenPath, result.newText);
      }
      assert.ok(existsSync(goldenPath), `missing golden ${goldenPath}; run with UPDATE_GOLDENS=1 and review`);
      assert.equal(result.newText, readFileSync(goldenPath, 'utf8'));

      assert.deepEqual(insertedOnlyComments(input, result), []);
      assert.ok(await parsesCleanly(result.newText), 'tree-sitter reads the output');
      const after = (await extractText(result.newText)).symbols;
      for (const symbol of result.documented) assert.ok(after.find((s) => s.id === symbol.id)?.docstring, `${symbol.id} has a comment after generation`);
      const again = await generate(result.newText);
      assert.equal(again.edits.length, 0, 'a second run changes nothing');
      if (input.includes('\r\n')) assert.ok(!/[^\r]\n/.test(result.newText), 'a CRLF file stays CRLF');
    });
  }

  it('javac parses every output and attaches each new comment to the symbol it was written for', async function () {
    if (!hasJava()) {
      console.log("      skipped: no `java` on PATH to run javac's parser");
      this.skip();
    }
    this.timeout(120000);
    assert.equal(outputs.size, cases.length, 'the fixtures ran first');
    const files = new Map([...outputs].map(([name, { result }]) => [name, result.newText]));
    const javac = javacDocs(files);
    assert.deepEqual(javac.errors, []);
    const failures: string[] = [];
    let inserted = 0;
    for (const [name, { input, result }] of outputs) {
      const check = await javacAttachment(name, input, result, javac.declarations);
      inserted += check.inserted;
      failures.push(...check.failures);
    }
    console.log(`      java placement: ${cases.length} files, ${inserted} comments inserted, ${failures.length} failures`);
    assert.deepEqual(failures, []);
    assert.ok(inserted >= 100, `the fixtures insert comments (${inserted})`);
  });
});
