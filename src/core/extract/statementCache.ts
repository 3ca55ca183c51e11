import type { SymbolFact } from './types';

/**
 * The symbols of each top-level statement of the last extraction of a document, by the
 * statement's text (with its column and the file's indentation unit, all a statement's facts
 * depend on): after an edit, only the statements that changed are extracted again; the others'
 * facts are moved by how far the statement moved. A pack that does not use it extracts afresh.
 */
export class StatementCache {
  entries = new Map<string, { start: number; symbols: SymbolFact[] }>();
}
