// The "Generate docstring" lightbulb: offered on an undocumented function, "Regenerate docstring"
// on a documented one; applying it yields the golden <name>.lightbulb-expected.<ext>.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyCodeAction, assertMatchesGolden, codeActionsAt, docwright, openInEditor, positionOf, revertAndCloseAll, waitForSettledChange } from '../helpers';

interface Case {
  file: string;
  golden: string;
  undocumented: string; // marker; the cursor goes on the name after it
  documented: string;
}

const cases: Case[] = [
  { file: 'sample.py', golden: 'sample.lightbulb-expected.py', undocumented: 'def add(', documented: 'def greet(' },
  { file: 'sample.ts', golden: 'sample.lightbulb-expected.ts', undocumented: 'function add(', documented: 'function greet(' },
  { file: 'Sample.java', golden: 'Sample.lightbulb-expected.java', undocumented: 'int add(', documented: 'String greet(' },
  { file: 'Sample.cs', golden: 'Sample.lightbulb-expected.cs', undocumented: 'int Add(', documented: 'string Greet(' },
  { file: 'sample.go', golden: 'sample.lightbulb-expected.go', undocumented: 'func Add(', documented: 'func Greet(' },
  { file: 'sample.rs', golden: 'sample.lightbulb-expected.rs', undocumented: 'fn add(', documented: 'fn greet(' },
  { file: 'sample.php', golden: 'sample.lightbulb-expected.php', undocumented: 'function add(', documented: 'function greet(' },
  { file: 'sample.hpp', golden: 'sample.lightbulb-expected.hpp', undocumented: 'int add(', documented: 'std::string greet(' },
  { file: 'sample.rb', golden: 'sample.lightbulb-expected.rb', undocumented: 'def self.add(', documented: 'def self.greet(' },
];

describe('lightbulb', () => {
  before(async () => {
    await docwright(true);
  });
  afterEach(revertAndCloseAll);

  for (const c of cases) {
    it(`${c.file}: "Generate docstring" on an undocumented function gives the golden text`, async () => {
      const editor = await openInEditor(c.file);
      const doc = editor.document;
      const before = doc.getText();
      const pos = positionOf(doc, c.undocumented, c.undocumented.indexOf(' ') + 1);
      editor.selection = new vscode.Selection(pos, pos);

      const actions = await codeActionsAt(doc.uri, pos, 'Generate docstring');
      const action = actions.find((a) => a.title === 'Generate docstring')!;
      assert.ok(action.edit || action.command, 'the "Generate docstring" action has neither an edit nor a command');
      await applyCodeAction(action);

      const after = await waitForSettledChange(doc, before, '"Generate docstring"');
      await assertMatchesGolden(after, c.golden);
    });

    it(`${c.file}: "Regenerate docstring" on a documented function`, async () => {
      const editor = await openInEditor(c.file);
      const pos = positionOf(editor.document, c.documented, c.documented.indexOf(' ') + 1);
      editor.selection = new vscode.Selection(pos, pos);
      const actions = await codeActionsAt(editor.document.uri, pos, 'Regenerate docstring');
      assert.ok(!actions.some((a) => a.title === 'Generate docstring'), 'a documented function should not offer "Generate docstring"');
    });
  }
});
