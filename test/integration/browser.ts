// Browser bridge client: lets a test in the extension host look at the rendered workbench (text
// of a status bar item as drawn, a webview's DOM, screenshots, key presses), which only the
// runner driving the browser can see. Requests go through files in $DOCWRIGHT_TEST_BRIDGE:
// this client writes req-<id>.json (atomically: tmp file + rename); scripts/run-integration.mjs
// runs them one at a time against its Playwright page and answers with res-<id>.json =
// {ok: true, value} | {ok: false, error}. Outside that runner (e.g. desktop VS Code through
// @vscode/test-electron) the variable is unset: check browserBridgeAvailable() and this.skip().
import * as fs from 'fs';
import * as path from 'path';

/** Where to look for a selector: the workbench page itself, or the frames of webviews. */
export type BridgeFrame = 'workbench' | 'webview';

export interface BridgeOptions {
  /** 'workbench' (default): the main page. 'webview': the first frame (of all nested iframes) where the selector matches. */
  frame?: BridgeFrame;
  /** How long the runner waits for the selector (default 10000 ms). */
  timeoutMs?: number;
}

export interface WaitOptions extends BridgeOptions {
  /** 'visible' (default) or 'attached' (present in the DOM, maybe hidden). */
  state?: 'visible' | 'attached';
}

export interface ScreenshotOptions extends BridgeOptions {
  /**
   * Only this element (in the workbench). With frame 'webview': the whole webview that contains
   * a match of the selector (default 'body', i.e. the first webview) is shot as the workbench
   * shows it, through the outer <iframe> of its panel.
   */
  selector?: string;
}

const DEFAULT_TIMEOUT_MS = 10000;
/** Extra time the client waits beyond the op's own timeout (runner polling, queued requests). */
const RESPONSE_GRACE_MS = 15000;
const POLL_MS = 50;

let seq = 0;

/** The bridge folder, or undefined when the tests do not run under scripts/run-integration.mjs. */
export function browserBridgeDir(): string | undefined {
  const dir = process.env.DOCWRIGHT_TEST_BRIDGE;
  return dir && fs.existsSync(dir) ? dir : undefined;
}

/** True when a runner that drives the browser answers bridge requests (code-server + Chromium). */
export function browserBridgeAvailable(): boolean {
  return browserBridgeDir() !== undefined;
}

interface BridgeResponse {
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** Sends one request and waits for its answer; throws `browser bridge: <op> <target> failed: ...`. */
async function request<T>(op: string, target: string, args: Record<string, unknown>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const fail = (why: string): Error => new Error(`browser bridge: ${op}${target ? ` ${target}` : ''} failed: ${why}`);
  const dir = browserBridgeDir();
  if (!dir) throw fail('no bridge (DOCWRIGHT_TEST_BRIDGE is not set: the tests are not run by scripts/run-integration.mjs; check browserBridgeAvailable() and skip)');
  const id = `${Date.now().toString(36)}-${process.pid}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
  const reqFile = path.join(dir, `req-${id}.json`);
  const resFile = path.join(dir, `res-${id}.json`);
  const tmp = `${reqFile}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ id, op, args, timeoutMs, sentAt: Date.now(), seq }));
  fs.renameSync(tmp, reqFile);

  const deadline = Date.now() + timeoutMs + RESPONSE_GRACE_MS;
  for (;;) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(resFile, 'utf8');
    } catch {
      /* not answered yet */
    }
    if (text !== undefined) {
      fs.rmSync(resFile, { force: true });
      let res: BridgeResponse;
      try {
        res = JSON.parse(text) as BridgeResponse;
      } catch (e) {
        throw fail(`unreadable response: ${(e as Error).message}`);
      }
      if (!res.ok) throw fail(res.error ?? 'unknown error');
      return res.value as T;
    }
    if (Date.now() >= deadline) {
      fs.rmSync(reqFile, { force: true });
      throw fail(`no response from the runner within ${timeoutMs + RESPONSE_GRACE_MS} ms (is scripts/run-integration.mjs still driving the browser?)`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The element's innerText (waits until the selector matches). */
export function textOf(selector: string, opts: BridgeOptions = {}): Promise<string> {
  return request<string>('textOf', selector, { selector, frame: opts.frame }, opts.timeoutMs);
}

/**
 * The element's innerText once it matches `pattern`: notifications come and go (a progress toast
 * may still show when a test looks), so the text is read until it says what is expected.
 */
export async function textMatching(selector: string, pattern: RegExp, opts: BridgeOptions = {}): Promise<string> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10000);
  let last = '';
  for (;;) {
    last = await textOf(selector, { ...opts, timeoutMs: Math.max(1000, deadline - Date.now()) });
    if (pattern.test(last)) return last;
    if (Date.now() >= deadline) throw new Error(`${selector} never read ${pattern}; last read:\n${last}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** An attribute of the element (null when it has none; waits until the selector matches). */
export function attributeOf(selector: string, name: string, opts: BridgeOptions = {}): Promise<string | null> {
  return request<string | null>('attributeOf', `${selector} [${name}]`, { selector, name, frame: opts.frame }, opts.timeoutMs);
}

/** Resolves once the selector matches (visible by default); rejects after the timeout. */
export async function waitForSelector(selector: string, opts: WaitOptions = {}): Promise<void> {
  await request<boolean>('waitForSelector', selector, { selector, frame: opts.frame, state: opts.state ?? 'visible' }, opts.timeoutMs);
}

/** Clicks the first visible match of the selector; `button: 'right'` opens its context menu. */
export async function click(selector: string, opts: BridgeOptions & { button?: 'left' | 'right' } = {}): Promise<void> {
  await request<boolean>('click', selector, { selector, frame: opts.frame, button: opts.button }, opts.timeoutMs);
}

/**
 * Saves a PNG to $DOCWRIGHT_TEST_ARTIFACTS/screenshots/<name>.png (test-results/screenshots/) and
 * returns its path: the whole page, one workbench element (`selector`), or a webview (`frame: 'webview'`).
 */
export function screenshot(name: string, opts: ScreenshotOptions = {}): Promise<string> {
  return request<string>('screenshot', opts.selector ? `${name} (${opts.selector})` : name, { name, selector: opts.selector, frame: opts.frame }, opts.timeoutMs);
}

/**
 * Text of a status bar entry as drawn, with codicons written as `$(name)` (e.g. "$(book) Docwright").
 * `idOrName`: the element id VS Code gives the entry, "<extension id>.<item id>" (e.g.
 * "docwright.docwright.bridge-probe"), just the item id ("bridge-probe"), or its accessibility label.
 */
export function statusBarItemText(idOrName: string, opts: Pick<BridgeOptions, 'timeoutMs'> = {}): Promise<string> {
  return request<string>('statusBarItemText', idOrName, { id: idOrName }, opts.timeoutMs);
}

/** Presses keys in the page, one after the other (Playwright names: 'Escape', 'Enter', 'Control+Shift+P'). */
/** The browser's storage as text per place (`indexedDB:<name>`, `localStorage`): VS Code for the web keeps Mementos there. */
export async function browserStorage(opts: Pick<BridgeOptions, 'timeoutMs'> = {}): Promise<Record<string, string>> {
  return request<Record<string, string>>('browserStorage', '', {}, opts.timeoutMs);
}

/** Moves the mouse over the element (shows its tooltip or hover). */
export async function hover(selector: string, opts: BridgeOptions = {}): Promise<void> {
  await request<boolean>('hover', selector, { selector, frame: opts.frame }, opts.timeoutMs);
}

/** Resizes the page (the runner starts at 1400×900; restore it after). */
export async function setViewport(width: number, height: number, opts: Pick<BridgeOptions, 'timeoutMs'> = {}): Promise<void> {
  await request<boolean>('setViewport', `${width}x${height}`, { width, height }, opts.timeoutMs);
}

/** Types `text` into the focused element (an input box); the text is not logged by the runner. */
export async function typeText(text: string, opts: Pick<BridgeOptions, 'timeoutMs'> = {}): Promise<void> {
  await request<boolean>('typeText', '<text>', { text }, opts.timeoutMs);
}

export async function pressKeys(keys: string | string[], opts: Pick<BridgeOptions, 'timeoutMs'> = {}): Promise<void> {
  const list = Array.isArray(keys) ? keys : [keys];
  await request<boolean>('pressKeys', list.join(' '), { keys: list }, opts.timeoutMs);
}
