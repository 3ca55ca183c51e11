// The walker shared by the CLI and the editor's folder run, over an in-memory file system (it must
// not need node:fs), and the files.exclude matcher the folder run applies.
import assert from 'node:assert/strict';
import { filesExcludeMatcher } from '../../src/core/config/filesExclude';
import { walkSourceTree, type TreeAccess, type TreeEntry } from '../../src/core/io/sourceTree';

/** A tree of paths ('/r/a.py' = file text; a path ending in '/' = an empty folder). */
function memoryTree(files: Record<string, string>): TreeAccess {
  const parent = (p: string) => (p === '/' ? '/' : p.slice(0, p.lastIndexOf('/')) || '/');
  const join = (d: string, n: string) => (d.endsWith('/') ? d + n : `${d}/${n}`);
  const dirs = new Set<string>();
  for (const path of Object.keys(files)) for (let d = parent(path.replace(/\/$/, '')); ; d = parent(d)) {
    dirs.add(d);
    if (d === '/') break;
  }
  for (const path of Object.keys(files)) if (path.endsWith('/')) dirs.add(path.replace(/\/$/, ''));
  const entry = (name: string, dir: boolean): TreeEntry => ({ name, isDirectory: () => dir, isFile: () => !dir, isSymbolicLink: () => false });
  return {
    list: async (dir) => {
      if (!dirs.has(dir)) throw new Error(`ENOENT ${dir}`);
      const names = new Map<string, boolean>();
      for (const d of dirs) if (d !== dir && parent(d) === dir) names.set(d.slice(dir.length).replace(/^\//, ''), true);
      for (const f of Object.keys(files)) if (!f.endsWith('/') && parent(f) === dir) names.set(f.slice(f.lastIndexOf('/') + 1), false);
      return [...names].map(([name, isDir]) => entry(name, isDir));
    },
    read: async (path) => files[path],
    exists: async (path) => dirs.has(path) || path in files,
    join,
    parent,
  };
}

async function walked(access: TreeAccess, root: string, excluded: (path: string) => boolean = () => false, accepts = /\.(py|pyi|ts)$/): Promise<string[]> {
  const out: string[] = [];
  await walkSourceTree({ shown: 'shown', absolute: root }, access, {
    accepts: (name) => accepts.test(name),
    excluded: (path) => excluded(path),
    onFile: (file) => out.push(file.shown),
    onSkipped: () => assert.fail('nothing is unreadable here'),
  });
  return out;
}

describe('source tree walk (shared by the CLI and the folder run)', () => {
  const tree = memoryTree({
    '/repo/.git/': '',
    '/repo/.gitignore': 'build/\n*_gen.py\n',
    '/repo/pkg/.gitignore': '!keep_gen.py\n/local.py\n',
    '/repo/pkg/a.py': '',
    '/repo/pkg/a_gen.py': '',
    '/repo/pkg/keep_gen.py': '',
    '/repo/pkg/local.py': '',
    '/repo/pkg/sub/local.py': '',
    '/repo/pkg/build/b.py': '',
    '/repo/pkg/node_modules/m.ts': '',
    '/repo/pkg/.hidden/h.py': '',
    '/repo/pkg/stub.pyi': '',
    '/repo/pkg/notes.txt': '',
    '/repo/pkg/z.ts': '',
  });

  it('reads .gitignore above the folder (up to .git) and inside it, with negation and anchoring, in name order', async () => {
    assert.deepEqual(await walked(tree, '/repo/pkg'), ['shown/a.py', 'shown/keep_gen.py', 'shown/stub.pyi', 'shown/sub/local.py', 'shown/z.ts']);
  });

  it('asks `excluded` about folders (pruned) and files', async () => {
    const asked: string[] = [];
    const files = await walked(tree, '/repo/pkg', (path) => {
      asked.push(path);
      return path === '/repo/pkg/sub' || path.endsWith('z.ts');
    });
    assert.deepEqual(files, ['shown/a.py', 'shown/keep_gen.py', 'shown/stub.pyi']);
    assert.ok(!asked.includes('/repo/pkg/sub/local.py'), 'an excluded folder is not entered');
  });

  it('stops between folders once cancelled', async () => {
    const out: string[] = [];
    await walkSourceTree({ shown: 's', absolute: '/repo/pkg' }, tree, {
      accepts: () => true,
      excluded: () => false,
      onFile: (file) => out.push(file.shown),
      onSkipped: () => undefined,
      cancelled: () => true,
    });
    assert.deepEqual(out, []);
  });
});

describe('files.exclude matcher', () => {
  it('applies the globs set to true to the path and every folder it is in, dot files included', () => {
    const excluded = filesExcludeMatcher({ '**/.git': true, 'generated': true, '**/*_pb2.py': true, 'off/**': false, 'sib.py': { when: '$(basename).ts' } });
    assert.equal(excluded('.git/config'), true);
    assert.equal(excluded('generated/x.py'), true);
    assert.equal(excluded('src/generated/x.py'), false, 'a glob without **/ is relative to the workspace folder, as in VS Code');
    assert.equal(excluded('src/api_pb2.py'), true);
    assert.equal(excluded('off/x.py'), false);
    assert.equal(excluded('sib.py'), false);
    assert.equal(excluded('src/a.py'), false);
  });

  it('matches nothing for a missing or malformed setting', () => {
    assert.equal(filesExcludeMatcher(undefined)('a.py'), false);
    assert.equal(filesExcludeMatcher('**')('a.py'), false);
  });
});
