/**
 * "Docwright: Show Metrics": one webview panel that draws the metrics store's snapshots. The page
 * (src/webview/metrics, bundled to dist/webview/metrics.js) and this host speak only the protocol of
 * src/shared/metricsProtocol.ts: nothing is posted before the page says `ready`; then a snapshot on
 * every change (at most one per 250 ms) and one a second while the panel is visible (memory and
 * the rate limiter change without events). The page posts `export` and `reset` back.
 */
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { metricsToCsv, metricsToJson } from '../core/metrics/export';
import { dayKey } from '../core/metrics/persist';
import type { MetricsSnapshot } from '../core/metrics/types';
import { isViewMessage, type ExportFormat, type HostMessage, type ViewMessage } from '../shared/metricsProtocol';
import { error as logError, info } from '../adapters/log';

/** What the panel draws and acts on (the window's metrics store, in src/features/metrics.ts). */
export interface MetricsSource {
  snapshot(): MetricsSnapshot;
  onDidChange(listener: () => void): { dispose(): void };
  reset(): void;
}

const VIEW_TYPE = 'docwright.metrics';
const TITLE = 'Docwright Metrics';
/** At most one snapshot per this many ms for change events (the last change always gets posted). */
const THROTTLE_MS = 250;
/** A snapshot this often while the panel is visible, changes or not. */
const TICK_MS = 1000;

const RESET_QUESTION = "Reset all Docwright metrics? Today's totals, the daily history and the session counts are deleted. This cannot be undone.";

export class MetricsPanel {
  private static instance: MetricsPanel | undefined;

  /** Opens the metrics panel, or reveals it when it is open already. */
  static show(extensionUri: vscode.Uri, source: MetricsSource): MetricsPanel {
    const open = MetricsPanel.instance;
    if (open) {
      open.panel.reveal();
      return open;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
      retainContextWhenHidden: false,
    });
    MetricsPanel.instance = new MetricsPanel(panel, extensionUri, source);
    return MetricsPanel.instance;
  }

  static current(): MetricsPanel | undefined {
    return MetricsPanel.instance;
  }

  private readonly subscriptions: vscode.Disposable[] = [];
  /** The page said `ready` and has not been unloaded since (hiding the panel unloads it). */
  private ready = false;
  private disposed = false;
  private lastPostAt = 0;
  private throttle: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly source: MetricsSource,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.html = pageHtml(panel.webview, extensionUri);
    this.subscriptions.push(
      panel.onDidDispose(() => this.cleanUp()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => this.visibilityChanged()),
    );
    const change = source.onDidChange(() => this.schedule());
    this.subscriptions.push({ dispose: () => change.dispose() });
  }

  /** Closes the panel (its listeners and timers go with it). */
  dispose(): void {
    if (this.disposed) return;
    this.panel.dispose(); // fires onDidDispose -> cleanUp
    this.cleanUp();
  }

  private cleanUp(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.ready = false;
    this.stopTimers();
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    if (MetricsPanel.instance === this) MetricsPanel.instance = undefined;
  }

  private stopTimers(): void {
    clearTimeout(this.throttle);
    this.throttle = undefined;
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private receive(message: unknown): void {
    if (this.disposed || !isViewMessage(message)) return;
    void this.handle(message);
  }

  private async handle(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // The first load, or a reload after the panel was hidden and shown again.
        this.ready = true;
        this.postSnapshot();
        this.startTicker();
        return;
      case 'export':
        try {
          const target = await exportMetrics(this.source, message.format);
          if (target) this.post({ type: 'notice', text: `Saved to ${describe(target)}`, level: 'info' });
        } catch (err) {
          logError('exporting the metrics failed', err);
          this.post({ type: 'notice', text: `Export failed: ${messageOf(err)}`, level: 'error' });
        }
        return;
      case 'reset':
        try {
          if (await resetMetrics(this.source)) {
            this.post({ type: 'notice', text: 'Metrics reset.', level: 'info' });
            this.schedule();
          }
        } catch (err) {
          logError('resetting the metrics failed', err);
          this.post({ type: 'notice', text: `Reset failed: ${messageOf(err)}`, level: 'error' });
        }
        return;
    }
  }

  private visibilityChanged(): void {
    if (this.disposed) return;
    if (this.panel.visible) {
      // A page that was unloaded says `ready` again on reload; one that was not keeps ticking.
      if (this.ready) this.startTicker();
      return;
    }
    // Hidden: the page is unloaded (retainContextWhenHidden is off); post nothing until it is back.
    this.ready = false;
    this.stopTimers();
  }

  private startTicker(): void {
    if (this.ticker || this.disposed) return;
    this.ticker = setInterval(() => {
      if (this.ready && this.panel.visible) this.postSnapshot();
    }, TICK_MS);
  }

  /** A change: post soon, but at most one snapshot per THROTTLE_MS, and always the latest. */
  private schedule(): void {
    if (!this.ready || this.disposed || this.throttle) return;
    const wait = Math.max(0, this.lastPostAt + THROTTLE_MS - Date.now());
    this.throttle = setTimeout(() => {
      this.throttle = undefined;
      this.postSnapshot();
    }, wait);
  }

  private postSnapshot(): void {
    clearTimeout(this.throttle);
    this.throttle = undefined;
    if (!this.ready || this.disposed) return;
    this.lastPostAt = Date.now();
    let snapshot: MetricsSnapshot;
    try {
      snapshot = this.source.snapshot();
    } catch (err) {
      logError('taking a metrics snapshot failed', err);
      return;
    }
    this.post({ type: 'snapshot', snapshot });
  }

  private post(message: HostMessage): void {
    if (this.disposed) return;
    this.panel.webview.postMessage(message).then(undefined, (err: unknown) => logError('posting to the metrics view failed', err));
  }
}

/** The page: the bundled script and the stylesheet, under a CSP that allows nothing else. */
function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'metrics.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'metrics.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${TITLE}</title>
</head>
<body>
<main id="metrics" data-docwright-metrics aria-busy="true"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function describe(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Writes the metrics as JSON or CSV to `target`, or where the user picks (the save dialog offers
 * `docwright-metrics-YYYY-MM-DD.<format>` in the first workspace folder). Returns where it wrote,
 * undefined when the dialog was cancelled.
 */
export async function exportMetrics(source: MetricsSource, format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const name = `docwright-metrics-${dayKey(Date.now())}.${format}`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir());
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Docwright: Export Metrics',
      saveLabel: 'Export',
      defaultUri: vscode.Uri.joinPath(folder, name),
      filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
    }));
  if (!uri) return undefined;
  const snapshot = source.snapshot();
  const text = format === 'json' ? metricsToJson(snapshot) : metricsToCsv(snapshot);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  info(`metrics exported as ${format.toUpperCase()} to ${describe(uri)}`);
  return uri;
}

/** Asks (modal) and resets every metric; true when they were reset. */
export async function resetMetrics(source: MetricsSource): Promise<boolean> {
  const answer = await vscode.window.showWarningMessage(RESET_QUESTION, { modal: true }, 'Reset');
  if (answer !== 'Reset') return false;
  source.reset();
  info('metrics reset');
  return true;
}
