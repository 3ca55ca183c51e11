import assert from 'node:assert/strict';
import { DEFAULT_AI_GROUP_SIZE, parseArgs, UsageError } from '../../src/cli/args';

/** The usage error's message for `argv`; fails when it parses. */
function refused(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail(`parsed: ${argv.join(' ')}`);
}

describe('CLI argument parsing (node:util parseArgs)', () => {
  it('reads flags before, after and between paths, with = or a separate value', () => {
    const options = parseArgs(['check', 'a.py', '--format=json', 'b', '--min-severity', 'error', '--ignore', 'DW101,DW102', '--ignore=DW601']);
    assert.deepEqual(options.paths, ['a.py', 'b']);
    assert.equal(options.format, 'json');
    assert.equal(options.minSeverity, 'error');
    assert.deepEqual([...options.ignore].sort(), ['DW101', 'DW102', 'DW601']);
  });

  it('everything after -- is a path, even when it looks like a flag', () => {
    assert.deepEqual(parseArgs(['fix', '--', '--style', '-x.py']).paths, ['--style', '-x.py']);
  });

  it('names the flag, the command and what the flag accepts', () => {
    assert.equal(refused(['check', '--write', 'a.py']), "unknown option '--write' for 'check'");
    assert.equal(refused(['check', 'a.py', '--style']), '--style needs a value: google, numpy, sphinx, jsdoc, tsdoc, godoc');
    assert.equal(refused(['check', '--style=', 'a.py']), '--style needs a value: google, numpy, sphinx, jsdoc, tsdoc, godoc');
    assert.equal(refused(['check', '--style', 'goggle', 'a.py']), '--style goggle: expected one of google, numpy, sphinx, jsdoc, tsdoc, godoc');
    assert.equal(refused(['generate', '--write=yes', 'a.py']), '--write takes no value');
    assert.equal(refused(['generate', '--model', 'm', 'a.py']), '--model needs --ai');
    assert.equal(refused(['check', '--ignore', 'DW999', 'a.py']), '--ignore DW999: not a rule code (DW101 ... DW802)');
    assert.equal(refused(['check']), 'no PATH given');
    assert.equal(refused(['lint', 'a.py']), "unknown command 'lint'");
  });

  it('batch: actions, ids and flags; generate --batch / --batch-file need --ai and write nothing', () => {
    const status = parseArgs(['batch', 'status', 'b-1', 'b-2', '--format', 'json', '--base-url', 'http://127.0.0.1:1/v1']);
    assert.deepEqual(status.batch, { action: 'status', ids: ['b-1', 'b-2'], provider: 'openai', baseUrl: 'http://127.0.0.1:1/v1', stats: false, json: true });
    assert.equal(parseArgs(['batch', 'apply', '--results', 'r.jsonl', '--diff']).batch?.results, 'r.jsonl');
    assert.match(refused(['batch']), /batch needs an action: status, apply, cancel/);
    assert.match(refused(['batch', 'frob']), /batch frob: expected one of status, apply, cancel/);
    assert.match(refused(['batch', 'cancel']), /batch cancel needs one batch id/);
    assert.match(refused(['batch', 'status', '--results', 'r.jsonl']), /--results goes with batch apply/);
    assert.match(refused(['batch', 'status', '--provider', 'azure']), /--provider azure needs --base-url/);
    assert.match(refused(['batch', 'apply', '--write']), /unknown option '--write' for 'batch'/);
    assert.deepEqual(parseArgs(['generate', '--ai', '--batch', 'a.py']).batchSubmit, {});
    assert.deepEqual(parseArgs(['generate', '--ai', '--batch-file', 'out.jsonl', 'a.py']).batchSubmit, { file: 'out.jsonl' });
    assert.match(refused(['generate', '--batch', 'a.py']), /--batch needs --ai/);
    assert.match(refused(['generate', '--ai', '--batch', '--write', 'a.py']), /--batch cannot be combined with --write/);
    assert.match(refused(['generate', '--ai', '--batch', '--batch-file', 'o.jsonl', 'a.py']), /exclude each other/);
  });

  it('generate --ai reads the provider flags', () => {
    const options = parseArgs(['generate', '--ai', '--provider', 'compatible', '--base-url', 'http://localhost:1/v1', '--concurrency', '8', '--timeout', '5', 'a.py']);
    assert.deepEqual(options.ai, { provider: 'compatible', baseUrl: 'http://localhost:1/v1', model: 'gpt-4o-mini', concurrency: 8, groupSize: DEFAULT_AI_GROUP_SIZE, timeoutSeconds: 5, deadlineSeconds: 3600, stats: false });
    assert.equal(parseArgs(['generate', '--ai', '--group-size', '3', 'a.py']).ai?.groupSize, 3);
    assert.match(refused(['generate', '--ai', '--group-size', '17', 'a.py']), /--group-size 17: expected a whole number from 1 to 16/);
    assert.match(refused(['generate', '--group-size', '3', 'a.py']), /--group-size needs --ai/);
    assert.match(refused(['generate', '--ai', '--concurrency', '0', 'a.py']), /--concurrency 0: expected a whole number from 1 to 64/);
  });
});
