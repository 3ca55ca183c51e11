// Issue 9, "nothing lost": the CLI owns only the bytes it inserts, writes atomically, never
// overwrites a file changed during the run, and one bad path never stops a run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliShim, runCli, runCliSync } from '../support/cli';
import { delay, FakeOpenAI, modelAnswer, ok } from '../support/fakeOpenAI';

const latin1 = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** Lines split after each LF, so CR and CRLF stay inside their line. */
const lines = (bytes: Buffer): string[] => bytes.toString('latin1').split(/(?<=\n)/);

/**
 * `after` is `before` with whole lines inserted, and every inserted line is part of a docstring
 * (between triple quotes, or a `/** ... *\/` comment): no byte of the original changed or moved.
 */
function onlyDocstringLinesInserted(before: Buffer, after: Buffer): void {
  const old = lines(before);
  const now = lines(after);
  let j = 0;
  const inserted: string[] = [];
  for (const line of old) {
    while (j < now.length && now[j] !== line) inserted.push(now[j++]);
    assert.ok(j < now.length, `original line ${JSON.stringify(line)} is missing or changed in the result`);
    j++;
  }
  inserted.push(...now.slice(j));
  assert.ok(inserted.length > 0, 'nothing was inserted');
  const block = inserted.join('');
  assert.match(block, /^(\s*("""|\/\*\*)[\s\S]*?("""|\*\/)\s*)+$/, `inserted lines that are not docstrings:\n${block}`);
}

/** Resolves once the fake server has received `count` requests in all. */
async function asked(server: FakeOpenAI, count: number): Promise<void> {
  while (server.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

function pythonParses(path: string): void {
  const check = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())', path], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
}

describe('docwright CLI: nothing lost', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-bytes-'));
  });
  afterEach(() => {
    for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
      try {
        chmodSync(join(dir, entry), 0o755);
      } catch {
        // a FIFO or a dangling link
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  describe('bytes', () => {
    it('a Latin-1 file with a PEP 263 line: generate --write and fix keep every byte outside the docstrings', () => {
      const original = latin1('# -*- coding: latin-1 -*-\ndef greet(name):\n    return "caf', [0xe9], ' " + name\n\n\ndef area(w, h):\n    """Area, in m', [0xb2], '.\n\n    Args:\n        w: Width.\n        d: Gone.\n    """\n    return w * h\n');
      writeFileSync(join(dir, 'm.py'), original);
      const generated = runCliSync(['generate', '--write', 'm.py'], dir);
      assert.equal(generated.code, 0, generated.stderr);
      const afterGenerate = readFileSync(join(dir, 'm.py'));
      onlyDocstringLinesInserted(original, afterGenerate);
      pythonParses(join(dir, 'm.py'));
      assert.ok(!afterGenerate.includes(Buffer.from([0xef, 0xbf, 0xbd])), 'a U+FFFD replacement character was written');

      const fixed = runCliSync(['fix', 'm.py'], dir);
      assert.equal(fixed.code, 0, fixed.stderr);
      const afterFix = readFileSync(join(dir, 'm.py'));
      assert.ok(afterFix.includes(latin1('"""Area, in m', [0xb2], '.')), 'the Latin-1 description a person wrote is kept byte for byte');
      assert.ok(afterFix.includes(latin1('return "caf', [0xe9], ' "')));
      assert.ok(!afterFix.includes(Buffer.from([0xef, 0xbf, 0xbd])));
      pythonParses(join(dir, 'm.py'));
    });

    it('bytes that are not valid UTF-8 (no coding line): refused with the offset, exit 1, nothing changed, the other files done', () => {
      const bad = latin1('def f(a):\n    return "caf', [0xe9], '"\n');
      writeFileSync(join(dir, 'bad.py'), bad);
      writeFileSync(join(dir, 'bad.ts'), latin1('export function f(a: number) {\n  return "', [0xff], '";\n}\n'));
      writeFileSync(join(dir, 'good.py'), 'def g(b):\n    return b\n');
      for (const command of [['generate', '--write'], ['fix'], ['check']]) {
        const run = runCliSync([...command, 'bad.py', 'bad.ts', 'good.py'], dir);
        assert.equal(run.code, 1, `${command.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, /^bad\.py: not valid UTF-8 \(byte 0xe9 at offset 25\).*nothing was changed$/m);
        assert.match(run.stderr, /^bad\.ts: not valid UTF-8 \(byte 0xff at offset 41\)/m);
        assert.deepEqual(readFileSync(join(dir, 'bad.py')), bad);
      }
      assert.match(readFileSync(join(dir, 'good.py'), 'utf8'), /"""_summary_/);
    });

    it('a UTF-8 BOM stays first, the module docstring goes after it, and the file still parses (Python and TS)', () => {
      const py = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('import os\n\n\ndef g(x):\n    return x\n')]);
      const ts = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('export function f(a: number): number {\r\n  return a;\r\n}\r\n')]);
      writeFileSync(join(dir, 'bom.py'), py);
      writeFileSync(join(dir, 'bom.ts'), ts);
      const run = runCliSync(['generate', '--write', 'bom.py', 'bom.ts'], dir);
      assert.equal(run.code, 0, run.stderr);
      for (const [name, before] of [['bom.py', py], ['bom.ts', ts]] as const) {
        const after = readFileSync(join(dir, name));
        assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${name}: the BOM is not first`);
        assert.equal(after.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 1), -1, `${name}: a second BOM`);
        onlyDocstringLinesInserted(before.subarray(3), after.subarray(3));
      }
      pythonParses(join(dir, 'bom.py'));
      assert.match(readFileSync(join(dir, 'bom.py'), 'utf8'), /^\ufeff"""_summary_"""\n/);
    });

    it('NUL bytes in a string and mixed line endings are kept; the printed result is the same bytes as the written one', () => {
      const ts = Buffer.from('export const sep = "a\u0000b";\r\nexport function f(a: number) {\n  return a;\r\n}\n\nexport function g(b: string) {\r\n  return b;\n}\r\n');
      writeFileSync(join(dir, 'n.ts'), ts);
      const printed = spawnSync(process.execPath, [cliShim(dir), 'generate', 'n.ts'], { cwd: dir });
      assert.equal(printed.status, 0, printed.stderr.toString());
      assert.equal(runCliSync(['generate', '--write', 'n.ts'], dir).code, 0);
      const written = readFileSync(join(dir, 'n.ts'));
      assert.deepEqual(printed.stdout, written);
      onlyDocstringLinesInserted(ts, written);
    });
    it("a described docstring the file's encoding cannot hold gets the template; the other symbols keep theirs", async () => {
      const server = await FakeOpenAI.start();
      try {
        server.fallback = ok(modelAnswer('Maps a \u2192 b (\u5199).', { a: 'The a.' }));
        server.enqueue(ok(modelAnswer('Caf\u00e9 helpers.')));
        const original = latin1('# -*- coding: latin-1 -*-\ndef f(a):\n    return "caf', [0xe9], '"\n');
        writeFileSync(join(dir, 'm.py'), original);
        const run = await runCli(['generate', '--ai', '--provider', 'compatible', '--base-url', server.baseURL, '--concurrency', '1', '--group-size', '1', '--stats', '--write', 'm.py'], dir);
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr, /^m\.py:2: f: AI unavailable \(invalid_response\): the described docstring has characters the file's encoding cannot hold; wrote a template docstring$/m);
        assert.equal((JSON.parse(run.stderr.split('\n').find((l) => l.startsWith('{')) as string) as { fallbacks: number }).fallbacks, 1);
        const written = readFileSync(join(dir, 'm.py'));
        onlyDocstringLinesInserted(original, written);
        assert.ok(written.includes(latin1('"""Caf', [0xe9], ' helpers."""')), 'the module docstring the file can hold was written, in Latin-1');
        assert.match(written.toString('latin1'), /def f\(a\):\n {4}"""_summary_/);
        pythonParses(join(dir, 'm.py'));
      } finally {
        await server.close();
      }
    });
  });

  describe('writes', () => {
    it('keeps the mode, updates a symlink at its target, and leaves no temporary file', () => {
      writeFileSync(join(dir, 'real.py'), 'def f(a):\n    return a\n');
      chmodSync(join(dir, 'real.py'), 0o751);
      symlinkSync('real.py', join(dir, 'link.py'));
      const run = runCliSync(['generate', '--write', 'link.py'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(lstatSync(join(dir, 'link.py')).isSymbolicLink(), 'the link was replaced by a regular file');
      assert.equal(readlinkSync(join(dir, 'link.py')), 'real.py');
      assert.match(readFileSync(join(dir, 'real.py'), 'utf8'), /"""_summary_/);
      assert.equal(statSync(join(dir, 'real.py')).mode & 0o777, 0o751);
      assert.deepEqual(readdirSync(dir).filter((n) => !n.startsWith('.docwright-shim')).sort(), ['link.py', 'real.py']);
    });

    it('a file with a long name can be written (the temporary name is short)', () => {
      const name = `${'x'.repeat(240)}.py`;
      writeFileSync(join(dir, name), 'def f(a):\n    return a\n');
      const run = runCliSync(['generate', '--write', name], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(readFileSync(join(dir, name), 'utf8'), /"""_summary_/);
    });

    it('a file with hard links is left unchanged, with the reason (a rename would split the links)', () => {
      writeFileSync(join(dir, 'a.py'), 'def f(a):\n    return a\n');
      linkSync(join(dir, 'a.py'), join(dir, 'b.py'));
      const run = runCliSync(['generate', '--write', 'a.py'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^a\.py: has 2 hard links, which replacing it would split apart; it was left unchanged/m);
      assert.equal(readFileSync(join(dir, 'b.py'), 'utf8'), 'def f(a):\n    return a\n');
      assert.equal(statSync(join(dir, 'a.py')).nlink, 2);
    });

    it('a file saved during an AI run is not overwritten; a file deleted meanwhile stays deleted', async () => {
      const server = await FakeOpenAI.start();
      try {
        server.fallback = delay(1000, ok(modelAnswer('Return the value.', { a: 'A value.' }, 'The value.')));
        const args = ['generate', '--ai', '--provider', 'compatible', '--base-url', server.baseURL, '--write'];
        writeFileSync(join(dir, 'saved.py'), 'def f(a):\n    return a\n');
        const saving = runCli([...args, 'saved.py'], dir);
        await asked(server, 1); // the file has been read: the model is being asked about it
        const users = 'def f(a):\n    return a + 1  # the user saved this meanwhile\n';
        writeFileSync(join(dir, 'saved.py'), users);
        const saved = await saving;
        assert.equal(saved.code, 1, saved.stderr);
        assert.match(saved.stderr, /^saved\.py: changed on disk during the run; run again$/m);
        assert.equal(readFileSync(join(dir, 'saved.py'), 'utf8'), users);

        writeFileSync(join(dir, 'gone.py'), 'def f(a):\n    return a\n');
        const before = server.requests.length;
        const deleting = runCli([...args, 'gone.py'], dir);
        await asked(server, before + 1);
        unlinkSync(join(dir, 'gone.py'));
        const deleted = await deleting;
        assert.equal(deleted.code, 1, deleted.stderr);
        assert.match(deleted.stderr, /^gone\.py: deleted during the run; not re-created$/m);
        assert.equal(existsSync(join(dir, 'gone.py')), false);
      } finally {
        await server.close();
      }
    });
  });

  describe('isolation', () => {
    it('a FIFO named x.py (named or found in a folder) is reported without being opened; the run goes on', () => {
      mkdirSync(join(dir, 'src'));
      spawnSync('mkfifo', [join(dir, 'x.py'), join(dir, 'src', 'y.py')]);
      writeFileSync(join(dir, 'src', 'ok.py'), 'def ok():\n    pass\n');
      const run = runCliSync(['generate', '--write', 'x.py', 'src'], dir);
      assert.equal(run.signal, null, 'the run hung on the FIFO and was killed');
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^x\.py: a FIFO, not a regular file; skipped$/m);
      assert.match(run.stderr, /^src\/y\.py: a FIFO, not a regular file; skipped$/m);
      assert.match(readFileSync(join(dir, 'src', 'ok.py'), 'utf8'), /"""_summary_/);
      // check reads with blocking calls: the FIFO must still be refused, not waited on.
      const checked = runCliSync(['check', '--no-cache', 'x.py', 'src'], dir);
      assert.equal(checked.signal, null, 'check hung on the FIFO and was killed');
      assert.match(checked.stderr, /^x\.py: a FIFO, not a regular file; skipped$/m);
      assert.match(checked.stderr, /^src\/y\.py: a FIFO, not a regular file; skipped$/m);
    });

    it('a file over --max-file-size is skipped before it is read; the default is the editor\'s 500000 bytes; out-of-range limits are usage errors', () => {
      writeFileSync(join(dir, 'huge.py'), 'def f():\n    pass\n');
      truncateSync(join(dir, 'huge.py'), 50 * 1024 * 1024); // 50 MB, sparse: the parser would abort on it
      writeFileSync(join(dir, 'small.py'), 'def f(a):\n    return a\n');
      const run = runCliSync(['check', 'huge.py', 'small.py'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^huge\.py: 52428800 bytes, over the size limit of 500000 bytes \(--max-file-size\); skipped$/m);
      const limited = runCliSync(['generate', '--max-file-size', '10', 'small.py'], dir);
      assert.match(limited.stderr, /^small\.py: 23 bytes, over the size limit of 10 bytes/m);
      assert.equal(runCliSync(['generate', '--max-file-size', 'lots', 'small.py'], dir).code, 2);
      assert.match(runCliSync(['check', '--max-file-size', '60000000', 'small.py'], dir).stderr, /from 1 to 2000000 /);
      assert.match(runCliSync(['generate', '--ai', '--provider', 'compatible', '--base-url', 'http://127.0.0.1:9/v1', '--deadline', '2200000', 'small.py'], dir).stderr, /--deadline 2200000: expected a number of seconds greater than 0 and at most 604800/);
    });

    it('an unreadable folder and a folder where nothing can be written are reported; the other files are done', function () {
      // As root, permissions do not stop reads or writes: run the CLI as nobody then.
      const asRoot = process.getuid?.() === 0;
      const ids = asRoot ? { uid: 65534, gid: 65534 } : {};
      chmodSync(dir, 0o755);
      for (const sub of ['a_locked', 'b_readonly', 'c_open']) mkdirSync(join(dir, sub));
      writeFileSync(join(dir, 'a_locked', 'hidden.py'), 'def f(a):\n    return a\n');
      writeFileSync(join(dir, 'b_readonly', 'r.py'), 'def f(a):\n    return a\n');
      writeFileSync(join(dir, 'c_open', 'o.py'), 'def f(a):\n    return a\n');
      if (asRoot) spawnSync('chown', ['-R', '65534:65534', join(dir, 'b_readonly'), join(dir, 'c_open')]);
      chmodSync(join(dir, 'a_locked'), 0o000);
      chmodSync(join(dir, 'b_readonly', 'r.py'), 0o644);
      chmodSync(join(dir, 'b_readonly'), 0o555);
      const shimDir = mkdtempSync(join(tmpdir(), 'docwright-shim-'));
      chmodSync(shimDir, 0o755);
      try {
        const run = runCliSync(['generate', '--write', '.'], dir, { ...ids, shimDir });
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr, /^a_locked: cannot read the folder: permission denied \(EACCES\); skipped$/m);
        assert.match(run.stderr, /^b_readonly\/r\.py: cannot write the file: permission denied \(EACCES\); it was left unchanged$/m);
        assert.equal(readFileSync(join(dir, 'b_readonly', 'r.py'), 'utf8'), 'def f(a):\n    return a\n');
        assert.match(readFileSync(join(dir, 'c_open', 'o.py'), 'utf8'), /"""_summary_/);
      } finally {
        rmSync(shimDir, { recursive: true, force: true });
      }
    });

    it('escape sequences in file names and docstrings reach the terminal as visible escapes, never raw', () => {
      const name = 'y\u001b]0;pwned\u0007.py';
      writeFileSync(join(dir, name), 'def f(a):\n    """F.\n\n    Args:\n        q\u001b[2J: Gone \u202e.\n    """\n    return a\n');
      writeFileSync(join(dir, 'bad\u001b[31m.py'), Buffer.from([0x78, 0xff, 0x0a]));
      const run = runCliSync(['check', '.'], dir);
      assert.equal(run.code, 1, run.stderr);
      for (const output of [run.stdout, run.stderr]) assert.ok(!/[\u001b\u0007\u202e]/.test(output), `raw control characters in: ${JSON.stringify(output)}`);
      assert.match(run.stdout, /^y\\x1b\]0;pwned\\x07\.py:\d+:\d+ DW10\d /m);
      assert.match(run.stderr, /^bad\\x1b\[31m\.py: not valid UTF-8/m);
    });

    it('a closed stdout (docwright check | head) ends the CLI quietly', async () => {
      const stale = Array.from({ length: 1500 }, (_, i) => `def f${i}(a):\n    """F.\n\n    Args:\n        b: B.\n    """\n    return a\n`).join('\n');
      writeFileSync(join(dir, 'many.py'), stale);
      const child = spawn(process.execPath, [cliShim(dir), 'check', 'many.py'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.equal(stderr, '', 'something was printed after the reader went away');
      assert.equal(code, 141);
    });
  });
});
