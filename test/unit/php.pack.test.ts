/**
 * The PHP pack end to end: the real pipeline (generateDocstrings, validateText, updateDocstrings,
 * the CLI) on PHP files. Placement goldens under test/fixtures/php/placement (input `x.php`,
 * expected `x.golden`), judged by `php -l` and PHP-Parser's doc-comment attachment where PHP and
 * Debian's php-parser are installed (CI installs them; php.tools.ts).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { docstringCoverage } from '../../src/core/validate/coverage';
import { updateDocstrings } from '../../src/core/validate';
import { languageForPath, packFor } from '../../src/languages';
import { docblockContent } from '../../src/languages/php/comments';
import { phpdocComment } from '../../src/languages/php/phpdoc';
import { runCliSync } from '../support/cli';
import { findingsOf, withoutAddedLines } from './packHelpers';
import { checkPhpFiles, phpLint, phpTools } from './php.tools';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'php', 'placement');
const CASES = readdirSync(FIXTURES).filter((f) => f.endsWith('.php')).sort();

const generate = (text: string) => generateDocstrings(text, 'php', { style: 'auto', types: 'auto', quote: '"""' });

const findings = (text: string) => findingsOf(text, 'php');


describe('PHP pack: registration', () => {
  it('reads .php files as PHP, with the PHPDoc style', () => {
    assert.equal(languageForPath('src/Model.PHP'), 'php');
    const pack = packFor('php');
    assert.deepEqual(pack.styles, ['phpdoc']);
    assert.equal(pack.detectStyle('anything'), 'phpdoc');
    assert.equal(pack.decode(Buffer.from('\ufeff<?php\n')).text, '<?php\n');
  });
});

describe('PHP pack: generation (template mode) on the placement fixtures', function () {
  this.timeout(120_000);

  it('has at least 30 fixtures, each with its golden', () => {
    assert.ok(CASES.length >= 30, `${CASES.length} fixtures`);
    for (const name of CASES) readFileSync(join(FIXTURES, name.replace(/\.php$/, '.golden')), 'utf8');
  });

  for (const name of CASES) {
    it(`${name}: the golden text, only docblock lines added, a second run makes no edit`, async () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const golden = readFileSync(join(FIXTURES, name.replace(/\.php$/, '.golden')), 'utf8');
      const first = await generate(text);
      assert.deepEqual(first.failures, []);
      assert.equal(first.newText, golden);
      assert.equal(withoutAddedLines(text, golden, /^[ \t]*(\/\*\*|\*\/|\*( .*)?)$/), text.split(/\r?\n/).join('\n'));
      assert.deepEqual((await generate(first.newText)).edits, [], 'a second run makes no edit');
    });
  }

  it('php -l accepts every golden, and PHP-Parser gives each docblock (new or old) to the symbol Docwright reads it on', async function () {
    const tools = phpTools();
    if (!tools.ok) {
      console.log(`      skipped: ${tools.reason}`);
      return this.skip();
    }
    const goldens = CASES.map((name) => ({ name, text: readFileSync(join(FIXTURES, name.replace(/\.php$/, '.golden')), 'utf8') }));
    for (const { name, text } of goldens) assert.equal(phpLint(text, name), '', `${name}'s golden is valid PHP`);
    const report = await checkPhpFiles(goldens, phpdocComment, docblockContent);
    console.log(`      php goldens: ${report.files} files, ${report.symbols} symbols, ${report.documented} documented, all as PHP-Parser attaches them; ${report.failures.length} failures`);
    assert.deepEqual(report.failures, []);
  });

  it('CRLF stays CRLF: no lone line feed in the result', async () => {
    const text = readFileSync(join(FIXTURES, '20-crlf.php'), 'utf8');
    assert.ok(text.includes('\r\n'));
    const { newText, edits } = await generate(text);
    assert.ok(edits.length > 0);
    assert.ok(!/[^\r]\n/.test(newText));
  });

  it('a property gets @var with its type, a parameter without a type `mixed`, a generator its \\Generator', async () => {
    const text = '<?php\nclass A {\n    public ?int $count = 0;\n    public function f($x, int ...$rest) {}\n    public function g() { yield 1; }\n}\n';
    const { newText } = await generate(text);
    assert.match(newText, /\* @var \?int\n/);
    assert.match(newText, /\* @param mixed \$x _description_\n/);
    assert.match(newText, /\* @param int \$rest _description_\n/);
    assert.match(newText, /\* @return \\Generator _description_\n/);
  });
});

describe('PHP pack: validation', () => {
  it("PHPDoc's spellings of a native type agree with it (no DW104/DW203); a contradicting one does not", async () => {
    const text = [
      '<?php',
      '/**',
      ' * Finds users.',
      ' *',
      ' * @param string|null $name The name.',
      ' * @param list<User> $ids The ids.',
      ' * @param int $limit The limit.',
      ' * @return User[] The users.',
      ' */',
      'function find(?string $name, array $ids, string $limit): array { return []; }',
      '',
    ].join('\n');
    assert.deepEqual(await findings(text), ['DW104 find']);
  });

  it('DW403 reads a @throws written from the root namespace (\\RuntimeException), DW401 a thrown one not documented', async () => {
    const text = '<?php\n/**\n * Runs.\n *\n * @throws \\RuntimeException\n */\nfunction run(): void { throw new \\LogicException("x"); }\n';
    const codes = (await findings(text)).sort();
    assert.ok(codes.includes('DW403 run'), codes.join(', '));
    assert.ok(codes.includes('DW401 run'), codes.join(', '));
  });

  it('DW601: public functions, classes and methods (interrogate\'s kinds); not private members', async () => {
    const text = '<?php\nfunction f() {}\nclass C {\n    public $a;\n    private $b;\n    const X = 1;\n    public function m() {}\n    private function p() {}\n}\n';
    assert.deepEqual(await findings(text), ['DW601 f', 'DW601 C', 'DW601 C.m']);
  });

  it('"Update docstring" keeps a type the author refined (list<User> for array) and adds a missing @param', async () => {
    const text = '<?php\n/**\n * Saves.\n *\n * @param list<User> $users The users.\n */\nfunction save(array $users, bool $force): void {}\n';
    const { newText } = await updateDocstrings(text, 'php', { style: 'auto' });
    assert.match(newText, /@param list<User> \$users The users\.\n \* @param bool \$force _description_\n/);
    assert.deepEqual((await updateDocstrings(newText, 'php', { style: 'auto' })).edits, []);
  });

  it('coverage counts what DW601 counts', async () => {
    const text = '<?php\n/** Doc. */\nfunction a() {}\nfunction b() {}\nclass C { private function p() {} }\n';
    const coverage = docstringCoverage(await extractSymbols(text, 'php'));
    assert.deepEqual([coverage.total, coverage.documented], [3, 1]);
  });
});

describe('PHP pack: the CLI walks .php files', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-php-cli-'));
    writeFileSync(join(dir, 'a.php'), '<?php\n/**\n * Adds.\n *\n * @param int $a The a.\n * @param int $c Gone.\n * @return int The sum.\n */\nfunction add(int $a, int $b): int { return $a + $b; }\n');
    writeFileSync(join(dir, 'b.php'), '<?php\nfunction two(): int { return 2; }\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check reports the stale @param; fix renames it; generate --write documents the rest', () => {
    const check = runCliSync(['check', '--no-cache', '.'], dir);
    assert.equal(check.code, 1, check.stderr);
    assert.match(check.stdout, /a\.php:\d+:\d+ DW101 Parameter 'c' is documented but is not in the signature/);
    assert.equal(runCliSync(['fix', '.'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'a.php'), 'utf8'), /@param int \$b Gone\./);
    assert.equal(runCliSync(['generate', '--write', '.'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'b.php'), 'utf8'), /^<\?php\n\/\*\*\n \* _summary_\n \*\n \* @return int _description_\n \*\/\nfunction two/);
  });
});
