import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileProblem, readRegularFileWithStats } from '../../src/core/io/regularFile';

describe('readRegularFileWithStats: the same answers read blocking or through the thread pool', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docwright-regular-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problem = async (path: string, maxBytes: number, blocking: boolean, noFollow = false): Promise<string> => {
    try {
      await readRegularFileWithStats(path, maxBytes, { blocking, noFollow, limitName: '--max-file-size' });
    } catch (error) {
      assert.ok(error instanceof FileProblem, String(error));
      return error.message;
    }
    return 'read';
  };

  for (const blocking of [false, true]) {
    const how = blocking ? 'blocking' : 'thread pool';
    it(`${how}: a regular file's bytes and its fstat`, async () => {
      writeFileSync(join(dir, 'a.py'), 'x = 1\n');
      const { bytes, stats } = await readRegularFileWithStats(join(dir, 'a.py'), 100, { blocking });
      assert.equal(bytes.toString(), 'x = 1\n');
      assert.equal(stats.size, 6n);
      assert.ok(stats.isFile());
    });

    it(`${how}: a FIFO is refused without waiting for a writer; a folder, a missing file, a file over the limit and a refused link are named`, async function () {
      if (spawnSync('mkfifo', [join(dir, 'fifo.py')]).status !== 0) this.skip();
      assert.equal(await problem(join(dir, 'fifo.py'), 100, blocking), 'a FIFO, not a regular file; skipped');
      mkdirSync(join(dir, 'folder.py'));
      assert.equal(await problem(join(dir, 'folder.py'), 100, blocking), 'a folder, not a regular file; skipped');
      assert.equal(await problem(join(dir, 'missing.py'), 100, blocking), 'cannot read the file: no such file or folder (ENOENT)');
      writeFileSync(join(dir, 'big.py'), 'x'.repeat(101));
      assert.equal(await problem(join(dir, 'big.py'), 100, blocking), '101 bytes, over the size limit of 100 bytes (--max-file-size); skipped');
      symlinkSync(join(dir, 'big.py'), join(dir, 'link.py'));
      assert.match(await problem(join(dir, 'link.py'), 1000, blocking, true), /^cannot read the file: too many symbolic links \(ELOOP\)$/);
    });
  }
});
