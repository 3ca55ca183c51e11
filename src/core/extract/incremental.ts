/**
 * Extraction for the editor, one syntax tree kept per document: after an edit the old tree is
 * told what changed (`tree.edit`) and the parser reuses every part that did not
 * (`parser.parse(text, oldTree)`), so a one-line edit in a large file is not a full parse.
 * The change is found by comparing the texts (common prefix and suffix), so a caller needs only
 * to hand over the new text; any set of edits becomes the one range that covers them.
 */
import type { Edit, Tree } from '@vscode/tree-sitter-wasm';
import { extractFromTree } from './index';
import { StatementCache } from './statementCache';
import { parseText } from './treeSitter';
import type { ExtractResult, LanguageId } from './types';

interface Kept {
  text: string;
  language: LanguageId;
  tree: Tree;
  /** The facts of the last extraction's top-level statements, reused for those an edit left alone. */
  statements: StatementCache;
}

const BLOCK = 4096;

/** The one edit that turns `before` into `after`, in tree-sitter's terms (offsets and rows/columns in UTF-16 units). */
export function editBetween(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  // Blocks first (string comparison is native), then characters.
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix + BLOCK <= shorter - start && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  // Rows and columns from newline counts: the prefix is shared, so only the changed slices differ
  // (a full line index of both texts cost more than the edit's whole re-parse).
  const startPosition = pointAfter(before, 0, start, { row: 0, column: 0 });
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition,
    oldEndPosition: pointAfter(before, start, oldEnd, startPosition),
    newEndPosition: pointAfter(after, start, newEnd, startPosition),
  };
}

/** The point of `text[to]`, from the point `at` of `text[from]` (columns in UTF-16 units, as the parser is fed). */
function pointAfter(text: string, from: number, to: number, at: { row: number; column: number }): { row: number; column: number } {
  let row = at.row;
  let lineStart = -1;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return lineStart === -1 ? { row, column: at.column + (to - from) } : { row, column: to - lineStart };
}

export class IncrementalExtractor {
  private readonly kept = new Map<string, Kept>();
  /** One extraction at a time per document: each starts from the tree the previous one left. */
  private readonly queues = new Map<string, Promise<unknown>>();

  /** The facts of `text`, document `key`'s current text, parsed from its previous tree when there is one. */
  extract(key: string, text: string, language: LanguageId): Promise<ExtractResult> {
    return this.serialized(key, () => this.extractNow(key, text, language));
  }

  /** Drops a document's tree (closed, or evicted by the caller's bound), after any extraction in flight. */
  forget(key: string): Promise<void> {
    return this.serialized(key, async () => this.drop(key));
  }

  private serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.queues.set(key, run);
    void run
      .finally(() => {
        if (this.queues.get(key) === run) this.queues.delete(key);
      })
      .catch(() => undefined);
    return run;
  }

  private drop(key: string): void {
    this.kept.get(key)?.tree.delete();
    this.kept.delete(key);
  }

  private async extractNow(key: string, text: string, language: LanguageId): Promise<ExtractResult> {
    const previous = this.kept.get(key);
    if (!previous || previous.language !== language) {
      this.drop(key);
      const tree = await parseText(text, language);
      const kept = { text, language, tree, statements: new StatementCache() };
      this.kept.set(key, kept);
      return extractFromTree(tree, text, language, { reuse: kept.statements });
    }
    if (previous.text === text) return extractFromTree(previous.tree, text, language, { reuse: previous.statements });
    // The old tree is edited in place: from here on it matches neither text until the parse is done.
    this.kept.delete(key);
    try {
      previous.tree.edit(editBetween(previous.text, text)!);
      const tree = await parseText(text, language, previous.tree);
      this.kept.set(key, { text, language, tree, statements: previous.statements });
      return extractFromTree(tree, text, language, { reuse: previous.statements });
    } finally {
      previous.tree.delete();
    }
  }

  get size(): number {
    return this.kept.size;
  }
}
