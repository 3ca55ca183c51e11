/** Matches the two tools' findings per file + object + rule. */
import { compareFindings, type Comparison as SharedComparison } from '../shared/comparison';
import { exclusionFor } from './exclusions';
import { findingKey, type PeerFinding } from './types';

export { forRule, recall } from '../shared/comparison';
export type Comparison = SharedComparison<PeerFinding>;

/** `docwrightCodes`: every rule Docwright reports per `file:qualname` (exclusions may require one). */
export function compare(toolFindings: PeerFinding[], docwrightFindings: PeerFinding[], docwrightCodes: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Comparison {
  return compareFindings(toolFindings, docwrightFindings, findingKey, (key) => exclusionFor(key, docwrightCodes.get(key.slice(0, key.lastIndexOf(' '))))?.reason);
}
