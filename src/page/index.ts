// The content-script runtime of one document (every frame runs its own): reads the settings,
// discovers fields through focus (composed path, so open shadow roots count), attaches one
// controller per checked field, runs one frame loop for all of them and owns the UI state.
// Everything is torn down when WXT invalidates the context (extension update or reload).

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Audience, Lang } from '../core/types';
import { DEFAULT_PACK, lint } from '../core/engine';
import { ensurePack } from '../packs/client';
import { DEFAULT_SETTINGS, isActiveOn, lintContextFor, type EffectiveSettings, type Settings } from '../settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../settings/remote';
import { t, uiLang } from '../ui/i18n/index';
import { HighlightLayer } from './adapters/highlights';
import { viewportRect } from './clip';
import { FieldController } from './controller';
import { deepActiveElement, fieldFromEvent, fieldFromTarget, isEligibleDescription, describeField, type Field } from './fields';
import type { Rect } from './geometry';
import { startTemplateBridge } from './template-bridge';
import { UiHost } from './ui/host';
import type { CardState, UiActions, UiState } from './ui/types';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const POLL_MS = 500;
/** How long to wait for the stored settings before starting with the defaults (see start()). */
const SETTINGS_TIMEOUT_MS = 150;
/** A first read of the settings that failed is tried again this often, backing off from this delay. */
const SETTINGS_RETRIES = 5;
const SETTINGS_RETRY_MS = 500;

export interface PageOptions {
  /** Force the overlay instead of the Custom Highlight API for contenteditable (tests, old browsers). */
  noHighlights?: boolean;
}

/** Storage key of the audience the agent chose for one field (origin + path + field id/name). */
export function audienceKey(loc: Pick<Location, 'origin' | 'pathname'>, field: Element): string {
  const id = field.id || field.getAttribute('name') || field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.tagName.toLowerCase();
  return `cg.audience|${loc.origin}${loc.pathname}|${id}`;
}

export class PageRuntime implements UiActions {
  private settingsValue: Settings = { ...DEFAULT_SETTINGS };
  private active = false;
  private ui: UiHost | null = null;
  private hl: HighlightLayer | null = null;
  private readonly controllers = new Map<Field, FieldController>();
  private raf = 0;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private dead = false;
  private polls = 0;
  private state: UiState = { lang: 'zh', fields: [], panel: null, card: null, announce: '', toast: null, viewport: { x: 0, y: 0, w: 0, h: 0 } };
  private lastAnnounced = -1;
  private hoverKey: { c: FieldController; key: string } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private pointerInCard = false;
  private origin = { x: 0, y: 0 };
  private warmed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly opts: PageOptions = {},
    private readonly doc: Document = document,
  ) {}

  async start(): Promise<void> {
    this.ctx.onInvalidated(() => this.destroy());
    // Reading the settings also reads the organisation policy (storage.managed), which is known to
    // hang in some browsers and in content scripts: do not wait for it forever. Start with the
    // defaults and apply the stored settings whenever they arrive.
    const loaded = loadSettings();
    const first = await Promise.race([
      loaded.then(
        (v) => ({ v, failed: false }),
        () => ({ v: { ...DEFAULT_SETTINGS } as Settings, failed: true }),
      ),
      new Promise<null>((r) => setTimeout(() => r(null), SETTINGS_TIMEOUT_MS)),
    ]);
    this.settingsValue = first?.v ?? { ...DEFAULT_SETTINGS };
    // A change heard meanwhile is newer than the late first read: that read must not undo it.
    let changed = false;
    // The background may not be listening yet (browser start with restored tabs, a service worker
    // waking up): ask again a few times rather than keep the defaults (and ignore a paused site,
    // the organisation's policy, the agent's phrases) until some setting happens to change.
    const retry = (attempt: number) => {
      if (this.dead || changed || attempt >= SETTINGS_RETRIES) return;
      this.later(() => {
        if (this.dead || changed) return;
        void loadSettings().then(
          (v) => !this.dead && !changed && this.applySettings(v),
          () => retry(attempt + 1),
        );
      }, SETTINGS_RETRY_MS * 2 ** attempt);
    };
    if (!first) void loaded.then((v) => !this.dead && !changed && this.applySettings(v), () => retry(0));
    else if (first.failed) retry(0);
    if (this.dead) return;
    const unwatch = watchSettings((s) => {
      changed = true;
      this.applySettings(s.effective);
    });
    this.ctx.onInvalidated(unwatch);
    this.listen();
    this.applySettings(this.settingsValue);
  }

  // ---- settings ---------------------------------------------------------------------------

  settings(): Settings {
    return this.settingsValue;
  }

  lang(): Lang {
    return uiLang(this.settingsValue.language);
  }

  private applySettings(s: Settings): void {
    this.settingsValue = s;
    const host = this.doc.location?.hostname ?? '';
    const active = isActiveOn(s, host);
    if (!active) {
      // Pausing removes every badge and underline at once.
      this.active = false;
      this.detachAll();
      return;
    }
    this.active = true;
    for (const c of this.controllers.values()) c.invalidate(true);
    const focused = deepActiveElement(this.doc);
    if (focused) this.attach(fieldFromTarget(focused), true);
    this.schedule();
  }

  /**
   * Compiling the rule pack costs far more than linting (a one-off, on the first lint): do it in
   * idle time as soon as the agent focuses a message field, before the first keystroke needs it.
   */
  private warmUp(): void {
    if (this.warmed) return;
    this.warmed = true;
    const win = (this.doc.defaultView ?? window) as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    const compile = () => {
      if (this.dead) return;
      try {
        lint('', lintContextFor(this.settingsValue, 'debtor'));
      } catch {
        // A broken setting (unknown pack) shows up on the real lint.
      }
      // Fields typed into while the pack was on its way are linted now.
      for (const c of this.controllers.values()) c.invalidate(true);
      this.schedule();
    };
    const pack = this.settingsValue.pack || DEFAULT_PACK;
    ensurePack(pack).then(
      () => {
        if (win.requestIdleCallback) win.requestIdleCallback(compile, { timeout: 200 });
        else this.later(compile, 0);
      },
      () => {
        // The background was not reachable (extension reloading): try again on the next focus.
        this.warmed = false;
      },
    );
  }

  // ---- discovery --------------------------------------------------------------------------

  private listen(): void {
    const ctx = this.ctx;
    const d = this.doc;
    const win = d.defaultView ?? window;
    ctx.addEventListener(d, 'focusin', (e: Event) => this.attach(fieldFromEvent(e), true), { capture: true });
    // Fallback discovery: a field that got focus before we started and is now typed into.
    ctx.addEventListener(d, 'input', (e: Event) => {
      const target = e.composedPath()[0];
      if (!this.active || (target && this.controllers.has(target as Field))) return;
      const f = fieldFromEvent(e);
      if (!f || this.controllers.has(f)) return;
      const c = this.attach(f, true);
      // Found in the middle of an IME composition: only remap until it ends.
      if (c && (e as InputEvent).isComposing) c.composing = true;
    }, { capture: true });
    ctx.addEventListener(d, 'scroll', () => this.layoutAll(), { capture: true, passive: true });
    ctx.addEventListener(win, 'resize', () => this.layoutAll(), { passive: true });
    ctx.addEventListener(d, 'pointerdown', (e: Event) => this.onPointerDown(e as PointerEvent), { capture: true });
    ctx.addEventListener(d, 'keydown', (e: Event) => this.onDocKeyDown(e as KeyboardEvent), { capture: true });
    ctx.addEventListener(d, 'mousemove', (e: Event) => this.onDocMouseMove(e as MouseEvent), { capture: true, passive: true });
    ctx.addEventListener(d, 'visibilitychange', () => this.layoutAll());
    const poll = setInterval(() => this.poll(), POLL_MS);
    ctx.onInvalidated(() => clearInterval(poll));
  }

  private attach(field: Field | null, focused: boolean): FieldController | null {
    if (!field || !this.active || this.dead) return null;
    let c = this.controllers.get(field);
    if (!c) {
      c = new FieldController(field, this);
      this.controllers.set(field, c);
      this.warmUp();
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
    this.state = { ...this.state, fields: [], card: null, panel: null, toast: null, announce: '' };
    this.ui?.destroy();
    this.ui = null;
    this.hl?.destroy();
    this.hl = null;
  }

  private poll(): void {
    // After an extension update or reload this context is orphaned: checking validity tears it
    // down (WXT's onInvalidated → destroy) so no stale badge or listener stays on the page.
    if (this.dead || !this.ctx.isValid || !this.active) return;
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

  async loadAudience(field: Field): Promise<Audience | null> {
    try {
      const key = audienceKey(this.doc.location, field);
      const got = await browser.storage.local.get(key);
      const v = got[key];
      return v === 'debtor' || v === 'third_party' ? v : null;
    } catch {
      return null;
    }
  }

  saveAudience(field: Field, a: Audience): void {
    try {
      void browser.storage.local.set({ [audienceKey(this.doc.location, field)]: a }).catch(() => undefined);
    } catch {
      // Storage is unavailable (context invalidated): the choice still holds for this page.
    }
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
      if (!this.dead && this.ctx.isValid) this.frame();
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
    if (!this.active || this.dead) return;
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
      allowLocked: this.allowLocked(),
      fields,
      viewport: { x: vp.x - this.origin.x, y: vp.y - this.origin.y, w: vp.w, h: vp.h },
    };
    for (const c of this.controllers.values()) c.setActive(this.state.card?.fieldId === c.id ? this.state.card.key : null);
    this.ensureUi().render(this.state, this);
    // Focus requests are one-shot.
    if (this.state.card?.focus) this.state.card = { ...this.state.card, focus: false };
    if (this.state.panel?.focus) this.state.panel = { ...this.state.panel, focus: false };
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
    const id = this.state.panel?.fieldId;
    this.state.panel = null;
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
    const id = this.state.card?.fieldId;
    this.state.card = null;
    this.render();
    if (restoreFocus && id !== undefined) this.restoreFocus(id);
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
    void c.fix(key).then((ok) => {
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
    c.ignore(key);
    this.state.card = null;
    c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
    this.render();
    this.restoreFocus(fieldId);
  }

  allow(fieldId: number, key: string): void {
    const c = this.byId(fieldId);
    const f = c?.shown.find((x) => x.key === key);
    const phrase = (f?.phrase ?? f?.match ?? '').trim();
    if (!c || !f || !phrase) return;
    const s = this.settingsValue;
    this.state.card = null;
    if (this.allowLocked()) {
      // The organisation manages the allowlist: the finding stays (the card hides the button; this
      // guards a stale card).
      this.toast(fieldId, t(this.lang(), 'allowLocked'));
      this.restoreFocus(fieldId);
      return;
    }
    if (!s.allowlist.includes(phrase)) {
      // Apply locally at once; storage and the other tabs follow through watchSettings. A save the
      // background refuses is undone here too, so the page never shows a phrase as allowed that is not.
      this.settingsValue = { ...s, allowlist: [...s.allowlist, phrase] };
      void saveSettings({ allowlist: this.settingsValue.allowlist }).catch(() => {
        if (this.dead || !this.settingsValue.allowlist.includes(phrase)) return;
        this.settingsValue = { ...this.settingsValue, allowlist: this.settingsValue.allowlist.filter((x) => x !== phrase) };
        for (const x of this.controllers.values()) x.invalidate(true);
        this.toast(fieldId, t(this.lang(), 'allowFailed', { match: phrase }));
      });
    }
    for (const x of this.controllers.values()) x.invalidate(true);
    this.toast(fieldId, t(this.lang(), 'allowed', { match: phrase }));
    this.restoreFocus(fieldId);
  }

  /** Whether the organisation policy locks the allowlist (the card then offers no "always allow"). */
  private allowLocked(): boolean {
    return !!(this.settingsValue as Partial<EffectiveSettings>).locked?.allowlist;
  }

  setAudience(fieldId: number, audience: Audience): void {
    const c = this.byId(fieldId);
    if (!c) return;
    c.setAudience(audience);
    c.update(this.origin, viewportRect(this.doc.defaultView ?? window));
    this.render();
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
    this.dead = true;
    const win = this.doc.defaultView ?? window;
    if (this.raf) win.cancelAnimationFrame(this.raf);
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
    this.detachAll();
  }
}

/** Starts CollectGuard in this document; everything stops when `ctx` is invalidated. */
export async function startPage(ctx: ContentScriptContext, opts: PageOptions = {}): Promise<PageRuntime> {
  // Templates: last-focused field for the popup, inserts, and the quick-insert picker.
  startTemplateBridge(ctx);
  const rt = new PageRuntime(ctx, opts);
  await rt.start();
  return rt;
}
