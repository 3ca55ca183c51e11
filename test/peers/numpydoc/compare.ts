/** Matches the two tools' findings per file + object + rule and counts the agreement. */
import type { RuleCode } from '../../../src/core/validate/rules';
import { exclusionFor } from './exclusions';
import { findingKey, type PeerFinding } from './types';

export interface Comparison {
  /** numpydoc's findings (keys), excluded ones left out. */
  tool: Set<string>;
  both: Set<string>;
  onlyTool: Set<string>;
  onlyDocwright: Set<string>;
  /** Keys set aside, with the reason, whichever tool reported them. */
  excluded: Map<string, string>;
  /** Each key's findings, for listings. */
  details: Map<string, PeerFinding[]>;
}

/** `docwrightCodes`: every rule Docwright reports per `file:qualname` (exclusions may require one). */
export function compare(toolFindings: PeerFinding[], docwrightFindings: PeerFinding[], docwrightCodes: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Comparison {
  const details = new Map<string, PeerFinding[]>();
  const keysOf = (findings: PeerFinding[]): Set<string> => {
    const keys = new Set<string>();
    for (const f of findings) {
      const key = findingKey(f);
      keys.add(key);
      details.set(key, [...(details.get(key) ?? []), f]);
    }
    return keys;
  };
  const toolKeys = keysOf(toolFindings);
  const docwrightKeys = keysOf(docwrightFindings);
  const result: Comparison = { tool: new Set(), both: new Set(), onlyTool: new Set(), onlyDocwright: new Set(), excluded: new Map(), details };
  for (const key of new Set([...toolKeys, ...docwrightKeys])) {
    const exclusion = exclusionFor(key, docwrightCodes.get(key.slice(0, key.lastIndexOf(' '))));
    if (exclusion) {
      result.excluded.set(key, exclusion.reason);
      continue;
    }
    if (toolKeys.has(key)) result.tool.add(key);
    if (toolKeys.has(key) && docwrightKeys.has(key)) result.both.add(key);
    else if (toolKeys.has(key)) result.onlyTool.add(key);
    else result.onlyDocwright.add(key);
  }
  return result;
}

/** The part of a comparison about one rule (keys end in ` <rule>`). */
export function forRule(c: Comparison, rule: RuleCode): Comparison {
  const pick = (keys: Set<string>): Set<string> => new Set([...keys].filter((key) => key.endsWith(` ${rule}`)));
  return {
    tool: pick(c.tool),
    both: pick(c.both),
    onlyTool: pick(c.onlyTool),
    onlyDocwright: pick(c.onlyDocwright),
    excluded: new Map([...c.excluded].filter(([key]) => key.endsWith(` ${rule}`))),
    details: c.details,
  };
}

/** Share of numpydoc's findings Docwright also reports, in percent (100 when numpydoc has none). */
export function recall(c: Comparison): number {
  return c.tool.size ? (100 * c.both.size) / c.tool.size : 100;
}
