import assert from 'node:assert/strict';
import { detectDocstringStyle, majorityStyle, styleFromPyproject } from '../../../src/core/styles';

const G = 'S.\n\nArgs:\n    a: A.';
const N = 'S.\n\nParameters\n----------\na : int\n    A.';
const SPH = 'S.\n\n:param a: A.';
const J = '@param {string} a - A.';
const T = '@param a - A.\n@typeParam T - X.';

describe('style detection', () => {
  it('returns undefined for one-liners and prose', () => {
    assert.equal(detectDocstringStyle('Return the sum.', 'python'), undefined);
    assert.equal(detectDocstringStyle('Summary.\n\nSee the :class:`Foo` role, and note: prose.', 'python'), undefined);
    assert.equal(detectDocstringStyle('', 'js'), undefined);
  });

  it('does not call a lone "Returns:" without an indented block google', () => {
    assert.equal(detectDocstringStyle('S.\n\nReturns:\nnothing indented', 'python'), undefined);
  });

  it('detects each python style', () => {
    assert.equal(detectDocstringStyle(G, 'python'), 'google');
    assert.equal(detectDocstringStyle(N, 'python'), 'numpy');
    assert.equal(detectDocstringStyle(SPH, 'python'), 'sphinx');
  });

  it('majorityStyle counts and ignores one-liners', () => {
    assert.equal(majorityStyle([N, N, G, 'One.', 'Two.', 'Three.'], 'python'), 'numpy');
    assert.equal(majorityStyle([SPH, SPH, G], 'python'), 'sphinx');
    assert.equal(majorityStyle(['One.'], 'python'), undefined);
    assert.equal(majorityStyle([], 'js'), undefined);
  });

  it('majorityStyle breaks ties google>numpy>sphinx and jsdoc>tsdoc, whatever the order', () => {
    assert.equal(majorityStyle([SPH, N], 'python'), 'numpy');
    assert.equal(majorityStyle([N, G], 'python'), 'google');
    assert.equal(majorityStyle([SPH, G, N], 'python'), 'google');
    assert.equal(majorityStyle([T, J], 'js'), 'jsdoc');
    assert.equal(majorityStyle([T, T, J], 'js'), 'tsdoc');
  });
});

describe('styleFromPyproject', () => {
  it('reads [tool.pydoclint] style', () => {
    assert.equal(styleFromPyproject('[project]\nname = "x"\n\n[tool.pydoclint]\nstyle = "sphinx"  # comment\n'), 'sphinx');
    assert.equal(styleFromPyproject("[tool.pydoclint]\nstyle = 'numpy'"), 'numpy');
  });

  it('prefers pydoclint over ruff', () => {
    const toml = '[tool.ruff.lint.pydocstyle]\nconvention = "google"\n\n[tool.pydoclint]\nstyle = "numpy"\n';
    assert.equal(styleFromPyproject(toml), 'numpy');
  });

  it('reads ruff convention from [tool.ruff.lint.pydocstyle] and the legacy [tool.ruff.pydocstyle]', () => {
    assert.equal(styleFromPyproject('[tool.ruff.lint.pydocstyle]\nconvention = "google"'), 'google');
    assert.equal(styleFromPyproject('[tool.ruff.pydocstyle]\nconvention = "numpy"'), 'numpy');
  });

  it('reads dotted keys and inline tables', () => {
    assert.equal(styleFromPyproject('[tool.ruff.lint]\npydocstyle.convention = "numpy"'), 'numpy');
    assert.equal(styleFromPyproject('[tool.ruff]\nlint.pydocstyle = { convention = "google" }'), 'google');
  });

  it('gives undefined for pep257, other tables and a commented-out key', () => {
    assert.equal(styleFromPyproject('[tool.ruff.lint.pydocstyle]\nconvention = "pep257"'), undefined);
    assert.equal(styleFromPyproject('[tool.other]\nstyle = "google"\nconvention = "numpy"'), undefined);
    assert.equal(styleFromPyproject('[tool.pydoclint]\n# style = "google"\n'), undefined);
    assert.equal(styleFromPyproject(''), undefined);
  });

  it('does not leak a key from a previous table', () => {
    assert.equal(styleFromPyproject('[tool.pydoclint]\n[tool.black]\nstyle = "google"'), undefined);
  });
});
