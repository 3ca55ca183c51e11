/** C# extraction (src/languages/csharp): symbols, parameters, throws, existing XML doc comments and insertion points. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractCSharp } from '../../src/languages/csharp/extract';
import { csharpFacts, isCSharpPublic, takesComment } from '../../src/languages/csharp/facts';
import { csharpComment } from '../../src/languages/csharp/comments';
import { parseText } from '../../src/core/extract/treeSitter';
import { firstError } from '../../src/core/extract/nodes';
import type { SymbolFact } from '../../src/core/extract/types';

async function extract(text: string, walkBodies = false): Promise<SymbolFact[]> {
  const tree = await parseText(text, 'csharp');
  try {
    assert.equal(firstError(tree.rootNode), undefined, 'the source parses');
    return extractCSharp(tree.rootNode, text, { walkBodies });
  } finally {
    tree.delete();
  }
}

const byPath = (symbols: SymbolFact[], path: string) => symbols.find((s) => s.namePath.join('.') === path)!;

/** The text with a one-line comment `/// <summary>X</summary>` inserted at every symbol without a doc comment. */
function insertEverywhere(text: string, symbols: SymbolFact[]): string {
  const points = symbols.filter((s) => s.kind !== 'module' && !s.docstring && takesComment(s)).map((s) => s.insertion).sort((a, b) => b.start - a.start);
  let out = text;
  for (const p of points) out = out.slice(0, p.start) + p.prefix + csharpComment([`<summary>X</summary>`], p.indent) + p.suffix + out.slice(p.end);
  return out;
}

const SAMPLE = `// Licence header.

using System;
using System.Collections.Generic;

namespace Demo.Shapes
{
    /// <summary>A shape.</summary>
    [Serializable]
    public sealed partial class Shape<T> : Base, IComparable<T> where T : struct
    {
        private readonly int _size, _other;

        public int Size { get; set; } = 3;

        public int this[int index] => index;

        public event EventHandler Changed;

        public Shape(int size) : base(size) { _size = size; }

        /// <summary>
        /// Scales.
        /// </summary>
        [Obsolete("use Scale2")]
        public static double Scale<TKey>(this double value, ref int count, out int result, int times = 2, params int[] rest)
        {
            if (value < 0) throw new ArgumentException("negative", nameof(value));
            result = 1;
            Func<int> later = () => throw new InvalidOperationException();
            int Local() { throw new NotSupportedException(); }
            return value * times;
        }

        public int Twice(int x) => x * 2;

        public void Fail() => throw new NotImplementedException();

        public override string ToString() => "shape";

        public IEnumerable<int> Numbers()
        {
            yield return 1;
        }

        public void Retry()
        {
            try { Fail(); }
            catch (System.IO.IOException) { throw; }
        }

        protected internal delegate void Handler(object sender, EventArgs e);

        public enum Color { Red = 1, Green }

        internal class Hidden { public void Visible() { } }
    }

    public record Point(int X, int Y = 0);

    public interface IVisitor
    {
        void Visit(object o);
        int Count { get; }
    }
}
`;

describe('C# extraction', () => {
  it('finds types, members, nested types and namespaces by name path, each with its kind', async () => {
    const symbols = await extract(SAMPLE);
    assert.deepEqual(symbols.map((s) => `${s.kind} ${s.namePath.join('.')}`), [
      'module ',
      'class Shape',
      'property Shape._size',
      'property Shape._other',
      'property Shape.Size',
      'method Shape.this[]',
      'property Shape.Changed',
      'method Shape.Shape',
      'method Shape.Scale',
      'method Shape.Twice',
      'method Shape.Fail',
      'method Shape.ToString',
      'method Shape.Numbers',
      'method Shape.Retry',
      'function Shape.Handler',
      'enum Shape.Color',
      'enum-member Shape.Color.Red',
      'enum-member Shape.Color.Green',
      'class Shape.Hidden',
      'method Shape.Hidden.Visible',
      'class Point',
      'interface IVisitor',
      'method IVisitor.Visit',
      'property IVisitor.Count',
    ]);
  });

  it('reads parameters with their types, defaults, `params` and type parameters', async () => {
    const scale = byPath(await extract(SAMPLE), 'Shape.Scale');
    assert.deepEqual(scale.params.map((p) => [p.name, p.kind, p.annotation, p.optional, p.default]), [
      ['value', 'positional', 'double', false, undefined],
      ['count', 'positional', 'int', false, undefined],
      ['result', 'positional', 'int', false, undefined],
      ['times', 'positional', 'int', true, '2'],
      ['rest', 'rest', 'int[]', false, undefined],
    ]);
    assert.deepEqual(scale.typeParams, ['TKey']);
    assert.equal(scale.returnAnnotation, 'double');
    assert.deepEqual(scale.decorators, ['Obsolete("use Scale2")']);
    const point = byPath(await extract(SAMPLE), 'Point');
    assert.deepEqual(point.params.map((p) => `${p.name}:${p.annotation}${p.default ? '=' + p.default : ''}`), ['X:int', 'Y:int=0'], 'a record documents its primary constructor');
  });

  it('throws and returns: only the member\'s own, not a lambda\'s or a local function\'s; a bare rethrow passes on the caught type', async () => {
    const symbols = await extract(SAMPLE);
    const scale = byPath(symbols, 'Shape.Scale');
    assert.deepEqual(scale.raises, ['ArgumentException']);
    assert.equal(scale.returnsValue, true);
    assert.deepEqual(byPath(symbols, 'Shape.Fail').raises, ['NotImplementedException']);
    assert.equal(byPath(symbols, 'Shape.Fail').returnsValue, false);
    assert.equal(byPath(symbols, 'Shape.Twice').returnsValue, true, 'an expression body is the value');
    assert.equal(byPath(symbols, 'Shape.Numbers').returnsValue, true, 'an iterator documents what it yields as <returns>');
    assert.deepEqual(byPath(symbols, 'Shape.Retry').reraises, ['System.IO.IOException']);
    assert.equal(byPath(symbols, 'Shape.Shape').returnsValue, false);
    assert.equal(byPath(symbols, 'Shape.this[]').isProperty, true);
    // The index (FlowIndex) gives what walking every body node gives.
    const walked = await extract(SAMPLE, true);
    assert.deepEqual(walked.map((s) => [s.id, s.raises, s.reraises, s.returnsValue]), symbols.map((s) => [s.id, s.raises, s.reraises, s.returnsValue]));
  });

  it('accessibility and what the compiler asks a comment of (CS1591: visible outside the assembly)', async () => {
    const symbols = await extract(SAMPLE);
    const facts = (path: string) => csharpFacts(byPath(symbols, path))!;
    assert.equal(facts('Shape._size').accessibility, 'private');
    assert.equal(facts('Shape.Handler').accessibility, 'protected internal');
    assert.equal(facts('Shape.Color.Red').accessibility, 'public');
    assert.equal(facts('IVisitor.Visit').accessibility, 'public');
    assert.deepEqual(symbols.filter(isCSharpPublic).map((s) => s.namePath.join('.')), [
      'Shape', 'Shape.Size', 'Shape.this[]', 'Shape.Changed', 'Shape.Shape', 'Shape.Scale', 'Shape.Twice', 'Shape.Fail', 'Shape.ToString', 'Shape.Numbers', 'Shape.Retry', 'Shape.Handler', 'Shape.Color', 'Shape.Color.Red', 'Shape.Color.Green', 'Point', 'IVisitor', 'IVisitor.Visit', 'IVisitor.Count',
    ], 'not private or internal members, not members of an internal type');
  });

  it('reads the existing doc comment above the attributes; a later declarator shares the first one\'s comment', async () => {
    const symbols = await extract(SAMPLE);
    assert.equal(byPath(symbols, 'Shape').docstring?.content, '<summary>A shape.</summary>');
    assert.equal(byPath(symbols, 'Shape.Scale').docstring?.content, '<summary>\nScales.\n</summary>');
    assert.equal(byPath(symbols, 'Shape.Twice').docstring, undefined);
    assert.equal(csharpFacts(byPath(symbols, 'Shape._other'))!.sharesCommentWith, byPath(symbols, 'Shape._size').id);
    assert.deepEqual(symbols.filter((s) => s.kind !== 'module' && !takesComment(s)).map((s) => s.namePath.join('.')), ['Shape._other', 'Shape.Color.Red', 'Shape.Color.Green', 'Shape.Hidden.Visible'], 'shared declarators and declarations in the middle of a line get no comment of their own');
  });

  it('blank lines and other comments between a doc comment and the declaration do not detach it; a /** */ block counts', async () => {
    const text = 'class A\n{\n    /// <summary>Kept.</summary>\n\n    // a note\n    public void F() { }\n\n    /** <summary>Block.</summary> */\n    public void G() { }\n}\n';
    const symbols = await extract(text);
    assert.equal(byPath(symbols, 'A.F').docstring?.content, '<summary>Kept.</summary>');
    assert.equal(byPath(symbols, 'A.G').docstring?.content, '<summary>Block.</summary>');
  });

  it('inserts above the attributes at the declaration\'s indentation; every insertion keeps the file parsing and attaches (CRLF, tabs, first line, multi-line signature)', async () => {
    const cases = [
      SAMPLE,
      SAMPLE.replace(/\n/g, '\r\n'),
      SAMPLE.replace(/^( {4})+/gm, (m) => '\t'.repeat(m.length / 4)),
      'public class First { }\n',
      'namespace N;\n\npublic static class Ext\n{\n    public static int Add(\n        this int a,\n        int b) => a + b;\n}\n',
    ];
    for (const text of cases) {
      const symbols = await extract(text);
      const inserted = insertEverywhere(text, symbols);
      const again = await extract(inserted);
      for (const s of symbols.filter((x) => x.kind !== 'module')) {
        const after = again.find((x) => x.id === s.id)!;
        assert.ok(after, `${s.id} is still found`);
        const shared = csharpFacts(s)?.sharesCommentWith;
        if (shared) assert.equal(after.docstring?.content, again.find((x) => x.id === shared)!.docstring?.content, `${s.id} shares its declaration's comment`);
        else if (!s.docstring && takesComment(s)) assert.equal(after.docstring?.content, '<summary>X</summary>', `${s.id} gets the inserted comment`);
        else assert.equal(after.docstring?.content, s.docstring?.content, `${s.id} keeps its own`);
      }
    }
  });

  describe('with the Mono C# compiler (mcs -doc), when installed', () => {
    const mcs = spawnSync('mcs', ['--version'], { encoding: 'utf8' }).status === 0;
    /** The sample as Mono's mcs (C# 6) compiles it on its own: no base types, local functions, throw expressions or records. */
    const COMPILABLE = SAMPLE.replace(' : Base, IComparable<T> where T : struct', ' where T : struct')
      .replace(' : base(size)', '')
      .replace('(this double value', '(double value')
      .replace('            int Local() { throw new NotSupportedException(); }\n', '')
      .replace('() => throw new InvalidOperationException();', '() => { throw new InvalidOperationException(); };')
      .replace('public void Fail() => throw new NotImplementedException();', 'public void Fail() { throw new NotImplementedException(); }')
      .replace('    public record Point(int X, int Y = 0);\n\n', '');

    function compile(text: string): { ok: boolean; warnings: string[]; xml: string } {
      const dir = mkdtempSync(join(tmpdir(), 'docwright-mcs-'));
      try {
        writeFileSync(join(dir, 'Sample.cs'), text);
        const run = spawnSync('mcs', ['-target:library', `-doc:${join(dir, 'Sample.xml')}`, `-out:${join(dir, 'Sample.dll')}`, join(dir, 'Sample.cs')], { encoding: 'utf8' });
        const out = `${run.stdout}${run.stderr}`;
        const xml = run.status === 0 ? readFileSync(join(dir, 'Sample.xml'), 'utf8') : '';
        return { ok: run.status === 0, warnings: out.split('\n').filter((l) => /(warning|error) CS\d+/.test(l)), xml };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    /** The members CS1591 names ("Missing XML comment for publicly visible type or member `N.T.M'"), without the namespace. */
    const missing = (warnings: string[]) => warnings.filter((w) => w.includes('CS1591')).map((w) => /`([^']+)'/.exec(w)![1].replace(/^Demo\.Shapes\./, '').replace(/\(.*$/, '')).sort();

    it('agrees with CS1591 on which symbols are public API; after a comment at every symbol only the mid-line ones are left, none misplaced (CS1587) or malformed (CS1570)', async function () {
      if (!mcs) {
        console.log('      skipped: mcs is not installed (Debian: apt-get install mono-mcs)');
        this.skip();
      }
      const symbols = await extract(COMPILABLE);
      const before = compile(COMPILABLE);
      assert.ok(before.ok, before.warnings.join('\n'));
      // mcs names an indexer `Item`, a constructor by its type.
      const named = (s: SymbolFact) => s.namePath.join('.').replace('this[]', 'Item').replace(/^Shape\.Shape$/, 'Shape.Shape');
      const ours = symbols.filter((s) => isCSharpPublic(s) && !s.docstring).map(named).sort();
      assert.deepEqual(ours, missing(before.warnings).map((m) => m.replace(/\.this\[.*$/, '.Item').replace(/^Shape<T>/, 'Shape').replace(/\.Shape<T>\./, '.Shape.')).sort());
      const after = compile(insertEverywhere(COMPILABLE, symbols));
      assert.ok(after.ok, after.warnings.join('\n'));
      assert.deepEqual(after.warnings.filter((w) => /CS1587|CS1570|CS1572|CS1573/.test(w)), [], 'no comment misplaced or malformed');
      const left = symbols.filter((s) => isCSharpPublic(s) && !s.docstring && !takesComment(s)).map(named).sort();
      assert.deepEqual(missing(after.warnings).map((m) => m.replace(/^Shape<T>/, 'Shape')), left);
      const documented = (after.xml.match(/<summary>X<\/summary>/g) ?? []).length;
      assert.equal(documented, symbols.filter((s) => s.kind !== 'module' && !s.docstring && takesComment(s)).length, 'each inserted comment is in the XML documentation of one member');
    });
  });
});
