/** Classes of disagreement with pydoclint on its own test data (issue 10), each as a small fixture. */
import assert from 'node:assert/strict';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { updateDocstrings, validateText } from '../../src/core/validate';

type Style = 'google' | 'numpy' | 'sphinx';
const codes = async (text: string, style: Style = 'google') =>
  (await validateText(text, 'python', { style })).findings.map((f) => `${f.code} ${f.message.split(';')[0]}`).sort();

describe('validation against pydoclint classes (issue 10)', () => {
  describe('abstract and body-less methods', () => {
    const abstract = (body: string, returns = ' -> str', extra = '') =>
      `from abc import abstractmethod\n\n\nclass Base:\n    """Base."""\n\n    @abstractmethod\n    def name(self, key: str)${returns}:\n        """Name.\n\n        Args:\n            key: The key.\n${extra}\n        Raises:\n            ValueError: When the key is unknown.\n        """\n${body}`;

    it('a documented Raises is the contract: never DW402, whether the body is empty, pass, ... or raise NotImplementedError', async () => {
      for (const body of ['', '        pass\n', '        ...\n', '        raise NotImplementedError\n']) {
        assert.deepEqual(await codes(abstract(body, '')), [], JSON.stringify(body));
      }
      const notDecorated = abstract('        raise NotImplementedError\n', '').replace('    @abstractmethod\n', '');
      assert.deepEqual(await codes(notDecorated), []);
    });

    it('`-> str` with no Returns section is DW201 from the annotation; a Returns section, or `-> None`, is fine', async () => {
      assert.deepEqual(await codes(abstract('        pass\n')), ["DW201 'name' is annotated '-> str' but the docstring documents no return"]);
      assert.deepEqual(await codes(abstract('        pass\n', ' -> str', '\n        Returns:\n            The name.\n')), []);
      assert.deepEqual(await codes(abstract('        pass\n', ' -> None')), []);
    });

    it('an Iterator annotation with a Yields section documents a generator: no DW201', async () => {
      const text = abstract('        pass\n', ' -> Iterator[str]', '\n        Yields:\n            The names.\n');
      assert.deepEqual(await codes(text), []);
    });
  });

  describe('generators that also return a value', () => {
    const generator = (annotation: string, sections: string, returned = "'done'") =>
      `def count(n)${annotation}:\n    """Count.\n\n    Args:\n        n: How far.\n${sections}    """\n    yield from range(n)\n    return ${returned}\n`;
    const yields = '\n    Yields:\n        The numbers.\n';

    it('a returned value needs Returns (DW201) unless the annotation says the generator returns None', async () => {
      assert.deepEqual(await codes(generator('', yields)), ["DW201 'count' returns a value but the docstring documents no return"]);
      assert.deepEqual(await codes(generator(' -> Generator[int, None, str]', yields)), ["DW201 'count' returns a value but the docstring documents no return"]);
      assert.deepEqual(await codes(generator(' -> Generator[int, None, None]', yields)), []);
      assert.deepEqual(await codes(generator('', `${yields}\n    Returns:\n        A word.\n`)), []);
    });

    it("the Returns type is checked against the generator's return part (DW203); Iterator[...] does not say it", async () => {
      const returns = (type: string) => `\n    Returns:\n        ${type}: A word.\n${yields}`;
      assert.deepEqual(await codes(generator(' -> Generator[int, None, str]', returns('str'))), []);
      assert.deepEqual(await codes(generator(' -> Generator[int, None, float]', returns('str'), '0.5')), ["DW203 The return is documented as 'str' but the generator is annotated to return 'float' ('Generator[int, None, float]')."]);
      assert.deepEqual(await codes(generator(' -> Generator[int, str]', returns('str'), 'None')), ["DW203 The return is documented as 'str' but the generator is annotated to return 'None' ('Generator[int, str]')."]);
      assert.deepEqual(await codes(generator(' -> Iterator[int]', returns('str'))), []);
    });
  });

  it('a generator annotated to yield None (`Iterator[None]`, a context manager) needs no Yields, as `-> None` needs no Returns', async () => {
    const text = (annotation: string) => `@contextmanager\ndef opened(path)${annotation}:\n    """Open.\n\n    Args:\n        path: The path.\n    """\n    yield\n`;
    assert.deepEqual(await codes(text(' -> Iterator[None]')), []);
    assert.deepEqual(await codes(text(' -> Generator[None, None, None]')), []);
    assert.deepEqual(await codes(text(' -> Iterator[int]')), ["DW301 'opened' yields but the docstring documents no yield"]);
    // Generation agrees: no Yields section to fill in.
    const generated = await generateDocstrings('@contextmanager\ndef opened(path) -> Iterator[None]:\n    yield\n', 'python', { style: 'google', types: 'auto', quote: '"""' });
    assert.doesNotMatch(generated.newText, /Yields:/);
  });

  it("Google's `Returns: None` says nothing is returned: not DW202", async () => {
    const text = 'def close(handle) -> None:\n    """Close.\n\n    Args:\n        handle: The handle.\n\n    Returns:\n        None\n    """\n    handle.close()\n';
    assert.deepEqual(await codes(text), []);
    assert.deepEqual(await codes(text.replace(' -> None', '')), []);
    assert.deepEqual(await codes(text.replace('None\n    """', 'The handle.\n    """').replace(' -> None', '')), ["DW202 A return is documented but 'close' returns nothing"]);
  });

  it('`raise Err.a.b()` is documented by the class `Err` (or a dotted name it starts with); an unrelated name is still a finding', async () => {
    const text = (documented: string) => `def check(a):\n    """Check.\n\n    Args:\n        a: The value.\n\n    Raises:\n        ${documented}: When a is bad.\n    """\n    if a < 1:\n        raise MyError.from_code(1)\n    raise pkg.errors.OtherError.with_detail.x('a')\n`;
    assert.deepEqual(await codes(text('MyError: One.\n        pkg.errors.OtherError')), []);
    assert.deepEqual(await codes(text('MyError: One.\n        errors.OtherError')), []);
    assert.deepEqual(await codes(text('MyError: One.\n        KeyError')), ["DW401 'pkg.errors.OtherError.with_detail.x' is raised but not documented", "DW402 'KeyError' is documented as raised but the body does not raise it (fine if a callee does)."]);
  });

  describe('__init__ arguments documented on the class', () => {
    const cls = (classDoc: string, initDoc: string) => `class Point:\n    """A point.${classDoc}\n    """\n\n    def __init__(self, x: int, y: int) -> None:\n${initDoc}        self.x = x\n        self.y = y\n`;
    const args = '\n\n    Args:\n        x: The x.\n        y: The y.';

    it('an __init__ whose class docstring documents its arguments needs none of its own: no DW102', async () => {
      assert.deepEqual(await codes(cls(args, '        """Make a point."""\n')), []);
      for (const style of ['numpy', 'sphinx'] as const) {
        const doc = style === 'numpy' ? '\n\n    Parameters\n    ----------\n    x : int\n        The x.\n    y : int\n        The y.' : '\n\n    :param x: The x.\n    :param y: The y.';
        assert.deepEqual(await codes(cls(doc, '        """Make a point."""\n'), style), [], style);
      }
    });

    it('"Update docstring" on such an __init__ (for another finding) leaves its arguments on the class', async () => {
      const text = cls(args, '        """Make a point."""\n        if x < 0:\n            raise ValueError(x)\n');
      assert.deepEqual(await codes(text), ["DW401 'ValueError' is raised but not documented"]);
      const repaired = await updateDocstrings(text, 'python', { style: 'google' });
      assert.match(repaired.newText, /"""Make a point\.\n\n        Raises:\n            ValueError: _description_\n        """/);
      assert.deepEqual((await codes(repaired.newText)).filter((c) => !c.startsWith('DW105')), []);
    });

    it('with no Args on the class and no docstring on __init__, its arguments are reported once, on the class', async () => {
      const findings = await validateText(cls('', ''), 'python', { style: 'google' });
      assert.deepEqual(findings.findings.filter((f) => f.code !== 'DW601').map((f) => `${f.code} ${f.symbol} ${f.message.split(';')[0]}`), ["DW102 Point Parameter 'x' is not documented", "DW102 Point Parameter 'y' is not documented"]);
      // __init__'s own docstring is then where they go, and where they are asked for.
      assert.deepEqual(await codes(cls('', '        """Make a point."""\n')), ["DW102 Parameter 'x' is not documented", "DW102 Parameter 'y' is not documented"]);
    });
    it('"Update docstring" on that class adds the arguments to its docstring, which then passes', async () => {
      const repaired = await updateDocstrings(cls('', ''), 'python', { style: 'google' });
      assert.match(repaired.newText, /"""A point\.\n\n    Args:\n        x \(int\): _description_\n        y \(int\): _description_\n    """/);
      assert.deepEqual((await codes(repaired.newText)).filter((c) => !c.startsWith('DW105')), []);
    });
  });

  describe('sections that do not parse are DW501, and are not checked on a guess', () => {
    it('NumPy: an indented section body, or an empty section, is DW501; its entries are not read as parameters or types', async () => {
      const text = 'def f(param: str) -> str:\n    """F.\n\n    Parameters\n    ----------\n        This has no parameter name.\n\n    Returns\n    -------\n    str\n        A string.\n    """\n    return param\n';
      assert.deepEqual(await codes(text, 'numpy'), ['DW501 The docstring does not follow its style: The entries of "Parameters" are indented']);
      const yields = 'def g(n):\n    """G.\n\n    Parameters\n    ----------\n    n : int\n        N.\n\n    Yields\n    ------\n        The numbers, with no type.\n    """\n    yield from range(n)\n';
      assert.deepEqual(await codes(yields, 'numpy'), ['DW501 The docstring does not follow its style: The entries of "Yields" are indented']);
      const empty = 'def h(n):\n    """H.\n\n    Parameters\n    ----------\n\n    Notes\n    -----\n    None.\n    """\n    print(n)\n';
      assert.deepEqual(await codes(empty, 'numpy'), ['DW501 The docstring does not follow its style: The "Parameters" section is empty']);
    });

    it('Google: an entry without a name, or an empty section, is DW501 and no parameter named ""', async () => {
      const text = (entry: string) => `def f(param: str) -> str:\n    """F.\n\n    Args:\n${entry}\n    Returns:\n        str: A string.\n    """\n    return param\n`;
      assert.deepEqual(await codes(text('        : No name.\n')), ['DW501 The docstring does not follow its style: Cannot read a parameter from ": No name.".']);
      assert.deepEqual(await codes(text('        :param param: reST inside Google.\n')), ['DW501 The docstring does not follow its style: Cannot read a parameter from ":param param: reST inside Google.".']);
      assert.deepEqual(await codes(text('')), ['DW501 The docstring does not follow its style: The "Args" section is empty']);
      // Entries at the title's indentation are not in the section: it is empty, and they are stray text.
      const flat = 'def f(x):\n    """F.\n\n    Args:\n    x: The x.\n    """\n    print(x)\n';
      assert.deepEqual(await codes(flat), ['DW501 The docstring does not follow its style: Text after the sections is not part of any section', 'DW501 The docstring does not follow its style: The "Args" section is empty']);
    });

    it('Sphinx: a :param: field without a name is DW501, not an unknown field', async () => {
      const text = 'def f(param: str) -> str:\n    """F.\n\n    :param: No name.\n    :return: A string.\n    """\n    return param\n';
      assert.deepEqual(await codes(text, 'sphinx'), ['DW501 The docstring does not follow its style: The ":param:" field names no parameter (":param name: ...").']);
      // `:type:` alone is a property's type (valid reST), not a broken parameter.
      const property = 'class C:\n    """C."""\n\n    @property\n    def root(self) -> str:\n        """The root.\n\n        :type: str\n        """\n        return "/"\n';
      assert.deepEqual(await codes(property, 'sphinx'), []);
    });
  });

  describe('generation writes what the checks ask for', () => {
    const generate = async (text: string) => (await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""' })).newText;

    it('a generator that returns a value gets Returns; one annotated to return None does not', async () => {
      const text = (annotation: string) => `def count(n)${annotation}:\n    yield from range(n)\n    return 'done'\n`;
      const typed = await generate(text(' -> Generator[int, None, str]'));
      assert.match(typed, /Returns:\n {8}_description_\n\n {4}Yields:\n {8}_description_\n/);
      const always = await generateDocstrings(text(' -> Generator[int, None, str]'), 'python', { style: 'google', types: 'always', quote: '"""' });
      assert.match(always.newText, /Returns:\n {8}str: _description_\n\n {4}Yields:\n {8}int: _description_\n/);
      assert.match(await generate(text('')), /Returns:\n {8}_description_\n\n {4}Yields:\n/);
      assert.doesNotMatch(await generate(text(' -> Generator[int, None, None]')), /Returns:/);
      assert.deepEqual((await codes(typed)).filter((c) => !c.startsWith('DW105')), []);
    });

    it('`-> int` whose body only raises gets no Returns; an abstract one (or `raise NotImplementedError`) gets it from the annotation', async () => {
      const raising = await generate('def fail(code) -> int:\n    raise ValueError(code)\n');
      assert.doesNotMatch(raising, /Returns:/);
      assert.match(raising, /Raises:\n {8}ValueError: _description_\n/);
      assert.deepEqual((await codes(raising)).filter((c) => !c.startsWith('DW105')), []);
      const abstract = await generate('class Base:\n    def size(self) -> int:\n        raise NotImplementedError\n');
      assert.match(abstract, /Returns:\n {12}_description_\n/);
      assert.deepEqual((await codes(abstract)).filter((c) => !c.startsWith('DW105')), []);
    });
  });

  it('a Returns, Yields or Raises entry without a description is DW204 / DW303 / DW403 (information), as DW105 is for a parameter', async () => {
    const google = 'def load(path) -> Iterator[str]:\n    """Load.\n\n    Args:\n        path: The path.\n\n    Yields:\n        str:\n\n    Raises:\n        OSError\n        ValueError: When bad.\n    """\n    if not path:\n        raise ValueError(path)\n    yield from open(path)\n    raise OSError(path)\n';
    assert.deepEqual(await codes(google), ['DW303 The documented yield has no description.', "DW403 Exception 'OSError' has no description."]);
    const numpy = 'def size(a):\n    """Size.\n\n    Parameters\n    ----------\n    a : list\n        The list.\n\n    Returns\n    -------\n    int\n    """\n    return len(a)\n';
    assert.deepEqual(await codes(numpy, 'numpy'), ['DW204 The documented return has no description.']);
    // A description written flush with the NumPy title is not an exception without a description.
    const flush = 'def load(q):\n    """Load.\n\n    Parameters\n    ----------\n    q : str\n        The query.\n\n    Raises\n    ------\n    ImportError, if it is not possible to import\n    the bindings\n    """\n    raise ImportError(q)\n';
    assert.deepEqual((await codes(flush, 'numpy')).filter((c) => c.startsWith('DW403')), []);
    const sphinx = 'def size(a):\n    """Size.\n\n    :param a: The list.\n    :rtype: int\n    """\n    return len(a)\n';
    assert.deepEqual(await codes(sphinx, 'sphinx'), ['DW204 The documented return has no description.']);
    const findings = (await validateText(numpy, 'python', { style: 'numpy' })).findings;
    assert.deepEqual(findings.map((f) => f.severity), ['information']);
    // "Update docstring" leaves them to a person, like DW105.
    assert.equal((await updateDocstrings(numpy, 'python', { style: 'numpy' })).newText, numpy);
  });
});
