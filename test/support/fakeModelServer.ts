// A FakeOpenAI for each test of a describe block, and model clients (the real SDK) pointed at it;
// the server and every client made are closed after the test.
import { createModelClient, type AiClientConfig, type ModelClient, type ModelClientDeps } from '../../src/core/ai/client';
import { FakeOpenAI } from './fakeOpenAI';

export interface FakeModelServer {
  /** The running test's server. */
  readonly fake: FakeOpenAI;
  /** A client of `defaults` and `over`, with `deps` (default: no jitter). */
  client(over?: Partial<AiClientConfig>, deps?: ModelClientDeps): ModelClient;
}

/** Call inside a `describe`: registers the hooks that start and close the server. */
export function useFakeModelServer(defaults: Partial<AiClientConfig> = {}, defaultDeps: ModelClientDeps = {}): FakeModelServer {
  let current: FakeOpenAI | undefined;
  let clients: ModelClient[] = [];
  beforeEach(async () => {
    current = await FakeOpenAI.start();
    clients = [];
  });
  afterEach(async () => {
    for (const c of clients) c.close();
    await current?.close();
    current = undefined;
  });
  const fake = (): FakeOpenAI => {
    if (!current) throw new Error('useFakeModelServer: the server runs only during a test');
    return current;
  };
  return {
    get fake() {
      return fake();
    },
    client(over = {}, deps = {}) {
      const config: AiClientConfig = { provider: 'openai', model: 'gpt-test', timeoutMs: 2000, deadlineMs: 8000, maxRetries: 2, ...defaults, baseURL: fake().baseURL, ...over };
      const made = createModelClient(config, { random: () => 0, ...defaultDeps, ...deps });
      clients.push(made);
      return made;
    },
  };
}
