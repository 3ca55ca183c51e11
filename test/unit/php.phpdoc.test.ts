import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { emptyDocstring, type Docstring, type RenderOptions } from '../../src/core/docstring/model';
import { docblockContent } from '../../src/languages/php/comments';
import { phpConventions, phpdocParamType, phpdocReturnType, phpTemplateSections } from '../../src/languages/php/conventions';
import { parsePhpdoc, phpdocComment, renderPhpdoc } from '../../src/languages/php/phpdoc';
import { mergePhpdoc } from '../../src/languages/php/merge';
import { samePhpType } from '../../src/languages/php/types';
import { extract } from './php.tools';

const SYMFONY_LIKE = `Renders a template.

The template is looked up in the configured paths
and rendered with the given context.

@template T of object
@param string $name The template name
@param array<string, mixed> $context Variables, each one
  available under its key.
@param Environment|null &$env By reference.
@param mixed ...$extra Anything else.
@return string The rendered HTML.
@throws \\RuntimeException When the template does not exist.
@throws LoaderError
@deprecated since 5.4, use render() instead
@see Environment::render()
@ORM\\Column(type="string", length=255)
@psalm-return non-empty-string`;

const options = (types: RenderOptions['types'] = 'auto'): RenderOptions => ({ style: 'javadoc', annotated: new Set(), returnAnnotated: false, types, indentUnit: '    ' });

describe('phpdoc style', () => {
  it('reads summary, description, @param with types and markers, @return, @throws, @template and other tags verbatim', () => {
    const { doc, problems } = parsePhpdoc(SYMFONY_LIKE);
    assert.deepEqual(problems, []);
    assert.equal(doc.summary, 'Renders a template.');
    assert.equal(doc.description, 'The template is looked up in the configured paths\nand rendered with the given context.');
    assert.deepEqual(doc.typeParams, [{ name: 'T', type: 'object', description: '' }]);
    assert.deepEqual(doc.params, [
      { name: 'name', type: 'string', description: 'The template name' },
      { name: 'context', type: 'array<string, mixed>', description: 'Variables, each one\navailable under its key.' },
      { name: 'env', type: 'Environment|null', description: 'By reference.' },
      { name: 'extra', type: 'mixed', description: 'Anything else.' },
    ]);
    assert.deepEqual(doc.returns, { type: 'string', description: 'The rendered HTML.' });
    assert.deepEqual(doc.raises, [
      { type: '\\RuntimeException', description: 'When the template does not exist.' },
      { type: 'LoaderError', description: '' },
    ]);
    assert.deepEqual(doc.sections, [
      { title: 'deprecated', body: 'since 5.4, use render() instead' },
      { title: 'see', body: 'Environment::render()' },
      { title: 'ORM\\Column', body: '(type="string", length=255)' },
      { title: 'psalm-return', body: 'non-empty-string' },
    ]);
  });

  it('ends the summary at a line that ends with a period, as phpDocumentor does', () => {
    assert.deepEqual(parsePhpdoc('Returns the name.\nNever empty.').doc.summary, 'Returns the name.');
    assert.deepEqual(parsePhpdoc('Returns the name.\nNever empty.').doc.description, 'Never empty.');
    assert.deepEqual(parsePhpdoc('Runtime errors that do not require action but should\nbe logged.\n\nMore.').doc.summary, 'Runtime errors that do not require action but should\nbe logged.');
  });

  it('renders in order with types always written, and round-trips', () => {
    const doc: Docstring = {
      ...emptyDocstring(),
      summary: 'Does it.',
      description: 'Longer.\n\nTwo paragraphs.',
      typeParams: [{ name: 'T', description: 'The item.' }, { name: 'K', type: 'array-key', description: '' }],
      params: [{ name: 'a', type: 'int|string', description: 'First,\nover two lines.' }, { name: 'b', type: '?Foo', description: '' }],
      returns: { type: 'static', description: 'Itself.' },
      raises: [{ type: '\\LogicException', description: 'When wrong.' }],
      sections: [{ title: 'since', body: '1.0' }, { title: 'Route', body: '("/x", name="x")' }, { title: 'internal', body: '' }],
    };
    const lines = renderPhpdoc(doc, options());
    assert.deepEqual(lines, [
      'Does it.', '', 'Longer.', '', 'Two paragraphs.', '',
      '@template T The item.', '@template K of array-key',
      '@param int|string $a First,', '  over two lines.', '@param ?Foo $b',
      '@return static Itself.',
      '@throws \\LogicException When wrong.',
      '@since 1.0', '@Route("/x", name="x")', '@internal',
    ]);
    assert.deepEqual(parsePhpdoc(lines.join('\n')), { doc, problems: [] });
    const real = parsePhpdoc(SYMFONY_LIKE).doc;
    assert.deepEqual(parsePhpdoc(renderPhpdoc(real, options()).join('\n')).doc, real);
  });

  it('writes mixed for a parameter or return without a type (PHPDoc always has one), none with types: never', () => {
    const doc: Docstring = { ...emptyDocstring(), summary: 'S.', params: [{ name: 'x', description: 'X.' }], returns: { description: 'R.' } };
    assert.deepEqual(renderPhpdoc(doc, options()), ['S.', '', '@param mixed $x X.', '@return mixed R.']);
    assert.deepEqual(renderPhpdoc(doc, options('never')), ['S.', '', '@param $x X.', '@return R.']);
    assert.deepEqual(parsePhpdoc('@param $x X.\n@return').doc.params, [{ name: 'x', description: 'X.' }]);
  });

  it('writes an @ that starts a summary or description line as {@}, and reads it back', () => {
    const doc: Docstring = { ...emptyDocstring(), summary: 'Handles', description: '@Route annotations and\n@internal ones.', raises: [] };
    const lines = renderPhpdoc(doc, options());
    assert.deepEqual(lines, ['Handles', '', '{@}Route annotations and', '{@}internal ones.']);
    assert.deepEqual(parsePhpdoc(lines.join('\n')).doc, doc);
  });

  it('reports a @param without a $name (kept verbatim) and a second @return', () => {
    const { doc, problems } = parsePhpdoc('S.\n\n@param string The name.\n@return int\n@return string');
    assert.deepEqual(problems.map((p) => p.section), ['params', 'returns']);
    assert.deepEqual(doc.sections, [{ title: 'param', body: 'string The name.' }], 'an unreadable tag is kept verbatim');
  });

  it('writes docblocks: gutters, one line for @var or where one line was, */ escaped', () => {
    assert.equal(phpdocComment(['Summary.', '', '@param int $x X.'], '    '), '/**\n     * Summary.\n     *\n     * @param int $x X.\n     */');
    assert.equal(phpdocComment(['@var int'], ''), '/** @var int */');
    assert.equal(phpdocComment(['One.'], '', '/** Old. */'), '/** One. */');
    assert.equal(phpdocComment(['One.'], ''), '/**\n * One.\n */');
    assert.equal(phpdocComment(['a */ b'], '', '/** x */'), '/** a {@*} b */');
    assert.equal(docblockContent(phpdocComment(['Summary.', '', '  code', '@return int'], '\t')), 'Summary.\n\n  code\n@return int');
  });

  it('reads real docblocks of the corpus: PHP-Parser\'s Parser::parse and PSR-3\'s LoggerInterface', async function () {
    const parser = '/usr/share/php/PhpParser/Parser.php';
    const logger = '/usr/share/php/Psr/Log/LoggerInterface.php';
    if (!existsSync(parser) || !existsSync(logger)) {
      console.log('      skipped: apt-get install php-parser php-psr-log');
      this.skip();
    }
    const parse = (await extract(readFileSync(parser, 'utf8'))).byId.get('method:PhpParser.Parser.parse')!;
    const { doc } = parsePhpdoc(parse.docstring!.content);
    assert.equal(doc.summary, 'Parses PHP code into a node tree.');
    assert.deepEqual(doc.params.map((p) => [p.name, p.type]), [['code', 'string'], ['errorHandler', 'ErrorHandler|null']]);
    assert.match(doc.params[1].description, /defaults\nto ErrorHandler\\Throwing\.$/);
    assert.equal(doc.returns?.type, 'Node\\Stmt[]|null');
    const symbols = (await extract(readFileSync(logger, 'utf8'))).byId;
    const log = parsePhpdoc(symbols.get('method:Psr\\Log.LoggerInterface.log')!.docstring!.content).doc;
    assert.deepEqual(log.params.map((p) => [p.name, p.type]), [['level', 'mixed'], ['message', 'string'], ['context', 'mixed[]']]);
    assert.deepEqual(log.returns, { type: 'void', description: '' });
    assert.deepEqual(log.raises.map((r) => r.type), ['\\Psr\\Log\\InvalidArgumentException']);
    assert.equal(parsePhpdoc(symbols.get('interface:Psr\\Log.LoggerInterface')!.docstring!.content).doc.summary, 'Describes a logger instance.');
  });
});

describe('php conventions', () => {
  it('derives PHPDoc types from native types, literal defaults, else mixed', async () => {
    const { byId } = await extract('<?php\nclass C {\n    public int $n = 0;\n    public $any;\n    function f(?int $a, $b = 1.5, $c = [], $d = "x", $e, $f = null) {}\n    function g(): static { return $this; }\n    function h() {}\n    function __construct() {}\n    function gen() { yield 1; }\n}\n');
    const f = byId.get('method:C.f')!;
    assert.deepEqual(f.params.map(phpdocParamType), ['?int', 'float', 'array', 'string', 'mixed', 'null']);
    assert.equal(phpdocReturnType(byId.get('method:C.g')!), 'static');
    assert.equal(phpdocReturnType(byId.get('method:C.h')!), 'mixed');
    assert.equal(phpdocReturnType(byId.get('method:C.gen')!), '\\Generator');
    assert.equal(phpConventions.documentsReturn(byId.get('method:C.gen')!), true, 'a generator returns its Generator');
    assert.deepEqual(phpTemplateSections(byId.get('property:C.n')!), [{ title: 'var', body: 'int' }]);
    assert.deepEqual(phpTemplateSections(byId.get('property:C.any')!), [{ title: 'var', body: 'mixed' }]);
    assert.equal(phpConventions.documentsReturn(byId.get('method:C.g')!), true);
    assert.equal(phpConventions.documentsReturn(byId.get('method:C.h')!), false);
    assert.equal(phpConventions.documentsReturn(byId.get('method:C.__construct')!), false);
    assert.equal(phpConventions.isConstructor(byId.get('method:C.__construct')!), true);
  });

  it('matches exceptions by class name, reads {@inheritDoc}, and says what is docless and public', async () => {
    assert.equal(phpConventions.sameException('\\App\\NotFound', 'NotFound'), true);
    assert.equal(phpConventions.sameException('NotFound', 'Other'), false);
    assert.equal(phpConventions.documentedElsewhere(parsePhpdoc('{@inheritDoc}').doc, false), true);
    assert.equal(phpConventions.documentedElsewhere(parsePhpdoc('@inheritdoc').doc, false), true);
    assert.equal(phpConventions.documentedElsewhere(parsePhpdoc('Own text.').doc, false), false);
    const { byId } = await extract('<?php\nclass C {\n    public $a, $b;\n    public function __construct(private int $x) {}\n    private function p() {}\n}\nenum E { case A; }\n');
    assert.equal(phpConventions.docless(byId.get('property:C.b')!), true);
    assert.equal(phpConventions.docless(byId.get('property:C.x')!), true, 'a promoted parameter is documented by @param');
    assert.equal(phpConventions.docless(byId.get('enum-member:E.A')!), true, 'shares its line');
    assert.equal(phpConventions.docless(byId.get('property:C.a')!), false);
    assert.equal(phpConventions.isPublic!(byId.get('method:C.p')!), false);
    assert.equal(phpConventions.isPublic!(byId.get('class:C')!), true);
    assert.match(' * @param int $x', phpConventions.docLineLead);
    assert.equal(' * @param int $x'.replace(phpConventions.docLineLead, ''), '@param int $x');
  });

  it('merges a repair keeping the author\'s refined types, @template tags and descriptions; a property gets its @var', async () => {
    const { byId } = await extract('<?php\nclass C {\n    public int $n = 0;\n    public function f(array $users, int $limit = 10): array { return []; }\n}\n');
    const existing = parsePhpdoc('Finds users.\n\n@template T of object\n@param list<User> $users The users.\n@return array<int, T>\n@see Other').doc;
    const fresh: Docstring = {
      ...emptyDocstring(),
      summary: '_summary_',
      params: [{ name: 'users', type: 'array', description: '_description_' }, { name: 'limit', type: 'int', description: '_description_', default: '10' }],
      returns: { type: 'array', description: '_description_' },
    };
    const merged = mergePhpdoc(byId.get('method:C.f')!, fresh, existing);
    assert.equal(merged.summary, 'Finds users.');
    assert.deepEqual(merged.params.map((p) => [p.name, p.type, p.description]), [['users', 'list<User>', 'The users.'], ['limit', 'int', '_description_']]);
    assert.equal(merged.returns?.type, 'array<int, T>');
    assert.deepEqual(merged.typeParams, [{ name: 'T', type: 'object', description: '' }]);
    assert.deepEqual(merged.sections, [{ title: 'see', body: 'Other' }]);
    const property = mergePhpdoc(byId.get('property:C.n')!, { ...emptyDocstring(), summary: '_summary_', sections: phpTemplateSections(byId.get('property:C.n')!) }, parsePhpdoc('The count.').doc);
    assert.deepEqual(renderPhpdoc(property, options()), ['The count.', '', '@var int']);
  });

  it('compares a PHPDoc type with a native one: refinements agree, contradictions do not', () => {
    for (const [documented, native] of [
      ['string|null', '?string'], ['null|Expr', 'Expr'], ['mixed[]', 'array'], ['list<User>', 'array'], ['array<string, int>', '?array'],
      ['non-empty-string', 'string'], ['positive-int', 'int'], ['\\App\\User', 'User'], ['Node\\Expr', 'Expr'], ['$this', 'static'],
      ['Stmt\\Class_', 'Node'], ['\\Generator<int>', 'iterable'], ['T', 'object'], ['self::MODE_*', 'int'], ['int', 'mixed'], ['never', 'void'],
      ['integer', 'int'], ['\\Closure', 'callable'], ['callable(int): void', 'callable'],
    ]) assert.equal(samePhpType(documented, native), true, `${documented} for ${native}`);
    for (const [documented, native] of [['string', 'int'], ['int[]', 'string'], ['User', 'int'], ['array', 'string'], ['bool', '?int'], ['int|string', 'int']]) {
      assert.equal(samePhpType(documented, native), false, `${documented} for ${native}`);
    }
  });
});
