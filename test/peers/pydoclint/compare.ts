/** Matches the two tools' findings per file + function + rule (two pydoclint codes on one function and rule are one finding). */
import { compareFindings, type Comparison as SharedComparison } from '../shared/comparison';
import { exclusionFor } from './exclusions';
import { findingKey, type PeerFinding } from './types';

export { forRule, merge, recall } from '../shared/comparison';
export type Comparison = SharedComparison<PeerFinding>;

export function compare(toolFindings: PeerFinding[], docwrightFindings: PeerFinding[]): Comparison {
  return compareFindings(toolFindings, docwrightFindings, findingKey, (key) => exclusionFor(key)?.reason);
}
