/**
 * The metrics page's layout: a header with the actions, KPI tiles, then cards with charts and
 * tables. The skeleton is built once (so the buttons keep keyboard focus); each snapshot replaces
 * the content of the tiles and cards whose numbers changed. Every shown number carries a stable
 * `data-metric` attribute; the root gets `data-rendered-at="<takenAt>"` after each render.
 */
import type { BudgetLevel, DayTotals, MetricErrorCategory, MetricsSnapshot, Percentiles, RateLimitState, Totals } from '../../core/metrics/types';
import { formatBytes, formatMs, formatPercent, formatTokens, formatUsd } from '../../core/metrics/format';
import type { ExportFormat, ViewMessage } from '../../shared/metricsProtocol';
import { cacheRing, errorBars, latencyHistogram, progressBar, tokensPerDayChart, type DayBar, type ErrorRow } from './charts';
import { h, int, metric, update, type Child } from './dom';

export interface Dashboard {
  render(snapshot: MetricsSnapshot): void;
  notice(text: string, level: 'info' | 'error'): void;
}

const ERROR_LABELS: Record<MetricErrorCategory, string> = {
  auth: 'Authentication',
  rate_limit: 'Rate limited',
  quota: 'Quota exceeded',
  timeout: 'Timeout',
  network: 'Network',
  server: 'Server error',
  bad_request: 'Bad request',
  invalid_response: 'Invalid response',
  cancelled: 'Cancelled',
  budget: 'Budget stop',
};

const PROVIDER_LABELS: Record<string, string> = { openai: 'OpenAI', azure: 'Azure OpenAI', compatible: 'OpenAI-compatible', none: 'AI off' };

const FALLBACK_WIDTH = 560;

interface Card {
  root: HTMLElement;
  note: HTMLElement;
  body: HTMLElement;
  foot: HTMLElement;
}

/** `size` says how much of a row the card takes on a wide page (see .cards in media/metrics.css). */
function card(id: string, title: string, size: 'wide' | 'half' | 'third'): Card {
  const headingId = `card-${id}-title`;
  const note = h('span', { class: 'card-note' });
  const body = h('div', { class: 'card-body' });
  const foot = h('div', { class: 'card-foot' });
  const root = h('section', { class: `card card-${size}`, id: `card-${id}`, 'aria-labelledby': headingId },
    h('header', { class: 'card-head' }, h('h2', { id: headingId }, title), note),
    body,
    foot,
  );
  return { root, note, body, foot };
}

/** `explains` is the tile's tooltip: what its numbers count. */
function tile(id: string, label: string, explains: string): HTMLElement {
  return h('article', { class: 'tile', id: `tile-${id}`, 'aria-label': label, title: explains });
}

function tileContent(label: string, value: Child, ...sub: Child[]): Child[] {
  return [h('div', { class: 'tile-label' }, label), h('div', { class: 'tile-value' }, value), sub.length > 0 ? h('div', { class: 'tile-sub' }, ...sub) : null];
}

function legendItem(swatch: string, label: string, value?: Child, title?: string): HTMLElement {
  return h('span', { class: 'legend-item', title }, h('span', { class: `swatch swatch-${swatch}`, 'aria-hidden': 'true' }), label, value !== undefined ? ' ' : null, value ?? null);
}

function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

function widthOf(element: HTMLElement): number {
  const width = Math.floor(element.clientWidth);
  return width > 0 ? width : FALLBACK_WIDTH;
}

/** A labelled progress bar for screen readers (role="progressbar") around the SVG bar. */
function meter(label: string, percent: number, level: BudgetLevel | 'neutral'): HTMLElement {
  return h('div', {
    class: 'meter',
    role: 'progressbar',
    'aria-label': label,
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-valuenow': Math.round(Math.min(100, Math.max(0, percent))),
  }, progressBar(percent / 100, level));
}

function levelOf(percent: number | undefined, warnAt: number): BudgetLevel {
  if (percent === undefined) return 'ok';
  return percent >= 100 ? 'over' : percent >= warnAt ? 'warn' : 'ok';
}

function shortDate(date: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  if (!y || !mo || !d) return date;
  return new Date(y, mo - 1, d).toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}

function timeOf(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

function addDays(date: string, n: number): string {
  const [y, mo, d] = date.split('-').map(Number);
  const next = new Date(y, mo - 1, d + n, 12);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`;
}

/** The kept days from the first with use to today, the days without use filled in with zeros. */
export function dayBars(days: DayTotals[], today: DayTotals, maxDays = 31): DayBar[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  byDate.set(today.date, today);
  const dates = [...byDate.keys()].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d <= today.date).sort();
  const first = dates.length > 0 ? dates[0] : today.date;
  const all: string[] = [];
  for (let date = first; date <= today.date && all.length < 400; date = addDays(date, 1)) all.push(date);
  return all.slice(-maxDays).map((date) => {
    const d = byDate.get(date);
    return {
      date,
      label: date === today.date ? 'Today' : shortDate(date),
      prompt: d?.promptTokens ?? 0,
      completion: d?.completionTokens ?? 0,
      costUsd: d?.costUsd ?? 0,
      requests: d?.requests ?? 0,
      today: date === today.date,
    };
  });
}

function errorRows(errors: Totals['errors']): ErrorRow[] {
  return Object.entries(errors)
    .filter((entry): entry is [MetricErrorCategory, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .map(([key, count]) => ({
      key,
      label: ERROR_LABELS[key] ?? key,
      count,
      tone: key === 'budget' ? ('warn' as const) : key === 'cancelled' ? ('muted' as const) : ('error' as const),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function createDashboard(root: HTMLElement, post: (message: ViewMessage) => void): Dashboard {
  // --- Skeleton (built once) ------------------------------------------------------------------
  const meta = h('p', { class: 'meta' });
  const noticeBox = h('span', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  // The visible text is the accessible name; the title says a little more on hover.
  const button = (label: string, title: string, message: ViewMessage, secondary: boolean) => {
    const b = h('button', { type: 'button', class: secondary ? 'secondary' : undefined, title }, label);
    b.addEventListener('click', () => post(message));
    return b;
  };
  // One primary action per view (VS Code's webview guidelines): JSON, the export that keeps everything.
  const exportButton = (format: ExportFormat) => button(`Export ${format.toUpperCase()}`, `Save the metrics to a ${format.toUpperCase()} file`, { type: 'export', format }, format !== 'json');
  const header = h('header', { class: 'top' },
    h('div', { class: 'heading' }, h('h1', {}, 'Docwright Metrics'), meta),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Metrics actions' },
      noticeBox,
      exportButton('json'),
      exportButton('csv'),
      button('Reset…', 'Delete all Docwright metrics (asks first)', { type: 'reset' }, true),
    ),
  );

  const tiles = {
    tokens: tile('tokens', "Today's tokens", 'Tokens the server reported today: prompt (the code and instructions sent) plus completion (the descriptions written).'),
    cost: tile('cost', "Today's cost", "Today's tokens at the model's price (docwright.ai.prices overrides the built-in prices); tokens of a model without a known price are counted, not priced."),
    requests: tile('requests', "Today's requests", 'Model requests today, one per symbol asked; a retry is another attempt of the same request; a template fallback is a symbol that got a template because the model failed.'),
    latency: tile('latency', 'p95 latency today', 'Time from sending a request to its answer, answered attempts only: 95 % of them (p95), half of them (p50), 99 % of them (p99) took at most this long.'),
    budget: tile('budget', 'Daily budget', "Today's use as a share of docwright.budget.dailyTokens and docwright.budget.dailyCostUsd."),
    inFlight: tile('in-flight', 'Requests in flight', 'Model requests sent and not answered yet, and those waiting for the rate limiter (docwright.ai.maxConcurrency, requestsPerMinute, tokensPerMinute).'),
    session: tile('session', 'This session', 'Tokens, cost and requests since this window started (or since the metrics were reset).'),
    memory: tile('memory', 'Extension host memory', "Memory of the extension host process all extensions share: the JavaScript heap in use, and the process's resident memory."),
  };
  const kpis = h('section', { class: 'kpis', 'aria-label': 'Today at a glance' }, ...Object.values(tiles));

  const cards = {
    tokens: card('tokens', 'Tokens per day', 'wide'),
    latency: card('latency', 'Latency today', 'half'),
    rate: card('rate-limit', 'Rate limit now', 'half'),
    errors: card('errors', 'Errors today', 'third'),
    cache: card('cache', 'Description cache', 'third'),
    work: card('work', 'Editor work', 'third'),
    totals: card('totals', 'Totals', 'wide'),
  };
  const grid = h('div', { class: 'cards' }, ...Object.values(cards).map((c) => c.root));
  const waiting = h('p', { class: 'waiting' }, 'Waiting for metrics…');
  root.replaceChildren(header, waiting);

  let last: MetricsSnapshot | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  // --- Sections ------------------------------------------------------------------------------
  function renderTiles(snap: MetricsSnapshot): void {
    const t = snap.today;
    const todayTokens = t.promptTokens + t.completionTokens;
    update(tiles.tokens, JSON.stringify([t.promptTokens, t.completionTokens]), () =>
      tileContent("Today's tokens", metric('today-tokens', formatTokens(todayTokens)),
        metric('today-prompt-tokens', int(t.promptTokens)), ' prompt · ', metric('today-completion-tokens', int(t.completionTokens)), ' completion'),
    );
    update(tiles.cost, JSON.stringify([t.costUsd, t.unpricedTokens, t.cachedTokens]), () =>
      tileContent("Today's cost", metric('today-cost', formatUsd(t.costUsd)),
        ...(t.unpricedTokens > 0
          ? [metric('today-unpriced-tokens', formatTokens(t.unpricedTokens)), ' tokens without a price']
          : [metric('today-cached-tokens', formatTokens(t.cachedTokens)), ' prompt tokens from cache'])),
    );
    update(tiles.requests, JSON.stringify([t.requests, t.retries, t.fallbacks]), () =>
      tileContent("Today's requests", metric('today-requests', int(t.requests)),
        metric('today-retries', int(t.retries)), t.retries === 1 ? ' retry · ' : ' retries · ',
        metric('today-fallbacks', int(t.fallbacks)), t.fallbacks === 1 ? ' template fallback' : ' template fallbacks'),
    );
    const lat = snap.latency.today;
    update(tiles.latency, JSON.stringify([lat.count, lat.p50, lat.p95, lat.p99]), () =>
      tileContent('p95 latency today', metric('latency-p95', lat.count > 0 ? formatMs(lat.p95) : '–'),
        'p50 ', metric('latency-p50', lat.count > 0 ? formatMs(lat.p50) : '–'), ' · p99 ', metric('latency-p99', lat.count > 0 ? formatMs(lat.p99) : '–')),
    );
    const b = snap.budget;
    tiles.budget.classList.toggle('level-warn', b.level === 'warn');
    tiles.budget.classList.toggle('level-over', b.level === 'over');
    update(tiles.budget, JSON.stringify([b, t.promptTokens + t.completionTokens, t.costUsd]), () => {
      const rows: Child[] = [];
      if (b.tokenPercent !== undefined) {
        const level = levelOf(b.tokenPercent, b.warnAtPercent);
        rows.push(h('div', { class: `budget-row level-${level}` },
          h('span', { class: 'budget-name' }, 'Tokens'),
          metric('budget-tokens-percent', formatPercent(b.tokenPercent / 100), 'num budget-pct'),
          h('span', { class: 'budget-of' }, 'of ', metric('budget-daily-tokens', formatTokens(b.dailyTokens))),
        ), meter(`Token budget used: ${formatPercent(b.tokenPercent / 100)} of ${formatTokens(b.dailyTokens)}`, b.tokenPercent, level));
      }
      if (b.costPercent !== undefined) {
        const level = levelOf(b.costPercent, b.warnAtPercent);
        rows.push(h('div', { class: `budget-row level-${level}` },
          h('span', { class: 'budget-name' }, 'Cost'),
          metric('budget-cost-percent', formatPercent(b.costPercent / 100), 'num budget-pct'),
          h('span', { class: 'budget-of' }, 'of ', metric('budget-daily-cost', formatUsd(b.dailyCostUsd))),
        ), meter(`Cost budget used: ${formatPercent(b.costPercent / 100)} of ${formatUsd(b.dailyCostUsd)}`, b.costPercent, level));
      }
      const status = b.level === 'over' ? (b.hardStop ? 'Over · AI stopped' : 'Over budget') : b.level === 'warn' ? `Past ${b.warnAtPercent}%` : undefined;
      return [
        h('div', { class: 'tile-label' }, 'Daily budget', status ? h('span', { class: `badge level-${b.level}`, 'data-metric': 'budget-level' }, status) : null),
        ...(rows.length > 0 ? [h('div', { class: 'budget' }, ...rows)] : [h('div', { class: 'tile-value muted' }, 'None'), h('div', { class: 'tile-sub' }, 'No daily token or cost budget set')]),
      ];
    });
    const rl = snap.rateLimit;
    update(tiles.inFlight, JSON.stringify([snap.inFlight, rl?.queued, rl?.pausedForMs]), () =>
      tileContent('Requests in flight', metric('in-flight', int(snap.inFlight)),
        ...(rl ? [metric('rate-queued-tile', int(rl.queued)), ' queued for the rate limiter'] : ['AI not in use']),
        rl && rl.pausedForMs > 0 ? h('span', { class: 'paused' }, ' · paused') : null),
    );
    const se = snap.session;
    update(tiles.session, JSON.stringify([se.promptTokens, se.completionTokens, se.costUsd, se.requests, se.startedAt]), () =>
      tileContent('This session', metric('session-tokens', formatTokens(se.promptTokens + se.completionTokens)),
        metric('session-cost', formatUsd(se.costUsd)), ' · ', metric('session-requests', int(se.requests)), se.requests === 1 ? ' request' : ' requests',
        h('br'), 'since ', h('time', { datetime: new Date(se.startedAt).toISOString() }, timeOf(se.startedAt).slice(0, 5))),
    );
    const mem = snap.memory;
    update(tiles.memory, JSON.stringify([formatBytes(mem.heapUsedBytes), formatBytes(mem.rssBytes)]), () =>
      tileContent('Extension host memory', metric('memory-heap', formatBytes(mem.heapUsedBytes)),
        'JS heap · ', metric('memory-rss', formatBytes(mem.rssBytes)), ' resident'),
    );
  }

  function renderTokens(snap: MetricsSnapshot): void {
    const bars = dayBars(snap.days, snap.today);
    const width = widthOf(cards.tokens.body);
    const total = bars.reduce((acc, d) => acc + d.prompt + d.completion, 0);
    update(cards.tokens.note, String(bars.length), () => [bars.length === 1 ? 'today' : `last ${bars.length} days`]);
    update(cards.tokens.body, JSON.stringify([width, bars]), () =>
      total > 0 ? [tokensPerDayChart(bars, width)] : [empty('No tokens used on the kept days yet. Generate docstrings with AI to see them here.')],
    );
    const older = snap.older;
    update(cards.tokens.foot, JSON.stringify([total > 0, older]), () => [
      total > 0 ? h('div', { class: 'legend' }, legendItem('prompt', 'Prompt tokens'), legendItem('completion', 'Completion tokens'), legendItem('cost', 'Cost per day (own scale)')) : null,
      older && older.promptTokens + older.completionTokens + older.requests > 0
        ? h('p', { class: 'footnote' }, `Earlier (${shortDate(older.from)} – ${shortDate(older.to)}): `,
            metric('older-tokens', formatTokens(older.promptTokens + older.completionTokens)), ' tokens, ', metric('older-cost', formatUsd(older.costUsd)), '.')
        : null,
    ]);
  }

  function renderLatency(snap: MetricsSnapshot): void {
    const view = snap.latency.today;
    const width = widthOf(cards.latency.body);
    // Failed attempts have no latency worth charting (a refused connection fails in a few ms): they
    // are counted beside the chart, never in it.
    update(cards.latency.note, JSON.stringify([view.count, view.failed]), () => view.count + view.failed > 0
      ? [h('span', { title: 'Attempts that got an answer: the chart and the percentiles are theirs' }, metric('latency-answered', int(view.count)), ' answered'),
          view.failed > 0 ? h('span', { class: 'failed-count', title: 'Attempts that failed (refused, timed out, an error status): counted apart, not in the chart or the percentiles' },
            ' · ', metric('latency-failed', int(view.failed)), ' failed') : null]
      : ['']);
    update(cards.latency.body, JSON.stringify([width, view]), () =>
      view.count > 0 ? [latencyHistogram(view, width)] : [empty(view.failed > 0 ? 'No answered model requests today: every attempt failed (see Errors today).' : 'No model requests today.')],
    );
    const explain = (p: string, share: string) => `${p}: ${share} of today's answered attempts took at most this long`;
    update(cards.latency.foot, JSON.stringify([view.count, view.p50, view.p95, view.p99, snap.latency.session.p95]), () => view.count > 0
      ? [
          h('div', { class: 'legend' },
            legendItem('p50', 'p50', metric('histogram-p50', formatMs(view.p50)), explain('p50', 'half')),
            legendItem('p95', 'p95', metric('histogram-p95', formatMs(view.p95)), explain('p95', '95 %')),
            legendItem('p99', 'p99', metric('histogram-p99', formatMs(view.p99)), explain('p99', '99 %')),
            h('span', { class: 'legend-item muted', title: 'p95 of the answered attempts since this window started' }, 'session p95 ', metric('session-latency-p95', formatMs(snap.latency.session.p95)))),
          h('p', { class: 'footnote' }, 'Bars: answered attempts by time to answer (log scale). Failed attempts are counted apart, above.'),
        ]
      : []);
  }

  function renderErrors(snap: MetricsSnapshot): void {
    const rows = errorRows(snap.today.errors);
    const width = widthOf(cards.errors.body);
    const total = rows.reduce((acc, r) => acc + r.count, 0);
    update(cards.errors.note, String(total), () => [total > 0 ? metric('errors-today', int(total)) : null, total > 0 ? ` ${total === 1 ? 'error' : 'errors'}` : '']);
    update(cards.errors.body, JSON.stringify([width, rows]), () =>
      rows.length > 0 ? [errorBars(rows, width)] : [h('p', { class: 'empty ok', 'data-metric': 'errors-none' }, h('span', { class: 'check', 'aria-hidden': 'true' }, '✓'), ' No errors')],
    );
    const t = snap.today;
    update(cards.errors.foot, JSON.stringify([t.attempts, t.retries, t.fallbacks]), () => [
      h('p', { class: 'footnote', title: 'Attempts: HTTP requests sent, retries included. Retried: attempts that failed and were tried again. Template: symbols whose request failed for good.' }, metric('today-attempts', int(t.attempts)), t.attempts === 1 ? ' attempt, ' : ' attempts, ',
        metric('errors-retries', int(t.retries)), ' retried, ', metric('errors-fallbacks', int(t.fallbacks)), t.fallbacks === 1 ? ' symbol' : ' symbols', ' got a template.'),
    ]);
  }

  function renderCache(snap: MetricsSnapshot): void {
    const t = snap.today;
    const se = snap.session;
    const sessionLookups = se.cacheHits + se.cacheMisses;
    update(cards.cache.body, JSON.stringify([t.cacheHits, t.cacheMisses, se.cacheHits, se.cacheMisses]), () => [
      h('div', { class: 'ring-row' },
        cacheRing(t.cacheHits, t.cacheMisses),
        h('div', { class: 'ring-legend' },
          h('div', { class: 'ring-legend-title' }, 'Today'),
          legendItem('hit', 'Hits', metric('cache-hits', int(t.cacheHits)), 'Descriptions reused from the cache: no request, no tokens'),
          legendItem('miss', 'Misses', metric('cache-misses', int(t.cacheMisses)), 'Descriptions the model had to be asked for'),
          h('div', { class: 'ring-legend-title' }, 'This session'),
          h('span', { class: 'legend-item' }, metric('session-cache-hit-rate', sessionLookups > 0 ? formatPercent(se.cacheHits / sessionLookups) : '–'),
            ` of ${int(sessionLookups)} ${sessionLookups === 1 ? 'lookup' : 'lookups'}`),
        ),
      ),
    ]);
    update(cards.cache.foot, 'static', () => [h('p', { class: 'footnote' }, 'A hit reuses a description written before: no request, no tokens.')]);
  }

  function renderRate(snap: MetricsSnapshot): void {
    const rl = snap.rateLimit;
    update(cards.rate.body, JSON.stringify(rl ?? null), () => (rl ? [rateTable(rl)] : [empty('No rate limiter: AI descriptions are off or have not been used in this window.')]));
  }

  function renderTotals(snap: MetricsSnapshot): void {
    const t = snap.today;
    const se = snap.session;
    const wide = widthOf(cards.totals.body) >= 700;
    update(cards.totals.body, JSON.stringify([wide, t, se]), () => [totalsTable(t, se, wide)]);
  }

  function renderWork(snap: MetricsSnapshot): void {
    update(cards.work.body, JSON.stringify(snap.work), () => [workTable(snap.work)]);
    update(cards.work.foot, 'static', () => [h('p', { class: 'footnote' }, 'This session: parsing documents for their symbols, and checking their docstrings.')]);
  }

  function renderMeta(snap: MetricsSnapshot): void {
    const provider = snap.provider ? (PROVIDER_LABELS[snap.provider] ?? snap.provider) : undefined;
    meta.replaceChildren(
      ...(provider ? [h('span', { 'data-metric': 'provider' }, provider), ' · '] : []),
      ...(snap.model ? [h('span', { 'data-metric': 'model' }, snap.model), ' · '] : []),
      'updated ', h('time', { datetime: new Date(snap.takenAt).toISOString(), 'data-metric': 'taken-at' }, timeOf(snap.takenAt)),
    );
  }

  function draw(snap: MetricsSnapshot): void {
    if (waiting.isConnected) root.replaceChildren(header, kpis, grid);
    renderMeta(snap);
    renderTiles(snap);
    renderTokens(snap);
    renderLatency(snap);
    renderErrors(snap);
    renderCache(snap);
    renderRate(snap);
    renderTotals(snap);
    renderWork(snap);
    root.removeAttribute('aria-busy');
    root.setAttribute('data-rendered-at', String(snap.takenAt));
  }

  // Charts are drawn to the pixel width of their card: redraw the last snapshot when it changes.
  let resizeFrame = 0;
  new ResizeObserver(() => {
    if (!last || resizeFrame) return;
    resizeFrame = requestAnimationFrame(() => {
      resizeFrame = 0;
      if (last) draw(last);
    });
  }).observe(grid);

  return {
    render(snapshot) {
      last = snapshot;
      draw(snapshot);
    },
    notice(text, level) {
      clearTimeout(noticeTimer);
      noticeBox.className = `notice notice-${level === 'error' ? 'error' : 'info'}`;
      if (level === 'error') noticeBox.replaceChildren(h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '⚠'), ' ', text);
      else noticeBox.replaceChildren(text);
      noticeBox.title = text;
      // Info fades after a while; an error stays until the next notice.
      if (level !== 'error') noticeTimer = setTimeout(() => noticeBox.replaceChildren(), 10_000);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

/** A table row whose header's tooltip says what the value is. */
function row(label: Child, explains: string, ...cells: Child[]): HTMLTableRowElement {
  return h('tr', {}, h('th', { scope: 'row', title: explains }, label), ...cells.map((c) => h('td', {}, c)));
}

function rateTable(rl: RateLimitState): HTMLElement {
  const limit = (name: string, value: number | undefined, fmt: (n: number) => string) => (value !== undefined ? metric(name, fmt(value)) : h('span', { class: 'muted', 'data-metric': name }, 'no limit'));
  const concurrency: Child[] = [metric('rate-active', int(rl.active))];
  if (rl.maxConcurrency !== undefined) concurrency.push(' of ', metric('rate-max-concurrency', int(rl.maxConcurrency)));
  const remaining: Child[] = [];
  if (rl.serverRemainingRequests !== undefined) remaining.push(metric('rate-server-requests', int(rl.serverRemainingRequests)), ' requests');
  if (rl.serverRemainingRequests !== undefined && rl.serverRemainingTokens !== undefined) remaining.push(' · ');
  if (rl.serverRemainingTokens !== undefined) remaining.push(metric('rate-server-tokens', formatTokens(rl.serverRemainingTokens)), ' tokens');
  const busy = rl.maxConcurrency ? (100 * rl.active) / rl.maxConcurrency : 0;
  const table = h('table', { class: 'kv' },
    h('caption', { class: 'sr-only' }, 'Rate limiter state'),
    h('tbody', {},
      row('Requests per minute', 'docwright.ai.requestsPerMinute: requests Docwright sends at most per minute', limit('rate-rpm', rl.requestsPerMinute, int)),
      row('Tokens per minute', 'docwright.ai.tokensPerMinute: estimated tokens Docwright sends at most per minute', limit('rate-tpm', rl.tokensPerMinute, formatTokens)),
      row('Active requests', 'Requests sent and not answered yet, of docwright.ai.maxConcurrency at once', h('div', { class: 'gauge-cell' }, h('span', {}, ...concurrency),
        rl.maxConcurrency ? meter(`Concurrency in use: ${rl.active} of ${rl.maxConcurrency}`, busy, busy >= 100 ? 'warn' : 'neutral') : null)),
      row('Waiting for a slot', 'Requests queued until the limits above let them go', metric('rate-queued', int(rl.queued), rl.queued > 0 ? 'num warn-text' : 'num')),
      row('Paused (server said 429)', 'The server answered 429 Too Many Requests: nothing is sent until the pause it asked for ends', rl.pausedForMs > 0 ? metric('rate-paused', `for ${formatMs(rl.pausedForMs)}`, 'num warn-text') : h('span', { class: 'muted', 'data-metric': 'rate-paused' }, 'no')),
      row('Server says left', "What the server's x-ratelimit-remaining headers last said is left in its window", remaining.length > 0 ? h('span', {}, ...remaining) : h('span', { class: 'muted', 'data-metric': 'rate-server-remaining' }, 'not reported')),
    ),
  );
  return table;
}

/**
 * Today and the session: one column per quantity on a wide card, one row per quantity on a narrow
 * one (the same data-metric names either way).
 */
function totalsTable(today: Totals, session: Totals, wide: boolean): HTMLElement {
  // [row label, short column label, data-metric key, value, what it counts (the header's tooltip)]
  const quantities: [string, string, string, (t: Totals) => string, string][] = [
    ['Requests', 'Requests', 'requests', (t) => int(t.requests), 'Model requests, one per symbol asked (answered or failed for good)'],
    ['Attempts', 'Attempts', 'attempts', (t) => int(t.attempts), 'HTTP attempts: requests plus their retries'],
    ['Prompt tokens', 'Prompt', 'prompt-tokens', (t) => int(t.promptTokens), 'Tokens sent: the code and the instructions, as the server counted them'],
    ['Completion tokens', 'Completion', 'completion-tokens', (t) => int(t.completionTokens), 'Tokens the model wrote back'],
    ['Cached prompt tokens', 'Cached', 'cached-tokens', (t) => int(t.cachedTokens), "Prompt tokens the provider served from its prompt cache (billed lower); not Docwright's description cache"],
    ['Cost', 'Cost', 'cost', (t) => formatUsd(t.costUsd), 'Tokens at the model price (docwright.ai.prices overrides the built-in prices)'],
    ['Template fallbacks', 'Fallbacks', 'fallbacks', (t) => int(t.fallbacks), 'Symbols that got a template docstring because the model failed'],
    ['Rate-limit waits', 'Waits', 'rate-waits', (t) => (t.rateLimitWaits > 0 ? `${int(t.rateLimitWaits)} · ${formatMs(t.rateLimitWaitMs)}` : '0'), 'Attempts that waited for the rate limiter before they were sent, and how long in all'],
  ];
  const scopes: [string, 'today' | 'session', Totals][] = [['Today', 'today', today], ['This session', 'session', session]];
  const scopeTitle: Record<string, string> = { today: 'Since local midnight, all windows', session: 'Since this window started or the metrics were reset' };
  const value = (scope: string, key: string, fn: (t: Totals) => string, t: Totals) => h('td', {}, metric(`totals-${scope}-${key}`, fn(t)));
  const caption = h('caption', { class: 'sr-only' }, 'Totals today and this session');
  if (wide) {
    return h('table', { class: 'grid-table' }, caption,
      h('thead', {}, h('tr', {}, h('td', {}), ...quantities.map(([long, short, , , explains]) => h('th', { scope: 'col', title: `${long}: ${explains}`, 'aria-label': long }, short)))),
      h('tbody', {}, ...scopes.map(([label, scope, t]) =>
        h('tr', {}, h('th', { scope: 'row', title: scopeTitle[scope] }, label), ...quantities.map(([, , key, fn]) => value(scope, key, fn, t))))),
    );
  }
  return h('table', { class: 'grid-table' }, caption,
    h('thead', {}, h('tr', {}, h('td', {}), ...scopes.map(([label, scope]) => h('th', { scope: 'col', title: scopeTitle[scope] }, label)))),
    h('tbody', {}, ...quantities.map(([label, , key, fn, explains]) =>
      h('tr', {}, h('th', { scope: 'row', title: explains }, label), ...scopes.map(([, scope, t]) => value(scope, key, fn, t))))),
  );
}

function workTable(work: MetricsSnapshot['work']): HTMLElement {
  const names: Record<string, string> = { extract: 'Find symbols', validate: 'Check docstrings' };
  const rowTitles: Record<string, string> = { extract: 'Parsing a document for its functions, classes and members', validate: "Checking a document's docstrings against its code" };
  const columns: [string, string][] = [
    ['Runs', 'How many times this session'],
    ['p50', 'Half of the runs took at most this long'],
    ['p95', '95 % of the runs took at most this long'],
    ['p99', '99 % of the runs took at most this long'],
  ];
  const cell = (key: string, p: Percentiles, which: 'p50' | 'p95' | 'p99') => metric(`work-${key}-${which}`, p.count > 0 ? formatMs(p[which]) : '–');
  return h('table', { class: 'grid-table' },
    h('caption', { class: 'sr-only' }, 'Editor work latency this session'),
    h('thead', {}, h('tr', {}, h('td', {}), ...columns.map(([c, title]) => h('th', { scope: 'col', title }, c)))),
    h('tbody', {}, ...Object.entries(work).map(([key, p]) =>
      h('tr', {}, h('th', { scope: 'row', title: rowTitles[key] }, names[key] ?? key),
        h('td', {}, metric(`work-${key}-count`, int(p.count))), h('td', {}, cell(key, p, 'p50')), h('td', {}, cell(key, p, 'p95')), h('td', {}, cell(key, p, 'p99'))),
    )),
  );
}
