import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { formatGithub, formatJunit, xmlEscape, type Reported } from '../../src/cli/report';
import { runCliSync } from '../support/cli';

/** The vendored official schema, as draft-07 for Ajv 8 (see test/support/sarif-schema-2.1.0.README.md). */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'support', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
  const { id, ...rest } = schema as { id: string };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: id });
}

const finding = (extra: Partial<Reported> = {}): Reported => ({ file: 'src/a.py', line: 1, column: 17, endLine: 1, endColumn: 23, code: 'DW102', severity: 'warning', symbol: 'area', message: "Parameter 'height' is not documented", ...extra });

describe('docwright check --format, --statistics, --exit-zero', () => {
  let dir: string;
  const stale = 'def area(width, height):\n    """Area.\n\n    Args:\n        width: The width.\n        depth: Gone.\n    """\n    return width * height\n';
  const clean = 'def f(a):\n    """F.\n\n    Args:\n        a: The a.\n    """\n    print(a)\n';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-formats-'));
    writeFileSync(join(dir, 'a.py'), stale);
    writeFileSync(join(dir, 'b.py'), clean);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sarif: valid against the official SARIF 2.1.0 schema, with rules, levels, regions and the tool', () => {
    const run = runCliSync(['check', '--format', 'sarif', 'a.py', 'b.py'], dir);
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as { version: string; runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; name: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'Docwright');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    const dw102 = driver.rules.find((r) => r.id === 'DW102');
    assert.deepEqual({ name: dw102?.name, level: dw102?.defaultConfiguration.level }, { name: 'param-missing', level: 'warning' });
    const result = log.runs[0].results.find((r) => r.ruleId === 'DW102');
    assert.equal(driver.rules[result!.ruleIndex].id, 'DW102');
    assert.deepEqual(result!.locations[0].physicalLocation, { artifactLocation: { uri: 'a.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 17, endLine: 1, endColumn: 23 } });
    assert.equal(log.runs[0].results.length, 3, 'DW102, DW201 and DW101 in a.py; b.py is clean');
  });

  it('the schema check can fail: a log without a version is refused', () => {
    const validate = sarifValidator();
    assert.equal(validate({ runs: [] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'a driver needs a name');
  });

  it('github: one workflow command per finding, severities mapped, properties and data escaped as GitHub does', () => {
    const run = runCliSync(['check', '--format', 'github', 'a.py'], dir);
    assert.match(run.stdout, /^::warning file=a\.py,line=1,col=17,endLine=1,endColumn=23,title=DW102 \(param-missing\)::Parameter 'height' is not documented/m);
    const escaped = formatGithub([finding({ file: 'a,b:c%.py', severity: 'error', message: '50% done\nnext line\r' }), finding({ severity: 'information' })]);
    assert.equal(escaped.split('\n')[0], '::error file=a%2Cb%3Ac%25.py,line=1,col=17,endLine=1,endColumn=23,title=DW102 (param-missing)::50%25 done%0Anext line%0D');
    assert.match(escaped.split('\n')[1], /^::notice /);
  });

  it('junit: a testsuite per file, a failing testcase per finding, a passing one per clean file, XML-escaped', () => {
    const run = runCliSync(['check', '--format', 'junit', 'a.py', 'b.py'], dir);
    assert.match(run.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="docwright check" tests="4" failures="3" errors="0">/);
    assert.match(run.stdout, /<testsuite name="a\.py" tests="3" failures="3" errors="0">\n {4}<testcase name="DW102 area \(line 1, column 17\)" classname="a\.py" file="a\.py" line="1">\n {6}<failure message="Parameter &apos;height&apos; is not documented/);
    assert.match(run.stdout, /<testsuite name="b\.py" tests="1" failures="0" errors="0">\n {4}<testcase name="check" classname="b\.py" file="b\.py"\/>\n {2}<\/testsuite>/);
    assert.equal(xmlEscape('<a href="x">&\'\u0001\u001b'), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;\\u0001\\u001b');
    assert.match(formatJunit([{ file: 'broken.py' }]), /<error message="the file could not be checked/);
  });

  it('--statistics: counts per rule, most frequent first; --exit-zero: 0 with findings', () => {
    writeFileSync(join(dir, 'c.py'), stale.replace('area', 'volume'));
    const run = runCliSync(['check', '--statistics', '.'], dir);
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.trim().split('\n'), ['2\tDW101\tparam-extra', '2\tDW102\tparam-missing', '2\tDW201\treturns-missing']);
    const json = runCliSync(['check', '--statistics', '--format', 'json', '.'], dir);
    assert.deepEqual(JSON.parse(json.stdout), [{ code: 'DW101', name: 'param-extra', count: 2 }, { code: 'DW102', name: 'param-missing', count: 2 }, { code: 'DW201', name: 'returns-missing', count: 2 }]);
    const zero = runCliSync(['check', '--exit-zero', '.'], dir);
    assert.equal(zero.code, 0);
    assert.equal(zero.stdout.trim().split('\n').length, 6);
  });
});
