/**
 * API keys in VS Code's SecretStorage (the system keyring), one per provider, under
 * `docwright.apiKey.<provider>`. The only module that touches SecretStorage. A key is never written
 * to a setting, workspace state or the log; when the keyring cannot be used, nothing is stored
 * anywhere else either.
 */
import type * as vscode from 'vscode';

export type KeyProvider = 'openai' | 'azure' | 'compatible';

export const KEY_PROVIDERS: readonly KeyProvider[] = ['openai', 'azure', 'compatible'];

export const PROVIDER_NAMES: Record<KeyProvider, string> = {
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  compatible: 'the OpenAI-compatible server',
};

const PREFIX = 'docwright.apiKey.';

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

  async get(provider: KeyProvider): Promise<string | undefined> {
    try {
      return (await this.secrets.get(secretKey(provider))) || undefined;
    } catch (err) {
      throw new KeyringError('read', err);
    }
  }

  async store(provider: KeyProvider, key: string): Promise<void> {
    try {
      await this.secrets.store(secretKey(provider), key);
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
