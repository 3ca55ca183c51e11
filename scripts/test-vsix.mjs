#!/usr/bin/env node
// Tests the artefact users install: packages the .vsix, unpacks it to a temp folder (no
// node_modules there), runs the bundled CLI from it, then runs the integration suite with the
// unpacked extension as the extension under test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './setup.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const vsix = path.join(REPO_ROOT, `${pkg.name}-${pkg.version}.vsix`);
const say = (m) => console.log(`[vsix] ${m}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: REPO_ROOT, ...opts });
  if (r.status !== 0) {
    console.error(`[vsix] FAILED: ${cmd} ${args.join(' ')} (exit ${r.status})`);
    process.exit(1);
  }
  return r;
}

run('npm', ['run', 'package']);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docwright-vsix-'));
try {
  // A .vsix is a zip; python3's zipfile avoids depending on an unzip binary.
  run('python3', ['-m', 'zipfile', '-e', vsix, tmp]);
  const extension = path.join(tmp, 'extension');
  const sample = path.join(tmp, 'probe.py');
  fs.writeFileSync(sample, 'def probe(a, b=1):\n    return a\n');
  const cli = spawnSync(process.execPath, [path.join(extension, 'bin', 'docwright.js'), 'generate', sample], { encoding: 'utf8' });
  if (cli.status !== 0 || !cli.stdout.includes('b (int, optional): _description_')) {
    console.error(`[vsix] the packaged CLI did not document a file:\n${cli.stdout}\n${cli.stderr}`);
    process.exit(1);
  }
  // The walkthrough's media are files VS Code reads from the installed extension: each must be packed.
  const media = (pkg.contributes.walkthroughs ?? []).flatMap((w) => w.steps.flatMap((step) => Object.values(step.media ?? {}).filter((v) => typeof v === 'string' && /\.(md|png|svg)$/.test(v))));
  const absent = media.filter((file) => !fs.existsSync(path.join(extension, file)));
  if (media.length === 0 || absent.length > 0) {
    console.error(`[vsix] walkthrough media missing from the package: ${absent.join(', ') || '(no walkthrough media declared)'}`);
    process.exit(1);
  }
  say(`walkthrough media packed (${media.length} files)`);
  say(`packaged CLI works (${path.relative(REPO_ROOT, vsix)}, ${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);
  run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run-integration.mjs'), '--extension', extension]);
  say('integration suite passed against the packaged extension');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
