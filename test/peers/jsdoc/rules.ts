/**
 * Which eslint-plugin-jsdoc rules are compared, and which Docwright findings answer each. A rule's
 * scope is what the rule itself checks, so a finding Docwright makes for another reason (a
 * `@returns` on a function that returns nothing, in a require-param case) is neither agreement
 * nor a false positive here. The same scope is used for `invalid` and `valid` cases.
 */
import type { Finding } from '../../../src/core/validate/rules';

export interface PeerRule {
  /** The rule's name in eslint-plugin-jsdoc. */
  name: string;
  /** Its test file under test/peers/jsdoc/assertions/. */
  file: string;
  /** Docwright's codes for what the rule checks, shown in the table. */
  codes: string;
  /** Whether a Docwright finding says what this rule says. */
  answers: (finding: Finding) => boolean;
}

/** DW102 for a member of a destructured parameter (`'options.foo'`), read from the message. */
const isMissingMember = (f: Finding) => f.code === 'DW102' && /^Parameter '[^']*\./.test(f.message);
/** Docwright reports a repeated @returns / @yields as a layout problem of the comment (DW501). */
const isSecondTag = (f: Finding, tags: RegExp) => f.code === 'DW501' && tags.test(f.message);

export const PEER_RULES: readonly PeerRule[] = [
  // Undocumented parameters, and undocumented members of a destructured one.
  { name: 'require-param', file: 'requireParam.js', codes: 'DW102', answers: (f) => f.code === 'DW102' },
  // Documented names that do not match the signature (wrong, extra, out of order, duplicate) and
  // missing members of a destructured parameter; never a missing top-level parameter, which its
  // valid cases may leave undocumented (that is require-param's job).
  { name: 'check-param-names', file: 'checkParamNames.js', codes: 'DW101 DW103 DW102(member)', answers: (f) => f.code === 'DW101' || f.code === 'DW103' || isMissingMember(f) },
  // A missing @returns, or two of them; a @returns with nothing returned is require-returns-check's.
  { name: 'require-returns', file: 'requireReturns.js', codes: 'DW201 DW501(2nd tag)', answers: (f) => f.code === 'DW201' || isSecondTag(f, /Second @returns? tag/) },
  // A missing @yields, or two of them; a @yields with nothing yielded is require-yields-check's.
  { name: 'require-yields', file: 'requireYields.js', codes: 'DW301 DW501(2nd tag)', answers: (f) => f.code === 'DW301' || isSecondTag(f, /Second @yields? tag/) },
  // A missing @throws.
  { name: 'require-throws', file: 'requireThrows.js', codes: 'DW401', answers: (f) => f.code === 'DW401' },
];
