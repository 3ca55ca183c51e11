// `check` extracts leanly (undocumented functions' bodies and parameters are not read): it must
// find exactly what a full extraction finds, on every Python fixture and the peers' test data.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import { validateText } from '../../src/core/validate';

const ROOT = join(__dirname, '..', '..', '..');

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pythonFiles(path);
    return name.endsWith('.py') ? [path] : [];
  });
}

describe('lean extraction for validation', () => {
  it('an undocumented function is not read; a documented one is', async () => {
    const text = 'def a(x):\n    raise ValueError(x)\n\n\ndef b(x):\n    """B."""\n    raise KeyError(x)\n';
    const lean = await extractSymbols(text, 'python', false, true);
    const full = await extractSymbols(text, 'python');
    const facts = (r: typeof lean) => r.symbols.filter((s) => s.kind === 'function').map((s) => [s.name, s.params.length, s.raises]);
    assert.deepEqual(facts(full), [['a', 1, ['ValueError']], ['b', 1, ['KeyError']]]);
    assert.deepEqual(facts(lean), [['a', 0, []], ['b', 1, ['KeyError']]]);
  });

  it('finds exactly what a full extraction finds, every rule on (DW601 included), on every Python fixture and pydoclint\'s test data', async function () {
    this.timeout(60_000);
    const files = [...pythonFiles(join(ROOT, 'test', 'fixtures')), ...pythonFiles(join(ROOT, 'test', 'peers', 'pydoclint', 'vendor'))];
    assert.ok(files.length > 100, `${files.length} files`);
    const severities = { DW601: 'warning' } as const;
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const full = await extractSymbols(text, 'python');
      if (full.hasErrors) continue;
      for (const style of ['auto', 'google', 'numpy', 'sphinx'] as const) {
        const lean = await validateText(text, 'python', { style, severities });
        const reference = await validateText(text, 'python', { style, severities }, full);
        assert.deepEqual(lean.findings, reference.findings, `${file} (${style})`);
      }
      compared++;
    }
    assert.ok(compared > 100, `${compared} files compared`);
  });
});
