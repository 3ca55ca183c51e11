/**
 * API keys in VS Code's SecretStorage (the system keyring), one per provider, under
 * `docwright.apiKey.<provider>`. The only module that touches SecretStorage. A key is never written
 * to a setting, workspace state or the log; when the keyring cannot be used, nothing is stored
 * anywhere else either.
 *
 * Each key is stored with the origin it is for (`{"origin": "https://...", "key": "..."}`), so it is
 * only ever sent there. A plain value from before is an OpenAI key for api.openai.com, or, for Azure
 * and compatible servers, a key bound to nothing (not sent until it is entered again).
 */
import type * as vscode from 'vscode';
import { OPENAI_ORIGIN } from '../core/ai/endpointConsent';

export type KeyProvider = 'openai' | 'azure' | 'compatible';

export const KEY_PROVIDERS: readonly KeyProvider[] = ['openai', 'azure', 'compatible'];

export const PROVIDER_NAMES: Record<KeyProvider, string> = {
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  compatible: 'the OpenAI-compatible server',
};

const PREFIX = 'docwright.apiKey.';

/** A stored key and the origin it may be sent to (undefined: a legacy key bound to nothing). */
export interface StoredKey {
  key: string;
  origin: string | undefined;
}

/** The secret's value: the key with its origin, as JSON. */
export function encodeStoredKey(key: string, origin: string): string {
  return JSON.stringify({ origin, key });
}

/** A secret's value as a key and its origin; a legacy plain value is bound as the module comment says. */
export function decodeStoredKey(provider: KeyProvider, value: string): StoredKey | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object') {
      const { key, origin } = parsed as { key?: unknown; origin?: unknown };
      if (typeof key === 'string' && typeof origin === 'string' && key) return { key, origin };
    }
  } catch {
    // not JSON: a key stored before keys were bound to an origin
  }
  return { key: value, origin: provider === 'openai' ? OPENAI_ORIGIN : undefined };
}

export function secretKey(provider: KeyProvider): string {
  return `${PREFIX}${provider}`;
}

/** The keyring could not be used (on Linux: no Secret Service running, or it is locked). */
export class KeyringError extends Error {
  constructor(readonly operation: 'read' | 'store' | 'delete', cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'KeyringError';
  }

  /** What to tell the user; never contains the key. */
  get userMessage(): string {
    const what = this.operation === 'store' ? 'The key was not stored' : this.operation === 'read' ? 'The key could not be read' : 'The key was not removed';
    return `Docwright could not use the system keyring (${this.message}). ${what}; set up a keyring (gnome-keyring / KWallet) or use the CLI with OPENAI_API_KEY.`;
  }
}

export class ApiKeys {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(provider: KeyProvider): Promise<StoredKey | undefined> {
    let value: string | undefined;
    try {
      value = await this.secrets.get(secretKey(provider));
    } catch (err) {
      throw new KeyringError('read', err);
    }
    return value ? decodeStoredKey(provider, value) : undefined;
  }

  /** Stores `key` for `origin` (`scheme://host[:port]`): the only place it will be sent. */
  async store(provider: KeyProvider, key: string, origin: string): Promise<void> {
    try {
      await this.secrets.store(secretKey(provider), encodeStoredKey(key, origin));
    } catch (err) {
      throw new KeyringError('store', err);
    }
  }

  async delete(provider: KeyProvider): Promise<void> {
    try {
      await this.secrets.delete(secretKey(provider));
    } catch (err) {
      throw new KeyringError('delete', err);
    }
  }

  /** `listener` runs when any provider's key changes (in this window or another). */
  onDidChange(listener: (provider: KeyProvider) => void): vscode.Disposable {
    return this.secrets.onDidChange((event) => {
      const provider = event.key.startsWith(PREFIX) ? (event.key.slice(PREFIX.length) as KeyProvider) : undefined;
      if (provider && KEY_PROVIDERS.includes(provider)) listener(provider);
    });
  }
}
