/** Plain-text tables for the peer harnesses' reports. */
import { recall, type Comparison } from './comparison';

/** Columns aligned: the first left, the others right. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const percent = (value: number): string => `${value.toFixed(1)} %`;

/** One comparison row: the tool's findings, also Docwright, only the tool, only Docwright, excluded, recall. */
export function comparisonRow<F>(label: string, c: Comparison<F>): (string | number)[] {
  return [label, c.tool.size, c.both.size, c.onlyTool.size, c.onlyDocwright.size, c.excluded.size, c.tool.size ? percent(recall(c)) : '-'];
}
