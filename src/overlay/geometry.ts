// Pure span → rectangle maths for the overlay. Measurement is injected (the mirror's
// Range.getClientRects in the page, plain functions in the tests), so everything here runs in Node.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const rect = (x: number, y: number, w: number, h: number): Rect => ({ x, y, w, h });

export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const r = Math.min(a.x + a.w, b.x + b.w);
  const bt = Math.min(a.y + a.h, b.y + b.h);
  return r > x && bt > y ? { x, y, w: r - x, h: bt - y } : null;
}

export function contains(r: Rect, px: number, py: number, slop = 0): boolean {
  return px >= r.x - slop && px <= r.x + r.w + slop && py >= r.y - slop && py <= r.y + r.h + slop;
}

/**
 * Joins the rects a Range reports for one line (one per text run or bidi piece) into one rect per
 * line, and drops empty ones (a range ending right after a line break reports a zero-width rect).
 */
export function mergeLineRects(rects: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    if (r.w <= 0.5 || r.h <= 0) continue;
    const last = out[out.length - 1];
    const mid = r.y + r.h / 2;
    if (last && mid > last.y && mid < last.y + last.h && r.x <= last.x + last.w + 1 && r.x + r.w >= last.x - 1) {
      const x = Math.min(last.x, r.x);
      const y = Math.min(last.y, r.y);
      const right = Math.max(last.x + last.w, r.x + r.w);
      const bottom = Math.max(last.y + last.h, r.y + r.h);
      out[out.length - 1] = { x, y, w: right - x, h: bottom - y };
    } else out.push({ ...r });
  }
  return out;
}

/**
 * Where a text field sits in the viewport, everything the span maths needs. `box` is the field's
 * border box in viewport coordinates (the mirror measures relative to its own border box, which
 * copies the field's); `scrollX/Y` the field's scroll offsets; `dy` a vertical shift of the text
 * (inputs centre their single line).
 */
export interface FieldFrame {
  box: Rect;
  scrollX: number;
  scrollY: number;
  dy: number;
  /** Visible part of the field after clipping by scrolling ancestors and the viewport. */
  clip: Rect;
  /** The overlay host's own origin in the viewport (it moves with transformed ancestors). */
  origin: { x: number; y: number };
}

/**
 * Converts rects measured in the mirror (relative to the mirror's border-box origin, unscrolled)
 * into overlay coordinates, shifted by the field's position and scroll. Lines that are not visible
 * (or only as a sliver) are dropped; visible ones keep their full size: the overlay clips them
 * to the field with a container, so a half-scrolled line keeps its underline under its glyphs.
 */
export function toOverlay(mirrorRects: readonly Rect[], f: FieldFrame): Rect[] {
  const out: Rect[] = [];
  for (const r of mirrorRects) {
    const v = { x: f.box.x + r.x - f.scrollX, y: f.box.y + r.y - f.scrollY + f.dy, w: r.w, h: r.h };
    const c = intersect(v, f.clip);
    if (!c || c.h < Math.min(4, r.h)) continue;
    out.push({ x: v.x - f.origin.x, y: v.y - f.origin.y, w: v.w, h: v.h });
  }
  return out;
}

/**
 * The smallest offset in [0, n] for which `pred` is true, assuming `pred` is monotonic
 * (false…false true…true); n when none. O(log n) calls.
 */
export function firstTrue(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The offsets [from, to) of the text that can be visible in a scrolled box, found by binary search
 * on a monotonic position measure (`lineEndAt(i)`: bottom (or right) edge of the character at i;
 * `lineStartAt(i)`: its top (or left) edge), in the mirror's unscrolled coordinates. Used so that a
 * 100,000-character text only measures and draws the spans on screen.
 */
export function visibleRange(
  n: number,
  lineStartAt: (i: number) => number,
  lineEndAt: (i: number) => number,
  viewStart: number,
  viewEnd: number,
): { from: number; to: number } {
  if (n === 0) return { from: 0, to: 0 };
  const from = firstTrue(n, (i) => lineEndAt(i) > viewStart);
  const to = firstTrue(n, (i) => lineStartAt(i) >= viewEnd);
  return { from, to: Math.max(from, to) };
}

/** Keeps the spans that overlap [from, to). */
export function spansIn<T extends { start: number; end: number }>(spans: readonly T[], from: number, to: number): T[] {
  return spans.filter((s) => s.end > from && s.start < to);
}

/** Clamps a box of size w×h so it stays inside `bounds`. */
export function clampInto(x: number, y: number, w: number, h: number, bounds: Rect): { x: number; y: number } {
  return {
    x: Math.max(bounds.x, Math.min(x, bounds.x + bounds.w - w)),
    y: Math.max(bounds.y, Math.min(y, bounds.y + bounds.h - h)),
  };
}

/**
 * Where a floating box (card, panel) of size w×h goes next to an anchor: below it when it fits in
 * the viewport, else above, else whichever side has more room; horizontally aligned to the anchor's
 * left edge (or right edge with `alignRight`) and kept inside the viewport.
 */
export function placeFloating(
  anchor: Rect,
  w: number,
  h: number,
  viewport: Rect,
  opts: { gap?: number; alignRight?: boolean } = {},
): { x: number; y: number; above: boolean } {
  const gap = opts.gap ?? 6;
  const below = anchor.y + anchor.h + gap;
  const aboveY = anchor.y - gap - h;
  const roomBelow = viewport.y + viewport.h - below;
  const roomAbove = anchor.y - gap - viewport.y;
  const above = roomBelow < h && (roomAbove >= h || roomAbove > roomBelow);
  const x0 = opts.alignRight ? anchor.x + anchor.w - w : anchor.x;
  const p = clampInto(x0, above ? aboveY : below, w, h, viewport);
  return { ...p, above };
}

export type Side = 'below' | 'right' | 'left' | 'above' | 'inside';

export interface PanelPlacement {
  side: Side;
  /** Left edge, and the top edge (below, right, left) or the bottom edge (above), in the viewport's coordinates. */
  x: number;
  y: number;
  /** The most the panel may grow: it scrolls inside beyond this, and never reaches the field. */
  maxH: number;
}

/**
 * Where the panel of a field goes: below the field, beside it (right, then left) or above it,
 * never over the field's box. Its height is capped by the room on that side rather than moving it,
 * so the panel stays put while its list changes; `prev` (the side it has) is kept while it still
 * has room. A side that would cover one of `avoid` (the page's send button) is taken only when
 * no other has room. When no side has room for a good part of the list (a field that fills a short
 * frame), the panel goes inside the field's box below its text (`textBottom`), if that is roomier:
 * it may cover the empty part of the field, never the words it explains. Coordinates are the viewport's.
 */
export function placePanel(
  field: Rect,
  w: number,
  want: number,
  viewport: Rect,
  opts: { avoid?: readonly Rect[]; prev?: Side | null; gap?: number; margin?: number; minH?: number; textBottom?: number } = {},
): PanelPlacement {
  const gap = opts.gap ?? 6;
  const m = opts.margin ?? 4;
  const minH = Math.min(opts.minH ?? 160, want);
  const vp = { top: viewport.y + m, bottom: viewport.y + viewport.h - m, left: viewport.x + m, right: viewport.x + viewport.w - m };
  const fieldBottom = field.y + field.h;
  const fieldRight = field.x + field.w;
  const clampX = (x: number) => Math.max(vp.left, Math.min(x, vp.right - w));
  const beside = (x: number): PanelPlacement & { room: number } => {
    const room = vp.bottom - vp.top;
    const maxH = Math.min(want, room);
    return { side: 'right', x, y: Math.max(vp.top, Math.min(field.y, vp.bottom - maxH)), maxH, room };
  };
  const options: (PanelPlacement & { room: number; fits: boolean })[] = [];
  // Below and above: aligned with the field's right edge, else its left edge (a send button at the
  // field's bottom-right corner stays clear).
  const alignments = [clampX(fieldRight - w), clampX(field.x)];
  {
    const room = vp.bottom - (fieldBottom + gap);
    for (const x of alignments) options.push({ side: 'below', x, y: fieldBottom + gap, maxH: Math.min(want, room), room, fits: room >= minH });
  }
  {
    const p = beside(fieldRight + gap);
    options.push({ ...p, side: 'right', fits: fieldRight + gap + w <= vp.right && p.room >= minH });
  }
  {
    const p = beside(field.x - gap - w);
    options.push({ ...p, side: 'left', fits: field.x - gap - w >= vp.left && p.room >= minH });
  }
  {
    const room = field.y - gap - vp.top;
    for (const x of alignments) options.push({ side: 'above', x, y: field.y - gap, maxH: Math.min(want, room), room, fits: room >= minH });
  }
  const box = (o: PanelPlacement): Rect => (o.side === 'above' ? { x: o.x, y: o.y - o.maxH, w, h: o.maxH } : { x: o.x, y: o.y, w, h: o.maxH });
  const clear = (o: PanelPlacement) => !(opts.avoid ?? []).some((a) => intersect(a, box(o)));
  const strip = ({ side, x, y, maxH }: PanelPlacement): PanelPlacement => ({ side, x, y, maxH });
  const kept = opts.prev ? options.find((o) => o.side === opts.prev && o.fits && clear(o)) ?? options.find((o) => o.side === opts.prev && o.fits) : undefined;
  if (kept) return strip(kept);
  // Below or beside with room for a good part of the list, clear of the page's buttons; then above
  // with room for all of it; then any side with room, clear first.
  type Option = (typeof options)[number];
  const comfy = Math.min(want, 280);
  const tiers: ((o: Option) => boolean)[] = [
    (o) => o.side !== 'above' && o.fits && o.maxH >= comfy && clear(o),
    (o) => o.side === 'above' && o.fits && o.maxH >= want && clear(o),
    (o) => o.fits && clear(o),
    (o) => o.fits,
  ];
  const best = tiers.map((ok) => options.find(ok)).find((o) => o !== undefined);
  if (best) return strip(best);
  // No side has the room the list wants: the roomiest one, the panel shorter (it scrolls).
  const roomiest = options.filter((o) => o.side === 'below' || o.side === 'above').sort((a, b) => b.room - a.room)[0]!;
  if (opts.textBottom !== undefined) {
    const y = Math.max(vp.top, opts.textBottom + gap);
    if (vp.bottom - y > roomiest.room) return { side: 'inside', x: alignments[0]!, y, maxH: vp.bottom - y };
  }
  return strip({ ...roomiest, maxH: Math.max(0, roomiest.room) });
}
