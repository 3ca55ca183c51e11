import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateDocstrings } from '../../src/core/generate/generateFile';
import { compileTemplate, renderUserTemplate, TemplateProblem } from '../../src/core/generate/userTemplate';
import { loadUserTemplate } from '../../src/core/generate/userTemplateFile';

const GOOGLE_LIKE = [
  '{{! A Google layout with "Arguments:" }}',
  '{{summary}}',
  '',
  '{{#hasParams}}',
  'Arguments:',
  '{{#params}}',
  '    {{name}}{{#type}} ({{type}}{{#optional}}, optional{{/optional}}){{/type}}: {{description}}{{#default}} Default: {{default}}.{{/default}}',
  '{{/params}}',
  '{{/hasParams}}',
  '',
  '{{#returns}}',
  'Returns:',
  '    {{#type}}{{type}}: {{/type}}{{description}}',
  '{{/returns}}',
  '',
  '{{#hasRaises}}',
  'Raises:',
  '{{#raises}}',
  '    {{type}}: {{description}}',
  '{{/raises}}',
  '{{/hasRaises}}',
  '',
].join('\n');

const PY = 'def f(a, b: int = 5):\n    if a:\n        raise ValueError(a)\n    return a\n';

function problemOf(text: string): string {
  try {
    compileTemplate(text, 'tpl.mustache');
  } catch (error) {
    assert.ok(error instanceof TemplateProblem);
    return error.message;
  }
  assert.fail('no problem reported');
}

describe('user template', () => {
  it('shapes a new docstring: standalone tags leave no lines, absent sections no gap', async () => {
    const template = compileTemplate(GOOGLE_LIKE, 'tpl.mustache');
    const out = (await generateDocstrings(PY, 'python', { style: 'google', types: 'auto', quote: '"""', template, select: (s) => s.kind === 'function' })).newText;
    assert.equal(out, [
      'def f(a, b: int = 5):',
      '    """_summary_',
      '',
      '    Arguments:',
      '        a: _description_',
      '        b: _description_ Default: 5.',
      '',
      '    Returns:',
      '        _description_',
      '',
      '    Raises:',
      '        ValueError: _description_',
      '    """',
      '    if a:',
      '        raise ValueError(a)',
      '    return a',
      '',
    ].join('\n'));
  });

  it("lays out a record class's fields with {{#attributes}}", async () => {
    const template = compileTemplate(['{{summary}}', '', '{{#hasAttributes}}', 'Attributes:', '{{#attributes}}', '    {{name}}: {{description}}', '{{/attributes}}', '{{/hasAttributes}}'].join('\n'), 'tpl.mustache');
    const text = 'from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n    y: int = 0\n';
    const out = (await generateDocstrings(text, 'python', { style: 'google', types: 'auto', quote: '"""', template, select: (s) => s.kind === 'class' })).newText;
    assert.match(out, /class Point:\n {4}"""_summary_\n\n {4}Attributes:\n {8}x: _description_\n {8}y: _description_\n {4}"""\n/);
  });

  it('fields: types as docwright.types shows them, optional, inverted sections, multi-line values indented like their line', () => {
    const template = compileTemplate('{{summary}}\n{{^description}}(none){{/description}}\n{{#params}}\n- {{name}} : {{type}}{{#optional}} (optional){{/optional}}\n  {{description}}\n{{/params}}', 't');
    const doc = { summary: 'S.', description: '', params: [{ name: 'x', type: 'int', description: 'One.\nTwo.', default: '1' }], raises: [], typeParams: [], sections: [] };
    const lines = renderUserTemplate(doc, template, { style: 'google', annotated: new Set(), returnAnnotated: false, types: 'always', indentUnit: '    ' });
    assert.deepEqual(lines, ['S.', '(none)', '- x : int (optional)', '  One.', '  Two.']);
  });

  it('a template whose docstring does not read back gives way to the built-in style, and says so', async () => {
    const template = compileTemplate('{{summary}}\n\nArgs:\n{{#params}}\n{{name}} {{description}}\n{{/params}}', 'bad.mustache');
    const reasons: string[] = [];
    const out = (await generateDocstrings(PY, 'python', { style: 'google', types: 'auto', quote: '"""', template, select: (s) => s.kind === 'function', onTemplateRejected: (_s, r) => reasons.push(r) })).newText;
    assert.match(out, /\n {4}Args:\n {8}a: _description_\n/);
    assert.ok(reasons.length > 0 && reasons[0].includes('bad.mustache') && reasons[0].includes('built-in google style'), reasons[0]);
  });

  it('validation on load names the file, the line and what to do', () => {
    assert.equal(problemOf('{{summary}}\n{{#params}}\n{{nme}}\n{{/params}}'), 'tpl.mustache:3: unknown field "nme" inside {{#params}}; the fields there are name, type, default, description, optional.');
    assert.equal(problemOf('{{summary}}\n\n{{#params}}\n{{name}}\n'), 'tpl.mustache:3: {{#params}} is never closed; add {{/params}} where it ends.');
    assert.match(problemOf('{{summary}}\n{{/returns}}'), /^tpl\.mustache:2: \{\{\/returns\}\} closes no open \{\{#returns\}\}\.$/);
    assert.match(problemOf('{{#params}}\n{{/raises}}\n'), /^tpl\.mustache:2: .*the open section is \{\{#params\}\} from line 1\.$/);
    assert.match(problemOf('{{summary}}\n{{> partial}}'), /^tpl\.mustache:2: "\{\{> partial\}\}" is not a tag/);
    assert.match(problemOf('{{summary}}\n{{params}}'), /^tpl\.mustache:2: "params" is a section/);
    assert.match(problemOf('{{summary}}\n\n{{descr'), /^tpl\.mustache:3: a "\{\{" is never closed/);
    assert.match(problemOf('{{title}}'), /^tpl\.mustache:1: unknown field "title" at the top; the fields there are summary, /);
  });

  it('loads from the workspace folder through the safe reader; an unreadable or bad file is a problem, not a template', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-template-'));
    mkdirSync(join(dir, '.docwright'));
    writeFileSync(join(dir, '.docwright', 'google.mustache'), GOOGLE_LIKE);
    writeFileSync(join(dir, 'broken.mustache'), '{{summary}}\n{{#params}}\n');
    const good = await loadUserTemplate('.docwright/google.mustache', 'docwright.template.python', dir);
    assert.ok('template' in good);
    const missing = await loadUserTemplate('nope.mustache', 'docwright.template.python', dir);
    assert.ok('problem' in missing && missing.problem.includes(join(dir, 'nope.mustache')) && missing.problem.includes('no such file'), JSON.stringify(missing));
    const broken = await loadUserTemplate('broken.mustache', 'docwright.template.python', dir);
    assert.ok('problem' in broken && broken.problem.includes(`${join(dir, 'broken.mustache')}:2: {{#params}} is never closed`), JSON.stringify(broken));
    const folder = await loadUserTemplate('.docwright', 'docwright.template.python', dir);
    assert.ok('problem' in folder && /folder/.test(folder.problem), JSON.stringify(folder));
    const noFolder = await loadUserTemplate('t.mustache', 'docwright.template.python', undefined);
    assert.ok('problem' in noFolder && noFolder.problem.includes('absolute path'));
  });

  it("a workspace's setting may only name a template inside the workspace, links resolved; the user's may name one anywhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-template-'));
    const outside = mkdtempSync(join(tmpdir(), 'dw-secret-'));
    const secret = join(outside, 'credentials');
    writeFileSync(secret, 'aws_secret_access_key = hunter2\n');
    mkdirSync(join(dir, '.docwright'));
    writeFileSync(join(dir, '.docwright', 'ok.mustache'), GOOGLE_LIKE);
    symlinkSync(secret, join(dir, '.docwright', 'linked.mustache'));
    for (const setting of [secret, '../' + basename(outside) + '/credentials', '.docwright/linked.mustache']) {
      const load = await loadUserTemplate(setting, 'docwright.template.python', dir, true);
      assert.ok('problem' in load && load.problem.includes('outside the workspace folder'), `${setting}: ${JSON.stringify(load)}`);
    }
    assert.ok('template' in (await loadUserTemplate('.docwright/ok.mustache', 'docwright.template.python', dir, true)));
    // From the user's own settings: their choice (the secret is plain text, so it compiles).
    assert.ok('template' in (await loadUserTemplate(secret, 'docwright.template.python', dir, false)));
  });
});
