/** JSDoc / TSDoc checks that eslint-plugin-jsdoc's own rule tests exposed (issue 10). */
import assert from 'node:assert/strict';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { updateDocstrings, validateText } from '../../src/core/validate';

const codes = async (text: string, language: 'javascript' | 'typescript' = 'javascript') =>
  (await validateText(text, language, { style: 'jsdoc' })).findings.map((f) => `${f.code} ${f.message.split(';')[0]}`);

describe('JSDoc validation (eslint-plugin-jsdoc cases)', () => {
  it('checks body-less declarations (declare, interface methods and call signatures, function-typed properties) and functions inside an IIFE', async () => {
    const declared = '/**\n * Reads.\n * @param barr The path.\n */\ndeclare function read(bar: number): string;\n';
    assert.deepEqual((await codes(declared, 'typescript')).sort(), [
      "DW101 Parameter 'barr' is documented but is not in the signature",
      "DW102 Parameter 'bar' is not documented",
      "DW201 'read' returns a value but the docstring documents no return",
    ]);
    const iface = 'export interface Shape {\n  /** @param wrong The w. */\n  area(width: number): void\n  /** @param wrong The w. */\n  scale: (factor: number) => void\n  /** Calls. */\n  (x: number): string\n}\n';
    assert.deepEqual((await codes(iface, 'typescript')).sort(), [
      "DW101 Parameter 'wrong' is documented but is not in the signature",
      "DW101 Parameter 'wrong' is documented but is not in the signature",
      "DW102 Parameter 'factor' is not documented",
      "DW102 Parameter 'width' is not documented",
      "DW102 Parameter 'x' is not documented",
      "DW201 'call' returns a value but the docstring documents no return",
    ]);
    const overload = '/**\n * Reads a fixture.\n * @param path The path.\n */\nexport function readFixture(path: string): Promise<Buffer>;\n';
    assert.deepEqual(await codes(overload, 'typescript'), ["DW201 'readFixture' returns a value but the docstring documents no return"]);
    const abstract = 'export abstract class Shape {\n  /**\n   * The area.\n   */\n  abstract area(): number;\n  /**\n   * Draws.\n   */\n  abstract draw(): void;\n}\n';
    assert.deepEqual(await codes(abstract, 'typescript'), ["DW201 'area' returns a value but the docstring documents no return"]);
    const iife = '(function () {\n  /**\n   * Negates.\n   */\n  function f(param) {\n    return !param;\n  }\n})();\n';
    assert.deepEqual((await codes(iife)).sort(), ["DW102 Parameter 'param' is not documented", "DW201 'f' returns a value but the docstring documents no return"]);
  });

  it('reads destructuring as eslint-plugin-jsdoc does: quoted keys, rest keys, array indices and holes, computed keys, rest tuples, @param this', async () => {
    const fine = [
      '/**\n * Q.\n * @param root The root.\n * @param root.foo The foo.\n */\nfunction quoted({"foo": bar}) { use(bar); }\n',
      '/**\n * Q.\n * @param root The root.\n * @param root."foo" The foo.\n */\nfunction quotedDoc({foo: bar}) { use(bar); }\n',
      '/**\n * R.\n * @param cfg The cfg.\n * @param cfg.num The num.\n */\nfunction rest({num, ...extra}) { use(num, extra); }\n',
      '/**\n * H.\n * @param root The pair.\n * @param root."0" Ignored.\n * @param root."1" The b.\n */\nfunction hole([, b]) { use(b); }\n',
      '/**\n * N.\n * @param pair The pair.\n * @param pair.a The a.\n * @param pair.b The b.\n */\nfunction named([a, b]) { use(a, b); }\n',
      '/**\n * C.\n * @param cfg The cfg.\n * @param cfg.abc The abc.\n */\nfunction computed({[key]: cX, abc}) { use(cX, abc); }\n',
    ];
    for (const text of fine) assert.deepEqual(await codes(text), [], text);
    const typed = [
      '/**\n * T.\n * @param this The receiver.\n * @param bar The bar.\n */\nfunction withThis(this: Window, bar: number): void { use(this, bar); }\n',
      '/**\n * F.\n * @param type The type.\n * @param arg The arg.\n */\nexport function tuple(...[type, arg]: Args): void { use(type, arg); }\n',
    ];
    for (const text of typed) assert.deepEqual(await codes(text, 'typescript'), [], text);
  });

  it('JSDoc destructured members: a root alone needs them unless a type names them; members are checked level by level; duplicates and rootless paths are findings', async () => {
    const fn = (doc: string, params = '{x, y}', ts = false) => `/**\n * Draw.\n${doc.split('\n').map((l) => ` * ${l}\n`).join('')} */\nfunction draw(${params}) { use(${ts ? 'x' : 'x, y'}); }\n`;
    assert.deepEqual(await codes(fn('@param {object} box The box.')), ["DW102 Parameter 'box.x' is not documented", "DW102 Parameter 'box.y' is not documented"]);
    assert.deepEqual(await codes(fn('@param {SVGRect} box The box.')), []);
    assert.deepEqual(await codes(fn('@param box - The box.')), [], 'TSDoc has no member form');
    assert.deepEqual(await codes(fn('@param box The box.', '{x}: Point', true), 'typescript'), []);
    const nested = (type: string) => fn(`@param {Object} options The options.\n@param {${type}} options.foo The foo.`, '{ foo: { bar } }');
    assert.deepEqual(await codes(nested('Object')), ["DW102 Parameter 'options.foo.bar' is not documented"]);
    assert.deepEqual(await codes(nested('FooBar')), []);
    assert.deepEqual(await codes(fn('@param {object} root The root.\n@param {object} root.cfg The cfg.\n@param {string} root.cfg.foo Not there.', '{cfg}')), ["DW101 Parameter 'root.cfg.foo' is documented but is not in the signature"]);
    assert.deepEqual(await codes(fn('@param cfg The cfg.\n@param cfg.x The x.\n@param cfg.x Again.\n@param cfg.y The y.')), ["DW101 Parameter 'cfg.x' is documented twice"]);
    assert.deepEqual(await codes(fn('@param foo The foo.\n@param Foo.Bar Not a parameter.', 'foo')), ["DW101 Parameter 'Foo.Bar' is documented but no parameter 'Foo' is in the signature"]);
    assert.deepEqual(await codes(fn('@param {object} box\n@param box.x The x.\n@param box.y The y.')), ["DW105 Parameter 'box' has no description."]);
    const literal = '/**\n * Set.\n * @param options The options.\n * @param options.foo The foo.\n * @param options.gone Gone.\n */\nfunction set(options: { foo: string; bar: string }): void { use(options); }\n';
    assert.deepEqual((await codes(literal, 'typescript')).sort(), ["DW101 Parameter 'options.gone' is documented but is not in the signature", "DW102 Parameter 'options.bar' is not documented"]);
  });

  it('the JSDoc template writes nested destructured members, and what it writes passes the check', async () => {
    const text = 'function draw({ at: { x, y }, ...style }, [, second]) { use(x, y, style, second); }\n';
    const generated = await generateDocstrings(text, 'javascript', { style: 'jsdoc', types: 'auto', quote: '"""' });
    const names = [...generated.newText.matchAll(/@param (\S+)/g)].map((m) => m[1]);
    assert.deepEqual(names, ['param0', 'param0.at', 'param0.at.x', 'param0.at.y', 'param0.style', 'param1', 'param1.second']);
    const described = generated.newText.replace(/_description_/g, 'Text.').replace('_summary_', 'Draw.');
    assert.deepEqual(await codes(described), []);
    const stale = '/**\n * Draw.\n * @param {object} options The options.\n * @param options."at" Where.\n */\nfunction draw({ at: { x } }) { use(x); }\n';
    const repaired = await updateDocstrings(stale, 'javascript', { style: 'jsdoc' });
    assert.match(repaired.newText, /@param options\.at Where\.\n \* @param options\.at\.x _description_\n/);
    const indexed = '/**\n * Pair.\n * @param pair The pair.\n * @param pair."0" The first.\n */\nfunction pair([a, b]) { use(a, b); }\n';
    const kept = await updateDocstrings(indexed, 'javascript', { style: 'jsdoc' });
    assert.match(kept.newText, /@param pair\."0" The first\.\n \* @param pair\.b _description_\n/);
  });

  it('returns, yields and throws as eslint-plugin-jsdoc reads them: a promise that resolves with nothing, a bare yield, @class, a caught throw, @throws {*}, @abstract', async () => {
    const doc = (tags: string) => `/**\n * Do it.\n${tags.split('\n').filter(Boolean).map((l) => ` * ${l}\n`).join('')} */\n`;
    const returnsNothing = [
      'function wait() {\n  return new Promise((resolve) => { setTimeout(() => { resolve(); }); });\n}\n',
      'function never() {\n  return new Promise();\n}\n',
      'function shadowed() {\n  return new Promise(function (resolve) { each(function (resolve) { resolve(true); }); });\n}\n',
      'async function wrapped() {\n  return new Promise((resolve) => resolve());\n}\n',
    ];
    for (const fn of returnsNothing) assert.deepEqual(await codes(doc('') + fn), [], fn);
    assert.deepEqual(await codes(doc('@param ms The ms.') + 'export const sleep = (ms: number) =>\n  new Promise<void>((res) => setTimeout(res, ms));\n', 'typescript'), []);
    const returnsValue = [
      'function one() {\n  return new Promise((resolve) => resolve(1));\n}\n',
      'function handed() {\n  return new Promise((resolve) => later(resolve));\n}\n',
    ];
    for (const fn of returnsValue) assert.deepEqual((await codes(doc('') + fn)).map((c) => c.slice(0, 5)), ['DW201'], fn);
    assert.deepEqual(await codes(doc('') + 'function* pause() {\n  yield;\n}\n'), []);
    assert.deepEqual(await codes(doc('@yields {void} Nothing.') + 'function* idle() {\n  yield;\n}\n'), []);
    assert.deepEqual(await codes(doc('@class\n@param foo The foo.') + 'function* Maker(foo) {\n  yield foo;\n}\n'), []);
    assert.deepEqual(await codes(doc('') + 'function safe() {\n  try {\n    throw new Error("x");\n  } catch (e) {\n    log(e);\n  }\n}\n'), []);
    assert.deepEqual((await codes(doc('') + 'function unsafe() {\n  try {\n    work();\n  } catch (e) {\n    throw new TypeError("x");\n  }\n}\n')).map((c) => c.slice(0, 5)), ['DW401']);
    for (const tag of ['@throws {object}', '@throws {*}', '@abstract', '@virtual']) {
      assert.deepEqual(await codes(doc(tag) + 'function todo() {\n  throw new Error("implement me");\n}\n'), [], tag);
    }
    assert.deepEqual(await codes(doc('@returns {Function} The thrower.') + "const nested = () => () => { throw new Error('oops'); };\n"), []);
  });

  it('a class marked @override or @implements documents its methods elsewhere; @param may put its name on the next line', async () => {
    for (const tag of ['@override', '@implements {Shape}']) {
      const text = `/**\n * ${tag}\n */\nclass A {\n  /**\n   *\n   */\n  area(width) {\n    return width;\n  }\n}\n`;
      assert.deepEqual(await codes(text), [], tag);
    }
    const plain = '/**\n * A.\n */\nclass A {\n  /**\n   * Area.\n   */\n  area(width) {\n    use(width);\n  }\n}\n';
    assert.deepEqual(await codes(plain), ["DW102 Parameter 'width' is not documented"]);
    const broken = '/**\n * Show.\n * @param {string}\n *   foo The foo.\n */\nexport function show(foo) {\n  console.log(foo);\n}\n';
    assert.deepEqual(await codes(broken), []);
  });

  it('reads a {type} that spans lines; entries under a root that is no parameter are one finding', async () => {
    const multiLine = '/**\n * Check.\n * @param {{\n *   tags: string[],\n *   indent: string,\n * }} cfg The settings.\n * @param {import(\'x\').Node|\n *   undefined} node The node.\n */\nfunction check({tags, indent}, node) { use(tags, indent, node); }\n';
    assert.deepEqual(await codes(multiLine), []);
    const rootless = '/**\n * Make.\n * @param {string} [opts.apiKey] The key.\n * @param {number} [opts.timeout] The timeout.\n */\nfunction make(options) { use(options); }\n';
    assert.deepEqual(await codes(rootless), ["DW101 Parameter 'opts.apiKey' (and 1 more under 'opts') is documented but no parameter 'opts' is in the signature", "DW102 Parameter 'options' is not documented"]);
  });

  it('"Update docstring" keeps member entries it cannot check, and lists an object-literal type\'s properties once one is documented', async () => {
    const unchecked = '/**\n * Set.\n * @param {Object} options The options.\n * @param {string} options.foo The foo.\n * @param {string} employees[].name A name.\n */\nfunction set(options, employees, extra) { use(options, employees, extra); }\n';
    const kept = await updateDocstrings(unchecked, 'javascript', { style: 'jsdoc' });
    assert.match(kept.newText, /@param \{Object\} options The options\.\n \* @param \{string\} options\.foo The foo\.\n \* @param employees _description_\n \* @param \{string\} employees\[\]\.name A name\.\n \* @param extra _description_\n/);
    const literal = '/**\n * Set.\n * @param options The options.\n * @param options.foo The foo.\n * @param options.gone Gone.\n */\nfunction set(options: { foo: string; bar: string }): void { use(options); }\n';
    const repaired = await updateDocstrings(literal, 'typescript', { style: 'jsdoc' });
    assert.match(repaired.newText, /@param options The options\.\n \* @param options\.foo The foo\.\n \* @param options\.bar _description_\n \*\//);
  });

  it('a @returns, @yields or @throws without a description is DW204 / DW303 / DW403 (information), as DW105 is for a @param', async () => {
    const bare = '/**\n * Reads.\n * @param {string} path The path.\n * @returns {string}\n * @throws {TypeError}\n */\nfunction read(path) {\n  if (!path) throw new TypeError("no path");\n  return path;\n}\n';
    assert.deepEqual(await codes(bare), ['DW204 The documented return has no description.', "DW403 Exception 'TypeError' has no description."]);
    const gen = '/**\n * Counts.\n * @yields {number}\n */\nfunction* count() {\n  yield 1;\n}\n';
    assert.deepEqual(await codes(gen), ['DW303 The documented yield has no description.']);
    const described = '/**\n * Reads.\n * @param {string} path The path.\n * @returns {string} The text.\n * @throws {TypeError} When no path is given.\n */\nfunction read(path) {\n  if (!path) throw new TypeError("no path");\n  return path;\n}\n';
    assert.deepEqual(await codes(described), []);
    // `@returns {void}` and an untyped `@throws` sentence say all there is to say.
    const said = '/**\n * Runs.\n * @returns {void}\n * @throws Whatever the callback throws.\n */\nfunction run() {\n  cb();\n}\n';
    assert.deepEqual(await codes(said), []);
  });
});
