// "Type to get it": typing """ under a def, or /** above a TS function, offers Docwright's docstring
// as a completion; accepting it writes what the lightbulb writes (the golden), as a snippet.
// `docwright.completion.enabled: false` turns it off, without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { browserBridgeAvailable, pressKeys, screenshot, textOf, waitForSelector } from '../browser';
import { assertMatchesGolden, configure, docwright, openInEditor, positionOf, revertAndCloseAll, waitFor } from '../helpers';

/** Types `text` one character at a time, as a person does (auto-closing and trigger characters apply). */
async function typeSlowly(text: string): Promise<void> {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

function isDocwright(item: vscode.CompletionItem): boolean {
  return (item.detail ?? '').startsWith('Docwright');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function offered(editor: vscode.TextEditor, trigger: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.selection.active, trigger);
  return list?.items ?? [];
}

/** Opens the suggest widget and accepts its selected item, retrying until the text changes. */
async function acceptSuggestion(doc: vscode.TextDocument, before: string): Promise<string> {
  await waitFor(async () => {
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await new Promise((r) => setTimeout(r, 700));
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    await new Promise((r) => setTimeout(r, 300));
    return doc.getText() !== before;
  }, 'the suggestion to be accepted', 20000, 100);
  return doc.getText();
}

/**
 * Accepts Docwright's item as a person does: in the browser, the suggest widget the typed opener
 * opened by itself shows it selected (screenshot for the README), and Enter accepts it. Without the
 * browser (desktop VS Code), the suggest command and acceptSelectedSuggestion.
 */
async function acceptTyped(doc: vscode.TextDocument, before: string, shot: string): Promise<string> {
  if (!browserBridgeAvailable()) return acceptSuggestion(doc, before);
  await waitForSelector('.suggest-widget.visible');
  const focused = await waitFor(async () => {
    const text = await textOf('.suggest-widget.visible .monaco-list-row.focused', { timeoutMs: 2000 }).catch(() => '');
    return text.includes('Docwright') ? text : undefined;
  }, "Docwright's item selected in the suggest widget", 10000, 200);
  assert.match(focused, /Docwright/);
  await screenshot(shot, { selector: '.part.editor' });
  await pressKeys('Enter');
  await waitFor(() => doc.getText() !== before, 'Enter to accept the suggestion');
  await new Promise((r) => setTimeout(r, 300));
  return doc.getText();
}

/** Puts the cursor on a new line right under `marker`'s line (Python: the editor indents it). */
async function newLineBelow(editor: vscode.TextEditor, marker: string): Promise<void> {
  const line = positionOf(editor.document, marker).line;
  const end = editor.document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  await vscode.commands.executeCommand('type', { text: '\n' });
}

/** Puts the cursor on a new, empty line above `marker`'s line, at its indentation. */
async function newLineAbove(editor: vscode.TextEditor, marker: string): Promise<void> {
  const line = editor.document.lineAt(positionOf(editor.document, marker).line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  await editor.edit((b) => b.insert(line.range.start, `${indent}\n`));
  const at = new vscode.Position(line.lineNumber, indent.length);
  editor.selection = new vscode.Selection(at, at);
}

describe('docstring completion', () => {
  before(async () => {
    await docwright(true);
  });
  afterEach(revertAndCloseAll);

  it('""" under a def offers Docwright\'s docstring; accepting it writes the golden, with the cursor on the summary', async () => {
    const editor = await openInEditor('sample.py');
    const doc = editor.document;
    await newLineBelow(editor, 'def add(');
    await typeSlowly('"""');
    const typed = doc.getText();
    const line = doc.lineAt(editor.selection.active.line).text;
    assert.match(line, /^ {4}"""/, `the typed line: ${JSON.stringify(line)}`);
    const items = await waitFor(async () => ((await offered(editor, '"')).some(isDocwright) ? offered(editor, '"') : undefined), 'Docwright\'s completion after """');
    const ours = items.find(isDocwright)!;
    assert.strictEqual(labelOf(ours), '""" Docwright Google docstring');
    assert.ok(ours.insertText instanceof vscode.SnippetString && ours.insertText.value.startsWith('"""${1:_summary_}'), JSON.stringify(ours.insertText));
    const after = await acceptTyped(doc, typed, 'completion-python');
    await assertMatchesGolden(after, 'sample.lightbulb-expected.py');
    const summary = positionOf(doc, '"""_summary_', 3);
    await waitFor(() => editor.selection.isEqual(new vscode.Range(summary, summary.translate(0, '_summary_'.length))), 'the summary placeholder selected');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const a = positionOf(doc, 'a: _description_', 3);
    await waitFor(() => editor.selection.start.isEqual(a), 'Tab to the first parameter');
  });

  it('a new function, typed from scratch: def, Enter, then \'\'\' gives its docstring and no stray body', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'import os\n' });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const end = doc.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await typeSlowly('\n\ndef scale(factor: float) -> float:\n');
    await typeSlowly("'''");
    const typed = doc.getText();
    assert.match(doc.lineAt(editor.selection.active.line).text, /^ {4}'''/, 'the editor indented the new line');
    await waitFor(async () => (await offered(editor, "'")).some(isDocwright), "Docwright's completion after '''");
    const after = await acceptTyped(doc, typed, 'completion-new-function');
    assert.strictEqual(after, "import os\n\ndef scale(factor: float) -> float:\n    '''_summary_\n\n    Args:\n        factor: _description_\n\n    Returns:\n        _description_\n    '''\n", 'the file\'s last line break stays');
  });

  it('/** above a TS function offers Docwright\'s comment beside VS Code\'s own; accepting it writes the golden', async () => {
    const editor = await openInEditor('sample.ts');
    const doc = editor.document;
    await newLineAbove(editor, 'export function add(');
    await typeSlowly('/**');
    const typed = doc.getText();
    assert.match(doc.lineAt(editor.selection.active.line).text, /^\/\*\*/);
    const items = await waitFor(async () => {
      const now = await offered(editor, '*');
      return now.some(isDocwright) && now.some((i) => !isDocwright(i) && labelOf(i).startsWith('/**')) ? now : undefined;
    }, "Docwright's and VS Code's JSDoc completions after /**", 30000, 500);
    assert.strictEqual(labelOf(items.find(isDocwright)!), '/** Docwright TSDoc comment');
    const after = await acceptTyped(doc, typed, 'completion-typescript');
    await assertMatchesGolden(after, 'sample.lightbulb-expected.ts');
  });

  it('/// above a Rust function offers Docwright\'s rustdoc comment; accepting it writes the lightbulb\'s golden', async () => {
    const editor = await openInEditor('sample.rs');
    const doc = editor.document;
    await newLineAbove(editor, 'pub fn add(');
    await typeSlowly('///');
    const typed = doc.getText();
    assert.match(doc.lineAt(editor.selection.active.line).text, /^\/\/\/$/);
    const items = await waitFor(async () => ((await offered(editor, '/')).some(isDocwright) ? offered(editor, '/') : undefined), "Docwright's completion after ///");
    assert.strictEqual(labelOf(items.find(isDocwright)!), '/// Docwright rustdoc comment');
    const after = await acceptTyped(doc, typed, 'completion-rust');
    await assertMatchesGolden(after, 'sample.lightbulb-expected.rs');
  });

  it('nothing is offered with docwright.completion.enabled off, and it is back when on again, without a reload', async () => {
    const editor = await openInEditor('sample.py');
    await newLineBelow(editor, 'def add(');
    await typeSlowly('"""');
    await waitFor(async () => (await offered(editor, '"')).some(isDocwright), 'the completion while on');
    await configure({ 'docwright.completion.enabled': false });
    try {
      await waitFor(async () => !(await offered(editor, '"')).some(isDocwright), 'no completion once off', 5000);
      // Still off a moment later (not a race with the settings change).
      await new Promise((r) => setTimeout(r, 500));
      assert.ok(!(await offered(editor, '"')).some(isDocwright), 'nothing offered with the setting off');
    } finally {
      await configure({ 'docwright.completion.enabled': undefined });
    }
    await waitFor(async () => (await offered(editor, '"')).some(isDocwright), 'the completion back on');
  });

  it('the completion follows docwright.defaults.mention like the lightbulb', async () => {
    const editor = await openInEditor('sample.py');
    await newLineBelow(editor, 'def scale(');
    await typeSlowly('"""');
    const snippet = async () => {
      const ours = (await offered(editor, '"')).find(isDocwright);
      return ours?.insertText instanceof vscode.SnippetString ? ours.insertText.value : undefined;
    };
    assert.match((await waitFor(snippet, 'the completion')) ?? '', /Defaults to 2\.0\./);
    await configure({ 'docwright.defaults.mention': false });
    try {
      await waitFor(async () => !/Defaults to/.test((await snippet()) ?? 'Defaults to'), 'the completion without the default', 5000);
    } finally {
      await configure({ 'docwright.defaults.mention': undefined });
    }
  });

  it('nothing under a documented function', async () => {
    const editor = await openInEditor('sample.py');
    await newLineBelow(editor, 'def greet(');
    await typeSlowly('"""');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual((await offered(editor, '"')).filter(isDocwright).map(labelOf), []);
  });
});
