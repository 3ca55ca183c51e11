/**
 * The AI around the generation commands: starting a run (or saying once why AI is off), the cost
 * confirmation before a file run, the one message after a run where symbols fell back to templates;
 * and the commands for API keys and the description cache.
 */
import * as vscode from 'vscode';
import { aiRunBreakdown, aiRunCounts, incompleteText } from '../core/ai/runSummary';
import type { AiRunEvent } from '../core/ai/service';
import { inFileRun } from '../core/generate/generateFile';
import { initDocumentedByClass } from '../core/generate/classInit';
import { error, info, showLog } from '../adapters/log';
import { KEY_PROVIDERS, KeyringError, PROVIDER_NAMES, type ApiKeys, type KeyProvider } from '../adapters/secrets';
import { currentConfig } from '../adapters/configuration';
import { endpointSettings, type EndpointApprovals } from '../adapters/endpointApprovals';
import { decideKeyBinding } from '../core/ai/endpointConsent';
import type { AiRun, AiSession, ConnectionReport, EndpointFix } from './aiSession';
import { METRICS_COMMANDS } from './metrics';
import { loadAi } from './loadAi';
import { chooseKeyProvider, PROVIDER_COMMANDS } from './providerSetup';
import { oneAtATime } from '../core/oneAtATime';
import type { DocumentIndex } from './documentIndex';

export const AI_COMMANDS = {
  setApiKey: 'docwright.setApiKey',
  clearApiKey: 'docwright.clearApiKey',
  clearAiCache: 'docwright.clearAiCache',
  exportAiCache: 'docwright.exportAiCache',
  testConnection: 'docwright.testConnection',
  resetEndpointApprovals: 'docwright.resetEndpointApprovals',
} as const;

const SHOW_METRICS = METRICS_COMMANDS.show;

const SET_API_KEY = 'Set API Key';
const RESET_APPROVALS = 'Reset Approvals';
const OPEN_SETTINGS = 'Open Settings';

/** A run with AI, or undefined (template mode) after telling the user once why AI is off. */
export async function beginAiRun(session: AiSession): Promise<AiRun | undefined> {
  const started = await session.start();
  if ('client' in started) return started;
  const notice = session.takeOffNotice(started);
  if (notice && notice.reason === 'keyring') void vscode.window.showErrorMessage(notice.message);
  else if (notice && notice.reason === 'budget') {
    void vscode.window.showWarningMessage(`Docwright: template docstrings were written. ${notice.message}`, 'Show Metrics', 'Open Settings').then((choice) => {
      if (choice === 'Show Metrics') void vscode.commands.executeCommand(SHOW_METRICS);
      else if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'docwright.budget');
    });
  }
  else if (notice && notice.reason === 'no-key') {
    void vscode.window.showInformationMessage(`Docwright: ${notice.message}`, SET_API_KEY).then((choice) => {
      if (choice) void vscode.commands.executeCommand(AI_COMMANDS.setApiKey, notice.provider);
    });
  }
  else if (notice && notice.reason === 'endpoint') {
    void vscode.window.showWarningMessage(`Docwright: template docstrings were written. ${notice.message}`, fixAction(notice.fix)).then((choice) => runFix(choice, notice.provider));
  }
  return undefined;
}

function fixAction(fix: EndpointFix | undefined): string {
  return fix === 'set-key' ? SET_API_KEY : fix === 'reset-approvals' ? RESET_APPROVALS : OPEN_SETTINGS;
}

/** The button of a message about where AI may go. */
function runFix(choice: string | undefined, provider?: KeyProvider): void {
  if (choice === SET_API_KEY) void vscode.commands.executeCommand(AI_COMMANDS.setApiKey, provider);
  else if (choice === RESET_APPROVALS) void vscode.commands.executeCommand(AI_COMMANDS.resetEndpointApprovals);
  else if (choice === OPEN_SETTINGS) void vscode.commands.executeCommand('workbench.action.openSettings', 'docwright.ai');
}

export type CostChoice = 'continue' | 'templates' | 'cancel';

/**
 * Before a file run with AI: the estimated tokens and cost of the symbols it would describe, and,
 * above docwright.ai.confirmAboveUsd, the question whether to go on. A model without a known price
 * is not asked about (there is no cost to show); an estimate that cannot be made is logged.
 */
export async function confirmCost(run: AiRun, document: vscode.TextDocument, index: DocumentIndex): Promise<CostChoice> {
  try {
    const extracted = await index.symbols(document);
    if (!extracted || extracted.hasErrors) return 'continue'; // the run itself reports it
    const fileOverview = currentConfig(document.uri).fileOverview;
    const symbols = extracted.symbols.filter((s) => inFileRun(s, fileOverview) && !initDocumentedByClass(extracted.symbols, s));
    if (symbols.length === 0) return 'continue';
    const { DEFAULT_PRICES, estimateRun } = await loadAi();
    const estimate = await estimateRun(symbols, document.getText(), run.model, { ...DEFAULT_PRICES, ...run.prices }, { groupSize: run.groupSize });
    const tokens = estimate.promptTokens + estimate.completionTokens;
    const cost = estimate.costUsd;
    info(`AI estimate for ${document.uri.fsPath || document.uri.toString()}: ${estimate.requests} requests, about ${tokens} tokens${cost === undefined ? ` (no price known for ${run.model})` : `, $${cost.toFixed(4)}`}`);
    if (cost === undefined || cost <= run.confirmAboveUsd) return 'continue';
    const items: vscode.MessageItem[] = [{ title: 'Continue' }, { title: 'Use templates' }, { title: 'Cancel', isCloseAffordance: true }];
    const choice = await vscode.window.showWarningMessage(
      `Document ${symbols.length} symbols with ${run.model}: about ${tokens.toLocaleString('en-US')} tokens, $${cost.toFixed(2)}. Continue?`,
      { modal: true, detail: `The estimate is above docwright.ai.confirmAboveUsd ($${run.confirmAboveUsd}). "Use templates" writes template docstrings and sends nothing.` },
      ...items,
    );
    if (choice === items[0]) return 'continue';
    if (choice === items[1]) return 'templates';
    return 'cancel';
  } catch (err) {
    error('the AI cost estimate failed; running without it', err);
    return 'continue';
  }
}

/** The most frequent failure of the run's fallbacks (cancellations are not failures). */
function mainFailure(events: readonly AiRunEvent[]): { event: AiRunEvent; count: number } | undefined {
  const fallbacks = events.filter((e) => e.kind === 'fallback' && e.error?.category !== 'cancelled');
  if (fallbacks.length === 0) return undefined;
  const byCategory = new Map<string, AiRunEvent[]>();
  for (const e of fallbacks) {
    const category = e.error?.category ?? 'invalid_response';
    byCategory.set(category, [...(byCategory.get(category) ?? []), e]);
  }
  const [first] = [...byCategory.values()].sort((a, b) => b.length - a.length)[0];
  return { event: first, count: fallbacks.length };
}

/**
 * After a run: ONE message when symbols got templates because the model failed, saying what to
 * do; else one when the model left names undescribed (also when asked again). Returns where the
 * run's docstrings came from ("5 by gpt-4o-mini, 2 from the cache"), for the run's status message.
 */
export function reportAiRun(run: AiRun): string {
  const counts = aiRunCounts(run.events);
  const breakdown = aiRunBreakdown(counts, run.model);
  const failure = mainFailure(run.events);
  if (!failure) {
    if (counts.incomplete.length > 0) void vscode.window.showInformationMessage(`Docwright: ${run.model} left names without a description, also when asked again; their placeholders are kept: ${incompleteText(counts)}.`);
    return breakdown;
  }
  const { event, count } = failure;
  const category = event.error?.category ?? 'invalid_response';
  const who = count === 1 ? `${event.symbol.name} got a template docstring` : `${count} symbols got template docstrings`;
  const what = event.error?.userMessage ?? 'The model gave no usable answer.';
  const action = category === 'auth' ? SET_API_KEY : category === 'budget' ? 'Show Metrics' : 'Show Log';
  const why = category === 'budget' ? '' : ` the AI request failed (${category}).`;
  void vscode.window.showWarningMessage(`Docwright: ${who}:${why} ${what}`, action).then((choice) => {
    if (choice === SET_API_KEY) void vscode.commands.executeCommand(AI_COMMANDS.setApiKey);
    else if (choice === 'Show Metrics') void vscode.commands.executeCommand(SHOW_METRICS);
    else if (choice) showLog();
  });
  return breakdown;
}

/**
 * The provider from the settings when one is chosen, else the user's pick. `setIt`: the pick becomes
 * docwright.ai.provider (with a compatible server's base URL), so the key is bound to the endpoint
 * runs will use.
 */
async function providerFor(action: string, given?: unknown, setIt = false): Promise<KeyProvider | undefined> {
  if (typeof given === 'string' && (KEY_PROVIDERS as readonly string[]).includes(given)) return given as KeyProvider;
  const setting = currentConfig().aiProvider;
  if (setting !== 'none') return setting;
  if (setIt) return chooseKeyProvider(action);
  const picked = await vscode.window.showQuickPick(
    KEY_PROVIDERS.map((p) => ({ label: PROVIDER_NAMES[p].replace(/^the /, ''), provider: p })),
    { title: `Docwright: ${action}`, placeHolder: 'Which provider? (docwright.ai.provider is "none")' },
  );
  return picked?.provider;
}

function keyringFailed(err: unknown): boolean {
  if (!(err instanceof KeyringError)) return false;
  error(err.userMessage);
  void vscode.window.showErrorMessage(err.userMessage);
  return true;
}

/**
 * "Set API Key": the key is bound to the origin of the endpoint in effect now (the prompt names it,
 * and who chose it), and will only ever be sent there. An origin only the workspace's settings chose,
 * not yet allowed for this workspace, is asked about first in the run's consent modal: "Allow" is
 * remembered as a run's would be; any other answer stores nothing.
 */
async function setApiKey(keys: ApiKeys, approvals: EndpointApprovals, given?: unknown): Promise<void> {
  const provider = await providerFor('Set API Key', given, true);
  if (!provider) return;
  const decision = decideKeyBinding(endpointSettings(currentConfig(), provider), approvals.current());
  if (decision.action === 'refuse') {
    const message = `Docwright: a key is kept for the address it is sent to, and ${decision.message}`;
    void vscode.window.showErrorMessage(message, OPEN_SETTINGS).then((choice) => runFix(choice));
    return;
  }
  const { endpoint } = decision;
  if (decision.action === 'ask') {
    const answer = await approvals.ask(endpoint.origin, decision.setting, decision.question);
    if (answer !== 'allow') {
      info(`Set API Key: ${endpoint.origin} (${decision.setting}, from this workspace's settings) was not allowed; no key was stored`);
      void vscode.window.showInformationMessage(`Docwright: no key was stored. This workspace's settings (${decision.setting}) point AI at ${endpoint.origin}, which you did not allow.`, OPEN_SETTINGS).then((choice) => runFix(choice));
      return;
    }
  }
  const { origin } = endpoint;
  const chosenBy = endpoint.setting ? ` (from ${endpoint.source === 'workspace' ? "this workspace's" : 'your'} ${endpoint.setting})` : '';
  const key = await vscode.window.showInputBox({
    title: `Docwright: API key for ${PROVIDER_NAMES[provider]} at ${origin}`,
    prompt: `Sent only to ${origin}${chosenBy}. Stored in the system keyring (VS Code SecretStorage), never in a setting or a file.`,
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'Enter the key, or press Escape to cancel.'),
  });
  if (key === undefined || !key.trim()) return;
  try {
    await keys.store(provider, key.trim(), origin);
  } catch (err) {
    if (!keyringFailed(err)) throw err;
    return;
  }
  info(`the API key for ${PROVIDER_NAMES[provider]} at ${origin} was stored in the system keyring`);
  void vscode.window.showInformationMessage(`Docwright: the API key for ${PROVIDER_NAMES[provider]} at ${origin} is stored in the system keyring; it is sent only there.`);
}

async function clearApiKey(keys: ApiKeys, given?: unknown): Promise<void> {
  const provider = await providerFor('Clear API Key', given);
  if (!provider) return;
  try {
    await keys.delete(provider);
  } catch (err) {
    if (!keyringFailed(err)) throw err;
    return;
  }
  info(`the API key for ${PROVIDER_NAMES[provider]} was removed from the system keyring`);
  void vscode.window.showInformationMessage(`Docwright: the API key for ${PROVIDER_NAMES[provider]} was removed.`);
}

async function clearAiCache(session: AiSession): Promise<void> {
  const cache = await session.cache();
  const { entries } = await cache.stats();
  await cache.clear();
  info(`AI cache cleared (${entries} entries)`);
  void vscode.window.showInformationMessage(`Docwright: the AI cache is cleared (${entries} ${entries === 1 ? 'entry' : 'entries'}).`);
}

async function exportAiCache(session: AiSession, given?: unknown): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    given instanceof vscode.Uri
      ? given
      : await vscode.window.showSaveDialog({
          title: 'Docwright: Export AI Cache',
          saveLabel: 'Export',
          defaultUri: folder ? vscode.Uri.joinPath(folder, 'docwright-ai-cache.json') : undefined,
          filters: { JSON: ['json'] },
        });
  if (!target) return;
  if (target.scheme !== 'file') {
    void vscode.window.showErrorMessage('Docwright: the AI cache can be exported to a file on this machine only.');
    return;
  }
  const count = await (await session.cache()).export(target.fsPath);
  info(`AI cache exported to ${target.fsPath} (${count} entries)`);
  void vscode.window.showInformationMessage(`Docwright: exported ${count} AI cache ${count === 1 ? 'entry' : 'entries'} to ${target.fsPath}.`);
}

/**
 * "Docwright: Test Connection": checks provider, key and model with the cheapest request, shows
 * what is wrong in words a user can act on, and returns the report (for tests and other extensions).
 */
async function testConnection(session: AiSession): Promise<ConnectionReport> {
  // Nothing to test without a provider: no progress toast, and information (not an error) on what to do.
  const report = currentConfig().aiProvider === 'none' ? await session.testConnection() : await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Docwright: testing the AI connection…', cancellable: true },
    (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      return session.testConnection(abort.signal).finally(() => subscription.dispose());
    },
  );
  if (report.ok) {
    void vscode.window.showInformationMessage(`Docwright: ${report.message}`);
    return report;
  }
  if (report.category === 'cancelled') return report;
  if (report.category === 'none') {
    const choose = 'Choose Provider';
    void vscode.window.showInformationMessage('Docwright: no AI provider is chosen, so there is no connection to test; Docwright writes template docstrings. Run "Docwright: Choose AI Provider" to use OpenAI, Azure OpenAI or a local server such as Ollama.', choose).then((choice) => {
      if (choice) void vscode.commands.executeCommand(PROVIDER_COMMANDS.chooseProvider);
    });
    return report;
  }
  const actions =
    report.category === 'auth' ? [SET_API_KEY]
    : report.category === 'untrusted' ? ['Manage Workspace Trust']
    : report.category === 'keyring' ? ['Show Log']
    : report.category === 'budget' ? ['Show Metrics']
    : report.category === 'endpoint' ? [fixAction(report.fix)]
    : ['Open Settings', 'Show Log'];
  void vscode.window.showErrorMessage(`Docwright: ${report.message}`, ...actions).then((choice) => {
    if (choice === SET_API_KEY) void vscode.commands.executeCommand(AI_COMMANDS.setApiKey, report.provider);
    else if (choice === 'Manage Workspace Trust') void vscode.commands.executeCommand('workbench.trust.manage');
    else if (choice === 'Show Metrics') void vscode.commands.executeCommand(SHOW_METRICS);
    else if (choice === RESET_APPROVALS || choice === OPEN_SETTINGS) runFix(choice);
    else if (choice) showLog();
  });
  return report;
}

/** "Docwright: Reset AI Endpoint Approvals": forgets this workspace's answers; the next run asks again. */
async function resetEndpointApprovals(approvals: EndpointApprovals): Promise<void> {
  const count = await approvals.reset();
  info(`AI endpoint approvals reset (${count} forgotten)`);
  void vscode.window.showInformationMessage(`Docwright: ${count === 0 ? 'no AI endpoint answers were kept for this workspace' : 'the answers about AI endpoints for this workspace are forgotten'}; Docwright asks again before sending code to an address this workspace's settings choose.`);
}

/** Runs a command, reporting an unexpected failure instead of failing silently. */
export function command<T>(id: string, run: (...args: unknown[]) => Promise<T>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (err) {
      error(`${id} failed`, err);
      void vscode.window.showErrorMessage(`Docwright: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}

export function registerAiCommands(keys: ApiKeys, session: AiSession, approvals: EndpointApprovals): vscode.Disposable[] {
  const setKey = oneAtATime((provider: unknown) => setApiKey(keys, approvals, provider));
  return [
    command(AI_COMMANDS.resetEndpointApprovals, () => resetEndpointApprovals(approvals)),
    command(AI_COMMANDS.setApiKey, (provider) => setKey(provider)),
    command(AI_COMMANDS.clearApiKey, (provider) => clearApiKey(keys, provider)),
    command(AI_COMMANDS.clearAiCache, () => clearAiCache(session)),
    command(AI_COMMANDS.testConnection, () => testConnection(session)),
    command(AI_COMMANDS.exportAiCache, (uri) => exportAiCache(session, uri)),
  ];
}
