// Contenteditable editors: the text and offset map come from ce-text.ts; underlines are drawn by
// the CSS Custom Highlight API (or, where it is missing, as overlay boxes from the ranges' client
// rects). Hit-testing and the card's anchor also use the ranges' client rects.

import type { Severity } from '../../core/types';
import { mergeLineRects, type Rect } from '../geometry';
import { buildText, domRange, type CeText } from './ce-text';
import type { HighlightLayer } from './highlights';

export class ContentEditableAdapter {
  private ce: CeText | null = null;
  private ranges: { key: string; severity: Severity; range: Range }[] = [];

  constructor(
    readonly field: HTMLElement,
    private readonly layer: HighlightLayer,
    /** Draw with the highlight API (else the controller draws overlay boxes). */
    readonly useHighlights: boolean,
  ) {
    if (useHighlights) {
      const root = field.getRootNode();
      if (root instanceof ShadowRoot) layer.ensureSheet(root);
    }
  }

  text(): string {
    this.ce = buildText(this.field);
    return this.ce.text;
  }

  private lastSpans: readonly unknown[] | null = null;
  private lastCe: CeText | null = null;

  /** Rebuilds the ranges of the drawn spans (and the highlights) when the findings or the text changed. */
  setSpans(spans: readonly { key: string; severity: Severity; start: number; end: number }[]): void {
    const ce = this.ce ?? buildText(this.field);
    if (spans === this.lastSpans && ce === this.lastCe) return;
    this.lastSpans = spans;
    this.lastCe = ce;
    this.ranges = [];
    for (const s of spans) {
      if (s.end <= s.start) continue;
      const range = domRange(ce, s.start, s.end);
      if (range) this.ranges.push({ key: s.key, severity: s.severity, range });
    }
    if (this.useHighlights) this.layer.set(this, this.ranges.map(({ severity, range }) => ({ severity, range })));
  }

  /**
   * Client rects (viewport coordinates) of the drawn spans that can be visible in `clip`, merged
   * per line. Spans are in document order, so the first visible one is found by binary search:
   * a huge editor measures only what is on screen.
   */
  rects(clip: Rect | null = null, limit = 400): { key: string; severity: Severity; rects: Rect[] }[] {
    const out: { key: string; severity: Severity; rects: Rect[] }[] = [];
    let n = 0;
    let first = 0;
    if (clip && this.ranges.length > 32) {
      let lo = 0;
      let hi = this.ranges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.ranges[mid]!.range.getBoundingClientRect().bottom >= clip.y) hi = mid;
        else lo = mid + 1;
      }
      first = lo;
    }
    for (let i = first; i < this.ranges.length; i++) {
      const r = this.ranges[i]!;
      if (n > limit) break;
      if (clip && i > first && r.range.getBoundingClientRect().top > clip.y + clip.h) break;
      const rects: Rect[] = [];
      for (const c of r.range.getClientRects()) rects.push({ x: c.left, y: c.top, w: c.width, h: c.height });
      const merged = mergeLineRects(rects);
      n += merged.length;
      out.push({ key: r.key, severity: r.severity, rects: merged });
    }
    return out;
  }

  /** Tints the span whose card is open (highlight mode); null clears it. */
  setActive(key: string | null): void {
    if (!this.useHighlights) return;
    const r = key ? this.ranges.find((x) => x.key === key)?.range ?? null : null;
    if (r || this.activeSet) this.layer.setActive(r);
    this.activeSet = !!r;
  }

  private activeSet = false;

  destroy(): void {
    if (this.activeSet) this.layer.setActive(null);
    this.layer.clear(this);
    this.ranges = [];
    this.lastSpans = null;
  }
}
