/**
 * The generation pipeline for one text: extract, build a docstring model per symbol (template, or
 * a describer such as the AI), render, place, and prove the result parses with every docstring in
 * place before anyone writes it. A described docstring that cannot be placed gives way to the
 * symbol's template: described text is never a reason to leave a symbol undocumented.
 */
import type { Docstring } from '../docstring/model';
import { conventionsOf, packFor } from '../../languages';
import { extractSymbols } from '../extract';
import type { ExtractResult, LanguageId, SymbolFact } from '../extract/types';
import { applyEdits, docstringEdit, docstringFor, type DocEdit, type GenerateOptions } from './plan';
import { resolveStyle, type StyleSetting } from './style';
import { initDocumentedByClass } from './classInit';
import { lineIndexOf } from '../text/lineIndex';
import type { QuoteStyle } from './literal';
import type { UserTemplate } from './userTemplate';
import type { TypesMode, DocStyle } from '../docstring/model';

/** Fills in a docstring model (AI later); template mode returns it unchanged. */
export type Describer = (symbol: SymbolFact, template: Docstring, signal?: AbortSignal) => Promise<Docstring>;

/** Describes several symbols (with one model request); the results in the order given, one per item. */
export type GroupDescriber = (items: readonly { symbol: SymbolFact; template: Docstring }[], signal?: AbortSignal) => Promise<Docstring[]>;

export interface GenerateRequest {
  style: StyleSetting;
  /** Style from the project's pyproject.toml, for `auto`. */
  projectStyle?: DocStyle;
  types: TypesMode;
  quote: QuoteStyle;
  /** State parameter defaults (`Defaults to X.`, `by default X`, `[name=X]`); default true. */
  mentionDefaults?: boolean;
  /** The user's own layout for new docstrings, checked on load (`compileTemplate`). */
  template?: UserTemplate;
  /** A new docstring from `template` did not read back in its style, so the built-in style was written. */
  onTemplateRejected?: (symbol: SymbolFact, reason: string) => void;
  /** TS/JS: the default selection includes the file overview comment (`docwright.fileOverview`); Python's module docstring always is. */
  fileOverview?: boolean;
  /** Which symbols to document; default: every undocumented one (see `needsDocstring`). */
  select?: (symbol: SymbolFact) => boolean;
  describe?: Describer;
  /** Describes up to `groupSize` consecutive symbols at once; used instead of `describe` when `groupSize` > 1. */
  describeMany?: GroupDescriber;
  /** Symbols per `describeMany` call (default 1: `describe` one by one). */
  groupSize?: number;
  signal?: AbortSignal;
  /** Rewrite an existing docstring in the style it is written in (repairs), not the file's style. */
  keepExistingStyle?: boolean;
  /** The extraction of this very text, when the caller already has it (validation did it): not parsed again. */
  extracted?: ExtractResult;
  /** Called after each selected symbol is prepared, for a done/total progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * How many symbols (or groups, with `describeMany`) are described at once (default 1: one after
   * another). The edits stay in source order whatever order the descriptions finish in;
   * `onProgress` counts symbols.
   */
  concurrency?: number;
  /**
   * A symbol's described docstring could not be rendered or would not parse in place, so its
   * template was written instead (the AI's answer was unusable: a fallback for the caller to count).
   */
  onDescriptionRejected?: (symbol: SymbolFact, reason: string) => void;
  /**
   * Whether the file can hold `text` (a Latin-1 file cannot hold "→"). A described docstring that
   * it cannot hold gives way to the template, like one that does not parse; default: any text.
   */
  encodable?: (text: string) => boolean;
}

export interface SymbolFailure {
  symbol: SymbolFact;
  /** 1-based line of the symbol. */
  line: number;
  reason: string;
}

export interface FileGeneration {
  extracted: ExtractResult;
  style: DocStyle;
  edits: DocEdit[];
  newText: string;
  documented: SymbolFact[];
  failures: SymbolFailure[];
}

export class SourceParseError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super(`the file does not parse (Docwright's parser stops at line ${line}, column ${column}); fix the syntax there first, nothing was changed`);
  }
}

/**
 * Undocumented, and a place where a docstring belongs (not an overload stub of Python, not a TS
 * implementation behind overloads; a TS/JS file overview only when `fileOverview` asks for it).
 */
export function needsDocstring(symbol: SymbolFact): boolean {
  if (symbol.docstring) return false;
  if (isFileOverview(symbol)) return false;
  if (conventionsOf(symbol.language).docless(symbol)) return false;
  // A Go const or var whose group's comment documents it.
  if (conventionsOf(symbol.language).sharesDoc?.(symbol)) return false;
  if (symbol.hasOverloads) return false;
  return true;
}

/** A TS/JS file itself, whose overview comment is written on request (the cursor command, `fileOverview`). */
export function isFileOverview(symbol: SymbolFact): boolean {
  return symbol.kind === 'module' && conventionsOf(symbol.language).moduleDoc === 'onRequest';
}

/** The symbols a file run documents: every one that needs a docstring, and the file overview when asked for. */
export function inFileRun(symbol: SymbolFact, fileOverview = false): boolean {
  return needsDocstring(symbol) || (fileOverview && !symbol.docstring && isFileOverview(symbol));
}

/** 1-based line of `offset`; the text's line index is built once and shared by every call. */
export function lineOf(text: string, offset: number): number {
  return lineIndexOf(text).lineOf(offset);
}

const position = (text: string, offset: number) => lineIndexOf(text).position(offset);

/** A symbol's planned edit; `template` rebuilds its template docstring when a described one is unusable. */
interface Planned {
  symbol: SymbolFact;
  edit: DocEdit;
  template?: () => DocEdit;
  /** Set when this edit is the template that replaced an unusable described docstring. */
  rejected?: string;
}

const NOT_PLACED = 'the described docstring would not parse in place';

export async function generateDocstrings(text: string, language: LanguageId, request: GenerateRequest): Promise<FileGeneration> {
  const extracted = request.extracted ?? (await extractSymbols(text, language));
  if (extracted.hasErrors) {
    const at = position(text, extracted.errorOffset ?? 0);
    throw new SourceParseError(at.line, at.column);
  }
  const style = resolveStyle(request.style, language, extracted.symbols, request.projectStyle);
  const options: GenerateOptions = { style, types: request.types, quote: request.quote, template: request.template, onTemplateRejected: request.onTemplateRejected };
  const templateOptions = { mentionDefaults: request.mentionDefaults ?? true };
  const selected = extracted.symbols.filter(request.select ?? ((s) => inFileRun(s, request.fileOverview) && !initDocumentedByClass(extracted.symbols, s)));
  const failures: SymbolFailure[] = [];
  // One slot per selected symbol, filled as descriptions finish, read back in source order.
  const outcomes: (Planned | { failure: SymbolFailure })[] = new Array(selected.length);
  let next = 0;
  let done = 0;
  let stopped = false;
  const failed = (index: number, error: unknown) => {
    const symbol = selected[index];
    outcomes[index] = { failure: { symbol, line: lineOf(text, symbol.range.start), reason: error instanceof Error ? error.message : String(error) } };
  };
  const stop = (error: unknown): boolean => {
    if (request.signal?.aborted || isAbortError(error)) stopped = true; // the other workers take no new symbol
    return stopped;
  };
  /** The symbol's style and template, before it is described. */
  const prepare = (index: number) => {
    const symbol = selected[index];
    const own = request.keepExistingStyle && symbol.docstring ? (packFor(language).detectStyle(symbol.docstring.content, symbol.docstring.raw) ?? style) : style;
    const paramsOnClass = initDocumentedByClass(extracted.symbols, symbol);
    return { symbol, own, paramsOnClass, template: docstringFor(symbol, own, paramsOnClass, templateOptions) };
  };
  /** The symbol's edit from its described docstring; the template's when that cannot be used. */
  const finish = (index: number, prepared: ReturnType<typeof prepare>, doc: Docstring) => {
    const { symbol, own, paramsOnClass, template } = prepared;
    const editOf = (d: Docstring) => docstringEdit(text, extracted, symbol, d, { ...options, style: own });
    // Built again from the symbol: a describer may have changed the object it was given.
    const templateEdit = () => editOf(docstringFor(symbol, own, paramsOnClass, templateOptions));
    if (doc === template) outcomes[index] = { symbol, edit: editOf(doc) };
    else {
      let edit: DocEdit | undefined;
      try {
        edit = editOf(doc);
      } catch (error) {
        outcomes[index] = { symbol, edit: templateEdit(), rejected: `the described docstring could not be rendered: ${error instanceof Error ? error.message : String(error)}` };
      }
      if (edit && request.encodable && !request.encodable(edit.newText)) {
        outcomes[index] = { symbol, edit: templateEdit(), rejected: "the described docstring has characters the file's encoding cannot hold" };
      } else if (edit) outcomes[index] = { symbol, edit, template: templateEdit };
    }
  };
  const worker = async (): Promise<void> => {
    while (!stopped && next < selected.length) {
      request.signal?.throwIfAborted();
      const index = next++;
      try {
        const prepared = prepare(index);
        finish(index, prepared, request.describe ? await request.describe(prepared.symbol, prepared.template, request.signal) : prepared.template);
      } catch (error) {
        if (stop(error)) throw error;
        failed(index, error);
      }
      request.onProgress?.(++done, selected.length);
    }
  };
  // Consecutive symbols share a request: methods of one class share its context line.
  const groupSize = request.describeMany ? Math.max(1, Math.floor(request.groupSize ?? 1)) : 1;
  const groupWorker = async (): Promise<void> => {
    const describeMany = request.describeMany;
    while (describeMany && !stopped && next < selected.length) {
      request.signal?.throwIfAborted();
      const first = next;
      next = Math.min(selected.length, next + groupSize);
      const indexes = Array.from({ length: next - first }, (_, i) => first + i);
      const prepared = new Map<number, ReturnType<typeof prepare>>();
      for (const index of indexes) {
        try {
          prepared.set(index, prepare(index));
        } catch (error) {
          failed(index, error);
        }
      }
      const members = [...prepared.entries()];
      try {
        const docs = members.length ? await describeMany(members.map(([, p]) => ({ symbol: p.symbol, template: p.template })), request.signal) : [];
        for (const [i, [index, p]] of members.entries()) {
          try {
            finish(index, p, docs[i] ?? p.template);
          } catch (error) {
            failed(index, error);
          }
        }
      } catch (error) {
        if (stop(error)) throw error;
        for (const [index] of members) failed(index, error);
      }
      done += indexes.length;
      request.onProgress?.(done, selected.length);
    }
  };
  const requested = Math.floor(request.concurrency ?? 1);
  const workers = Math.max(1, Math.min(Number.isFinite(requested) ? requested : 1, Math.ceil(selected.length / groupSize)));
  await Promise.all(Array.from({ length: workers }, groupSize > 1 ? groupWorker : worker));
  const planned: Planned[] = [];
  for (const outcome of outcomes) {
    if ('failure' in outcome) failures.push(outcome.failure);
    else planned.push(outcome);
  }
  let accepted = planned;
  if (!(await verified(text, language, accepted))) {
    // Find the edits that break the file one by one; keep the rest.
    const good: Planned[] = [];
    for (const item of planned) {
      if (await verified(text, language, [item])) good.push(item);
      else {
        const fallback = templateInstead(item);
        if (fallback && (await verified(text, language, [fallback]))) good.push(fallback);
        else failures.push({ symbol: item.symbol, line: lineOf(text, item.symbol.range.start), reason: 'the docstring would not parse in place; the symbol was left unchanged' });
      }
    }
    accepted = (await verified(text, language, good)) ? good : [];
    if (accepted.length === 0) {
      for (const item of good) failures.push({ symbol: item.symbol, line: lineOf(text, item.symbol.range.start), reason: 'the combined result would not parse; nothing was changed' });
    }
  }
  for (const item of accepted) if (item.rejected) request.onDescriptionRejected?.(item.symbol, item.rejected);
  const edits = accepted.map((p) => p.edit);
  return {
    extracted,
    style,
    edits,
    newText: applyEdits(text, edits),
    documented: accepted.map((p) => p.symbol),
    failures: failures.sort((a, b) => a.line - b.line),
  };
}

/** The symbol's template in place of its described docstring, if it has one that renders. */
function templateInstead(item: Planned): Planned | undefined {
  if (!item.template) return undefined;
  try {
    return { symbol: item.symbol, edit: item.template(), rejected: NOT_PLACED };
  } catch {
    return undefined;
  }
}

/** A cancellation thrown by a describer (an AbortError), even when the run's own signal is not aborted. */
function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The edited text parses, and every edited symbol now has its docstring where the parser looks for it (one parse). */
async function verified(text: string, language: LanguageId, items: Planned[]): Promise<boolean> {
  if (items.length === 0) return true;
  const newText = applyEdits(text, items.map((i) => i.edit));
  const after = await extractSymbols(newText, language);
  if (after.hasErrors) return false;
  const byId = new Map(after.symbols.map((s) => [s.id, s]));
  return items.every((i) => byId.get(i.symbol.id)?.docstring !== undefined);
}
