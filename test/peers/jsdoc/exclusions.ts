/**
 * Cases left out of the counts, each with the reason. A case is excluded only when the comparison
 * cannot mean anything for it, never because Docwright disagrees; disagreements are fixed or
 * documented as a design choice (issue 10).
 */
export interface Exclusion {
  rule: string;
  kind: 'valid' | 'invalid';
  /** Index of the case in the upstream file's `valid` / `invalid` array. */
  index: number;
  reason: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [];
