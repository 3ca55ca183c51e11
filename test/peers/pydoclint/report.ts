/** Text tables of a comparison: per rule, per pydoclint code, and the differences one by one. */
import { RULES, type RuleCode } from '../../../src/core/validate/rules';
import { COMPARED_RULES, docwrightRulesFor } from './codeMap';
import { forRule, recall, type Comparison } from './compare';
import { codesAt, type RawPydoclintFinding } from './runPydoclint';
import { findingKey, type Style } from './types';

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const percent = (value: number): string => `${value.toFixed(1)} %`;

function row(label: string, c: Comparison): (string | number)[] {
  return [label, c.tool.size, c.both.size, c.onlyTool.size, c.onlyDocwright.size, c.excluded.size, c.tool.size ? percent(recall(c)) : '-'];
}

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
