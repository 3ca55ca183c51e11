/** API keys: stored per provider in SecretStorage, and a keyring failure says so without ever echoing the key. */
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { ApiKeys, KeyringError, secretKey } from '../../src/adapters/secrets';

const KEY = 'sk-test-DOCWRIGHT-SECRET';

/** A SecretStorage stand-in; `broken` imitates a Linux machine without a running keyring. */
function fakeSecrets(broken = false): vscode.SecretStorage & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  const fail = () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
  return {
    stored,
    get: (k: string) => (broken ? fail() : Promise.resolve(stored.get(k))),
    store: (k: string, v: string) => (broken ? fail() : Promise.resolve(void stored.set(k, v))),
    delete: (k: string) => (broken ? fail() : Promise.resolve(void stored.delete(k))),
    keys: () => Promise.resolve([...stored.keys()]),
    onDidChange: (() => ({ dispose() {} })) as unknown as vscode.Event<vscode.SecretStorageChangeEvent>,
  } as unknown as vscode.SecretStorage & { stored: Map<string, string> };
}

describe('API keys in SecretStorage', () => {
  it('keeps one key per provider under its own name, and clears it', async () => {
    const secrets = fakeSecrets();
    const keys = new ApiKeys(secrets);
    await keys.store('openai', KEY);
    await keys.store('azure', 'azure-key');
    assert.equal(await keys.get('openai'), KEY);
    assert.equal(await keys.get('azure'), 'azure-key');
    assert.equal(await keys.get('compatible'), undefined);
    assert.deepEqual([...secrets.stored.keys()].sort(), [secretKey('azure'), secretKey('openai')]);
    await keys.delete('openai');
    assert.equal(await keys.get('openai'), undefined);
  });

  it('a keyring failure is a KeyringError that names the problem and never contains the key', async () => {
    const keys = new ApiKeys(fakeSecrets(true));
    const error = await keys.store('openai', KEY).then(
      () => assert.fail('storing must fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof KeyringError);
    assert.match(error.userMessage, /could not use the system keyring \(Cannot autolaunch D-Bus.*\)\. The key was not stored; set up a keyring/);
    for (const text of [error.message, error.userMessage, error.stack ?? '']) assert.ok(!text.includes(KEY), 'the key never appears in the error');
    await assert.rejects(keys.get('openai'), KeyringError);
  });
});
