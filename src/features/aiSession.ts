/**
 * The window's AI state: ONE model client (so every run shares its rate limiter), built from the
 * settings and the provider's key, rebuilt when either changes, and one description cache in the
 * workspace storage folder. AI is on when a provider is chosen, the workspace is trusted and a key
 * is stored (or the provider is an OpenAI-compatible server, where a key is optional).
 *
 * The AI modules (the `openai` SDK, tiktoken, zod) are loaded on first use (`loadAi`), never at activation.
 */
import * as vscode from 'vscode';
import type { DescriptionCache } from '../core/ai/cache';
import { attemptLogLine } from '../core/ai/attemptLog';
import type { AiClientConfig, AttemptRecord, ConnectionCheck, ModelClient } from '../core/ai/client';
import { ModelError } from '../core/ai/errors';
import type { RunGuard } from '../core/ai/runGuard';
import type { AiRunEvent } from '../core/ai/service';
import { aiRunCounts } from '../core/ai/runSummary';
import type { DocwrightConfig, PricesSetting } from '../core/config/settings';
import { attemptEvent } from '../core/metrics/attemptEvent';
import { budgetStopMessage } from '../core/metrics/budgetText';
import type { MetricsStore } from '../core/metrics/store';
import type { MetricEvent } from '../core/metrics/types';
import { currentConfig } from '../adapters/configuration';
import { endpointSettings, type EndpointApprovals } from '../adapters/endpointApprovals';
import { decideEndpoint, endpointFix, type EndpointDecision, type EndpointFix } from '../core/ai/endpointConsent';
import { debug, error, info, warn } from '../adapters/log';
import { KeyringError, PROVIDER_NAMES, type ApiKeys, type KeyProvider, type StoredKey } from '../adapters/secrets';
import { loadAi } from './loadAi';

/** Retries after the first attempt of one request (429, 5xx, timeouts, connection errors). */
const MAX_RETRIES = 2;

/** What one generation run needs to ask the model. */
export interface AiRun {
  client: ModelClient;
  /**
   * The client's settings, key included (in memory only): a batch job is sent with exactly these,
   * past the same endpoint consent as the run's requests.
   */
  connection: AiClientConfig;
  /** The provider has a batch API the folder run may offer (OpenAI, Azure; a compatible server with docwright.ai.batch.enabled). */
  batchApi: boolean;
  model: string;
  /** docwright.ai.language: the natural language of the descriptions. */
  language: string;
  /** Ask the model even when the cache has an answer ("Regenerate docstring"). */
  refresh?: boolean;
  cache: DescriptionCache;
  concurrency: number;
  /** Symbols described by one request in a file run (docwright.ai.groupSize). */
  groupSize: number;
  confirmAboveUsd: number;
  prices: PricesSetting;
  /** Every event of the run, in the order they came. */
  readonly events: AiRunEvent[];
  onEvent(event: AiRunEvent): void;
  /** Every HTTP attempt and every request's start and end: the log and the metrics. */
  onAttempt(attempt: AttemptRecord): void;
  onRequest(phase: 'start' | 'end', requestId: string): void;
  /** The daily budget's hard stop, asked before each request. */
  gate(): ModelError | undefined;
  /**
   * This run's circuit breaker and deadline (docwright.ai.runDeadlineSeconds): once it opens, no
   * request is sent and the remaining symbols get templates with its error.
   */
  guard: RunGuard;
  /** The run is over: a client replaced meanwhile may be closed now. */
  release(): void;
}

export type { EndpointFix };

/** Why AI is not used for a run, for the one-time notice. */
export type AiOff =
  | { reason: 'none' }
  | { reason: 'untrusted' }
  | { reason: 'no-key' | 'keyring'; provider: KeyProvider; message: string }
  /** The key or the code may not go where the settings point: what to do is `fix`. */
  | { reason: 'endpoint'; provider: KeyProvider; message: string; fix: EndpointFix }
  | { reason: 'budget'; message: string };

/** What "Test Connection" found, in words a user can act on. */
export type ConnectionReport =
  | { ok: true; message: string; check: ConnectionCheck }
  | { ok: false; message: string; category?: string; provider?: KeyProvider; fix?: EndpointFix };

/** Counts of the last run, for tests and the log. */
export interface AiRunSummary {
  model: string;
  described: number;
  cached: number;
  fallbacks: string[];
  /** Described symbols that kept a placeholder (the model left a name undescribed, also when asked again). */
  incomplete: string[];
}

interface Built {
  fingerprint: string;
  client: ModelClient;
  users: number;
  retired: boolean;
}

/** Test Connection makes one attempt: the run-time messages about retries do not fit. */
const CHECK_MESSAGES: Partial<Record<string, string>> = {
  rate_limit: 'The provider answered "too many requests" (429). Wait a moment and try again; if runs hit this too, lower docwright.ai.requestsPerMinute.',
  server: "The model server failed (5xx). Try again later, or check the server's logs.",
  timeout: 'The server did not answer within docwright.ai.timeoutSeconds. Check that it is running and not overloaded, or raise the timeout.',
};

/** A URL as shown to the user and logged: origin and path only (no credentials, no query with a key). */
function displayUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}

function clientConfig(config: DocwrightConfig, provider: KeyProvider, apiKey: string | undefined): AiClientConfig {
  const timeoutMs = config.aiTimeoutSeconds * 1000;
  return {
    provider,
    apiKey,
    baseURL: config.aiBaseUrl || undefined,
    endpoint: provider === 'azure' ? config.aiAzureEndpoint || undefined : undefined,
    deployment: provider === 'azure' ? config.aiAzureDeployment || undefined : undefined,
    apiVersion: provider === 'azure' ? config.aiAzureApiVersion || undefined : undefined,
    model: config.aiModel,
    timeoutMs,
    // Every attempt plus the waits between them and for the shared rate limiter.
    deadlineMs: timeoutMs * (MAX_RETRIES + 1) + 60_000,
    maxRetries: MAX_RETRIES,
    requestsPerMinute: config.aiRequestsPerMinute,
    tokensPerMinute: config.aiTokensPerMinute,
    maxConcurrency: config.aiMaxConcurrency,
  };
}

export class AiSession implements vscode.Disposable {
  private built: Built | undefined;
  private cachePromise: Promise<DescriptionCache> | undefined;
  private readonly subscriptions: vscode.Disposable[];
  private restrictedLogged = false;
  private offNoticeShown = false;
  private summary: AiRunSummary | undefined;

  constructor(
    private readonly keys: ApiKeys,
    private readonly approvals: EndpointApprovals,
    private readonly storageUri: vscode.Uri | undefined,
    private readonly metrics: MetricsStore,
    /** Reads what other windows saved, so a budget counts every window's use. */
    private readonly refreshMetrics: () => void = () => undefined,
  ) {
    metrics.setRateLimitSource(() => this.built?.client.limiterState());
    this.subscriptions = [
      keys.onDidChange(() => this.invalidate('the API key changed')),
      approvals.onDidChange(() => this.invalidate('the AI endpoint approvals changed')),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('docwright.ai')) this.invalidate('the AI settings changed');
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate('the workspace is now trusted')),
    ];
  }

  /** The last run's counts (undefined before the first AI run). */
  lastRun(): AiRunSummary | undefined {
    return this.summary;
  }

  /**
   * A run with the current client, or why AI is off. The client is rebuilt first when the
   * settings or the key differ from the ones it was built with.
   */
  async start(): Promise<AiRun | AiOff> {
    const config = currentConfig();
    const ready = await this.settingsAndKey(config);
    if ('reason' in ready) return ready;
    this.refreshMetrics();
    const stop = this.budgetStop();
    if (stop) return { reason: 'budget', message: stop.userMessage };
    const { provider, settings } = ready;
    const built = await this.client(settings);
    const cache = await this.cache();
    const { RunGuard } = await loadAi();
    const guard = new RunGuard({
      deadlineMs: config.aiRunDeadlineSeconds * 1000,
      // The deadline counts from the first request: not the cost question, nor the cache's answers.
      startOnFirstRequest: true,
      onOpen: (reason) => warn(`AI stopped for the rest of this run (${reason.category}): ${reason.message} The remaining symbols get template docstrings.`),
    });
    built.users++;
    const events: AiRunEvent[] = [];
    let released = false;
    // An Azure deployment is shown by its name but priced as the model it runs (docwright.ai.model).
    const model = settings.provider === 'azure' && settings.deployment ? settings.deployment : config.aiModel;
    this.metrics.setModel(provider, model);
    return {
      client: built.client,
      connection: settings,
      batchApi: settings.provider !== 'compatible' || config.aiBatchEnabled,
      model: config.aiModel,
      language: config.aiLanguage,
      cache,
      concurrency: config.aiMaxConcurrency,
      groupSize: config.aiGroupSize,
      confirmAboveUsd: config.aiConfirmAboveUsd,
      prices: config.aiPrices,
      events,
      onEvent: (event) => {
        events.push(event);
        this.recordOutcome(event);
      },
      onAttempt: (attempt) => {
        const line = attemptLogLine(attempt, provider, model);
        ({ debug, info, warn, error })[line.level](line.text);
        this.metrics.record(attemptEvent(attempt, provider, config.aiModel));
      },
      onRequest: (phase, requestId) => this.metrics.record({ kind: phase === 'start' ? 'request-start' : 'request-end', at: Date.now(), requestId }),
      gate: () => this.budgetStop(),
      guard,
      release: () => {
        if (released) return;
        released = true;
        guard.dispose();
        built.users--;
        if (built.retired && built.users === 0) built.client.close();
        if (events.length > 0) this.summarise(config.aiModel, events);
      },
    };
  }

  /**
   * "Docwright: Test Connection": the cheapest request that proves provider, key and model, on a
   * client of its own (not paced with, nor counted in, a running generation).
   */
  async testConnection(signal?: AbortSignal): Promise<ConnectionReport> {
    const config = currentConfig();
    const ready = await this.settingsAndKey(config);
    if ('reason' in ready) {
      switch (ready.reason) {
        case 'none':
          return { ok: false, category: 'none', message: 'No AI provider is chosen (docwright.ai.provider is "none"), so Docwright writes template docstrings. Choose openai, azure or compatible to use AI.' };
        case 'untrusted':
          return { ok: false, category: 'untrusted', message: 'This workspace is in restricted mode, so AI is off. Trust the workspace to use AI.' };
        case 'no-key':
          return { ok: false, category: 'auth', provider: ready.provider, message: `No API key for ${PROVIDER_NAMES[ready.provider]} is set. Run "Docwright: Set API Key" to enter one.` };
        case 'keyring':
          return { ok: false, category: 'keyring', provider: ready.provider, message: ready.message };
        case 'budget':
          return { ok: false, category: 'budget', message: ready.message };
        case 'endpoint':
          return { ok: false, category: 'endpoint', provider: ready.provider, fix: ready.fix, message: ready.message };
      }
    }
    const { provider, settings } = ready;
    const { createModelClient } = await loadAi();
    const client = createModelClient(settings);
    const where = displayUrl(settings.baseURL ?? settings.endpoint) ?? 'api.openai.com';
    const what = settings.provider === 'azure' && settings.deployment ? `deployment ${settings.deployment}` : `model ${settings.model}`;
    try {
      const check = await client.check(signal);
      const how = check.method === 'model'
        ? `${what} exists for this key (no tokens used; the account's quota is not checked)`
        : `${what} answered a one-word request`;
      const key = settings.apiKey ? 'the key works and ' : '';
      info(`Test Connection: ${PROVIDER_NAMES[provider]} at ${where}: ok in ${Math.round(check.latencyMs)} ms (${how})`);
      return { ok: true, check, message: `Connected to ${PROVIDER_NAMES[provider]} at ${where}: ${key}${how}, in ${Math.round(check.latencyMs)} ms.` };
    } catch (err) {
      const failure = err instanceof ModelError ? err : new ModelError({ category: 'network', message: String(err) });
      warn(`Test Connection: ${PROVIDER_NAMES[provider]} at ${where}, ${what}: ${failure.category}${failure.status ? ` (HTTP ${failure.status})` : ''}: ${failure.message}`);
      return { ok: false, provider, category: failure.category, message: `${PROVIDER_NAMES[provider]} at ${where}, ${what}: ${CHECK_MESSAGES[failure.category] ?? failure.userMessage}` };
    } finally {
      client.close();
    }
  }

  /**
   * Where the batch jobs of this workspace are kept: the cache's folder (`<storageUri>/ai-cache`,
   * their states under `batches/`); undefined without a workspace (no batch jobs then).
   */
  batchRoot(): string | undefined {
    return this.storageUri ? vscode.Uri.joinPath(this.storageUri, 'ai-cache').fsPath : undefined;
  }

  /**
   * The client settings (key included) to follow, apply or cancel a batch with: the settings and
   * key a run would use now, through the same endpoint consent, or why AI is off. `ask: false`
   * (a background refresh) never opens the consent question: an origin nobody approved is refused.
   */
  async batchConnection(ask: boolean): Promise<{ provider: KeyProvider; settings: AiClientConfig } | AiOff> {
    return this.settingsAndKey(currentConfig(), ask);
  }

  /** A batch applied: its usage counted today (once; the caller guards it with the batch's state). */
  recordBatch(event: Extract<MetricEvent, { kind: 'batch' }>): void {
    this.refreshMetrics();
    this.metrics.record(event);
  }

  /** The notice for AI being off, at most once per session (and again after the settings or key change). */
  takeOffNotice(off: AiOff): AiOff | undefined {
    if (off.reason === 'budget') return off; // said on every run: the user asked for AI and got templates
    if (off.reason === 'none' || off.reason === 'untrusted' || this.offNoticeShown) return undefined;
    this.offNoticeShown = true;
    return off;
  }

  /** The provider, its key and the client settings, or why AI is off. */
  private async settingsAndKey(config: DocwrightConfig, ask = true): Promise<{ provider: KeyProvider; settings: AiClientConfig } | AiOff> {
    if (config.aiProvider === 'none') return { reason: 'none' };
    if (!vscode.workspace.isTrusted) {
      if (!this.restrictedLogged) {
        this.restrictedLogged = true;
        info('this workspace is in restricted mode: AI descriptions are off and template docstrings are written; trust the workspace to use AI');
      }
      return { reason: 'untrusted' };
    }
    const provider = config.aiProvider;
    let stored: StoredKey | undefined;
    try {
      stored = await this.keys.get(provider);
    } catch (err) {
      const message = err instanceof KeyringError ? err.userMessage : String(err);
      warn(message);
      return { reason: 'keyring', provider, message };
    }
    const decision = await this.endpointDecision(config, provider, stored, ask);
    if (decision.action === 'send') return { provider, settings: clientConfig(config, provider, decision.sendKey ? stored?.key : undefined) };
    if (decision.reason === 'no-key') {
      return { reason: 'no-key', provider, message: `No API key for ${PROVIDER_NAMES[provider]} is set, so template docstrings were written. Run "Docwright: Set API Key" to use AI.` };
    }
    // "Set API Key" is offered only for an address the user chose: never to bind a key to the workspace's.
    const fix = endpointFix(decision.reason, endpointSettings(config, provider));
    info(`AI is off: ${decision.message}`);
    return { reason: 'endpoint', provider, fix, message: decision.message };
  }

  /**
   * Where the key and the code may go (core/ai/endpointConsent), asking the user once when the
   * workspace's settings chose an origin nobody approved, then deciding again with the answer.
   */
  private async endpointDecision(config: DocwrightConfig, provider: KeyProvider, stored: StoredKey | undefined, ask = true): Promise<Exclude<EndpointDecision, { action: 'ask' }>> {
    const settings = endpointSettings(config, provider);
    const key = stored ? { stored: true as const, origin: stored.origin } : { stored: false as const };
    const decision = decideEndpoint(settings, key, this.approvals.current());
    if (decision.action !== 'ask') return decision;
    if (!ask) return { action: 'refuse', reason: 'not-allowed', origin: decision.origin, message: decision.question };
    await this.approvals.ask(decision.origin, decision.setting, decision.question);
    const answered = decideEndpoint(settings, key, this.approvals.current());
    // An unanswered question counts as "not allowed", so this asks nothing twice; never send on a second "ask".
    return answered.action === 'ask' ? { action: 'refuse', reason: 'not-allowed', origin: answered.origin, message: answered.question } : answered;
  }

  /** A hard stop when today's budget is used up (and the user asked for one). */
  private budgetStop(): ModelError | undefined {
    const budget = this.metrics.budget();
    if (!budget.hardStop || budget.level !== 'over') return undefined;
    const message = budgetStopMessage(budget, this.metrics.today());
    return new ModelError({ category: 'budget', message, userMessage: message });
  }

  private recordOutcome(event: AiRunEvent): void {
    const at = Date.now();
    if (event.kind === 'cached') this.metrics.record({ kind: 'cache', at, hit: true });
    else if (event.kind === 'described' || (event.attempts ?? 0) > 0) this.metrics.record({ kind: 'cache', at, hit: false });
    if (event.kind === 'fallback') {
      this.metrics.record({ kind: 'fallback', at, category: event.error?.category ?? 'invalid_response', countedByAttempt: event.countedByAttempt ?? false });
    }
  }

  /** The description cache in the workspace storage folder (memory only without a workspace). */
  cache(): Promise<DescriptionCache> {
    this.cachePromise ??= (async () => {
      const { DescriptionCache } = await loadAi();
      if (!this.storageUri) return new DescriptionCache();
      const directory = vscode.Uri.joinPath(this.storageUri, 'ai-cache').fsPath;
      // The cache makes its folder; when it cannot make, read or write it, it says so once and goes on in memory.
      return new DescriptionCache({
        directory,
        onDiskProblem: (reason) => {
          warn(`AI cache folder ${directory}: ${reason}; going on without the disk cache`);
          void vscode.window.showWarningMessage(`Docwright: the AI cache folder cannot be used (${reason}), so answers are cached in memory only for this session.`);
        },
      });
    })();
    this.cachePromise.catch(() => (this.cachePromise = undefined));
    return this.cachePromise;
  }

  private async client(settings: AiClientConfig): Promise<Built> {
    // The key is part of the fingerprint in memory only; it is never logged or stored.
    const fingerprint = JSON.stringify(settings);
    if (this.built && this.built.fingerprint === fingerprint) return this.built;
    const { createModelClient } = await loadAi();
    if (this.built && this.built.fingerprint === fingerprint) return this.built; // built by a concurrent start
    this.retire();
    this.built = { fingerprint, client: createModelClient(settings), users: 0, retired: false };
    info(`AI: using ${PROVIDER_NAMES[settings.provider]} (${settings.provider === 'azure' && settings.deployment ? `deployment ${settings.deployment}` : `model ${settings.model}`})${settings.baseURL ? ` at ${settings.baseURL}` : ''}`);
    return this.built;
  }

  /** The next run builds a new client; the old one closes when its last run ends. */
  private invalidate(why: string): void {
    this.offNoticeShown = false;
    if (!this.built) return;
    info(`AI: ${why}; the model client is rebuilt for the next run`);
    this.retire();
  }

  private retire(): void {
    const old = this.built;
    this.built = undefined;
    if (!old) return;
    old.retired = true;
    if (old.users === 0) old.client.close();
  }

  private summarise(model: string, events: readonly AiRunEvent[]): void {
    const counts = aiRunCounts(events);
    const prompt = events.reduce((sum, e) => sum + (e.usage?.prompt ?? 0), 0);
    const completion = events.reduce((sum, e) => sum + (e.usage?.completion ?? 0), 0);
    this.summary = { model, described: counts.described, cached: counts.cached, fallbacks: counts.fallbacks, incomplete: counts.incomplete.map((i) => i.symbol) };
    info(`AI (${model}): ${counts.described} described, ${counts.cached} from the cache, ${counts.fallbacks.length} templates after a failure, ${counts.incomplete.length} with placeholders left; ${prompt} prompt + ${completion} completion tokens`);
    for (const e of events) {
      if (e.kind === 'fallback') warn(`AI: ${e.symbol.namePath.join('.') || e.symbol.name}: ${e.error?.category ?? 'error'}: ${e.error?.message ?? 'no usable answer'}`);
      else if (e.dropped?.length) info(`AI: ${e.symbol.namePath.join('.') || e.symbol.name}: ignored names not in the code: ${e.dropped.join(', ')}`);
    }
    for (const i of counts.incomplete) info(`AI: ${i.symbol}: the model left ${i.left.join(', ')} without a description, also when asked again; placeholders kept`);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.built?.client.close();
    this.built = undefined;
  }
}
