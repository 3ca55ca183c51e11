import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { jsdocComment, pythonLiteral } from '../../src/core/generate/literal';

describe('docstring literals', () => {
  it('a one-line Python docstring stays on one line', () => {
    assert.equal(pythonLiteral(['Summary.'], '    ', '"""'), '"""Summary."""');
  });

  it('indents continuation lines and leaves blank lines empty', () => {
    assert.equal(pythonLiteral(['Summary.', '', 'Args:', '    a: x'], '\t', '"""'), '"""Summary.\n\n\tArgs:\n\t    a: x\n\t"""');
  });

  it('neutralises the closing quotes inside the text', () => {
    assert.equal(pythonLiteral(['Fence is """.'], '', '"""'), String.raw`"""Fence is \""".` + '"""');
  });

  it('Python reads back exactly the text that was rendered (python3 evaluates each literal)', () => {
    const texts = [['Fence is """ here.'], ['Four """" and seven """"""" quotes.'], ["Four '''' in single quotes."], [String.raw`Path C:\temp\new.`], [`Quote ''' and """.`], [String.raw`Ends with \ `], ['Line one.', '', 'Line "two".']];
    const literals = texts.map((lines) => pythonLiteral(lines, '', '"""'));
    const script = 'import ast,json,sys\nfor lit in json.load(sys.stdin): print(json.dumps(ast.literal_eval(lit)))';
    const out = execFileSync('python3', ['-c', script], { input: JSON.stringify(literals) }).toString().trim().split('\n');
    texts.forEach((lines, i) => {
      const value = (JSON.parse(out[i]) as string).trimEnd();
      // A raw literal keeps the escaping backslash before neutralised quotes; a plain one drops it.
      assert.equal(value.replace(/\\"""/g, '"""'), lines.join('\n').trimEnd(), literals[i]);
    });
  });

  it('a backslash right before a quote run cannot close the literal: a plain literal, read back exactly', () => {
    const texts = [[String.raw`Match \""" here.`], [String.raw`Both \\""" and \""" and C:\temp.`], ['Line one.', String.raw`Ends \"""`]];
    const literals = texts.map((lines) => pythonLiteral(lines, '    ', '"""'));
    for (const literal of literals) assert.ok(!literal.startsWith('r'), literal);
    const script = 'import ast,json,sys\nfor lit in json.load(sys.stdin): print(json.dumps(ast.literal_eval(lit)))';
    const out = execFileSync('python3', ['-c', script], { input: JSON.stringify(literals) }).toString().trim().split('\n');
    texts.forEach((lines, i) => assert.equal((JSON.parse(out[i]) as string).replace(/\n {4}/g, '\n').trimEnd(), lines.join('\n'), literals[i]));
  });

  it('uses a raw string when the text has a backslash, and never ends in one', () => {
    assert.equal(pythonLiteral([String.raw`Split on \n.`], '', '"""'), String.raw`r"""Split on \n."""`);
    assert.equal(pythonLiteral([String.raw`Ends with \\`.slice(0, -1)], '', '"""'), String.raw`r"""Ends with \ """`);
  });

  it("keeps an existing prefix and honours ''' quotes", () => {
    assert.equal(pythonLiteral(['S.'], '', "'''", 'u'), "u'''S.'''");
  });

  it('a one-line summary ending in a quote goes multi-line so the quotes do not merge', () => {
    assert.equal(pythonLiteral(['Say "hi"'], '', '"""'), '"""Say "hi"\n"""');
  });

  it('JSDoc: short one-liner, multi-line with gutters, `*/` neutralised', () => {
    assert.equal(jsdocComment(['Short.'], '  '), '/** Short. */');
    assert.equal(jsdocComment(['S.', '', '@param a - x'], '  '), '/**\n   * S.\n   *\n   * @param a - x\n   */');
    assert.equal(jsdocComment(['Ends */ here'], ''), '/** Ends *\\/ here */');
  });
});
