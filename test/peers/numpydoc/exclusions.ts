/**
 * Findings left out of the comparison on purpose, each with its reason: a numpydoc convention that
 * Docwright does not share (README, "Differences from numpydoc"). An entry names a finding by its
 * key (`<file>:<qualname> <DW rule>`, see findingKey) and applies to both tools' findings with it.
 *
 * `requires`: the rule Docwright reports on the same object instead. The exclusion holds only while
 * Docwright does report it (the defect is still flagged, under the code of its cause); otherwise the
 * finding counts as a difference again.
 */
import type { RuleCode } from '../../../src/core/validate/rules';

export interface Exclusion {
  key: string;
  reason: string;
  requires?: RuleCode;
}

const COLON = 'numpydoc splits a parameter line at " : " only: "kind: str" documents a parameter named "kind: str" (PR02) and leaves kind undocumented (PR01), its PR10 naming the cause; Docwright reads name kind, type str, and reports the line as DW501 ("Update docstring" writes "kind : str")';
const COMMA = 'numpydoc splits names at ", " only: "a,  b : int" documents a and " b" (PR02) and leaves b undocumented (PR01); Docwright reads a and b, and reports the line as DW501 ("Update docstring" writes each name)';
const UNDERLINE = 'numpydoc does not take "Parameters" over a too short underline for a section (it warns), so a and b are undocumented (PR01); Docwright reads the section and reports the underline as DW501';

export const EXCLUSIONS: readonly Exclusion[] = [
  { key: 'test_validate.py:BadGenericDocStrings.plot DW101', reason: COLON, requires: 'DW501' },
  { key: 'test_validate.py:BadParameters.bad_colon_spacing DW101', reason: COLON, requires: 'DW501' },
  { key: 'test_validate.py:BadParameters.bad_colon_spacing DW102', reason: COLON, requires: 'DW501' },
  { key: 'test_validate.py:BadParameters.bad_parameter_spacing DW101', reason: COMMA, requires: 'DW501' },
  { key: 'test_validate.py:BadParameters.bad_parameter_spacing DW102', reason: COMMA, requires: 'DW501' },
  { key: 'test_validate.py:WarnGenericFormat.too_short_header_underline DW102', reason: UNDERLINE, requires: 'DW501' },
];

/** The exclusion of `key`, if any and if Docwright reports what it requires on the object (`codesOnObject`). */
export function exclusionFor(key: string, codesOnObject: ReadonlySet<string> = new Set()): Exclusion | undefined {
  return EXCLUSIONS.find((e) => key === e.key && (!e.requires || codesOnObject.has(e.requires)));
}

/** Exclusions that did not apply (Docwright no longer reports what they require, or the key is gone). */
export function unusedExclusions(applied: ReadonlySet<string>): Exclusion[] {
  return EXCLUSIONS.filter((e) => !applied.has(e.key));
}
