/**
 * Findings left out of the comparison on purpose, each with its reason. An entry names a finding
 * by its key (`<style>/<file>:<def line> <DW rule>`, see findingKey) or a prefix of it ending in
 * `/` or `:`, and applies to both tools' findings with that key.
 *
 * Empty for now: the first run measures today's agreement with nothing set aside. Conventions
 * Docwright keeps on purpose go here once README documents them ("Differences from pydoclint").
 */
export interface Exclusion {
  key: string;
  reason: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [];

export function exclusionFor(key: string): Exclusion | undefined {
  return EXCLUSIONS.find((e) => key === e.key || ((e.key.endsWith('/') || e.key.endsWith(':')) && key.startsWith(e.key)));
}
