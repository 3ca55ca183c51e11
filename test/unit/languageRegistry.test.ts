/**
 * The language registry (src/languages) is the one list of languages: package.json's activation
 * events, editor selectors and context-menu extensions, the CLI's walk and the grammars must agree
 * with it, so adding a pack cannot leave one of them behind.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SETTINGS } from '../../src/core/config/settings';
import { grammarFile, LANGUAGE_PACKS, languageForPath, packFor, SOURCE_EXTENSIONS, SUPPORTED_LANGUAGES } from '../../src/languages';

const REPO = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { activationEvents: string[]; contributes: unknown; capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } } };
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Every string in package.json's contributions (the `when` clauses among them). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const contributed = strings(manifest.contributes);

describe('language registry', () => {
  it('gives every language id exactly one pack, and every pack a grammar per id that exists', () => {
    const ids = LANGUAGE_PACKS.flatMap((p) => p.languageIds);
    assert.deepEqual(sorted(new Set(ids)), sorted(ids), 'a language id is served by two packs');
    const wasm = dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.js'));
    for (const id of SUPPORTED_LANGUAGES) {
      assert.ok(packFor(id).styles.length > 0, `${id}: the pack names no style`);
      assert.ok(existsSync(join(wasm, grammarFile(id))), `${id}: ${grammarFile(id)} is not in @vscode/tree-sitter-wasm`);
    }
  });

  it('activates the extension on every registered language and on no other', () => {
    const activated = manifest.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
    assert.deepEqual(sorted(activated), sorted(SUPPORTED_LANGUAGES));
  });

  it('lists exactly the registered languages in every editorLangId condition of package.json', () => {
    const conditions = contributed.flatMap((s) => s.match(/editorLangId =~ \/\^\(([^)]*)\)\$\//g) ?? []);
    assert.ok(conditions.length > 0, 'package.json has no editorLangId condition');
    for (const condition of conditions) {
      const listed = /\(([^)]*)\)/.exec(condition)![1].split('|');
      assert.deepEqual(sorted(listed), sorted(SUPPORTED_LANGUAGES), condition);
    }
  });

  it('offers the explorer menu on exactly the files a pack reads', () => {
    const menus = contributed.flatMap((s) => s.match(/resourceExtname =~ \/\^\\\.\(([^)]*)\)\$\//g) ?? []);
    assert.ok(menus.length > 0, 'package.json has no resourceExtname condition');
    for (const menu of menus) {
      const listed = /\(([^)]*)\)/.exec(menu)![1].split('|').map((e) => `.${e}`);
      assert.deepEqual(sorted(listed), sorted(SOURCE_EXTENSIONS), menu);
    }
  });

  it('restricts every language\'s template setting in untrusted workspaces (a cloned repository could name a file outside it)', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const pack of LANGUAGE_PACKS) assert.ok(restricted.includes(SETTINGS[pack.templateSetting].key), `${SETTINGS[pack.templateSetting].key} is restricted`);
  });

  it('reads a path by its last extension, case-insensitively, and nothing without one', () => {
    assert.equal(languageForPath('pkg/stub.PYI'), 'python');
    assert.equal(languageForPath('src/a.test.mts'), 'typescript');
    assert.equal(languageForPath('web/app.cjs'), 'javascript');
    assert.equal(languageForPath('web/App.tsx'), 'typescriptreact');
    assert.equal(languageForPath('dir.py/README'), undefined);
    assert.equal(languageForPath('notes.txt'), undefined);
    assert.equal(languageForPath('Makefile'), undefined);
  });
});
