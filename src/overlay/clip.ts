// What part of a field is actually visible: its client box, cut by every scrolling ancestor
// (a textarea scrolled out of a modal's body must not leave underlines over the modal's footer)
// and by the viewport.

import { composedParent } from './fields';
import { intersect, type Rect } from './geometry';

/** Ancestors (across shadow boundaries) whose overflow clips their content. */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const doc = el.ownerDocument;
  for (let n = composedParent(el); n && n !== doc.documentElement && n !== doc.body; n = composedParent(n)) {
    if (!(n instanceof Element)) continue;
    const cs = getComputedStyle(n);
    if (cs.position === 'fixed') break;
    if ((cs.overflowX !== 'visible' && cs.overflowX !== '') || (cs.overflowY !== 'visible' && cs.overflowY !== '') || cs.contain.includes('paint')) out.push(n);
  }
  return out;
}

export function viewportRect(win: Window = window): Rect {
  const de = win.document.documentElement;
  const w = de && de.clientWidth > 0 && de.clientWidth <= win.innerWidth ? de.clientWidth : win.innerWidth;
  const h = de && de.clientHeight > 0 && de.clientHeight <= win.innerHeight ? de.clientHeight : win.innerHeight;
  return { x: 0, y: 0, w, h };
}

export function clientBox(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left + el.clientLeft, y: r.top + el.clientTop, w: el.clientWidth, h: el.clientHeight };
}

/** The visible part of `box` (viewport coordinates), or null when none of it is visible. */
export function visiblePart(box: Rect, ancestors: readonly Element[], viewport: Rect): Rect | null {
  let c: Rect | null = intersect(box, viewport);
  for (const a of ancestors) {
    if (!c) return null;
    if (!a.isConnected) continue;
    c = intersect(c, clientBox(a));
  }
  return c;
}
