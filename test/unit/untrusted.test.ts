import assert from 'node:assert/strict';
import { capLength, stripControls, untrustedText, visible } from '../../src/core/text/untrusted';

describe('untrusted text (model answers, server error bodies)', () => {
  it('removes whole terminal sequences, not just the ESC: CSI, OSC titles, DCS, C1 forms', () => {
    assert.equal(stripControls('a\u001b[2Jb\u001b[1;31mc\u001b[0m'), 'abc');
    assert.equal(stripControls('x\u001b]0;pwned title\u0007y'), 'xy');
    assert.equal(stripControls('x\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\y'), 'xlinky');
    assert.equal(stripControls('x\u001bPq#0;2;0;0;0\u001b\\y'), 'xy');
    assert.equal(stripControls('x\u009b2Jy\u009d0;t\u0007z'), 'xyz');
    assert.equal(stripControls('x\u001b7y\u001bcz'), 'xyz');
  });

  it('removes C0 (but tab and newline), DEL, C1, NUL and the Trojan Source bidi characters', () => {
    assert.equal(stripControls('a\u0000b\u0007c\u007fd\u0085e\tf\ng'), 'abcde\tf\ng');
    const bidi = 'if (x) {\u202e } \u2066// \u2069\u202a\u202b\u202c\u202d\u2067\u2068';
    assert.equal(stripControls(bidi), 'if (x) { } // ');
    assert.equal(stripControls('a\r\nb\rc\u2028d'), 'a\nb\ncd');
  });

  it('caps at a word boundary, never inside a surrogate pair', () => {
    assert.equal(capLength('short', 10), 'short');
    assert.equal(capLength('one two three four five', 14), 'one two...');
    const emoji = 'a'.repeat(6) + '\u{1F600}'.repeat(4);
    const cut = capLength(emoji, 10);
    assert.ok(cut.length <= 10);
    assert.ok(!/[\ud800-\udbff]\.\.\.$/.test(cut), cut);
  });

  it('one line unless multiline', () => {
    assert.equal(untrustedText('  a\n\n b\u001b[2J  c '), 'a b c');
    assert.equal(untrustedText('a\n\nb', { multiline: true }), 'a\n\nb');
    assert.equal(untrustedText('x'.repeat(50), { maxLength: 20 }).length, 20);
  });
});

describe('visible (what the CLI prints about repository content)', () => {
  it('shows control and bidi characters as escapes instead of passing them to the terminal', () => {
    assert.equal(visible('a\u001b]0;pwned\u0007b\u001b[31mc'), 'a\\x1b]0;pwned\\x07b\\x1b[31mc');
    assert.equal(visible('x\u202ey\tz\n'), 'x\\u202ey\tz\\x0a');
    assert.equal(visible('one\ntwo', { keepNewlines: true }), 'one\ntwo');
  });
});
