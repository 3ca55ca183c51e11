/**
 * Peer harness, pydoclint half (issue 10): runs pydoclint 0.9.0 (vendored, see
 * test/peers/pydoclint/NOTE.md) at default options and Docwright's checker on pydoclint's own
 * test data, per style, and prints how far they agree, per file + function + rule.
 *
 * Run: `npm run test:peers:pydoclint` (or `npm run test:peers` for both halves), or `node out/test/peers/pydoclint/run.js [--list] [--strict]`.
 * --list    prints every difference with both tools' messages.
 * --strict  exits 1 below the goal of issue 10 (recall >= 95 %, no finding only Docwright has).
 * Without --strict it always exits 0 (report mode), unless a tool cannot run.
 * Environment: DOCWRIGHT_PYTHON (default /usr/bin/python3; needs click, Debian's python3-click).
 */
import * as path from 'node:path';
import { compare, merge, recall, type Comparison } from './compare';
import { codeTable, differenceList, ruleTable } from './report';
import { mapPydoclintFindings, PEER_DIR, pydoclintVersion, runPydoclint, type RawPydoclintFinding } from './runPydoclint';
import { runDocwright } from './runDocwright';
import { STYLES, type Style } from './types';

const GOAL_RECALL = 95;
const GOAL_DOCWRIGHT_ONLY = 0;

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const started = Date.now();
  console.log(`pydoclint peer harness: ${pydoclintVersion()}; data: test/peers/pydoclint/data/{${STYLES.join(',')}}`);
  const perStyle: Comparison[] = [];
  const raw: (RawPydoclintFinding & { style: Style })[] = [];
  for (const style of STYLES) {
    const dataDir = path.join(PEER_DIR, 'data', style);
    const pydoclint = runPydoclint(style, dataDir);
    raw.push(...pydoclint.map((f) => ({ ...f, style })));
    const { mapped } = mapPydoclintFindings(style, pydoclint);
    const docwright = await runDocwright(style, dataDir);
    const comparison = compare(mapped, docwright.findings);
    perStyle.push(comparison);
    console.log(`\n== ${style} (--style=${style}): pydoclint ${pydoclint.length} findings (${mapped.length} on compared rules), Docwright ${docwright.findings.length} on compared rules`);
    for (const skipped of docwright.skipped) console.log(`Docwright did not check ${skipped.file}: ${skipped.reason}`);
    console.log(ruleTable(comparison));
  }
  const all = merge(perStyle);
  console.log('\n== all styles');
  console.log(ruleTable(all));
  console.log('\n== by pydoclint code (all styles; "not compared": Docwright has no such rule)');
  console.log(codeTable(raw, all.both));
  if (args.has('--list')) console.log(`\n== differences\n${differenceList(all)}`);
  // The same counts with nothing excluded, so the exclusions' weight stays visible.
  const sides = (key: string) => new Set((all.details.get(key) ?? []).map((f) => (f.code.startsWith('DOC') ? 'tool' : 'docwright')));
  const excludedSides = [...all.excluded.keys()].map(sides);
  const rawTool = all.tool.size + excludedSides.filter((s) => s.has('tool')).length;
  const rawBoth = all.both.size + excludedSides.filter((s) => s.has('tool') && s.has('docwright')).length;
  const rawOnlyDocwright = all.onlyDocwright.size + excludedSides.filter((s) => !s.has('tool')).length;
  console.log(`\nWith no exclusions: ${((100 * rawBoth) / rawTool).toFixed(1)} % (${rawBoth}/${rawTool}); only Docwright: ${rawOnlyDocwright}.`);
  const overall = recall(all);
  console.log(`\nRecall: ${overall.toFixed(1)} % of pydoclint's findings (${all.both.size}/${all.tool.size}) also reported by Docwright; only Docwright: ${all.onlyDocwright.size}; excluded: ${all.excluded.size}. Goal: >= ${GOAL_RECALL} %, ${GOAL_DOCWRIGHT_ONLY} only Docwright. (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const meetsGoal = overall >= GOAL_RECALL && all.onlyDocwright.size <= GOAL_DOCWRIGHT_ONLY;
  if (!meetsGoal) console.log(args.has('--strict') ? 'Below the goal (--strict): failing.' : 'Below the goal; report mode (no --strict), exit 0.');
  return args.has('--strict') && !meetsGoal ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(2);
});
