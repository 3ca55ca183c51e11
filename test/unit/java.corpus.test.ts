import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { checkJavaCorpus, extractText, hasJava, jdkSources } from './javaHelpers';

/**
 * Real code nobody here wrote: files of the JDK 17 sources (GPLv2 with the Classpath Exception: read
 * from the installed src.zip, never copied into this repository), chosen to cover classes, generic
 * interfaces, enums, records, annotation types, package-info, nested and local classes, and large
 * files with long Javadoc.
 */
const SAMPLE = [
  'java.base/java/util/ArrayList.java',
  'java.base/java/util/HashMap.java',
  'java.base/java/util/Optional.java',
  'java.base/java/util/Objects.java',
  'java.base/java/util/List.java',
  'java.base/java/util/Map.java',
  'java.base/java/util/Comparator.java',
  'java.base/java/util/Iterator.java',
  'java.base/java/util/Spliterator.java',
  'java.base/java/util/StringJoiner.java',
  'java.base/java/util/UUID.java',
  'java.base/java/util/Scanner.java',
  'java.base/java/util/Collections.java',
  'java.base/java/util/package-info.java',
  'java.base/java/util/concurrent/TimeUnit.java',
  'java.base/java/util/concurrent/CompletableFuture.java',
  'java.base/java/util/concurrent/ConcurrentHashMap.java',
  'java.base/java/util/function/Function.java',
  'java.base/java/util/stream/Collectors.java',
  'java.base/java/lang/Enum.java',
  'java.base/java/lang/Record.java',
  'java.base/java/lang/Override.java',
  'java.base/java/lang/Deprecated.java',
  'java.base/java/lang/annotation/Retention.java',
  'java.base/java/lang/annotation/ElementType.java',
  'java.base/java/io/BufferedReader.java',
  'java.base/java/nio/file/Files.java',
  'java.base/java/time/Duration.java',
  'java.base/jdk/internal/misc/ThreadTracker.java',
  'java.base/module-info.java',
];

describe('java corpus: JDK 17 sources', () => {
  it('every symbol and doc comment agrees with javac, before and after inserting a comment at each undocumented one', async function () {
    const files = jdkSources(SAMPLE);
    if (typeof files === 'string' || !hasJava()) {
      console.log(`      skipped: ${typeof files === 'string' ? files : 'no `java` on PATH to run javac\'s parser'}`);
      this.skip();
    }
    this.timeout(300000);
    const report = await checkJavaCorpus(files);
    console.log(`      java corpus: ${report.files} files, ${report.symbols} symbols, ${report.documented} with a doc comment, ${report.inserted} comments inserted (${report.midLine} inside a line), ${report.failures.length} failures`);
    assert.deepEqual(report.failures.slice(0, 40), []);
    assert.ok(report.symbols > 2000 && report.inserted > 0, 'the sample is not empty');
  });

  it('finds the same throws, returns and local types when bodies are walked node by node', async function () {
    const files = jdkSources(SAMPLE.slice(0, 12));
    if (typeof files === 'string') {
      console.log(`      skipped: ${files}`);
      this.skip();
    }
    this.timeout(120000);
    for (const [name, text] of files) assert.deepEqual((await extractText(text, { walkBodies: true })).symbols, (await extractText(text)).symbols, name);
  });

  // All of java.base/java (1,395 files, 40k symbols, about 35 s): DW_JAVA_CORPUS=java.base npx mocha ...
  it('over all of java.base/java when DW_JAVA_CORPUS=java.base: only the JDK\'s own stale @param names differ', async function () {
    if (process.env.DW_JAVA_CORPUS !== 'java.base' || !hasJava()) {
      console.log('      skipped: set DW_JAVA_CORPUS=java.base to run it (needs java and the JDK 17 src.zip)');
      this.skip();
    }
    this.timeout(600000);
    const zip = '/usr/lib/jvm/openjdk-17/lib/src.zip';
    const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n').filter((n) => /^java\.base\/java\/.*\.java$/.test(n));
    const files = jdkSources(names);
    assert.ok(typeof files !== 'string', String(files));
    const report = await checkJavaCorpus(files);
    console.log(`      java.base: ${report.files} files, ${report.symbols} symbols, ${report.documented} with a doc comment, ${report.inserted} comments inserted (${report.midLine} inside a line), ${report.failures.length} failures`);
    // StrictMath.floorOrCeil, ImmutableCollections.listCopy and Spliterators.IteratorSpliterator (its
    // `{@link ...())` left open, which javac reads past) document a parameter they no longer have.
    assert.deepEqual(report.failures.filter((f) => !/: @param \w+ names no parameter/.test(f)), []);
  });
});
