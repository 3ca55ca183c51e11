import assert from 'node:assert/strict';
import { emptyDocstring } from '../../src/core/docstring/model';
import { rubyConventions } from '../../src/languages/ruby/conventions';
import { extract } from './ruby.tools';

describe('ruby conventions', () => {
  it('public API is what YARD shows by default; attributes after the first of a call share its comment', async () => {
    const { byId } = await extract(`class K
  attr_reader :a, :b
  def shown; end
  protected def guarded; end
  private
  def hidden; end
  def initialize(x); end
end
`);
    const isPublic = rubyConventions.isPublic!;
    assert.equal(isPublic(byId.get('method:K.shown')!), true);
    assert.equal(isPublic(byId.get('method:K.guarded')!), false);
    assert.equal(isPublic(byId.get('method:K.hidden')!), false);
    assert.equal(rubyConventions.sharesDoc!(byId.get('property:K.b')!), true);
    assert.equal(rubyConventions.sharesDoc!(byId.get('property:K.a')!), false);
    assert.equal(rubyConventions.isConstructor(byId.get('method:K.initialize')!), true);
    assert.equal(rubyConventions.documentsReturn(byId.get('method:K.initialize')!), false);
    assert.ok(rubyConventions.publicKinds!.has('constant') && rubyConventions.publicKinds!.has('property'));
  });

  it('reads literal defaults as YARD types, matches namespaced errors, and knows implicit and reference docs', async () => {
    assert.equal(rubyConventions.defaultType('1'), 'Integer');
    assert.equal(rubyConventions.defaultType('"x"'), 'String');
    assert.equal(rubyConventions.defaultType(':sym'), 'Symbol');
    assert.equal(rubyConventions.defaultType('{}'), 'Hash');
    assert.equal(rubyConventions.defaultType('nil'), 'nil');
    assert.equal(rubyConventions.defaultType('compute'), undefined);
    assert.equal(rubyConventions.sameException('Errors::Full', 'Full'), true);
    assert.equal(rubyConventions.sameException('ArgumentError', 'TypeError'), false);
    const { byId } = await extract('def run(a, &block)\n  raise NotImplementedError\nend\n');
    const run = byId.get('function:run')!;
    assert.equal(rubyConventions.documentsImplicit({ name: 'block', description: '' }, run.params), true);
    assert.equal(rubyConventions.documentsImplicit({ name: 'a', description: '' }, run.params), false);
    assert.equal(rubyConventions.raisesAreContract(run), true, 'raise NotImplementedError alone is abstract');
    assert.equal(rubyConventions.documentedElsewhere({ ...emptyDocstring(), summary: '(see Base#run)' }, false), true);
    const nodoc = await extract('class K\n  def a # :nodoc:\n  end\n  # Documented.\n  def b; end\nend\n');
    assert.equal(rubyConventions.docless(nodoc.byId.get('method:K.a')!), true, ':nodoc: says undocumented on purpose');
    assert.equal(rubyConventions.docless(nodoc.byId.get('method:K.b')!), false);
    assert.match('  # text', rubyConventions.docLineLead);
    assert.equal('  ## text'.replace(rubyConventions.docLineLead, ''), 'text');
  });
});
