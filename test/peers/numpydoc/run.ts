/**
 * Peer harness, numpydoc part (issue 10): runs numpydoc's validator (Debian's python3-numpydoc
 * 1.5.0) and Docwright's checker (NumPy style) on the cases of numpydoc's own test suite
 * (test_validate.py and test_main.py of numpydoc 1.5.0, vendored in data/, see NOTE.md) and
 * prints how far they agree on PR01/PR02/RT01/YD01 ↔ DW102/DW101/DW201/DW301, per object + rule.
 *
 * Run: `npm run test:peers:numpydoc` (or `npm run test:peers` for every peer), or `node out/test/peers/numpydoc/run.js [--list] [--strict]`.
 * --list    prints every difference with both tools' messages.
 * --strict  exits 1 below the goal of issue 10 (recall >= 95 %, no finding only Docwright has).
 * Without --strict it always exits 0 (report mode), unless a tool cannot run.
 * Environment: DOCWRIGHT_PYTHON (default /usr/bin/python3; needs numpydoc and pytest, Debian's python3-numpydoc and python3-pytest).
 */
import { compare, recall } from './compare';
import { unusedExclusions } from './exclusions';
import { codeTable, differenceList, suiteTable } from './report';
import { runDocwright } from './runDocwright';
import { DATA_DIR, mapNumpydocFindings, runNumpydoc, VENDORED_VERSION } from './runNumpydoc';

const GOAL_RECALL = 95;
const GOAL_DOCWRIGHT_ONLY = 0;

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const started = Date.now();
  const numpydocRun = runNumpydoc();
  const files = [...new Set(numpydocRun.objects.map((o) => o.file))].sort();
  console.log(`numpydoc peer harness: numpydoc ${numpydocRun.numpydoc} (test files of ${VENDORED_VERSION}), Python ${numpydocRun.python}; data: test/peers/numpydoc/data/{${files.join(',')}}`);
  if (numpydocRun.numpydoc !== VENDORED_VERSION) console.log(`Note: the installed numpydoc is ${numpydocRun.numpydoc}, the vendored tests are ${VENDORED_VERSION}.`);
  for (const object of numpydocRun.objects.filter((o) => o.exception)) console.log(`numpydoc cannot validate ${object.file}:${object.qualname}: ${object.exception}`);
  const numpydoc = mapNumpydocFindings(numpydocRun);
  const objects = new Set(numpydocRun.objects.map((o) => `${o.file}:${o.qualname}`));
  const docwright = await runDocwright(DATA_DIR, files, objects);
  for (const skipped of docwright.skipped) console.log(`Docwright did not check ${skipped.file}: ${skipped.reason}`);
  const comparison = compare(numpydoc, docwright.findings, docwright.codes);
  for (const unused of unusedExclusions(new Set(comparison.excluded.keys()))) console.log(`Exclusion not applied (no such finding, or Docwright does not report ${unused.requires ?? 'it'} there): ${unused.key}`);
  console.log(`\n== ${objects.size} objects (case classes, their methods, test_main's module functions): numpydoc ${numpydoc.length} findings on PR01/PR02/RT01/YD01, Docwright ${docwright.findings.length} on DW101/DW102/DW201/DW301 (--style numpy)`);
  console.log(codeTable(comparison));
  const suite = suiteTable(numpydocRun, numpydoc, docwright.findings, comparison);
  console.log('\n== what numpydoc\'s tests assert about these objects (xfail cases left out; an excluded finding counts as agreeing)');
  console.log(suite.text);
  if (args.has('--list')) {
    console.log(`\n== differences\n${differenceList(comparison) || '(none)'}`);
    if (suite.disagreements.length) console.log(`\n== disagreements with the test suite's assertions\n${suite.disagreements.join('\n')}`);
  }
  const overall = recall(comparison);
  console.log(`\nRecall: ${overall.toFixed(1)} % of numpydoc's findings (${comparison.both.size}/${comparison.tool.size}) also reported by Docwright; only Docwright: ${comparison.onlyDocwright.size}; excluded: ${comparison.excluded.size}. Goal: >= ${GOAL_RECALL} %, ${GOAL_DOCWRIGHT_ONLY} only Docwright. (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const meetsGoal = overall >= GOAL_RECALL && comparison.onlyDocwright.size <= GOAL_DOCWRIGHT_ONLY;
  if (!meetsGoal) console.log(args.has('--strict') ? 'Below the goal (--strict): failing.' : 'Below the goal; report mode (no --strict), exit 0.');
  return args.has('--strict') && !meetsGoal ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(2);
});
