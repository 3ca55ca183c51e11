/**
 * revive's `exported` rule on the form of a doc comment (github.com/mgechev/revive,
 * rule/exported.go, read at commit 0a7d62c): the first line of interest of the comment must start
 * with the symbol's name and a space; a type's may start with an article first ("A Name ...",
 * "An", "The", "This"). The first line of interest skips blank lines and directives (already gone
 * from `content`, which is CommentGroup.Text), and a comment whose first such line is a
 * `Deprecated: ` paragraph counts as missing.
 */
import { isExportedName, type GoSymbolFact } from './facts';

export type ExportedDocStatus = 'ok' | 'missing' | 'case-mismatch' | 'first-letter-mismatch' | 'unexpected';

/** The kinds revive names in its messages. */
export type ExportedKind = 'function' | 'method' | 'type' | 'const' | 'var';

const ARTICLES = ['A', 'An', 'The', 'This'];

/** revive's firstCommentLine: the first non-blank line, '' when there is none or it starts a `Deprecated: ` paragraph. */
export function firstCommentLine(content: string): string {
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('Deprecated: ')) return '';
    return line;
  }
  return '';
}

/** Everything after the first code point (revive's stripFirstRune). */
function stripFirstRune(s: string): string {
  const first = s.codePointAt(0);
  return first === undefined ? s : s.slice(String.fromCodePoint(first).length);
}

/** revive's checkGoDocStatus for an expected prefix (`Name`, or `A Name` for a type). */
function status(line: string, expected: string): ExportedDocStatus {
  if (line === '') return 'missing';
  const prefix = `${expected.trim()} `;
  if (line.startsWith(prefix)) return 'ok';
  if (!line.toLowerCase().startsWith(prefix.toLowerCase())) return 'unexpected';
  return stripFirstRune(line).startsWith(stripFirstRune(prefix)) ? 'first-letter-mismatch' : 'case-mismatch';
}

/** The status of a doc comment for an exported symbol; `allowArticle` for types. */
export function exportedDocStatus(content: string, name: string, allowArticle = false): ExportedDocStatus {
  const line = firstCommentLine(content);
  let expected = name;
  if (allowArticle) {
    const article = ARTICLES.find((a) => a !== name && line.startsWith(`${a} `));
    if (article) expected = `${article} ${name}`;
  }
  return status(line, expected);
}

/** Whether the comment has the form "Name ..." (or "A Name ..." for a type, with `allowArticle`). */
export function startsWithName(content: string, name: string, allowArticle = false): boolean {
  return exportedDocStatus(content, name, allowArticle) === 'ok';
}

/**
 * revive's message for a comment that is not ok (`displayName` is `T.M` for a method), or
 * undefined when it is. A missing comment gives the "should have comment or be unexported" one.
 */
export function exportedDocMessage(content: string | undefined, kind: ExportedKind, name: string, displayName = name): string | undefined {
  const result = exportedDocStatus(content ?? '', name, kind === 'type');
  if (result === 'ok') return undefined;
  if (result === 'missing') return `exported ${kind} ${displayName} should have comment or be unexported`;
  // revive names the first word after a type's article.
  const line = firstCommentLine(content ?? '');
  const article = kind === 'type' ? ARTICLES.find((a) => a !== name && line.startsWith(`${a} `)) : undefined;
  const firstWord = (article ? line.slice(article.length + 1) : line).split(' ')[0];
  const hint = result === 'case-mismatch' ? ` by using its correct casing, not "${firstWord} ..."` : result === 'first-letter-mismatch' ? ` to match its exported status, not "${firstWord} ..."` : '';
  const articleNote = kind === 'type' ? ' (with optional leading article)' : '';
  return `comment on exported ${kind} ${displayName} should be of the form "${name} ..."${articleNote}${hint}`;
}

/** Methods revive never asks a comment of (they implement well-known interfaces). */
export const COMMON_METHODS: ReadonlySet<string> = new Set(['Error', 'Read', 'ServeHTTP', 'String', 'Write', 'Unwrap']);

/**
 * revive's `exported` finding for one extracted symbol, or undefined. As revive with its default
 * configuration: functions, methods (not the common ones), types (their own comment, else their
 * group's) and consts/vars (a parenthesised group with a comment of its own exempts its specs;
 * a second exported name in one spec is a finding). Not checked, as in revive's defaults: the
 * package (another rule), struct fields, interface methods. Not reproduced: revive's once-per-group
 * report of missing comments, and its exemption of Len/Less/Swap on sort.Interface types.
 */
export function exportedProblem(symbol: GoSymbolFact): string | undefined {
  const valueKind = symbol.kind === 'constant' ? 'const' : 'var';
  const second = symbol.go.otherNames.find(isExportedName);
  // revive checks that only the first name of a spec is exported before looking at the first.
  if ((symbol.kind === 'constant' || symbol.kind === 'variable') && second) return `exported ${valueKind} ${second} should have its own declaration`;
  if (!isExportedName(symbol.name)) return undefined;
  const own = symbol.docstring?.content;
  const group = symbol.go.group;
  switch (symbol.kind) {
    case 'function':
      return exportedDocMessage(own, 'function', symbol.name);
    case 'method': {
      const receiver = symbol.go.receiver;
      if (!receiver || COMMON_METHODS.has(symbol.name)) return undefined;
      return exportedDocMessage(own, 'method', symbol.name, `${receiver.typeName}.${symbol.name}`);
    }
    case 'class':
    case 'interface':
    case 'type':
      return exportedDocMessage(firstCommentLine(own ?? '') !== '' ? own : group?.docstring?.content, 'type', symbol.name);
    case 'constant':
    case 'variable': {
      const kind = valueKind;
      const groupLine = firstCommentLine(group?.docstring?.content ?? '');
      if (firstCommentLine(own ?? '') === '' && groupLine === '') {
        const block = kind === 'const' && group ? ' (or a comment on this block)' : '';
        return `exported ${kind} ${symbol.name} should have comment${block} or be unexported`;
      }
      if (group && groupLine !== '') return undefined;
      return exportedDocMessage(own, kind, symbol.name);
    }
    default:
      return undefined;
  }
}
