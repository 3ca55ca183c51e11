import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, readConfig, SETTINGS } from '../../src/core/config/settings';
import { resolveStyle } from '../../src/core/generate/style';
import { extractSymbols } from '../../src/core/extract';
import { RULES } from '../../src/core/validate/rules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('settings', () => {
  it('defaults when nothing is set', () => {
    assert.deepEqual(readConfig(() => undefined), { config: DEFAULT_CONFIG, problems: [] });
  });

  it('takes valid values and rejects a bad one with a message naming the setting and the accepted values', () => {
    const values: Record<string, unknown> = { 'docwright.style.python': 'numpy', 'docwright.types': 'sometimes' };
    const { config, problems } = readConfig((key) => values[key]);
    assert.equal(config.pythonStyle, 'numpy');
    assert.equal(config.types, 'auto');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /docwright\.types.*"sometimes".*"auto", "always", "never"/);
  });

  it('every setting in the manifest is read, with the same default and enum', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: unknown[] }>;
    for (const spec of Object.values(SETTINGS)) {
      const declared = properties[spec.key];
      assert.ok(declared, `${spec.key} is in package.json`);
      assert.deepEqual(declared.default, spec.default, spec.key);
      if ('accepted' in spec && spec.accepted) assert.deepEqual(declared.enum, [...spec.accepted], spec.key);
    }
    assert.equal(Object.keys(properties).length, Object.keys(SETTINGS).length);
  });

  it('the manifest declares a severity for every rule code, and only those, with its summary and default', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const declared = manifest.contributes.configuration.properties['docwright.validation.severity'];
    assert.equal(declared.additionalProperties, false);
    assert.deepEqual(Object.keys(declared.properties), Object.keys(RULES));
    for (const [code, rule] of Object.entries(RULES)) {
      const property = declared.properties[code];
      assert.deepEqual(property.enum, ['error', 'warning', 'information', 'hint', 'off'], code);
      assert.ok(property.markdownDescription.includes(rule.summary), `${code} describes its rule`);
      assert.ok(property.markdownDescription.includes(`\`${rule.severity}\``), `${code} names its default severity`);
    }
  });

  it('validates object and number settings: keeps the valid severities and names the rest', () => {
    const values: Record<string, unknown> = {
      'docwright.validation.severity': { DW102: 'error', DW999: 'warning', DW101: 'loud' },
      'docwright.validation.maxFileSize': -1,
      'docwright.validation.enabled': false,
    };
    const { config, problems } = readConfig((key) => values[key]);
    assert.deepEqual(config.validationSeverity, { DW102: 'error' });
    assert.equal(config.validationMaxFileSize, 500000);
    assert.equal(config.validationEnabled, false);
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /docwright\.validation\.severity.*"DW999": "warning", "DW101": "loud"/);
    assert.match(problems[1].message, /docwright\.validation\.maxFileSize.*-1.*number of bytes/);
    assert.equal(readConfig((key) => (key === 'docwright.validation.severity' ? ['DW101'] : undefined)).problems.length, 1, 'an array is not an object');
  });
});

describe('style resolution', () => {
  it('an explicit setting wins', async () => {
    const { symbols } = await extractSymbols('def f():\n    """S.\n\n    :param a: x\n    """\n', 'python');
    assert.equal(resolveStyle('google', 'python', symbols), 'google');
  });

  it('auto: the majority style of the file, then the project, then the default', async () => {
    const sphinxFile = await extractSymbols('def f(a):\n    """S.\n\n    :param a: x\n    """\n', 'python');
    assert.equal(resolveStyle('auto', 'python', sphinxFile.symbols, 'numpy'), 'sphinx');
    const plain = await extractSymbols('def f(a):\n    pass\n', 'python');
    assert.equal(resolveStyle('auto', 'python', plain.symbols, 'numpy'), 'numpy');
    assert.equal(resolveStyle('auto', 'python', plain.symbols), 'google');
    const ts = await extractSymbols('function f() {}', 'typescript');
    assert.equal(resolveStyle('auto', 'js', ts.symbols), 'jsdoc');
    assert.equal(resolveStyle('auto', 'js', ts.symbols, 'numpy'), 'jsdoc', 'a Python convention never applies to TS');
  });
});
