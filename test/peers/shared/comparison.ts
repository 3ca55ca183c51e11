/**
 * Matching a peer tool's findings with Docwright's by key (file + symbol + rule) and counting the
 * agreement; shared by the pydoclint and numpydoc harnesses, which differ only in their keys and
 * exclusions.
 */
import type { RuleCode } from '../../../src/core/validate/rules';

export interface Comparison<F> {
  /** The tool's findings (keys, deduplicated), excluded ones left out. */
  tool: Set<string>;
  both: Set<string>;
  onlyTool: Set<string>;
  onlyDocwright: Set<string>;
  /** Keys set aside, with the reason, whichever tool reported them. */
  excluded: Map<string, string>;
  /** Each key's findings, for listings. */
  details: Map<string, F[]>;
}

/** `exclusionReason` says why a key is left out of the comparison, or undefined. */
export function compareFindings<F>(toolFindings: F[], docwrightFindings: F[], keyOf: (finding: F) => string, exclusionReason: (key: string) => string | undefined): Comparison<F> {
  const details = new Map<string, F[]>();
  const keysOf = (findings: F[]): Set<string> => {
    const keys = new Set<string>();
    for (const f of findings) {
      const key = keyOf(f);
      keys.add(key);
      details.set(key, [...(details.get(key) ?? []), f]);
    }
    return keys;
  };
  const toolKeys = keysOf(toolFindings);
  const docwrightKeys = keysOf(docwrightFindings);
  const result: Comparison<F> = { tool: new Set(), both: new Set(), onlyTool: new Set(), onlyDocwright: new Set(), excluded: new Map(), details };
  for (const key of new Set([...toolKeys, ...docwrightKeys])) {
    const reason = exclusionReason(key);
    if (reason !== undefined) {
      result.excluded.set(key, reason);
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
export function forRule<F>(c: Comparison<F>, rule: RuleCode): Comparison<F> {
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

export function merge<F>(parts: Comparison<F>[]): Comparison<F> {
  const union = (pick: (c: Comparison<F>) => Set<string>): Set<string> => new Set(parts.flatMap((c) => [...pick(c)]));
  return {
    tool: union((c) => c.tool),
    both: union((c) => c.both),
    onlyTool: union((c) => c.onlyTool),
    onlyDocwright: union((c) => c.onlyDocwright),
    excluded: new Map(parts.flatMap((c) => [...c.excluded])),
    details: new Map(parts.flatMap((c) => [...c.details])),
  };
}

/** Share of the tool's findings Docwright also reports, in percent (100 when the tool has none). */
export function recall<F>(c: Comparison<F>): number {
  return c.tool.size ? (100 * c.both.size) / c.tool.size : 100;
}
