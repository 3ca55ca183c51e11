/** Text tables of the numpydoc comparison: per code, the test suite's own assertions, the differences. */
import { RULES } from '../../../src/core/validate/rules';
import { forRule, type Comparison } from './compare';
import { comparisonRow as row, table } from '../shared/table';
import type { NumpydocRun } from './runNumpydoc';
import { CODE_MAP, findingKey, isNumpydocCode, NUMPYDOC_CODES, type PeerFinding } from './types';

export function codeTable(c: Comparison): string {
  const rows = NUMPYDOC_CODES.map((code) => row(`${code} ${CODE_MAP[code]} ${RULES[CODE_MAP[code]].name}`, forRule(c, CODE_MAP[code])));
  return table(['code', 'numpydoc', 'also Docwright', 'only numpydoc', 'only Docwright', 'excluded', 'recall'], [...rows, row('all', c)]);
}

/**
 * numpydoc's test suite as an oracle of its own: the cases it asserts a compared code on, and the
 * cases it asserts have no error at all. Per case: does numpydoc 1.5.0 agree (it should: its tests
 * pass), does Docwright (an excluded key counts as agreeing: its reason says why).
 */
export function suiteTable(run: NumpydocRun, numpydoc: PeerFinding[], docwright: PeerFinding[], c: Comparison): { text: string; disagreements: string[] } {
  const has = (findings: PeerFinding[], key: string): boolean => findings.some((f) => findingKey(f) === key);
  const hasAny = (findings: PeerFinding[], object: string): boolean => findings.some((f) => `${f.file}:${f.qualname}` === object);
  const tally = { asserted: 0, numpydoc: 0, docwright: 0, clean: 0, numpydocClean: 0, docwrightClean: 0 };
  const disagreements: string[] = [];
  for (const [object, expected] of Object.entries(run.expected).sort()) {
    for (const code of expected.codes.filter(isNumpydocCode)) {
      const key = `${object} ${CODE_MAP[code]}`;
      tally.asserted++;
      if (has(numpydoc, key)) tally.numpydoc++;
      else disagreements.push(`suite asserts ${code}, numpydoc has not  ${key}`);
      if (has(docwright, key) || c.excluded.has(key)) tally.docwright++;
      else disagreements.push(`suite asserts ${code}, Docwright has not  ${key}`);
    }
    if (expected.none) {
      tally.clean++;
      if (!hasAny(numpydoc, object)) tally.numpydocClean++;
      else disagreements.push(`suite asserts no error, numpydoc has one  ${object}`);
      const extra = docwright.filter((f) => `${f.file}:${f.qualname}` === object && !c.excluded.has(findingKey(f)));
      if (!extra.length) tally.docwrightClean++;
      else disagreements.push(`suite asserts no error, Docwright reports ${extra.map((f) => f.code).join(', ')}  ${object}`);
    }
  }
  const text = table(['test suite asserts', 'cases', 'numpydoc agrees', 'Docwright agrees'], [
    [`one of ${NUMPYDOC_CODES.join('/')}`, tally.asserted, tally.numpydoc, tally.docwright],
    ['no error at all', tally.clean, tally.numpydocClean, tally.docwrightClean],
  ]);
  return { text, disagreements };
}

/** Every difference, one per line, with both tools' messages: what the next step works from. */
export function differenceList(c: Comparison): string {
  const lines: string[] = [];
  const describe = (key: string): string => (c.details.get(key) ?? []).map((f) => `${f.code}: ${f.message}`).join(' | ');
  for (const key of [...c.onlyTool].sort()) lines.push(`only numpydoc   ${key}  ${describe(key)}`);
  for (const key of [...c.onlyDocwright].sort()) lines.push(`only Docwright  ${key}  ${describe(key)}`);
  for (const [key, reason] of [...c.excluded].sort()) lines.push(`excluded        ${key}  ${describe(key)}  (${reason})`);
  return lines.join('\n');
}
