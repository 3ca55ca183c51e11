/**
 * Text that comes from outside (a model's answer, a server's error body) is data: before it is
 * written into a source file or printed on a terminal, terminal control sequences, control
 * characters and the bidirectional overrides that hide code from reviewers (Trojan Source,
 * CVE-2021-42574) are removed, and its length is capped.
 */

// ESC-introduced sequences first, whole: CSI (`ESC [ ... final`), OSC / DCS / SOS / PM / APC
// strings (ended by BEL or ST), and two-character escapes. The C1 forms (U+009B CSI, U+009D OSC...)
// are covered by the same patterns. Removing only the ESC would leave `[2J` or a title in the text.
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
const OTHER_ESCAPE = /\u001b[ -/]*[0-~]?/g;
// C0 except tab and newline (CR is a line ending, normalised by the caller), DEL, C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional embeddings, overrides and isolates; the line and paragraph separators, which some
// tools treat as line breaks and others do not; the byte order mark and zero-width no-break space.
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

export interface UntrustedTextOptions {
  /** Keep line breaks (descriptions); without, every run of whitespace becomes one space. */
  multiline?: boolean;
  /** Cut longer text at a word boundary (default: no cap). */
  maxLength?: number;
}

/** `text` without terminal sequences, control characters and bidi overrides; CRLF and CR become LF. */
export function stripControls(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(STRING_SEQUENCE, '')
    .replace(CSI, '')
    .replace(OTHER_ESCAPE, '')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '');
}

/** At most `max` characters, cut at the last word boundary before it (a character boundary if there is none), marked with "...". */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 3);
  let cut = text.slice(0, room);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const boundary = cut.search(/\s\S*$/);
  if (boundary > room / 2) cut = cut.slice(0, boundary);
  return `${cut.trimEnd()}...`;
}

/** Untrusted text made safe to write or print. */
export function untrustedText(text: string, options: UntrustedTextOptions = {}): string {
  let clean = stripControls(text);
  if (!options.multiline) clean = clean.replace(/\s+/g, ' ').trim();
  return options.maxLength !== undefined ? capLength(clean, options.maxLength) : clean;
}

// Everything a terminal could act on: C0 but tab (and newline, when kept), DEL, C1, bidi controls.
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNPRINTABLE_KEEP_NEWLINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * `text` for a terminal line: every control or bidi character shown as an escape (`\x1b`,
 * `\u202e`), never acted on. For what the CLI prints about files: their names and the docstring
 * text quoted in a finding come from the repository, which may hold escape sequences.
 */
export function visible(text: string, options: { keepNewlines?: boolean } = {}): string {
  const pattern = options.keepNewlines ? UNPRINTABLE_KEEP_NEWLINES : UNPRINTABLE;
  return text.replace(pattern, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
