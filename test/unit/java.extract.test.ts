import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJavaPublic, javaFacts, type JavaSymbolFact } from '../../src/languages/java/facts';
import { collapse, extractText, hasJava, insertMarkers, javacDocs, modernJava, parsesCleanly, ROOT } from './javaHelpers';

async function symbols(text: string): Promise<Map<string, JavaSymbolFact>> {
  const result = await extractText(text);
  assert.equal(result.hasErrors, false, 'fixture parses');
  return new Map(result.symbols.map((s) => [s.id, s]));
}

const HARD = readFileSync(join(ROOT, 'test', 'fixtures', 'java', 'HardCases.java'), 'utf8');

const HARD_IDS = [
  'module:',
  'class:HardCases',
  'property:HardCases.a',
  'property:HardCases.b',
  'property:HardCases.c',
  'property:HardCases.NAME',
  'method:HardCases.HardCases',
  'method:HardCases.HardCases#1',
  'method:HardCases.multiLine',
  'method:HardCases.local',
  'class:HardCases.local.Local',
  'method:HardCases.local.Local.inLocal',
  'class:HardCases.local.Point',
  'method:HardCases.compareTo',
  'method:HardCases.sameLine',
  'class:HardCases.Nested',
  'interface:HardCases.Nested.Deeper',
  'method:HardCases.Nested.Deeper.d',
  'method:HardCases.Nested.Deeper.abstractOne',
  'enum:HardCases.Color',
  'enum-member:HardCases.Color.RED',
  'enum-member:HardCases.Color.GREEN',
  'enum-member:HardCases.Color.BLUE',
  'method:HardCases.Color.label',
  'class:HardCases.Pair',
  'method:HardCases.Pair.Pair',
  'method:HardCases.Pair.twice',
  'interface:HardCases.Marker',
  'method:HardCases.Marker.value',
  'method:HardCases.Marker.count',
  'method:HardCases.compareTo#1',
  'interface:TopLevel',
  'method:TopLevel.run',
];

describe('java extraction', () => {
  it('finds types, members, constructors, fields, enum constants and local types by name path; no anonymous class or lambda', async () => {
    const found = await symbols(HARD);
    assert.deepEqual([...found.keys()], HARD_IDS);
    assert.equal(found.get('class:HardCases.local.Local')!.isNested, true);
    assert.equal(found.get('method:HardCases.local.Local.inLocal')!.isNested, true);
    assert.equal(found.get('class:HardCases.Nested')!.isNested, false);
  });

  it('gives kinds and declarations: records are classes, annotation types interfaces, constructors methods named after the class', async () => {
    const found = await symbols(HARD);
    const of = (id: string) => [found.get(id)!.kind, javaFacts(found.get(id)!)!.declaration];
    assert.deepEqual(of('class:HardCases.Pair'), ['class', 'record']);
    assert.deepEqual(of('interface:HardCases.Marker'), ['interface', 'annotation']);
    assert.deepEqual(of('method:HardCases.Marker.value'), ['method', 'annotation-element']);
    assert.deepEqual(of('enum:HardCases.Color'), ['enum', 'enum']);
    assert.deepEqual(of('enum-member:HardCases.Color.BLUE'), ['enum-member', 'enum-constant']);
    assert.deepEqual(of('method:HardCases.HardCases'), ['method', 'constructor']);
    assert.deepEqual(of('method:HardCases.Pair.Pair'), ['method', 'compact-constructor']);
    assert.deepEqual(of('property:HardCases.NAME'), ['property', 'field']);
    const ctor = found.get('method:HardCases.HardCases#1')!;
    assert.equal(ctor.name, 'HardCases');
    assert.equal(ctor.returnAnnotation, undefined);
    assert.equal(ctor.returnsValue, false);
  });

  it('reads parameters: types as written, varargs as rest, array dimensions, receiver parameters; record components', async () => {
    const found = await symbols(HARD + '\nclass Recv { void m(@A Recv this, int x) {} }\n');
    const params = (id: string) => found.get(id)!.params.map((p) => [p.name, p.kind, p.annotation, Boolean(p.implicit)]);
    assert.deepEqual(params('method:HardCases.multiLine'), [
      ['first', 'positional', 'int', false],
      ['second', 'positional', 'String', false],
      ['rest', 'rest', 'String...', false],
    ]);
    assert.deepEqual(params('method:HardCases.Nested.Deeper.abstractOne'), [
      ['values', 'positional', 'int[]', false],
      ['legacy', 'positional', 'int[]', false],
    ]);
    assert.deepEqual(params('method:Recv.m'), [
      ['this', 'positional', 'Recv', true],
      ['x', 'positional', 'int', false],
    ]);
    assert.deepEqual(params('class:HardCases.Pair'), [
      ['left', 'positional', 'A', false],
      ['right', 'positional', 'B', false],
    ]);
    // The compact constructor takes the components implicitly: javadoc asks @param for them.
    assert.deepEqual(params('method:HardCases.Pair.Pair'), params('class:HardCases.Pair'));
    assert.ok(found.get('method:HardCases.multiLine')!.params.every((p) => !p.optional && p.default === undefined));
  });

  it('gives type parameter names of generic classes, records, methods and constructors', async () => {
    const found = await symbols(HARD + '\nclass G { <@A X, Y extends List<X>> G(X x) {} }\n');
    assert.deepEqual(found.get('class:HardCases')!.typeParams, ['T', 'K']);
    assert.deepEqual(found.get('method:HardCases.multiLine')!.typeParams, ['R']);
    assert.deepEqual(found.get('class:HardCases.Pair')!.typeParams, ['A', 'B']);
    assert.deepEqual(found.get('method:HardCases.Pair.twice')!.typeParams, ['A']);
    assert.deepEqual(found.get('method:G.G')!.typeParams, ['X', 'Y']);
  });

  it('gives the return type as written, void included, and whether a value is returned', async () => {
    const found = await symbols(HARD);
    const facts = (id: string) => [found.get(id)!.returnAnnotation, found.get(id)!.returnsValue, found.get(id)!.isAbstract, found.get(id)!.isStub];
    assert.deepEqual(facts('method:HardCases.multiLine'), ['R', true, false, false]);
    assert.deepEqual(facts('method:HardCases.compareTo'), ['int', true, false, false]);
    assert.deepEqual(facts('method:HardCases.local'), ['void', false, false, false]);
    // Interface methods: a default one has a body; one without is abstract and a stub that returns its type.
    assert.deepEqual(facts('method:HardCases.Nested.Deeper.d'), ['void', false, false, false]);
    assert.deepEqual(facts('method:HardCases.Nested.Deeper.abstractOne'), ['int', true, true, true]);
    assert.deepEqual(facts('method:HardCases.Marker.count'), ['int', true, true, true]);
    // A non-void method whose body only throws still has a return to document (javac: it cannot end without a value).
    const throwing = await symbols('class T { int f() { throw new UnsupportedOperationException(); } void g() { throw new IllegalStateException(); } }');
    assert.deepEqual([throwing.get('method:T.f')!.returnsValue, throwing.get('method:T.g')!.returnsValue], [true, false]);
    const abstractClass = await symbols('abstract class A { abstract String name(); native int n(); }');
    assert.deepEqual([abstractClass.get('class:A')!.isAbstract, abstractClass.get('method:A.name')!.isAbstract, abstractClass.get('method:A.n')!.isAbstract, abstractClass.get('method:A.n')!.isStub], [true, true, false, true]);
  });

  it('collects the throws clause, then thrown types of this body only; a rethrown catch variable passes on its catch types', async () => {
    const found = await symbols(HARD);
    const multi = found.get('method:HardCases.multiLine')!;
    // The lambda's and the anonymous class's throws are theirs; IllegalStateException is declared once.
    assert.deepEqual(multi.raises, ['IOException', 'IllegalStateException', 'IllegalArgumentException']);
    assert.deepEqual(multi.reraises, ['RuntimeException']);
    assert.deepEqual(found.get('method:HardCases.Pair.Pair')!.raises, ['NullPointerException']);
    assert.deepEqual(found.get('method:TopLevel.run')!.raises, ['Exception']);
  });

  it('drops a throw its own try catches, keeps generic and qualified types, ignores throwing an unknown variable', async () => {
    const found = await symbols(`class T {
  void a() throws java.io.IOException {
    try { throw new IllegalStateException(); } catch (IllegalStateException e) { log(e); }
    try { throw new NumberFormatException(); } catch (IllegalArgumentException e) { }
    try { throw new UnsupportedOperationException(); } catch (Exception e) { }
    try { throw new EOFException(); } catch (Exception e) { }
    throw new Wrapped<String>(error);
  }
  void e() throws IOException {
    if (broken) throw new InvalidObjectException("x");
    throw new AssertionError();
  }
  void b(RuntimeException stored) { throw stored; }
  void c() { try { run(); } catch (IOException | SQLException e) { throw new IllegalStateException(e); } }
  void d() { try { run(); } catch (java.io.IOException e) { throw e; } }
}`);
    assert.deepEqual(found.get('method:T.a')!.raises, ['java.io.IOException', 'Wrapped']);
    // A body's throw of a known subtype of a declared type is the declared one's; an Error is a bug, not listed.
    assert.deepEqual(found.get('method:T.e')!.raises, ['IOException']);
    assert.deepEqual(found.get('method:T.b')!.raises, []);
    assert.equal(found.get('method:T.b')!.reraises, undefined);
    assert.deepEqual(found.get('method:T.c')!.raises, ['IllegalStateException']);
    assert.deepEqual(found.get('method:T.d')!.reraises, ['java.io.IOException']);
  });

  it('gives the same facts when bodies are walked node by node', async () => {
    const fast = (await extractText(HARD)).symbols;
    const slow = (await extractText(HARD, { walkBodies: true })).symbols;
    assert.deepEqual(slow, fast);
  });

  it('lists annotations as written after @ in decorators, and the modifiers and visibility under java', async () => {
    const found = await symbols(HARD);
    assert.deepEqual(found.get('class:HardCases')!.decorators, ['SuppressWarnings("unchecked")']);
    assert.deepEqual(found.get('method:HardCases.compareTo')!.decorators, ['Override']);
    assert.deepEqual(found.get('enum-member:HardCases.Color.BLUE')!.decorators, ['Deprecated']);
    assert.deepEqual(javaFacts(found.get('property:HardCases.NAME')!)!.modifiers, ['protected', 'static', 'final']);
    assert.deepEqual(found.get('class:HardCases')!.bases, ['Comparable<HardCases<T, K>>']);
    const visibility = (id: string) => [javaFacts(found.get(id)!)!.visibility, isJavaPublic(found.get(id)!)];
    assert.deepEqual(visibility('class:HardCases'), ['public', true]);
    assert.deepEqual(visibility('property:HardCases.NAME'), ['protected', true]);
    assert.deepEqual(visibility('property:HardCases.a'), ['package', false]);
    assert.deepEqual(visibility('method:HardCases.HardCases'), ['public', true]);
    // Package-private types hide their members, public or not; local types are never API.
    assert.deepEqual(visibility('class:HardCases.Nested'), ['package', false]);
    assert.deepEqual(visibility('method:HardCases.Nested.Deeper.d'), ['public', false]);
    assert.deepEqual(visibility('class:HardCases.local.Local'), ['package', false]);
    assert.deepEqual(visibility('method:TopLevel.run'), ['public', false]);
    const api = await symbols('public interface I { void run(); class Impl {} private static void helper() {} }\npublic enum E { A; E() {} }');
    assert.deepEqual(['method:I.run', 'class:I.Impl', 'method:I.helper', 'enum-member:E.A', 'method:E.E'].map((id) => [javaFacts(api.get(id)!)!.visibility, isJavaPublic(api.get(id)!)]), [
      ['public', true],
      ['public', true],
      ['private', false],
      ['public', true],
      ['private', false],
    ]);
    assert.equal(isJavaPublic(api.get('module:')!), false);
  });

  it('makes one symbol per field declarator; later ones share the first one\'s comment, as javac attaches it', async () => {
    const found = await symbols('class F {\n  /** The coordinates. */\n  int x, y;\n  int u, v;\n}\n');
    const [x, y, u, v] = ['x', 'y', 'u', 'v'].map((n) => found.get(`property:F.${n}`)!);
    assert.equal(x.docstring!.content, 'The coordinates.');
    assert.deepEqual(y.docstring, x.docstring);
    assert.equal(javaFacts(y)!.sharesCommentWith, 'property:F.x');
    assert.equal(javaFacts(x)!.sharesCommentWith, undefined);
    assert.equal(javaFacts(v)!.sharesCommentWith, 'property:F.u');
    assert.deepEqual(v.insertion, u.insertion);
  });

  it('reads the doc comment javac attaches: across blank lines and other comments, the nearest one, not a plain or a dangling one', async () => {
    const found = await symbols(HARD + `
class Docs {
  /** First. */
  /** Second, the nearest. */
  void nearest() {}

  /** Over a plain one. */
  /* plain */
  // line
  void overComments() {}

  /* Not a doc comment. */
  void plain() {}

  @Deprecated
  /** Dangling after an annotation. */
  void dangling() {}

  /**/
  void empty() {}
}
`);
    assert.equal(found.get('class:HardCases')!.docstring!.content, 'Documented, with a blank line and two comments before the class.');
    assert.equal(found.get('method:HardCases.HardCases#1')!.docstring!.content, 'Documented constructor.');
    assert.equal(found.get('method:Docs.nearest')!.docstring!.content, 'Second, the nearest.');
    assert.equal(found.get('method:Docs.overComments')!.docstring!.content, 'Over a plain one.');
    assert.equal(found.get('method:Docs.plain')!.docstring, undefined);
    assert.equal(found.get('method:Docs.dangling')!.docstring, undefined);
    assert.equal(found.get('method:Docs.empty')!.docstring!.raw, '/**/');
    const doc = found.get('method:Docs.nearest')!.docstring!;
    assert.equal(doc.raw, '/** Second, the nearest. */');
    assert.ok(doc.range.end <= found.get('method:Docs.nearest')!.range.start);
  });

  it('reads `///` runs as doc comments (JDK 23) in a file whose `///` lines hold block tags, as javac 25 attaches them', async function () {
    const body = `class M {
  /** Javadoc. */
  /// Markdown, the nearest.
  void a() {}

  /// A first run.

  /// A second run after a blank line,
  ///   indented.
  void b() {}

  /// Markdown.
  /** Javadoc, the nearest. */
  void c() {}

  /// Markdown.
  // a plain line between
  void d() {}

  int x; /// after code, still the next one's
  void e() {}

  /// @param y the y
  void f(int y) {}
}
`;
    const found = await symbols(body);
    const docs = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => found.get(`method:M.${n}`)!.docstring?.content);
    assert.deepEqual(docs, ['Markdown, the nearest.', 'A second run after a blank line,\n  indented.', 'Javadoc, the nearest.', 'Markdown.', 'after code, still the next one\'s', '@param y the y']);
    assert.equal(found.get('method:M.b')!.docstring!.raw, '/// A second run after a blank line,\n  ///   indented.');
    // Without a block tag on a `///` line, they are the plain comments of older code (JDK 17's section titles).
    const old = await symbols(body.replace('/// @param y the y', '// @param y the y'));
    assert.equal(old.get('method:M.a')!.docstring!.content, 'Javadoc.');
    assert.equal(old.get('method:M.b')!.docstring, undefined);
    const forced = (await extractText(body.replace('/// @param y the y', ''), { markdownDocs: true })).symbols;
    assert.equal(forced.find((s) => s.id === 'method:M.b')!.docstring!.content, 'A second run after a blank line,\n  indented.');
    const java = modernJava();
    if (!java) {
      console.log('      (no JDK 23 or later under /usr/lib/jvm: javac\'s side not checked)');
      return;
    }
    this.timeout(60000);
    const { declarations, errors } = javacDocs(new Map([['M.java', body]]), java);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      declarations.filter((d) => d.kind === 'METHOD').map((d) => d.doc),
      docs.map((d) => (d === undefined ? undefined : collapse(d))),
    );
  });

  it('inserts above the annotations at the declaration\'s indentation; after the code before it when it shares a line', async () => {
    const found = await symbols(HARD);
    const at = (id: string) => found.get(id)!.insertion;
    const name = at('property:HardCases.NAME');
    assert.deepEqual(name, { start: HARD.indexOf('  @Deprecated\n  protected'), end: HARD.indexOf('  @Deprecated\n  protected'), indent: '  ', prefix: '  ', suffix: '\n' });
    assert.equal(found.get('property:HardCases.NAME')!.range.start, HARD.indexOf('@Deprecated\n  protected'));
    const same = at('method:HardCases.sameLine');
    assert.deepEqual(same, { start: HARD.indexOf('void sameLine'), end: HARD.indexOf('void sameLine'), indent: '  ', prefix: '', suffix: ' ' });
    const top = at('interface:TopLevel');
    assert.deepEqual([top.start, top.prefix, top.suffix], [HARD.indexOf('interface TopLevel'), '', '\n']);
  });

  it('ends the signature before the body, over several lines, from the first annotation', async () => {
    const found = await symbols(HARD);
    const multi = found.get('method:HardCases.multiLine')!;
    const signature = HARD.slice(multi.signatureRange.start, multi.signatureRange.end);
    assert.ok(signature.startsWith('public <R extends List<T>>\n      R multiLine('), signature);
    assert.ok(signature.endsWith('IllegalStateException'), signature);
    const klass = found.get('class:HardCases')!;
    assert.ok(HARD.slice(klass.signatureRange.start, klass.signatureRange.end).startsWith('@SuppressWarnings'));
    assert.ok(HARD.slice(klass.signatureRange.start, klass.signatureRange.end).endsWith('Comparable<HardCases<T, K>>'));
  });

  it('handles a declaration on the first line, CRLF and tabs', async () => {
    const text = '@Deprecated public class First {\r\n\tpublic void m() {}\r\n\t/**\r\n\t * Doc.\r\n\t */\r\n\tint f;\r\n}\r\n';
    const found = await symbols(text);
    assert.deepEqual(found.get('class:First')!.insertion, { start: 0, end: 0, indent: '', prefix: '', suffix: '\n' });
    assert.deepEqual(found.get('method:First.m')!.insertion, { start: text.indexOf('\tpublic'), end: text.indexOf('\tpublic'), indent: '\t', prefix: '\t', suffix: '\n' });
    assert.equal(found.get('property:First.f')!.docstring!.content, 'Doc.');
    const { text: marked } = insertMarkers(text, [...found.values()], (i) => i % 2 === 0);
    assert.ok(await parsesCleanly(marked));
    assert.ok(!/[^\r]\n/.test(marked), 'every line ending stays CRLF');
    assert.ok(marked.startsWith('/** DW1 */\r\n@Deprecated public class First {\r\n\t/**\r\n\t * DW2\r\n\t *\r\n'), marked);
  });

  it('gives the module an insertion below a licence header and a doc only in package-info or module-info', async () => {
    const found = await symbols(HARD);
    const module = found.get('module:')!;
    assert.equal(module.docstring, undefined);
    assert.equal(module.insertion.start, HARD.indexOf('package docwright'));
    const info = await symbols('// Licence.\n\n/**\n * The package.\n */\n@Deprecated\npackage p;\n');
    assert.equal(info.get('module:')!.docstring!.content, 'The package.');
    const moduleInfo = await symbols('/** The module. */\nmodule m.x { requires java.base; }\n');
    assert.equal(moduleInfo.get('module:')!.docstring!.content, 'The module.');
    // A /** before `package` (a licence written as a doc comment) in a file that declares a type documents nothing.
    const dangling = await symbols('/** Nobody\'s. */\npackage p;\nclass A {}\n');
    assert.equal(dangling.get('module:')!.docstring, undefined);
    assert.equal(dangling.get('class:A')!.docstring, undefined);
  });

  it('does not fail on code that does not parse, and still finds what it can', async () => {
    const { symbols: found, hasErrors } = await extractText('/** A. */\nclass A {\n  void f( { throw new }\n  int x = ;\n  /** G. */\n  int g() { return 1; }\n}\n');
    assert.equal(hasErrors, true);
    assert.ok(found.some((s) => s.id === 'class:A' && s.docstring?.content === 'A.'));
    assert.ok(found.every((s) => s.insertion.start >= 0 && s.range.start <= s.range.end));
  });

  it('a marker inserted at every undocumented symbol keeps the file parsing and is attached by javac to that symbol', async function () {
    if (!hasJava()) {
      console.log('      skipped: no `java` on PATH to run javac\'s parser');
      this.skip();
    }
    this.timeout(120000);
    const variants = new Map([
      ['lf/HardCases.java', HARD],
      ['crlf/HardCases.java', HARD.replace(/\n/g, '\r\n')],
      ['tabs/HardCases.java', HARD.replace(/^( {2})+/gm, (s) => '\t'.repeat(s.length / 2))],
      ['first/First.java', '@Deprecated class First { void a() {} int b; } enum E { A, B }\n'],
    ]);
    const multiLine = (index: number) => index % 3 === 0;
    const marked = new Map<string, string>();
    const expected: string[] = [];
    for (const [name, text] of variants) {
      const { symbols: found, hasErrors } = await extractText(text);
      assert.equal(hasErrors, false);
      const result = insertMarkers(text, found, multiLine);
      assert.ok(await parsesCleanly(result.text), `${name} still parses`);
      marked.set(name, result.text);
      const byId = new Map(found.map((s) => [s.id, s]));
      for (const symbol of found) {
        if (symbol.kind === 'module') continue;
        const shared = javaFacts(symbol)!.sharesCommentWith;
        const owner = shared ?? symbol.id;
        const marker = result.markers.get(owner);
        const doc = marker ? (multiLine(Number(marker.slice(2))) ? `${marker} More about ${marker}.` : marker) : collapse(byId.get(owner)!.docstring!.content);
        expected.push(`${name}\t${symbol.namePath.join('.')}\t${doc}`);
      }
    }
    const { declarations, errors } = javacDocs(marked);
    assert.deepEqual(errors, []);
    assert.deepEqual(declarations.map((d) => `${d.file}\t${d.path}\t${d.doc ?? ''}`).sort(), expected.sort());
  });
});
