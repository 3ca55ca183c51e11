/** Turning rendered docstring lines into source text: a Python string literal or a `/** *\/` block. */

export type QuoteStyle = '"""' | "'''";

/**
 * A Python docstring literal. Lines after the first are indented; blank lines carry no trailing
 * whitespace. Text that would end the literal early is neutralised, and any backslash makes it a
 * raw string so the text reads as written (PEP 257).
 */
export function pythonLiteral(lines: string[], indent: string, quote: QuoteStyle, prefix = ''): string {
  const hasBackslash = lines.some((l) => l.includes('\\'));
  // A run of quotes after an odd number of backslashes: in a raw string the escape added below would
  // pair with that backslash and the run would close the literal. Then a plain literal, backslashes doubled.
  const oddBeforeRun = new RegExp(`(?<!\\\\)(?:\\\\\\\\)*\\\\${quote[0]}{3}`);
  const plain = hasBackslash && !prefix && lines.some((l) => oddBeforeRun.test(l));
  const raw = hasBackslash && !prefix && !plain;
  // Every third quote of a run is escaped, so no three unescaped ones stand together (four quotes too).
  const run = new RegExp(`${quote[0]}{3,}`, 'g');
  const escaped = lines.map((line) => (plain ? line.replace(/\\/g, '\\\\') : line).replace(run, (quotes) => quotes.replace(/(.)(.?)(.?)/g, '\\$1$2$3')));
  const last = escaped.length - 1;
  // A raw string cannot end in a backslash right before the closing quotes.
  if (!plain && escaped[last]?.endsWith('\\')) escaped[last] += ' ';
  const opening = `${raw ? 'r' : prefix}${quote}`;
  if (escaped.length <= 1 && !(escaped[0] ?? '').endsWith(quote[0])) return `${opening}${escaped[0] ?? ''}${quote}`;
  const body = escaped.map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n');
  return `${opening}${body}\n${indent}${quote}`;
}

/** A JSDoc / TSDoc block comment. `*\/` inside the text is neutralised. */
export function jsdocComment(lines: string[], indent: string): string {
  const safe = lines.map((line) => line.replace(/\*\//g, '*\\/'));
  if (safe.length === 1 && safe[0].length < 80) return `/** ${safe[0]} */`;
  return ['/**', ...safe.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join(`\n${indent}`);
}
