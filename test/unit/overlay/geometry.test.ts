import { describe, expect, it } from 'vitest';
import { clampInto, firstTrue, intersect, mergeLineRects, placeFloating, placePanel, spansIn, toOverlay, visibleRange, type FieldFrame, type Rect } from '../../../src/overlay/geometry';

/** A fake monospace layout: `cols` characters per line, each `cw`×`lh`, text starting at (px, py). */
function grid(cols: number, cw = 10, lh = 20, px = 5, py = 4) {
  const at = (i: number): Rect => ({ x: px + (i % cols) * cw, y: py + Math.floor(i / cols) * lh, w: cw, h: lh });
  const rects = (s: number, e: number): Rect[] => {
    const out: Rect[] = [];
    for (let i = s; i < e; i++) out.push(at(i));
    return mergeLineRects(out);
  };
  return { at, rects };
}

describe('mergeLineRects', () => {
  it('joins pieces of one line and keeps lines apart', () => {
    const g = grid(10);
    expect(g.rects(2, 5)).toEqual([{ x: 25, y: 4, w: 30, h: 20 }]);
    expect(g.rects(8, 12)).toEqual([
      { x: 85, y: 4, w: 20, h: 20 },
      { x: 5, y: 24, w: 20, h: 20 },
    ]);
  });
  it('drops empty rects (a range ending after a line break)', () => {
    expect(mergeLineRects([{ x: 0, y: 0, w: 0, h: 20 }, { x: 0, y: 20, w: 10, h: 20 }])).toEqual([{ x: 0, y: 20, w: 10, h: 20 }]);
  });
});

describe('toOverlay', () => {
  const frame = (over: Partial<FieldFrame> = {}): FieldFrame => ({
    box: { x: 100, y: 200, w: 300, h: 60 },
    scrollX: 0,
    scrollY: 0,
    dy: 0,
    clip: { x: 101, y: 201, w: 298, h: 58 },
    origin: { x: 0, y: 0 },
    ...over,
  });
  it('moves mirror rects to the field and into the host space', () => {
    const out = toOverlay([{ x: 5, y: 4, w: 30, h: 20 }], frame({ origin: { x: 10, y: -5 } }));
    expect(out).toEqual([{ x: 95, y: 209, w: 30, h: 20 }]);
  });
  it('subtracts scrolling and drops lines scrolled out of view', () => {
    const rects = [
      { x: 5, y: 4, w: 30, h: 20 },
      { x: 5, y: 44, w: 30, h: 20 },
      { x: 5, y: 84, w: 30, h: 20 },
    ];
    const out = toOverlay(rects, frame({ scrollY: 40 }));
    expect(out.map((r) => r.y)).toEqual([204, 244]);
    // The third line (y 244–264) is cut at the field's bottom (259): kept whole (the overlay's
    // container clips it), so its underline stays under its glyphs.
    expect(out[1]!.h).toBe(20);
  });
  it('shifts an input line by dy', () => {
    expect(toOverlay([{ x: 0, y: 0, w: 10, h: 10 }], frame({ dy: 6 }))[0]!.y).toBe(206);
  });
  it('drops slivers at the edge', () => {
    expect(toOverlay([{ x: 5, y: 57, w: 30, h: 20 }], frame())).toEqual([]);
  });
});

describe('visibleRange', () => {
  it('finds the characters of the visible lines by binary search', () => {
    const g = grid(10); // 10 chars per 20px line starting at y=4
    const n = 1000;
    let calls = 0;
    const top = (i: number) => (calls++, g.at(i).y);
    const bottom = (i: number) => (calls++, g.at(i).y + g.at(i).h);
    const { from, to } = visibleRange(n, top, bottom, 400, 460);
    // Lines whose box intersects y ∈ [400, 460): lines starting at 384, 404, 424, 444.
    expect(from).toBe(190);
    expect(to).toBe(230);
    expect(calls).toBeLessThan(40);
  });
  it('handles empty text', () => {
    expect(visibleRange(0, () => 0, () => 0, 0, 10)).toEqual({ from: 0, to: 0 });
  });
  it('spansIn keeps overlapping spans', () => {
    expect(spansIn([{ start: 0, end: 5 }, { start: 5, end: 9 }, { start: 12, end: 14 }], 5, 12)).toEqual([{ start: 5, end: 9 }]);
  });
});

describe('small helpers', () => {
  it('intersect', () => {
    expect(intersect({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toEqual({ x: 5, y: 5, w: 5, h: 5 });
    expect(intersect({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBeNull();
  });
  it('firstTrue', () => {
    expect(firstTrue(100, (i) => i >= 37)).toBe(37);
    expect(firstTrue(10, () => false)).toBe(10);
  });
  it('clampInto keeps boxes inside', () => {
    expect(clampInto(990, -5, 40, 20, { x: 0, y: 0, w: 1000, h: 800 })).toEqual({ x: 960, y: 0 });
  });
  it('placeFloating opens below, or above when there is no room below', () => {
    const vp = { x: 0, y: 0, w: 1000, h: 800 };
    expect(placeFloating({ x: 100, y: 100, w: 40, h: 20 }, 320, 200, vp)).toEqual({ x: 100, y: 126, above: false });
    expect(placeFloating({ x: 100, y: 700, w: 40, h: 20 }, 320, 200, vp)).toEqual({ x: 100, y: 494, above: true });
    expect(placeFloating({ x: 900, y: 100, w: 40, h: 20 }, 320, 200, vp).x).toBe(680);
    expect(placeFloating({ x: 900, y: 100, w: 40, h: 20 }, 320, 200, vp, { alignRight: true }).x).toBe(620);
  });
});

describe('placePanel: beside or below the field, never over it', () => {
  const vp = { x: 0, y: 0, w: 1280, h: 800 };
  const box = (p: ReturnType<typeof placePanel>, w = 360): Rect => (p.side === 'above' ? { x: p.x, y: p.y - p.maxH, w, h: p.maxH } : { x: p.x, y: p.y, w, h: p.maxH });
  const cases: [string, Rect][] = [
    ['top-left', { x: 8, y: 8, w: 300, h: 120 }],
    ['top-right', { x: 972, y: 8, w: 300, h: 120 }],
    ['bottom-left', { x: 8, y: 672, w: 300, h: 120 }],
    ['bottom-right', { x: 972, y: 672, w: 300, h: 120 }],
    ['a tall field (600 characters)', { x: 200, y: 150, w: 700, h: 420 }],
    ['full width at the bottom', { x: 8, y: 560, w: 1264, h: 200 }],
  ];
  it.each(cases)('%s', (_name, field) => {
    const p = placePanel(field, 360, 480, vp);
    const b = box(p);
    expect(intersect(b, field)).toBeNull();
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.h).toBeLessThanOrEqual(800);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w).toBeLessThanOrEqual(1280);
    expect(p.maxH).toBeGreaterThan(100);
  });

  it('in a frame the field fills, goes inside the field below its text rather than be a sliver outside it', () => {
    // A 190 px frame: 35 px above the field, 45 px below, no room beside.
    const frame = { x: 0, y: 0, w: 680, h: 190 };
    const field = { x: 12, y: 35, w: 656, h: 110 };
    const sliver = placePanel(field, 360, 480, frame);
    expect(sliver.maxH).toBeLessThan(50);
    const p = placePanel(field, 360, 480, frame, { textBottom: 60 });
    expect(p.side).toBe('inside');
    expect(p.y).toBeGreaterThan(60);
    expect(p.y + p.maxH).toBeLessThanOrEqual(190);
    expect(p.maxH).toBeGreaterThan(100);
    // With room outside, the text's end changes nothing.
    expect(placePanel({ ...field, h: 60 }, 360, 480, { ...frame, h: 600 }, { textBottom: 60 }).side).toBe('below');
  });

  it('prefers below, then beside; keeps the side it has while that still has room', () => {
    const field = { x: 200, y: 100, w: 500, h: 100 };
    expect(placePanel(field, 360, 480, vp).side).toBe('below');
    expect(placePanel({ ...field, y: 500 }, 360, 480, vp).side).toBe('right');
    expect(placePanel({ ...field, y: 500 }, 360, 480, vp, { prev: 'below' }).side).toBe('below');
  });

  it('rather not over the page’s send button: below, aligned with the field’s other edge', () => {
    const field = { x: 200, y: 100, w: 500, h: 100 };
    const send = { x: 600, y: 210, w: 100, h: 32 };
    const p = placePanel(field, 360, 480, vp, { avoid: [send] });
    expect(p.side).toBe('below');
    expect(intersect(box(p), send)).toBeNull();
    expect(intersect(box(p), field)).toBeNull();
  });
});
