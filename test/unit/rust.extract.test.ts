import assert from 'node:assert/strict';
import { isRustPublic, type RustSymbolFact } from '../../src/languages/rust/facts';
import { rustComment } from '../../src/languages/rust/rustdoc';
import { extract, insertAll, nightlyRustc, rustcPretty } from './rust.tools';

async function symbols(text: string): Promise<Map<string, RustSymbolFact>> {
  const result = await extract(text);
  assert.equal(result.hasErrors, false, 'fixture parses');
  return result.byId;
}

const get = (found: Map<string, RustSymbolFact>, id: string): RustSymbolFact => {
  const symbol = found.get(id);
  assert.ok(symbol, `${id} among ${[...found.keys()].join(', ')}`);
  return symbol;
};

const SAMPLE = `//! Shapes.
//!
//! More about shapes.

use std::fmt;

/// A point.
#[derive(Debug, Clone)]
pub struct Point<'a, T: Clone, const N: usize> {
    /// X.
    pub x: T,
    name: &'a str,
}

pub enum Shape {
    /// A circle.
    Circle { radius: f64 },
    Square(f64),
}

pub trait Area {
    /// The area.
    fn area(&self) -> f64;
    const SIDES: u32;
    type Unit;
    fn scaled(&self, by: f64) -> f64 { self.area() * by }
}

impl<T: Clone, const N: usize> Point<'_, T, N> {
    pub fn new(x: T, (a, b): (i32, i32), _: u8, mut c: u8) -> Self { todo!() }
    fn private(&mut self) {}
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
}

pub type Grid = Vec<Vec<u8>>;
pub const ORIGIN: (i32, i32) = (0, 0);
pub static mut COUNT: u32 = 0;

pub mod inner {
    //! Inner doc.
    pub fn visible() {}
    mod hidden {
        pub fn not_visible() {}
    }
}
mod file_module;

macro_rules! twice { ($e:expr) => { $e; $e }; }
`;

describe('rust extract', () => {
  it('finds items with kinds and name paths; impl items are named after the self type', async () => {
    const found = await symbols(SAMPLE);
    assert.deepEqual([...found.keys()], [
      'module:',
      'class:Point', 'property:Point.x', 'property:Point.name',
      'enum:Shape', 'enum-member:Shape.Circle', 'property:Shape.Circle.radius', 'enum-member:Shape.Square',
      'interface:Area', 'method:Area.area', 'constant:Area.SIDES', 'type:Area.Unit', 'method:Area.scaled',
      'method:Point.new', 'method:Point.private',
      'method:Shape.fmt',
      'type:Grid', 'constant:ORIGIN', 'variable:COUNT',
      'class:inner', 'function:inner.visible', 'class:inner.hidden', 'function:inner.hidden.not_visible',
      'class:file_module',
    ]);
    assert.equal(get(found, 'method:Shape.fmt').rust.implTrait, 'fmt::Display');
    assert.equal(get(found, 'method:Shape.fmt').rust.inTraitImpl, true);
    assert.equal(get(found, 'method:Point.new').rust.implType, "Point<'_, T, N>");
    assert.equal(get(found, 'class:inner').rust.item, 'mod');
    assert.deepEqual(get(found, 'variable:COUNT').rust.modifiers, ['mut']);
  });

  it('reads params, generics (lifetimes left out), returns and attributes', async () => {
    const found = await symbols(SAMPLE);
    const point = get(found, 'class:Point');
    assert.deepEqual(point.typeParams, ['T', 'N']);
    assert.deepEqual(point.decorators, ['derive(Debug, Clone)']);
    const created = get(found, 'method:Point.new');
    assert.deepEqual(created.params.map((p) => [p.name, p.kind, p.annotation, p.implicit ?? false]), [
      ['x', 'positional', 'T', false],
      ['(a, b)', 'destructured', '(i32, i32)', false],
      ['_', 'positional', 'u8', true],
      ['c', 'positional', 'u8', false],
    ]);
    assert.deepEqual(created.params[1].elements, ['a', 'b']);
    assert.equal(created.returnAnnotation, 'Self');
    assert.equal(created.returnsValue, true);
    const own = get(found, 'method:Point.private');
    assert.deepEqual(own.params.map((p) => [p.name, p.annotation, p.implicit]), [['self', '&mut self', true]]);
    assert.equal(own.returnsValue, false);
    assert.equal(get(found, 'method:Area.area').isAbstract, true);
    assert.equal(get(found, 'method:Area.scaled').isAbstract, false);
    assert.equal(get(found, 'property:Point.x').returnAnnotation, 'T');
  });

  it('knows visibility as rustdoc shows it', async () => {
    const found = await symbols(SAMPLE);
    const exported = [...found.values()].filter(isRustPublic).map((s) => s.id);
    assert.deepEqual(exported, [
      'module:', 'class:Point', 'property:Point.x', 'enum:Shape', 'enum-member:Shape.Circle', 'property:Shape.Circle.radius', 'enum-member:Shape.Square',
      'interface:Area', 'method:Area.area', 'constant:Area.SIDES', 'type:Area.Unit', 'method:Area.scaled', 'method:Point.new', 'method:Shape.fmt',
      'type:Grid', 'constant:ORIGIN', 'variable:COUNT', 'class:inner', 'function:inner.visible',
    ]);
    const restricted = await symbols('pub(crate) fn a() {}\npub(self) fn b() {}\npub(in crate::x) fn c() {}\n');
    assert.deepEqual([...restricted.values()].slice(1).map((s) => s.rust.visibility), ['restricted', 'private', 'restricted']);
  });

  it('tells the facts # Errors, # Panics and # Safety hang on', async () => {
    const found = await symbols(`
pub fn a() -> Result<u8, E> { x.unwrap(); y.expect("y"); assert!(z); let f = || panic!("no"); fn inner() { unreachable!() } Ok(0) }
pub fn b() -> io::Result<()> { println!("{}", v.unwrap()); Ok(()) }
pub unsafe fn c(p: *const u8) -> u8 { *p }
pub fn d() -> fmt::Result { debug_assert!(true); unimplemented!(); unreachable!(); let n = const { None::<u8>.unwrap() }; todo!() }
pub async fn e() {}
pub const fn f() {}
extern "C" fn g() {}
`);
    // A closure's panic is the caller's (Clippy's missing_panics_doc counts it); a nested fn's is not.
    assert.deepEqual(get(found, 'function:a').rust.panics, ['unwrap()', 'expect()', 'assert!', 'panic!']);
    assert.equal(get(found, 'function:a').rust.returnsResult, true);
    assert.deepEqual(get(found, 'function:b').rust.panics, ['unwrap()']);
    assert.equal(get(found, 'function:b').rust.returnsResult, true);
    assert.equal(get(found, 'function:c').rust.isUnsafe, true);
    assert.equal(get(found, 'function:c').rust.returnsResult, false);
    // Unfinished code, bugs, debug builds and compile time: nothing to document (as Clippy).
    assert.deepEqual(get(found, 'function:d').rust.panics, []);
    assert.equal(get(found, 'function:d').rust.returnsResult, true);
    assert.equal(get(found, 'function:e').isAsync, true);
    assert.deepEqual(get(found, 'function:f').rust.modifiers, ['const']);
    assert.deepEqual(get(found, 'function:g').rust.modifiers, ['extern "C"']);
    assert.deepEqual(get(found, 'function:a').raises, [], 'Rust throws nothing');
  });

  it('reads doc comments as rustc attaches them: across blank lines, plain comments and attributes', async () => {
    const found = await symbols(`/// Kept
/// together.

// a plain comment
#[inline]
/// After the attribute.
pub fn a() {}

/**
 * A block.
 *
 * Second.
 */
pub fn b() {}

#[doc = "attribute doc"]
pub fn c() {}

//// four slashes: plain
/*** three stars: plain */
pub fn d() {}
`);
    const a = get(found, 'function:a');
    assert.equal(a.docstring?.content, 'Kept\ntogether.');
    assert.equal(a.docstring?.raw, '/// Kept\n/// together.');
    assert.equal(a.rust.otherDocs?.length, 1, 'the doc after #[inline] is rustdoc text outside the range');
    assert.equal(get(found, 'function:b').docstring?.content, 'A block.\n\nSecond.');
    assert.equal(get(found, 'function:c').docstring, undefined);
    assert.equal(get(found, 'function:c').rust.otherDocs?.length, 1);
    assert.deepEqual(get(found, 'function:c').decorators, []);
    assert.equal(get(found, 'function:d').docstring, undefined);
    assert.equal(get(found, 'module:').docstring, undefined);
  });

  it('reads the module doc and an inline module\'s //! doc', async () => {
    const found = await symbols(SAMPLE);
    assert.equal(get(found, 'module:').docstring?.content, 'Shapes.\n\nMore about shapes.');
    assert.equal(get(found, 'class:inner').docstring?.content, 'Inner doc.');
  });

  it('inserts above the first attribute at the item\'s indentation; an item that does not start its line gets its own line', async () => {
    const text = 'mod m {\n    #[inline]\n    pub fn f() {}\n}\nenum E { A, B }\n';
    const found = await symbols(text);
    const f = get(found, 'function:m.f');
    assert.deepEqual(f.insertion, { start: 8, end: 8, indent: '    ', prefix: '    ', suffix: '\n' });
    assert.equal(f.range.start, text.indexOf('#[inline]'));
    const b = get(found, 'enum-member:E.B');
    assert.equal(text.slice(b.insertion.start, b.insertion.end), ' ');
    assert.equal(b.insertion.prefix, '\n    ');
  });

  it('handles a licence header, an item on the first line, CRLF, tabs and multi-line signatures', async () => {
    const licensed = await symbols('// Copyright 2020 Someone.\n// SPDX-License-Identifier: MIT\n\nuse x;\n');
    assert.deepEqual(get(licensed, 'module:').insertion, { start: 60, end: 60, indent: '', prefix: '', suffix: '\n\n' });
    // An outer doc comment at the top is the first item's, no licence: the `//!` goes above it (std's num/int_log10.rs).
    const documentedFirst = await symbols('/// Doc of f.\n\n// plain\n#[inline]\npub fn f() {}\n');
    assert.deepEqual(get(documentedFirst, 'module:').insertion, { start: 0, end: 0, indent: '', prefix: '', suffix: '\n\n' });
    assert.equal(get(documentedFirst, 'function:f').docstring?.content, 'Doc of f.');
    const first = await symbols('pub fn first() {}\n');
    assert.deepEqual(get(first, 'function:first').insertion, { start: 0, end: 0, indent: '', prefix: '', suffix: '\n' });
    const crlf = '/// Doc\r\n/// two\r\npub fn f(\r\n\ta: u8,\r\n\tb: u8,\r\n) -> u8 {\r\n\ta\r\n}\r\nimpl S {\r\n\t#[inline]\r\n\tfn g() {}\r\n}\r\n';
    const found = await symbols(crlf);
    const f = get(found, 'function:f');
    assert.equal(f.docstring?.content, 'Doc\ntwo');
    assert.equal(f.docstring?.raw, '/// Doc\r\n/// two');
    assert.deepEqual(f.params.map((p) => p.name), ['a', 'b']);
    assert.equal(crlf.slice(f.signatureRange.start, f.signatureRange.end), 'pub fn f(\r\n\ta: u8,\r\n\tb: u8,\r\n) -> u8');
    assert.equal(get(found, 'method:S.g').insertion.indent, '\t');
  });

  it('leaves macros alone and gives stable ids to two impls of one name', async () => {
    const found = await symbols('macro_rules! m { () => {} }\nm!(fn hidden() {});\nimpl A for S { fn f(&self) {} }\nimpl B for S { fn f(&self) {} }\n');
    assert.deepEqual([...found.keys()], ['module:', 'method:S.f', 'method:S.f#1']);
    assert.deepEqual([...found.values()].slice(1).map((s) => s.rust.implTrait), ['A', 'B']);
  });

  it('rustc parses each hard case with a comment inserted at every symbol, and attaches it there', async function () {
    const rustc = nightlyRustc();
    if (!rustc.ok) {
      console.log(`      skipped: ${rustc.reason}`);
      this.skip();
    }
    const cases = [
      SAMPLE.replace(/^\/\/!.*\n/gm, ''),
      '// Licence.\n\n#![allow(dead_code)]\nfn first() {}\n',
      'pub fn f(\r\n\ta: u8,\r\n) -> u8 {\r\n\ta\r\n}\r\nimpl S {\r\n\t#[inline]\r\n\tfn g() {}\r\n}\r\nenum E { A, B(u8), C { x: u8 } }\r\n',
      'pub struct S { a: u8, pub b: u8 }\nmod m { mod n { impl super::S { pub fn deep() {} } } }\n',
    ];
    for (const text of cases) {
      const { symbols: all } = await extract(text);
      const edits = all.filter((s) => !s.docstring).map((symbol, n) => ({ symbol, literal: rustComment([`M${n}`], symbol.insertion.indent, { inner: symbol.kind === 'module' }) }));
      const marked = insertAll(text, edits);
      assert.equal((await extract(marked)).hasErrors, false, marked);
      const judged = rustcPretty(marked);
      assert.equal(judged.code, 0, judged.err + marked);
      const printed = await extract(judged.out);
      edits.forEach(({ symbol }, n) => assert.equal(printed.byId.get(symbol.id)?.docstring?.content, `M${n}`, `${symbol.id} in\n${marked}`));
    }
  });
});
