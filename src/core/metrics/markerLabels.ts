/**
 * Where the latency histogram's p50/p95/p99 labels go. Plain geometry (no DOM), so that labels
 * never overlapping is unit-tested: each label goes right of its line (left near the right edge),
 * a row lower when it would touch one already placed; a label that fits nowhere is not drawn on
 * the chart and is left to the legend under it (which lists every percentile with its value).
 */

export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface MarkerInput {
  name: string;
  /** The marker line's x, in pixels. */
  x: number;
}

export interface PlacedLabel {
  name: string;
  /** Where the text is drawn (its anchor point) and how it is anchored. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The space the text takes, padding included. */
  box: LabelBox;
}

export interface LabelArea {
  /** The plot's left and right edges, and the baseline of the first row. */
  left: number;
  right: number;
  top: number;
  rows?: number;
  rowHeight?: number;
  /** The width of a label's text in pixels. */
  width: (text: string) => number;
}

/** Rough width of an 11px chart label: generous, so labels kept apart by it do not touch. */
export function labelWidth(text: string): number {
  return text.length * 6.4 + 4;
}

/** Gap between a marker line and its label, and the height of a label above its baseline. */
const GAP = 4;
const ASCENT = 10;
const DESCENT = 2;

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Labels placed without overlap, and the names left to the legend. */
export function layoutMarkerLabels(marks: readonly MarkerInput[], area: LabelArea): { placed: PlacedLabel[]; inLegendOnly: string[] } {
  const rows = area.rows ?? 3;
  const rowHeight = area.rowHeight ?? 13;
  const placed: PlacedLabel[] = [];
  const inLegendOnly: string[] = [];
  for (const mark of marks) {
    const w = area.width(mark.name);
    const sides: ('start' | 'end')[] = mark.x + GAP + w > area.right ? ['end', 'start'] : ['start', 'end'];
    let label: PlacedLabel | undefined;
    for (let row = 0; row < rows && !label; row++) {
      const y = area.top + row * rowHeight;
      for (const anchor of sides) {
        const x0 = anchor === 'start' ? mark.x + GAP : mark.x - GAP - w;
        const box = { x0, x1: x0 + w, y0: y - ASCENT, y1: y + DESCENT };
        if (x0 < area.left || box.x1 > area.right || placed.some((p) => overlaps(box, p.box))) continue;
        label = { name: mark.name, x: anchor === 'start' ? mark.x + GAP : mark.x - GAP, y, anchor, box };
        break;
      }
    }
    if (label) placed.push(label);
    else inLegendOnly.push(mark.name);
  }
  return { placed, inLegendOnly };
}
