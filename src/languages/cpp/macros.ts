/**
 * Macros a grammar cannot read. Real headers wrap their declarations in macros that expand to
 * attributes or to nothing: `_GLIBCXX_BEGIN_NAMESPACE_VERSION` alone on a line, `namespace std
 * _GLIBCXX_VISIBILITY(default) {`, `int f() _GLIBCXX_NOEXCEPT;`, `extern int f (int) __THROW
 * __nonnull ((1));`, `_GLIBCXX20_CONSTEXPR int f();`. tree-sitter-cpp reads them as ERROR nodes that
 * swallow the declarations around them. `maskMacros` blanks such uses with spaces, line breaks and
 * length kept, so that every offset into the masked text is the same offset into the real one:
 * parse the masked text, extract with the real one (what Doxygen's PREDEFINED does for its parser).
 *
 * Blanked, outside comments and string literals:
 * - a line holding only an upper-case macro name, with or without arguments (`Q_OBJECT`,
 *   `__BEGIN_DECLS`, `_GLIBCXX_BEGIN_NAMESPACE_VERSION`), not a preprocessor line, not an
 *   enumerator, not a return type above its function's name (`BOOL` above `Foo(void)`);
 * - an upper-case macro between `class`/`struct`/`union` and the name (`class
 *   _GLIBCXX_ABI_TAG_CXX11 failure :`, `class MYLIB_EXPORT Widget {`);
 * - a reserved name (`__x` or `_X`: the implementation's macros) with its arguments where a
 *   declaration cannot hold a name: after a declarator's `)` up to its `;`, `{`, `=` or `:`, after a
 *   namespace's name, and before a declaration's first word at the start of its line.
 * C++'s own keywords and GNU's `__attribute__`, `__declspec`, `__restrict`, `__inline`, `__extension__`
 * and the like, which the grammar reads, are kept.
 */

/** Reserved words tree-sitter-cpp reads itself. */
const KNOWN = new Set([
  '__attribute__', '__attribute', '__declspec', '__restrict', '__restrict__', '__inline', '__inline__', '__extension__',
  '__asm__', '__asm', '__volatile__', '__const', '__signed__', '__thread', '__typeof__', '__typeof', '__alignof__', '__cdecl',
  '__stdcall', '__fastcall', '__thiscall', '__vectorcall', '_Atomic', '_Noreturn', '_Alignas', '_Alignof', '_Bool', '_Complex',
  '_Generic', '_Static_assert', '_Thread_local', '__based', '__unaligned', '__ptr32', '__ptr64', '__sptr', '__uptr', '__int128',
  '__forceinline', '_Nonnull', '_Nullable', '__try', '__except', '__finally', '__leave', '__clrcall', '__builtin_va_list',
  '__func__', '__FUNCTION__', '__PRETTY_FUNCTION__', '__LINE__', '__FILE__', '__cplusplus', '__VA_ARGS__', '__has_include',
]);

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** The text with comments and string/char literals blanked, so that the patterns below see code only. */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\r\n]*|"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'/g, blank);
}

/** A reserved macro name and its arguments (one level of nested parentheses, `__nonnull ((1, 2))`). */
const RESERVED_USE = /\b(_[_A-Z]\w*)(\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?/g;

export function maskMacros(text: string): string {
  const code = codeOnly(text);
  const spans: [number, number][] = [];
  // A line holding only a macro name (and its arguments); not an enumerator (after a `,`, or alone between `{` and `}`).
  const lines = code.split('\n');
  let at = 0;
  lines.forEach((line, i) => {
    const m = /^([ \t]*)([A-Z_][A-Z0-9_]{2,})([ \t]*\([^()]*\))?[ \t]*\r?$/.exec(line);
    if (m && /[A-Z]/.test(m[2]) && !KNOWN.has(m[2])) {
      const before = previousCode(lines, i);
      const after = nextCode(lines, i);
      const enumerator = before.endsWith(',') || (before.endsWith('{') && after.startsWith('}'));
      // `BOOL` above `Foo(void)`: a return type on its own line (GNU and Windows layouts), not a macro.
      const returnType = /^[A-Za-z_][\w:~]*\s*\(/.test(after) && !/^[A-Z_][A-Z0-9_]*\s*\(/.test(after);
      if (!enumerator && !returnType) spans.push([at + m[1].length, at + line.replace(/\r$/, '').length]);
    }
    at += line.length + 1;
  });
  // Reserved names where no name can be: between `)` and the end of a declarator, after a namespace's
  // name, before the first word of a declaration.
  for (const m of code.matchAll(/\)((?:\s*(?:const|noexcept|override|final|volatile|&&?)\b)*)((?:\s*\b_[_A-Z]\w*(?:\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?)+)(?=\s*[;{=:,]|\s*$)/gm)) {
    addReserved(spans, m[2], m.index! + 1 + m[1].length);
  }
  // `class _GLIBCXX_ABI_TAG_CXX11 failure`, `struct EXPORT_API Foo`: a macro between the keyword and the name.
  for (const m of code.matchAll(/\b(?:class|struct|union)\s+((?:_[_A-Z][A-Z0-9_]*|[A-Z][A-Z0-9]*_[A-Z0-9_]*)(?:\s*\([^()]*\))?)\s+(?=[A-Za-z_]\w*\s*(?:final\b|[:{]))/g)) {
    const at = m.index! + m[0].indexOf(m[1]);
    spans.push([at, at + m[1].length]);
  }
  for (const m of code.matchAll(/\bnamespace\s+[\w:]+((?:\s*\b_[_A-Z]\w*(?:\s*\([^()]*\))?)+)(?=\s*\{)/g)) {
    addReserved(spans, m[1], m.index! + m[0].length - m[1].length);
  }
  // (Only names that look like macros: `_Tp x;` declares `x` of template parameter type `_Tp`.)
  for (const m of code.matchAll(/^([ \t]*(?:(?:template\s*<[^;{}]*>|extern|static|inline|constexpr|virtual|explicit|friend)\s+)*)((?:\b(?:_[_A-Z][A-Z0-9_]*|__\w+__|__extern_\w+|__attribute_\w+)(?:\s*\((?:[^()]|\([^()]*\))*\))?\s+)+)(?=[A-Za-z_:~])/gm)) {
    addReserved(spans, m[2], m.index! + m[1].length);
  }
  if (!spans.length) return text;
  const chars = text.split('');
  for (const [start, end] of spans) for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  return chars.join('');
}

function previousCode(lines: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim() && !lines[j].trim().startsWith('#')) return lines[j].trim();
  return '';
}

function nextCode(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() && !lines[j].trim().startsWith('#')) return lines[j].trim();
  return '';
}

/** The reserved macro uses in `segment` (which starts at `offset`) that tree-sitter does not read itself. */
function addReserved(spans: [number, number][], segment: string, offset: number): void {
  for (const use of segment.matchAll(RESERVED_USE)) {
    if (!KNOWN.has(use[1])) spans.push([offset + use.index!, offset + use.index! + use[0].length]);
  }
}

/**
 * The braces of a C header's C++ guard blanked: `#ifdef __cplusplus` / `extern "C" {` / `#endif`
 * and `#ifdef __cplusplus` / `}` / `#endif` (every C library header has the pair). tree-sitter
 * cannot pair braces across preprocessor blocks and reads the file with an error; a C compiler never
 * sees them either. Offsets and line breaks are kept.
 */
export function maskCplusplusGuards(text: string): string {
  const guard = /^([ \t]*#[ \t]*(?:ifdef[ \t]+__cplusplus|if[ \t]+defined[ \t]*\(?[ \t]*__cplusplus[ \t]*\)?)[ \t]*(?:\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/)?[ \t]*\r?\n)([ \t]*(?:extern[ \t]+"C"[ \t]*\{|\})[ \t]*(?:\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/)?[ \t]*)(?=\r?\n[ \t]*#[ \t]*endif\b)/gm;
  return text.replace(guard, (_all, open: string, braces: string) => open + blank(braces));
}

/** What tree-sitter reads for a C or C++ file: unreadable macros and C++ guard braces blanked. */
export const cppParseInput = (text: string): string => maskCplusplusGuards(maskMacros(text));
