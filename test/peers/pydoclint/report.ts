/** Text tables of a comparison: per rule, per pydoclint code, and the differences one by one. */
import { RULES, type RuleCode } from '../../../src/core/validate/rules';
import { COMPARED_RULES, docwrightRulesFor } from './codeMap';
import { forRule, type Comparison } from './compare';
import { comparisonRow as row, table } from '../shared/table';
import { codesAt, type RawPydoclintFinding } from './runPydoclint';
import { findingKey, type Style } from './types';

const HEADER = ['rule', 'pydoclint', 'also Docwright', 'only pydoclint', 'only Docwright', 'excluded', 'recall'];

export function ruleTable(c: Comparison): string {
  const rows = COMPARED_RULES.map((rule) => row(`${rule} ${RULES[rule].name}`, forRule(c, rule)));
  return table(HEADER, [...rows, row('all', c)]);
}

/** One row per pydoclint code: how many findings, which rules they map to, how many Docwright shares. */
export function codeTable(raw: (RawPydoclintFinding & { style: Style })[], both: Set<string>): string {
  const byCode = new Map<string, { count: number; shared: number; rules: Set<RuleCode> }>();
  for (const f of raw) {
    const rules = docwrightRulesFor(f.code, f.message, codesAt(raw.filter((r) => r.style === f.style), f));
    const entry = byCode.get(f.code) ?? { count: 0, shared: 0, rules: new Set() };
    entry.count++;
    rules.forEach((rule) => entry.rules.add(rule));
    if (rules.some((rule) => both.has(findingKey({ ...f, rule })))) entry.shared++;
    byCode.set(f.code, entry);
  }
  const rows = [...byCode].sort(([a], [b]) => a.localeCompare(b))
    .map(([code, e]) => [code, e.count, e.rules.size ? [...e.rules].join(' ') : 'not compared', e.rules.size ? e.shared : '-']);
  return table(['pydoclint code', 'findings', 'Docwright rule', 'also Docwright'], rows);
}

/** Every difference, one per line, with both tools' messages: what the next step works from. */
export function differenceList(c: Comparison): string {
  const lines: string[] = [];
  const describe = (key: string): string => (c.details.get(key) ?? []).map((f) => `${f.code}: ${f.message}`).join(' | ');
  for (const key of [...c.onlyTool].sort()) lines.push(`only pydoclint  ${key}  ${describe(key)}`);
  for (const key of [...c.onlyDocwright].sort()) lines.push(`only Docwright  ${key}  ${describe(key)}`);
  for (const [key, reason] of [...c.excluded].sort()) lines.push(`excluded        ${key}  (${reason})`);
  return lines.join('\n');
}
