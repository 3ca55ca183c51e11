/**
 * C# on real code nobody here wrote: the C# sources of edge-js (vendored with their MIT licence in
 * test/fixtures/csharp/corpus/edge-js). Template mode on each file: only `///` lines are added,
 * the result parses (tree-sitter; and Mono's `mcs --parse -doc`, which reports a comment on no
 * declaration as CS1587, where mcs reads the original), each new comment is read back on its
 * symbol, and a second run changes nothing. Counts are printed.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import { generateDocstrings } from '../../src/core/generate/generateFile';

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'csharp', 'corpus');

function csFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? csFiles(path) : name.endsWith('.cs') ? [path] : [];
  });
}

/** mcs's parser on `text`: undefined when it accepts it, else its complaints (CS1587 for a misplaced doc comment). */
function mcsParse(text: string, dir: string): string | undefined {
  const path = join(dir, 'File.cs');
  writeFileSync(path, text);
  const run = spawnSync('mcs', ['--parse', `-doc:${join(dir, 'File.xml')}`, path], { encoding: 'utf8' });
  const out = `${run.stdout}${run.stderr}`;
  const bad = out.split('\n').filter((l) => /error|CS1587|CS1570/.test(l));
  return run.status === 0 && bad.length === 0 ? undefined : bad.join('\n') || out;
}

describe('C# corpus (edge-js)', function () {
  this.timeout(120_000);

  it('documents every file: only /// lines added, it still parses (tree-sitter, mcs), each comment lands on its symbol, a second run writes nothing', async () => {
    const mcs = spawnSync('mcs', ['--version']).status === 0;
    const dir = mkdtempSync(join(tmpdir(), 'docwright-cs-corpus-'));
    const counts = { files: 0, unparsed: 0, symbols: 0, documented: 0, mcsChecked: 0, failures: [] as string[] };
    try {
      for (const path of csFiles(CORPUS)) {
        const text = readFileSync(path, 'utf8');
        counts.files++;
        const before = await extractSymbols(text, 'csharp');
        // The grammar cannot read it (edge-js's coreclrembedding.cs: `*((double*)address) = value;`): Docwright refuses such a file.
        if (before.hasErrors) {
          counts.unparsed++;
          continue;
        }
        counts.symbols += before.symbols.length - 1;
        const result = await generateDocstrings(text, 'csharp', { style: 'auto', types: 'auto', quote: '"""' });
        counts.documented += result.documented.length;
        const fail = (why: string) => counts.failures.push(`${path.slice(CORPUS.length + 1)}: ${why}`);
        if (result.failures.length) fail(`${result.failures.length} symbols failed`);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const kept = text.split(eol);
        let i = 0;
        const added = result.newText.split(eol).filter((line) => (i < kept.length && line === kept[i] ? (i++, false) : true));
        if (i !== kept.length || added.some((line) => !/^\s*\/\/\/( |$)/.test(line))) fail('a line other than a /// line changed');
        const after = await extractSymbols(result.newText, 'csharp');
        if (after.hasErrors) fail('the result does not parse');
        for (const symbol of result.documented) {
          const again = after.symbols.find((s) => s.id === symbol.id);
          if (!again?.docstring?.content.includes('_summary_')) fail(`${symbol.id} does not read its new comment back`);
        }
        if ((await generateDocstrings(result.newText, 'csharp', { style: 'auto', types: 'auto', quote: '"""' })).edits.length) fail('a second run writes again');
        if (mcs && mcsParse(text, dir) === undefined) {
          counts.mcsChecked++;
          const complaint = mcsParse(result.newText, dir);
          if (complaint) fail(`mcs: ${complaint}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`      C# corpus: ${counts.files} files (${counts.unparsed} the grammar cannot parse, refused), ${counts.symbols} symbols, ${counts.documented} documented, ${counts.mcsChecked} files checked by mcs --parse${mcs ? '' : ' (mcs not installed)'}, ${counts.failures.length} failures`);
    assert.deepEqual(counts.failures, []);
    assert.ok(counts.files >= 10 && counts.unparsed <= 1 && counts.documented >= 90, 'the corpus was read');
  });
});
