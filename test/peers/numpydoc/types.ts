/** What the numpydoc comparison passes around. */
import type { RuleCode } from '../../../src/core/validate/rules';

/** The numpydoc checks issue 10 compares, and the Docwright rule each corresponds to. */
export const CODE_MAP = {
  PR01: 'DW102', // parameters not documented
  PR02: 'DW101', // unknown parameters documented
  RT01: 'DW201', // no Returns section (the body returns a value)
  YD01: 'DW301', // no Yields section (a generator)
} as const satisfies Record<string, RuleCode>;

export type NumpydocCode = keyof typeof CODE_MAP;
export const NUMPYDOC_CODES = Object.keys(CODE_MAP) as NumpydocCode[];
export const COMPARED_RULES: readonly RuleCode[] = NUMPYDOC_CODES.map((code) => CODE_MAP[code]);

export function isNumpydocCode(code: string): code is NumpydocCode {
  return Object.prototype.hasOwnProperty.call(CODE_MAP, code);
}

/** One finding of either tool on one case object. */
export interface PeerFinding {
  /** The vendored file, `test_validate.py` or `test_main.py`. */
  file: string;
  /** The object's qualified name in its module: `BadParameters.missing_params`. */
  qualname: string;
  rule: RuleCode;
  /** The tool's own code (PR01, DW102...) and message, for listings. */
  code: string;
  message: string;
}

/** Matching key: a finding is "the same" when file, object and rule agree. */
export function findingKey(f: Pick<PeerFinding, 'file' | 'qualname' | 'rule'>): string {
  return `${f.file}:${f.qualname} ${f.rule}`;
}
