/**
 * The real pipeline over real code (issue 13): JDK 17 sources (GPLv2 with the Classpath Exception,
 * read from the installed src.zip, never copied here) through `generateDocstrings` (template mode,
 * Javadoc) and `validateText`, checked against javac's parser, its doc-comment API and its doclint.
 * A sample of java.base runs in `npm test`; DW_JAVA_CORPUS=java.base runs all of java.base/java.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateDocstrings, type FileGeneration } from '../../src/core/generate/generateFile';
import { validateText } from '../../src/core/validate';
import { agreement, agreementTable, comparePeers } from './javaDoclint';
import { hasJava, javacDocs, jdkSources, parsesCleanly } from './javaHelpers';
import { insertedOnlyComments, javacAttachment, midLineInsertions } from './javaPipeline';

/** java.base only, so that doclint can compile them in the module's place. Not the extractor corpus's sample but for a few. */
export const PIPELINE_SAMPLE = [
  'java.base/java/util/ArrayList.java',
  'java.base/java/util/HashMap.java',
  'java.base/java/util/Optional.java',
  'java.base/java/util/Objects.java',
  'java.base/java/util/Scanner.java',
  'java.base/java/util/StringJoiner.java',
  'java.base/java/util/UUID.java',
  'java.base/java/util/BitSet.java',
  'java.base/java/util/ArrayDeque.java',
  'java.base/java/util/Base64.java',
  'java.base/java/util/PriorityQueue.java',
  'java.base/java/util/Comparator.java',
  'java.base/java/util/Iterator.java',
  'java.base/java/util/concurrent/TimeUnit.java',
  'java.base/java/util/concurrent/CountDownLatch.java',
  'java.base/java/util/concurrent/atomic/AtomicInteger.java',
  'java.base/java/util/function/Function.java',
  'java.base/java/util/regex/Matcher.java',
  'java.base/java/lang/Integer.java',
  'java.base/java/lang/Boolean.java',
  'java.base/java/lang/Enum.java',
  'java.base/java/lang/Record.java',
  'java.base/java/lang/StringBuilder.java',
  'java.base/java/lang/Thread.java',
  'java.base/java/io/BufferedReader.java',
  'java.base/java/io/File.java',
  'java.base/java/net/URI.java',
  'java.base/java/nio/file/Files.java',
  'java.base/java/time/Duration.java',
  'java.base/java/time/LocalDate.java',
];

const generate = (text: string): Promise<FileGeneration> => generateDocstrings(text, 'java', { style: 'javadoc', types: 'auto', quote: '"""' });

interface PipelineReport {
  files: number;
  documented: number;
  midLine: number;
  failures: string[];
}

/** generate on each file, then every check of the placement fixtures, with javac's parser over all outputs at once. */
async function checkPipeline(files: Map<string, string>): Promise<PipelineReport> {
  const report: PipelineReport = { files: files.size, documented: 0, midLine: 0, failures: [] };
  const outputs = new Map<string, { input: string; result: FileGeneration }>();
  for (const [name, input] of files) {
    const result = await generate(input);
    outputs.set(name, { input, result });
    report.documented += result.edits.length;
    report.midLine += midLineInsertions(input, result);
    const fail = (what: string) => report.failures.push(`${name}: ${what}`);
    result.failures.forEach((f) => fail(`line ${f.line}: ${f.reason}`));
    insertedOnlyComments(input, result).forEach(fail);
    if (!(await parsesCleanly(result.newText))) fail('tree-sitter reports a syntax error in the output');
    const again = await generate(result.newText);
    if (again.edits.length > 0) fail(`a second run writes ${again.edits.length} more comments (${again.edits.map((e) => e.symbolId).slice(0, 5).join(', ')})`);
  }
  const javac = javacDocs(new Map([...outputs].map(([name, { result }]) => [name, result.newText])));
  report.failures.push(...javac.errors.map((e) => `javac: ${e}`));
  for (const [name, { input, result }] of outputs) report.failures.push(...(await javacAttachment(name, input, result, javac.declarations)).failures);
  return report;
}

function skipWithout(ctx: Mocha.Context, files: Map<string, string> | string): asserts files is Map<string, string> {
  if (typeof files === 'string' || !hasJava()) {
    console.log(`      skipped: ${typeof files === 'string' ? files : "no `java` on PATH to run javac"}`);
    ctx.skip();
  }
}

describe('java pipeline: JDK 17 sources through generate and check', () => {
  it('generate writes only comments, javac parses them and attaches each to its symbol, a second run writes nothing', async function () {
    const files = jdkSources(PIPELINE_SAMPLE);
    skipWithout(this, files);
    this.timeout(300000);
    const report = await checkPipeline(files);
    console.log(`      java pipeline: ${report.files} files, ${report.documented} symbols documented (${report.midLine} inside a line), ${report.failures.length} failures`);
    assert.deepEqual(report.failures.slice(0, 30), []);
    assert.ok(report.documented > 500, 'the sample documents something');
  });

  it('check on the original files: findings per rule; none of the false positives found and fixed comes back', async function () {
    const files = jdkSources(PIPELINE_SAMPLE);
    skipWithout(this, files);
    this.timeout(120000);
    const perRule = new Map<string, number>();
    const byCode = (code: string) => perRule.get(code) ?? 0;
    const messages: string[] = [];
    for (const [name, text] of files) {
      // DW601 (off by default) on, to see which undocumented symbols count as public API.
      const { findings } = await validateText(text, 'java', { style: 'javadoc', severities: { DW601: 'warning' } });
      for (const f of findings) {
        perRule.set(f.code, (perRule.get(f.code) ?? 0) + 1);
        messages.push(`${name.split('/').pop()} ${f.symbol}: ${f.code} ${f.message}`);
      }
    }
    console.log(`      java check on ${files.size} JDK files: ${[...perRule].sort().map(([c, n]) => `${c} ${n}`).join(', ')}`);
    // The JDK's Javadoc reads without a problem in the style.
    assert.equal(byCode('DW501'), 0, messages.filter((m) => m.includes('DW501')).join('\n'));
    // Unchecked exceptions documented for a callee (@throws NullPointerException) are not "never raised".
    assert.deepEqual(messages.filter((m) => / DW402 /.test(m) && /'(NullPointerException|IndexOutOfBoundsException|IllegalArgumentException|ClassCastException)'/.test(m)), []);
    // An Error thrown in a body (throw new InternalError(e)) is not asked for.
    assert.deepEqual(messages.filter((m) => / DW401 'InternalError'/.test(m)), []);
    // A method marked @Override inherits its comment's missing parts.
    assert.deepEqual(messages.filter((m) => /(ArrayList\.forEach|HashMap\.computeIfAbsent|HashMap\.merge): DW(102|201)/.test(m)), []);
    // An undocumented @Override method is not public API that lacks a comment.
    assert.deepEqual(messages.filter((m) => /(HashMap\.getOrDefault|HashMap\.putIfAbsent|HashMap\.forEach): DW601/.test(m)), []);
    assert.ok(byCode('DW601') > 0, 'DW601 was on');
  });

  it('agrees with javac -Xdoclint:all/private on DW101 DW102 DW105 DW201 DW202 DW204 DW401 DW402 DW403 DW501', async function () {
    const files = jdkSources(PIPELINE_SAMPLE);
    skipWithout(this, files);
    this.timeout(300000);
    const comparison = await comparePeers(files, 'java.base');
    const rows = agreement(comparison);
    console.log(agreementTable(rows).replace(/^/gm, '      '));
    const all = rows.find((r) => r.rule === 'all')!;
    // Every doclint finding on a compared rule is Docwright's too.
    assert.deepEqual(all.onlyDoclint.map((f) => `${f.file} ${f.symbol} ${f.rule} ${f.name}: ${f.message}`), []);
    // What only Docwright reports is by design (README, "Differences from javac's doclint"):
    // an unchecked exception thrown and not documented (DW401), and a method that overrides without
    // saying @Override (doclint resolves it and lets the comment inherit; Docwright cannot).
    const unexplained = all.onlyDocwright.filter((f) => f.rule !== 'DW401' && f.rule !== 'DW102' && f.rule !== 'DW201');
    assert.deepEqual(unexplained.map((f) => `${f.file} ${f.symbol} ${f.rule} ${f.name}: ${f.message}`), []);
    assert.ok(all.doclint > 100, `doclint finds something to compare (${all.doclint})`);
  });

  // All of java.base/java (1,395 files): DW_JAVA_CORPUS=java.base npx mocha ...
  it('over all of java.base/java when DW_JAVA_CORPUS=java.base', async function () {
    if (process.env.DW_JAVA_CORPUS !== 'java.base' || !hasJava()) {
      console.log('      skipped: set DW_JAVA_CORPUS=java.base to run it (needs java and the JDK 17 src.zip)');
      this.skip();
    }
    this.timeout(1800000);
    const zip = '/usr/lib/jvm/openjdk-17/lib/src.zip';
    const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n').filter((n) => /^java\.base\/java\/.*\.java$/.test(n));
    const files = jdkSources(names);
    assert.ok(typeof files !== 'string', String(files));
    const report = await checkPipeline(files);
    console.log(`      java.base pipeline: ${report.files} files, ${report.documented} symbols documented (${report.midLine} inside a line), ${report.failures.length} failures`);
    const comparison = await comparePeers(files, 'java.base');
    console.log(agreementTable(agreement(comparison)).replace(/^/gm, '      '));
    assert.deepEqual(report.failures.slice(0, 30), []);
  });
});
