/**
 * The editor's document-symbol provider as a second opinion. Ranges always come from the parser
 * (language-server ranges do not say where a signature ends: pylance-release #1010, pyright #1592),
 * but a function the provider knows and the parser does not is a gap worth reporting.
 */
import type { SymbolFact } from './types';

export interface ProviderSymbol {
  name: string;
  kind: 'class' | 'function' | 'method' | 'constructor';
  /** 0-based line of the symbol's name. */
  line: number;
}

/** Provider symbols with no parser symbol of the same name whose definition spans that line. */
export function missingFromParser(provider: readonly ProviderSymbol[], parsed: readonly SymbolFact[], lineOf: (offset: number) => number): ProviderSymbol[] {
  return provider.filter((p) => {
    // Anonymous inline functions (`items.map() callback`, `<function>`) are not documentable symbols.
    if (!/^[\p{L}_$#][\p{L}\p{N}_$]*$/u.test(p.name.replace(/^#/, '')) && p.kind !== 'constructor') return false;
    const name = p.kind === 'constructor' ? 'constructor' : p.name.replace(/\(.*$/, '');
    return !parsed.some((s) => s.kind !== 'module' && s.name === name && lineOf(s.range.start) <= p.line && p.line <= lineOf(s.range.end));
  });
}
