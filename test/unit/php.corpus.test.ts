/**
 * Real code nobody here wrote: PHP libraries Debian ships under /usr/share/php (php-parser,
 * php-symfony-console and its dependencies (php-symfony-string, php-symfony-service-contracts,
 * php-psr-container), php-monolog and php-psr-log; nothing is vendored), judged by `php -l` and
 * PHP-Parser's getDocComment() (test/fixtures/php/docs.php): the extractor finds PHP-Parser's
 * declarations with its doc comments, and a docblock inserted at every undocumented symbol is
 * PHP-Parser's doc of that symbol. A sample of every 4th file by default; `DW_PHP_CORPUS=all` reads
 * every file (about 520 with those packages, 25 s), `DW_PHP_CORPUS=/some/dir` the files under a directory.
 * Skips, saying why, without php or php-parser.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docblockContent } from '../../src/languages/php/comments';
import { parsePhpdoc, phpdocComment, renderPhpdoc } from '../../src/languages/php/phpdoc';
import { samePhpType } from '../../src/languages/php/types';
import { checkPhpFiles, extract, phpTools } from './php.tools';

const ROOTS = ['/usr/share/php/PhpParser', '/usr/share/php/Symfony', '/usr/share/php/Monolog', '/usr/share/php/Psr'];

function phpFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...phpFiles(path));
    else if (entry.name.endsWith('.php')) out.push(path);
  }
  return out.sort();
}

describe('php corpus: libraries under /usr/share/php, judged by php -l and PHP-Parser', function () {
  this.timeout(600_000);
  const wanted = process.env.DW_PHP_CORPUS;
  const all = (wanted && wanted !== 'all' ? [wanted] : ROOTS).flatMap(phpFiles);
  const files = wanted ? all : all.filter((_, i) => i % 4 === 0);

  before(function () {
    const tools = phpTools();
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      this.skip();
    }
    if (files.length === 0) {
      console.log('      skipped: no PHP files under /usr/share/php (apt-get install php-parser php-symfony-console php-monolog)');
      this.skip();
    }
  });

  it('finds what PHP-Parser finds with the same doc comments, and PHP-Parser attaches a docblock inserted at each undocumented symbol', async () => {
    const inputs = files.map((name) => ({ name, text: readFileSync(name, 'utf8') }));
    const report = await checkPhpFiles(inputs, phpdocComment, docblockContent);
    console.log(`      php corpus: ${report.files} files, ${report.symbols} symbols, ${report.documented} documented, ${report.inserted} docblocks inserted (${report.midLine} inside a line), ${report.attached} attached, ${report.failures.length} failures`);
    for (const failure of report.failures.slice(0, 30)) console.log(`        ${failure}`);
    assert.equal(report.failures.length, 0, report.failures.slice(0, 30).join('\n'));
    assert.equal(report.files, files.length);
    assert.equal(report.attached, report.inserted);
    if (!wanted && files.some((f) => f.includes('PhpParser'))) assert.ok(report.symbols > 1000, `the sample holds over 1,000 symbols (${report.symbols})`);
  });

  it('reads every docblock of the sample, each one round-trips through render, and its types agree with the native ones', async () => {
    let docs = 0;
    let problems = 0;
    const types = { compared: 0, differ: [] as string[] };
    const compare = (id: string, documented: string | undefined, native: string | undefined) => {
      if (!documented || !native) return;
      types.compared++;
      if (!samePhpType(documented, native)) types.differ.push(`${id}: ${documented} for ${native}`);
    };
    for (const name of files) {
      const { symbols } = await extract(readFileSync(name, 'utf8'));
      for (const symbol of symbols) {
        if (!symbol.docstring) continue;
        docs++;
        const parsed = parsePhpdoc(symbol.docstring.content);
        problems += parsed.problems.length;
        for (const p of parsed.doc.params) compare(symbol.id, p.type, symbol.params.find((q) => q.name === p.name)?.annotation);
        compare(symbol.id, parsed.doc.returns?.type, symbol.returnAnnotation);
        const again = parsePhpdoc(renderPhpdoc(parsed.doc).join('\n')).doc;
        // A parameter or return written without a type comes back `mixed` (PHPDoc's type for none).
        const typed = { ...parsed.doc, params: parsed.doc.params.map((p) => ({ ...p, type: p.type ?? 'mixed' })), ...(parsed.doc.returns ? { returns: { ...parsed.doc.returns, type: parsed.doc.returns.type ?? 'mixed' } } : {}) };
        assert.deepEqual(again, typed, `${name}: ${symbol.id} round-trips`);
      }
    }
    console.log(`      php corpus docblocks: ${docs} read, ${problems} problems reported; ${types.compared} documented types compared with native ones, ${types.differ.length} disagree: ${types.differ.slice(0, 5).join('; ')}`);
    assert.ok(docs > 0);
    // Monolog's `ProcessorInterface|callable` for `callable` (parameter and return) is the only disagreement of the whole corpus.
    assert.ok(types.differ.length <= 2, types.differ.join('\n'));
  });
});

