// docwright.template.python: a workspace template (a path relative to the workspace folder) shapes
// the lightbulb's docstring; a broken one gives way to the built-in style, never a broken docstring.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyCodeAction, codeActionsAt, configure, docwright, openInEditor, positionOf, revertAndCloseAll, waitForSettledChange } from '../helpers';

async function lightbulbOnScale(): Promise<string> {
  const editor = await openInEditor('sample.py');
  const doc = editor.document;
  const before = doc.getText();
  const pos = positionOf(doc, 'def scale(', 4);
  editor.selection = new vscode.Selection(pos, pos);
  const actions = await codeActionsAt(doc.uri, pos, 'Generate docstring');
  const action = actions.find((a) => a.title === 'Generate docstring')!;
  await applyCodeAction(action);
  return waitForSettledChange(doc, before, '"Generate docstring"');
}

describe('user template', () => {
  before(async () => {
    await docwright(true);
  });
  afterEach(async () => {
    await revertAndCloseAll();
    await configure({ 'docwright.template.python': undefined, 'docwright.style.python': undefined });
  });

  it('a workspace template shapes the lightbulb docstring, placed and indented by Docwright', async () => {
    await configure({ 'docwright.template.python': 'templates/google-arguments.mustache', 'docwright.style.python': 'google' });
    const after = await lightbulbOnScale();
    assert.ok(
      after.includes([
        '    def scale(self, factor=2.0):',
        '        """_summary_',
        '',
        '        Arguments:',
        '            factor (float, optional): _description_ Default: 2.0.',
        '',
        '        Returns:',
        '            _description_',
        '',
        '        Raises:',
        '            ValueError: _description_',
        '        """',
        '        if factor <= 0:',
      ].join('\n')),
      after,
    );
  });

  it('a broken template falls back to the built-in style', async () => {
    await configure({ 'docwright.template.python': 'templates/broken.mustache', 'docwright.style.python': 'google' });
    const after = await lightbulbOnScale();
    assert.match(after, /\n {8}"""_summary_\n\n {8}Args:\n {12}factor \(float, optional\): _description_\. Defaults to 2\.0\.\n/);
  });
});
