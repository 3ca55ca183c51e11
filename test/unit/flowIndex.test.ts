import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import type { LanguageId } from '../../src/core/extract/types';
import { FlowIndex } from '../../src/core/extract/flowIndex';
import { walk, type Node } from '../../src/core/extract/nodes';
import { parseText } from '../../src/core/extract/treeSitter';

/** The facts the flow index feeds; the body walk is their definition. */
const flowFacts = (symbols: Awaited<ReturnType<typeof extractSymbols>>['symbols']) =>
  symbols.map((s) => ({ id: s.id, raises: s.raises, reraises: s.reraises, returnsValue: s.returnsValue, yieldsValue: s.yieldsValue, isGenerator: s.isGenerator }));

async function assertSameFlow(text: string, language: LanguageId, label: string): Promise<void> {
  const fast = await extractSymbols(text, language);
  const walked = await extractSymbols(text, language, true);
  assert.deepEqual(fast, { ...walked }, label);
  assert.deepEqual(flowFacts(fast.symbols), flowFacts(walked.symbols), label);
}

describe('flow index (one query per body asked) gives what walking every body gives', () => {
  it('Python: nested defs, lambdas, re-raises, decorated and async defs, generators', async () => {
    const text = [
      'def outer(x):',
      '    def inner():',
      '        raise KeyError',
      '    g = lambda: (yield)',
      '    class C:',
      '        def m(self):',
      '            return 1',
      '    try:',
      '        pass',
      '    except (ValueError, TypeError) as e:',
      '        raise e',
      '    except OSError:',
      '        raise',
      '    if x:',
      '        raise RuntimeError("x") from None',
      '    return None',
      '',
      '@decorator',
      'async def gen():',
      '    yield 1',
      '    return',
      '',
      'def f(): lambda: 1; raise ValueError',
      '',
    ].join('\n');
    await assertSameFlow(text, 'python', 'python sample');
  });

  it('TypeScript and JavaScript: arrow bodies that are arrows, throws, generators, nested functions', async () => {
    const text = [
      'export function f(a: number): number {',
      '  const g = () => { throw new TypeError("x"); };',
      '  if (a) throw new RangeError("r");',
      '  return a;',
      '}',
      'const h = () => () => { return 1; };',
      'function* gen() { yield 1; function inner() { return 2; } }',
      'class K { m() { throw new Error("e"); } get p() { return 1; } }',
      '',
    ].join('\n');
    await assertSameFlow(text, 'typescript', 'typescript sample');
    await assertSameFlow(text.replace(/: number/g, ''), 'javascript', 'javascript sample');
  });

  it('the same on a slice of the Python standard library', async function () {
    this.timeout(120000);
    const dir = '/usr/lib/python3.11';
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().slice(0, 60);
    } catch {
      this.skip();
    }
    for (const file of files) await assertSameFlow(readFileSync(join(dir, file), 'utf8'), 'python', file);
  });
});

describe('flow index: each body asked is searched once, in any order', () => {
  const text = [
    'def outer():',
    '    def inner():',
    '        raise KeyError',
    '        yield 1',
    '    def other():',
    '        return 2',
    '    raise ValueError',
    '',
    'def later():',
    '    raise OSError',
    '',
  ].join('\n');
  const PY_SCOPES = new Set(['function_definition', 'class_definition', 'lambda', 'decorated_definition']);
  const PY_FLOWS = ['raise_statement', 'return_statement', 'yield'];
  const bodies = (root: Node): Node[] => {
    const out: Node[] = [];
    const visit = (node: Node) => {
      if (node.type === 'function_definition') out.push(node.childForFieldName('body')!);
      for (const child of node.namedChildren) if (child) visit(child);
    };
    visit(root);
    return out;
  };
  const walked = (body: Node): string[] => {
    const out: string[] = [];
    walk(body, (n) => n.isNamed && PY_FLOWS.includes(n.type) && out.push(n.text), (n) => PY_SCOPES.has(n.type));
    return out;
  };

  for (const order of [[0, 1, 2, 3], [1, 0, 2, 3], [3, 2, 1, 0], [2, 0, 1, 0, 3, 2]]) {
    it(`bodies asked in the order ${order.join(', ')} give what walking each gives`, async () => {
      const tree = await parseText(text, 'python');
      try {
        const all = bodies(tree.rootNode);
        assert.equal(all.length, 4);
        const index = new FlowIndex(tree.rootNode, PY_FLOWS, PY_SCOPES);
        for (const i of order) assert.deepEqual(index.within(all[i]).map((n) => n.text), walked(all[i]), `body ${i}`);
      } finally {
        tree.delete();
      }
    });
  }
});
