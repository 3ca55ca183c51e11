/**
 * The user's answers about AI endpoints a workspace's settings chose: asked once in a modal, kept per
 * workspace in workspaceState (origins only, never a key). Also reads where each endpoint setting's
 * value comes from, which the decision in core/ai/endpointConsent needs.
 */
import * as vscode from 'vscode';
import type { DocwrightConfig } from '../core/config/settings';
import { ENDPOINT_SETTINGS, type AiProvider, type Approvals, type EndpointSettings, type SettingSource, type SourcedSetting } from '../core/ai/endpointConsent';
import { info, warn } from './log';

const STATE_KEY = 'docwright.ai.endpointApprovals';

export type Answer = 'allow' | 'deny' | 'none';

/**
 * A setting's effective value with where it comes from (`inspect`: workspace over user over default;
 * in restricted mode VS Code ignores the workspace's values of these settings).
 */
function sourced(key: string, value: string): SourcedSetting {
  const inspected = vscode.workspace.getConfiguration().inspect<unknown>(key);
  const userValue = typeof inspected?.globalValue === 'string' ? inspected.globalValue : undefined;
  const fromWorkspace = vscode.workspace.isTrusted && (inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined);
  const source: SettingSource = fromWorkspace ? 'workspace' : inspected?.globalValue !== undefined ? 'user' : 'default';
  return { value, source, userValue };
}

/** The endpoint settings in effect, each with its source. */
export function endpointSettings(config: DocwrightConfig, provider: AiProvider): EndpointSettings {
  return {
    provider,
    baseUrl: sourced(ENDPOINT_SETTINGS.baseUrl, config.aiBaseUrl),
    azureEndpoint: sourced(ENDPOINT_SETTINGS.azureEndpoint, config.aiAzureEndpoint),
    azureDeployment: config.aiAzureDeployment,
  };
}

export class EndpointApprovals {
  /** Questions dismissed (or that could not be shown) in this window: not asked again until a reset or reload. */
  private readonly unanswered = new Set<string>();
  /** One question per origin at a time, however many runs start together. */
  private readonly asking = new Map<string, Promise<Answer>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  current(): Approvals {
    const saved = this.saved();
    return { allowed: saved.allowed, denied: [...saved.denied, ...this.unanswered] };
  }

  /** Asks in a modal whether code may go to `origin`, and remembers a yes or no for this workspace. */
  ask(origin: string, setting: string, question: string): Promise<Answer> {
    let pending = this.asking.get(origin);
    if (!pending) {
      pending = this.askOnce(origin, setting, question).finally(() => this.asking.delete(origin));
      this.asking.set(origin, pending);
    }
    return pending;
  }

  /** Forgets every answer: the next run asks again. */
  async reset(): Promise<number> {
    const saved = this.saved();
    const count = saved.allowed.length + saved.denied.length + this.unanswered.size;
    this.unanswered.clear();
    await this.state.update(STATE_KEY, undefined);
    this.changed.fire();
    return count;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async askOnce(origin: string, setting: string, question: string): Promise<Answer> {
    const allow: vscode.MessageItem = { title: 'Allow' };
    const deny: vscode.MessageItem = { title: "Don't Allow" };
    let choice: vscode.MessageItem | undefined;
    try {
      choice = await vscode.window.showWarningMessage(question, {
        modal: true,
        detail: 'Docwright would send the source of each symbol it documents there. The answer is kept for this workspace; "Docwright: Reset AI Endpoint Approvals" forgets it. Until you allow it, template docstrings are written.',
      }, allow, deny);
    } catch (err) {
      warn(`AI endpoint ${origin} (${setting}): the question could not be shown (${err instanceof Error ? err.message : String(err)}); nothing is sent`);
    }
    const answer: Answer = choice === allow ? 'allow' : choice === deny ? 'deny' : 'none';
    if (answer === 'none') this.unanswered.add(origin);
    else await this.save(origin, answer);
    info(`AI endpoint ${origin} (${setting}, from this workspace's settings): ${answer === 'allow' ? 'allowed' : answer === 'deny' ? 'not allowed' : 'no answer; nothing is sent'} for this workspace`);
    this.changed.fire();
    return answer;
  }

  private saved(): Approvals {
    const value = this.state.get<Partial<Approvals>>(STATE_KEY);
    const origins = (list: unknown) => (Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string') : []);
    return { allowed: origins(value?.allowed), denied: origins(value?.denied) };
  }

  private async save(origin: string, answer: 'allow' | 'deny'): Promise<void> {
    const saved = this.saved();
    const without = (list: readonly string[]) => list.filter((o) => o !== origin);
    const next: Approvals = answer === 'allow'
      ? { allowed: [...without(saved.allowed), origin], denied: without(saved.denied) }
      : { allowed: without(saved.allowed), denied: [...without(saved.denied), origin] };
    this.unanswered.delete(origin);
    await this.state.update(STATE_KEY, next);
  }
}
