/**
 * pydoclint's codes mapped to the Docwright rule they correspond to. One pydoclint finding can
 * stand for several Docwright kinds (DOC103 names both missing and extra arguments), so a code
 * maps through its message. Codes with no counterpart in Docwright are not compared.
 */
import type { RuleCode } from '../../../src/core/validate/rules';

/** The Docwright rules the comparison covers (DW105 and DW601 have no pydoclint counterpart at default options). */
export const COMPARED_RULES: readonly RuleCode[] = ['DW101', 'DW102', 'DW103', 'DW104', 'DW201', 'DW202', 'DW203', 'DW301', 'DW302', 'DW401', 'DW402', 'DW501'];

const FIXED: Record<string, RuleCode> = {
  DOC001: 'DW501', // potential formatting errors in the docstring
  DOC101: 'DW102', // fewer arguments in the docstring than in the signature
  DOC102: 'DW101', // more arguments in the docstring than in the signature
  DOC104: 'DW103', // same arguments, different order
  DOC105: 'DW104', // argument names match, type hints do not
  DOC201: 'DW201', // no return section
  DOC202: 'DW202', // return section but no return statement or annotation
  DOC402: 'DW301', // yields but no Yields section
  DOC403: 'DW302', // Yields section but no yield
  DOC501: 'DW401', // raises but no Raises section
  DOC502: 'DW402', // Raises section but no raise
};

/** The names in `label: [a: int, b: str]`, without their types; empty when the label is absent. */
function listedNames(message: string, label: string): string[] {
  const at = message.indexOf(label);
  if (at < 0) return [];
  const open = message.indexOf('[', at);
  const close = message.indexOf(']', open);
  if (open < 0 || close < 0) return [];
  return message.slice(open + 1, close).split(',').map((part) => part.split(':')[0].trim().replace(/^'|'$/g, '')).filter(Boolean);
}

/**
 * The Docwright rules one pydoclint finding stands for; empty when Docwright has no such rule.
 * `sameFunctionCodes`: pydoclint's codes on the same function (DOC203 reads them).
 */
export function docwrightRulesFor(code: string, message: string, sameFunctionCodes: ReadonlySet<string> = new Set()): RuleCode[] {
  if (FIXED[code]) return [FIXED[code]];
  if (code === 'DOC103') {
    // "Arguments in the function signature but not in the docstring: [...]. Arguments in the docstring but not in the function signature: [...]."
    const rules: RuleCode[] = [];
    if (listedNames(message, 'in the function signature but not in the docstring').length) rules.push('DW102');
    if (listedNames(message, 'in the docstring but not in the function signature').length) rules.push('DW101');
    return rules;
  }
  if (code === 'DOC203') {
    // Return types differ. With no types on one side ("Return annotation has 1 type(s); docstring
    // return section has 0 type(s)") next to a DOC201 / DOC202 on the same function, pydoclint
    // restates that finding: the same defect, so the same Docwright rule.
    const counts = /annotation has (\d+) type\(s\); docstring return section has (\d+) type\(s\)/.exec(message);
    if (counts && counts[2] === '0' && sameFunctionCodes.has('DOC201')) return ['DW201'];
    if (counts && counts[1] === '0' && sameFunctionCodes.has('DOC202')) return ['DW202'];
    return ['DW203'];
  }
  if (code === 'DOC503') {
    // "Raised exceptions in the docstring: [...]. Raised exceptions in the body: [...]." Only a
    // difference of names is a Docwright finding (a name listed twice is not).
    const documented = new Set(listedNames(message, 'Raised exceptions in the docstring'));
    const raised = new Set(listedNames(message, 'Raised exceptions in the body'));
    const rules: RuleCode[] = [];
    if ([...raised].some((name) => !documented.has(name))) rules.push('DW401');
    if ([...documented].some((name) => !raised.has(name))) rules.push('DW402');
    return rules;
  }
  return [];
}
