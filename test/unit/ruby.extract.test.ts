import assert from 'node:assert/strict';
import type { RubySymbolFact } from '../../src/languages/ruby/facts';
import { extract } from './ruby.tools';

async function symbols(text: string, indentUnit = '  '): Promise<Map<string, RubySymbolFact>> {
  return (await extract(text, indentUnit)).byId;
}

const get = (found: Map<string, RubySymbolFact>, id: string): RubySymbolFact => {
  const symbol = found.get(id);
  assert.ok(symbol, `${id} among ${[...found.keys()].join(', ')}`);
  return symbol;
};

const SAMPLE = `# frozen_string_literal: true

require 'set'

module Shop
  VERSION = "1.0"

  class Cart < Base
    attr_reader :items, :owner
    attr_accessor :coupon
    attr_writer :note

    def initialize(owner, items = [], *rest, currency:, rate: 1.0, **opts, &on_change)
      @owner = owner
    end

    def self.build(...) = new(...)

    class << self
      def empty = new(nil)
    end

    def total = items.sum(&:price)

    def add(item)
      raise ArgumentError, "no item" if item.nil?
      raise Errors::Full.new("full") if full?
      fail "frozen" if frozen?
      items.each { |i| raise Duplicate if i == item }
      handler = lambda { raise NotRaisedHere }
      define_method(:x) { raise NotRaisedEither }
      yield item, self if block_given?
      items << item
      self
    end

    define_method(:dynamic) { 1 }

    def outer
      def inner; end
    end

    protected

    def compare(other) = total <=> other.total

    private

    def secret; end
    public def opened; end
  end

  class Cart::Line; end
  module Errors; end
end

def helper(a, (b, c)) = a
`;

describe('ruby extract', () => {
  it('finds namespaces, methods, attributes and constants by name path, with YARD paths', async () => {
    const found = await symbols(SAMPLE);
    assert.deepEqual([...found.values()].map((s) => [s.id, s.ruby.path]), [
      ['class:Shop', 'Shop'],
      ['constant:Shop.VERSION', 'Shop::VERSION'],
      ['class:Shop.Cart', 'Shop::Cart'],
      ['property:Shop.Cart.items', 'Shop::Cart#items'],
      ['property:Shop.Cart.owner', 'Shop::Cart#owner'],
      ['property:Shop.Cart.coupon', 'Shop::Cart#coupon'],
      ['property:Shop.Cart.note', 'Shop::Cart#note='],
      ['method:Shop.Cart.initialize', 'Shop::Cart#initialize'],
      ['method:Shop.Cart.self.build', 'Shop::Cart.build'],
      ['method:Shop.Cart.self.empty', 'Shop::Cart.empty'],
      ['method:Shop.Cart.total', 'Shop::Cart#total'],
      ['method:Shop.Cart.add', 'Shop::Cart#add'],
      ['method:Shop.Cart.outer', 'Shop::Cart#outer'],
      ['method:Shop.Cart.compare', 'Shop::Cart#compare'],
      ['method:Shop.Cart.secret', 'Shop::Cart#secret'],
      ['method:Shop.Cart.opened', 'Shop::Cart#opened'],
      ['class:Shop.Cart.Line', 'Shop::Cart::Line'],
      ['class:Shop.Errors', 'Shop::Errors'],
      ['function:helper', '#helper'],
    ]);
    assert.equal(get(found, 'class:Shop').ruby.item, 'module');
    assert.deepEqual(get(found, 'class:Shop.Cart').bases, ['Base']);
    assert.equal(get(found, 'method:Shop.Cart.self.build').name, 'build');
    assert.equal(get(found, 'method:Shop.Cart.self.empty').ruby.singleton, true);
    assert.equal(get(found, 'property:Shop.Cart.coupon').ruby.attribute, 'accessor');
    assert.equal(get(found, 'property:Shop.Cart.owner').ruby.sharesStatement, true);
    assert.equal(get(found, 'property:Shop.Cart.items').ruby.sharesStatement, undefined);
    assert.equal(get(found, 'method:Shop.Cart.total').ruby.endless, true);
  });

  it('reads required, optional, splat, keyword, double-splat, block, forwarding and destructured parameters', async () => {
    const found = await symbols(SAMPLE);
    const init = get(found, 'method:Shop.Cart.initialize');
    assert.deepEqual(init.params.map((p) => [p.name, p.kind, p.optional, p.default ?? null, p.implicit ?? false]), [
      ['owner', 'positional', false, null, false],
      ['items', 'positional', true, '[]', false],
      ['rest', 'var-positional', true, null, false],
      ['currency', 'keyword-only', false, null, false],
      ['rate', 'keyword-only', true, '1.0', false],
      ['opts', 'var-keyword', true, null, false],
      ['on_change', 'positional', true, null, true],
    ]);
    assert.equal(init.ruby.blockParam, 'on_change');
    assert.equal(init.yieldsValue, true, 'a method taking a block documents it with @yield');
    assert.equal(init.returnsValue, false, 'initialize returns nothing to document');
    assert.deepEqual(get(found, 'method:Shop.Cart.self.build').params.map((p) => [p.name, p.kind, p.implicit]), [['...', 'rest', true]]);
    const helper = get(found, 'function:helper');
    assert.deepEqual(helper.params.map((p) => [p.name, p.kind, p.elements ?? null]), [['a', 'positional', null], ['(b, c)', 'destructured', ['b', 'c']]]);
  });

  it('finds raises in the body and its blocks, not in lambdas, define_method blocks or nested defs; yields and returns', async () => {
    const found = await symbols(SAMPLE);
    const add = get(found, 'method:Shop.Cart.add');
    assert.deepEqual(add.raises, ['ArgumentError', 'Errors::Full', 'RuntimeError', 'Duplicate']);
    assert.equal(add.yieldsValue, true);
    assert.deepEqual(add.ruby.yieldArgs, ['item', 'self']);
    assert.equal(add.returnsValue, true, 'ends with self');
    assert.equal(get(found, 'method:Shop.Cart.total').returnsValue, true, 'endless');
    assert.equal(get(found, 'method:Shop.Cart.secret').returnsValue, false);
    assert.equal(get(found, 'method:Shop.Cart.outer').params.length, 0);
    assert.ok(![...found.keys()].some((id) => /inner|dynamic|\.x$/.test(id)), 'nested defs and define_method give no symbol');
  });

  it('reads visibility: sections, private def, private :x, class << self, private_constant, module_function', async () => {
    const found = await symbols(SAMPLE);
    const visibility = (id: string) => get(found, id).ruby.visibility;
    assert.equal(visibility('method:Shop.Cart.compare'), 'protected');
    assert.equal(visibility('method:Shop.Cart.secret'), 'private');
    assert.equal(visibility('method:Shop.Cart.opened'), 'public');
    assert.equal(visibility('method:Shop.Cart.add'), 'public');
    const more = await symbols(`class K
  private
  def self.still_public; end
  B = 1
  private_constant :B
  def hidden; end
  private attr_reader :token
  public
  def shown; end
  private :shown
  private_class_method def self.build; end
  class << self
    private
    def internal; end
  end
end
module M
  module_function
  def square(x) = x * x
  def cube(x) = x * x * x
  private
  def helper; end
end
`);
    const v = (id: string) => get(more, id).ruby.visibility;
    assert.equal(v('method:K.self.still_public'), 'public', 'private does not reach def self.x (Ruby)');
    assert.equal(v('constant:K.B'), 'private');
    assert.equal(v('method:K.hidden'), 'private');
    assert.equal(v('property:K.token'), 'private');
    assert.equal(v('method:K.shown'), 'private');
    assert.equal(v('method:K.self.build'), 'private');
    assert.equal(v('method:K.self.internal'), 'private');
    assert.equal(get(more, 'method:M.square').ruby.moduleFunction, true);
    assert.equal(get(more, 'method:M.square').ruby.path, 'M.square');
    assert.equal(v('method:M.cube'), 'public');
    assert.equal(get(more, 'method:M.helper').ruby.moduleFunction, undefined, 'private ends module_function');
    assert.equal(v('method:M.helper'), 'private');
  });

  it('attaches comments as YARD does: magic comments skipped, one blank line bridged, two not, end-of-line comments', async () => {
    const found = await symbols(`#!/usr/bin/env ruby
# frozen_string_literal: true
# Licence header.

class Licensed
  # Bridged.

  def bridged; end
  # Not bridged.


  def far; end
  x = 1 # taken by x
  def after_eol; end
  def own_line # :nodoc:
  end
  #
  def empty_comment; end
    # other column
  # this one
  def column; end
=begin
Embedded doc.
=end
  def embedded; end
end
`);
    const doc = (id: string) => get(found, id).docstring?.content;
    assert.equal(doc('class:Licensed'), 'Licence header.', 'YARD attaches a header set apart by one blank line');
    assert.equal(doc('method:Licensed.bridged'), 'Bridged.');
    assert.equal(doc('method:Licensed.far'), undefined);
    assert.equal(doc('method:Licensed.after_eol'), undefined);
    assert.equal(doc('method:Licensed.own_line'), ':nodoc:');
    assert.equal(get(found, 'method:Licensed.own_line').ruby.trailingDoc, true, 'an end-of-line doc is not replaced in place');
    assert.equal(get(found, 'method:Licensed.bridged').ruby.trailingDoc, undefined);
    const above = await symbols('class A\n  class B\n  end # class B\n\n  def m; end\nend\n');
    assert.equal(get(above, 'method:A.m').docstring?.content, 'class B', 'YARD gives m the end-of-line comment two lines above');
    assert.equal(get(above, 'method:A.m').ruby.trailingDoc, true);
    assert.equal(doc('method:Licensed.empty_comment'), undefined, 'a `#` alone has no text');
    assert.equal(doc('method:Licensed.column'), 'this one', 'comments at another column are another block');
    assert.equal(doc('method:Licensed.embedded'), 'Embedded doc.');
    assert.equal(get(found, 'method:Licensed.embedded').docstring?.raw, '=begin\nEmbedded doc.\n=end');
    const magic = await symbols('# frozen_string_literal: true\n\nclass Plain; end\n');
    assert.equal(get(magic, 'class:Plain').docstring, undefined, 'a magic comment documents nothing');
    const required = await symbols('# Licence.\n\nrequire "x"\n\nclass AfterRequire; end\n');
    assert.equal(get(required, 'class:AfterRequire').docstring, undefined, 'the require takes the header');
  });

  it('inserts above the statement, on a new line when it shares its line, at the right indentation (CRLF, tabs, first line)', async () => {
    const text = 'def first; end\nclass Pair; def left; end; end\n';
    const found = await symbols(text);
    assert.deepEqual(get(found, 'function:first').insertion, { start: 0, end: 0, indent: '', prefix: '', suffix: '\n' });
    const left = get(found, 'method:Pair.left').insertion;
    assert.equal(text.slice(left.start, left.end), ' ');
    assert.equal(left.prefix, '\n  ');
    assert.equal(left.suffix, '\n  ');
    const crlf = 'class A\r\n  # Doc.\r\n  def x\r\n  end\r\n  def y; end\r\nend\r\n';
    const inCrlf = await symbols(crlf);
    assert.equal(get(inCrlf, 'method:A.x').docstring?.content, 'Doc.');
    assert.equal(get(inCrlf, 'method:A.x').docstring?.raw, '# Doc.');
    const y = get(inCrlf, 'method:A.y').insertion;
    assert.equal(crlf.slice(y.start, y.start + 12), '  def y; end');
    assert.equal(y.indent, '  ');
    const tabs = await symbols('module T\n\tclass U\n\t\tdef v; end\n\tend\nend\n', '\t');
    assert.equal(get(tabs, 'method:T.U.v').insertion.indent, '\t\t');
  });

  it('spans multi-line signatures and private def statements', async () => {
    const text = `class Mailer
  def deliver(
    to:,
    body: nil
  )
    send(to, body)
  end
  # Hidden.
  private def hidden(a) = a
end
`;
    const found = await symbols(text);
    const deliver = get(found, 'method:Mailer.deliver');
    assert.equal(text.slice(deliver.signatureRange.start, deliver.signatureRange.end), 'def deliver(\n    to:,\n    body: nil\n  )');
    const hidden = get(found, 'method:Mailer.hidden');
    assert.equal(text.slice(hidden.range.start, hidden.range.start + 11), 'private def');
    assert.equal(hidden.docstring?.content, 'Hidden.');
    assert.equal(hidden.ruby.visibility, 'private');
  });

  it('reads definitions in both branches of a condition, not in begin bodies or blocks', async () => {
    const found = await symbols(`class P
  if defined?(X)
    def a; end
  else
    def a; end
  end
  begin
    def in_begin; end
  end
  included do
    def in_block; end
  end
end
`);
    assert.deepEqual([...found.keys()], ['class:P', 'method:P.a', 'method:P.a#1']);
  });

  it('keeps column-0 comment lines right below code apart, as YARD does, and sets a new comment there apart with a blank line', async () => {
    const text = 'X = 1\n# First.\n# Second.\ndef a; end\ny = 2 # note\n# Joined.\n# Too.\ndef b; end\nz = 3\ndef c; end\n';
    const found = await symbols(text);
    assert.equal(get(found, 'function:a').docstring?.content, 'Second.');
    assert.equal(get(found, 'function:b').docstring?.content, 'Joined.\nToo.', 'after an end-of-line comment the lines join');
    const c = get(found, 'function:c').insertion;
    assert.equal(c.prefix, '\n', 'a blank line before the new comment');
    const indented = await symbols('class K\n  x = 1\n  # One.\n  # Two.\n  def m; end\nend\n');
    assert.equal(get(indented, 'method:K.m').docstring?.content, 'One.\nTwo.', 'indented lines join');
    assert.equal(get(indented, 'method:K.m').insertion.prefix, '  ');
  });
});
