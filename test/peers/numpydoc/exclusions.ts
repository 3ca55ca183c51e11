/**
 * Findings left out of the comparison on purpose, each with its reason: a numpydoc convention that
 * Docwright does not share (README, "Differences from numpydoc"). An entry names a finding by its
 * key (`<file>:<qualname> <DW rule>`, see findingKey) and applies to both tools' findings with it.
 */
export interface Exclusion {
  key: string;
  reason: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [];

export function exclusionFor(key: string): Exclusion | undefined {
  return EXCLUSIONS.find((e) => key === e.key);
}
