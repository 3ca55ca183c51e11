import assert from 'node:assert/strict';
import { labelWidth, layoutMarkerLabels, overlaps, type LabelArea } from '../../../src/core/metrics/markerLabels';

const AREA: LabelArea = { left: 40, right: 398, top: 22, width: labelWidth };
const names = ['p50', 'p95', 'p99'];

/** The boxes of the placed labels, pairwise: none may overlap. */
function assertNoOverlap(xs: number[], area: LabelArea = AREA): ReturnType<typeof layoutMarkerLabels> {
  const result = layoutMarkerLabels(xs.map((x, i) => ({ name: names[i], x })), area);
  const boxes = result.placed.map((p) => p.box);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      assert.ok(!overlaps(boxes[i], boxes[j]), `${result.placed[i].name} ${JSON.stringify(boxes[i])} overlaps ${result.placed[j].name} ${JSON.stringify(boxes[j])} (markers at ${xs})`);
    }
  }
  for (const b of boxes) assert.ok(b.x0 >= area.left && b.x1 <= area.right, `inside the plot: ${JSON.stringify(b)}`);
  assert.equal(result.placed.length + result.inLegendOnly.length, xs.length, 'every label is on the chart or in the legend');
  return result;
}

describe('latency histogram marker labels', () => {
  it('labels far apart stay on the first row, right of their lines', () => {
    const { placed } = assertNoOverlap([100, 200, 300]);
    assert.deepEqual(placed.map((p) => [p.name, p.anchor, p.y]), [['p50', 'start', 22], ['p95', 'start', 22], ['p99', 'start', 22]]);
  });

  it('close values (p50, p95, p99 a pixel or two apart) are staggered, not drawn over each other', () => {
    const { placed, inLegendOnly } = assertNoOverlap([200, 201, 202]);
    assert.equal(placed.length, 3);
    assert.deepEqual(inLegendOnly, []);
    assert.equal(new Set(placed.map((p) => `${p.y}`)).size + new Set(placed.map((p) => p.anchor)).size > 2, true, 'on different rows or sides');
  });

  it('all three at the same x, at the right edge, at the left edge', () => {
    assertNoOverlap([250, 250, 250]);
    assertNoOverlap([396, 397, 398]);
    assertNoOverlap([40, 41, 41]);
  });

  it('never overlaps for any three positions, and when they cannot fit the rest goes to the legend', () => {
    for (let a = 40; a <= 398; a += 7) for (let d1 = 0; d1 <= 40; d1 += 3) for (let d2 = 0; d2 <= 40; d2 += 5) {
      assertNoOverlap([a, Math.min(398, a + d1), Math.min(398, a + d1 + d2)]);
    }
    const oneRow = assertNoOverlap([200, 200, 200], { ...AREA, rows: 1 });
    assert.equal(oneRow.placed.length, 2, 'one left and one right of the line');
    assert.deepEqual(oneRow.inLegendOnly, ['p99']);
  });

});
