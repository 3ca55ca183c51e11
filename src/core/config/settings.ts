/** Every setting Docwright reads, typed and validated in one place. `vscode` never appears here. */
import type { TypesMode } from '../docstring/model';
import type { QuoteStyle } from '../generate/literal';
import type { StyleSetting } from '../generate/style';
import { isRuleCode, type RuleCode, type Severity } from '../validate/rules';

/** Per-rule severity overrides; a rule not named keeps its default from `RULES`. */
export type SeveritySetting = Partial<Record<RuleCode, Severity>>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface DocwrightConfig {
  pythonStyle: Extract<StyleSetting, 'auto' | 'google' | 'numpy' | 'sphinx'>;
  jsStyle: Extract<StyleSetting, 'auto' | 'jsdoc' | 'tsdoc'>;
  types: TypesMode;
  quoteStyle: QuoteStyle;
  useLanguageServices: boolean;
  validationEnabled: boolean;
  validationSeverity: SeveritySetting;
  validationMaxFileSize: number;
}

interface SettingSpec<K extends keyof DocwrightConfig> {
  key: string;
  default: DocwrightConfig[K];
  accepted?: readonly DocwrightConfig[K][];
  /**
   * For values an enum or a `typeof` cannot check (objects, ranges): the value to use and, when
   * part or all of it was rejected, what was wrong and what the setting accepts.
   */
  parse?: (value: unknown) => { value: DocwrightConfig[K]; problem?: string };
  description: string;
}

export const SETTINGS: { [K in keyof DocwrightConfig]: SettingSpec<K> } = {
  pythonStyle: {
    key: 'docwright.style.python',
    default: 'auto',
    accepted: ['auto', 'google', 'numpy', 'sphinx'],
    description: 'Docstring style for Python. `auto`: the majority style of the file, else pyproject.toml ([tool.pydoclint] style or ruff pydocstyle convention), else Google.',
  },
  jsStyle: {
    key: 'docwright.style.javascript',
    default: 'auto',
    accepted: ['auto', 'jsdoc', 'tsdoc'],
    description: 'Doc comment style for TypeScript and JavaScript. `auto`: the majority style of the file, else JSDoc.',
  },
  types: {
    key: 'docwright.types',
    default: 'auto',
    accepted: ['auto', 'always', 'never'],
    description: 'Types in docstrings. `auto` omits a type the signature already annotates.',
  },
  quoteStyle: {
    key: 'docwright.quoteStyle',
    default: '"""',
    accepted: ['"""', "'''"],
    description: 'Quotes of new Python docstrings.',
  },
  useLanguageServices: {
    key: 'docwright.useLanguageServices',
    default: true,
    description: "Ask the editor's language services for inferred types of unannotated JavaScript parameters.",
  },
  validationEnabled: {
    key: 'docwright.validation.enabled',
    default: true,
    description: 'Report docstrings that disagree with their code as diagnostics, with quick fixes.',
  },
  validationSeverity: {
    key: 'docwright.validation.severity',
    default: {},
    parse: parseSeverities,
    description: 'Severity per rule code (`error`, `warning`, `information`, `hint`, `off`); a rule not named keeps its default.',
  },
  validationMaxFileSize: {
    key: 'docwright.validation.maxFileSize',
    default: 500000,
    parse: (value) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? { value }
        : { value: 500000, problem: 'a number of bytes, 0 or more' },
    description: 'Files larger than this many bytes are not validated.',
  },
};

/** Keeps every valid `code: severity` entry; names the entries it dropped. */
function parseSeverities(value: unknown): { value: SeveritySetting; problem?: string } {
  const accepts = `an object mapping rule codes (DW101...) to ${SEVERITIES.map((v) => JSON.stringify(v)).join(', ')}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value: {}, problem: accepts };
  const kept: SeveritySetting = {};
  const bad: string[] = [];
  for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
    if (isRuleCode(code) && (SEVERITIES as readonly unknown[]).includes(level)) kept[code] = level as Severity;
    else bad.push(`${JSON.stringify(code)}: ${JSON.stringify(level)}`);
  }
  return bad.length ? { value: kept, problem: `${accepts}; ignoring ${bad.join(', ')}` } : { value: kept };
}

export const DEFAULT_CONFIG: DocwrightConfig = Object.fromEntries(
  Object.entries(SETTINGS).map(([name, spec]) => [name, spec.default]),
) as unknown as DocwrightConfig;

export interface ConfigProblem {
  key: string;
  message: string;
}

/**
 * Build the config from a reader of raw values. A bad value keeps the default and yields one message
 * naming the setting and what it accepts.
 */
export function readConfig(get: (key: string) => unknown): { config: DocwrightConfig; problems: ConfigProblem[] } {
  const config = { ...DEFAULT_CONFIG } as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const [name, spec] of Object.entries(SETTINGS) as [keyof DocwrightConfig, SettingSpec<keyof DocwrightConfig>][]) {
    const value = get(spec.key);
    if (value === undefined) continue;
    if (spec.parse) {
      const parsed = spec.parse(value);
      config[name] = parsed.value;
      if (parsed.problem) problems.push({ key: spec.key, message: `Setting ${spec.key} has the value ${JSON.stringify(value)}; it accepts ${parsed.problem}. Using ${JSON.stringify(parsed.value)}.` });
      continue;
    }
    const ok = spec.accepted ? (spec.accepted as readonly unknown[]).includes(value) : typeof value === typeof spec.default;
    if (ok) config[name] = value;
    else {
      const accepted = spec.accepted ? spec.accepted.map((v) => JSON.stringify(v)).join(', ') : typeof spec.default;
      problems.push({ key: spec.key, message: `Setting ${spec.key} has the value ${JSON.stringify(value)}; it accepts ${accepted}. Using ${JSON.stringify(spec.default)}.` });
    }
  }
  return { config: config as unknown as DocwrightConfig, problems };
}
