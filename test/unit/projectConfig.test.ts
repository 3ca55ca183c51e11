import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { findProjectConfig, ignoredCodes, isExcluded, parseProjectConfig, withProjectSettings, type ProjectConfig } from '../../src/core/config/project';
import { DEFAULT_CONFIG } from '../../src/core/config/settings';
import { runCliSync } from '../support/cli';

const docwrightToml = (text: string) => parseProjectConfig('docwright.toml', 'docwright.toml', '/p', text) as ProjectConfig;
const pyproject = (text: string) => parseProjectConfig('pyproject.toml', 'pyproject.toml', '/p', text);

describe('project configuration (docwright.toml, [tool.docwright], package.json "docwright")', () => {
  it('reads every key', () => {
    const config = docwrightToml(`
style = "numpy"
js-style = "tsdoc"
types = "never"
quote-style = "'''"
min-severity = "warning"
ignore = ["DW105"]
exclude = ["build/**", "*_pb2.py"]
[severity]
DW601 = "error"
DW402 = "off"
[per-file-ignores]
"tests/**" = ["DW601", "DW102"]
`);
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.settings, {
      pythonStyle: 'numpy',
      jsStyle: 'tsdoc',
      types: 'never',
      quoteStyle: "'''",
      minSeverity: 'warning',
      ignore: ['DW105'],
      exclude: ['build/**', '*_pb2.py'],
      severity: { DW601: 'error', DW402: 'off' },
      perFileIgnores: [{ glob: 'tests/**', codes: ['DW601', 'DW102'] }],
    });
  });

  it('style picks the language it names; auto sets every language; python-style, js-style and java-style are explicit', () => {
    assert.deepEqual(docwrightToml('style = "jsdoc"').settings, { jsStyle: 'jsdoc' });
    assert.deepEqual(docwrightToml('style = "sphinx"').settings, { pythonStyle: 'sphinx' });
    assert.deepEqual(docwrightToml('style = "javadoc"').settings, { javaStyle: 'javadoc' });
    assert.deepEqual(docwrightToml('style = "auto"').settings, { pythonStyle: 'auto', jsStyle: 'auto', javaStyle: 'auto', csharpStyle: 'auto', goStyle: 'auto', rustStyle: 'auto', phpStyle: 'auto', cppStyle: 'auto', rubyStyle: 'auto' });
    assert.deepEqual(docwrightToml('python-style = "google"').settings, { pythonStyle: 'google' });
    assert.deepEqual(docwrightToml('style = "rustdoc"').settings, { rustStyle: 'rustdoc' });
    assert.deepEqual(docwrightToml('rust-style = "rustdoc"').settings, { rustStyle: 'rustdoc' });
    assert.deepEqual(docwrightToml('style = "phpdoc"').settings, { phpStyle: 'phpdoc' });
    assert.deepEqual(docwrightToml('php-style = "phpdoc"').settings, { phpStyle: 'phpdoc' });
    assert.deepEqual(docwrightToml('style = "doxygen-slash"').settings, { cppStyle: 'doxygen-slash' });
    assert.deepEqual(docwrightToml('cpp-style = "doxygen"').settings, { cppStyle: 'doxygen' });
    assert.deepEqual(docwrightToml('style = "yard"').settings, { rubyStyle: 'yard' });
    assert.deepEqual(docwrightToml('java-style = "javadoc"').settings, { javaStyle: 'javadoc' });
    assert.deepEqual(docwrightToml('style = "godoc"').settings, { goStyle: 'godoc' });
    assert.deepEqual(docwrightToml('go-style = "godoc"').settings, { goStyle: 'godoc' });
  });

  it('each bad value: a message naming the file, the key and what it accepts; the key is ignored', () => {
    const cases: [string, string][] = [
      ['style = "goggle"', 'pyproject.toml: [tool.docwright] style = "goggle": expected one of google, numpy, sphinx, jsdoc, tsdoc, javadoc, xmldoc, godoc, rustdoc, phpdoc, doxygen, doxygen-slash, yard, auto'],
      ['python-style = "jsdoc"', 'pyproject.toml: [tool.docwright] python-style = "jsdoc": expected one of auto, google, numpy, sphinx'],
      ['js-style = "google"', 'pyproject.toml: [tool.docwright] js-style = "google": expected one of auto, jsdoc, tsdoc'],
      ['types = true', 'pyproject.toml: [tool.docwright] types = true: expected one of auto, always, never'],
      ['quote-style = "\'"', `pyproject.toml: [tool.docwright] quote-style = "'": expected one of """, '''`],
      ['min-severity = "off"', 'pyproject.toml: [tool.docwright] min-severity = "off": expected one of error, warning, information, hint'],
      ['ignore = "DW101"', 'pyproject.toml: [tool.docwright] ignore = "DW101": expected a list of rule codes, e.g. ["DW101", "DW601"]'],
      ['ignore = ["DW101", "E501"]', 'pyproject.toml: [tool.docwright] ignore = ["E501"]: expected a list of rule codes, e.g. ["DW101", "DW601"]'],
      ['exclude = "build"', 'pyproject.toml: [tool.docwright] exclude = "build": expected a list of glob patterns, e.g. ["build/**", "*_pb2.py"]'],
      ['severity = "error"', 'pyproject.toml: [tool.docwright] severity = "error": expected a table of rule code = severity (error, warning, information, hint, off), e.g. { DW601 = "warning" }'],
      ['severity = { DW601 = "loud" }', 'pyproject.toml: [tool.docwright] severity.DW601 = "loud": expected one of error, warning, information, hint, off'],
      ['severity = { DW999 = "off" }', 'pyproject.toml: [tool.docwright] severity.DW999: "DW999" is not a rule code (DW101 ... DW802)'],
      ['per-file-ignores = ["DW601"]', 'pyproject.toml: [tool.docwright] per-file-ignores = ["DW601"]: expected a table of glob = list of rule codes, e.g. { "tests/**" = ["DW601"] }'],
      ['per-file-ignores = { "tests/*" = "DW601" }', 'pyproject.toml: [tool.docwright] per-file-ignores."tests/*" = "DW601": expected a list of rule codes, e.g. ["DW101", "DW601"]'],
      ['sytle = "google"', 'pyproject.toml: [tool.docwright] sytle: unknown key; Docwright reads style, python-style, js-style, java-style, csharp-style, go-style, rust-style, php-style, cpp-style, ruby-style, types, quote-style, severity, ignore, per-file-ignores, exclude, min-severity'],
    ];
    for (const [line, message] of cases) {
      const config = pyproject(`[tool.docwright]\n${line}\n`);
      assert.deepEqual(config?.problems, [message], line);
      assert.deepEqual(config?.settings, line.startsWith('severity = {') || line.startsWith('per-file-ignores = {') ? { [line.startsWith('severity') ? 'severity' : 'perFileIgnores']: line.startsWith('severity') ? {} : [] } : {}, line);
    }
  });

  it('package.json "docwright" and its messages; files without a Docwright section do not count', () => {
    const config = parseProjectConfig('package.json', 'package.json', '/p', '{"name":"x","docwright":{"style":"tsdoc","types":"sometimes"}}');
    assert.deepEqual(config?.settings, { jsStyle: 'tsdoc' });
    assert.deepEqual(config?.problems, ['package.json: "docwright".types = "sometimes": expected one of auto, always, never']);
    assert.equal(parseProjectConfig('package.json', 'package.json', '/p', '{"name":"x"}'), undefined);
    assert.equal(pyproject('[tool.ruff]\nline-length = 100\n'), undefined);
    assert.match(pyproject('[tool.docwright]\nstyle = \n')?.problems[0] ?? '', /^pyproject\.toml: not valid TOML at line 2, column \d+/);
  });

  it('the nearest folder wins; in one folder docwright.toml, then pyproject.toml, then package.json', async () => {
    const files: Record<string, string> = {
      '/r/pyproject.toml': '[tool.docwright]\nstyle = "numpy"\n',
      '/r/a/package.json': '{"docwright":{"style":"tsdoc"}}',
      '/r/a/pyproject.toml': '[tool.docwright]\nstyle = "sphinx"\n',
      '/r/a/docwright.toml': 'style = "google"\n',
      '/r/b/pyproject.toml': '[tool.black]\n',
      '/r/c/package.json': '{"docwright":{"style":"jsdoc"}}',
      '/r/c/pyproject.toml': '[tool.docwright]\ntypes = "never"\n',
    };
    const fs = { read: async (p: string) => files[p], join: posix.join, parent: posix.dirname };
    assert.equal((await findProjectConfig('/r/a/x', fs))?.path, '/r/a/docwright.toml');
    assert.equal((await findProjectConfig('/r/b', fs))?.path, '/r/pyproject.toml', 'a pyproject.toml without [tool.docwright] is passed over');
    assert.equal((await findProjectConfig('/r/c', fs))?.path, '/r/c/pyproject.toml');
    assert.equal(await findProjectConfig('/r/b', fs, '/r/b'), undefined, 'not above stopAt');
  });

  it('exclude and per-file-ignores globs are relative to the configuration folder; a pattern without a slash matches a name anywhere', () => {
    const config = docwrightToml('exclude = ["gen/**", "*_pb2.py", "vendor"]\n[per-file-ignores]\n"tests/**" = ["DW601"]\n"conftest.py" = ["DW102"]\n');
    assert.ok(isExcluded(config, '/p/gen/a.py'));
    assert.ok(isExcluded(config, '/p/src/x_pb2.py'));
    assert.ok(isExcluded(config, '/p/src/vendor/lib.py'), 'a file inside an excluded folder');
    assert.ok(!isExcluded(config, '/p/src/a.py'));
    assert.ok(!isExcluded(config, '/elsewhere/gen/a.py'));
    assert.deepEqual([...ignoredCodes(config, '/p/tests/unit/test_a.py')], ['DW601']);
    assert.deepEqual([...ignoredCodes(config, '/p/src/conftest.py')], ['DW102']);
    assert.deepEqual([...ignoredCodes(config, '/p/src/a.py')], []);
  });
});

describe('the editor with a project configuration (withProjectSettings)', () => {
  it('the project wins for the keys it sets; ignores, per-file ignores and min-severity turn rules off; exclude stops validation', () => {
    const user = { ...DEFAULT_CONFIG, pythonStyle: 'numpy' as const, jsStyle: 'tsdoc' as const, types: 'always' as const, validationSeverity: { DW101: 'error' as const, DW103: 'hint' as const } };
    const project = docwrightToml('style = "sphinx"\nmin-severity = "warning"\nignore = ["DW201"]\nexclude = ["gen/**"]\n[severity]\nDW601 = "warning"\n[per-file-ignores]\n"tests/**" = ["DW102"]\n');
    const config = withProjectSettings(user, project, '/p/tests/test_a.py');
    assert.equal(config.pythonStyle, 'sphinx');
    assert.equal(config.jsStyle, 'tsdoc', 'a key the project does not set keeps the user setting');
    assert.equal(config.types, 'always');
    assert.equal(config.validationSeverity.DW101, 'error', "the user's severity stays where the project sets none");
    assert.equal(config.validationSeverity.DW601, 'warning');
    assert.equal(config.validationSeverity.DW103, 'off', 'hint is below min-severity warning');
    assert.equal(config.validationSeverity.DW105, 'off', 'information by default, below warning');
    assert.equal(config.validationSeverity.DW201, 'off');
    assert.equal(config.validationSeverity.DW102, 'off');
    assert.equal(withProjectSettings(user, project, '/p/src/a.py').validationSeverity.DW102, undefined);
    assert.equal(config.validationEnabled, true);
    assert.equal(withProjectSettings(user, project, '/p/gen/a.py').validationEnabled, false);
    assert.equal(withProjectSettings(user, undefined, '/p/a.py'), user);
  });
});

describe('docwright CLI with a project configuration', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const stale = 'def area(width, height):\n    """Area.\n\n    Args:\n        width: The width.\n    """\n    return width * height\n';

  it('check applies severity, ignore, per-file-ignores and min-severity from pyproject.toml', () => {
    mkdirSync(join(dir, 'tests'));
    writeFileSync(join(dir, 'pyproject.toml'), '[tool.docwright]\nmin-severity = "error"\n[tool.docwright.severity]\nDW102 = "error"\n[tool.docwright.per-file-ignores]\n"tests/**" = ["DW102"]\n');
    writeFileSync(join(dir, 'a.py'), stale);
    writeFileSync(join(dir, 'tests', 'b.py'), stale);
    const run = runCliSync(['check', '--format', 'json', '.'], dir);
    const findings = JSON.parse(run.stdout) as { file: string; code: string; severity: string }[];
    assert.deepEqual(findings.map((f) => [f.file, f.code, f.severity]), [['a.py', 'DW102', 'error']]);
    const named = runCliSync(['check', '--min-severity', 'hint', 'tests/b.py'], dir).stdout;
    assert.match(named, /DW201/, 'the flag overrides min-severity');
    assert.doesNotMatch(named, /DW102/, 'the per-file ignore applies to a file named on the command line');
  });

  it('generate follows docwright.toml style, types and quote-style; flags override it', () => {
    writeFileSync(join(dir, 'docwright.toml'), 'style = "sphinx"\ntypes = "always"\nquote-style = "\'\'\'"\n');
    writeFileSync(join(dir, 'm.py'), 'def f(a: int):\n    return a\n');
    const run = runCliSync(['generate', 'm.py'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /'''_summary_\n\n {4}:param a: _description_\n {4}:type a: int\n/);
    const flagged = runCliSync(['generate', '--style', 'google', '--types', 'never', '--quote', '"""', 'm.py'], dir);
    assert.match(flagged.stdout, /"""_summary_\n\n {4}Args:\n {8}a: _description_\n/);
  });

  it('--config FILE applies one configuration to every file instead of the nearest ones, its globs relative to the current folder', () => {
    mkdirSync(join(dir, 'ci'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'pyproject.toml'), '[tool.docwright]\nignore = ["DW102"]\n');
    writeFileSync(join(dir, 'src', 'a.py'), stale);
    writeFileSync(join(dir, 'src', 'skip.py'), stale);
    writeFileSync(join(dir, 'ci', 'strict.toml'), 'exclude = ["src/skip.py"]\n[severity]\nDW102 = "error"\n');
    const nearest = JSON.parse(runCliSync(['check', '--format', 'json', 'src'], dir).stdout) as { code: string }[];
    assert.ok(!nearest.some((f) => f.code === 'DW102'), 'the nearest configuration ignores DW102');
    const run = runCliSync(['check', '--format', 'json', '--config', 'ci/strict.toml', 'src'], dir);
    const findings = JSON.parse(run.stdout) as { file: string; code: string; severity: string }[];
    assert.deepEqual([...new Set(findings.map((f) => f.file))], [join('src', 'a.py')]);
    assert.ok(findings.some((f) => f.code === 'DW102' && f.severity === 'error'));
    // Its globs are relative to the current folder (as Ruff resolves a --config file's), not to ci/.
    const fromSrc = runCliSync(['check', '--format', 'json', '--config', '../ci/strict.toml', '.'], join(dir, 'src'));
    assert.deepEqual([...new Set((JSON.parse(fromSrc.stdout) as { file: string }[]).map((f) => f.file))], ['a.py', 'skip.py']);
  });

  it('--config naming a missing file, or a pyproject.toml without [tool.docwright], stops with exit 2', () => {
    writeFileSync(join(dir, 'm.py'), stale);
    const missing = runCliSync(['check', '--config', 'nope.toml', 'm.py'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--config nope\.toml: cannot read the file: no such file or folder \(ENOENT\)/);
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'pyproject.toml'), '[tool.black]\nline-length = 100\n');
    const empty = runCliSync(['check', '--config', 'other/pyproject.toml', 'm.py'], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /--config other\/pyproject\.toml: has no \[tool\.docwright\] table/);
  });

  it('a bad value stops the run with exit 2 and the message, before any file is touched', () => {
    writeFileSync(join(dir, 'pyproject.toml'), '[tool.docwright]\nstyle = "goggle"\n');
    writeFileSync(join(dir, 'm.py'), 'def f(a):\n    return a\n');
    const run = runCliSync(['fix', 'm.py'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /pyproject\.toml: \[tool\.docwright\] style = "goggle": expected one of google, numpy, sphinx, jsdoc, tsdoc, javadoc, xmldoc, godoc, rustdoc, phpdoc, doxygen, doxygen-slash, yard, auto\n/);
    assert.match(run.stderr, /nothing was checked or written/);
  });
});
