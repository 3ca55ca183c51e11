import assert from 'node:assert/strict';
import { isPhpPublic, type PhpSymbolFact } from '../../src/languages/php/facts';
import { extract } from './php.tools';

async function symbols(text: string): Promise<Map<string, PhpSymbolFact>> {
  const result = await extract(text);
  assert.equal(result.hasErrors, false, 'fixture parses');
  return result.byId;
}

const get = (found: Map<string, PhpSymbolFact>, id: string): PhpSymbolFact => {
  const symbol = found.get(id);
  assert.ok(symbol, `${id} among ${[...found.keys()].join(', ')}`);
  return symbol;
};

const SAMPLE = `<?php

declare(strict_types=1);

namespace App\\Models;

use App\\Contracts\\HasName;

/**
 * A user.
 */
#[Entity(table: 'users')]
final class User extends Model implements HasName, \\JsonSerializable
{
    use HasTimestamps;

    /** @var string */
    public const TABLE = 'users';
    private static int $count = 0;
    protected ?string $nickname = null;

    public function __construct(
        private readonly int $id,
        public string|\\Stringable $name,
        array $options = [],
    ) {
        if ($id < 0) {
            throw new \\InvalidArgumentException('id');
        }
        $check = function () { throw new ClosureException(); };
        $arrow = fn () => throw new ArrowException();
        $anon = new class { public function f() { throw new AnonException(); } };
    }

    public static function find(int $id, ?Query &$query = null, string ...$columns): ?static
    {
        if ($id === 0) {
            throw new NotFound("no user $id");
        }
        return null;
    }

    abstract protected function scope(\\Iterator&\\Countable $items): void;

    private function rows(): iterable
    {
        yield 1;
    }

    public function jsonSerialize(): mixed
    {
        return ['id' => $this->id];
    }
}

interface Repository extends \\Countable
{
    const LIMIT = 10;
    public function all(): array;
}

trait HasTimestamps
{
    public $createdAt;
    abstract public function touch();
}

enum Role: string implements HasName
{
    case Admin = 'admin';
    case Guest = 'guest';
    public function name(): string { return $this->value; }
}

function helper($value, int $times = 2)
{
    return str_repeat($value, $times);
}

const VERSION = '1.0';
`;

describe('php extract', () => {
  it('finds every declaration with its kind and name path (the namespace as one segment)', async () => {
    const found = await symbols(SAMPLE);
    assert.deepEqual([...found.keys()], [
      'module:',
      'class:App\\Models.User', 'constant:App\\Models.User.TABLE', 'property:App\\Models.User.count', 'property:App\\Models.User.nickname',
      'method:App\\Models.User.__construct', 'property:App\\Models.User.id', 'property:App\\Models.User.name',
      'method:App\\Models.User.find', 'method:App\\Models.User.scope', 'method:App\\Models.User.rows', 'method:App\\Models.User.jsonSerialize',
      'interface:App\\Models.Repository', 'constant:App\\Models.Repository.LIMIT', 'method:App\\Models.Repository.all',
      'class:App\\Models.HasTimestamps', 'property:App\\Models.HasTimestamps.createdAt', 'method:App\\Models.HasTimestamps.touch',
      'enum:App\\Models.Role', 'enum-member:App\\Models.Role.Admin', 'enum-member:App\\Models.Role.Guest', 'method:App\\Models.Role.name',
      'function:App\\Models.helper', 'constant:App\\Models.VERSION',
    ]);
    const user = get(found, 'class:App\\Models.User');
    assert.deepEqual(user.bases, ['Model', 'HasName', '\\JsonSerializable']);
    assert.deepEqual(user.php.modifiers, ['final']);
    assert.equal(user.php.namespace, 'App\\Models');
    assert.equal(get(found, 'class:App\\Models.HasTimestamps').php.declaration, 'trait');
    assert.equal(get(found, 'enum:App\\Models.Role').php.backingType, 'string');
    assert.equal(get(found, 'enum-member:App\\Models.Role.Admin').php.default, "'admin'");
    assert.deepEqual(get(found, 'interface:App\\Models.Repository').bases, ['\\Countable']);
  });

  it('reads attributes, the doc above them, and ranges that start at the first attribute', async () => {
    const found = await symbols(SAMPLE);
    const user = get(found, 'class:App\\Models.User');
    assert.deepEqual(user.decorators, ["Entity(table: 'users')"]);
    assert.equal(user.docstring?.content, 'A user.');
    assert.equal(SAMPLE.slice(user.range.start, user.range.start + 9), '#[Entity(');
    assert.equal(SAMPLE.slice(user.signatureRange.start, user.signatureRange.end).split('\n').pop(), 'final class User extends Model implements HasName, \\JsonSerializable');
    assert.equal(get(found, 'constant:App\\Models.User.TABLE').docstring?.content, '@var string');
  });

  it('reads parameters: union, nullable and intersection types, defaults, variadics, by-reference and promoted ones', async () => {
    const found = await symbols(SAMPLE);
    const find = get(found, 'method:App\\Models.User.find');
    assert.deepEqual(find.params.map((p) => [p.name, p.kind, p.annotation, p.optional, p.default]), [
      ['id', 'positional', 'int', false, undefined],
      ['query', 'positional', '?Query', true, 'null'],
      ['columns', 'rest', 'string', true, undefined],
    ]);
    assert.deepEqual(find.php.byReference, ['query']);
    assert.equal(find.returnAnnotation, '?static');
    assert.deepEqual(find.php.modifiers, ['static']);
    const constructor = get(found, 'method:App\\Models.User.__construct');
    assert.deepEqual(constructor.params.map((p) => [p.name, p.annotation, p.property ?? false]), [
      ['id', 'int', true],
      ['name', 'string|\\Stringable', true],
      ['options', 'array', false],
    ]);
    assert.equal(constructor.returnsValue, false);
    const promoted = get(found, 'property:App\\Models.User.id');
    assert.equal(promoted.php.promoted, true);
    assert.equal(promoted.php.visibility, 'private');
    assert.deepEqual(promoted.php.modifiers, ['readonly']);
    assert.equal(promoted.returnAnnotation, 'int');
    assert.equal(get(found, 'method:App\\Models.User.scope').params[0].annotation, '\\Iterator&\\Countable');
    assert.deepEqual(get(found, 'function:App\\Models.helper').params.map((p) => [p.name, p.annotation, p.default]), [['value', undefined, undefined], ['times', 'int', '2']]);
  });

  it('reads visibility, static, abstract, interface and trait members', async () => {
    const found = await symbols(SAMPLE);
    const scope = get(found, 'method:App\\Models.User.scope');
    assert.equal(scope.php.visibility, 'protected');
    assert.equal(scope.isAbstract, true);
    assert.equal(scope.isStub, true);
    const all = get(found, 'method:App\\Models.Repository.all');
    assert.equal(all.isAbstract, true);
    assert.equal(all.returnsValue, true, 'a declared type is a promise of a value');
    assert.equal(get(found, 'method:App\\Models.HasTimestamps.touch').isAbstract, true);
    assert.equal(get(found, 'property:App\\Models.User.count').php.visibility, 'private');
    assert.deepEqual(get(found, 'property:App\\Models.User.count').php.modifiers, ['static']);
    assert.equal(get(found, 'property:App\\Models.User.nickname').returnAnnotation, '?string');
    assert.equal(get(found, 'property:App\\Models.User.nickname').php.default, 'null');
    const exported = [...found.values()].filter((s) => !isPhpPublic(s)).map((s) => s.id);
    assert.deepEqual(exported, ['property:App\\Models.User.count', 'property:App\\Models.User.id', 'method:App\\Models.User.rows']);
  });

  it('finds throw new X in the body only, not in closures, arrow functions or anonymous classes; returns and yields', async () => {
    const found = await symbols(SAMPLE);
    assert.deepEqual(get(found, 'method:App\\Models.User.__construct').raises, ['\\InvalidArgumentException']);
    assert.deepEqual(get(found, 'method:App\\Models.User.find').raises, ['NotFound']);
    const rows = get(found, 'method:App\\Models.User.rows');
    assert.equal(rows.yieldsValue, true);
    assert.equal(rows.isGenerator, true);
    const generator = await symbols('<?php\nfunction gen() { yield 1; }\n');
    assert.equal(get(generator, 'function:gen').returnsValue, true, 'calling a generator returns its Generator');
    const helper = get(found, 'function:App\\Models.helper');
    assert.equal(helper.returnsValue, true, 'an untyped function that returns a value');
    assert.equal(helper.returnAnnotation, undefined);
    const rethrow = await symbols('<?php\nfunction f() { try { g(); } catch (E $e) { throw $e; } throw new \\Foo\\Bar(); }\nfunction v(): void { return; }\n');
    assert.deepEqual(get(rethrow, 'function:f').raises, ['\\Foo\\Bar']);
    assert.equal(get(rethrow, 'function:f').returnsValue, false);
    assert.equal(get(rethrow, 'function:v').returnsValue, false);
  });

  it('leaves closures, arrow functions, anonymous classes and declarations in function bodies alone', async () => {
    const found = await symbols('<?php\n$f = function () {};\n$g = fn ($x) => $x;\n$o = new class { public function m() {} };\nfunction outer() { function inner() {} class Local {} }\n');
    assert.deepEqual([...found.keys()], ['module:', 'function:outer']);
  });

  it('stops at __halt_compiler(): what follows is data', async () => {
    const found = await extract('<?php\nfunction f() {}\n__halt_compiler();\nfunction data() {}\n');
    assert.deepEqual(found.symbols.map((s) => s.id), ['module:', 'function:f']);
  });

  it('names both namespace forms, and the global namespace has no segment', async () => {
    const found = await symbols('<?php\nnamespace A { class C {} }\nnamespace B { class C {} function f() {} }\nnamespace { function g() {} }\n');
    assert.deepEqual([...found.keys()], ['module:', 'class:A.C', 'class:B.C', 'function:B.f', 'function:g']);
    const semi = await symbols('<?php\nnamespace First;\nfunction f() {}\nnamespace Second\\Sub;\nfunction f() {}\n');
    assert.deepEqual([...semi.keys()], ['module:', 'function:First.f', 'function:Second\\Sub.f']);
  });

  it('reads declarations inside top-level if, else, alternative syntax and declare blocks (polyfills)', async () => {
    const found = await symbols("<?php\nif (!function_exists('a')) { function a() {} } else { function b() {} }\nif (X): function c() {} elseif (Y): function d() {} endif;\ndeclare(ticks=1) { function e() {} }\n{ function f() {} }\n");
    assert.deepEqual([...found.keys()], ['module:', 'function:a', 'function:b', 'function:c', 'function:d', 'function:e', 'function:f']);
  });

  it('reads doc comments as PHP-Parser attaches them: the last docblock, across blank lines and plain comments', async () => {
    const found = await symbols(`<?php
namespace N;

/** Not this. */
/**
 * This one.
 *
 *     indented code
 */

// plain
/* block */
function a() {}

/*** three stars: plain */
function b() {}

/**/
function c() {}

/**x not a docblock either */
function d() {}

#[A]
/** After the attribute: no one's to PHP-Parser. */
function e() {}
`);
    const a = get(found, 'function:N.a');
    assert.equal(a.docstring?.content, 'This one.\n\n    indented code');
    assert.ok(a.docstring?.raw.startsWith('/**\n * This one.'));
    for (const id of ['function:N.b', 'function:N.c', 'function:N.d']) assert.equal(get(found, id).docstring, undefined, id);
    const e = get(found, 'function:N.e');
    assert.equal(e.docstring, undefined);
    assert.equal(e.php.otherDocs?.length, 1);
    assert.equal(get(found, 'module:').docstring, undefined, 'no docblock before the first statement (the namespace)');
  });

  it('decides the file docblock as phpDocumentor does', async () => {
    const one = await symbols('<?php\n/** Only one. */\nclass C {}\n');
    assert.equal(get(one, 'module:').docstring, undefined);
    assert.equal(get(one, 'class:C').docstring?.content, 'Only one.');
    assert.equal(get(one, 'module:').php.fileDocNeeds, undefined, 'C has its docblock');
    const two = await symbols('<?php\n/** File. */\n\n/** Class. */\nclass C {}\n');
    assert.equal(get(two, 'module:').docstring?.content, 'File.');
    assert.equal(get(two, 'class:C').docstring?.content, 'Class.');
    const beforeUse = await symbols('<?php\n/** File. */\nuse X\\Y;\nfunction f() {}\n');
    assert.equal(get(beforeUse, 'module:').docstring?.content, 'File.');
    const needs = await symbols('<?php\nfunction f() {}\n');
    assert.equal(get(needs, 'module:').php.fileDocNeeds, 'function:f');
  });

  it('puts a new file docblock after <?php, below a licence header; a template that opens with HTML has none', async () => {
    const licence = '<?php\n\n/*\n * Licence.\n */\n\nnamespace X;\n';
    const licensed = await symbols(licence);
    const at = licence.indexOf('namespace');
    assert.deepEqual(get(licensed, 'module:').insertion, { start: at, end: at, indent: '', prefix: '', suffix: '\n\n' });
    const plain = await symbols('<?php\nnamespace X;\n');
    assert.deepEqual(get(plain, 'module:').insertion, { start: 6, end: 6, indent: '', prefix: '', suffix: '\n\n' });
    const commented = await symbols('<?php // generated\nfunction f() {}\n');
    assert.equal(get(commented, 'module:').insertion.start, '<?php // generated\n'.length);
    const template = await symbols('<html><?php function f() {} ?></html>\n');
    assert.deepEqual([...template.keys()], ['function:f']);
    const tagLine = await symbols('<?php if ($a): ?>\n<b>x</b>\n<?php endif; ?>\n');
    assert.equal(get(tagLine, 'module:').insertion.suffix, '', 'in the line after <?php: written by no one');
  });

  it('reads PHP between HTML only: text outside the tags gives nothing, and insertions stay inside PHP', async () => {
    const text = '<p>function html() {} /** text */</p>\n<?php\nfunction inside() {}\n?>\n<div><?php function inline() {} ?></div>\n';
    const found = await symbols(text);
    assert.deepEqual([...found.keys()], ['function:inside', 'function:inline']);
    const inside = get(found, 'function:inside');
    assert.equal(inside.insertion.start, text.indexOf('function inside'));
    const inline = get(found, 'function:inline');
    assert.deepEqual(inline.insertion, { start: text.indexOf('function inline'), end: text.indexOf('function inline'), indent: '', prefix: '', suffix: ' ' });
  });

  it('gives the later names of one declaration the first one\'s doc', async () => {
    const found = await symbols('<?php\nclass C {\n    /** Two. */\n    public $a, $b = 1;\n    const X = 1, Y = 2;\n}\n');
    assert.equal(get(found, 'property:C.a').docstring?.content, 'Two.');
    assert.equal(get(found, 'property:C.b').docstring, undefined);
    assert.equal(get(found, 'property:C.b').php.sharesDocWith, 'a');
    assert.equal(get(found, 'property:C.b').php.default, '1');
    assert.equal(get(found, 'constant:C.Y').php.sharesDocWith, 'X');
  });

  it('handles CRLF, tabs, a multi-line signature, a declaration on the first line and one sharing its line', async () => {
    const crlf = '<?php\r\nclass C\r\n{\r\n\t/**\r\n\t * Doc\r\n\t * two\r\n\t */\r\n\tpublic function f(\r\n\t\tint $a,\r\n\t\tint $b,\r\n\t): int {\r\n\t\treturn $a;\r\n\t}\r\n}\r\n';
    const found = await symbols(crlf);
    const f = get(found, 'method:C.f');
    assert.equal(f.docstring?.content, 'Doc\ntwo');
    assert.equal(f.docstring?.raw, '/**\r\n\t * Doc\r\n\t * two\r\n\t */');
    assert.deepEqual(f.params.map((p) => p.name), ['a', 'b']);
    assert.equal(crlf.slice(f.signatureRange.start, f.signatureRange.end), 'public function f(\r\n\t\tint $a,\r\n\t\tint $b,\r\n\t): int');
    const cls = get(found, 'class:C');
    assert.deepEqual(cls.insertion, { start: 7, end: 7, indent: '', prefix: '', suffix: '\n' });
    const nested = await symbols('<?php\nclass D\n{\n\tpublic $x;\n}\n');
    assert.equal(get(nested, 'property:D.x').insertion.indent, '\t');
    const first = await symbols('<?php function first() {}\n');
    assert.deepEqual(get(first, 'function:first').insertion, { start: 6, end: 6, indent: '', prefix: '', suffix: ' ' });
    assert.equal(get(first, 'module:').php.fileDocBlocked, true);
    const oneLine = await symbols('<?php\nenum E { case A; case B; }\n');
    assert.equal(get(oneLine, 'enum-member:E.B').insertion.suffix, ' ');
  });
});
