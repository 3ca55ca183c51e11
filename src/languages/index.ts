/**
 * The language registry: every pack Docwright serves, and lookups by language id and path. A new
 * language is a folder under src/languages and one line here (plus its id in `LanguageId` and its
 * `package.json` contributions; test/unit/languageRegistry.test.ts names what is missing).
 */
import type { LanguageId } from '../core/extract/types';
import type { Conventions } from './conventions';
import { csharpPack } from './csharp/pack';
import { goPack } from './go/pack';
import { javaPack } from './java/pack';
import { pythonPack } from './python/pack';
import { rustPack } from './rust/pack';
import { rubyPack } from './ruby/pack';
import { cppPack } from './cpp/pack';
import { phpPack } from './php/pack';
import type { LanguagePack } from './types';
import { typescriptPack } from './typescript/pack';

export type { ExtractOptions, LanguagePack, TypedOpener } from './types';
export type { Conventions } from './conventions';

/** The doc conventions of `language`'s pack. */
export function conventionsOf(language: LanguageId): Conventions {
  return packFor(language).conventions;
}

export const LANGUAGE_PACKS: readonly LanguagePack[] = [pythonPack, typescriptPack, javaPack, csharpPack, goPack, rustPack, rubyPack, cppPack, phpPack];

const byLanguage = new Map<string, LanguagePack>(LANGUAGE_PACKS.flatMap((pack) => pack.languageIds.map((id) => [id, pack] as const)));
const byExtension = new Map<string, LanguageId>(LANGUAGE_PACKS.flatMap((pack) => Object.entries(pack.extensions)));

/** Every language id some pack serves, in registration order. */
export const SUPPORTED_LANGUAGES: readonly LanguageId[] = LANGUAGE_PACKS.flatMap((pack) => pack.languageIds);

/** File extensions the CLI reads, with the dot, in registration order. */
export const SOURCE_EXTENSIONS: readonly string[] = [...byExtension.keys()];

export function isSupportedLanguage(id: string): id is LanguageId {
  return byLanguage.has(id);
}

/** The pack serving `language` (a language whose pack is still being built, in GRAMMARS_IN_PROGRESS, has none: it throws). */
export function packFor(language: LanguageId): LanguagePack {
  const pack = byLanguage.get(language);
  if (!pack) throw new Error(`no language pack serves '${language}'`);
  return pack;
}

/** The language a file is read as, from its extension; undefined when no pack reads it. */
export function languageForPath(path: string): LanguageId | undefined {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return dot <= slash ? undefined : byExtension.get(path.slice(dot).toLowerCase());
}

/**
 * Grammars of languages whose packs are being built (issue 13): their extractors and styles are
 * tested in src/languages/<id>, not yet registered, so neither the editor nor the CLI serves them.
 */
const GRAMMARS_IN_PROGRESS: Partial<Record<LanguageId, string>> = {};

/** What tree-sitter reads for a text of `language` (the pack's `parseInput`); the text itself for most. */
export function parseInputOf(language: LanguageId): ((text: string) => string) | undefined {
  return byLanguage.get(language)?.parseInput;
}

/** The grammar file that parses `language`. */
export function grammarFile(language: LanguageId): string {
  const file = byLanguage.get(language)?.grammars[language] ?? GRAMMARS_IN_PROGRESS[language];
  if (!file) throw new Error(`no language pack names a grammar for '${language}'`);
  return file;
}
