/**
 * Reading eslint-plugin-jsdoc's vendored rule tests (assertions/*.js). They are ES modules that
 * import the parsers they test with; the harness needs only which parser a case names, so each
 * import becomes a marker object and the module is evaluated as a script.
 */
import * as fs from 'node:fs';
import * as vm from 'node:vm';

/** Stands in for an imported binding: which module it came from and under what name. */
export interface ImportMarker {
  fromModule: string;
  imported: string;
}

/** One case of a rule test, as the upstream file writes it (only the fields the harness reads). */
export interface PeerCase {
  code: string;
  options?: unknown[];
  settings?: Record<string, unknown>;
  languageOptions?: { parser?: ImportMarker; [key: string]: unknown };
  errors?: { message?: string }[];
}

export interface RuleCases {
  valid: PeerCase[];
  invalid: PeerCase[];
}

const IMPORT = /^import\s+([\s\S]*?)\s+from\s+'([^']+)';?[ \t]*$/gm;

/** `* as a`, `b`, `{ c as d, e }` -> local name -> marker. */
function bindings(clause: string, fromModule: string): Record<string, ImportMarker> {
  const out: Record<string, ImportMarker> = {};
  const namespace = /\*\s+as\s+([\w$]+)/.exec(clause);
  if (namespace) out[namespace[1]] = { fromModule, imported: '*' };
  const named = /\{([^}]*)\}/.exec(clause);
  for (const part of named?.[1].split(',') ?? []) {
    const [imported, local = imported] = part.trim().split(/\s+as\s+/);
    if (imported) out[local] = { fromModule, imported };
  }
  const defaultName = /^([\w$]+)/.exec(clause.trim());
  if (defaultName && !namespace) out[defaultName[1]] = { fromModule, imported: 'default' };
  return out;
}

export function loadRuleCases(file: string): RuleCases {
  const source = fs.readFileSync(file, 'utf8');
  let sandbox: Record<string, unknown> = {};
  const script = source
    .replace(IMPORT, (_m, clause: string, fromModule: string) => {
      sandbox = { ...sandbox, ...bindings(clause, fromModule) };
      return '';
    })
    .replace(/^export default\b/m, 'module.exports =');
  if (/^(import|export)\b/m.test(script)) throw new Error(`${file}: an import or export the loader does not understand`);
  const module = { exports: {} as Partial<RuleCases> };
  vm.runInNewContext(script, { ...sandbox, module }, { filename: file });
  const { valid, invalid } = module.exports;
  if (!Array.isArray(valid) || !Array.isArray(invalid)) throw new Error(`${file}: expected { valid: [...], invalid: [...] }`);
  return { valid, invalid };
}
