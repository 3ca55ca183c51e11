/**
 * The "Docwright: Show Metrics" page (bundled by esbuild.mjs to dist/webview/metrics.js; the host is
 * src/features/metricsPanel.ts). It only draws: every number comes from the extension as a
 * `snapshot` message, and the buttons post `export` / `reset` back (src/shared/metricsProtocol.ts).
 */
import { isHostMessage, type ViewMessage } from '../../shared/metricsProtocol';
import { createDashboard } from './render';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function rootElement(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-docwright-metrics]');
  if (existing) return existing;
  const created = document.createElement('main');
  created.setAttribute('data-docwright-metrics', '');
  document.body.append(created);
  return created;
}

const dashboard = createDashboard(rootElement(), (message) => vscode.postMessage(message));

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isHostMessage(message)) return;
  if (message.type === 'notice') {
    dashboard.notice(message.text, message.level === 'error' ? 'error' : 'info');
    return;
  }
  try {
    dashboard.render(message.snapshot);
  } catch (err) {
    // A snapshot of an unexpected shape must not leave the page blank without a word.
    console.error('Docwright metrics: could not draw the snapshot', err);
    dashboard.notice(`Could not draw the metrics: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
});

vscode.postMessage({ type: 'ready' });
