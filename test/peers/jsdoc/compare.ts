/**
 * Running Docwright's validator on one upstream case, in process, as `docwright check` does
 * (JSDoc style, default severities), and reading the answer in the rule's scope.
 */
import type { LanguageId } from '../../../src/core/extract/types';
import { validateText } from '../../../src/core/validate';
import type { Finding } from '../../../src/core/validate/rules';
import type { PeerCase } from './cases';

export interface CaseOutcome {
  /** Docwright's codes of the findings in the rule's scope (empty: not flagged). */
  inScope: string[];
  /** Set when Docwright could not read the code (then nothing is flagged). */
  error?: string;
}

/** eslint's default parser (espree) and babel's read JavaScript; typescript-eslint's reads TypeScript. */
export function languageOf(peerCase: PeerCase): LanguageId {
  return peerCase.languageOptions?.parser?.fromModule === 'typescript-eslint' ? 'typescript' : 'javascript';
}

export async function runCase(peerCase: PeerCase, inScope: (finding: Finding) => boolean): Promise<CaseOutcome> {
  try {
    const { findings } = await validateText(peerCase.code, languageOf(peerCase), { style: 'jsdoc' });
    return { inScope: [...new Set(findings.filter(inScope).map((f) => f.code))] };
  } catch (error) {
    return { inScope: [], error: error instanceof Error ? error.message : String(error) };
  }
}
