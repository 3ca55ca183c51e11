/** What the pydoclint comparison passes around. */
import type { RuleCode } from '../../../src/core/validate/rules';

export type Style = 'google' | 'numpy' | 'sphinx';
export const STYLES: readonly Style[] = ['google', 'numpy', 'sphinx'];

/** One finding of either tool, reduced to what matching needs: file, the def/class line, rule. */
export interface PeerFinding {
  style: Style;
  /** Relative to the style's data folder, `/`-separated. */
  file: string;
  /** 1-based line of the `def` / `class` keyword. */
  line: number;
  rule: RuleCode;
  /** The tool's own code (DOC103, DW102...) and message, for listings. */
  code: string;
  message: string;
}

/** Matching key: a finding is "the same" when file, function and rule agree. */
export function findingKey(f: Pick<PeerFinding, 'style' | 'file' | 'line' | 'rule'>): string {
  return `${f.style}/${f.file}:${f.line} ${f.rule}`;
}
