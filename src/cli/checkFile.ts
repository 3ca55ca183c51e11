/**
 * `check` of one file, as a pure function of what was read: the unit of work a pool worker runs
 * (src/cli/checkWorker.ts) and the in-process path runs alike, so both print the same thing.
 */
import type { DocStyle } from '../core/docstring/model';
import type { LanguageId } from '../core/extract/types';
import { SourceParseError } from '../core/generate/generateFile';
import { FileProblem } from '../core/io/regularFile';
import { EncodingError } from '../core/text/encoding';
import { lineIndexOf } from '../core/text/lineIndex';
import { validateText } from '../core/validate';
import type { FileSettings } from './projectConfig';
import type { Reported } from './report';

const SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3, off: 4 } as const;

/** What a worker is sent: plain data (structured-cloned), not the file's bytes. */
export interface CheckInput {
  path: string;
  text: string;
  language: LanguageId;
  settings: FileSettings;
  projectStyle?: DocStyle;
}

/**
 * The file's findings (filtered by its settings), or the one `path: reason` line saying why it
 * could not be checked; `lasting` when the same bytes would fail the same way (a syntax error),
 * so the result cache may keep it.
 */
export type CheckOutcome = { findings: Reported[] } | { problem: string; lasting?: boolean };

export async function checkInput(file: CheckInput): Promise<CheckOutcome> {
  const { style, severities, minSeverity, ignore } = file.settings;
  try {
    const result = await validateText(file.text, file.language, { style, projectStyle: file.projectStyle, severities });
    const lines = lineIndexOf(file.text);
    const findings = result.findings
      .filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[minSeverity] && !ignore.has(f.code))
      .map((f) => {
        const start = lines.position(f.start);
        const end = lines.position(f.end);
        return { file: file.path, ...start, endLine: end.line, endColumn: end.column, code: f.code, severity: f.severity, symbol: f.symbol, message: f.message };
      });
    return { findings };
  } catch (error) {
    if (error instanceof SourceParseError) return { problem: `${file.path}:${error.line}:${error.column}: ${error.message}`, lasting: true };
    if (error instanceof FileProblem || error instanceof EncodingError) return { problem: `${file.path}: ${error.message}` };
    return { problem: `${file.path}: ${error instanceof Error ? error.message : String(error)}; the file was not changed` };
  }
}
