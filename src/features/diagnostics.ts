/**
 * Validation as diagnostics: every open Python/TS/JS document is checked on open, and on edit
 * after a pause in typing, never on the keystroke itself. A result computed for a version the
 * document has since left is dropped; a newer run is already scheduled.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, RULES_DOC_URL } from '../core/constants';
import { isSupportedLanguage, packFor } from '../languages';
import { SourceParseError } from '../core/generate/generateFile';
import { validateText, type Finding, type Severity } from '../core/validate';
import type { DocumentIndex, WorkTimer } from './documentIndex';
import { rangeOf } from '../adapters/documents';
import { error, info } from '../adapters/log';
import { documentConfig, projectStyleFor, watchProjectConfig } from '../adapters/project';

/** Quiet time after the last edit before a document is validated again. */
export const VALIDATION_DEBOUNCE_MS = 400;

const SEVERITY: Record<Exclude<Severity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const RULES_TARGET = vscode.Uri.parse(RULES_DOC_URL);

/** The findings behind one document's diagnostics, for the quick fixes. */
export interface ValidatedDocument {
  version: number;
  findings: readonly Finding[];
}

/** The documents validation looks at: supported languages, on disk or untitled. */
function isValidated(document: vscode.TextDocument): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && isSupportedLanguage(document.languageId);
}

/** Same code and same range: how a diagnostic handed back by the editor is matched to its finding. */
export function findingFor(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const candidates = findings.filter((f) => f.code === code);
  return (
    candidates.find((f) => rangeOf(document, f.start, f.end).isEqual(diagnostic.range)) ??
    candidates.find((f) => f.message === diagnostic.message) ??
    candidates.find((f) => rangeOf(document, f.start, f.end).intersection(diagnostic.range) !== undefined)
  );
}

export class DocstringDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, ValidatedDocument>();
  private readonly subscriptions: vscode.Disposable[];
  private sizeNoticeShown = false;

  constructor(private readonly index: DocumentIndex, private readonly onWork?: WorkTimer) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, VALIDATION_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('docwright')) this.validateAll();
      }),
      // docwright.toml / pyproject.toml / package.json edited: the project's settings apply at once.
      watchProjectConfig(() => this.validateAll()),
    ];
    this.validateAll();
  }

  /** Findings of the document's current version, validating now when the last run is stale (a quick-fix request). */
  async findings(document: vscode.TextDocument): Promise<ValidatedDocument | undefined> {
    const known = this.results.get(document.uri.toString());
    if (known && known.version === document.version) return known;
    return this.run(document);
  }

  /** Every open document, soon (after activation and when a setting changes). */
  private validateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isValidated(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, delayMs),
    );
  }

  /** Validate `document` as it is now and publish the result, unless it changed or closed meanwhile. Never throws. */
  private async run(document: vscode.TextDocument): Promise<ValidatedDocument | undefined> {
    const uri = document.uri;
    const languageId = document.languageId;
    if (document.isClosed || !isValidated(document) || !isSupportedLanguage(languageId)) return undefined;
    const version = document.version;
    try {
      const config = await documentConfig(document);
      if (!config.validationEnabled) {
        this.clear(uri);
        return undefined;
      }
      const text = document.getText();
      const size = Buffer.byteLength(text, 'utf8');
      if (size > config.validationMaxFileSize) {
        this.clear(uri);
        this.noticeTooLarge(uri, size, config.validationMaxFileSize);
        return undefined;
      }
      // The lightbulb's index has (or makes) the extraction of this version: shared, not parsed again.
      const extracted = this.index.symbols(document);
      const pack = packFor(languageId);
      const projectStyle = pack.projectConvention ? await projectStyleFor(document) : undefined;
      const symbols = await extracted;
      const startedAt = performance.now();
      const { findings } = await validateText(text, languageId, {
        style: config[pack.styleSetting],
        projectStyle,
        severities: config.validationSeverity,
      }, symbols);
      this.onWork?.('validate', performance.now() - startedAt);
      if (document.isClosed || document.version !== version) return undefined;
      const result = { version, findings };
      this.results.set(uri.toString(), result);
      this.collection.set(uri, findings.flatMap((f) => this.diagnostic(document, f)));
      return result;
    } catch (err) {
      if (document.version !== version) return undefined;
      // A syntax error is the language server's to report; the last diagnostics would point at stale text.
      if (!(err instanceof SourceParseError)) error(`validating ${uri.fsPath || uri.toString()} failed`, err);
      this.clear(uri);
      return undefined;
    }
  }

  private diagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic[] {
    if (finding.severity === 'off') return [];
    const diagnostic = new vscode.Diagnostic(rangeOf(document, finding.start, finding.end), finding.message, SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.code, target: RULES_TARGET };
    return [diagnostic];
  }

  private noticeTooLarge(uri: vscode.Uri, size: number, limit: number): void {
    info(`not validating ${uri.fsPath || uri.toString()}: ${size} bytes, over docwright.validation.maxFileSize (${limit})`);
    if (this.sizeNoticeShown) return;
    this.sizeNoticeShown = true;
    const name = uri.path.split('/').pop();
    void vscode.window
      .showInformationMessage(
        `Docwright does not check the docstrings of ${name} (${size} bytes): files larger than the setting docwright.validation.maxFileSize (${limit} bytes) are skipped.`,
        'Open Settings',
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'docwright.validation.maxFileSize');
      });
  }

  private clear(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.collection.delete(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.clear(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
