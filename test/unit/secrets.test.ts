/**
 * API keys: stored per provider in SecretStorage with the origin each is for, legacy plain values
 * read safely, and a keyring failure says so without ever echoing the key.
 */
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { ApiKeys, KeyringError, decodeStoredKey, encodeStoredKey, secretKey } from '../../src/adapters/secrets';

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
    await keys.store('openai', KEY, 'https://api.openai.com');
    await keys.store('azure', 'azure-key', 'https://team.openai.azure.com');
    assert.deepEqual(await keys.get('openai'), { key: KEY, origin: 'https://api.openai.com' });
    assert.deepEqual(await keys.get('azure'), { key: 'azure-key', origin: 'https://team.openai.azure.com' });
    assert.equal(await keys.get('compatible'), undefined);
    assert.deepEqual([...secrets.stored.keys()].sort(), [secretKey('azure'), secretKey('openai')]);
    await keys.delete('openai');
    assert.equal(await keys.get('openai'), undefined);
  });

  it('a keyring failure is a KeyringError that names the problem and never contains the key', async () => {
    const keys = new ApiKeys(fakeSecrets(true));
    const error = await keys.store('openai', KEY, 'https://api.openai.com').then(
      () => assert.fail('storing must fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof KeyringError);
    assert.match(error.userMessage, /could not use the system keyring \(Cannot autolaunch D-Bus.*\)\. The key was not stored; set up a keyring/);
    for (const text of [error.message, error.userMessage, error.stack ?? '']) assert.ok(!text.includes(KEY), 'the key never appears in the error');
    await assert.rejects(keys.get('openai'), KeyringError);
  });

  it('stores the key with the origin it is for, as JSON, so it can be sent only there', async () => {
    const secrets = fakeSecrets();
    await new ApiKeys(secrets).store('compatible', KEY, 'http://127.0.0.1:11434');
    assert.deepEqual(JSON.parse(secrets.stored.get(secretKey('compatible'))!), { origin: 'http://127.0.0.1:11434', key: KEY });
    assert.deepEqual(decodeStoredKey('compatible', encodeStoredKey(KEY, 'http://127.0.0.1:11434')), { key: KEY, origin: 'http://127.0.0.1:11434' });
  });

  it('a plain key from an earlier version: an OpenAI key is bound to api.openai.com; an Azure or compatible one to nothing', async () => {
    const secrets = fakeSecrets();
    for (const provider of ['openai', 'azure', 'compatible'] as const) secrets.stored.set(secretKey(provider), KEY);
    const keys = new ApiKeys(secrets);
    assert.deepEqual(await keys.get('openai'), { key: KEY, origin: 'https://api.openai.com' });
    assert.deepEqual(await keys.get('azure'), { key: KEY, origin: undefined });
    assert.deepEqual(await keys.get('compatible'), { key: KEY, origin: undefined });
    // JSON that is not a bound key is a plain key too, never an origin taken from it.
    assert.deepEqual(decodeStoredKey('azure', '{"key":"k"}'), { key: '{"key":"k"}', origin: undefined });
    assert.deepEqual(decodeStoredKey('openai', '"sk-quoted"'), { key: '"sk-quoted"', origin: 'https://api.openai.com' });
    assert.equal(decodeStoredKey('openai', ''), undefined);
  });
});
