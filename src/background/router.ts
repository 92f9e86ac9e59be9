// Message routing in the background: remembers the field the agent focused last (per tab and
// across tabs), answers the popup's "where would an insert go?", forwards inserts to the tab and
// frame that hold the field, lints previews for the popup, and turns the quick-insert shortcut
// (commands API) into a message to the active tab.
//
// The targets live in storage.session where the browser has it, so a suspended MV3 service
// worker that wakes up again still knows them (and they never outlive the browser session).

import { browser, type Browser } from 'wxt/browser';
import { lint } from '../core/index';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import type { Finding } from '../core/types';
import type { InsertResult, InsertTarget, Message, PopupState } from '../messaging/protocol';
import { lintContextFor, DEFAULT_SETTINGS, normalizeSite, siteMatches, type Settings } from '../settings/schema';
import { forPages, loadSettings, loadSettingsState, saveSettings, watchSettings } from '../settings/store';
import { clock } from '../clock/index';

export const QUICK_INSERT_COMMAND = 'quick-insert';
const SESSION_KEY = 'cg.targets';

export interface Targets {
  last: InsertTarget | null;
  byTab: Record<string, InsertTarget>;
}

type Sender = { tab?: { id?: number }; frameId?: number; id?: string };

export class Router {
  private targets: Targets = { last: null, byTab: {} };
  private ready: Promise<void>;
  private settings: Settings = { ...DEFAULT_SETTINGS };
  private settingsLoaded: Promise<void> | null = null;

  constructor(private readonly api: typeof browser = browser) {
    this.ready = this.restore();
  }

  private session(): Browser.storage.StorageArea | null {
    try {
      return (this.api.storage as unknown as { session?: Browser.storage.StorageArea }).session ?? null;
    } catch {
      return null;
    }
  }

  private async restore(): Promise<void> {
    const area = this.session();
    if (!area) return;
    try {
      const got = (await area.get(SESSION_KEY))[SESSION_KEY] as Partial<Targets> | undefined;
      if (got && typeof got === 'object') {
        // Focus events that arrived while restoring are newer than what was stored.
        const byTab = { ...(got.byTab ?? {}), ...this.targets.byTab };
        const last = this.targets.last ?? got.last ?? null;
        this.targets = { last, byTab };
      }
    } catch {
      // No session storage: memory only.
    }
  }

  private persist(): void {
    const area = this.session();
    if (!area) return;
    void area.set({ [SESSION_KEY]: this.targets }).catch(() => undefined);
  }

  /** The current targets (for tests and debugging). */
  async snapshot(): Promise<Targets> {
    await this.ready;
    return this.targets;
  }

  fieldFocused(sender: Sender, url: string, label: string, at = Date.now()): void {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const t: InsertTarget = { tabId, frameId: sender.frameId ?? 0, url, label, at };
    this.targets = { last: t, byTab: { ...this.targets.byTab, [tabId]: t } };
    this.persist();
  }

  tabRemoved(tabId: number): void {
    const byTab = { ...this.targets.byTab };
    delete byTab[tabId];
    let last = this.targets.last;
    if (last?.tabId === tabId) {
      last = Object.values(byTab).reduce<InsertTarget | null>((a, b) => (!a || b.at > a.at ? b : a), null);
    }
    this.targets = { last, byTab };
    this.persist();
  }

  async target(tabId?: number): Promise<InsertTarget | null> {
    await this.ready;
    if (tabId !== undefined && this.targets.byTab[tabId]) return this.targets.byTab[tabId]!;
    return this.targets.last;
  }

  async insert(text: string, target?: { tabId: number; frameId: number }): Promise<InsertResult> {
    const t = target ?? (await this.target());
    if (!t) return { ok: false, reason: 'no-field' };
    try {
      const r = (await this.api.tabs.sendMessage(t.tabId, { type: 'cg:insert', text }, { frameId: t.frameId })) as InsertResult | undefined;
      return r && typeof r.ok === 'boolean' ? r : { ok: false, reason: 'no-receiver' };
    } catch {
      return { ok: false, reason: 'no-receiver' };
    }
  }

  private loadSettingsOnce(): Promise<void> {
    this.settingsLoaded ??= (async () => {
      // Listen first: a change made while the first read is on its way is not missed, and a first
      // read that fails still leaves the preview following later changes.
      let changed = false;
      watchSettings((s) => {
        changed = true;
        this.settings = s;
      });
      try {
        const s = await loadSettings();
        if (!changed) this.settings = s;
      } catch {
        // Defaults until the next change.
      }
    })();
    return this.settingsLoaded;
  }

  async lint(text: string, audience: 'debtor' | 'third_party'): Promise<Finding[]> {
    await this.loadSettingsOnce();
    // The popup previews a message about to be sent now: the quiet hours count.
    return lint(text, { ...lintContextFor(this.settings, audience, clock.now()), audience });
  }

  async popupState(host: string | null): Promise<PopupState> {
    let s: Settings & { locked?: Partial<Record<string, boolean>> };
    let managedTemplates: unknown[] = [];
    try {
      const state = await loadSettingsState();
      s = state.effective;
      managedTemplates = Array.isArray(state.policy.templates) ? state.policy.templates : [];
    } catch {
      s = { ...DEFAULT_SETTINGS };
    }
    const site = host ? normalizeSite(host) : null;
    return {
      language: s.language,
      paused: s.paused,
      sitePaused: !!site && s.disabledSites.some((d) => siteMatches(d, site)),
      sitesLocked: !!s.locked?.sites,
      ...(managedTemplates.length ? { managedTemplates } : {}),
    };
  }

  /** Pauses or resumes checking on a host through the settings store (policy locks respected). */
  async pauseSite(host: string, paused: boolean): Promise<PopupState & { error?: string }> {
    const site = normalizeSite(host);
    if (!site) return { ...(await this.popupState(null)), error: 'invalid' };
    try {
      const s = await loadSettings();
      const disabledSites = paused ? [...new Set([...s.disabledSites, site])] : s.disabledSites.filter((d) => !siteMatches(d, site));
      await saveSettings({ disabledSites });
      return await this.popupState(host);
    } catch (e) {
      return { ...(await this.popupState(host)), error: e instanceof Error ? e.name || 'error' : 'error' };
    }
  }

  async quickInsert(): Promise<void> {
    try {
      const [tab] = await this.api.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      // Every frame of the tab gets it; the one holding the focused field opens the picker.
      await this.api.tabs.sendMessage(tab.id, { type: 'cg:quick-insert' }).catch(() => undefined);
    } catch {
      // No active tab (devtools, browser pages): nothing to do.
    }
  }

  /** The runtime.onMessage handler: a promise for our messages, undefined for others. */
  handle(msg: unknown, sender: Sender): Promise<unknown> | undefined {
    if (!msg || typeof msg !== 'object' || typeof (msg as { type?: unknown }).type !== 'string') return undefined;
    const m = msg as Message;
    switch (m.type) {
      case 'cg:field-focused':
        this.fieldFocused(sender, String(m.url ?? ''), String(m.label ?? ''));
        return Promise.resolve(true);
      case 'cg:get-target':
        return this.target(typeof m.tabId === 'number' ? m.tabId : undefined);
      case 'cg:insert':
        return this.insert(String(m.text ?? ''), m.target);
      case 'cg:lint':
        return this.lint(String(m.text ?? ''), m.audience === 'third_party' ? 'third_party' : 'debtor');
      case 'cg:popup-state':
        return this.popupState(typeof m.host === 'string' ? m.host : null);
      case 'cg:pause-site':
        return this.pauseSite(String(m.host ?? ''), !!m.paused);
      case 'cg:get-templates':
        return Promise.resolve(BUILTIN_TEMPLATES);
      case 'cg:get-settings':
        return loadSettingsState().then((st) => ({ effective: forPages(st.effective), managedTemplates: st.policy.templates ?? [] }));
      case 'cg:save-settings':
        return saveSettings(m.patch ?? {}).then(
          () => ({ ok: true }),
          (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
      default:
        return undefined;
    }
  }
}

/** Registers the listeners (synchronously, as an MV3 service worker must). */
export function startRouter(api: typeof browser = browser): Router {
  const router = new Router(api);
  api.runtime.onMessage.addListener((msg: unknown, sender: Sender) => router.handle(msg, sender));
  api.tabs.onRemoved.addListener((tabId: number) => router.tabRemoved(tabId));
  api.commands?.onCommand.addListener((command: string) => {
    if (command === QUICK_INSERT_COMMAND) void router.quickInsert();
  });
  return router;
}
