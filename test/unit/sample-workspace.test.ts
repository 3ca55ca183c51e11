// The sample workspace (npm run sample) shows validation: samples/workspace/orders.py keeps stale
// docstrings that "Update docstring" repairs. If a rule or the sample changes, this says so.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliSync } from '../support/cli';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'workspace');
/** The CLI's entry shim goes here, not into the sample (which `npm run sample` copies as it is). */
let shimDir: string;

describe('sample workspace: orders.py shows stale docstrings to repair', () => {
  before(() => {
    shimDir = mkdtempSync(join(tmpdir(), 'docwright-sample-'));
  });
  after(() => rmSync(shimDir, { recursive: true, force: true }));

  it('check reports a missing, an extra and a reordered parameter, an extra return and an undocumented raise', () => {
    const run = runCliSync(['check', '--no-cache', '--format', 'json', 'orders.py'], SAMPLE, { shimDir });
    assert.equal(run.code, 1, run.stderr);
    const codes = (JSON.parse(run.stdout) as { code: string }[]).map((f) => f.code).sort();
    assert.deepEqual(codes, ['DW101', 'DW102', 'DW102', 'DW103', 'DW202', 'DW401']);
  });

  it('fix (the quick fix\'s merge) repairs both docstrings and keeps the descriptions written', () => {
    const run = runCliSync(['fix', '--diff', 'orders.py'], SAMPLE, { shimDir });
    assert.match(run.stdout, /^-\s+coupon: A coupon code\.$/m);
    assert.match(run.stdout, /^\+\s+discount \(float, optional\): _description_\. Defaults to 0\.0\.$/m);
    assert.match(run.stdout, /^\+\s+carrier: Who delivers it\.$/m);
    assert.match(run.stdout, /^\+\s+ValueError: _description_$/m);
    assert.ok(!/^-\s+items: /m.test(run.stdout), 'a description written for a parameter that still exists stays');
  });

  it('the sample README says how to try AI with a local OpenAI-compatible server, with the setting names of package.json', () => {
    const readme = readFileSync(join(SAMPLE, 'README.md'), 'utf8');
    const settings = Object.keys((JSON.parse(readFileSync(join(SAMPLE, '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } }).contributes.configuration.properties);
    assert.match(readme, /http:\/\/localhost:11434\/v1/);
    for (const name of readme.match(/docwright\.[\w.]+/g) ?? []) assert.ok(settings.includes(name), `${name} in the sample README is a setting of package.json`);
    assert.match(readme, /"docwright\.ai\.provider": "compatible"/);
  });
});
