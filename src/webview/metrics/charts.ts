/**
 * The metrics page's charts: inline SVG built with DOM calls, sized in pixels to the width they get
 * (so text stays 11px however wide the panel is). Colours come from classes (media/metrics.css maps
 * them to the theme's --vscode-charts-* colours). Every chart is role="img" with a text summary as
 * its aria-label, and its marks carry <title>s (hover tooltips).
 */
import type { BudgetLevel, LatencyView } from '../../core/metrics/types';
import { formatMs, formatPercent, formatTokens, formatUsd } from '../../core/metrics/format';
import { bucketBounds, bucketOf } from '../../core/metrics/histogram';
import { labelWidth as textWidth, layoutMarkerLabels } from '../../core/metrics/markerLabels';
import { int, s } from './dom';

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function frame(width: number, height: number, label: string, className: string): SVGSVGElement {
  return s('svg', {
    class: `chart ${className}`,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
  });
}

/** 0 and 3 to 5 round steps (1, 2, 2.5, 5 x 10^k) that cover `max`. */
export function niceTicks(max: number, count = 4, integer = false): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, integer ? 1 : 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
  if (integer) step = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const value = Number((i * step).toPrecision(12));
    ticks.push(value);
    if (value >= max) break;
  }
  return ticks;
}


interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Whether `box` overlaps any of `placed`. */
function collides(box: Box, placed: Box[]): boolean {
  return placed.some((p) => box.x0 < p.x1 && p.x0 < box.x1 && box.y0 < p.y1 && p.y0 < box.y1);
}

function yGrid(svg: SVGSVGElement, ticks: number[], y: (v: number) => number, m: Margin, width: number, label: (v: number) => string): void {
  for (const tick of ticks) {
    const at = Math.round(y(tick)) + 0.5;
    svg.append(
      s('line', { class: tick === 0 ? 'axis' : 'grid', x1: m.left, x2: width - m.right, y1: at, y2: at }),
      s('text', { class: 'tick', x: m.left - 8, y: at, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, label(tick)),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens per day

export interface DayBar {
  date: string;
  /** Short axis label: "May 3", or "Today". */
  label: string;
  prompt: number;
  completion: number;
  costUsd: number;
  requests: number;
  today: boolean;
}

/**
 * Stacked bars per day (prompt below, completion above) and, under them on the same days, a strip
 * with the day's cost as a line (its own scale, so it never reads as tokens).
 */
export function tokensPerDayChart(days: DayBar[], width: number): SVGSVGElement {
  const m: Margin = { top: 10, right: 16, bottom: 8, left: 52 };
  const barsH = 170;
  const labelsH = 26;
  const stripGap = 20;
  const stripH = 52;
  const height = m.top + barsH + labelsH + stripGap + stripH + m.bottom;
  const plotW = Math.max(10, width - m.left - m.right);
  const total = (d: DayBar) => d.prompt + d.completion;
  const ticks = niceTicks(Math.max(1, ...days.map(total)), 4);
  const yMax = ticks[ticks.length - 1];
  const y = (v: number) => m.top + barsH * (1 - v / yMax);

  const sum = days.reduce((acc, d) => acc + total(d), 0);
  const cost = days.reduce((acc, d) => acc + d.costUsd, 0);
  const busiest = days.reduce((best, d) => (total(d) > total(best) ? d : best), days[0]);
  const summary =
    `Tokens per day, ${days.length} ${days.length === 1 ? 'day' : 'days'}: ${formatTokens(sum)} tokens and ${formatUsd(cost)} in all. ` +
    `Busiest day ${busiest.date} with ${formatTokens(total(busiest))} tokens. ` +
    days.filter((d) => total(d) > 0).map((d) => `${d.date}: ${int(d.prompt)} prompt, ${int(d.completion)} completion, ${formatUsd(d.costUsd)}`).join('; ') +
    '.';
  const svg = frame(width, height, summary, 'chart-tokens');
  yGrid(svg, ticks, y, m, width, (v) => (v === 0 ? '0' : formatTokens(v)));

  const slot = plotW / days.length;
  const barW = Math.max(2, Math.min(44, slot * 0.62));
  const labelEvery = Math.max(1, Math.ceil(58 / slot));
  const centre = (i: number) => m.left + slot * (i + 0.5);
  const stripTop = m.top + barsH + labelsH + stripGap;
  const stripBottom = stripTop + stripH;

  days.forEach((d, i) => {
    const x = centre(i) - barW / 2;
    const group = s('g', { class: d.today ? 'day today' : 'day' });
    group.append(s('title', {}, `${d.date}: ${int(total(d))} tokens (${int(d.prompt)} prompt, ${int(d.completion)} completion), ${int(d.requests)} requests, ${formatUsd(d.costUsd)}`));
    // A hit area over the whole column (bars and cost), so the tooltip shows on thin and empty days too.
    group.append(s('rect', { class: 'hit', x: m.left + slot * i, y: m.top, width: slot, height: stripBottom - m.top }));
    const promptTop = y(d.prompt);
    const top = y(total(d));
    if (d.prompt > 0) group.append(s('rect', { class: 'bar-prompt', x, y: promptTop, width: barW, height: Math.max(1, y(0) - promptTop) }));
    if (d.completion > 0) group.append(s('rect', { class: 'bar-completion', x, y: top, width: barW, height: Math.max(1, promptTop - top) }));
    const last = i === days.length - 1;
    if (last || (days.length - 1 - i) % labelEvery === 0) {
      group.append(s('text', { class: d.today ? 'tick tick-today' : 'tick', x: centre(i), y: m.top + barsH + 16, 'text-anchor': 'middle' }, d.label));
    }
    svg.append(group);
  });

  // The cost strip: its own scale (the dearest day at the top), labels where they fit.
  const maxCost = Math.max(0, ...days.map((d) => d.costUsd));
  svg.append(
    s('text', { class: 'tick strip-title', x: m.left - 8, y: stripTop + 4, 'text-anchor': 'end', 'dominant-baseline': 'hanging' }, 'Cost'),
    s('line', { class: 'axis', x1: m.left, x2: width - m.right, y1: stripBottom + 0.5, y2: stripBottom + 0.5 }),
  );
  if (maxCost > 0) {
    const cy = (v: number) => stripBottom - (stripH - 16) * (v / maxCost);
    const points = days.map((d, i) => [centre(i), cy(d.costUsd)] as const);
    if (days.length > 1) {
      const line = points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
      const area = `${points[0][0].toFixed(1)},${stripBottom} ${line} ${points[points.length - 1][0].toFixed(1)},${stripBottom}`;
      svg.append(s('polygon', { class: 'cost-area', points: area }), s('polyline', { class: 'cost-line', points: line }));
    }
    days.forEach((d, i) => {
      const [px, py] = points[i];
      svg.append(s('circle', { class: 'cost-dot', cx: px, cy: py, r: slot >= 12 ? 3 : 2 }, s('title', {}, `${d.date}: ${formatUsd(d.costUsd)}`)));
    });
    // Labels: today's and the dearest day's first, then the others left to right where they fit.
    const maxIndex = days.findIndex((d) => d.costUsd === maxCost);
    const order = [days.length - 1, maxIndex, ...days.map((_, i) => i)].filter((i, n, all) => all.indexOf(i) === n && days[i].costUsd > 0);
    const placed: Box[] = [];
    for (const i of order) {
      const [px, py] = points[i];
      const text = formatUsd(days[i].costUsd);
      const w = textWidth(text);
      // Centred, but kept inside the plot at both ends.
      const left = Math.min(Math.max(px - w / 2, m.left - 4), width - m.right - w + 4);
      const box = { x0: left - 8, x1: left + w + 8, y0: py - 19, y1: py - 5 };
      if (collides(box, placed)) continue;
      placed.push(box);
      svg.append(s('text', { class: 'cost-label', x: left + w / 2, y: py - 7, 'text-anchor': 'middle' }, text));
    }
  } else {
    svg.append(s('text', { class: 'tick', x: m.left + plotW / 2, y: stripBottom - 12, 'text-anchor': 'middle' }, 'no cost'));
  }
  return svg;
}

// ---------------------------------------------------------------------------------------------
// Latency histogram

const PERCENTILES = ['p50', 'p95', 'p99'] as const;

/** Attempts by latency on a log axis (re-binned evenly for drawing), with p50, p95, p99 marked. */
export function latencyHistogram(view: LatencyView, width: number): SVGSVGElement {
  const height = 200;
  const m: Margin = { top: 12, right: 18, bottom: 28, left: 40 };
  const plotW = Math.max(10, width - m.left - m.right);
  const plotH = height - m.top - m.bottom;

  // Bucket 0 starts at 0 ms and the last may be open: give both a finite width on the log axis.
  const buckets = view.buckets
    .filter((b) => b.count > 0)
    .map((b) => {
      const high = Number.isFinite(b.highMs) && b.highMs > 0 ? b.highMs : Math.max(1, b.lowMs) * 1.12;
      const low = b.lowMs > 0 && b.lowMs < high ? b.lowMs : high / 1.12;
      return { low, high, count: b.count };
    });
  const marks = PERCENTILES.map((p) => ({ name: p, ms: view[p] })).filter((p) => p.ms > 0);
  const edges = [...buckets.flatMap((b) => [b.low, b.high]), ...marks.map((p) => p.ms)].map(Math.log10);
  let lo = Math.min(...edges);
  let hi = Math.max(...edges);
  if (hi - lo < 1) {
    const middle = (lo + hi) / 2;
    lo = middle - 0.5;
    hi = middle + 0.5;
  }
  const pad = (hi - lo) * 0.03;
  lo -= pad;
  hi += pad;
  const x = (ms: number) => m.left + (plotW * (Math.log10(ms) - lo)) / (hi - lo);

  // Bins of k whole store buckets (1.12x each), aligned to bucket indices: no aliasing stripes.
  const firstIndex = bucketOf(buckets[0]?.low ?? 1);
  const lastIndex = bucketOf((buckets[buckets.length - 1]?.high ?? 1.12) / 1.0001);
  const k = Math.max(1, Math.ceil((lastIndex - firstIndex + 1) / Math.max(8, Math.min(36, Math.floor(plotW / 9)))));
  const binMap = new Map<number, number>();
  for (const b of buckets) {
    const bin = Math.floor(bucketOf(Math.sqrt(b.low * b.high)) / k);
    binMap.set(bin, (binMap.get(bin) ?? 0) + b.count);
  }
  const bins = [...binMap.entries()].map(([bin, count]) => ({
    fromMs: Math.max(bucketBounds(bin * k).lowMs, 10 ** lo),
    toMs: Math.min(bucketBounds(bin * k + k - 1).highMs, 10 ** hi),
    count,
  }));
  const ticks = niceTicks(Math.max(1, ...bins.map((b) => b.count)), 3, true);
  const yMax = ticks[ticks.length - 1];
  const y = (v: number) => m.top + plotH * (1 - v / yMax);

  const summary =
    `Latency of today's ${int(view.count)} answered ${view.count === 1 ? 'attempt' : 'attempts'}` +
    (view.failed > 0 ? ` (${int(view.failed)} failed, not counted)` : '') + ': ' +
    marks.map((p) => `${p.name} ${formatMs(p.ms)}`).join(', ') +
    `; fastest about ${formatMs(buckets[0]?.low ?? 0)}, slowest about ${formatMs(buckets[buckets.length - 1]?.high ?? 0)}.`;
  const svg = frame(width, height, summary, 'chart-latency');
  yGrid(svg, ticks, y, m, width, (v) => int(v));

  // X ticks: 1-2-5 steps per decade, thinned to decades when crowded.
  const candidates: number[] = [];
  for (let k = Math.floor(lo); k <= Math.ceil(hi); k++) for (const f of [1, 2, 5]) candidates.push(f * 10 ** k);
  let xTicks = candidates.filter((v) => Math.log10(v) >= lo && Math.log10(v) <= hi);
  if (xTicks.length > plotW / 56) xTicks = xTicks.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  for (const v of xTicks) {
    const at = Math.round(x(v)) + 0.5;
    svg.append(
      s('line', { class: 'tick-mark', x1: at, x2: at, y1: height - m.bottom, y2: height - m.bottom + 4 }),
      s('text', { class: 'tick', x: at, y: height - m.bottom + 16, 'text-anchor': 'middle' }, formatMs(v)),
    );
  }

  for (const { fromMs, toMs, count } of bins) {
    const left = x(fromMs) + 0.5;
    const w = Math.max(1, x(toMs) - x(fromMs) - 1);
    svg.append(
      s('rect', { class: 'bar-latency', x: left, y: y(count), width: w, height: Math.max(1, y(0) - y(count)) },
        s('title', {}, `${formatMs(fromMs)} to ${formatMs(toMs)}: ${int(count)} ${count === 1 ? 'attempt' : 'attempts'}`)),
    );
  }

  // Percentile markers; labels never overlap (see markerLabels.ts): one that fits nowhere is left
  // to the legend under the chart, which lists every percentile with its value.
  const at = (ms: number) => Math.round(x(ms)) + 0.5;
  const { placed } = layoutMarkerLabels(marks.map((mark) => ({ name: mark.name, x: at(mark.ms) })), {
    left: m.left, right: width - 2, top: m.top + 10, width: textWidth,
  });
  for (const mark of marks) {
    svg.append(
      s('line', { class: `marker marker-${mark.name}`, x1: at(mark.ms), x2: at(mark.ms), y1: m.top, y2: height - m.bottom },
        s('title', {}, `${mark.name}: ${formatMs(mark.ms)}`)),
    );
  }
  for (const label of placed) {
    svg.append(s('text', { class: `marker-label marker-label-${label.name}`, x: label.x, y: label.y, 'text-anchor': label.anchor }, label.name));
  }
  return svg;
}

// ---------------------------------------------------------------------------------------------
// Errors by category

export interface ErrorRow {
  key: string;
  label: string;
  count: number;
  /** Colour class: red for failures, yellow for budget stops, muted for cancellations. */
  tone: 'error' | 'warn' | 'muted';
}

/** Horizontal bars, one row per category, largest first (the caller sorts). */
export function errorBars(rows: ErrorRow[], width: number): SVGSVGElement {
  const rowH = 26;
  const labelW = Math.min(150, Math.max(110, width * 0.3));
  const countW = 48;
  const height = rows.length * rowH + 4;
  const total = rows.reduce((acc, r) => acc + r.count, 0);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barMax = Math.max(10, width - labelW - countW);
  const summary = `Errors today by category, ${int(total)} in all: ` + rows.map((r) => `${r.label} ${int(r.count)}`).join(', ') + '.';
  const svg = frame(width, height, summary, 'chart-errors');
  rows.forEach((r, i) => {
    const top = 2 + i * rowH;
    const middle = top + rowH / 2;
    const w = Math.max(2, (barMax * r.count) / max);
    svg.append(
      s('text', { class: 'row-label', x: labelW - 10, y: middle, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, r.label),
      s('rect', { class: 'track', x: labelW, y: middle - 7, width: barMax, height: 14, rx: 2 }),
      s('rect', { class: `bar-error tone-${r.tone}`, x: labelW, y: middle - 7, width: w, height: 14, rx: 2 }, s('title', {}, `${r.label}: ${int(r.count)}`)),
      s('text', { class: 'row-value', x: labelW + w + 8, y: middle, 'dominant-baseline': 'middle', 'data-metric': `errors-${r.key}` }, int(r.count)),
    );
  });
  return svg;
}

// ---------------------------------------------------------------------------------------------
// Cache hit rate

/** A ring: the hit share as an arc, the percentage in the middle (data-metric="cache-hit-rate"). */
export function cacheRing(hits: number, misses: number): SVGSVGElement {
  const size = 136;
  const r = 54;
  const stroke = 14;
  const c = size / 2;
  const lookups = hits + misses;
  const rate = lookups > 0 ? hits / lookups : 0;
  const circumference = 2 * Math.PI * r;
  const label = lookups > 0
    ? `Cache hit rate today ${formatPercent(rate)}: ${int(hits)} hits, ${int(misses)} misses.`
    : 'Cache hit rate today: no lookups yet.';
  const svg = frame(size, size, label, 'chart-ring');
  svg.append(s('circle', { class: lookups > 0 ? 'ring-miss' : 'ring-empty', cx: c, cy: c, r, 'stroke-width': stroke, fill: 'none' }));
  if (hits > 0) {
    const arc = rate >= 1 ? circumference : circumference * rate;
    svg.append(
      s('circle', {
        class: 'ring-hit',
        cx: c,
        cy: c,
        r,
        'stroke-width': stroke,
        fill: 'none',
        'stroke-dasharray': `${arc.toFixed(2)} ${circumference.toFixed(2)}`,
        transform: `rotate(-90 ${c} ${c})`,
      }, s('title', {}, `${int(hits)} hits`)),
    );
  }
  svg.append(
    s('text', { class: 'ring-value', x: c, y: c - 2, 'text-anchor': 'middle', 'dominant-baseline': 'middle', 'data-metric': 'cache-hit-rate' }, lookups > 0 ? formatPercent(rate) : '–'),
    s('text', { class: 'ring-caption', x: c, y: c + 20, 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, 'hit rate'),
  );
  return svg;
}

// ---------------------------------------------------------------------------------------------
// Progress bars and gauges

/**
 * A thin horizontal bar filled to `fraction` (clamped to 0..1), coloured by `level`. The caller
 * wraps it in an element with role="progressbar" (see render.ts).
 */
export function progressBar(fraction: number, level: BudgetLevel | 'neutral'): SVGSVGElement {
  const filled = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0)) * 100;
  return s('svg', { class: 'progress', width: '100%', height: 6, viewBox: '0 0 100 6', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    s('rect', { class: 'progress-track', x: 0, y: 0, width: 100, height: 6 }),
    filled > 0 ? s('rect', { class: `progress-fill level-${level}`, x: 0, y: 0, width: Math.max(filled, 1), height: 6 }) : null,
  );
}
