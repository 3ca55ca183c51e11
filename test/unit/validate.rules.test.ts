/** Rules and repairs found by comparing Docwright with pydocstyle, numpydoc and eslint-plugin-jsdoc. */
import assert from 'node:assert/strict';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { normalizeType, sameType } from '../../src/core/validate/types';

const codes = async (text: string, language: 'python' | 'javascript' | 'typescript', style: 'google' | 'numpy' | 'sphinx' | 'jsdoc') =>
  (await validateText(text, language, { style })).findings.map((f) => `${f.code} ${f.message.split(';')[0]}`);

describe('validation rules', () => {
  it('Python: a documented return that the annotation promises is not DW202, even when the body does not return (yet)', async () => {
    const text = 'def count(items) -> int:\n    """Count.\n\n    Args:\n        items: The items.\n\n    Returns:\n        How many.\n    """\n    print(items)\n';
    assert.deepEqual(await codes(text, 'python', 'google'), []);
    assert.deepEqual(await codes(text.replace(' -> int', ''), 'python', 'google'), ["DW202 A return is documented but 'count' returns nothing"]);
    assert.deepEqual(await codes(text.replace(' -> int', ' -> None'), 'python', 'google'), ["DW202 A return is documented but 'count' returns nothing"]);
  });

  it('Python: a documented exception that is only re-raised is not DW402; an undocumented one is not DW401', async () => {
    const text = 'def load(path):\n    """Load.\n\n    Args:\n        path: The path.\n\n    Returns:\n        The text.\n\n    Raises:\n        OSError: When the file cannot be read.\n    """\n    try:\n        return open(path).read()\n    except OSError:\n        log(path)\n        raise\n';
    assert.deepEqual(await codes(text, 'python', 'google'), []);
    assert.deepEqual(await codes(text.replace('\n    Raises:\n        OSError: When the file cannot be read.\n', ''), 'python', 'google'), []);
  });

  it('Sphinx: ":raises: ValueError: text" names the exception (and a list of them); JSDoc: an untyped @throws covers whatever is thrown', async () => {
    const sphinx = 'def f(x):\n    """F.\n\n    :param x: The x.\n    :raises: ValueError, KeyError: When x is bad.\n    """\n    if x:\n        raise ValueError(x)\n    raise KeyError(x)\n';
    assert.deepEqual(await codes(sphinx, 'python', 'sphinx'), []);
    const wrongName = sphinx.replace(':raises: ValueError, KeyError:', ':raises: TypeError:');
    assert.deepEqual((await codes(wrongName, 'python', 'sphinx')).sort(), ["DW401 'KeyError' is raised but not documented", "DW401 'ValueError' is raised but not documented", "DW402 'TypeError' is documented as raised but the body does not raise it (fine if a callee does)."]);
    const js = '/**\n * Parse.\n * @param {string} s The text.\n * @throws When the text is not JSON.\n */\nfunction parse(s) { if (!s) throw new SyntaxError("empty"); return s; }\n';
    assert.deepEqual((await codes(js, 'javascript', 'jsdoc')).filter((c) => /DW40/.test(c)), []);
  });

  it('JSDoc: @inheritdoc, {@inheritDoc}, @override, @implements and @type document a function elsewhere; @class needs no @returns', async () => {
    for (const tag of ['@inheritdoc', '{@inheritDoc}', '@override', '@implements {Shape}', '@type {Area}']) {
      const text = `/**\n * ${tag}\n */\nfunction area(width, height) { if (!width) throw new RangeError('w'); return width * height; }\n`;
      assert.deepEqual(await codes(text, 'javascript', 'jsdoc'), [], tag);
    }
    const constructor = '/**\n * A point.\n * @class\n * @param {number} x The x.\n */\nfunction Point(x, y) { this.x = x; this.y = y; return this; }\n';
    assert.deepEqual(await codes(constructor, 'javascript', 'jsdoc'), ["DW102 Parameter 'y' is not documented"]);
  });

  it('Python: stars that name the other kind of variadic (`**args` for `*args`) are a mismatch; none, or the right ones, match', async () => {
    const wrong = 'def f(*args, **kwargs):\n    """F.\n\n    Args:\n        **args: Positional.\n        *kwargs: Keywords.\n    """\n    print(args, kwargs)\n';
    assert.deepEqual((await codes(wrong, 'python', 'google')).filter((c) => c.startsWith('DW101')).sort(), ["DW101 Parameter '**args' is documented but is not in the signature", "DW101 Parameter '*kwargs' is documented but is not in the signature"]);
    const repaired = await updateDocstrings(wrong, 'python', { style: 'google' });
    assert.match(repaired.newText, /Args:\n {8}\*args: Positional\.\n {8}\*\*kwargs: Keywords\.\n/);
    for (const names of [['*args', '**kwargs'], ['args', 'kwargs'], ['\\*args', '\\*\\*kwargs']]) {
      const right = `def f(*args, **kwargs):\n    """F.\n\n    Args:\n        ${names[0]}: Positional.\n        ${names[1]}: Keywords.\n    """\n    print(args, kwargs)\n`;
      assert.deepEqual(await codes(right, 'python', 'google'), [], names.join(', '));
    }
  });

  it('JSDoc: a destructured member left out is missing, one not bound is extra; the repair adds it under the author\'s name', async () => {
    const text = '/**\n * Connect.\n * @param {object} options The options.\n * @param {string} options.host The host.\n * @param {string} options.gone Gone.\n * @returns {string} The address.\n */\nfunction connect({ host, port }) { return host + port; }\n';
    assert.deepEqual((await codes(text, 'javascript', 'jsdoc')).sort(), ["DW101 Parameter 'options.gone' is documented but is not in the signature", "DW102 Parameter 'options.port' is not documented"]);
    const repaired = await updateDocstrings(text, 'javascript', { style: 'jsdoc' });
    assert.match(repaired.newText, /@param \{string\} options\.host The host\.\n \* @param options\.port _description_\n/);
    assert.ok(!repaired.newText.includes('options.gone'));
    assert.deepEqual(await codes(repaired.newText, 'javascript', 'jsdoc'), []);
  });

  it('NumPy: names under "Other Parameters" are documented, and the repair does not add them again', async () => {
    const text = 'def load(data, verbose=False):\n    """Load.\n\n    Parameters\n    ----------\n    data : str\n        The data.\n\n    Other Parameters\n    ----------------\n    verbose : bool\n        Talk more.\n    """\n    print(data, verbose)\n';
    assert.deepEqual(await codes(text, 'python', 'numpy'), []);
    const repaired = await updateDocstrings(text, 'python', { style: 'numpy', select: (s) => s.docstring !== undefined });
    assert.equal((repaired.newText.match(/verbose/g) ?? []).length, 3, repaired.newText);
  });

  it('a repair keeps JSDoc optional brackets and the type of a renamed parameter', async () => {
    const text = '/**\n * Square.\n * @param {number} y - The number.\n * @param {string} [note] - A note.\n */\nfunction square(x, note) { console.log(x * x, note); }\n';
    const repaired = await updateDocstrings(text, 'javascript', { style: 'jsdoc', select: () => true });
    assert.match(repaired.newText, /@param \{number\} x - The number\./);
    assert.match(repaired.newText, /@param \{string\} \[note\] - A note\./);
  });

  it('a class docstring that documents arguments stands for __init__: no DW601, and generation adds no __init__ docstring', async () => {
    const text = 'class Sensor:\n    """A sensor.\n\n    Args:\n        port: The port.\n    """\n\n    def __init__(self, port):\n        self.port = port\n';
    const { findings } = await validateText(text, 'python', { style: 'google', severities: { DW601: 'warning' } });
    assert.deepEqual(findings.filter((f) => f.symbol !== '<module>'), []);
    const generated = await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""' });
    assert.ok(!generated.documented.some((s) => s.name === '__init__'));
  });

  it('`@returns {void}` and NumPy `None` state that nothing is returned: no DW202', async () => {
    assert.deepEqual(await codes('/**\n * P.\n * @returns {void}\n */\nfunction p() { console.log(1); }\n', 'javascript', 'jsdoc'), []);
    assert.deepEqual(await codes('def p():\n    """P.\n\n    Returns\n    -------\n    None\n    """\n    print(1)\n', 'python', 'numpy'), []);
  });

  it('an author who writes no hyphen after JSDoc names keeps that layout on repair', async () => {
    const text = '/**\n * Add.\n * @param {number} a The a.\n */\nfunction add(a, b) { return a + b; }\n';
    const repaired = await updateDocstrings(text, 'javascript', { style: 'jsdoc' });
    assert.match(repaired.newText, / \* @param \{number\} a The a\.\n \* @param b _description_\n/);
  });
});

describe('type comparison', () => {
  it('treats spellings of the same type as equal and different types as different', () => {
    assert.ok(sameType('Optional[str]', 'str | None'));
    assert.ok(sameType('typing.List[int]', 'list[int]'));
    assert.ok(sameType('Union[int, str]', 'str|int'));
    assert.ok(!sameType('int', 'float'));
    assert.equal(normalizeType(' "Connection" '), 'Connection');
  });
});

describe('finding placement and wording', () => {
  it('an extra parameter is reported on its own entry line, not where its name first appears', async () => {
    const ts = '/**\n * Scale a unit.\n * @param unit - x\n */\nexport function f(): void {}\n';
    const [tsFinding] = (await validateText(ts, 'typescript', { style: 'auto' })).findings;
    assert.equal(ts.slice(tsFinding.start, tsFinding.end), '@param unit - x');
    const py = 'def f():\n    """Use the key.\n\n    Args:\n        key: k\n    """\n';
    const [pyFinding] = (await validateText(py, 'python', { style: 'auto' })).findings;
    assert.equal(py.slice(pyFinding.start, pyFinding.end), 'key: k');
  });

  it('says "renames" when the repair will rename, "removes"/"adds" otherwise', async () => {
    const renamed = (await validateText('def f(factor):\n    """F.\n\n    Args:\n        unit: The unit.\n    """\n    print(factor)\n', 'python', { style: 'google' })).findings.map((f) => f.message);
    assert.deepEqual(renamed.sort(), [
      `Parameter 'factor' is not documented; "Update docstring" renames 'unit' to it.`,
      `Parameter 'unit' is documented but is not in the signature; "Update docstring" renames it to 'factor'.`,
    ]);
    const unrelated = (await validateText('def f(a, b):\n    """F.\n\n    Args:\n        x: X.\n    """\n    print(a, b)\n', 'python', { style: 'google' })).findings.map((f) => f.message.split('; ')[1]);
    assert.deepEqual(unrelated.sort(), ['"Update docstring" adds it.', '"Update docstring" adds it.', '"Update docstring" removes it.']);
  });
});
