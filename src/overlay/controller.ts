// One controller per checked field: it listens to input and IME composition, lints on every
// input outside composition (one lint and one layout per animation frame, no debounce), keeps the
// old underlines attached to their text through edits (remap) meanwhile, and turns findings into
// the field's view (underline boxes, badge placement) for the UI.

import { smsSegments } from '../core/engine';
import { codePoints } from '../core/structure';
import type { Audience, Finding, Lang } from '../core/types';
import { ContentEditableAdapter } from './adapters/content-editable';
import type { HighlightLayer } from './adapters/highlights';
import { TextFieldAdapter } from './adapters/text-field';
import { clientBox, clippingAncestors, visiblePart } from './clip';
import { isTextField, replaceRange, selectionOffsets } from './edit';
import { fieldKind, type Field, type FieldKind } from './fields';
import type { FieldLinter, LintProvider } from './framework';
import { contains, intersect, spansIn, toOverlay, type Rect } from './geometry';
import { mergeProblems } from './problems';
import { diffEdit, remapSpan, type Edit } from './remap';
import { placeBadge } from './badge-place';
import { badgeSizes } from './ui/Badge';
import type { AudienceMode, BadgePlacement, FieldView, Purpose, ShownFinding, UnderlineBox } from './ui/types';

export interface ControllerHost {
  readonly lint: LintProvider;
  /** Asks for a frame; the framework then calls update() on dirty controllers. */
  schedule(): void;
  mirrors(): HTMLElement;
  layer(): HighlightLayer;
  /** Whether contenteditable underlines use the Custom Highlight API. */
  useHighlights(): boolean;
  lang(): Lang;
  /** The purpose the organisation gives the field (it cannot be switched then), or null. */
  fixedPurpose(field: Field): Purpose | null;
  /** What the field's labels say it is for, or null. */
  detectPurpose(field: Field): Purpose | null;
  recallPurpose(field: Field): Promise<Purpose | null>;
  rememberPurpose(field: Field, p: Purpose): void;
  onFieldKeyDown(c: FieldController, e: KeyboardEvent): void;
  onFieldPointer(c: FieldController, e: MouseEvent, kind: 'move' | 'click' | 'leave'): void;
}

interface Ignored {
  ruleId: string;
  start: number;
  end: number;
}

/** Beyond this length the text's own line boxes are not measured to keep the badge off them. */
const OVERLAP_CHECK_MAX = 5000;
/** Most underline rects drawn per field (the visible part of huge texts only). */
const MAX_RECTS = 500;

let nextId = 1;

export const findingKey = (f: Pick<Finding, 'ruleId' | 'start' | 'end'>) => `${f.ruleId}@${f.start}-${f.end}`;

/** Findings the panel lists: all but the informational segment count, which the badge shows. */
export function listable(f: Finding): boolean {
  return !(f.category === 'length' && f.severity === 'info');
}

/**
 * What the page draws near the field, in the viewport: its own text (a word counter in the corner:
 * Naive UI, Element Plus, antd), which the badge keeps clear of, and its buttons (a send button),
 * which the panel would rather not cover. Looks at the field's near ancestors, field excluded.
 */
function pageNeighbours(f: Element): { text: Rect[]; controls: Rect[] } {
  const text: Rect[] = [];
  const controls: Rect[] = [];
  let n = 0;
  const seen = new Set<Node>();
  for (let p = f.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) {
    const w = f.ownerDocument.createTreeWalker(p, 5, (x) => (x === f || seen.has(x) ? 2 : 1));
    for (let t: Node | null; (t = w.nextNode()) && n++ < 120; ) {
      seen.add(t);
      const el = t.nodeType === 3 ? t.parentElement : (t as Element);
      if (!el) continue;
      const isText = t.nodeType === 3 && !!(t as Text).data.trim();
      const isControl = t.nodeType === 1 && el.matches('button, input[type="submit"], input[type="button"], [role="button"]');
      if (!isText && !isControl) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.height) (isText ? text : controls).push({ x: r.left, y: r.top, w: r.width, h: r.height });
    }
  }
  return { text, controls };
}

export class FieldController {
  readonly id = nextId++;
  readonly kind: FieldKind;
  private readonly abort = new AbortController();
  private readonly tf: TextFieldAdapter | null;
  private readonly ce: ContentEditableAdapter | null;
  private ro: ResizeObserver | null = null;
  private mo: MutationObserver | null = null;
  private ancestors: Element[] = [];
  /** A textarea with a resize grip in its corner: the badge keeps clear of it. */
  private resizable = false;
  private readonly linter: FieldLinter;

  text = '';
  /** Engine findings (all of them, remapped through edits since the last lint). */
  private all: Finding[] = [];
  private ignored: Ignored[] = [];
  shown: ShownFinding[] = [];
  /** Edits since the open card last looked, so it follows its finding (see followKey). */
  private moved: { edit: Edit | null; before: ShownFinding[] }[] = [];
  composing = false;
  private dirtyText = true;
  private needsLint = true;
  private needsLayout = true;
  linted = false;
  /** The lint provider's epoch at the last lint (findings may change with it: the send time). */
  private lintEpoch = -1;
  private lastRect = '';
  /** The recipient the agent (or an inserted template) chose for the message being written; null: follow the text. */
  private audienceChoice: Audience | null = null;
  /** What the text says about its recipient, at the last lint. */
  private detected: Audience | 'unsure' = 'debtor';
  audience: Audience = 'debtor';
  /** Read from the field's labels; the organisation's selectors, then the agent's choice, win. */
  private detectedPurpose: Purpose = 'message';
  purposeChoice: Purpose | null = null;
  private badgePlace: BadgePlacement | null = null;
  focused = false;
  /** Viewport rects of the drawn spans, for hit-testing and card anchors. */
  hitRects: { key: string; rect: Rect }[] = [];
  view: FieldView;
  private countedText = '';
  private counts = { segments: 0, chars: 0 };

  constructor(
    readonly field: Field,
    private readonly host: ControllerHost,
  ) {
    this.kind = fieldKind(field)!;
    this.linter = host.lint.forField();
    this.tf = isTextField(field) ? new TextFieldAdapter(field, host.mirrors()) : null;
    this.ce = this.tf ? null : new ContentEditableAdapter(field, host.layer(), host.useHighlights());
    this.learnPurpose();
    this.view = this.emptyView();
    this.listen();
    this.refreshAncestors();
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Reads what the field's labels say it is for, and the agent's earlier choice for it. */
  learnPurpose(): void {
    this.detectedPurpose = this.host.detectPurpose(this.field) ?? 'message';
    void this.host.recallPurpose(this.field).then((p) => {
      if (p && !this.abort.signal.aborted && !this.purposeChoice) {
        this.purposeChoice = p;
        this.invalidate(true);
      }
    });
  }

  /** Whether the organisation's selectors fix the field's purpose. */
  get purposeFixed(): boolean {
    return this.host.fixedPurpose(this.field) !== null;
  }

  /** A message (every check, the send guard) or an internal note (privacy checks only). */
  get purpose(): Purpose {
    return this.host.fixedPurpose(this.field) ?? this.purposeChoice ?? this.detectedPurpose;
  }

  setPurpose(p: Purpose): void {
    if (this.purposeFixed) return;
    this.purposeChoice = p;
    this.host.rememberPurpose(this.field, p);
    this.invalidate(true);
  }

  private emptyView(): FieldView {
    return {
      id: this.id,
      findings: [],
      boxes: [],
      badge: null,
      box: null,
      clip: null,
      segments: 0,
      chars: 0,
      quiet: false,
      audience: this.audience,
      audienceMode: 'auto',
      detected: this.detected,
      compliant: false,
      avoid: [],
      focused: false,
      purpose: this.purpose,
      purposeChosen: false,
      purposeFixed: false,
    };
  }

  private listen(): void {
    const f = this.field;
    const opts = { signal: this.abort.signal };
    const passive = { signal: this.abort.signal, passive: true };
    f.addEventListener('compositionstart', () => {
      this.composing = true;
    }, opts);
    f.addEventListener('compositionend', () => {
      this.composing = false;
      this.invalidate(true);
    }, opts);
    f.addEventListener('input', (e) => {
      const composing = (e as InputEvent).isComposing || this.composing;
      this.dirtyText = true;
      if (!composing) this.needsLint = true;
      this.needsLayout = true;
      this.host.schedule();
    }, opts);
    f.addEventListener('scroll', () => this.invalidateLayout(), passive);
    f.addEventListener('focus', () => {
      this.focused = true;
      this.invalidate(false);
    }, opts);
    f.addEventListener('blur', () => {
      this.focused = false;
      this.composing = false;
      this.invalidateLayout();
    }, opts);
    // Shortcuts and pointing open our UI only when a person did them: a page's script that fires
    // Alt+J or a click at an underline's place opens nothing.
    f.addEventListener('keydown', (e) => e.isTrusted && this.host.onFieldKeyDown(this, e as KeyboardEvent), opts);
    f.addEventListener('mousemove', (e) => e.isTrusted && this.host.onFieldPointer(this, e as MouseEvent, 'move'), passive);
    f.addEventListener('mouseleave', (e) => this.host.onFieldPointer(this, e as MouseEvent, 'leave'), passive);
    f.addEventListener('click', (e) => e.isTrusted && this.host.onFieldPointer(this, e as MouseEvent, 'click'), passive);
    if (typeof ResizeObserver !== 'undefined') {
      this.ro = new ResizeObserver(() => this.invalidateLayout());
      this.ro.observe(f);
    }
    if (this.ce && typeof MutationObserver !== 'undefined') {
      // Editors that cancel beforeinput and render their model themselves (Lexical) fire no input
      // event; the editor's own mutations tell us instead. Scoped to the editor.
      this.mo = new MutationObserver(() => {
        this.dirtyText = true;
        if (!this.composing) this.needsLint = true;
        this.needsLayout = true;
        this.host.schedule();
      });
      this.mo.observe(f, { subtree: true, childList: true, characterData: true });
    }
  }

  /** Marks the text as possibly changed; `lint` forces a re-lint even when the text is the same. */
  invalidate(lint: boolean): void {
    this.dirtyText = true;
    if (lint) this.needsLint = true;
    this.needsLayout = true;
    this.host.schedule();
  }

  invalidateLayout(): void {
    this.needsLayout = true;
    this.host.schedule();
  }

  get dirty(): boolean {
    return this.dirtyText || this.needsLint || this.needsLayout;
  }

  /** Cheap periodic check (about twice a second): text changed by script, field moved. */
  poll(): void {
    if (this.linted && this.host.lint.epoch() !== this.lintEpoch && this.text.trim()) this.invalidate(true);
    if (this.tf && this.tf.value() !== this.text) this.invalidate(!this.composing);
    const r = this.field.getBoundingClientRect();
    const sig = `${r.left},${r.top},${r.width},${r.height}`;
    if (sig !== this.lastRect) {
      this.lastRect = sig;
      this.invalidateLayout();
    }
  }

  refreshAncestors(): void {
    this.ancestors = clippingAncestors(this.field);
    this.resizable = this.tf !== null && !this.tf.isInput && getComputedStyle(this.field).resize !== 'none';
  }

  private readText(): string {
    return this.tf ? this.tf.value() : this.ce!.text();
  }

  /** The recipient of the message being written: chosen by the agent or by an inserted template, or 'auto' to follow the text. Held until the field is emptied. */
  setAudience(a: AudienceMode): void {
    this.audienceChoice = a === 'auto' ? null : a;
    this.invalidate(true);
  }

  ignore(key: string): void {
    const f = this.shown.find((x) => x.key === key);
    if (!f) return;
    // A merged problem is ignored whole: every finding about the same words.
    for (const x of [f, ...(f.also ?? [])]) this.ignored.push({ ruleId: x.ruleId, start: x.start, end: x.end });
    this.needsLint = true;
    this.host.schedule();
  }

  /**
   * The findings of the text as it is now, linted to the end at once (the send guard's check
   * before a send: the send time included, however long the text); null until the rule pack is there.
   */
  checkNow(origin: { x: number; y: number }, viewport: Rect): ShownFinding[] | null {
    this.invalidate(true);
    this.update(origin, viewport, Infinity);
    return this.needsLint ? null : this.shown;
  }

  /** Runs the pending text read, lint and layout; `lintBudgetMs`: how long a huge text's lint may take now. */
  update(origin: { x: number; y: number }, viewport: Rect, lintBudgetMs?: number): void {
    // A fix that resolves after the field was dropped (the page removed it meanwhile) must not
    // draw highlights for it again: nothing would ever clear them.
    if (this.abort.signal.aborted) return;
    const oldShown = this.shown;
    let edit: Edit | null = null;
    if (this.dirtyText || this.needsLint) {
      this.dirtyText = false;
      const text = this.readText();
      if (text !== this.text) {
        edit = diffEdit(this.text, text);
        if (edit) {
          const e = edit;
          this.all = this.all.map((f) => remapSpan(f, e)).filter((f): f is Finding => !!f && (f.end > f.start || f.start === 0));
          this.ignored = this.ignored.map((g) => remapSpan(g, e)).filter((g): g is Ignored => !!g);
        }
        // An emptied field starts a new message: its recipient is found again.
        if (!text.trim() && this.text.trim()) this.audienceChoice = null;
        this.text = text;
        if (!this.composing) this.needsLint = true;
      }
    }
    if (this.needsLint && !this.composing) {
      // Unfinished (huge text): keep the remapped findings and continue next frame.
      this.needsLint = !this.runLint(lintBudgetMs);
      if (this.needsLint && edit) this.refreshShown();
    } else if (edit) this.refreshShown();
    if (oldShown !== this.shown) this.moved.push({ edit, before: oldShown });
    if (this.moved.length > 8) this.moved.shift();
    this.needsLayout = false;
    this.layout(origin, viewport);
  }

  /** Starts following from the findings shown now (a card was just opened on one of them). */
  resetMoves(): void {
    this.moved = [];
  }

  /** Where a finding shown before the last updates went (its new key), or null when it is gone. */
  followKey(key: string): string | null {
    let k = key;
    for (const { edit, before } of this.moved) {
      const o = before.find((f) => f.key === k);
      if (!o) continue;
      const m = edit ? remapSpan(o, edit) : o;
      if (!m) return null;
      k = findingKey(m);
    }
    this.moved = [];
    return this.shown.some((f) => f.key === k) ? k : null;
  }

  /** Lints the current text; on huge text this may take several frames (returns false meanwhile). */
  private runLint(budgetMs?: number): boolean {
    const text = this.text;
    if (!text.trim()) {
      this.all = [];
    } else {
      this.detected = this.host.lint.audienceOf(text);
      // Unsure: checked as the borrower's meanwhile, and the badge asks the agent.
      this.audience = this.audienceChoice ?? (this.detected === 'unsure' ? 'debtor' : this.detected);
      let found: Finding[] | null;
      try {
        found = this.linter.run(text, this.audience, budgetMs);
      } catch {
        // Settings the engine cannot use (an unknown pack, say) must not break the page: the
        // options page reports them; here the field just shows nothing.
        found = [];
      }
      if (!found) return false;
      // An internal note is nobody's message: only the privacy checks (full ID and card numbers).
      this.all = this.purpose === 'note' ? found.filter((f) => f.category === 'privacy') : found;
    }
    this.linted = true;
    this.lintEpoch = this.host.lint.epoch();
    this.refreshShown();
    return true;
  }

  private refreshShown(): void {
    const ig = this.ignored;
    const kept = this.all.filter(listable).filter((f) => !ig.some((g) => g.ruleId === f.ruleId && g.start === f.start && g.end === f.end));
    this.shown = mergeProblems(kept).map((f) => ({ ...f, key: findingKey(f) }));
  }

  private layout(origin: { x: number; y: number }, viewport: Rect): void {
    const f = this.field;
    const text = this.text;
    if (this.countedText !== text) {
      // Counted once per text, not on every scroll frame (a huge paste makes this measurable).
      this.countedText = text;
      this.counts = { segments: smsSegments(text), chars: codePoints(text) };
    }
    const sure = this.audienceChoice !== null || this.detected !== 'unsure';
    const base = {
      id: this.id,
      findings: this.shown,
      ...this.counts,
      quiet: this.shown.some((x) => x.category === 'time_window'),
      audience: this.audience,
      audienceMode: this.audienceChoice ?? ('auto' as const),
      detected: this.detected,
      compliant: this.linted && sure && text.trim() !== '' && !this.shown.some((x) => x.severity !== 'info'),
      focused: this.focused,
      purpose: this.purpose,
      purposeChosen: !!this.purposeChoice,
      purposeFixed: this.purposeFixed,
      avoid: [] as Rect[],
    };
    const hidden = () => {
      this.hitRects = [];
      this.ce?.setSpans([]);
      this.badgePlace = null;
      this.view = { ...base, boxes: [], badge: null, box: null, clip: null };
    };
    if (!f.isConnected) return hidden();
    const r = f.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return hidden();
    const cb = f.clientWidth > 0 || f.clientHeight > 0 ? clientBox(f) : { x: r.left, y: r.top, w: r.width, h: r.height };
    const clip = visiblePart(cb, this.ancestors, viewport);
    if (!clip) return hidden();

    const spans = this.shown.filter((x) => x.end > x.start);
    const boxes: UnderlineBox[] = [];
    const hits: { key: string; rect: Rect }[] = [];
    let textRects: Rect[] = [];
    const toHost = (v: Rect): Rect => ({ x: v.x - origin.x, y: v.y - origin.y, w: v.w, h: v.h });

    if (this.tf) {
      const tf = this.tf;
      // A huge text is laid out a slice per frame; ask for another frame until it is complete.
      if (!tf.sync(text) && !tf.blocked) this.needsLayout = true;
      const frame = { box: { x: r.left, y: r.top, w: r.width, h: r.height }, scrollX: f.scrollLeft, scrollY: f.scrollTop, dy: tf.dy, clip, origin };
      const { from, to } = tf.visibleOffsets(f.scrollTop, f.clientHeight);
      const visible = spansIn(spans, from, to);
      for (const s of visible) {
        if (boxes.length >= MAX_RECTS) break;
        for (const b of toOverlay(tf.rects(s.start, s.end), frame)) {
          boxes.push({ ...b, severity: s.severity, key: s.key });
          hits.push({ key: s.key, rect: { x: b.x + origin.x, y: b.y + origin.y, w: b.w, h: b.h } });
        }
      }
      if (text.length <= OVERLAP_CHECK_MAX && text.trim()) textRects = toOverlay(tf.rects(0, text.length), { ...frame, origin: { x: 0, y: 0 } });
    } else {
      const ce = this.ce!;
      ce.setSpans(this.shown);
      let n = 0;
      for (const { key, severity, rects } of ce.rects(clip, MAX_RECTS)) {
        for (const v of rects) {
          const c = intersect(v, clip);
          if (!c) continue;
          hits.push({ key, rect: c });
          if (!ce.useHighlights && n++ < MAX_RECTS) boxes.push({ ...toHost(v), severity, key });
        }
      }
      if (text.length <= OVERLAP_CHECK_MAX && text.trim()) {
        const range = f.ownerDocument.createRange();
        range.selectNodeContents(f);
        for (const c of range.getClientRects()) {
          const v = intersect({ x: c.left, y: c.top, w: c.width, h: c.height }, clip);
          if (v) textRects.push(v);
        }
      }
    }
    this.hitRects = hits;

    // The badge: a field with findings (or a recipient to ask about) always shows one; a clean one
    // only while focused, and only once the text has really been checked (not while the rule pack
    // is still on its way). It stays inside the field's visible box (badge-place.ts).
    let badge: BadgePlacement | null = null;
    const ask = base.audienceMode === 'auto' && this.detected === 'unsure' && this.linted;
    const showBadge = text.trim() !== '' && (this.shown.length > 0 || ask || (this.focused && this.linted));
    // The page's own text and buttons near the field matter only when there is a badge (and so a panel).
    const neighbours = showBadge ? pageNeighbours(f) : { text: [], controls: [] };
    if (showBadge) {
      const prev = this.badgePlace ? { ...this.badgePlace, x: this.badgePlace.x + origin.x, y: this.badgePlace.y + origin.y } : null;
      const place = placeBadge(clip, [...textRects, ...neighbours.text], badgeSizes(base, this.host.lang()), { grip: this.resizable, prev });
      badge = place ? { ...place, x: place.x - origin.x, y: place.y - origin.y } : null;
    }
    this.badgePlace = badge;
    // Underlines may reach a few pixels below the client box (the wave under the last line) but
    // never past the field's visible border box.
    const outer = visiblePart({ x: r.left, y: r.top, w: r.width, h: r.height }, this.ancestors, viewport) ?? clip;
    const under = { ...clip, h: Math.max(clip.h, Math.min(clip.y + clip.h + 4, outer.y + outer.h) - clip.y) };
    const textBottom = textRects.reduce((b, t) => Math.max(b, t.y + t.h - origin.y), -Infinity);
    this.view = { ...base, boxes, badge, box: toHost(clip), clip: toHost(under), avoid: neighbours.controls.map(toHost), ...(textRects.length ? { textBottom } : {}) };
  }

  /** Marks the finding whose card is open (contenteditable highlights; the overlay does it itself). */
  setActive(key: string | null): void {
    this.ce?.setActive(key);
  }

  /** The finding under a viewport point, if any. */
  hitTest(x: number, y: number): { key: string; rect: Rect } | null {
    for (const h of this.hitRects) if (contains({ x: h.rect.x, y: h.rect.y, w: h.rect.w, h: h.rect.h + 3 }, x, y, 1)) return h;
    return null;
  }

  /** Where a finding is drawn (viewport), for the card to open next to. */
  anchorOf(key: string): Rect | null {
    return this.hitRects.find((h) => h.key === key)?.rect ?? null;
  }

  /** The next (or previous) spanned finding after the caret, or after `fromKey` when given. */
  nextFinding(direction: 1 | -1, fromKey?: string | null): ShownFinding | null {
    const spanned = this.shown.filter((f) => f.end > f.start);
    if (!spanned.length) return null;
    const cur = fromKey ? spanned.findIndex((f) => f.key === fromKey) : -1;
    if (cur >= 0) return spanned[(cur + direction + spanned.length) % spanned.length]!;
    const sel = selectionOffsets(this.field);
    const pivot = sel ? sel.start : 0;
    if (direction === 1) return spanned.find((f) => f.end > pivot) ?? spanned[0]!;
    for (let i = spanned.length - 1; i >= 0; i--) if (spanned[i]!.start < pivot) return spanned[i]!;
    return spanned[spanned.length - 1]!;
  }

  /** Scrolls a text field so a finding is visible (keyboard navigation to an off-screen finding). */
  reveal(f: ShownFinding): void {
    if (this.anchorOf(f.key)) return;
    if (this.tf) {
      try {
        // A focused field scrolls its caret into view.
        this.tf.field.setSelectionRange(f.start, f.start);
      } catch {
        // Not selectable.
      }
    } else {
      const anchorRect = this.ce!.rects(null).find((x) => x.key === f.key)?.rects[0];
      if (!anchorRect) this.field.scrollIntoView?.({ block: 'nearest' });
    }
    this.invalidateLayout();
  }

  /** Applies a finding's suggestion. Resolves to whether the field changed. */
  async fix(key: string): Promise<boolean> {
    const f = this.shown.find((x) => x.key === key);
    if (!f?.suggestion || f.end <= f.start) return false;
    // The page may have changed the text since the last frame: make sure the span still holds the match.
    const now = this.readText();
    if (now.slice(f.start, f.end) !== f.match) {
      this.invalidate(true);
      return false;
    }
    const ok = await replaceRange(this.field, f.start, f.end, f.suggestion);
    this.invalidate(true);
    return ok;
  }

  destroy(): void {
    this.abort.abort();
    this.ro?.disconnect();
    this.mo?.disconnect();
    this.tf?.destroy();
    this.ce?.destroy();
  }
}
