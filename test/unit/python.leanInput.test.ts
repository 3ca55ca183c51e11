// Validation parses a shorter Python text (src/languages/python/leanInput.ts): the statements no
// rule reads are left out. The reader of logical lines must agree with Python on where statements
// start and end, the cuts must keep every fact, and a misreading must fall back to the whole text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromTree, extractSymbols } from '../../src/core/extract';
import { parseCount, parseText } from '../../src/core/extract/treeSitter';
import { realOffsets } from '../../src/core/extract/leanInput';
import { pythonPack } from '../../src/languages/python/pack';
import { pythonLeanInput } from '../../src/languages/python/leanInput';
import { logicalLines } from '../../src/languages/python/logicalLines';

const ROOT = join(__dirname, '..', '..', '..');

/** Each logical line's first token, as text up to the line's end. */
const starts = (text: string) => logicalLines(text)?.lines.map((l) => text.slice(l.first, text.indexOf('\n', l.first) === -1 ? undefined : text.indexOf('\n', l.first)));

/** What remains of `text` after the cuts, as lines. */
const kept = (text: string) => {
  const input = pythonLeanInput(text);
  assert.ok(input, 'read');
  return input.text.split('\n').filter((l) => l.trim() !== '');
};

/** Lean facts the way `check` reads them, and from a whole parse, as plain data. */
async function bothWays(text: string): Promise<[unknown, unknown]> {
  const lean = await extractSymbols(text, 'python', false, true);
  const tree = await parseText(text, 'python');
  try {
    return [JSON.parse(JSON.stringify(lean)), JSON.parse(JSON.stringify(extractFromTree(tree, text, 'python', { lean: true })))];
  } finally {
    tree.delete();
  }
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'site-packages' || name === '__pycache__') return [];
    if (statSync(path).isDirectory()) return pythonFiles(path);
    return name.endsWith('.py') ? [path] : [];
  });
}

describe('Python logical lines', () => {
  it('joins lines inside brackets and after a backslash; skips blank and comment-only lines', () => {
    const text = 'x = (1,\n     2)  # c\n\n# only a comment\ny = 1 + \\\n    2\nif x:\n    pass\n';
    assert.deepEqual(starts(text), ['x = (1,', 'y = 1 + \\', 'if x:', 'pass']);
    const { lines } = logicalLines(text)!;
    assert.equal(text[lines[0].last], ')', 'the last character before the comment');
    assert.equal(text[lines[2].last], ':');
    assert.equal(lines[3].indent, '    ');
  });

  it('steps over strings: triple quotes across lines, escapes, quotes, # and brackets inside, every prefix', () => {
    const text = [
      'a = """line one',
      'def not_a_def(): # ( [',
      '"""',
      "b = 'it\\'s # not a comment ('",
      'c = rb"\\"" + Rb\'\\\'\'',
      "d = '''x''' + \"\"\"y\"\"\"",
      'e = 1',
    ].join('\n');
    assert.deepEqual(starts(text), ['a = """line one', "b = 'it\\'s # not a comment ('", 'c = rb"\\"" + Rb\'\\\'\'', "d = '''x''' + \"\"\"y\"\"\"", 'e = 1']);
  });

  it('reads f-strings as Python 3.12 does: replacement fields with the same quotes, nested fields, format specs', () => {
    const text = 'a = f"{d["k"]}" + f\'{x:{w}.{p}}\' + F"{{literal}} {y!r:>10}" + f"{ {1: 2}[1] }"\nb = 2\n';
    assert.deepEqual(starts(text), ['a = f"{d["k"]}" + f\'{x:{w}.{p}}\' + F"{{literal}} {y!r:>10}" + f"{ {1: 2}[1] }"', 'b = 2']);
  });

  it('reads CRLF line breaks', () => {
    const text = 'x = (1,\r\n 2)\r\ny = 3\r\n';
    assert.deepEqual(logicalLines(text)?.lines.map((l) => l.first), [0, text.indexOf('y')]);
  });

  it('names the first word, the one after async, and decorators', () => {
    const { lines } = logicalLines('@dec(1)\nasync def f():\n    else_ = 1\n')!;
    assert.deepEqual(lines.map((l) => [l.word, l.second, l.decorator]), [['', '', true], ['async', 'def', false], ['else_', '', false]]);
  });

  it('finds def, class, raise, return and yield in code and in f-string replacement fields, not in strings or comments', () => {
    const text = 'def f():  # return\n    x = "class raise"\n    y = f"{(yield)}"\n    return undefined_ + classy\n';
    const reading = logicalLines(text)!;
    assert.deepEqual(reading.definitions, [0]);
    assert.deepEqual(reading.flow, [text.indexOf('yield'), text.lastIndexOf('return')]);
  });

  it("agrees with Python's own tokenizer on where logical lines start and where def, class, raise, return and yield are, on a sample of the standard library", function () {
    this.timeout(120_000);
    const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    const files = pythonFiles(stdlib).sort().filter((_, i) => i % 4 === 0);
    // Python's tokenize: the row of each logical line's first token, and of each keyword token.
    const script = [
      'import io, json, sys, tokenize',
      'out = {}',
      'for path in sys.stdin.read().split("\\n"):',
      '    try:',
      '        with tokenize.open(path) as f: src = f.read()',
      '        tokens = list(tokenize.generate_tokens(io.StringIO(src).readline))',
      '    except Exception: continue',
      '    lines, words, start = [], [], True',
      '    for t in tokens:',
      '        if t.type == tokenize.NEWLINE: start = True',
      '        elif t.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER): pass',
      '        else:',
      '            if start: lines.append(t.start[0]); start = False',
      '            if t.type == tokenize.NAME and t.string in ("def", "class", "raise", "return", "yield"): words.append([t.start[0], t.string])',
      '    out[path] = [lines, words]',
      'print(json.dumps(out))',
    ].join('\n');
    const python = JSON.parse(execFileSync('python3', ['-c', script], { input: files.join('\n'), maxBuffer: 1 << 30 }).toString()) as Record<string, [number[], [number, string][]]>;
    let compared = 0;
    for (const file of files) {
      if (!python[file]) continue; // Python cannot tokenize it either (bad encoding, bad syntax)
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, ''); // check reads the text without its BOM
      const reading = logicalLines(text);
      if (!reading) continue; // unsure: the whole file is parsed
      const starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      const row = (offset: number) => {
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (starts[mid] <= offset) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      const word = (offset: number) => /^\w+/.exec(text.slice(offset))![0];
      const keywords = [...reading.definitions, ...reading.flow].sort((a, b) => a - b).map((o) => [row(o), word(o)]);
      assert.deepEqual(reading.lines.map((l) => row(l.first)), python[file][0], `${file}: logical lines`);
      assert.deepEqual(keywords, python[file][1], `${file}: keywords`);
      compared++;
    }
    assert.ok(compared > 100, `${compared} files compared`);
  });

  for (const [what, text] of [
    ['an unterminated string', 'x = "abc\ny = 1\n'],
    ['an unterminated triple-quoted string', 'x = """abc\ny = 1\n'],
    ['a closing bracket too many', 'x = 1)\n'],
    ['a bracket never closed', 'x = (1,\n'],
    ['a backslash not before a line break', 'x = 1 \\ 2\n'],
    ['a lone carriage return', 'x = 1\ry = 2\n'],
    ['a form feed in an indentation', 'if x:\n\f   y = 1\n'],
    ['a comment inside a replacement field', 'x = f"{a # no}"\n'],
  ] as const) {
    it(`is unsure of ${what}`, () => assert.equal(logicalLines(text), undefined));
  }
});

describe('Python lean input (what check need not parse)', () => {
  it('cuts the middle statements of a documented function that hold no def, class, raise, return or yield (in code)', () => {
    const text = ['def f(x):', '    """Doc."""', '    a = 1', '    b = "return"  # raise', '    if x:', '        raise ValueError(x)', '    c = 3', '    return a', ''].join('\n');
    assert.deepEqual(kept(text), ['def f(x):', '    """Doc."""', '    if x:', '        raise ValueError(x)', '    return a']);
  });

  it('in a function without a docstring keeps only nested definitions, the first and the last statement', () => {
    const text = ['def f(x):', '    a = 1', '    if x:', '        return 2', '    def g():', '        pass', '    b = 2', '    return a', ''].join('\n');
    assert.deepEqual(kept(text), ['def f(x):', '    a = 1', '    def g():', '        pass', '    return a']);
  });

  it('thins the blocks of the statements it keeps, keeping their clauses, first and last statements', () => {
    const text = ['def f(x):', '    """Doc."""', '    try:', '        a = 1', '        b = 2', '        c = 3', '    except KeyError:', '        d = 1', '        e = 2', '        raise', '    return a', ''].join('\n');
    assert.deepEqual(kept(text), ['def f(x):', '    """Doc."""', '    try:', '        a = 1', '        c = 3', '    except KeyError:', '        d = 1', '        raise', '    return a']);
  });

  it('keeps a decorator with its definition, and class bodies whole', () => {
    const text = ['def f():', '    a = 1', '    @dec', '    def g():', '        pass', '    b = 2', '    class C:', '        x = 1', '        y = 2', '        z = 3', '    return a', ''].join('\n');
    assert.deepEqual(kept(text), ['def f():', '    a = 1', '    @dec', '    def g():', '        pass', '    class C:', '        x = 1', '        y = 2', '        z = 3', '    return a']);
  });

  it('at the top level keeps the first statement and definitions (with the blocks around them, thinned)', () => {
    const text = ['"""Module."""', 'import os', 'X = 1', '', '', 'def f():', '    pass', '', '', 'Y = {', '    1: 2,', '}', 'if TYPE_CHECKING:', '    from x import y', '    Z = 1', '    class C:', '        pass', '    W = 2', 'else:', '    V = 3', 'main()', ''].join('\n');
    assert.deepEqual(kept(text), ['"""Module."""', 'def f():', '    pass', 'if TYPE_CHECKING:', '    from x import y', '    class C:', '        pass', '    W = 2', 'else:', '    V = 3']);
  });

  it('leaves out comment lines inside a block, not one that may close a block or the line after a header', () => {
    const text = ['class A:', '', '    # about f', '    def f(self):', '        """Doc."""', '        # inside', '        if x:', '            # between', '            raise E', '        return 1', '        # may end f', '', '    # about g', '    def g(self):', '        return 2', ''].join('\n');
    assert.equal(pythonLeanInput(text)?.text, ['class A:', '', '    def f(self):', '        """Doc."""', '        if x:', '            # between', '            raise E', '        return 1', '        # may end f', '', '    # about g', '    def g(self):', '        00', ''].join('\n'));
  });

  it('turns the body of a function without a docstring or nested definition into one statement, `00`, from its first character to its last', () => {
    const text = ['def f(x):', '    a = g(x,', '          y)', '    if a:', '        return 1', '    return a  # why', '', 'def stub():', '    pass', '    ...', ''].join('\n');
    assert.equal(pythonLeanInput(text)?.text, ['def f(x):', '    00  # why', 'def stub():', '    pass', '    ...', ''].join('\n'));
  });

  it('leaves a body that ends in a stub alone', () => {
    const text = ['def f():', '    a = 1', '    b = 2', '    pass', ''].join('\n');
    assert.equal(pythonLeanInput(text)?.cuts.length, 0);
  });

  it('is unsure of tabs and spaces mixed in a way that does not nest', () => {
    assert.equal(pythonLeanInput('def f():\n    a = 1\n\tb = 2\n    c = 3\n'), undefined);
  });

  it('lists where every function starts, decorators included', () => {
    const text = 'class A:\n    @property\n    @other\n    def x(self):\n        return 1\n\nasync def f(): pass\n';
    assert.deepEqual(pythonLeanInput(text)?.functionStarts, [text.indexOf('@property'), text.indexOf('async def')]);
  });

  it('moves offsets of the shorter text back to the real one', () => {
    const text = 'def f():\n    """Doc."""\n    a = 1\n    b = 2\n    return a\n\n\ndef g():\n    x = 1\n    return x\n';
    const input = pythonLeanInput(text)!;
    assert.equal(input.text, 'def f():\n    """Doc."""\n    return a\ndef g():\n    00\n', 'blank lines go too');
    const real = realOffsets(input.cuts);
    for (const word of ['def f', 'return a', 'def g']) assert.equal(real(input.text.indexOf(word)), text.indexOf(word), word);
    const placeholder = input.text.indexOf('00');
    assert.deepEqual([real(placeholder), real(placeholder + 2)], [text.indexOf('x = 1'), text.length - 1], 'the placeholder spans the body it stands for');
    assert.equal(real(input.text.length), text.length);
  });

  it('finds what a whole parse finds, offsets included, on a sample of the standard library and the fixtures', async function () {
    this.timeout(120_000);
    const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    // Every 7th file of the standard library (`npm run bench` checks them all), and every fixture.
    const files = [...pythonFiles(stdlib).sort().filter((_, i) => i % 7 === 0), ...pythonFiles(join(ROOT, 'test', 'fixtures')), ...pythonFiles(join(ROOT, 'test', 'peers', 'pydoclint', 'vendor'))];
    let shortened = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (text.length > 500_000) continue;
      const [lean, whole] = await bothWays(text);
      // A syntax error in a statement left out is not seen (a test below): such files are not compared.
      if ((whole as { hasErrors: boolean }).hasErrors) continue;
      assert.deepEqual(lean, whole, file);
      if ((pythonLeanInput(text)?.cuts.length ?? 0) > 0) shortened++;
    }
    assert.ok(shortened > 50, `${shortened} of ${files.length} files were shortened`);
  });

  it('finds what a whole parse finds on random files built from every kind of statement (tabs, CRLF, comments at any indentation)', async function () {
    this.timeout(60_000);
    let seed = 20261130;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const simple = ['x = 1', 'y = f(a,\n{I}    b)', 's = "a # b"', "t = '''multi\nline def f():\n'''", 'u = f"{a!r:>{w}} {b["k"]}"', 'v = rb"\\\\"', 'w = x \\\n{I}    + 1', 'pass', '...', 'print(x); y = 2', 'assert x, "m"', 'z = lambda a: a + 1', 'if x: y = 1', 'x: int = 3', 'r = yield_ + return_ + raise_', 'd = {1: 2,\n{I}     3: 4}  # trailing', 'e = f\'{x:{y}}\'', 'm = (yield)', 'raise ValueError("x")', 'return x', 'yield x', 'raise', 'return'];
    const docs = ['"""Doc."""', "'''Doc.\n\n{I}Args:\n{I}    a: A.\n{I}'''", 'r"""Raw \\d."""', 'f"""Not a docstring {x}."""', 'b"bytes"'];
    const line = (I: string) => I + pick(simple).replaceAll('{I}', I);
    const block = (I: string, depth: number): string => Array.from({ length: 1 + Math.floor(random() * 5) }, () => statement(I, depth)).join('\n');
    const inner = (I: string, depth: number) => block(`${I}    `, depth + 1);
    const func = (I: string, depth: number) => {
      const decorators = random() < 0.3 ? `${I}@dec\n${random() < 0.5 ? `${I}# between\n` : ''}${I}@other(1)\n` : '';
      const doc = random() < 0.5 ? `${I}    ${pick(docs).replaceAll('{I}', `${I}    `)}\n` : '';
      return `${decorators}${I}${random() < 0.2 ? 'async ' : ''}def f${Math.floor(random() * 99)}(self, a, b: int = 1, *args, **kw) -> int:${random() < 0.2 ? '  # c' : ''}\n${doc}${inner(I, depth)}`;
    };
    const statement = (I: string, depth: number): string => {
      const r = random();
      if (depth < 3 && r < 0.15) return func(I, depth);
      if (depth < 3 && r < 0.2) return `${I}class C(Base):\n${random() < 0.5 ? `${I}    """Doc."""\n` : ''}${inner(I, depth)}`;
      if (depth < 3 && r < 0.3) return `${I}if x:\n${inner(I, depth)}\n${I}elif y:\n${inner(I, depth)}\n${I}else:\n${inner(I, depth)}`;
      if (depth < 3 && r < 0.36) return `${I}try:\n${inner(I, depth)}\n${I}except KeyError as e:\n${inner(I, depth)}\n${I}finally:\n${inner(I, depth)}`;
      if (depth < 3 && r < 0.4) return `${I}for i in x:\n${inner(I, depth)}\n${I}else:\n${inner(I, depth)}`;
      if (depth < 3 && r < 0.43) return `${I}match x:\n${I}    case 1:\n${block(`${I}        `, depth + 1)}\n${I}    case _:\n${block(`${I}        `, depth + 1)}`;
      if (r < 0.5) return `${pick([I, '', `${I}  `, I.slice(4)])}# comment\n${line(I)}`;
      if (r < 0.53) return `\n${line(I)}`;
      return line(I);
    };
    let compared = 0;
    for (let k = 0; k < 300; k++) {
      let text = `"""Module."""\n${block('', 0)}\n${pick(['', '# end\n', '    # dedented end\n'])}`;
      if (random() < 0.2) text = text.replace(/\n/g, '\r\n');
      if (random() < 0.2) text = text.replace(/^((?: {4})+)/gm, (m) => '\t'.repeat(m.length / 4));
      const before = parseCount();
      const [lean, whole] = await bothWays(text);
      if ((whole as { hasErrors: boolean }).hasErrors) continue;
      assert.deepEqual(lean, whole, text);
      // The shorter text, then the reference: no file fell back to a whole parse.
      assert.equal(parseCount() - before, 2, `the shorter text did not parse:\n${text}`);
      compared++;
    }
    assert.ok(compared > 250, `${compared} random files compared`);
  });

  it('reads the whole text when the shorter one does not parse, so a syntax error is reported where it is', async () => {
    const text = 'def f():\n    a = 1\n    b = (\n    return a\n';
    const before = parseCount();
    const result = await extractSymbols(text, 'python', false, true);
    assert.ok(result.hasErrors);
    assert.equal(parseCount() - before, 1, 'the reader is unsure of an open bracket: one parse, of the real text');
  });

  it('reads the whole text when the pack misread where functions are', async () => {
    const text = 'def f():\n    """Doc."""\n    a = 1\n    b = 2\n    return a\n\n\ndef g():\n    pass\n';
    const original = pythonPack.leanInput;
    // A reader that forgets the second function: the shorter text's functions do not match it.
    pythonPack.leanInput = (source) => {
      const input = original!(source)!;
      return { ...input, functionStarts: input.functionStarts.slice(0, 1) };
    };
    try {
      const before = parseCount();
      const [lean, whole] = await bothWays(text);
      assert.deepEqual(lean, whole);
      assert.equal(parseCount() - before, 3, 'the shorter text, then the real one (and the reference parse)');
    } finally {
      pythonPack.leanInput = original;
    }
  });

  it('does not see a syntax error in a top-level statement it leaves out', async () => {
    const text = '"""Doc."""\nfrom __future__ import *\n\n\ndef f(x):\n    return x\n';
    assert.equal((await extractSymbols(text, 'python', false, true)).hasErrors, false);
    assert.equal((await extractSymbols(text, 'python')).hasErrors, true, 'a whole parse sees it');
  });

  it('checks a file whose only syntax error is in a statement it leaves out (Python\'s compiler reports that one)', async () => {
    const text = 'def f(x):\n    """Doc.\n\n    Args:\n        y: Why.\n    """\n    a = 1\n    b = = 2\n    return a\n';
    const lean = await extractSymbols(text, 'python', false, true);
    assert.equal(lean.hasErrors, false);
    assert.equal((await extractSymbols(text, 'python')).hasErrors, true, 'a whole parse sees it');
  });
});
