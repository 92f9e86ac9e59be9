// Where a field's badge goes: always inside the field's visible box, so that it never lands on
// another control (the next row's input in a table, a page's word counter below the field) and a
// click beside it reaches what the agent aimed at. Where the text (or the page's own text) leaves
// no room for the full badge it shrinks to a compact mark; it keeps its place while the agent
// types in the corner it has, changing size rather than place, so it does not jump about.

import { intersect, type Rect } from './geometry';
import type { BadgePlacement } from './ui/types';

/** The badge's two sizes, as the badge draws itself (Badge.tsx sizes itself to these). */
export interface BadgeSizes {
  full: { w: number; h: number };
  compact: { w: number; h: number };
}

/** Gap between the badge and the field's edge. */
const INSET = 4;
/** Room left for a textarea's resize grip. */
const GRIP = 12;
/** Below this visible height a field is one line: the badge sits at its right end, centred. */
const ONE_LINE = 40;
/** The smallest mark that is still a target. */
const MIN_H = 12;

type Corner = 'bottom' | 'top' | 'middle';

function boxAt(clip: Rect, corner: Corner, w: number, h: number, grip: boolean): Rect {
  const right = clip.x + clip.w - INSET - (grip && corner === 'bottom' ? GRIP : 0);
  const y = corner === 'middle' ? clip.y + (clip.h - h) / 2 : corner === 'top' ? clip.y + INSET : clip.y + clip.h - INSET - h;
  return { x: right - w, y, w, h };
}

function cornerOf(p: BadgePlacement, clip: Rect): Corner {
  const mid = p.y + p.h / 2;
  if (clip.h < ONE_LINE) return 'middle';
  return mid < clip.y + clip.h / 2 ? 'top' : 'bottom';
}

/**
 * The badge's box inside `clip` (the field's visible box): the full badge where it covers none of
 * `obstacles` (the field's text lines, the page's own text), else the compact mark, bottom-right
 * first, then top-right (one-line fields: right end); when every place is taken, the compact mark
 * at the first place all the same (it never leaves the field). The corner of `prev` (the last
 * placement) is tried first.
 */
export function placeBadge(clip: Rect, obstacles: readonly Rect[], sizes: BadgeSizes, opts: { grip?: boolean; prev?: BadgePlacement | null } = {}): BadgePlacement | null {
  const grip = !!opts.grip;
  const maxH = Math.max(0, clip.h - 2);
  if (maxH < MIN_H || clip.w < MIN_H + 2 * INSET) return null;
  const fit = (s: { w: number; h: number }) => {
    const h = Math.min(s.h, maxH);
    return { w: Math.min(s.w * (h / s.h), clip.w - 2 * INSET), h };
  };
  const full = fit(sizes.full);
  const compact = fit(sizes.compact);
  const corners: Corner[] = clip.h < ONE_LINE ? ['middle'] : ['bottom', 'top'];
  const free = (b: Rect) => !obstacles.some((o) => intersect(o, b));
  const place = (mode: BadgePlacement['mode'], corner: Corner): BadgePlacement => {
    const s = mode === 'full' ? full : compact;
    return { ...boxAt(clip, corner, s.w, s.h, grip), mode };
  };
  // Full badges need their whole width; one narrower than its content would clip it.
  const fullFits = full.w >= sizes.full.w - 0.5;

  const modes: BadgePlacement['mode'][] = fullFits ? ['full', 'compact'] : ['compact'];
  const candidates: BadgePlacement[] = [];
  const prev = opts.prev ? cornerOf(opts.prev, clip) : null;
  if (prev && corners.includes(prev)) {
    // The corner it has now comes first: it changes size in place rather than jump across the field.
    for (const m of modes) candidates.push(place(m, prev));
    for (const m of modes) for (const c of corners) if (c !== prev) candidates.push(place(m, c));
  } else for (const m of modes) for (const c of corners) candidates.push(place(m, c));
  return candidates.find(free) ?? place('compact', corners[0]!);
}
