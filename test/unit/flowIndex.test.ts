import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import type { LanguageId } from '../../src/core/extract/types';

/** The facts the flow index feeds; the body walk is their definition. */
const flowFacts = (symbols: Awaited<ReturnType<typeof extractSymbols>>['symbols']) =>
  symbols.map((s) => ({ id: s.id, raises: s.raises, reraises: s.reraises, returnsValue: s.returnsValue, yieldsValue: s.yieldsValue, isGenerator: s.isGenerator }));

async function assertSameFlow(text: string, language: LanguageId, label: string): Promise<void> {
  const fast = await extractSymbols(text, language);
  const walked = await extractSymbols(text, language, true);
  assert.deepEqual(fast, { ...walked }, label);
  assert.deepEqual(flowFacts(fast.symbols), flowFacts(walked.symbols), label);
}

describe('flow index (one query per file) gives what walking every body gives', () => {
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
