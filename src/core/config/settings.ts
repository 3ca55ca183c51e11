/** Every setting Docwright reads, typed and validated in one place. `vscode` never appears here. */
import type { TypesMode } from '../docstring/model';
import type { QuoteStyle } from '../generate/literal';
import type { StyleSetting } from '../generate/style';

export interface DocwrightConfig {
  pythonStyle: Extract<StyleSetting, 'auto' | 'google' | 'numpy' | 'sphinx'>;
  jsStyle: Extract<StyleSetting, 'auto' | 'jsdoc' | 'tsdoc'>;
  types: TypesMode;
  quoteStyle: QuoteStyle;
  useLanguageServices: boolean;
}

interface SettingSpec<K extends keyof DocwrightConfig> {
  key: string;
  default: DocwrightConfig[K];
  accepted?: readonly DocwrightConfig[K][];
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
};

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
    const ok = spec.accepted ? (spec.accepted as readonly unknown[]).includes(value) : typeof value === typeof spec.default;
    if (ok) config[name] = value;
    else {
      const accepted = spec.accepted ? spec.accepted.map((v) => JSON.stringify(v)).join(', ') : typeof spec.default;
      problems.push({ key: spec.key, message: `Setting ${spec.key} has the value ${JSON.stringify(value)}; it accepts ${accepted}. Using ${JSON.stringify(spec.default)}.` });
    }
  }
  return { config: config as unknown as DocwrightConfig, problems };
}
