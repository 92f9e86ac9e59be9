// Underlines in contenteditable editors with the CSS Custom Highlight API: one Highlight per
// severity (registered as cg-error / cg-warning / cg-info, shared by every editor of the document)
// and the ::highlight rules adopted as a constructed stylesheet into the document, and into the
// shadow root of an editor that lives in one. Nothing is inserted into the page's DOM.

import type { Severity } from '../../core/types';
import { HIGHLIGHT_CSS } from '../ui/styles';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;
type Registry = Map<string, Highlight>;

const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const HIGHLIGHT_NAMES: Record<Severity, string> = { error: 'cg-error', warning: 'cg-warning', info: 'cg-info' };
const ACTIVE_NAME = 'cg-active';

function registry(win: Window & typeof globalThis): Registry | null {
  const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
  const ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && ctor ? css.highlights : null;
}

export class HighlightLayer {
  private readonly reg: Registry | null;
  private readonly byOwner = new Map<object, { severity: Severity; range: AbstractRange }[]>();
  private readonly highlights = new Map<Severity, Highlight>();
  private sheet: CSSStyleSheet | null = null;
  private readonly adoptedIn = new Set<Document | ShadowRoot>();

  constructor(private readonly doc: Document = document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    this.reg = win ? registry(win) : null;
  }

  get supported(): boolean {
    return this.reg !== null && this.ensureSheet(this.doc);
  }

  /** Adopts the ::highlight rules into a document or shadow root (once). */
  ensureSheet(root: Document | ShadowRoot): boolean {
    if (this.adoptedIn.has(root)) return true;
    try {
      if (!this.sheet) {
        const win = this.doc.defaultView as (Window & typeof globalThis) | null;
        const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
        this.sheet = new Sheet();
        this.sheet.replaceSync(HIGHLIGHT_CSS);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.adoptedIn.add(root);
      return true;
    } catch {
      return false;
    }
  }

  private highlight(sev: Severity): Highlight {
    let h = this.highlights.get(sev);
    if (!h) {
      const win = this.doc.defaultView as unknown as { Highlight: HighlightCtor };
      h = new win.Highlight();
      h.priority = PRIORITY[sev];
      this.highlights.set(sev, h);
      this.reg!.set(HIGHLIGHT_NAMES[sev], h);
    } else if (this.reg!.get(HIGHLIGHT_NAMES[sev]) !== h) this.reg!.set(HIGHLIGHT_NAMES[sev], h);
    return h;
  }

  private active: Highlight | null = null;

  /** Marks the span whose card is open (a tint, on top of its underline); null clears it. */
  setActive(range: AbstractRange | null): void {
    if (!this.reg) return;
    if (!this.active) {
      const win = this.doc.defaultView as unknown as { Highlight: HighlightCtor };
      this.active = new win.Highlight();
      this.active.priority = 10;
      this.reg.set(ACTIVE_NAME, this.active);
    }
    this.active.clear();
    if (range) this.active.add(range);
  }

  /** Replaces the ranges drawn for `owner` (one editor). */
  set(owner: object, ranges: { severity: Severity; range: AbstractRange }[]): void {
    if (!this.reg) return;
    this.clear(owner);
    for (const r of ranges) this.highlight(r.severity).add(r.range);
    this.byOwner.set(owner, ranges);
  }

  clear(owner: object): void {
    const old = this.byOwner.get(owner);
    if (!old) return;
    for (const r of old) this.highlights.get(r.severity)?.delete(r.range);
    this.byOwner.delete(owner);
  }

  destroy(): void {
    for (const owner of [...this.byOwner.keys()]) this.clear(owner);
    if (this.reg) for (const [sev, h] of this.highlights) if (this.reg.get(HIGHLIGHT_NAMES[sev]) === h) this.reg.delete(HIGHLIGHT_NAMES[sev]);
    this.highlights.clear();
    if (this.active && this.reg?.get(ACTIVE_NAME) === this.active) this.reg.delete(ACTIVE_NAME);
    this.active = null;
    if (this.sheet) {
      for (const root of this.adoptedIn) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
        } catch {
          // The root may be gone.
        }
      }
    }
    this.adoptedIn.clear();
  }
}
