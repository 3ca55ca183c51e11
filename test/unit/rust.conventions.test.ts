import assert from 'node:assert/strict';
import { rustConventions } from '../../src/languages/rust/conventions';
import { parseRustdoc, renderRustdoc } from '../../src/languages/rust/rustdoc';
import { guidelineSections, missingGuidelineSections, templateSections } from '../../src/languages/rust/sections';
import { emptyDocstring } from '../../src/core/docstring/model';
import { extract } from './rust.tools';

const CODE = `
pub fn parse(s: &str) -> Result<u8, E> { s.parse().unwrap() }
pub unsafe fn raw(p: *const u8) -> u8 { *p }
pub fn quiet() {}
pub struct S;
impl std::fmt::Display for S { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) } }
impl S { pub fn new() -> Self { S } fn hidden(&self) {} }
`;

describe('rust conventions and guideline sections', () => {
  it('asks # Errors of a Result, # Panics of a body that may panic, # Safety of an unsafe fn', async () => {
    const { byId } = await extract(CODE);
    assert.deepEqual(guidelineSections(byId.get('function:parse')!), ['Errors', 'Panics']);
    assert.deepEqual(guidelineSections(byId.get('function:raw')!), ['Safety']);
    assert.deepEqual(guidelineSections(byId.get('function:quiet')!), []);
    assert.deepEqual(guidelineSections(byId.get('class:S')!), []);
    const written = parseRustdoc('Parses.\n\n# errors\n\nWhen not a number.').doc;
    assert.deepEqual(missingGuidelineSections(byId.get('function:parse')!, written), ['Panics']);
    const fresh = { ...emptyDocstring(), summary: 'Parses.', sections: templateSections(byId.get('function:parse')!) };
    assert.deepEqual(renderRustdoc(fresh), ['Parses.', '', '# Errors', '', 'Returns an error if ...', '', '# Panics', '', 'Panics if ... (`unwrap()`).']);
  });

  it('documents returns of value-returning functions, and calls public what rustdoc shows but trait impl items', async () => {
    const { byId } = await extract(CODE);
    assert.equal(rustConventions.documentsReturn(byId.get('method:S.new')!), true);
    assert.equal(rustConventions.documentsReturn(byId.get('function:quiet')!), false);
    assert.equal(rustConventions.documentsReturn(byId.get('class:S')!), false);
    const isPublic = rustConventions.isPublic!;
    assert.deepEqual([...byId.values()].filter(isPublic).map((s) => s.id), ['module:', 'function:parse', 'function:raw', 'function:quiet', 'class:S', 'method:S.new']);
    assert.ok(rustConventions.docLineLead.exec('    /// text')![0].endsWith('/// '));
    assert.ok(rustConventions.docLineLead.exec('//! text')![0] === '//! ');
  });
});
