/**
 * Choosing where AI descriptions come from, for the walkthrough and "Set API Key": a quick pick of
 * the providers that sets docwright.ai.provider in the user's settings and, for a local or other
 * OpenAI-compatible server, asks its base URL (docwright.ai.baseUrl). The user's settings, not the
 * workspace's: an address the user typed is the user's choice, so no workspace consent is needed
 * (an address a workspace chose still is asked about where keys and runs are decided).
 */
import * as vscode from 'vscode';
import type { AiProviderSetting } from '../core/config/settings';
import type { KeyProvider } from '../adapters/secrets';
import { currentConfig } from '../adapters/configuration';
import { info } from '../adapters/log';
import { oneAtATime } from '../core/oneAtATime';

export const PROVIDER_COMMANDS = {
  chooseProvider: 'docwright.chooseAiProvider',
  openSample: 'docwright.openSample',
} as const;

/** Ollama's OpenAI-compatible API; LM Studio (:1234) and llama.cpp (:8080) differ only in the port. */
export const LOCAL_SERVER_URL = 'http://localhost:11434/v1';

interface ProviderItem extends vscode.QuickPickItem {
  provider: AiProviderSetting;
}

const ITEMS: ProviderItem[] = [
  { label: 'OpenAI', description: 'api.openai.com', detail: 'Needs an OpenAI API key.', provider: 'openai' },
  { label: 'Azure OpenAI', description: 'your Azure resource', detail: 'Needs the resource endpoint, a deployment and a key.', provider: 'azure' },
  { label: 'Local or OpenAI-compatible server', description: 'Ollama, LM Studio, llama.cpp, vLLM…', detail: `Runs on your machine or network; asks its base URL (Ollama: ${LOCAL_SERVER_URL}). A key is optional.`, provider: 'compatible' },
  { label: 'None', description: 'templates only', detail: 'Docwright writes template docstrings and sends nothing anywhere.', provider: 'none' },
];

async function setUserSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

/** The workspace's own value of `key`, which hides the user's. */
function workspaceValue(key: string): unknown {
  const inspected = vscode.workspace.getConfiguration().inspect(key);
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
}

function validUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'Enter an http:// or https:// URL.';
  } catch {
    return `Enter a URL such as ${LOCAL_SERVER_URL}.`;
  }
}

/** Asks a compatible server's base URL (the current one, else Ollama's, prefilled); undefined: cancelled. */
async function askBaseUrl(): Promise<string | undefined> {
  const current = currentConfig().aiBaseUrl;
  const url = await vscode.window.showInputBox({
    title: 'Docwright: base URL of the OpenAI-compatible server',
    prompt: `Ollama: ${LOCAL_SERVER_URL} · LM Studio: http://localhost:1234/v1 · llama.cpp: http://localhost:8080/v1. Code is sent to this address.`,
    value: current || LOCAL_SERVER_URL,
    ignoreFocusOut: true,
    validateInput: validUrl,
  });
  return url?.trim();
}

/** Asks Azure's resource endpoint and deployment (prefilled with the current ones); false: cancelled. */
async function askAzure(): Promise<boolean> {
  const config = currentConfig();
  const endpoint = await vscode.window.showInputBox({
    title: 'Docwright: Azure OpenAI resource endpoint',
    prompt: 'For example https://my-resource.openai.azure.com (Azure portal, your resource, "Keys and Endpoint").',
    value: config.aiAzureEndpoint,
    ignoreFocusOut: true,
    validateInput: validUrl,
  });
  if (endpoint === undefined) return false;
  const deployment = await vscode.window.showInputBox({
    title: 'Docwright: Azure OpenAI deployment',
    prompt: 'The name of the model deployment in that resource.',
    value: config.aiAzureDeployment,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'Enter the deployment name, or press Escape to cancel.'),
  });
  if (deployment === undefined) return false;
  await setUserSetting('docwright.ai.azure.endpoint', endpoint.trim());
  await setUserSetting('docwright.ai.azure.deployment', deployment.trim());
  return true;
}

/**
 * The quick pick of providers; sets what is picked (and a server's address) in the user's
 * settings. Returns the provider set, or undefined when the user cancelled.
 */
export async function chooseProvider(options: { keysOnly?: boolean; title?: string } = {}): Promise<AiProviderSetting | undefined> {
  const current = currentConfig().aiProvider;
  const items = ITEMS.filter((item) => !options.keysOnly || item.provider !== 'none').map((item) => ({ ...item, picked: item.provider === current }));
  const picked = await vscode.window.showQuickPick(items, {
    title: options.title ?? 'Docwright: Choose AI Provider',
    placeHolder: `Where should AI descriptions come from? (now: ${current})`,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if (picked.provider === 'compatible') {
    const url = await askBaseUrl();
    if (url === undefined) return undefined;
    await setUserSetting('docwright.ai.baseUrl', url);
  }
  if (picked.provider === 'azure' && !(await askAzure())) return undefined;
  await setUserSetting('docwright.ai.provider', picked.provider);
  info(`AI provider set to ${picked.provider} in the user settings`);
  const hidden = workspaceValue('docwright.ai.provider');
  if (hidden !== undefined && hidden !== picked.provider) {
    void vscode.window.showWarningMessage(`Docwright: this workspace's settings set docwright.ai.provider to "${String(hidden)}", which takes precedence over your choice here.`, 'Open Workspace Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openWorkspaceSettings', 'docwright.ai.provider');
    });
  }
  return picked.provider;
}

/** For "Set API Key" when no provider is chosen: the provider picked and set, or undefined. */
export async function chooseKeyProvider(action: string): Promise<KeyProvider | undefined> {
  const provider = await chooseProvider({ keysOnly: true, title: `Docwright: ${action}` });
  return provider === 'none' ? undefined : provider;
}

/** "Docwright: Choose AI Provider": what is set is said, with the next step as a button. */
async function chooseProviderCommand(): Promise<AiProviderSetting | undefined> {
  const provider = await chooseProvider();
  if (!provider) return undefined;
  if (provider === 'none') {
    void vscode.window.showInformationMessage('Docwright: AI is off; Docwright writes template docstrings and sends nothing.');
    return provider;
  }
  const next = provider === 'compatible' ? 'Test Connection' : 'Set API Key';
  const where = provider === 'compatible' ? ` at ${currentConfig().aiBaseUrl}` : '';
  void vscode.window.showInformationMessage(`Docwright: AI descriptions now come from ${ITEMS.find((i) => i.provider === provider)?.label}${where}.`, next).then((choice) => {
    if (choice === 'Set API Key') void vscode.commands.executeCommand('docwright.setApiKey', provider);
    else if (choice) void vscode.commands.executeCommand('docwright.testConnection');
  });
  return provider;
}

const SAMPLE = `from dataclasses import dataclass


def shipping_cost(weight_kg: float, distance_km: float, express: bool = False) -> float:
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    rate = 0.8 if express else 0.5
    return round(weight_kg * distance_km * rate / 100, 2)


@dataclass
class Parcel:
    sender: str
    weight_kg: float
    fragile: bool = False
`;

/** "Docwright: Open Sample": an untitled Python file to try the commands on (nothing is saved). */
async function openSample(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'python', content: SAMPLE });
  const editor = await vscode.window.showTextDocument(document);
  const line = document.getText().split('\n').findIndex((l) => l.startsWith('def '));
  const at = new vscode.Position(Math.max(0, line), 4);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

export function registerProviderSetup(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(PROVIDER_COMMANDS.chooseProvider, oneAtATime(chooseProviderCommand)),
    vscode.commands.registerCommand(PROVIDER_COMMANDS.openSample, openSample),
  ];
}
