/**
 * Peer harness, eslint-plugin-jsdoc half (issue 10): Docwright's validator on the rule tests of
 * eslint-plugin-jsdoc (vendored in assertions/, see NOTE.md), cases with no rule options and no
 * plugin settings (both change what the rule expects). Per rule: how many `invalid` cases Docwright
 * flags with a code in the rule's scope (rules.ts), how many `valid` cases it flags (false
 * positives), and the cases that disagree.
 *
 * Run: `npm run test:peers:jsdoc`. Report mode: exits 0 whatever the numbers; `--strict` exits 1
 * when a rule is below the goal (≥ 95 % of invalid flagged, ≤ 2 % of valid flagged).
 */
import * as path from 'node:path';
import { loadRuleCases, type PeerCase } from './cases';
import { runCase } from './compare';
import { EXCLUSIONS } from './exclusions';
import { PEER_RULES, type PeerRule } from './rules';

const ROOT = path.resolve(__dirname, '../../../..');
const ASSERTIONS = path.join(ROOT, 'test/peers/jsdoc/assertions');
const GOAL = { invalidFlagged: 95, validFlagged: 2 };
/** The rules issue 10 measured its "before" numbers on (73 % / 25 %). */
const ISSUE_RULES = new Set(['require-param', 'check-param-names', 'require-returns']);

interface Tally {
  cases: number;
  flagged: number;
  /** Lines describing the cases that disagree with the peer. */
  disagreements: string[];
}

interface RuleResult {
  rule: PeerRule;
  invalid: Tally;
  valid: Tally;
  setAside: { options: number; settings: number; excluded: number };
}

/** The first line of the case that is not comment: usually the signature. */
function headline(code: string): string {
  const line = code.split('\n').map((l) => l.trim()).find((l) => l && !/^(\/\*|\*|\/\/)/.test(l)) ?? code.trim().split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

async function tally(rule: PeerRule, kind: 'valid' | 'invalid', cases: PeerCase[], result: RuleResult): Promise<Tally> {
  const out: Tally = { cases: 0, flagged: 0, disagreements: [] };
  for (const [index, peerCase] of cases.entries()) {
    if (peerCase.options?.length) { result.setAside.options++; continue; }
    if (peerCase.settings) { result.setAside.settings++; continue; }
    if (EXCLUSIONS.some((e) => e.rule === rule.name && e.kind === kind && e.index === index)) { result.setAside.excluded++; continue; }
    out.cases++;
    const outcome = await runCase(peerCase, rule.answers);
    const flagged = outcome.inScope.length > 0;
    if (flagged) out.flagged++;
    const disagrees = kind === 'invalid' ? !flagged : flagged;
    if (!disagrees) continue;
    const why = outcome.error ? `Docwright cannot read it: ${outcome.error}` : kind === 'invalid' ? `peer: ${peerCase.errors?.[0]?.message ?? '?'}` : `Docwright: ${outcome.inScope.join(', ')}`;
    out.disagreements.push(`${kind}[${index}]`.padEnd(13) + headline(peerCase.code).padEnd(62) + why);
  }
  return out;
}

async function measure(rule: PeerRule): Promise<RuleResult> {
  const { valid, invalid } = loadRuleCases(path.join(ASSERTIONS, rule.file));
  const result: RuleResult = { rule, invalid: { cases: 0, flagged: 0, disagreements: [] }, valid: { cases: 0, flagged: 0, disagreements: [] }, setAside: { options: 0, settings: 0, excluded: 0 } };
  result.invalid = await tally(rule, 'invalid', invalid, result);
  result.valid = await tally(rule, 'valid', valid, result);
  return result;
}

const row = (label: string, invalid: Tally, valid: Tally) =>
  `${label.padEnd(26)}${String(invalid.cases).padStart(8)}${String(invalid.flagged).padStart(9)}${`${percent(invalid.flagged, invalid.cases)} %`.padStart(7)}` +
  `${String(valid.cases).padStart(8)}${String(valid.flagged).padStart(9)}${`${percent(valid.flagged, valid.cases)} %`.padStart(7)}`;

function sum(results: RuleResult[], kind: 'valid' | 'invalid'): Tally {
  return { cases: results.reduce((n, r) => n + r[kind].cases, 0), flagged: results.reduce((n, r) => n + r[kind].flagged, 0), disagreements: [] };
}

function meetsGoal(r: RuleResult): boolean {
  return percent(r.invalid.flagged, r.invalid.cases) >= GOAL.invalidFlagged && (100 * r.valid.flagged) / Math.max(r.valid.cases, 1) <= GOAL.validFlagged;
}

async function main(): Promise<number> {
  const strict = process.argv.includes('--strict');
  const results: RuleResult[] = [];
  for (const rule of PEER_RULES) results.push(await measure(rule));

  console.log('eslint-plugin-jsdoc rule tests vs Docwright (JSDoc style), cases without options or settings');
  console.log(`goal: ≥ ${GOAL.invalidFlagged} % of invalid flagged, ≤ ${GOAL.validFlagged} % of valid flagged\n`);
  console.log(`${'rule'.padEnd(26)}${'invalid'.padStart(8)}${'flagged'.padStart(9)}${'%'.padStart(7)}${'valid'.padStart(8)}${'flagged'.padStart(9)}${'%'.padStart(7)}  Docwright findings counted`);
  for (const r of results) console.log(row(r.rule.name, r.invalid, r.valid) + `  ${r.rule.codes.padEnd(26)}` + (meetsGoal(r) ? '' : 'below goal'));
  const issueRules = results.filter((r) => ISSUE_RULES.has(r.rule.name));
  console.log(row('issue 10\'s three rules', sum(issueRules, 'invalid'), sum(issueRules, 'valid')));
  console.log(row('all', sum(results, 'invalid'), sum(results, 'valid')));

  for (const r of results) {
    const { options, settings, excluded } = r.setAside;
    console.log(`\n${r.rule.name}: set aside ${options} with options, ${settings} with settings, ${excluded} excluded`);
    for (const line of [...r.invalid.disagreements, ...r.valid.disagreements]) console.log(`  ${line}`);
  }
  console.log(`\nexcluded (${EXCLUSIONS.length})${EXCLUSIONS.length ? ':' : ': none'}`);
  for (const e of EXCLUSIONS) console.log(`  ${e.rule} ${e.kind}[${e.index}]: ${e.reason}`);
  return strict && !results.every(meetsGoal) ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => { console.error(error); process.exitCode = 1; });
