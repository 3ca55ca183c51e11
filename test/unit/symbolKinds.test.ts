/**
 * Issue 12, item 5: record classes' fields (Python), properties, TS/JS data declarations and the file
 * overview. Per kind and style: what is generated, that re-validating it finds nothing, that a second
 * run makes no edit; and the attribute rules DW701-DW704, positive and negative.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliSync } from '../support/cli';
import type { DocStyle } from '../../src/core/docstring/model';
import { extractSymbols } from '../../src/core/extract';
import type { LanguageId } from '../../src/core/extract/types';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { updateDocstrings, validateText } from '../../src/core/validate';
import { symbolOrFileAt } from '../../src/features/documentIndex';
import { buildPrompt } from '../../src/core/ai/prompt';
import { parseAnswer } from '../../src/core/ai/schema';
import { applyAnswer } from '../../src/core/ai/describe';
import { templateDocstring } from '../../src/core/generate/template';


async function generate(text: string, language: LanguageId, style: DocStyle, extra: { fileOverview?: boolean; types?: 'auto' | 'always' } = {}): Promise<string> {
  const result = await generateDocstrings(text, language, { style, types: extra.types ?? 'auto', quote: '"""', fileOverview: extra.fileOverview });
  assert.deepEqual(result.failures, []);
  const findings = await validateText(result.newText, language, { style });
  assert.deepEqual(findings.findings.map((f) => `${f.code} ${f.message}`), [], 'the generated docstrings pass validation');
  const again = await generateDocstrings(result.newText, language, { style, types: extra.types ?? 'auto', quote: '"""', fileOverview: extra.fileOverview });
  assert.equal(again.edits.length, 0, 'a second run makes no edit');
  return result.newText;
}

async function codes(text: string, style: DocStyle | 'auto' = 'auto'): Promise<string[]> {
  return (await validateText(text, 'python', { style })).findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
}

const RECORDS: { kind: string; head: string; body: string; fields: string[] }[] = [
  { kind: '@dataclass', head: 'from dataclasses import dataclass\n\n\n@dataclass\nclass P:', body: '    x: int\n    y: int = 0\n', fields: ['x', 'y'] },
  { kind: '@dataclasses.dataclass(...)', head: 'import dataclasses\n\n\n@dataclasses.dataclass(frozen=True)\nclass P:', body: '    x: int\n    n: "ClassVar[int]" = 0\n    _p: int = 0\n', fields: ['x', 'n'] },
  { kind: '@attr.s', head: 'import attr\n\n\n@attr.s\nclass P:', body: '    x = attr.ib()\n    y = attr.ib(default=0)\n    z = 3\n', fields: ['x', 'y'] },
  { kind: '@attrs.define', head: 'import attrs\n\n\n@attrs.define\nclass P:', body: '    x: int\n    y: str = attrs.field(default="")\n', fields: ['x', 'y'] },
  { kind: '@define', head: 'from attrs import define\n\n\n@define\nclass P:', body: '    x: int\n', fields: ['x'] },
  { kind: 'BaseModel', head: 'from pydantic import BaseModel\n\n\nclass P(BaseModel):', body: '    x: int\n    y: str | None = None\n    model_config = {}\n', fields: ['x', 'y'] },
  { kind: 'NamedTuple', head: 'from typing import NamedTuple\n\n\nclass P(NamedTuple):', body: '    x: int\n    y: int\n', fields: ['x', 'y'] },
  { kind: 'TypedDict', head: 'from typing import TypedDict\n\n\nclass P(TypedDict, total=False):', body: '    x: int\n    y: str\n', fields: ['x', 'y'] },
  { kind: 'Enum', head: 'import enum\n\n\nclass P(enum.Enum):', body: '    X = 1\n    Y = enum.auto()\n    _ignore_ = []\n\n    def f(self) -> int:\n        return 1\n', fields: ['X', 'Y'] },
];

describe('symbol kinds: Python record classes', () => {
  it('reads the fields of each kind, and none of a plain class or of ClassVar / InitVar / private names', async () => {
    for (const record of RECORDS) {
      const { symbols } = await extractSymbols(`${record.head}\n${record.body}`, 'python');
      const fields = symbols.find((s) => s.kind === 'class')!.fields;
      // A string annotation "ClassVar[int]" is not read as ClassVar (Docwright does not evaluate strings): listed as a field.
      assert.deepEqual(fields?.map((f) => f.name), record.fields, record.kind);
    }
    const plain = (await extractSymbols('class P:\n    x: int = 0\n', 'python')).symbols.find((s) => s.kind === 'class')!;
    assert.equal(plain.fields, undefined);
    const dc = (await extractSymbols('from dataclasses import InitVar, dataclass\nfrom typing import ClassVar\n@dataclass\nclass P:\n    a: ClassVar[int] = 0\n    b: InitVar[int] = 0\n    c: int = 0\n', 'python')).symbols.find((s) => s.kind === 'class')!;
    assert.deepEqual(dc.fields?.map((f) => f.name), ['c']);
  });

  const expected: Record<'google' | 'numpy' | 'sphinx', (names: string[]) => string> = {
    google: (names) => `    Attributes:\n${names.map((n) => `        ${n}: _description_\n`).join('')}`,
    numpy: (names) => `    Attributes\n    ----------\n${names.map((n) => `    ${n}\n        _description_\n`).join('')}`,
    sphinx: (names) => names.map((n) => `    :ivar ${n}: _description_\n`).join(''),
  };
  for (const style of ['google', 'numpy', 'sphinx'] as const) {
    for (const record of RECORDS) {
      it(`${record.kind} [${style}]: an Attributes section lists the fields; it validates, and a second run changes nothing`, async () => {
        const out = await generate(`${record.head}\n${record.body}`, 'python', style);
        assert.ok(out.includes(`${record.head}\n    """_summary_\n\n${expected[style](record.fields)}    """\n`), out);
      });
    }
    it(`[${style}] types: always shows each field's annotation`, async () => {
      const out = await generate('from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n    x: int\n    name: str = ""\n', 'python', style, { types: 'always' });
      const shown = { google: ['x (int): _description_', 'name (str): _description_'], numpy: ['x : int\n', 'name : str\n'], sphinx: [':vartype x: int', ':vartype name: str'] }[style];
      for (const line of shown) assert.ok(out.includes(line), out);
    });
  }

  it('a property gets a summary and no Returns section, in every style', async () => {
    for (const style of ['google', 'numpy', 'sphinx'] as const) {
      const out = await generate('class C:\n    @property\n    def size(self) -> int:\n        return 1\n', 'python', style);
      assert.ok(out.includes('    def size(self) -> int:\n        """_summary_"""\n'), out);
    }
  });
});

describe('symbol kinds: attribute rules DW701-DW704', () => {
  const head = 'from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n';
  it('Google: an attribute that is no field (DW701), a field not documented (DW702), order (DW703), type (DW704)', async () => {
    const text = `${head}    """P.\n\n    Attributes:\n        y (str): Y.\n        x: X.\n        gone: Gone.\n    """\n\n    x: int\n    y: int\n    w: int = 0\n`;
    assert.deepEqual(await codes(text), ['DW703 y (str): Y.', 'DW704 y (str): Y.', 'DW701 gone: Gone.', 'DW702 w']);
  });
  it('NumPy and Sphinx read the same way', async () => {
    const numpy = `${head}    """P.\n\n    Attributes\n    ----------\n    x : int\n        X.\n    gone\n        Gone.\n    """\n\n    x: int\n    w: int = 0\n`;
    assert.deepEqual(await codes(numpy), ['DW701 gone', 'DW702 w']);
    const sphinx = `${head}    """P.\n\n    :ivar x: X.\n    :vartype x: str\n    :ivar gone: Gone.\n    """\n\n    x: int\n    w: int = 0\n`;
    assert.deepEqual(await codes(sphinx), ['DW704 :ivar x: X.', 'DW701 :ivar gone: Gone.', 'DW702 w']);
  });
  it('enum members are checked as members', async () => {
    const text = 'import enum\n\n\nclass C(enum.Enum):\n    """C.\n\n    Attributes:\n        RED: Red.\n    """\n\n    RED = 1\n    BLUE = 2\n';
    const findings = (await validateText(text, 'python', { style: 'auto' })).findings;
    assert.deepEqual(findings.map((f) => f.message), ["The member 'BLUE' is not documented under the class's attributes; \"Update docstring\" adds it."]);
  });
  it('negative: no Attributes section (fields documented inline, or not), a complete section, a plain class', async () => {
    assert.deepEqual(await codes(`${head}    """P, its fields documented inline."""\n\n    x: int\n    #: The y.\n    y: int = 0\n`), []);
    assert.deepEqual(await codes(`${head}    """P.\n\n    Attributes:\n        x (int): X.\n        y: Y.\n    """\n\n    x: int\n    y: int = 0\n`), []);
    assert.deepEqual(await codes('class P:\n    """P.\n\n    Attributes:\n        anything: Any.\n    """\n\n    x: int = 0\n'), []);
  });
  it('class variables and properties may be listed (not asked for); a repair keeps them after the fields', async () => {
    const text = `from typing import ClassVar\n${head}    """P.\n\n    Attributes:\n        count (int): How many.\n        norm: The norm.\n    """\n\n    count: ClassVar[int] = 0\n    x: int\n\n    @property\n    def norm(self) -> float:\n        """The norm."""\n        return 0.0\n`;
    assert.deepEqual(await codes(text), ['DW702 x']);
    const fixed = (await updateDocstrings(text, 'python', { style: 'auto' })).newText;
    assert.ok(fixed.includes('    Attributes:\n        x: _description_\n        count (int): How many.\n        norm: The norm.\n'), fixed);
    assert.deepEqual(await codes(fixed), []);
  });
  it('"Update docstring" repairs each, keeping what was written and the section\'s place among the others', async () => {
    const text = `${head}    """P.\n\n    Attributes:\n        y (str): Y.\n        x: X.\n        gone: Gone.\n\n    Note:\n        Kept.\n    """\n\n    x: int\n    y: int\n    w: int = 0\n`;
    const fixed = (await updateDocstrings(text, 'python', { style: 'auto' })).newText;
    assert.ok(fixed.includes('    """P.\n\n    Attributes:\n        x: X.\n        y (int): Y.\n        w: _description_\n\n    Note:\n        Kept.\n    """\n'), fixed);
    assert.deepEqual(await codes(fixed), []);
  });
});

describe('symbol kinds: TS/JS declarations', () => {
  const TS = [
    'export interface Options<T> {',
    '  host: string;',
    '  onError: (e: Error) => void;',
    '}',
    '',
    'export type Mode = "a" | "b";',
    '',
    'type Shape = {',
    '  width: number;',
    '};',
    '',
    'export enum Color {',
    '  Red = "red",',
    '  Green,',
    '}',
    '',
    'enum Small { A, B }',
    '',
    'class S {',
    '  port = 80;',
    '}',
    '',
  ].join('\n');

  it('each gets its own summary comment, members on their own lines too (TSDoc: @typeParam on a generic interface)', async () => {
    const out = await generate(TS, 'typescript', 'tsdoc');
    for (const line of [
      '/**\n * _summary_\n *\n * @typeParam T - _description_\n */\nexport interface Options<T> {\n  /** _summary_ */\n  host: string;\n',
      '/** _summary_ */\nexport type Mode',
      '/** _summary_ */\ntype Shape = {\n  /** _summary_ */\n  width: number;',
      '/** _summary_ */\nexport enum Color {\n  /** _summary_ */\n  Red = "red",\n  /** _summary_ */\n  Green,',
      '/** _summary_ */\nenum Small { A, B }',
      'class S {\n  /** _summary_ */\n  port = 80;',
    ]) assert.ok(out.includes(line), `${line}\n---\n${out}`);
    assert.ok(!out.includes('@property'), 'no @property tags: each member has its own comment');
  });

  it('JSDoc in JavaScript: class fields, private ones too, each with its own comment', async () => {
    const out = await generate('class S {\n  items = [];\n  #secret = 1;\n}\n', 'javascript', 'jsdoc');
    assert.equal(out, '/** _summary_ */\nclass S {\n  /** _summary_ */\n  items = [];\n  /** _summary_ */\n  #secret = 1;\n}\n');
  });

  it('DW601 and coverage leave the new kinds alone (interrogate counts modules, classes, functions, methods)', async () => {
    const findings = (await validateText(TS, 'typescript', { style: 'tsdoc', severities: { DW601: 'warning' } })).findings;
    // A function-typed property is a method, as before; the plain property, type alias and enum are not asked for.
    assert.deepEqual(findings.map((f) => f.symbol), ['Options.onError', 'S']);
  });
});

describe('symbol kinds: the file overview', () => {
  const FILE = '#!/usr/bin/env node\n// Copyright header.\n\nimport { x } from "./x";\n\nexport const y = x;\n';

  it('is written by file runs only with fileOverview: after the #! line and the header, @packageDocumentation in TSDoc, @file in JSDoc', async () => {
    assert.equal(await generate(FILE, 'typescript', 'tsdoc'), FILE);
    assert.equal(
      await generate(FILE, 'typescript', 'tsdoc', { fileOverview: true }),
      '#!/usr/bin/env node\n// Copyright header.\n\n/**\n * _summary_\n *\n * @packageDocumentation\n */\n\nimport { x } from "./x";\n\nexport const y = x;\n',
    );
    assert.equal(await generate('function f() {}\n', 'javascript', 'jsdoc', { fileOverview: true }), '/**\n * _summary_\n *\n * @file\n */\n\n/** _summary_ */\nfunction f() {}\n');
  });

  it('never goes between a comment and the code below it; an existing overview counts', async () => {
    assert.equal(await generate('// helper\nconst a = 1;\n', 'javascript', 'jsdoc', { fileOverview: true }), '/**\n * _summary_\n *\n * @file\n */\n\n// helper\nconst a = 1;\n');
    const documented = '/**\n * Tools.\n * @packageDocumentation\n */\n\n/** F. */\nexport function f() {}\n';
    assert.equal(await generate(documented, 'typescript', 'tsdoc', { fileOverview: true }), documented);
  });

  it('the cursor command finds the file at its first line, a symbol on its signature, nothing in a body', async () => {
    const text = 'import os\n\n\ndef f():\n    return os\n';
    const { symbols } = await extractSymbols(text, 'python');
    assert.equal(symbolOrFileAt(symbols, text, 2)?.kind, 'module');
    assert.equal(symbolOrFileAt(symbols, text, text.indexOf('def f') + 4)?.name, 'f');
    assert.equal(symbolOrFileAt(symbols, text, text.indexOf('return')), undefined);
    const ts = '// header\n\nexport const a = 1;\n';
    assert.equal(symbolOrFileAt((await extractSymbols(ts, 'typescript')).symbols, ts, 0)?.kind, 'module');
  });
});

describe('symbol kinds: AI', () => {
  const TEXT = 'from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n    x: int\n    label: str = ""\n\n    @property\n    def size(self) -> int:\n        return 1\n';

  it('the prompt lists the fields like parameters (the answer schema is unchanged); a property is asked for its value', async () => {
    const { symbols } = await extractSymbols(TEXT, 'python');
    const cls = symbols.find((s) => s.kind === 'class')!;
    const prompt = await buildPrompt(cls, TEXT, {}, 'google', templateDocstring(cls, 'google'), { maxPromptTokens: 2000, model: 'gpt-4o' });
    const user = prompt.messages[1].content;
    assert.ok(user.includes('Parameters to describe:\n- x (attribute: a field of the class, type int)\n- label (attribute: a field of the class, type str, value "")'), user);
    const property = symbols.find((s) => s.name === 'size')!;
    const asked = await buildPrompt(property, TEXT, {}, 'google', templateDocstring(property, 'google'), { maxPromptTokens: 2000, model: 'gpt-4o' });
    assert.ok(asked.messages[1].content.includes('This is a property: the summary says what its value is'));
    assert.ok(!user.includes('This is a property'));
  });

  it('the answer\'s entries fill the attributes; invented names are dropped', async () => {
    const { symbols } = await extractSymbols(TEXT, 'python');
    const cls = symbols.find((s) => s.kind === 'class')!;
    const parsed = parseAnswer(JSON.stringify({ summary: 'A point.', description: null, params: [{ name: 'x', description: 'The x.' }, { name: 'z', description: 'Invented.' }], returns: null, yields: null, raises: [], example: null }));
    assert.ok(parsed.ok);
    const { doc, dropped } = applyAnswer(templateDocstring(cls, 'google'), parsed.answer, cls);
    assert.deepEqual(doc.attributes?.map((a) => [a.name, a.description]), [['x', 'The x.'], ['label', '_description_']]);
    assert.deepEqual(dropped, ['param z']);
  });
});

describe('symbol kinds: CLI generate --file-overview', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-kinds-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the TS file overview only with the flag', () => {
    writeFileSync(join(dir, 'a.ts'), 'import { x } from "./x";\n\nexport const y = x;\n');
    const without = runCliSync(['generate', '--style', 'tsdoc', 'a.ts'], dir);
    assert.equal(without.code, 0, without.stderr);
    assert.ok(!without.stdout.includes('@packageDocumentation'), without.stdout);
    const withFlag = runCliSync(['generate', '--style', 'tsdoc', '--file-overview', 'a.ts'], dir);
    assert.equal(withFlag.code, 0, withFlag.stderr);
    assert.ok(withFlag.stdout.includes('/**\n * _summary_\n *\n * @packageDocumentation\n */\n\nimport { x } from "./x";\n'), withFlag.stdout);
    assert.equal(runCliSync(['check', '--file-overview', 'a.ts'], dir).code, 2, '--file-overview is a generate flag');
  });
});
