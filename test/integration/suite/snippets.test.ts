// Tab stops: a template inserted from the lightbulb or the cursor command is a snippet. The cursor
// lands on the summary and Tab walks every description top to bottom; left as they are, the
// placeholders give the golden text byte for byte. A file run stays plain text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { browserBridgeAvailable, screenshot } from '../browser';
import { applyCodeAction, assertMatchesGolden, codeActionsAt, docwright, openInEditor, positionOf, readWorkspaceFile, revertAndCloseAll, waitFor, waitForSettledChange } from '../helpers';

const MARKER = /(?<![A-Za-z0-9_])(_summary_|_description_)(?![A-Za-z0-9_])/g;

/** Where each placeholder of `text` is, in text order (the order Tab must visit them). */
function placeholderRanges(doc: vscode.TextDocument, text: string): vscode.Range[] {
  return [...text.matchAll(MARKER)].map((m) => new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length)));
}

function show(doc: vscode.TextDocument, selection: vscode.Selection | vscode.Range): string {
  return `${selection.start.line + 1}:${selection.start.character + 1}-${selection.end.line + 1}:${selection.end.character + 1} ${JSON.stringify(doc.getText(selection))}`;
}

/** The selection is `expected` (a placeholder selected, as snippet mode does). */
async function assertSelected(editor: vscode.TextEditor, expected: vscode.Range, what: string): Promise<void> {
  await waitFor(() => editor.selection.isEqual(expected), `${what}: selection ${show(editor.document, expected)}`, 5000, 50).catch((e: Error) => {
    throw new Error(`${e.message}; the selection is ${show(editor.document, editor.selection)}`);
  });
}

/** Tab through every placeholder from the first (already selected), checking each, then leave the snippet. */
async function walkPlaceholders(editor: vscode.TextEditor, ranges: vscode.Range[], shot?: string): Promise<void> {
  assert.ok(ranges.length > 1, 'the template has placeholders to walk');
  await assertSelected(editor, ranges[0], 'the cursor lands on the summary');
  if (shot && browserBridgeAvailable()) await screenshot(shot, { selector: '.part.editor' });
  for (let i = 1; i < ranges.length; i++) {
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await assertSelected(editor, ranges[i], `Tab ${i} selects placeholder ${i + 1} of ${ranges.length}`);
  }
}

const cases = [
  { file: 'sample.py', golden: 'sample.lightbulb-expected.py', marker: 'def add(' },
  { file: 'sample.ts', golden: 'sample.lightbulb-expected.ts', marker: 'function add(' },
];

describe('snippet tab stops', () => {
  before(async () => {
    await docwright(true);
  });
  afterEach(revertAndCloseAll);

  for (const c of cases) {
    it(`${c.file}: the lightbulb inserts a snippet; Tab walks summary, parameters and returns in order; the text is the golden`, async () => {
      const editor = await openInEditor(c.file);
      const doc = editor.document;
      const before = doc.getText();
      const pos = positionOf(doc, c.marker, c.marker.indexOf(' ') + 1);
      editor.selection = new vscode.Selection(pos, pos);
      const actions = await codeActionsAt(doc.uri, pos, 'Generate docstring');
      await applyCodeAction(actions.find((a) => a.title === 'Generate docstring')!);
      const after = await waitForSettledChange(doc, before, '"Generate docstring"');
      await assertMatchesGolden(after, c.golden);
      const ranges = placeholderRanges(doc, after);
      assert.strictEqual(ranges.length, 4, 'summary, a, b and returns');
      await walkPlaceholders(editor, ranges, `snippet-${c.file.replace('.', '-')}`);
      // Typing over a placeholder writes there, and Tab goes on from it.
      await vscode.commands.executeCommand('jumpToPrevSnippetPlaceholder');
      await assertSelected(editor, ranges[2], 'Shift+Tab goes back');
      await vscode.commands.executeCommand('type', { text: 'The second $1 {x}.' });
      await waitFor(() => doc.getText().includes('The second $1 {x}.'), 'typed text in the placeholder');
      assert.strictEqual(placeholderRanges(doc, doc.getText()).length, 3, 'only that placeholder was replaced');
      await vscode.commands.executeCommand('undo');
    });
  }

  it('the cursor command on a CRLF file inserts a snippet that keeps CRLF; one undo restores the file', async () => {
    const original = await readWorkspaceFile('crlf.py');
    const editor = await openInEditor('crlf.py');
    const doc = editor.document;
    const pos = positionOf(doc, 'def crlf(', 4);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('docwright.generateDocstring');
    const after = await waitForSettledChange(doc, original, 'the cursor command');
    assert.strictEqual((after.match(/\r\n/g) ?? []).length, (after.match(/\n/g) ?? []).length, 'every line break is CRLF');
    assert.ok(after.startsWith('def crlf(a, b):\r\n    """_summary_\r\n\r\n    Args:\r\n        a: _description_\r\n        b: _description_\r\n'), JSON.stringify(after.slice(0, 200)));
    await walkPlaceholders(editor, placeholderRanges(doc, after));
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === original, 'one undo to restore the original');
  });

  it('a file run stays plain text: the cursor does not move to a placeholder', async () => {
    const editor = await openInEditor('stale.py');
    const doc = editor.document;
    const before = doc.getText();
    const start = new vscode.Position(0, 0);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('docwright.generateFile');
    const after = await waitForSettledChange(doc, before, 'the file run');
    assert.ok(placeholderRanges(doc, after).length > 2, 'the file run wrote templates');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(editor.selection.isEmpty, `no placeholder selected; the selection is ${show(doc, editor.selection)}`);
  });
});
