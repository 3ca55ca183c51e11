/** Runs the core generation pipeline for an open document with the current settings. */
import type * as vscode from 'vscode';
import { ModelError } from '../core/ai/errors';
import type { Docstring } from '../core/docstring/model';
import { extractSymbols } from '../core/extract';
import { isSupportedLanguage, packFor } from '../languages';
import type { LanguageId, SymbolFact } from '../core/extract/types';
import type { DocStyle } from '../core/docstring/model';
import type { ApplySettings } from '../core/ai/batch/apply';
import { generateDocstrings, type Describer, type FileGeneration, type GroupDescriber } from '../core/generate/generateFile';
import { resolveStyle } from '../core/generate/style';
import { docstringAtSite, docstringSite, type TypedDocstring } from '../core/generate/typedDocstring';
import { updateDocstrings } from '../core/validate';
import { hoverType } from '../adapters/languageServices';
import { documentConfig, projectStyleFor } from '../adapters/project';
import { templateRejected, userTemplateFor } from '../adapters/userTemplate';
import type { AiRun } from './aiSession';
import { loadAi } from './loadAi';

export interface DocumentGeneration {
  result: FileGeneration;
  /** The document version the edits were computed against. */
  version: number;
}

export class UnsupportedDocumentError extends Error {
  constructor(languageId: string) {
    super(`Docwright documents Python, TypeScript and JavaScript; this document's language is '${languageId}'.`);
  }
}

/** JavaScript has no annotations: ask the language service for the types it infers. */
function hoverTypes(document: vscode.TextDocument, toDocument: (offset: number) => number = (o) => o): Describer {
  return async (symbol: SymbolFact, doc: Docstring) => {
    const params = await Promise.all(
      doc.params.map(async (p) => {
        const fact = symbol.params.find((f) => f.name === p.name);
        if (p.type || !fact || fact.offset === undefined) return p;
        const type = await hoverType(document, toDocument(fact.offset));
        return type ? { ...p, type } : p;
      }),
    );
    return { ...doc, params };
  };
}

/** What both pipelines read from a document and the settings, at the version they compute against. */
async function documentInputs(document: vscode.TextDocument) {
  const languageId = document.languageId;
  if (!isSupportedLanguage(languageId)) throw new UnsupportedDocumentError(languageId);
  const config = await documentConfig(document);
  const pack = packFor(languageId);
  return {
    languageId,
    config,
    version: document.version,
    text: document.getText(),
    style: config[pack.styleSetting],
    projectStyle: pack.projectConvention ? await projectStyleFor(document) : undefined,
  };
}

/** The pipeline's settings for a document, as every run reads them: its style, types, quotes, template. */
async function pipelineSettings(document: vscode.TextDocument, inputs: Pick<Awaited<ReturnType<typeof documentInputs>>, 'config' | 'style' | 'projectStyle'>): Promise<ApplySettings> {
  const { config, style, projectStyle } = inputs;
  return {
    style,
    projectStyle,
    types: config.types,
    quote: config.quoteStyle,
    mentionDefaults: config.mentionDefaults,
    template: await userTemplateFor(document, config),
    onTemplateRejected: (_symbol, reason) => templateRejected(reason),
    fileOverview: config.fileOverview,
  };
}

/** What the after-run notice says when a described docstring gave way to its template. */
const UNPLACEABLE = "The model's answer could not be written as a docstring that parses, so the template was written instead. Try again, or another model.";

/** Each describer in turn on the previous one's result (hover types first, then the AI's descriptions). */
function compose(describers: Describer[]): Describer | undefined {
  if (describers.length <= 1) return describers[0];
  return async (symbol, doc, signal) => {
    for (const describe of describers) doc = await describe(symbol, doc, signal);
    return doc;
  };
}

/**
 * Docstrings for the `select`ed symbols (default: every undocumented one) of the document as it is
 * now. With `ai`, the model writes the descriptions (a symbol it cannot describe keeps its template;
 * the run's events say which) and up to `ai.concurrency` symbols are described at once.
 */
export async function generateForDocument(
  document: vscode.TextDocument,
  select: ((symbol: SymbolFact) => boolean) | undefined,
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
  ai?: AiRun,
): Promise<DocumentGeneration> {
  const { languageId, config, version, text, style, projectStyle } = await documentInputs(document);
  const usesHover = config.useLanguageServices && packFor(languageId).typesFromHover(languageId) && config.types !== 'never';
  const describers: Describer[] = usesHover ? [hoverTypes(document)] : [];
  let describeMany: GroupDescriber | undefined;
  if (ai) {
    const { createAiGroupDescriber } = await loadAi();
    // The style the file will be written in, as the pipeline resolves it: part of the prompt and the cache key.
    const { symbols } = await extractSymbols(text, languageId);
    const resolved = resolveStyle(style, languageId, symbols, projectStyle);
    const aiDescribers = createAiGroupDescriber({
      client: ai.client,
      model: ai.model,
      source: text,
      style: resolved,
      cache: ai.cache,
      language: ai.language,
      refresh: ai.refresh,
      groupSize: ai.groupSize,
      onEvent: (e) => ai.onEvent(e),
      onAttempt: (a) => ai.onAttempt(a),
      onRequest: (phase, id) => ai.onRequest(phase, id),
      gate: () => ai.gate(),
      guard: ai.guard,
    });
    // The hover types go in first, then the AI describes the group.
    const before = compose(describers);
    describeMany = async (items, signal) => {
      const typed = before ? await Promise.all(items.map(async (i) => ({ symbol: i.symbol, template: await before(i.symbol, i.template, signal) }))) : items;
      return aiDescribers.describeMany(typed, signal);
    };
    describers.push(aiDescribers.describe);
  }
  const result = await generateDocstrings(text, languageId, {
    ...(await pipelineSettings(document, { config, style, projectStyle })),
    select,
    describe: compose(describers),
    describeMany,
    groupSize: ai?.groupSize,
    signal,
    onProgress,
    concurrency: ai ? ai.concurrency : undefined,
    // The answer was read but its docstring could not be placed: the template was written, a fallback like any other.
    onDescriptionRejected: ai ? (symbol, reason) => ai.onEvent({ kind: 'fallback', symbol, error: new ModelError({ category: 'invalid_response', message: reason, userMessage: UNPLACEABLE }) }) : undefined,
  });
  return { result, version };
}

/** What a batch job sends of a document: its text as it is now and the style it is written in, resolved as a run resolves it. */
export interface BatchDocument {
  language: LanguageId;
  text: string;
  style: DocStyle;
  fileOverview: boolean;
  mentionDefaults: boolean;
}

export async function batchDocument(document: vscode.TextDocument): Promise<BatchDocument> {
  const { languageId, config, text, style, projectStyle } = await documentInputs(document);
  const { symbols } = await extractSymbols(text, languageId);
  return { language: languageId, text, style: resolveStyle(style, languageId, symbols, projectStyle), fileOverview: config.fileOverview, mentionDefaults: config.mentionDefaults };
}

/**
 * The document as it is now and the pipeline's settings for it (style, types, quotes, template),
 * read as a file run reads them: what a batch's answers are applied with.
 */
export async function batchApplyInputs(document: vscode.TextDocument): Promise<{ version: number; text: string; language: LanguageId; settings: ApplySettings }> {
  const { languageId, config, version, text, style, projectStyle } = await documentInputs(document);
  return {
    version,
    text,
    language: languageId,
    settings: await pipelineSettings(document, { config, style, projectStyle }),
  };
}

/**
 * The docstring asked for by typing its opener just before `offset` (`"""` under a def, `/**` above a
 * function), as a replacement of the typed line; undefined when the completion is off, the opener is
 * not where a docstring goes, or the document changed meanwhile. Templates only: a completion
 * answers while the person types, and a model would keep them waiting.
 */
export async function typedDocstringFor(document: vscode.TextDocument, offset: number): Promise<TypedDocstring | undefined> {
  const version = document.version;
  const { languageId, config, text, style, projectStyle } = await documentInputs(document);
  if (!config.completionEnabled || document.version !== version) return undefined;
  const site = docstringSite(text, offset, packFor(languageId).typing);
  if (!site) return undefined;
  const usesHover = config.useLanguageServices && packFor(languageId).typesFromHover(languageId) && config.types !== 'never';
  return docstringAtSite(text, site, languageId, {
    style,
    projectStyle,
    types: config.types,
    // The quotes the person typed, whatever the setting says.
    quote: site.opener === "'''" ? "'''" : site.opener === '"""' ? '"""' : config.quoteStyle,
    // The lightbulb's text: the same defaults and user template.
    mentionDefaults: config.mentionDefaults,
    template: await userTemplateFor(document, config),
    onTemplateRejected: (_symbol, reason) => templateRejected(reason),
    describe: usesHover ? hoverTypes(document, site.toDocument) : undefined,
  });
}

/**
 * "Update docstring": bring the `select`ed documented symbols' docstrings in line with their
 * signatures, keeping what a person wrote; without `select`, every symbol with a finding the
 * current severities report.
 */
export async function updateForDocument(document: vscode.TextDocument, select: ((symbol: SymbolFact) => boolean) | undefined): Promise<DocumentGeneration> {
  const { languageId, config, version, text, style, projectStyle } = await documentInputs(document);
  const result = await updateDocstrings(text, languageId, { style, projectStyle, severities: config.validationSeverity, quote: config.quoteStyle, mentionDefaults: config.mentionDefaults, select });
  return { result, version };
}
