/** `docwright coverage`: the share of public modules, classes, functions and methods with a docstring, per file and in total. */
import { extractSymbols } from '../core/extract';
import { SourceParseError } from '../core/generate/generateFile';
import { visible } from '../core/text/untrusted';
import { coveragePercent, docstringCoverage, type DocstringCoverage, type Undocumented } from '../core/validate/coverage';
import type { SourceFile } from './files';

export interface FileCoverage extends Omit<DocstringCoverage, 'missing'> {
  file: string;
  missing: (Undocumented & { line: number })[];
}

/** One file's counts; throws SourceParseError for a file that does not parse (a guess would skew the total). */
export async function coverageFile(file: SourceFile): Promise<FileCoverage> {
  const extracted = await extractSymbols(file.text, file.language);
  if (extracted.hasErrors) {
    const offset = extracted.errorOffset ?? 0;
    const before = file.text.slice(0, offset);
    throw new SourceParseError(before.split('\n').length, offset - before.lastIndexOf('\n'));
  }
  const counts = docstringCoverage(extracted);
  return { file: file.path, ...counts, missing: counts.missing.map((m) => ({ ...m, line: file.text.slice(0, m.offset).split('\n').length })) };
}

const percent = (total: number, documented: number) => `${coveragePercent(total, documented).toFixed(1)}%`;

export function totals(files: readonly FileCoverage[]): { total: number; documented: number; percent: number } {
  const total = files.reduce((n, f) => n + f.total, 0);
  const documented = files.reduce((n, f) => n + f.documented, 0);
  return { total, documented, percent: coveragePercent(total, documented) };
}

/** A table like interrogate's: one row per file, then TOTAL; the fail-under verdict when asked. */
export function formatCoverageText(files: readonly FileCoverage[], failUnder: number | undefined): string {
  const rows = files.map((f) => [visible(f.file), String(f.total), String(f.documented), String(f.total - f.documented), percent(f.total, f.documented)]);
  const sum = totals(files);
  rows.push(['TOTAL', String(sum.total), String(sum.documented), String(sum.total - sum.documented), percent(sum.total, sum.documented)]);
  const header = ['file', 'total', 'documented', 'missing', 'coverage'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + '\n';
  let text = line(header) + rows.slice(0, -1).map(line).join('') + line(rows[rows.length - 1]);
  if (failUnder !== undefined) text += sum.percent < failUnder ? `FAILED: coverage ${sum.percent.toFixed(1)}% is under --fail-under ${failUnder}%\n` : `PASSED: coverage ${sum.percent.toFixed(1)}% is at least --fail-under ${failUnder}%\n`;
  return text;
}

/** `{files: [{file, total, documented, missing: [{name, kind, line}]}], total, documented, percent}`. */
export function formatCoverageJson(files: readonly FileCoverage[]): string {
  const sum = totals(files);
  return JSON.stringify({ files: files.map((f) => ({ file: f.file, total: f.total, documented: f.documented, percent: coveragePercent(f.total, f.documented), missing: f.missing.map(({ name, kind, line }) => ({ name, kind, line })) })), total: sum.total, documented: sum.documented, percent: sum.percent }, null, 2) + '\n';
}
