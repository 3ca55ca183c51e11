/**
 * The Rust API guidelines' doc sections a function owes its readers (C-FAILURE): `# Errors` when it
 * returns a `Result`, `# Panics` when its body may panic, `# Safety` when it is `unsafe`. What the
 * template adds to a new doc and what a check asks of an existing one; `# Examples` (C-EXAMPLE) is
 * asked of no one here: an example must be written by someone who knows the API.
 */
import type { Docstring, DocSection } from '../../core/docstring/model';
import type { SymbolFact } from '../../core/extract/types';
import { rustFacts } from './facts';

export type GuidelineSection = 'Errors' | 'Panics' | 'Safety';

/** The sections `symbol`'s doc should have, in the order std writes them. */
export function guidelineSections(symbol: SymbolFact): GuidelineSection[] {
  const rust = rustFacts(symbol);
  // An unsafe trait's implementers uphold its contract (Clippy's missing_safety_doc asks it too).
  if (rust?.item === 'trait' && rust.isUnsafe) return ['Safety'];
  if (!rust || rust.item !== 'fn') return [];
  const out: GuidelineSection[] = [];
  if (rust.returnsResult) out.push('Errors');
  if (rust.panics?.length) out.push('Panics');
  if (rust.isUnsafe) out.push('Safety');
  return out;
}

/** Those of them `doc` lacks (a heading of that title, any case). */
export function missingGuidelineSections(symbol: SymbolFact, doc: Docstring): GuidelineSection[] {
  // Clippy takes `# Implementation safety` for `# Safety` (an unsafe trait's implementers' duty).
  const written = new Set(doc.sections.map((s) => s.title.trim().toLowerCase().replace(/^implementation safety$/, 'safety')));
  return guidelineSections(symbol).filter((title) => !written.has(title.toLowerCase()));
}

/** Why the guidelines ask for each section, as a finding says it. */
export function whySection(title: GuidelineSection, symbol: SymbolFact): string {
  const panics = rustFacts(symbol)?.panics ?? [];
  switch (title) {
    case 'Errors':
      return 'it returns a Result, and its doc should say when it returns an error (C-FAILURE; Clippy missing_errors_doc).';
    case 'Panics':
      return `its body may panic (${panics.map((p) => `\`${p}\``).join(', ')}), and its doc should say when (C-FAILURE; Clippy missing_panics_doc).`;
    case 'Safety':
      return 'it is unsafe, and its doc should say what the caller must uphold (C-FAILURE; Clippy missing_safety_doc).';
  }
}

/** Sections a new doc starts with, each with a line for the author (or the AI) to replace. */
export function templateSections(symbol: SymbolFact): DocSection[] {
  const panics = rustFacts(symbol)?.panics ?? [];
  const body: Record<GuidelineSection, string> = {
    Errors: 'Returns an error if ...',
    Panics: `Panics if ... (${panics.map((p) => `\`${p}\``).join(', ')}).`,
    Safety: 'The caller must ensure that ...',
  };
  return guidelineSections(symbol).map((title) => ({ title, body: body[title] }));
}
