/**
 * Findings left out of the comparison on purpose, each with its reason. An entry names a finding
 * by its key (`<style>/<file>:<def line> <DW rule>`, see findingKey) or a prefix of it ending in
 * `/` or `:`, and applies to both tools' findings with that key.
 *
 * Each is a convention README documents under "Differences from pydoclint".
 */
export interface Exclusion {
  key: string;
  reason: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [
  {
    key: 'sphinx/allow_init_docstring/cases.py:104 DW401',
    reason: 'pydoclint does not read the Sphinx form ":raises: ValueError: text" (docstring_parser_fork takes it for an unnamed exception); Docwright does',
  },
];

export function exclusionFor(key: string): Exclusion | undefined {
  return EXCLUSIONS.find((e) => key === e.key || ((e.key.endsWith('/') || e.key.endsWith(':')) && key.startsWith(e.key)));
}
