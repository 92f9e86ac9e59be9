import { describe, expect, it } from 'vitest';
import { placeBadge } from '../../../src/overlay/badge-place';
import { intersect, type Rect } from '../../../src/overlay/geometry';

const sizes = { full: { w: 90, h: 22 }, compact: { w: 28, h: 18 } };
const inside = (b: Rect, clip: Rect) => b.x >= clip.x && b.y >= clip.y && b.x + b.w <= clip.x + clip.w && b.y + b.h <= clip.y + clip.h;

describe('placeBadge: always inside the field', () => {
  const textarea = { x: 100, y: 100, w: 400, h: 120 };

  it('full, in the bottom-right corner, when the text leaves room', () => {
    const b = placeBadge(textarea, [{ x: 104, y: 104, w: 200, h: 20 }], sizes)!;
    expect(b.mode).toBe('full');
    expect(inside(b, textarea)).toBe(true);
    expect(b.y + b.h).toBeGreaterThan(textarea.y + textarea.h - 10);
  });

  it('compact in the same corner when the text reaches it, rather than moving off the field', () => {
    const prev = placeBadge(textarea, [], sizes)!;
    // Lines of text down to the bottom, ending 60px before the right edge.
    const lines = [0, 1, 2, 3, 4].map((i) => ({ x: 104, y: 104 + i * 22, w: 336, h: 20 }));
    const b = placeBadge(textarea, lines, sizes, { prev })!;
    expect(b.mode).toBe('compact');
    expect(inside(b, textarea)).toBe(true);
    expect(lines.some((l) => intersect(l, b))).toBe(false);
  });

  it('stays inside a dense table row: a compact mark within a 26px input', () => {
    const cell = { x: 300, y: 500, w: 180, h: 26 };
    const b = placeBadge(cell, [{ x: 302, y: 503, w: 170, h: 20 }], sizes)!;
    expect(inside(b, cell)).toBe(true);
    expect(b.mode).toBe('compact');
    expect(b.h).toBeLessThanOrEqual(24);
  });

  it('keeps clear of the page’s own text inside the field (a word counter)', () => {
    const counter = { x: 430, y: 196, w: 66, h: 20 };
    const b = placeBadge(textarea, [counter], sizes)!;
    expect(intersect(b, counter)).toBeNull();
    expect(inside(b, textarea)).toBe(true);
  });

  it('never leaves the field, even when every place is taken', () => {
    const b = placeBadge(textarea, [textarea], sizes)!;
    expect(inside(b, textarea)).toBe(true);
    expect(b.mode).toBe('compact');
  });

  it('no badge in a field too small to hold one', () => {
    expect(placeBadge({ x: 0, y: 0, w: 200, h: 10 }, [], sizes)).toBeNull();
  });
});
