/** The validation rules: stable codes, one per kind of mismatch. Severities are user settings. */

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const RULES = {
  DW101: { name: 'param-extra', severity: 'warning', summary: 'A documented parameter is not in the signature.' },
  DW102: { name: 'param-missing', severity: 'warning', summary: 'A parameter of the signature is not documented.' },
  DW103: { name: 'param-order', severity: 'warning', summary: 'Parameters are documented in a different order than the signature.' },
  DW104: { name: 'param-type-mismatch', severity: 'warning', summary: "A parameter's documented type differs from its annotation." },
  DW105: { name: 'param-no-description', severity: 'information', summary: 'A documented parameter has no description.' },
  DW201: { name: 'returns-missing', severity: 'warning', summary: 'A value is returned but no return is documented.' },
  DW202: { name: 'returns-extra', severity: 'warning', summary: 'A return is documented but nothing is returned.' },
  DW203: { name: 'returns-type-mismatch', severity: 'warning', summary: 'The documented return type differs from the annotation.' },
  DW204: { name: 'returns-no-description', severity: 'information', summary: 'A documented return has no description.' },
  DW301: { name: 'yields-missing', severity: 'warning', summary: 'The function yields but no yield is documented.' },
  DW302: { name: 'yields-extra', severity: 'warning', summary: 'A yield is documented but the function does not yield.' },
  DW303: { name: 'yields-no-description', severity: 'information', summary: 'A documented yield has no description.' },
  DW401: { name: 'raises-missing', severity: 'warning', summary: 'An exception is raised but not documented.' },
  DW402: { name: 'raises-extra', severity: 'hint', summary: 'A documented exception is never raised in the body (it may come from a callee).' },
  DW403: { name: 'raises-no-description', severity: 'information', summary: 'A documented exception has no description.' },
  DW501: { name: 'docstring-syntax', severity: 'warning', summary: 'The docstring does not parse in its style (unknown section, broken layout).' },
  DW601: { name: 'docstring-missing', severity: 'off', summary: 'A public symbol has no docstring.' },
  DW701: { name: 'attribute-extra', severity: 'warning', summary: "A documented attribute is not a field of the class (dataclass, attrs, pydantic, NamedTuple, TypedDict, enum)." },
  DW702: { name: 'attribute-missing', severity: 'warning', summary: "A field of the class is not in its docstring's Attributes section." },
  DW703: { name: 'attribute-order', severity: 'warning', summary: 'Attributes are documented in a different order than the fields are declared.' },
  DW704: { name: 'attribute-type-mismatch', severity: 'warning', summary: "An attribute's documented type differs from the field's annotation." },
  DW801: { name: 'doc-starts-with-name', severity: 'warning', summary: "A doc comment does not start with the name it documents, as its language requires (Go: revive's exported rule; golint's and staticcheck's package comment form)." },
  DW802: { name: 'section-missing', severity: 'warning', summary: "A public function's doc comment lacks a section its language's guidelines ask for (Rust: `# Errors` for a Result, `# Panics` for a body that may panic, `# Safety` for an unsafe fn, as Clippy's missing_errors_doc, missing_panics_doc and missing_safety_doc)." },
} as const satisfies Record<string, { name: string; severity: Severity; summary: string }>;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

/** The codes' span, for messages that say what a rule code looks like. */
export const RULE_SPAN = `${RULE_CODES[0]} ... ${RULE_CODES[RULE_CODES.length - 1]}`;

export function isRuleCode(value: string): value is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

export interface Finding {
  code: RuleCode;
  /** Says what is wrong and what the fix does, naming the parameter / type / exception. */
  message: string;
  severity: Severity;
  symbolId: string;
  /** Dotted name path (`Class.method`), `<module>` for a module. */
  symbol: string;
  /** Offsets into the text: the docstring line or signature part the finding is about. */
  start: number;
  end: number;
}
