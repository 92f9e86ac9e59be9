// The page framework: finds the message fields of one document (through focus, so open shadow
// roots count), attaches one controller per checked field, runs one frame loop for all of them,
// draws underlines, badges, the panel and the card in its shadow root, and applies fixes. It makes
// no browser-API call: the content script (src/content) gives it a LintProvider (how to lint a
// field's text) and OverlayActions (what needs the extension: saving an allowed phrase), and
// configures it from the settings. Compare Harper's `new LintFramework(lintProvider, actions)`.
// Features of the content script extend it: a PurposeSource says what a field is for (message or
// internal note), the send guard asks for a field's findings now and shows its dialog here, and
// observers hear what the agent saw and did (the statistics).

import type { Audience, Category, Finding, Lang } from '../core/types';
import type { ReasonCategory } from '../stats/events';
import { t } from '../ui/i18n/index';
import { HighlightLayer } from './adapters/highlights';
import { viewportRect } from './clip';
import { FieldController } from './controller';
import { focusAt } from './edit';
import { deepActiveElement, fieldFromEvent, fieldFromTarget, isEligibleDescription, describeField, type Field } from './fields';
import type { Rect } from './geometry';
import { UiHost } from './ui/host';
import type { UiParts } from './ui/parts';
import type { GuardDialogProps } from './ui/GuardDialog';
import type { AudienceMode, CardState, Purpose, ShownFinding, UiActions, UiState } from './ui/types';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const POLL_MS = 500;

/** How to lint: the content script's side of the framework (settings, rule packs, the clock). */
export interface LintProvider {
  /** A linter for one field: it keeps what it learns between keystrokes (the chunks of a huge text). */
  forField(): FieldLinter;
  /** The recipient of a text whose recipient the agent has not chosen; 'unsure' when the text does not tell (the agent is asked). */
  audienceOf(text: string): Audience | 'unsure';
  /** A value that changes when findings may change without an edit (the minute, for the send-time check). */
  epoch(): number;
}

export interface FieldLinter {
  /**
   * The findings of `text` for `audience`, or null when they are not ready yet (the rule pack is
   * on its way, a huge text is half done): the framework asks again on the next frame.
   * `budgetMs`: how long a huge text may take now (Infinity: to the end, as a send needs).
   */
  run(text: string, audience: Audience, budgetMs?: number): Finding[] | null;
}

/** What a field is for, as a feature of the content script tells it (without one, every field is a message). */
export interface PurposeSource {
  /** The purpose the organisation gives the field (the agent cannot switch it), or null. */
  fixed(field: Field): Purpose | null;
  /** What the field's labels say, or null. */
  detect(field: Field): Purpose | null;
  /** The agent's earlier choice for the field, or null. */
  recall(field: Field): Promise<Purpose | null>;
  remember(field: Field, purpose: Purpose): void;
}

/** A field's purpose and findings at one moment (what the send guard decides on). */
export interface FieldCheck {
  purpose: Purpose;
  findings: ShownFinding[];
}

/** What the agent saw and did, for observers (the statistics): never more than rule ids, categories and the text in the field. */
export type OverlayEvent =
  /** A field's text was linted: its findings as shown now. */
  | { kind: 'checked'; field: Field; text: string; findings: readonly ShownFinding[] }
  /** The agent applied a finding's fix, ignored it once, or allowed its phrase always. */
  | { kind: 'fixed' | 'ignored' | 'allowed'; finding: ShownFinding }
  /** The send guard's dialog stopped a send. */
  | { kind: 'stopped' }
  /** The agent sent it anyway (`reason`: the category of the reason asked for). */
  | { kind: 'confirmed'; reason?: ReasonCategory };

/** What the framework asks of the extension. */
export interface OverlayActions {
  /** "Always allow" a phrase (the card's button); resolves whether it was saved. */
  allowPhrase(phrase: string): Promise<boolean>;
}

export interface OverlayConfig {
  lang: Lang;
  /** Whether to check at all (the site is not paused): off removes every badge and underline. */
  active: boolean;
  /** The organisation manages the allowlist: cards offer no "always allow". */
  allowLocked: boolean;
  /** Categories whose words the card does not offer to "always allow" (the settings say which). */
  unallowable?: readonly Category[];
}

/** Whether the card may offer "always allow" for a finding under these settings. */
export function mayAllow(f: Pick<Finding, 'category' | 'start' | 'end'> & { also?: Pick<Finding, 'category'>[] }, config: Pick<OverlayConfig, 'allowLocked' | 'unallowable'>): boolean {
  if (config.allowLocked || f.end <= f.start) return false;
  return ![f, ...(f.also ?? [])].some((x) => config.unallowable?.includes(x.category));
}

export interface OverlayOptions {
  /** Force the overlay instead of the Custom Highlight API for contenteditable (tests, old browsers). */
  noHighlights?: boolean;
  /**
   * The panel, the card and the send guard's dialog (ui/parts.ts), or how to load them: asked for
   * when the first badge shows, so that they are there by the time a person opens one; until then
   * they are not drawn (their state is kept). The content script loads them from the package.
   */
  uiParts?: UiParts | (() => Promise<UiParts>);
}

export class Overlay implements UiActions {
  private config: OverlayConfig = { lang: 'zh', active: false, allowLocked: false };
  private ui: UiHost | null = null;
  private hl: HighlightLayer | null = null;
  private readonly controllers = new Map<Field, FieldController>();
  private raf = 0;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly abort = new AbortController();
  private polls = 0;
  private state: UiState = { lang: 'zh', fields: [], panel: null, card: null, announce: '', toast: null, viewport: { x: 0, y: 0, w: 0, h: 0 } };
  private lastAnnounced = -1;
  private hoverKey: { c: FieldController; key: string } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private pointerInCard = false;
  private origin = { x: 0, y: 0 };
  private purposes: PurposeSource | null = null;
  private readonly observers = new Set<(e: OverlayEvent) => void>();
  private guardSeq = 0;
  private parts: UiParts | null = null;
  private partsLoading = false;
  private partsFailed = false;

  constructor(
    private readonly doc: Document,
    readonly lint: LintProvider,
    private readonly actions: OverlayActions,
    private readonly opts: OverlayOptions = {},
  ) {}

  private get dead(): boolean {
    return this.abort.signal.aborted;
  }

  private get active(): boolean {
    return this.config.active && !this.dead;
  }

  /** Starts watching the document with these settings. */
  start(config: OverlayConfig): void {
    this.listen();
    this.configure(config);
  }

  /** Applies new settings: every field is linted again; inactive removes everything at once. */
  configure(config: OverlayConfig): void {
    this.config = config;
    if (!this.active) {
      this.detachAll();
      return;
    }
    for (const c of this.controllers.values()) c.invalidate(true);
    const focused = deepActiveElement(this.doc);
    if (focused) this.attach(fieldFromTarget(focused), true);
    this.schedule();
  }

  lang(): Lang {
    return this.config.lang;
  }

  /** Tells `listener` what the agent sees and does from now on, until `signal` aborts. */
  observe(listener: (e: OverlayEvent) => void, signal: AbortSignal): void {
    this.observers.add(listener);
    signal.addEventListener('abort', () => this.observers.delete(listener));
  }

  private emit(e: OverlayEvent): void {
    for (const l of this.observers) l(e);
  }

  /** Where fields' purposes come from, until `signal` aborts (fields checked already read theirs again). */
  usePurposes(source: PurposeSource, signal: AbortSignal): void {
    this.purposes = source;
    signal.addEventListener('abort', () => {
      if (this.purposes === source) this.purposes = null;
    });
    for (const c of this.controllers.values()) {
      c.learnPurpose();
      c.invalidate(true);
    }
  }

  // ---- discovery --------------------------------------------------------------------------

  private listen(): void {
    const d = this.doc;
    const win = d.defaultView ?? window;
    const signal = this.abort.signal;
    d.addEventListener('focusin', (e: Event) => this.attach(fieldFromEvent(e), true), { capture: true, signal });
    // Fallback discovery: a field that got focus before we started and is now typed into.
    d.addEventListener('input', (e: Event) => {
      const target = e.composedPath()[0];
      if (!this.active || (target && this.controllers.has(target as Field))) return;
      const f = fieldFromEvent(e);
      if (!f || this.controllers.has(f)) return;
      const c = this.attach(f, true);
      // Found in the middle of an IME composition: only remap until it ends.
      if (c && (e as InputEvent).isComposing) c.composing = true;
    }, { capture: true, signal });
    d.addEventListener('scroll', () => this.layoutAll(), { capture: true, passive: true, signal });
    win.addEventListener('resize', () => this.layoutAll(), { passive: true, signal });
    d.addEventListener('pointerdown', (e: Event) => this.onPointerDown(e as PointerEvent), { capture: true, signal });
    d.addEventListener('keydown', (e: Event) => this.onDocKeyDown(e as KeyboardEvent), { capture: true, signal });
    d.addEventListener('mousemove', (e: Event) => this.onDocMouseMove(e as MouseEvent), { capture: true, passive: true, signal });
    d.addEventListener('visibilitychange', () => this.layoutAll(), { signal });
    const poll = setInterval(() => this.poll(), POLL_MS);
    signal.addEventListener('abort', () => clearInterval(poll));
  }

  private attach(field: Field | null, focused: boolean): FieldController | null {
    if (!field || !this.active) return null;
    let c = this.controllers.get(field);
    if (!c) {
      c = new FieldController(field, this);
      this.controllers.set(field, c);
    }
    if (focused) {
      const active = deepActiveElement(field.ownerDocument);
      c.focused = active === field || field.contains(active);
    }
    c.invalidate(true);
    return c;
  }

  private detach(c: FieldController): void {
    c.destroy();
    this.controllers.delete(c.field);
    if (this.state.card?.fieldId === c.id) this.state.card = null;
    if (this.state.panel?.fieldId === c.id) this.state.panel = null;
  }

  private detachAll(): void {
    for (const c of [...this.controllers.values()]) this.detach(c);
    this.state = { ...this.state, fields: [], card: null, panel: null, toast: null, announce: '', guard: null };
    this.ui?.destroy();
    this.ui = null;
    this.hl?.destroy();
    this.hl = null;
  }

  private poll(): void {
    if (!this.active) return;
    this.polls++;
    for (const c of [...this.controllers.values()]) {
      const f = c.field;
      if (!f.isConnected || !isEligibleDescription(describeField(f))) {
        this.detach(c);
        this.schedule();
        continue;
      }
      if (this.polls % 4 === 0) c.refreshAncestors();
      c.poll();
    }
    if (this.ui && !this.ui.host.isConnected && this.controllers.size) this.schedule();
  }

  // ---- ControllerHost ---------------------------------------------------------------------

  mirrors(): HTMLElement {
    return this.ensureUi().mirrors;
  }

  layer(): HighlightLayer {
    if (!this.hl) this.hl = new HighlightLayer(this.doc);
    return this.hl;
  }

  useHighlights(): boolean {
    return !this.opts.noHighlights && this.layer().supported;
  }

  fixedPurpose(field: Field): Purpose | null {
    return this.purposes?.fixed(field) ?? null;
  }

  detectPurpose(field: Field): Purpose | null {
    return this.purposes?.detect(field) ?? null;
  }

  recallPurpose(field: Field): Promise<Purpose | null> {
    return this.purposes ? this.purposes.recall(field).catch(() => null) : Promise.resolve(null);
  }

  rememberPurpose(field: Field, p: Purpose): void {
    this.purposes?.remember(field, p);
  }

  // ---- for the send guard -----------------------------------------------------------------

  /** The fields being checked in this document. */
  fields(): Field[] {
    return [...this.controllers.keys()];
  }

  /**
   * A field's purpose and findings right now (a fresh lint to the end, the send time included; a
   * field nobody focused, whose text a page or a paste put in, is taken on); null while checking
   * is off or the rule pack is on its way.
   */
  checkNow(field: Field): FieldCheck | null {
    const c = this.controllers.get(field) ?? this.attach(field, false);
    if (!c) return null;
    const findings = c.checkNow(this.origin, viewportRect(this.doc.defaultView ?? window));
    this.schedule();
    return findings && { purpose: c.purpose, findings };
  }

  /** Shows a finding: the caret on its span in the field, its card beside it. */
  showFinding(field: Field, finding: ShownFinding): void {
    const c = this.controllers.get(field);
    focusAt(field, finding.end > finding.start ? finding : { start: finding.start, end: finding.start });
    if (c && finding.end > finding.start) this.openCard(c.id, finding.key, false);
  }

  get guardOpen(): boolean {
    return !!this.state.guard;
  }

  /** Opens the send guard's dialog for a stopped send (counted as stopped; 仍然发送 as confirmed). */
  openGuard(props: GuardDialogProps): void {
    this.emit({ kind: 'stopped' });
    const onSend = (reason?: ReasonCategory) => {
      this.emit(reason ? { kind: 'confirmed', reason } : { kind: 'confirmed' });
      props.onSend(reason);
    };
    this.state = { ...this.state, guard: { ...props, onSend, id: ++this.guardSeq } };
    this.render();
  }

  closeGuard(): void {
    if (!this.state.guard) return;
    this.state = { ...this.state, guard: null };
    this.render();
  }

  private ensureUi(): UiHost {
    if (!this.ui) this.ui = new UiHost(this.doc);
    return this.ui;
  }

  schedule(): void {
    if (this.raf || this.dead) return;
    const win = this.doc.defaultView ?? window;
    this.raf = win.requestAnimationFrame(() => {
      this.raf = 0;
      if (!this.dead) this.frame();
    });
  }

  private layoutAll(): void {
    if (!this.controllers.size) return;
    for (const c of this.controllers.values()) c.invalidateLayout();
  }

  /** One lint and one layout per dirty field, then one render. */
  private frame(): void {
    if (!this.active) return;

    const ui = this.ensureUi();
    ui.attach();
    this.origin = ui.origin();
    const viewport = viewportRect(this.doc.defaultView ?? window);
    for (const c of this.controllers.values()) {
      if (!c.dirty) continue;
      c.update(this.origin, viewport);
      if (c.linted) this.emit({ kind: 'checked', field: c.field, text: c.text, findings: c.shown });
      const card = this.state.card;
      if (card && card.fieldId === c.id) this.followCard(c, card);
    }
    this.render(viewport);
    // Huge text is linted and laid out over several frames.
    for (const c of this.controllers.values()) if (c.dirty) this.schedule();
  }

  private followCard(c: FieldController, card: CardState): void {
    const key = c.followKey(card.key);
    if (!key) {
      this.state.card = null;
      return;
    }
    const anchor = c.anchorOf(key);
    this.state.card = { ...card, key, anchor: anchor ? this.toHost(anchor) : card.anchor, focus: false };
  }

  private toHost(r: Rect): Rect {
    return { x: r.x - this.origin.x, y: r.y - this.origin.y, w: r.w, h: r.h };
  }

  private render(viewport?: Rect): void {
    if (!this.active) return;
    const vp = viewport ?? viewportRect(this.doc.defaultView ?? window);
    const fields = [...this.controllers.values()].map((c) => c.view).filter((v) => v.badge || v.boxes.length);
    const focused = [...this.controllers.values()].find((c) => c.focused);
    if (focused && focused.view.findings.length !== this.lastAnnounced && focused.linted) {
      this.lastAnnounced = focused.view.findings.length;
      const n = this.lastAnnounced;
      this.state.announce = n ? t(this.lang(), 'announceCount', { count: n }) : t(this.lang(), 'announceClean');
    }
    this.state = {
      ...this.state,
      lang: this.lang(),
      allowLocked: this.config.allowLocked,
      unallowable: this.config.unallowable ?? [],
      fields,
      viewport: { x: vp.x - this.origin.x, y: vp.y - this.origin.y, w: vp.w, h: vp.h },
    };
    for (const c of this.controllers.values()) c.setActive(this.state.card?.fieldId === c.id ? this.state.card.key : null);
    const opened = !!(this.state.panel || this.state.card || this.state.guard);
    if (!this.parts && (opened || fields.some((v) => v.badge))) this.needParts(opened);
    this.ensureUi().render(this.state, this, this.parts);
    // Focus requests are one-shot: spent once the part that takes the focus is drawn.
    if (!this.parts) return;
    if (this.state.card?.focus) this.state.card = { ...this.state.card, focus: false };
    if (this.state.panel?.focus) this.state.panel = { ...this.state.panel, focus: false };
  }

  /**
   * Gets the UI parts once; draws again when they arrive. After a failed load (the extension was
   * reloaded meanwhile) only opening a part tries again.
   */
  private needParts(opened: boolean): void {
    const source = this.opts.uiParts;
    if (!source || this.partsLoading || (this.partsFailed && !opened)) return;
    if (typeof source !== 'function') {
      this.parts = source;
      return;
    }
    this.partsLoading = true;
    source().then(
      (parts) => {
        this.partsLoading = false;
        this.parts = parts;
        this.render();
      },
      () => {
        this.partsLoading = false;
        this.partsFailed = true;
      },
    );
  }

  private byId(id: number): FieldController | undefined {
    for (const c of this.controllers.values()) if (c.id === id) return c;
    return undefined;
  }

  // ---- pointer and keyboard ---------------------------------------------------------------

  onFieldKeyDown(c: FieldController, e: KeyboardEvent): void {
    // Browser autofill dispatches keydown events without a key.
    const key = typeof e.key === 'string' ? e.key : '';
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || key.toLowerCase() === 'j')) {
      e.preventDefault();
      e.stopPropagation();
      if (e.shiftKey && !c.shown.some((f) => f.end > f.start)) this.openPanel(c.id, true);
      else this.nextFinding(c.id, e.shiftKey ? -1 : 1);
      return;
    }
    // The agent is writing again: the panel and a pinned card step aside (nothing covers the page
    // while typing). Shortcuts (Ctrl+Z…) and navigation keys leave them open.
    const typing = !e.ctrlKey && !e.metaKey && !e.altKey && (key.length === 1 || key === 'Enter' || key === 'Backspace' || key === 'Delete' || key === 'Process');
    if (typing && (this.state.panel?.fieldId === c.id || this.state.card?.fieldId === c.id)) {
      this.state.panel = null;
      this.state.card = null;
      this.render();
    }
  }

  private onDocKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || (!this.state.card && !this.state.panel)) return;
    if (this.ui?.contains(e)) return; // the card/panel handle their own Escape
    e.preventDefault();
    e.stopPropagation();
    this.state.card = null;
    this.state.panel = null;
    this.render();
  }

  onFieldPointer(c: FieldController, e: MouseEvent, kind: 'move' | 'click' | 'leave'): void {
    if (kind === 'leave') {
      this.hoverAt(null);
      return;
    }
    const hit = c.hitTest(e.clientX, e.clientY);
    if (kind === 'click') {
      if (hit) {
        this.clearHoverTimers();
        c.resetMoves();
        this.state.card = { fieldId: c.id, key: hit.key, anchor: this.toHost(hit.rect), focus: false, hover: false };
        this.state.panel = null;
        this.render();
      }
      return;
    }
    this.hoverAt(hit ? { c, key: hit.key } : null);
  }

  private onDocMouseMove(e: MouseEvent): void {
    // Pointer over the card or panel: keep the card; elsewhere outside fields: start closing.
    if (!this.state.card?.hover) return;
    if (this.ui?.contains(e)) {
      this.pointerInCard = true;
      this.clearCloseTimer();
      return;
    }
    this.pointerInCard = false;
  }

  private hoverAt(h: { c: FieldController; key: string } | null): void {
    const same = h && this.hoverKey && h.c === this.hoverKey.c && h.key === this.hoverKey.key;
    if (same) return;
    this.hoverKey = h;
    if (this.hoverTimer) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    if (h) {
      this.clearCloseTimer();
      const card = this.state.card;
      if (card && card.fieldId === h.c.id && card.key === h.key) return;
      if (card && !card.hover) return; // a pinned card stays until closed
      this.hoverTimer = this.later(() => {
        this.hoverTimer = null;
        const anchor = h.c.anchorOf(h.key);
        if (!anchor || this.hoverKey?.key !== h.key) return;
        h.c.resetMoves();
        this.state.card = { fieldId: h.c.id, key: h.key, anchor: this.toHost(anchor), focus: false, hover: true };
        this.render();
      }, HOVER_OPEN_MS);
    } else if (this.state.card?.hover) {
      this.scheduleHoverClose();
    }
  }

  private scheduleHoverClose(): void {
    this.clearCloseTimer();
    this.closeTimer = this.later(() => {
      this.closeTimer = null;
      if (this.pointerInCard || this.hoverKey || !this.state.card?.hover) return;
      this.state.card = null;
      this.render();
    }, HOVER_CLOSE_MS);
  }

  private clearCloseTimer(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private clearHoverTimers(): void {
    if (this.hoverTimer) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.clearCloseTimer();
  }

  hoverCard(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) this.clearCloseTimer();
    else if (this.state.card?.hover) this.scheduleHoverClose();
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.state.card && !this.state.panel) return;
    if (this.ui?.contains(e)) return;
    // A press on an underline opens its card (the click handler does that); anything else closes.
    for (const c of this.controllers.values()) if (c.hitTest(e.clientX, e.clientY)) return;
    this.state.card = null;
    this.state.panel = null;
    this.render();
  }

  private later(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => {
      this.timers.delete(id);
      if (!this.dead) fn();
    }, ms);
    this.timers.add(id);
    return id;
  }

  private restoreFocus(fieldId: number): void {
    const c = this.byId(fieldId);
    if (c && c.field.isConnected) c.field.focus({ preventScroll: true });
  }

  // ---- UiActions --------------------------------------------------------------------------

  openPanel(fieldId: number, focus: boolean): void {
    if (this.state.panel?.fieldId === fieldId && !focus) {
      this.state.panel = null;
    } else {
      this.state.panel = { fieldId, focus };
      this.state.card = null;
    }
    this.render();
  }

  closePanel(restoreFocus: boolean): void {
    this.close('panel', restoreFocus);
  }

  /** Closes the panel or the card; `restoreFocus`: back to its field (closed from the keyboard). */
  private close(which: 'panel' | 'card', restoreFocus: boolean): void {
    const id = this.state[which]?.fieldId;
    this.state[which] = null;
    this.render();
    if (restoreFocus && id !== undefined) this.restoreFocus(id);
  }

  openCard(fieldId: number, key: string, focus: boolean): void {
    const c = this.byId(fieldId);
    if (!c) return;
    const f = c.shown.find((x) => x.key === key);
    if (!f) return;
    c.reveal(f);
    c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
    const anchor = c.anchorOf(key) ?? (c.view.box ? { x: c.view.box.x + this.origin.x, y: c.view.box.y + this.origin.y, w: c.view.box.w, h: 0 } : null);
    if (!anchor) return;
    c.resetMoves();
    this.state.card = { fieldId, key, anchor: this.toHost(anchor), focus, hover: false };
    this.state.panel = null;
    this.render();
  }

  closeCard(restoreFocus: boolean): void {
    this.close('card', restoreFocus);
  }

  nextFinding(fieldId: number, direction: 1 | -1): void {
    const c = this.byId(fieldId);
    if (!c) return;
    if (c.dirty) c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
    const cur = this.state.card?.fieldId === fieldId ? this.state.card.key : null;
    const next = c.nextFinding(direction, cur);
    if (!next) {
      this.openPanel(fieldId, true);
      return;
    }
    this.openCard(fieldId, next.key, true);
  }

  fix(fieldId: number, key: string): void {
    const c = this.byId(fieldId);
    if (!c) return;
    const wasCard = this.state.card?.fieldId === fieldId && this.state.card.key === key;
    if (wasCard) this.state.card = null;
    const finding = c.shown.find((x) => x.key === key);
    void c.fix(key).then((ok) => {
      if (ok && finding) this.emit({ kind: 'fixed', finding });
      if (this.dead) return;
      if (!ok) this.toast(fieldId, t(this.lang(), 'fixFailed'));
      // Re-lint at once rather than waiting for the next frame.
      if (c.dirty) c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
      if (ok && this.state.panel?.fieldId === fieldId && !c.shown.length) this.state.panel = null;
      this.render();
    });
  }

  ignore(fieldId: number, key: string): void {
    const c = this.byId(fieldId);
    if (!c) return;
    const finding = c.shown.find((x) => x.key === key);
    if (finding) this.emit({ kind: 'ignored', finding });
    c.ignore(key);
    this.state.card = null;
    c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
    this.render();
    this.restoreFocus(fieldId);
  }

  allow(fieldId: number, key: string): void {
    const c = this.byId(fieldId);
    const f = c?.shown.find((x) => x.key === key);
    // The words the rule matched, not the wider unit its fix replaces (老赖, not 你这个老赖).
    const phrase = (f?.phrase ?? f?.match ?? '').trim();
    if (!c || !f || !phrase) return;
    this.state.card = null;
    if (!mayAllow(f, this.config)) {
      // The organisation manages the allowlist, or the words are a threat, an insult or posing as an
      // authority: the finding stays (the card hides the button; this guards a stale card).
      this.toast(fieldId, t(this.lang(), this.config.allowLocked ? 'allowLocked' : 'allowSevere'));
      this.restoreFocus(fieldId);
      return;
    }
    this.emit({ kind: 'allowed', finding: f });
    // The content script applies the phrase at once (the settings it configures us with) and
    // undoes it when the save is refused, so the page never shows a phrase as allowed that is not.
    void this.actions.allowPhrase(phrase).then((saved) => {
      if (!saved && !this.dead) this.toast(fieldId, t(this.lang(), 'allowFailed', { match: phrase }));
    });
    for (const x of this.controllers.values()) x.invalidate(true);
    this.toast(fieldId, t(this.lang(), 'allowed', { match: phrase }));
    this.restoreFocus(fieldId);
  }

  setAudience(fieldId: number, audience: AudienceMode): void {
    this.choose(fieldId, (c) => c.setAudience(audience));
  }

  setPurpose(fieldId: number, purpose: Purpose): void {
    this.choose(fieldId, (c) => c.setPurpose(purpose));
  }

  /** The agent chose something for a field in the panel: checked again and drawn at once. */
  private choose(fieldId: number, choice: (c: FieldController) => void): void {
    const c = this.byId(fieldId);
    if (!c) return;
    choice(c);
    c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
    this.render();
  }

  /** A template for `audience` was inserted into `field`: the message is checked for its recipient. */
  presetAudience(field: Field, audience: Audience): void {
    const c = this.attach(field, false);
    if (!c) return;
    c.setAudience(audience);
    this.schedule();
  }

  private toast(fieldId: number, text: string): void {
    this.state.toast = { fieldId, text };
    this.render();
    this.later(() => {
      if (this.state.toast?.text === text) {
        this.state.toast = null;
        this.render();
      }
    }, 2500);
  }

  // ---- teardown ---------------------------------------------------------------------------

  destroy(): void {
    if (this.dead) return;
    this.abort.abort();
    const win = this.doc.defaultView ?? window;
    if (this.raf) win.cancelAnimationFrame(this.raf);
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
    this.detachAll();
  }
}
