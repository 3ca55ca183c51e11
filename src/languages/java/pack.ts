/** Java: Javadoc comments, placed above the declaration and its annotations. */
import { mergeDocstring } from '../../core/generate/template';
import { decodeByBom } from '../../core/text/encoding';
import { sameType } from '../../core/validate/types';
import type { LanguagePack } from '../types';
import { javadocComment } from './comment';
import { javaConventions } from './conventions';
import { extractJava } from './extract';

export const javaPack: LanguagePack = {
  id: 'java',
  displayName: 'Java',
  languageIds: ['java'],
  extensions: { '.java': 'java' },
  grammars: { java: 'tree-sitter-java.wasm' },
  styles: ['javadoc'],
  styleSetting: 'javaStyle',
  templateSetting: 'templateJava',
  projectConvention: false,
  // javac reads sources as UTF-8 (its default since JDK 18).
  decode: (bytes) => decodeByBom(bytes, 'Java'),
  typesFromHover: () => false,
  typing: { typed: /^[ \t]*(\/\*\*)$/, closed: () => /^[ \t]*(\*\/)?[ \t]*$/, placement: 'above', noun: 'comment' },
  fence: 'java',
  promptName: () => 'Java',
  extract: (root, text, _language, _indentUnit, options) => extractJava(root, text, { walkBodies: options.walkBodies }),
  docComment: (lines, indent) => javadocComment(lines, indent),
  // One style: every Javadoc comment is read as Javadoc.
  detectStyle: () => 'javadoc',
  typesInCode: () => true,
  merge: (_symbol, fresh, existing, _written, options) => mergeDocstring(fresh, existing, sameType, options),
  conventions: javaConventions,
};
