/**
 * PHP placement fixtures (issue 14): each file of test/fixtures/php/placement is one hard case
 * (HTML around `<?php`, attributes, promotion, one-line enums, CRLF, tabs, a BOM, namespaces of both
 * forms, polyfill `if`s, heredocs...). A docblock is inserted at every symbol without one: `php -l`
 * accepts the output, PHP-Parser gives each new docblock to the symbol it was written for (and
 * every existing one stays with its own), removing the inserted text gives the input back byte for
 * byte, and a second extraction finds each symbol documented (what makes a second run a no-op).
 * The goldens through the pipeline come with the registration (WIRING.md).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docblockContent } from '../../src/languages/php/comments';
import { phpConventions } from '../../src/languages/php/conventions';
import { phpdocComment } from '../../src/languages/php/phpdoc';
import { checkPhpFiles, extract, insertAll, phpLint, phpTools, ROOT } from './php.tools';

const DIR = join(ROOT, 'test', 'fixtures', 'php', 'placement');
const cases = readdirSync(DIR).filter((n) => n.endsWith('.php')).sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe(`php placement fixtures (${cases.length} cases)`, function () {
  this.timeout(120_000);

  it('has at least 30 cases, each read by tree-sitter without an error', async () => {
    assert.ok(cases.length >= 30, `${cases.length} cases`);
    for (const name of cases) assert.equal((await extract(read(name))).hasErrors, false, name);
  });

  it('php -l and PHP-Parser accept each output, each new docblock is its symbol\'s, and only comments were added', async function () {
    const tools = phpTools();
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      this.skip();
    }
    for (const name of cases) assert.equal(phpLint(read(name), name), '', `${name} is valid PHP`);
    const report = await checkPhpFiles(cases.map((name) => ({ name, text: read(name) })), phpdocComment, docblockContent);
    console.log(`      php placement: ${report.files} files, ${report.symbols} symbols, ${report.documented} documented, ${report.inserted} docblocks inserted (${report.midLine} inside a line), ${report.attached} attached, ${report.failures.length} failures`);
    assert.deepEqual(report.failures, []);
    assert.equal(report.files, cases.length);
    assert.equal(report.attached, report.inserted);
    assert.ok(report.inserted >= 150 && report.midLine > 0, 'the fixtures insert docblocks, some inside a line');
  });

  it('the same in CRLF and with tab indentation: every fixture converted, judged again', async function () {
    const tools = phpTools();
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      this.skip();
    }
    const variants = cases.flatMap((name) => {
      const text = read(name);
      // Heredoc bodies and closing markers keep their spaces: tabs there would change the string (or break it).
      const tabs = /<<</.test(text) ? [] : [{ name: `tabs-${name}`, text: text.replace(/^( {4})+/gm, (spaces) => '\t'.repeat(spaces.length / 4)) }];
      return [{ name: `crlf-${name}`, text: text.replace(/\r?\n/g, '\r\n') }, ...tabs];
    });
    const report = await checkPhpFiles(variants, phpdocComment, docblockContent);
    console.log(`      php placement variants: ${report.files} files, ${report.inserted} docblocks inserted, ${report.attached} attached, ${report.failures.length} failures`);
    assert.deepEqual(report.failures, []);
    assert.equal(report.attached, report.inserted);
  });

  it('what the wiring writes: a second pass over the output has nothing left to document', async () => {
    for (const name of cases) {
      const text = read(name);
      const { symbols } = await extract(text);
      const wanted = symbols.filter((s) => !s.docstring && !phpConventions.docless(s));
      const marked = insertAll(text, wanted.map((symbol, n) => ({ symbol, literal: phpdocComment([`Doc ${n}.`], symbol.insertion.indent) })));
      const again = (await extract(marked)).symbols.filter((s) => !s.docstring && !phpConventions.docless(s));
      assert.deepEqual(again.map((s) => s.id), [], `${name}: every symbol written for is documented after one pass`);
      // Each line the pass added is a whole comment line (docless symbols are the ones that do not start their line).
      const added = marked.split(/\r?\n/).filter((line) => !text.split(/\r?\n/).includes(line));
      for (const line of added) assert.match(line, /^\s*(\/\*\*|\*)/, `${name}: ${JSON.stringify(line)} is a comment line`);
    }
  });
});
