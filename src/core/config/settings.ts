/** Every setting Docwright reads, typed and validated in one place. `vscode` never appears here. */
import type { TypesMode } from '../docstring/model';
import type { QuoteStyle } from '../generate/literal';
import type { StyleSetting } from '../generate/style';
import { isRuleCode, type RuleCode, type Severity } from '../validate/rules';

/** Per-rule severity overrides; a rule not named keeps its default from `RULES`. */
export type SeveritySetting = Partial<Record<RuleCode, Severity>>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

export type AiProviderSetting = 'none' | 'openai' | 'azure' | 'compatible';

/** USD per million tokens, input and output, per model name (overrides the built-in prices). */
export type PricesSetting = Record<string, { inputPerMTok: number; outputPerMTok: number }>;

export interface DocwrightConfig {
  pythonStyle: Extract<StyleSetting, 'auto' | 'google' | 'numpy' | 'sphinx'>;
  jsStyle: Extract<StyleSetting, 'auto' | 'jsdoc' | 'tsdoc'>;
  types: TypesMode;
  quoteStyle: QuoteStyle;
  useLanguageServices: boolean;
  validationEnabled: boolean;
  validationSeverity: SeveritySetting;
  validationMaxFileSize: number;
  aiProvider: AiProviderSetting;
  aiModel: string;
  aiBaseUrl: string;
  aiAzureEndpoint: string;
  aiAzureDeployment: string;
  aiAzureApiVersion: string;
  aiMaxConcurrency: number;
  aiRequestsPerMinute: number;
  aiTokensPerMinute: number;
  aiTimeoutSeconds: number;
  aiConfirmAboveUsd: number;
  aiPrices: PricesSetting;
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
  aiProvider: {
    key: 'docwright.ai.provider',
    default: 'none',
    accepted: ['none', 'openai', 'azure', 'compatible'],
    description: 'Where AI descriptions come from; `none` writes templates only.',
  },
  aiModel: {
    key: 'docwright.ai.model',
    default: 'gpt-4o-mini',
    parse: (value) => (typeof value === 'string' && value.trim() ? { value: value.trim() } : { value: 'gpt-4o-mini', problem: 'a model name' }),
    description: 'The model (OpenAI, compatible servers) that writes descriptions.',
  },
  aiBaseUrl: {
    key: 'docwright.ai.baseUrl',
    default: '',
    description: "The OpenAI-compatible server's base URL (or Azure's v1 URL).",
  },
  aiAzureEndpoint: {
    key: 'docwright.ai.azure.endpoint',
    default: '',
    description: 'Azure OpenAI resource endpoint.',
  },
  aiAzureDeployment: {
    key: 'docwright.ai.azure.deployment',
    default: '',
    description: 'Azure OpenAI deployment name.',
  },
  aiAzureApiVersion: {
    key: 'docwright.ai.azure.apiVersion',
    default: '2024-10-21',
    description: 'Azure OpenAI API version.',
  },
  aiMaxConcurrency: {
    key: 'docwright.ai.maxConcurrency',
    default: 4,
    parse: wholeNumber(4, 1, 32),
    description: 'Model requests in flight at once during a file run.',
  },
  aiRequestsPerMinute: {
    key: 'docwright.ai.requestsPerMinute',
    // OpenAI's first usage tier allows 500 requests/min for its small models; local servers have no limit.
    default: 500,
    parse: wholeNumber(500, 1),
    description: 'Model requests per minute, at most.',
  },
  aiTokensPerMinute: {
    key: 'docwright.ai.tokensPerMinute',
    default: 200000,
    parse: wholeNumber(200000, 1),
    description: 'Model tokens (prompt plus answer limit) per minute, at most.',
  },
  aiTimeoutSeconds: {
    key: 'docwright.ai.timeoutSeconds',
    default: 60,
    parse: (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? { value } : { value: 60, problem: 'a number of seconds, more than 0' }),
    description: 'How long one model request may take.',
  },
  aiConfirmAboveUsd: {
    key: 'docwright.ai.confirmAboveUsd',
    default: 0.5,
    parse: (value) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? { value } : { value: 0.5, problem: 'an amount in US dollars, 0 or more' }),
    description: 'A file run estimated to cost more than this asks first.',
  },
  aiPrices: {
    key: 'docwright.ai.prices',
    default: {},
    parse: parsePrices,
    description: 'Prices per model (USD per million input and output tokens), over the built-in ones.',
  },
};

/** A whole number in [min, max]; anything else keeps `fallback`. */
function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): (value: unknown) => { value: number; problem?: string } {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? { value }
      : { value: fallback, problem: `a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}` };
}

/** Keeps every `model: { inputPerMTok, outputPerMTok }` entry with two non-negative numbers; names the rest. */
function parsePrices(value: unknown): { value: PricesSetting; problem?: string } {
  const accepts = 'an object mapping model names to { "inputPerMTok": number, "outputPerMTok": number }';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value: {}, problem: accepts };
  const kept: PricesSetting = {};
  const bad: string[] = [];
  const price = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  for (const [model, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = entry as { inputPerMTok?: unknown; outputPerMTok?: unknown } | null;
    if (e && typeof e === 'object' && price(e.inputPerMTok) && price(e.outputPerMTok)) kept[model] = { inputPerMTok: e.inputPerMTok as number, outputPerMTok: e.outputPerMTok as number };
    else bad.push(JSON.stringify(model));
  }
  return bad.length ? { value: kept, problem: `${accepts}; ignoring ${bad.join(', ')}` } : { value: kept };
}

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
