/**
 * The docstring style layer: render the shared `Docstring` model in one style, parse a
 * docstring's content back into it, and find out which style a file or project uses.
 * Content lines only: no quotes, `/**`, ` * ` gutters or base indentation.
 */

import type { DocStyle, Docstring, RenderOptions } from '../docstring/model';
import type { DocProblem } from './common';
import { parseGoogle, renderGoogle } from '../../languages/python/styles/google';
import { parseJsdoc, renderJsdoc } from '../../languages/typescript/styles/jsdoc';
import { parseJavadoc, renderJavadoc } from '../../languages/java/javadoc';
import { parseXmlDoc, renderXmlDoc } from '../../languages/csharp/xmldoc';
import { parseGodoc, renderGodoc } from '../../languages/go/godoc';
import { parseRustdoc, renderRustdoc } from '../../languages/rust/rustdoc';
import { parseYard, renderYard } from '../../languages/ruby/yard';
import { parseDoxygen, renderDoxygen } from '../../languages/cpp/doxygen';
import { parsePhpdoc, renderPhpdoc } from '../../languages/php/phpdoc';
import { parseNumpy, renderNumpy } from '../../languages/python/styles/numpy';
import { parseSphinx, renderSphinx } from '../../languages/python/styles/sphinx';

export type { DocProblem } from './common';
export { detectDocstringStyle, majorityStyle, styleFromPyproject } from './detect';

/** Content lines of the docstring in `opts.style`; blank lines are ''. */
export function renderDocstring(doc: Docstring, opts: RenderOptions): string[] {
  switch (opts.style) {
    case 'google':
      return renderGoogle(doc, opts);
    case 'numpy':
      return renderNumpy(doc, opts);
    case 'sphinx':
      return renderSphinx(doc, opts);
    case 'jsdoc':
    case 'tsdoc':
      return renderJsdoc(doc, opts);
    case 'javadoc':
      return renderJavadoc(doc, opts);
    case 'xmldoc':
      return renderXmlDoc(doc, opts);
    case 'godoc':
      return renderGodoc(doc, opts);
    case 'rustdoc':
      return renderRustdoc(doc, opts);
    case 'yard':
      return renderYard(doc, opts);
    case 'doxygen':
      return renderDoxygen(doc, { brief: opts.doxygenBrief, command: opts.doxygenCommand });
    case 'doxygen-slash':
      return renderDoxygen(doc, { brief: opts.doxygenBrief, command: opts.doxygenCommand });
    case 'phpdoc':
      return renderPhpdoc(doc, opts);
  }
}

/** Parse a docstring's content (dedented, delimiters and gutters removed) written in `style`. */
export function parseDocstring(content: string, style: DocStyle): { doc: Docstring; problems: DocProblem[] } {
  switch (style) {
    case 'google':
      return parseGoogle(content);
    case 'numpy':
      return parseNumpy(content);
    case 'sphinx':
      return parseSphinx(content);
    case 'jsdoc':
      return parseJsdoc(content);
    case 'tsdoc':
      return parseJsdoc(content, true);
    case 'javadoc':
      return parseJavadoc(content);
    case 'xmldoc':
      return parseXmlDoc(content);
    case 'godoc':
      return parseGodoc(content);
    case 'rustdoc':
      return parseRustdoc(content);
    case 'yard':
      return parseYard(content);
    case 'doxygen':
      return parseDoxygen(content);
    case 'doxygen-slash':
      return parseDoxygen(content);
    case 'phpdoc':
      return parsePhpdoc(content);
  }
}
