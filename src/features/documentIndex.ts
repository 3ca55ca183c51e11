/** Parsed facts per open document version, so moving the cursor never re-parses an unchanged document. */
import type * as vscode from 'vscode';
import { isSupportedLanguage } from '../core/extract';
import { IncrementalExtractor } from '../core/extract/incremental';
import type { ExtractResult, SymbolFact } from '../core/extract/types';
import type { WorkKind } from '../core/metrics/types';

/** Told how long each piece of editor work took (for the metrics). */
export type WorkTimer = (what: WorkKind, ms: number) => void;

const MAX_ENTRIES = 16;
/** Documents larger than this are parsed only when asked, never ahead of time. */
const WARM_UP_LIMIT = 512 * 1024;

export class DocumentIndex {
  private readonly entries = new Map<string, { version: number; result: Promise<ExtractResult> }>();
  /** One syntax tree per document, re-parsed incrementally after each edit. */
  private readonly trees = new IncrementalExtractor();

  constructor(private readonly onWork?: WorkTimer) {}

  async symbols(document: vscode.TextDocument): Promise<ExtractResult | undefined> {
    if (!isSupportedLanguage(document.languageId)) return undefined;
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const startedAt = performance.now();
    const result = this.trees.extract(key, document.getText(), document.languageId);
    void result.then(() => this.onWork?.('extract', performance.now() - startedAt), () => undefined);
    this.entries.delete(key);
    this.entries.set(key, { version: document.version, result });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
      void this.trees.forget(oldest);
    }
    return result;
  }

  /**
   * Parse a newly opened supported document in the background, so its first lightbulb does not
   * wait for the grammar to load. Errors are ignored: the real request reports them.
   */
  warmUp(document: vscode.TextDocument): void {
    if (!isSupportedLanguage(document.languageId) || document.getText().length > WARM_UP_LIMIT) return;
    setTimeout(() => void this.symbols(document).catch(() => undefined), 0);
  }

  forget(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
    void this.trees.forget(document.uri.toString());
  }
}

/** The innermost symbol whose signature (decorators through the end of the signature) contains `offset`. */
export function symbolAt(symbols: readonly SymbolFact[], offset: number): SymbolFact | undefined {
  let best: SymbolFact | undefined;
  for (const symbol of symbols) {
    if (symbol.kind === 'module') continue;
    const { start, end } = symbol.signatureRange;
    if (offset < start || offset > end) continue;
    if (!best || start >= best.signatureRange.start) best = symbol;
  }
  return best;
}

/**
 * For the cursor command: the symbol at `offset`, else the file itself when the cursor is at its top
 * (the first line, the comment header, or its docstring / overview comment), so a module docstring
 * or a TS/JS file overview can be asked for where it goes.
 */
export function symbolOrFileAt(symbols: readonly SymbolFact[], text: string, offset: number): SymbolFact | undefined {
  const found = symbolAt(symbols, offset);
  if (found) return found;
  const file = symbols.find((s) => s.kind === 'module');
  if (!file) return undefined;
  const firstLineEnd = text.indexOf('\n');
  const inDoc = file.docstring !== undefined && file.docstring.range.start <= offset && offset <= file.docstring.range.end;
  return offset <= file.insertion.end || offset <= (firstLineEnd === -1 ? text.length : firstLineEnd) || inDoc ? file : undefined;
}