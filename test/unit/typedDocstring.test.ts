import assert from 'node:assert/strict';
import type { DocStyle } from '../../src/core/docstring/model';
import type { LanguageId } from '../../src/core/extract/types';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { docstringAtSite, docstringSite, type TypedDocstring } from '../../src/core/generate/typedDocstring';
import { packFor } from '../../src/languages';

/** `source` with `|` where the cursor is: what typing there offers, and the text after accepting it. */
async function typedAt(source: string, language: LanguageId = 'python', style: DocStyle = 'google'): Promise<{ typed?: TypedDocstring; after?: string }> {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const site = docstringSite(text, offset, packFor(language).typing);
  if (!site) return {};
  const typed = await docstringAtSite(text, site, language, { style, types: 'auto', quote: site.opener === "'''" ? "'''" : '"""' });
  if (!typed) return {};
  const lineIndent = typed.indent ?? text.slice(site.lineStart, site.openerStart);
  return { typed, after: text.slice(0, site.lineStart) + lineIndent + typed.text + text.slice(typed.end) };
}

/** What the lightbulb writes for the symbol `id` of `text` (the file without the typed line). */
async function lightbulb(text: string, id: string, language: LanguageId = 'python', style: DocStyle = 'google', quote: '"""' | "'''" = '"""'): Promise<string> {
  const generated = await generateDocstrings(text, language, { style, types: 'auto', quote, select: (s) => s.id === id });
  assert.equal(generated.edits.length, 1, `the lightbulb documents ${id}`);
  return generated.newText;
}

describe('typed docstring ("""/**" completion)', () => {
  it('""" under a def (auto-closed quote after the cursor) gives the lightbulb text', async () => {
    const body = 'def add(a, b):\n    return a + b\n';
    const { typed, after } = await typedAt('import os\n\n\ndef add(a, b):\n    """|"\n    return a + b\n');
    assert.ok(typed);
    assert.equal(typed.symbol.name, 'add');
    assert.equal(typed.indent, undefined);
    assert.ok(typed.text.startsWith('"""_summary_\n\n    Args:\n        a: _description_'), typed.text);
    assert.equal(after, await lightbulb(`import os\n\n\n${body}`, 'function:add'));
  });

  it("''' gives a docstring in ''' quotes; CRLF stays CRLF", async () => {
    const { typed, after } = await typedAt("def f(a):\r\n    '''|'''\r\n    return a\r\n");
    assert.ok(typed);
    assert.equal(after, await lightbulb('def f(a):\r\n    return a\r\n', 'function:f', 'python', 'google', "'''"));
    assert.match(after!, /^def f\(a\):\r\n {4}'''_summary_\r\n/);
  });

  it('a new function with no body yet: the docstring alone, at the typed indentation', async () => {
    const { typed, after } = await typedAt('def scale(factor: float = 2.0) -> float:\n    """|');
    assert.ok(typed);
    assert.equal(after, (await lightbulb('def scale(factor: float = 2.0) -> float:\n    pass', 'function:scale')).replace(/\n {4}pass$/, ''));
    const commented = await typedAt('def f(a):  # new\n    """|');
    assert.equal(commented.after, 'def f(a):  # new\n    """_summary_\n\n    Args:\n        a: _description_\n    """');
    const next = await typedAt('class K:\n    def m(self, x):\n        """|\n\n    def n(self):\n        return 1\n');
    assert.ok(next.after?.startsWith('class K:\n    def m(self, x):\n        """_summary_\n\n        Args:\n            x: _description_\n        """\n\n    def n(self):'), next.after);
  });

  it('a class keeps the blank line after its docstring; a method of it is offered too', async () => {
    const text = 'class Circle:\n    def area(self):\n        return 1\n';
    const { after } = await typedAt('class Circle:\n    """|\n    def area(self):\n        return 1\n');
    assert.equal(after, await lightbulb(text, 'class:Circle'));
    assert.match(after!, /"""\n\n {4}def area/);
    const method = await typedAt('class Circle:\n    def area(self):\n        """|"""\n        return 1\n');
    assert.equal(method.after, await lightbulb(text, 'method:Circle.area'));
  });

  it('at the top of a module (below comments only) gives the module docstring', async () => {
    const { typed, after } = await typedAt('#!/usr/bin/env python\n"""|\nimport os\n');
    assert.equal(typed?.symbol.kind, 'module');
    assert.equal(after, await lightbulb('#!/usr/bin/env python\nimport os\n', 'module:'));
  });

  it('the docstring takes the body\'s indentation when the quotes were typed at another', async () => {
    const { typed, after } = await typedAt('def f(a):\n"""|\n    return a\n');
    assert.equal(typed?.indent, '    ');
    assert.equal(after, await lightbulb('def f(a):\n    return a\n', 'function:f'));
  });

  it('nothing when the symbol has a docstring, or the quotes are not where a docstring goes', async () => {
    for (const source of [
      'def f(a):\n    """|"\n    """Already documented."""\n    return a\n',
      '"""Module doc."""\n"""|\n',
      'import os\n"""|\n',
      'def f(a):\n    x = 1\n    """|\n    return a\n',
      'def f(a):\n\n    """|\n    return a\n',
      'def f(a):\n    s = """\n    """|\n    return s\n',
      'def f(a):\n    x = """|\n',
      'def f(a):\n    """|x\n',
      'def f(a): return a\n"""|\n',
    ]) {
      const { typed } = await typedAt(source);
      assert.equal(typed, undefined, JSON.stringify(source));
    }
  });

  it('/** above a TS function (auto-closed */ after the cursor) gives the lightbulb\'s comment', async () => {
    const text = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
    for (const style of ['jsdoc', 'tsdoc'] as const) {
      const { typed, after } = await typedAt(`/**| */\n${text}`, 'typescript', style);
      assert.ok(typed, style);
      assert.ok(typed.text.startsWith('/**\n * _summary_\n *\n * @param a - _description_'), typed.text);
      assert.equal(after, await lightbulb(text, 'function:add', 'typescript', style));
    }
  });

  it('/** above a method or a class in JS, at their indentation', async () => {
    const text = 'class C {\n  scale(factor = 2) {\n    return factor;\n  }\n}\n';
    const method = await typedAt('class C {\n  /**|\n  scale(factor = 2) {\n    return factor;\n  }\n}\n', 'javascript', 'jsdoc');
    assert.equal(method.after, await lightbulb(text, 'method:C.scale', 'javascript', 'jsdoc'));
    const cls = await typedAt(`/**| */\n${text}`, 'javascript', 'jsdoc');
    assert.equal(cls.typed?.symbol.kind, 'class');
  });

  it('nothing for /** above a documented declaration, apart from it, or above a statement', async () => {
    for (const source of [
      '/** Adds. */\n/**| */\nfunction add(a, b) {\n  return a + b;\n}\n',
      '/**| */\n\nfunction add(a, b) {\n  return a + b;\n}\n',
      'function add(a, b) {\n  /**| */\n  return a + b;\n}\n',
      'function add(a, b) {\n  return a + b;\n}\n/**| */\n',
      'const s = `\n/**|\n`;\nfunction add(a, b) {\n  return a + b;\n}\n',
    ]) {
      const { typed } = await typedAt(source, 'typescript', 'jsdoc');
      assert.equal(typed, undefined, JSON.stringify(source));
    }
  });

  it('the site maps offsets below the typed line back to the document', () => {
    const text = 'x\n  /** */\nfunction f() {}\n';
    const site = docstringSite(text, text.indexOf('/**') + 3, packFor('typescript').typing);
    assert.ok(site);
    assert.equal(site.toDocument(0), 0);
    const without = 'x\nfunction f() {}\n';
    assert.equal(text.slice(site.toDocument(without.indexOf('f()'))).startsWith('f()'), true);
  });

  it('Rust: /// above an undocumented item gives the lightbulb text, above its attributes too; not above a documented one, nor //// or a plain //', async () => {
    const text = '#[inline]\npub fn area(w: f64, h: f64) -> f64 {\n    w * h\n}\n';
    const { typed, after } = await typedAt(`///|\n${text}`, 'rust', 'rustdoc');
    assert.ok(typed);
    assert.equal(typed.symbol.name, 'area');
    assert.equal(after, await lightbulb(text, 'function:area', 'rust', 'rustdoc'));
    const method = 'impl S {\n    pub fn get(&self) -> u8 {\n        1\n    }\n}\n';
    const inImpl = await typedAt('impl S {\n    ///|\n    pub fn get(&self) -> u8 {\n        1\n    }\n}\n', 'rust', 'rustdoc');
    assert.equal(inImpl.after, await lightbulb(method, 'method:S.get', 'rust', 'rustdoc'));
    assert.equal((await typedAt(`/// Documented.\n///|\n${text}`, 'rust', 'rustdoc')).typed, undefined);
    assert.equal((await typedAt(`////|\n${text}`, 'rust', 'rustdoc')).typed, undefined);
    assert.equal((await typedAt(`//|\n${text}`, 'rust', 'rustdoc')).typed, undefined);
  });

  it('as the lightbulb, typing the opener above a symbol a file run leaves alone (a Java @Override method) offers its comment', async () => {
    const text = 'class A implements Runnable {\n    @Override\n    public void run() {\n    }\n}\n';
    const typed = await typedAt('class A implements Runnable {\n    /**|\n    @Override\n    public void run() {\n    }\n}\n', 'java', 'javadoc');
    assert.ok(typed.typed, 'a completion is offered');
    assert.equal(typed.after, await lightbulb(text, 'method:A.run', 'java', 'javadoc'));
    assert.deepEqual((await generateDocstrings(text, 'java', { style: 'javadoc', types: 'auto', quote: '"""' })).edits.filter((e) => e.symbolId === 'method:A.run'), [], 'a file run still leaves it alone');
  });
});
