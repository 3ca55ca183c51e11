/**
 * Extraction for the editor, one syntax tree kept per document: after an edit the old tree is
 * told what changed (`tree.edit`) and the parser reuses every part that did not
 * (`parser.parse(text, oldTree)`), so a one-line edit in a large file is not a full parse.
 * The change is found by comparing the texts (common prefix and suffix), so a caller needs only
 * to hand over the new text; any set of edits becomes the one range that covers them.
 */
import type { Edit, Tree } from '@vscode/tree-sitter-wasm';
import { LineIndex } from '../text/lineIndex';
import { extractFromTree } from './index';
import { StatementCache } from './python';
import { parseText } from './treeSitter';
import type { ExtractResult, LanguageId } from './types';

interface Kept {
  text: string;
  language: LanguageId;
  tree: Tree;
  /** The facts of the last extraction's top-level statements, reused for those an edit left alone. */
  statements: StatementCache;
}

/** The one edit that turns `before` into `after`, in tree-sitter's terms (offsets and rows/columns in UTF-16 units). */
export function editBetween(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const point = (index: LineIndex, offset: number) => {
    const { line, column } = index.position(offset);
    return { row: line - 1, column: column - 1 };
  };
  const old = new LineIndex(before);
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: point(old, start),
    oldEndPosition: point(old, oldEnd),
    newEndPosition: point(new LineIndex(after), newEnd),
  };
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
      return extractFromTree(tree, text, language, false, kept.statements);
    }
    if (previous.text === text) return extractFromTree(previous.tree, text, language, false, previous.statements);
    // The old tree is edited in place: from here on it matches neither text until the parse is done.
    this.kept.delete(key);
    try {
      previous.tree.edit(editBetween(previous.text, text)!);
      const tree = await parseText(text, language, previous.tree);
      this.kept.set(key, { text, language, tree, statements: previous.statements });
      return extractFromTree(tree, text, language, false, previous.statements);
    } finally {
      previous.tree.delete();
    }
  }

  get size(): number {
    return this.kept.size;
  }
}
