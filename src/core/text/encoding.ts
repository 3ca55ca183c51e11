/**
 * Source files as bytes. Docwright owns only the bytes it inserts: a file is decoded the way its
 * language reads it (UTF-8, a byte order mark, Python's PEP 263 coding declaration), accepted only
 * when decoding is exact (encoding the text again gives the same bytes), and edited by splicing
 * the encoded insertions into the original bytes, so every other byte is copied, never re-encoded.
 * iconv-lite does the legacy codecs (Latin-1, cp1252, Shift-JIS...), which Node can decode but
 * not encode.
 */
import * as iconv from 'iconv-lite';
import type { LanguageId } from '../extract/types';
import { packFor } from '../../languages';

export interface DecodedSource {
  /** The text the parser sees: without the byte order mark. */
  text: string;
  /** iconv-lite's name of the encoding (`utf-8`, `iso-8859-1`, `shift_jis`...). */
  encoding: string;
  /** Where the name came from, for messages. */
  declaredBy: 'default' | 'bom' | 'coding declaration';
  /** The byte order mark's bytes (empty when there is none); they stay first in the file. */
  bom: Uint8Array;
}

/** Why a file cannot be edited without changing bytes Docwright does not own. */
export class EncodingError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

// PEP 263: `coding[:=]name` in a comment on line 1, or on line 2 when line 1 is blank or a comment.
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:#|$)/;

/** The coding a Python file declares (CPython's `detect_encoding`), or undefined. */
export function pythonCodingDeclaration(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII; reading the first two lines as Latin-1 never fails.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const [first = '', second = ''] = head.split(/\r\n|\r|\n/, 2);
  const fromFirst = CODING.exec(first)?.[1];
  if (fromFirst) return fromFirst;
  return BLANK_OR_COMMENT.test(first) ? CODING.exec(second)?.[1] : undefined;
}

/** CPython's `get_normal_name`, then iconv-lite's spelling. */
function normalEncodingName(declared: string): string {
  const name = declared.toLowerCase().replace(/_/g, '-');
  if (name === 'utf-8' || name.startsWith('utf-8-') || name === 'utf8') return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(name)) return 'iso-8859-1';
  return name;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/** One decoder for every file: without `stream`, each decode starts afresh. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array, bomLength: number, what: string): string {
  try {
    return UTF8.decode(bytes.subarray(bomLength));
  } catch {
    const at = bomLength + firstInvalidUtf8(bytes.subarray(bomLength));
    throw new EncodingError(`not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at}); ${what}`);
  }
}

/** Decode with a codec of iconv-lite, accepted only when encoding the text gives the same bytes back. */
function decodeExactly(bytes: Uint8Array, encoding: string, bomLength: number, label: string): string {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.length - bomLength);
  const text = iconv.decode(body, encoding, { stripBOM: false });
  const back = iconv.encode(text, encoding, { addBOM: false });
  if (!back.equals(body)) {
    let at = 0;
    while (at < body.length && back[at] === body[at]) at++;
    throw new EncodingError(`bytes that are not valid ${label} (offset ${bomLength + at}) could not be kept exactly`);
  }
  return text;
}

/**
 * The text of a source file, or an EncodingError saying why Docwright will not edit it, as its
 * language's pack reads it (decodePythonSource, decodeByBom).
 */
export function decodeSource(bytes: Uint8Array, language: LanguageId): DecodedSource {
  return packFor(language).decode(bytes);
}

/** Python: UTF-8 unless a PEP 263 declaration names another codec, a UTF-8 BOM allowed. */
export function decodePythonSource(bytes: Uint8Array): DecodedSource {
  const bom = startsWith(bytes, UTF8_BOM);
  const declared = pythonCodingDeclaration(bom ? bytes.subarray(3) : bytes);
  const encoding = declared ? normalEncodingName(declared) : 'utf-8';
  if (bom && encoding !== 'utf-8') throw new EncodingError(`the file starts with a UTF-8 byte order mark but declares coding ${declared}; Python rejects it too`);
  const declaredBy = bom ? 'bom' : declared ? 'coding declaration' : 'default';
  const bomBytes = bom ? bytes.slice(0, 3) : new Uint8Array(0);
  if (encoding === 'utf-8') {
    const text = decodeUtf8(bytes, bomBytes.length, declared ? `the file declares coding ${declared}` : 'Python reads source files as UTF-8 unless a "# -*- coding: ... -*-" line names another encoding');
    return { text, encoding, declaredBy, bom: bomBytes };
  }
  if (!iconv.encodingExists(encoding)) throw new EncodingError(`the file declares coding ${declared}, which Docwright cannot read`);
  return { text: decodeExactly(bytes, encoding, 0, declared ?? encoding), encoding, declaredBy, bom: bomBytes };
}

/**
 * UTF-8 with or without a BOM, or UTF-16 with its BOM (as the TypeScript compiler reads files);
 * `readers` names who reads them so in the message about bytes that are not UTF-8.
 */
/** Languages whose source is UTF-8 by definition (Go, Rust), with or without a BOM their compilers skip: a UTF-16 file is not source. */
export function decodeUtf8Source(bytes: Uint8Array, language: string): DecodedSource {
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    throw new EncodingError(`the file starts with a UTF-16 byte order mark; ${language} source files are UTF-8`);
  }
  return decodeByBom(bytes, `${language} source`);
}

export function decodeByBom(bytes: Uint8Array, readers: string): DecodedSource {
  for (const [mark, encoding] of [[UTF16LE_BOM, 'utf-16le'], [UTF16BE_BOM, 'utf-16be']] as const) {
    if (startsWith(bytes, mark) && !startsWith(bytes, UTF8_BOM)) {
      return { text: decodeExactly(bytes, encoding, 2, encoding.toUpperCase()), encoding, declaredBy: 'bom', bom: bytes.slice(0, 2) };
    }
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const text = decodeUtf8(bytes, bom ? 3 : 0, `${readers} files are read as UTF-8 (or UTF-16 with a byte order mark)`);
  return { text, encoding: 'utf-8', declaredBy: bom ? 'bom' : 'default', bom: bom ? bytes.slice(0, 3) : new Uint8Array(0) };
}

function byteLength(text: string, encoding: string): number {
  return encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : iconv.encode(text, encoding, { addBOM: false }).length;
}

function encode(text: string, encoding: string): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding, { addBOM: false });
}

/** Whether `text` encodes in `encoding` and reads back unchanged (no character would be replaced). */
export function canEncode(text: string, encoding: string): boolean {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
  return iconv.decode(iconv.encode(text, encoding, { addBOM: false }), encoding, { stripBOM: false }) === text;
}

/** A replacement of `text.slice(start, end)` by `newText`, in the decoded text's offsets. */
export interface TextSplice {
  start: number;
  end: number;
  newText: string;
}

/**
 * The file's new bytes: the original bytes with each edit's range replaced by the encoded new
 * text; nothing else is re-encoded. Throws an EncodingError when an inserted text has a character
 * the file's encoding cannot hold (it would be replaced, which Docwright never does).
 */
export function spliceBytes(original: Uint8Array, source: DecodedSource, edits: readonly TextSplice[]): Buffer {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [Buffer.from(source.bom)];
  let byte = source.bom.length;
  let offset = 0;
  const take = (bytes: number) => {
    parts.push(Buffer.from(original.buffer, original.byteOffset + byte, bytes));
    byte += bytes;
  };
  for (const edit of sorted) {
    if (edit.start < offset || edit.end < edit.start || edit.end > source.text.length) throw new RangeError('overlapping or out-of-range edits');
    take(byteLength(source.text.slice(offset, edit.start), source.encoding));
    const removed = byteLength(source.text.slice(edit.start, edit.end), source.encoding);
    byte += removed;
    if (!canEncode(edit.newText, source.encoding)) {
      const bad = [...edit.newText].find((c) => !canEncode(c, source.encoding));
      throw new EncodingError(`the new docstring has a character ${bad ? `(${JSON.stringify(bad)}, U+${bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}) ` : ''}that ${source.encoding} cannot hold`);
    }
    parts.push(encode(edit.newText, source.encoding));
    offset = edit.end;
  }
  take(original.length - byte);
  return Buffer.concat(parts);
}
