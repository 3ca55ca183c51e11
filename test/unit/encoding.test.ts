import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decodeSource, EncodingError, pythonCodingDeclaration, spliceBytes } from '../../src/core/text/encoding';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('source encodings (byte-exact round trip)', () => {
  it('reads PEP 263 declarations where CPython does: line 1, or line 2 after a comment or blank line', () => {
    assert.equal(pythonCodingDeclaration(bytes('# -*- coding: latin-1 -*-\nx = 1\n')), 'latin-1');
    assert.equal(pythonCodingDeclaration(bytes('#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n')), 'cp1252');
    assert.equal(pythonCodingDeclaration(bytes('import os\n# coding: latin-1\n')), undefined);
    assert.equal(pythonCodingDeclaration(bytes('x = 1\n')), undefined);
  });

  it('decodes a Latin-1 Python file exactly and splices a docstring without touching any other byte', () => {
    const original = bytes('# -*- coding: latin-1 -*-\ndef f(a):\n    return "caf', [0xe9, 0x80, 0xff], '"\n');
    const source = decodeSource(original, 'python');
    assert.equal(source.encoding, 'iso-8859-1');
    assert.ok(source.text.includes('café\u0080ÿ'));
    const at = source.text.indexOf('    return');
    const out = spliceBytes(original, source, [{ start: at, end: at, newText: '    """Caf\u00e9 docs."""\n' }]);
    assert.deepEqual(out, bytes('# -*- coding: latin-1 -*-\ndef f(a):\n    """Caf', [0xe9], ' docs."""\n    return "caf', [0xe9, 0x80, 0xff], '"\n'));
  });

  it('refuses an inserted character the encoding cannot hold, instead of writing "?"', () => {
    const original = bytes('# coding: latin-1\ndef f():\n    pass\n');
    const source = decodeSource(original, 'python');
    const at = source.text.indexOf('    pass');
    assert.throws(() => spliceBytes(original, source, [{ start: at, end: at, newText: '    """Maps a \u2192 b."""\n' }]), (e: Error) => e instanceof EncodingError && /U\+2192/.test(e.message));
  });

  it('refuses invalid UTF-8 and names the byte, for Python without a declaration and for TS/JS', () => {
    for (const language of ['python', 'typescript'] as const) {
      assert.throws(() => decodeSource(bytes('x = "caf', [0xe9], '"\n'), language), (e: Error) => e instanceof EncodingError && /not valid UTF-8 \(byte 0xe9 at offset 8\)/.test(e.message));
    }
  });

  it('keeps a UTF-8 BOM first: the text has none, the splice goes after it', () => {
    for (const language of ['python', 'javascript'] as const) {
      const original = bytes([0xef, 0xbb, 0xbf], 'x = 1\n');
      const source = decodeSource(original, language);
      assert.equal(source.text, 'x = 1\n');
      const out = spliceBytes(original, source, [{ start: 0, end: 0, newText: '"""Doc."""\n' }]);
      assert.deepEqual(out, bytes([0xef, 0xbb, 0xbf], '"""Doc."""\nx = 1\n'));
    }
  });

  it('a BOM with another declared coding is refused, as CPython refuses it', () => {
    assert.throws(() => decodeSource(bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\n'), 'python'), EncodingError);
  });

  it('reads TS/JS in UTF-16 with its BOM and writes UTF-16 back', () => {
    const original = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('let \u00e9 = 1;\r\n', 'utf16le')]);
    const source = decodeSource(original, 'typescript');
    assert.equal(source.text, 'let \u00e9 = 1;\r\n');
    const out = spliceBytes(original, source, [{ start: 0, end: 0, newText: '/** Doc. */\r\n' }]);
    assert.deepEqual(out, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('/** Doc. */\r\nlet \u00e9 = 1;\r\n', 'utf16le')]));
  });

  it('NUL bytes, mixed line endings and multi-byte characters around the edits stay byte for byte', () => {
    const original = bytes('a\u0000b\r\n', Buffer.from('\u00e9\u4e2d\u{1F600}\n', 'utf8') as unknown as number[], 'c\rd\n');
    const source = decodeSource(original, 'python');
    const mid = source.text.indexOf('c');
    const out = spliceBytes(original, source, [{ start: mid, end: mid, newText: 'X\u00e9' }, { start: 0, end: 0, newText: 'Y' }]);
    assert.deepEqual(out, Buffer.concat([Buffer.from('Y'), original.subarray(0, original.indexOf('c'.charCodeAt(0))), Buffer.from('X\u00e9', 'utf8'), original.subarray(original.indexOf('c'.charCodeAt(0)))]));
  });

  it('replaces a range (a repaired docstring) in a Shift-JIS file, the rest copied', () => {
    const text = '# coding: shift_jis\ndef f():\n    """\u53e4\u3044\u8aac\u660e"""\n    return "\u65e5\u672c"\n';
    const original = iconv.encode(text, 'shift_jis');
    const source = decodeSource(original, 'python');
    assert.equal(source.text, text);
    const start = text.indexOf('"""');
    const end = text.indexOf('"""', start + 3) + 3;
    const out = spliceBytes(original, source, [{ start, end, newText: '"""\u65b0\u3057\u3044"""' }]);
    assert.equal(iconv.decode(out, 'shift_jis'), text.slice(0, start) + '"""\u65b0\u3057\u3044"""' + text.slice(end));
    assert.deepEqual(out.subarray(out.length - 18), original.subarray(original.length - 18));
  });
});
