/**
 * `check`'s output formats: text (file:line:col CODE message), json, github (workflow commands that
 * become annotations), sarif (2.1.0, for code scanning), junit (XML for test report viewers), and
 * --statistics. Each takes the findings in the order found, plus every file's outcome.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES_DOC_URL } from '../core/constants';
import { visible } from '../core/text/untrusted';
import { RULE_CODES, RULES, type RuleCode, type Severity } from '../core/validate/rules';

export const FORMATS = ['text', 'json', 'github', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** One finding as the CLI reports it: 1-based lines and columns (columns in UTF-16 code units, as SARIF's default). */
export interface Reported {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: RuleCode;
  severity: Severity;
  symbol: string;
  message: string;
}

/** A file `check` read: its findings, or undefined when it could not be checked (the reason is on stderr). */
export interface FileOutcome {
  file: string;
  findings?: Reported[];
}

/** Docwright's version, from the package.json above this module (out/src/cli or dist). */
export function docwrightVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'docwright' && pkg.version) return pkg.version;
    } catch {
      // not here; look further up
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}

export function formatText(findings: readonly Reported[]): string {
  return findings.map((f) => `${visible(f.file)}:${f.line}:${f.column} ${f.code} ${visible(f.message)}\n`).join('');
}

/** The JSON array of earlier versions, same fields (end positions added). */
export function formatJson(findings: readonly Reported[]): string {
  return JSON.stringify(findings, null, 2) + '\n';
}

/** GitHub's escaping for a workflow command's message (actions/toolkit `escapeData`). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** ... and for a property value (`escapeProperty`): also `:` and `,`. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice', off: 'notice' };

/** `::warning file=a.py,line=1,col=17,endLine=1,endColumn=23,title=DW102::message`, one per finding. */
export function formatGithub(findings: readonly Reported[]): string {
  return findings
    .map((f) => {
      const properties = [`file=${f.file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${f.code} (${RULES[f.code].name})`];
      return `::${GITHUB_LEVEL[f.severity]} ${properties.map((p) => p.slice(0, p.indexOf('=') + 1) + escapeProperty(p.slice(p.indexOf('=') + 1))).join(',')}::${escapeData(f.message)}\n`;
    })
    .join('');
}

const SARIF_LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

/** A result's artifact URI: relative paths stay relative (to %SRCROOT%, the folder the run started in), with `/` and percent-encoding. */
function artifactLocation(file: string): Sarif.ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** A SARIF 2.1.0 log: one run, every rule described, one result per finding. */
export function formatSarif(findings: readonly Reported[]): string {
  const rules: Sarif.ReportingDescriptor[] = RULE_CODES.map((code) => ({
    id: code,
    name: RULES[code].name,
    shortDescription: { text: RULES[code].summary },
    helpUri: RULES_DOC_URL,
    defaultConfiguration: { level: SARIF_LEVEL[RULES[code].severity], enabled: RULES[code].severity !== 'off' },
  }));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Docwright', version: docwrightVersion(), informationUri: RULES_DOC_URL.replace(/#.*$/, ''), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(process.cwd() + sep).href } },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: RULE_CODES.indexOf(f.code),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: { artifactLocation: artifactLocation(f.file), region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } },
              ...(f.symbol ? { logicalLocations: [{ fullyQualifiedName: f.symbol }] } : {}),
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** Text as XML 1.0 character data or an attribute value: markup escaped, characters XML cannot hold shown as \uXXXX. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** JUnit XML: one testsuite per file; one failing testcase per finding, or one passing testcase for a clean file. */
export function formatJunit(outcomes: readonly FileOutcome[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = outcomes.reduce((n, o) => n + (o.findings?.length ?? 0), 0);
  const errors = outcomes.filter((o) => !o.findings).length;
  const tests = outcomes.reduce((n, o) => n + Math.max(o.findings?.length ?? 1, 1), 0);
  lines.push(`<testsuites name="docwright check" tests="${tests}" failures="${failures}" errors="${errors}">`);
  for (const { file, findings } of outcomes) {
    const name = xmlEscape(file);
    const count = findings?.length ?? 0;
    lines.push(`  <testsuite name="${name}" tests="${Math.max(count, 1)}" failures="${count}" errors="${findings ? 0 : 1}">`);
    if (!findings) lines.push(`    <testcase name="check" classname="${name}" file="${name}"><error message="the file could not be checked; see the error output"/></testcase>`);
    else if (count === 0) lines.push(`    <testcase name="check" classname="${name}" file="${name}"/>`);
    for (const f of findings ?? []) {
      const message = xmlEscape(f.message);
      lines.push(
        `    <testcase name="${f.code} ${xmlEscape(f.symbol)} (line ${f.line}, column ${f.column})" classname="${name}" file="${name}" line="${f.line}">`,
        `      <failure message="${message}" type="${f.code}">${name}:${f.line}:${f.column} ${f.code} (${f.severity}) ${message}</failure>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

/** Counts per rule, most frequent first (then by code), as `ruff --statistics`: `count  CODE  name`, or a JSON array. */
export function formatStatistics(findings: readonly Reported[], json: boolean): string {
  const counts = new Map<RuleCode, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (json) return JSON.stringify(rows.map(([code, count]) => ({ code, name: RULES[code].name, count })), null, 2) + '\n';
  const width = Math.max(0, ...rows.map(([, n]) => String(n).length));
  return rows.map(([code, n]) => `${String(n).padStart(width)}\t${code}\t${RULES[code].name}\n`).join('');
}

export function formatFindings(format: Format, outcomes: readonly FileOutcome[]): string {
  const findings = outcomes.flatMap((o) => o.findings ?? []);
  if (format === 'json') return formatJson(findings);
  if (format === 'github') return formatGithub(findings);
  if (format === 'sarif') return formatSarif(findings);
  if (format === 'junit') return formatJunit(outcomes);
  return formatText(findings);
}
