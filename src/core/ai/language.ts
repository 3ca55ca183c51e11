/**
 * The natural language descriptions are written in (docwright.ai.language, `--language`): a name
 * as a person writes it. It goes into the prompt, so it is held to the shape of a language name:
 * at most three words of letters (hyphens allowed) and an optional region in parentheses, 40
 * characters in all. That leaves no room for a sentence of instructions, punctuation or a URL;
 * the model's answer is treated as data whatever it says.
 */

/** "French", "Brazilian Portuguese", "中文", "Español (México)", "Serbo-Croatian". */
export const LANGUAGE_NAME = /^(?=.{1,40}$)[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2}(?: \([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?\))?$/u;

/** The language to ask for, or undefined for English or a value that is not a language name (the prompt, and so the cache key, stay as they were). */
export function requestedLanguage(language: string | undefined): string | undefined {
  const name = language?.trim();
  return name && LANGUAGE_NAME.test(name) && !/^english$/i.test(name) ? name : undefined;
}
