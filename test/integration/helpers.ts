// Shared helpers for the integration suite (runs inside VS Code's extension host).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'docwright.docwright';

/** Polls `cond` until it returns a truthy value (returned) or `timeoutMs` passes (throws with `what`). */
export async function waitFor<T>(cond: () => T | Promise<T>, what: string, timeoutMs = 10000, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await cond();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has no workspace folder (the harness opens a copy of test/integration/workspace)');
  return folder.uri;
}

export function workspaceUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

export async function readWorkspaceFile(name: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(workspaceUri(name)));
}

/** Opens a workspace file and shows it in the active editor group (focused). */
export async function openInEditor(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
}

/** 0-based position of the first occurrence of `marker` in the document (cursor placed on the name after it if `nameOffset`). */
export function positionOf(doc: vscode.TextDocument, marker: string, nameOffset = 0): vscode.Position {
  const idx = doc.getText().indexOf(marker);
  assert.ok(idx >= 0, `marker ${JSON.stringify(marker)} not found in ${path.basename(doc.uri.path)}`);
  return doc.positionAt(idx + nameOffset);
}

/** Waits for Docwright to be present and active (activating it explicitly when `activate`). */
export async function docwright(activate: boolean, timeoutMs = 20000): Promise<vscode.Extension<unknown>> {
  const ext = await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID), `extension ${EXTENSION_ID} to be installed`, 5000);
  if (activate && !ext.isActive) await ext.activate();
  await waitFor(() => ext.isActive, `extension ${EXTENSION_ID} to be active`, timeoutMs);
  return ext;
}

/** Reverts (discarding changes) and closes every open editor. */
export async function revertAndCloseAll(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Waits until the document's text differs from `before` and has then stayed the same for `quietMs`. */
export async function waitForSettledChange(doc: vscode.TextDocument, before: string, what: string, timeoutMs = 15000, quietMs = 300): Promise<string> {
  await waitFor(() => doc.getText() !== before, `${what} to change ${path.basename(doc.uri.path)}`, timeoutMs);
  let last = doc.getText();
  let since = Date.now();
  await waitFor(() => {
    const now = doc.getText();
    if (now !== last) {
      last = now;
      since = Date.now();
      return false;
    }
    return Date.now() - since >= quietMs;
  }, `${path.basename(doc.uri.path)} to stop changing`, timeoutMs);
  return doc.getText();
}

/**
 * Compares `actual` with the golden file `goldenName` from the workspace. The actual text is
 * also written to $DOCWRIGHT_TEST_ARTIFACTS/actual/<goldenName> (when set) so a golden can be
 * produced by reviewing and copying it. A golden that still contains PLACEHOLDER fails clearly.
 */
export async function assertMatchesGolden(actual: string, goldenName: string): Promise<void> {
  const artifacts = process.env.DOCWRIGHT_TEST_ARTIFACTS;
  let savedTo = '';
  if (artifacts) {
    const out = path.join(artifacts, 'actual', goldenName);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, actual);
    savedTo = ` (actual text saved to ${out})`;
  }
  const expected = await readWorkspaceFile(goldenName);
  if (expected.includes('PLACEHOLDER')) {
    assert.fail(`golden placeholder: ${goldenName} still contains PLACEHOLDER; generate it from the core${savedTo}. Actual text was:\n${actual}`);
  }
  if (actual !== expected) {
    assert.fail(`document text differs from golden ${goldenName}${savedTo}; ${firstDifference(actual, expected)}\nActual text was:\n${actual}`);
  }
}

/** "line N: expected ... / actual ..." for the first differing line, to read a mismatch at a glance. */
export function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      return `first difference at line ${i + 1}:\n  expected: ${JSON.stringify(e[i] ?? '<end of text>')}\n  actual:   ${JSON.stringify(a[i] ?? '<end of text>')}`;
    }
  }
  return 'texts differ only in line endings or a trailing newline';
}

/** Applies a code action the way VS Code does: its edit first, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    assert.ok(ok, `workspace.applyEdit refused the edit of "${action.title}"`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

/** Code actions at `pos`, resolved (edit filled in), retried until `title` shows up or the timeout passes. */
export async function codeActionsAt(uri: vscode.Uri, pos: vscode.Position, title: string, timeoutMs = 15000): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  try {
    await waitFor(async () => {
      actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, new vscode.Range(pos, pos), undefined, 100)) ?? [];
      return actions.some((a) => a.title === title);
    }, `a code action titled "${title}"`, timeoutMs, 250);
  } catch (e) {
    const offered = actions.map((a) => JSON.stringify(a.title)).join(', ') || 'none';
    throw new Error(`${(e as Error).message}; offered at ${pos.line + 1}:${pos.character + 1}: ${offered}`);
  }
  return actions;
}

/** Records a measurement the runner prints after the results (the extension host's console is not captured). */
export function recordMeasurement(line: string): void {
  const results = process.env.DOCWRIGHT_TEST_RESULTS;
  if (results) fs.appendFileSync(`${results}.measurements`, `${line}\n`);
  else console.log(line);
}

/**
 * The settings that choose where AI requests go. Set by the workspace, an address the user has not
 * approved is asked about in a modal first (which the test host refuses to show), so by default the
 * suites set these as the user would; suite/endpointConsent.test.ts sets them in the workspace.
 */
export const ENDPOINT_SETTINGS: readonly string[] = ['docwright.ai.baseUrl', 'docwright.ai.azure.endpoint'];

/**
 * Writes settings (undefined removes one): to `target` when given, else to the workspace's settings,
 * except the ENDPOINT_SETTINGS, which go to the user's.
 */
export async function configure(values: Record<string, unknown>, target?: vscode.ConfigurationTarget): Promise<void> {
  const config = vscode.workspace.getConfiguration();
  for (const [key, value] of Object.entries(values)) {
    const where = target ?? (ENDPOINT_SETTINGS.includes(key) ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace);
    await config.update(key, value, where);
  }
}

/**
 * AI settings for a run against the local fake server: the limiter spaces requests evenly, without
 * a burst (60/min is one a second; 90,000 tokens/min at ~1,300 tokens a request is about one a
 * second too); high rates let them overlap.
 */
export const FAKE_SERVER_AI_SETTINGS: Readonly<Record<string, unknown>> = {
  'docwright.ai.provider': 'compatible',
  'docwright.ai.model': 'gpt-test',
  'docwright.ai.maxConcurrency': 4,
  'docwright.ai.requestsPerMinute': 6000,
  'docwright.ai.tokensPerMinute': 10000000,
  'docwright.ai.timeoutSeconds': 20,
};
