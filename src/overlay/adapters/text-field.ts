// Underline geometry for <textarea> and <input>: a hidden mirror element inside our shadow root
// (never in the page) copies the field's text layout; Range.getClientRects on the mirror's text
// nodes gives each span's line boxes, which geometry.ts shifts by the field's position and scroll.
//
// The mirror holds one block per paragraph (text between newlines) so that an edit re-lays out
// only its paragraph, and a huge paste is laid out a slice per frame (paragraphs are added in
// order, under a character budget); spans in paragraphs not laid out yet are simply not drawn.

import { mergeLineRects, type Rect } from '../geometry';
import type { TextField } from '../fields';

const COPIED = [
  'direction', 'box-sizing', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'font-style', 'font-variant', 'font-weight', 'font-stretch', 'font-size', 'font-size-adjust', 'line-height', 'font-family',
  'font-feature-settings', 'font-variation-settings', 'font-kerning', 'font-variant-ligatures', 'font-variant-numeric',
  'font-optical-sizing', 'text-align', 'text-transform', 'text-indent', 'letter-spacing', 'word-spacing', 'tab-size',
  'word-break', 'overflow-wrap', 'line-break', 'hyphens', 'text-rendering', 'unicode-bidi', 'text-size-adjust',
  '-webkit-text-size-adjust',
] as const;

/** Characters laid out per frame when a huge text arrives. */
export const LAYOUT_BUDGET = 4000;
/** A single paragraph longer than this is never laid out (its layout alone would block too long). */
export const MAX_PARAGRAPH = 20000;

interface Para {
  text: string;
  /** Offset of the paragraph's first character in the field's text. */
  start: number;
  el: HTMLDivElement;
  node: Text | null;
}

export class TextFieldAdapter {
  readonly mirror: HTMLDivElement;
  private paras: Para[] = [];
  /** Paragraphs of the current text (only [0, paras.length) are laid out). */
  private target: string[] = [];
  private targetStarts: number[] = [];
  private text = '';
  private styleSig = '';
  private origin = { x: 0, y: 0 };
  /** Vertical offset of an input's single line inside its content box. */
  dy = 0;

  constructor(
    readonly field: TextField,
    container: HTMLElement,
  ) {
    this.mirror = container.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    container.appendChild(this.mirror);
  }

  get isInput(): boolean {
    return this.field instanceof HTMLInputElement;
  }

  /** The field's current text. */
  value(): string {
    return this.field.value;
  }

  /** Whether the layout is stuck on a paragraph too long to lay out (the rest is never drawn). */
  get blocked(): boolean {
    const t = this.target[this.paras.length];
    return t !== undefined && t.length > MAX_PARAGRAPH;
  }

  /** Whether every paragraph of the current text is laid out. */
  get complete(): boolean {
    return this.paras.length === this.target.length;
  }

  private copyStyle(): void {
    const f = this.field;
    const cs = getComputedStyle(f);
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    // The field's border-box width minus its vertical scrollbar (the mirror has none), unaffected
    // by transforms: text then wraps exactly as in the field.
    const width = parseFloat(cs.width) || 0;
    const pl = parseFloat(cs.paddingLeft) || 0;
    const pr = parseFloat(cs.paddingRight) || 0;
    const borderBox = cs.boxSizing === 'border-box' ? width : width + pl + pr + bl + br;
    const scrollbar = Math.max(0, f.offsetWidth - f.clientWidth - Math.round(bl) - Math.round(br));
    const borderBoxWidth = Math.max(0, borderBox - scrollbar);
    const parts: string[] = [];
    for (const p of COPIED) parts.push(cs.getPropertyValue(p));
    const ws = cs.whiteSpace;
    const sig = `${parts.join('|')}|${borderBoxWidth}|${ws}`;
    if (sig === this.styleSig) return;
    this.styleSig = sig;
    const m = this.mirror.style;
    COPIED.forEach((p, i) => m.setProperty(p, parts[i]!));
    m.setProperty('box-sizing', 'border-box');
    m.setProperty('width', `${borderBoxWidth}px`);
    m.setProperty('border-style', 'solid');
    if (this.isInput) {
      m.setProperty('white-space', 'pre');
      m.setProperty('overflow-wrap', 'normal');
      m.setProperty('word-break', 'normal');
    } else {
      m.setProperty('white-space', ws === 'normal' || ws === 'nowrap' ? ws : 'pre-wrap');
    }
  }

  private makePara(text: string, start: number): Para {
    const el = this.mirror.ownerDocument.createElement('div');
    let node: Text | null = null;
    // An empty paragraph still takes a line, as in the textarea.
    if (text) el.appendChild((node = this.mirror.ownerDocument.createTextNode(text)));
    else el.appendChild(this.mirror.ownerDocument.createElement('br'));
    return { text, start, el, node };
  }

  /**
   * Brings the mirror up to date with `text` (style and paragraphs), laying out at most
   * `budget` new characters. Returns whether the mirror is complete.
   */
  sync(text: string, budget = LAYOUT_BUDGET): boolean {
    this.copyStyle();
    let used = 0;
    if (text !== this.text) {
      const wasComplete = this.paras.length > 0 && this.paras.length === this.target.length;
      this.text = text;
      const shown = this.isInput ? text.replace(/[\r\n]/g, ' ') : text.replace(/\r\n?/g, '\n');
      this.target = this.isInput ? [shown] : shown.split('\n');
      this.targetStarts = [];
      let o = 0;
      for (const p of this.target) {
        this.targetStarts.push(o);
        o += p.length + 1;
      }
      // Keep the laid-out paragraphs that did not change: common prefix, and the common suffix
      // when the mirror was complete and the changed middle fits this frame's budget.
      const old = this.paras;
      let k = 0;
      while (k < old.length && k < this.target.length && old[k]!.text === this.target[k]) k++;
      let m = 0;
      if (wasComplete) {
        while (m < old.length - k && m < this.target.length - k && old[old.length - 1 - m]!.text === this.target[this.target.length - 1 - m]) m++;
      }
      let middle = 0;
      for (let i = k; i < this.target.length - m; i++) middle += this.target[i]!.length;
      const keepSuffix = m > 0 && middle <= budget && !this.target.slice(k, this.target.length - m).some((p) => p.length > MAX_PARAGRAPH);
      const suffix = keepSuffix ? old.slice(old.length - m) : [];
      for (const p of old.slice(k, keepSuffix ? old.length - m : old.length)) p.el.remove();
      const next: Para[] = old.slice(0, k);
      if (keepSuffix) {
        const anchor = suffix[0]!.el;
        for (let i = k; i < this.target.length - m; i++) {
          const p = this.makePara(this.target[i]!, this.targetStarts[i]!);
          this.mirror.insertBefore(p.el, anchor);
          next.push(p);
        }
        used += middle;
        suffix.forEach((p, j) => {
          p.start = this.targetStarts[this.target.length - m + j]!;
          next.push(p);
        });
      }
      this.paras = next;
    }
    // Lay out further paragraphs in order, within the budget (at least one per frame).
    while (this.paras.length < this.target.length) {
      const i = this.paras.length;
      const t = this.target[i]!;
      if (t.length > MAX_PARAGRAPH || (used > 0 && used + t.length > budget)) break;
      const p = this.makePara(t, this.targetStarts[i]!);
      this.mirror.appendChild(p.el);
      this.paras.push(p);
      used += t.length;
    }
    const mr = this.mirror.getBoundingClientRect();
    this.origin = { x: mr.left, y: mr.top };
    if (this.isInput) {
      const cs = getComputedStyle(this.field);
      const pt = parseFloat(cs.paddingTop) || 0;
      const pb = parseFloat(cs.paddingBottom) || 0;
      const bt = parseFloat(cs.borderTopWidth) || 0;
      const bb = parseFloat(cs.borderBottomWidth) || 0;
      const fieldContent = this.field.clientHeight - pt - pb;
      const mirrorContent = mr.height - pt - pb - bt - bb;
      this.dy = (fieldContent - mirrorContent) / 2;
    } else this.dy = 0;
    return this.complete;
  }

  /** Index of the paragraph holding offset `o` among the laid-out ones (−1 when not laid out). */
  private paraAt(o: number): number {
    let lo = 0;
    let hi = this.paras.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.paras[mid]!.start <= o) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (ans >= 0 && o > this.paras[ans]!.start + this.paras[ans]!.text.length) return ans === this.paras.length - 1 && !this.complete ? -1 : ans;
    return ans;
  }

  /** Rects of [start, end) relative to the field's border-box origin (unscrolled); [] when not laid out. */
  rects(start: number, end: number): Rect[] {
    if (end <= start) return [];
    const out: Rect[] = [];
    const doc = this.mirror.ownerDocument;
    const first = this.paraAt(start);
    if (first < 0) return [];
    for (let i = first; i < this.paras.length; i++) {
      const p = this.paras[i]!;
      if (p.start >= end) break;
      if (!p.node) continue;
      const s = Math.max(0, start - p.start);
      const e = Math.min(p.text.length, end - p.start);
      if (e <= s) continue;
      const r = doc.createRange();
      r.setStart(p.node, s);
      r.setEnd(p.node, e);
      for (const c of r.getClientRects()) out.push({ x: c.left - this.origin.x, y: c.top - this.origin.y, w: c.width, h: c.height });
    }
    return mergeLineRects(out);
  }

  /**
   * The offsets [from, to) of the laid-out text that can be visible when the field is scrolled by
   * (scrollLeft, scrollTop) and shows clientWidth × clientHeight; by paragraph boxes, so it costs
   * O(log paragraphs) even for huge text.
   */
  visibleOffsets(scrollTop: number, clientHeight: number): { from: number; to: number } {
    const ps = this.paras;
    if (!ps.length) return { from: 0, to: 0 };
    if (this.isInput || ps.length < 8) return { from: 0, to: this.complete ? this.text.length : ps[ps.length - 1]!.start + ps[ps.length - 1]!.text.length };
    const top = (p: Para) => p.el.offsetTop;
    const bottom = (p: Para) => p.el.offsetTop + p.el.offsetHeight;
    let lo = 0;
    let hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bottom(ps[mid]!) > scrollTop) hi = mid;
      else lo = mid + 1;
    }
    const a = lo;
    hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top(ps[mid]!) >= scrollTop + clientHeight) hi = mid;
      else lo = mid + 1;
    }
    const b = Math.max(a, lo - 1);
    const pa = ps[Math.min(a, ps.length - 1)]!;
    const pb = ps[Math.min(b, ps.length - 1)]!;
    return { from: pa.start, to: pb.start + pb.text.length };
  }

  destroy(): void {
    this.mirror.remove();
    this.paras = [];
  }
}
