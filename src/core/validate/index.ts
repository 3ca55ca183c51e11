/**
 * Validation of a whole text, and its repair. Reading is done in each docstring's own style;
 * repairing keeps that style and every description a person wrote.
 */
import type { DocStyle } from '../docstring/model';
import { extractSymbols } from '../extract';
import { conventionsOf } from '../../languages';
import type { ExtractResult, LanguageId, SymbolFact } from '../extract/types';
import { generateDocstrings, SourceParseError, type FileGeneration } from '../generate/generateFile';
import { resolveStyle, type StyleSetting } from '../generate/style';
import { initDocumentedByClass } from '../generate/classInit';
import { lineEndAt } from '../text/lines';
import { lineIndexOf } from '../text/lineIndex';
import { checkSymbol } from './check';
import { isPublic } from './publicSymbols';
import { readDocstring } from './docMemo';
import { isRuleCode, RULES, type Finding, type RuleCode, type Severity } from './rules';

export { RULES, RULE_CODES, type Finding, type RuleCode, type Severity } from './rules';

export interface ValidateOptions {
  style: StyleSetting;
  projectStyle?: DocStyle;
  /** Per-rule severity; `off` silences a rule. Unset rules use their default. */
  severities?: Partial<Record<RuleCode, Severity>>;
}

export interface ValidationResult {
  findings: Finding[];
  /** The facts validated: when validateText extracted them itself, undocumented functions' raises, returns and yields were not read. */
  extracted: ExtractResult;
  style: DocStyle;
}

/** `docwright: ignore` or `docwright: ignore[DW101, DW102]` in a comment on the definition's lines. */
const SUPPRESS = /docwright:\s*ignore(?:\[([^\]]*)\])?/g;

function suppressedCodes(text: string, symbol: SymbolFact): Set<RuleCode> | 'all' | undefined {
  const region = text.slice(symbol.range.start, lineEndAt(text, symbol.signatureRange.end));
  let codes: Set<RuleCode> | undefined;
  for (const match of region.matchAll(SUPPRESS)) {
    if (match[1] === undefined) return 'all';
    codes ??= new Set();
    for (const code of match[1].split(/[\s,]+/)) if (isRuleCode(code)) codes.add(code);
  }
  return codes;
}

const SETTLED_BY_A_PERSON = new Set<RuleCode>(['DW402', 'DW105', 'DW204', 'DW303', 'DW403']);

/** `extracted`, when given, must be the extraction of this very `text` (the editor's per-version index), so it is not parsed twice. */
export async function validateText(text: string, language: LanguageId, options: ValidateOptions, extracted?: ExtractResult): Promise<ValidationResult> {
  // Extracted here only for validation: undocumented functions' bodies need not be read.
  extracted ??= await extractSymbols(text, language, false, true);
  if (extracted.hasErrors) throw new SourceParseError(...positionOf(text, extracted.errorOffset ?? 0));
  const style = resolveStyle(options.style, language, extracted.symbols, options.projectStyle);
  const severity = (code: RuleCode): Severity => options.severities?.[code] ?? RULES[code].severity;
  const findings: Finding[] = [];
  for (const symbol of extracted.symbols) {
    const raw: Finding[] = [];
    if (!symbol.docstring) {
      if (isPublic(symbol) && !initDocumentedByClass(extracted.symbols, symbol) && !conventionsOf(language).sharesDoc?.(symbol)) {
        const at = symbol.kind === 'module' ? 0 : text.indexOf(symbol.name, symbol.signatureRange.start);
        raw.push({ code: 'DW601', message: `Public ${symbol.kind} '${symbol.namePath.join('.') || '<module>'}' has no docstring; "Generate docstring" adds one.`, severity: RULES.DW601.severity, symbolId: symbol.id, symbol: symbol.namePath.join('.') || '<module>', start: Math.max(at, 0), end: Math.max(at, 0) + (symbol.kind === 'module' ? 0 : symbol.name.length) });
      }
    } else if (!conventionsOf(language).docless(symbol)) {
      const { written, doc, problems } = readDocstring(symbol.docstring.content, language, style);
      const ownerDefers = conventionsOf(language).ownerDefers(extracted.symbols, symbol, (content) => readDocstring(content, language, written).doc);
      raw.push(...checkSymbol({ text, symbol, doc, problems, style: written, paramsOnClass: initDocumentedByClass(extracted.symbols, symbol), classDocumentsMembers: ownerDefers }));
    }
    // Comments are searched only for a symbol with something to report (most have nothing).
    const suppressed = raw.length > 0 ? suppressedCodes(text, symbol) : undefined;
    if (suppressed === 'all') continue;
    for (const f of raw) {
      const level = severity(f.code);
      if (level === 'off' || suppressed?.has(f.code)) continue;
      findings.push({ ...f, severity: level });
    }
  }
  return { findings: findings.sort((a, b) => a.start - b.start), extracted, style };
}

function positionOf(text: string, offset: number): [number, number] {
  const { line, column } = lineIndexOf(text).position(offset);
  return [line, column];
}

/**
 * "Update docstring": rewrite the selected documented symbols' docstrings so they match their
 * signatures, in the style each is written in, keeping every description and section a person
 * wrote. By default every documented symbol with a finding is updated.
 */
export async function updateDocstrings(
  text: string,
  language: LanguageId,
  options: ValidateOptions & { select?: (symbol: SymbolFact) => boolean; quote?: '"""' | "'''"; mentionDefaults?: boolean },
): Promise<FileGeneration> {
  let select = options.select;
  let extracted: ExtractResult | undefined;
  if (!select) {
    // A full extraction (not validation's lean one): generation below reads every symbol's facts.
    const validation = await validateText(text, language, { ...options, severities: { ...options.severities, DW601: 'off' } }, await extractSymbols(text, language));
    const { findings } = validation;
    extracted = validation.extracted;
    // Left for a person: a hint that a callee may raise, and descriptions only a person can write.
    const stale = new Set(findings.filter((f) => !SETTLED_BY_A_PERSON.has(f.code)).map((f) => f.symbolId));
    select = (symbol) => symbol.docstring !== undefined && stale.has(symbol.id);
  }
  return generateDocstrings(text, language, {
    style: options.style,
    projectStyle: options.projectStyle,
    types: 'auto',
    quote: options.quote ?? '"""',
    mentionDefaults: options.mentionDefaults ?? true,
    select,
    keepExistingStyle: true,
    // Validation's extraction of this same text: generation does not parse it again.
    ...(extracted ? { extracted } : {}),
  });
}
