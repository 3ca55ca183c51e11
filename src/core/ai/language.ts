/**
 * The natural language descriptions are written in (docwright.ai.language, `--language`): a name
 * as a person writes it. It goes into the prompt, so only letters, spaces, hyphens and
 * parentheses are accepted; anything else (an instruction, a URL) is not a language name.
 */

/** "French", "Brazilian Portuguese", "中文", "Español (México)". */
export const LANGUAGE_NAME = /^[\p{L}\p{M}][\p{L}\p{M} ()-]{0,39}$/u;

/** The language to ask for, or undefined for English or a value that is not a language name (the prompt, and so the cache key, stay as they were). */
export function requestedLanguage(language: string | undefined): string | undefined {
  const name = language?.trim();
  return name && LANGUAGE_NAME.test(name) && !/^english$/i.test(name) ? name : undefined;
}
