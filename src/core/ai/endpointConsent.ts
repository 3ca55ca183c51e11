/**
 * Where AI requests may go, decided without `vscode`: a stored key goes only to the origin it was
 * saved for, and code goes to an origin chosen by the workspace's settings only after the user
 * allowed it. A cloned repository's `.vscode/settings.json` must never redirect a user's key or code.
 */
import type { AiProviderSetting } from '../config/settings';

export type AiProvider = Exclude<AiProviderSetting, 'none'>;

/** OpenAI's own API, where an OpenAI key goes when no base URL is set. */
export const OPENAI_ORIGIN = 'https://api.openai.com';

export const ENDPOINT_SETTINGS = {
  baseUrl: 'docwright.ai.baseUrl',
  azureEndpoint: 'docwright.ai.azure.endpoint',
} as const;

/** Where a setting's effective value comes from: the built-in default, the user's settings, or the workspace's. */
export type SettingSource = 'default' | 'user' | 'workspace';

export interface SourcedSetting {
  /** The effective value ('' when not set). */
  value: string;
  source: SettingSource;
  /** The user's own value (user settings), even when the workspace overrides it. */
  userValue?: string;
}

export interface EndpointSettings {
  provider: AiProvider;
  baseUrl: SourcedSetting;
  azureEndpoint: SourcedSetting;
  /** With a deployment (or an endpoint), Azure uses the endpoint; otherwise the base URL. */
  azureDeployment: string;
}

/** The stored key's binding: none stored, bound to an origin, or a legacy key bound to nothing. */
export type KeyBinding = { stored: false } | { stored: true; origin: string | undefined };

/** Origins the user answered for this workspace (a dismissed question counts as "not allowed" until reset). */
export interface Approvals {
  allowed: readonly string[];
  denied: readonly string[];
}

export interface Endpoint {
  origin: string;
  source: SettingSource;
  /** The setting that names the origin (none for OpenAI's default). */
  setting?: string;
}

const PROVIDER_NAMES: Record<AiProvider, string> = {
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  compatible: 'the OpenAI-compatible server',
};

/** `scheme://host[:port]` of an http(s) URL, else undefined. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The endpoint the model client will call, the same way the client picks it, or why there is none. */
export function resolveEndpoint(settings: EndpointSettings): Endpoint | { problem: string } {
  const { provider, baseUrl, azureEndpoint } = settings;
  const useAzureEndpoint = provider === 'azure' && Boolean(azureEndpoint.value || settings.azureDeployment);
  const [name, setting] = useAzureEndpoint ? [ENDPOINT_SETTINGS.azureEndpoint, azureEndpoint] : [ENDPOINT_SETTINGS.baseUrl, baseUrl];
  if (!setting.value) {
    if (provider === 'openai') return { origin: OPENAI_ORIGIN, source: 'default' };
    return { problem: `${PROVIDER_NAMES[provider]} has no URL: set ${name}.` };
  }
  const origin = originOf(setting.value);
  if (!origin) return { problem: `${name} is not an http(s) URL, so nothing is sent. Correct the setting.` };
  return { origin, source: setting.source, setting: name };
}

export type RefuseReason = 'endpoint' | 'no-key' | 'key-elsewhere' | 'key-unbound' | 'not-allowed';

export type EndpointDecision =
  | { action: 'send'; origin: string; sendKey: boolean }
  | { action: 'ask'; origin: string; setting: string; question: string }
  | { action: 'refuse'; reason: RefuseReason; origin?: string; message: string };

const SET_KEY = 'Run "Docwright: Set API Key"';

/** "this workspace's docwright.ai.baseUrl" or "your docwright.ai.baseUrl": who chose the URL. */
function chosenBy(endpoint: Endpoint): string {
  if (!endpoint.setting) return 'the default';
  return `${endpoint.source === 'workspace' ? "this workspace's" : 'your'} ${endpoint.setting}`;
}

/**
 * Send (with or without the stored key), ask the user, or refuse, and why. The key is only ever
 * sent to the origin it was saved for; a key that cannot be sent refuses before any question, since
 * asking would change nothing (so a question is only ever about code, sent without a key). Code goes to an origin the workspace chose only once it is allowed:
 * origins from the user's own settings, OpenAI's default and the key's own origin need no question.
 */
export function decideEndpoint(settings: EndpointSettings, key: KeyBinding, approvals: Approvals): EndpointDecision {
  const endpoint = resolveEndpoint(settings);
  if ('problem' in endpoint) return { action: 'refuse', reason: 'endpoint', message: endpoint.problem };
  const { origin } = endpoint;
  const name = PROVIDER_NAMES[settings.provider];

  if (key.stored && key.origin === undefined) {
    return {
      action: 'refuse', reason: 'key-unbound', origin,
      message: `The stored API key for ${name} was saved by an earlier Docwright without the address it is for, so it is not sent. ${SET_KEY} to enter it again for ${origin}.`,
    };
  }
  if (key.stored && key.origin !== origin) {
    const fix = workspaceChoseOrigin(settings, endpoint)
      ? `${SET_KEY} to enter a key for ${origin} (it asks first, since this workspace chose the address), or remove the setting from this workspace's settings if you did not expect it.`
      : `${SET_KEY} to enter a key for ${origin}, or remove the setting.`;
    return {
      action: 'refuse', reason: 'key-elsewhere', origin,
      message: `Your API key for ${name} was saved for ${key.origin}, but ${chosenBy(endpoint)} points at ${origin}, so the key is not sent. ${fix}`,
    };
  }
  if (!key.stored && settings.provider !== 'compatible') {
    return { action: 'refuse', reason: 'no-key', origin, message: `No API key for ${name} is set. ${SET_KEY} to use AI.` };
  }

  const userChose = !workspaceChoseOrigin(settings, endpoint) || (key.stored && key.origin === origin);
  if (userChose || approvals.allowed.includes(origin)) return { action: 'send', origin, sendKey: key.stored };
  const setting = endpoint.setting ?? ENDPOINT_SETTINGS.baseUrl;
  if (approvals.denied.includes(origin)) {
    return {
      action: 'refuse', reason: 'not-allowed', origin,
      message: `This workspace's settings (${setting}) point AI at ${origin}, which you did not allow, so nothing was sent. Run "Docwright: Reset AI Endpoint Approvals" to be asked again.`,
    };
  }
  return {
    action: 'ask', origin, setting,
    question: `This workspace's settings (${setting}) ask Docwright to send your code to ${origin}. Allow?`,
  };
}

/**
 * Whether the origin comes from the workspace's (or a folder's) settings alone: not the default,
 * not the user's own settings, and not the same origin as a URL in the user's own settings.
 */
export function workspaceChoseOrigin(settings: EndpointSettings, endpoint: Endpoint): boolean {
  if (endpoint.source !== 'workspace') return false;
  const userOrigins = [settings.baseUrl.userValue, settings.azureEndpoint.userValue].map((url) => (url ? originOf(url) : undefined));
  return !userOrigins.includes(endpoint.origin);
}

export type KeyBindingDecision =
  | { action: 'bind'; endpoint: Endpoint }
  /** Ask the endpoint question (the same one a run asks) first; bind only after "Allow". */
  | { action: 'ask'; endpoint: Endpoint; setting: string; question: string }
  | { action: 'refuse'; message: string };

/**
 * "Set API Key" binds the key to the origin in effect: at once when the user (or the default) chose
 * it or this workspace's answer allowed it; after the consent question when only the workspace's
 * settings chose it, so a cloned repository cannot get a user's key by having them set one.
 * A past "Don't Allow" asks again: the user asked to set a key, so the question is theirs to answer.
 */
export function decideKeyBinding(settings: EndpointSettings, approvals: Approvals): KeyBindingDecision {
  const endpoint = resolveEndpoint(settings);
  if ('problem' in endpoint) return { action: 'refuse', message: endpoint.problem };
  if (!workspaceChoseOrigin(settings, endpoint) || approvals.allowed.includes(endpoint.origin)) return { action: 'bind', endpoint };
  const setting = endpoint.setting ?? ENDPOINT_SETTINGS.baseUrl;
  return {
    action: 'ask', endpoint, setting,
    question: `This workspace's settings (${setting}) ask Docwright to send your code to ${endpoint.origin}, and the API key for ${PROVIDER_NAMES[settings.provider]} you are about to enter with it. Allow?`,
  };
}

/** What fixes an AI run refused because of where it would go. */
export type EndpointFix = 'set-key' | 'reset-approvals' | 'settings';

/**
 * The one action a refusal's notice offers. "Set API Key" only when the origin is the user's own
 * choice (or the default): for an origin only the workspace chose, the settings come first.
 */
export function endpointFix(reason: RefuseReason, settings: EndpointSettings): EndpointFix {
  if (reason === 'not-allowed') return 'reset-approvals';
  if (reason === 'endpoint') return 'settings';
  const endpoint = resolveEndpoint(settings);
  return 'problem' in endpoint || workspaceChoseOrigin(settings, endpoint) ? 'settings' : 'set-key';
}
