// Where the popup's inserts go: the field the agent focused last, per tab and across tabs, as
// content scripts report it (cg:field-focused: only trusted focus events are reported, and the
// tab, frame and URL are the sender's). Inserts are forwarded to that tab and frame, and only to a
// field that was reported there; the quick-insert shortcut (commands API) goes to the active tab.
//
// The targets live in storage.session where the browser has it, so a suspended MV3 service worker
// that wakes up again still knows them (and they never outlive the browser session).

import type { Browser } from 'wxt/browser';
import type { Audience } from '../core/types';
import { tellPage, type TabsApi } from '../messaging/client';
import type { InsertResult, InsertTarget } from '../messaging/protocol';
import { contentFrame, type Handlers, type RuntimeIdentity, type Sender } from './dispatcher';

export const QUICK_INSERT_COMMAND = 'quick-insert';
const SESSION_KEY = 'cg.targets';
const MAX_LABEL = 80;

export interface Targets {
  last: InsertTarget | null;
  byTab: Record<string, InsertTarget>;
}

/** The part of the browser API the targets use. */
export type TargetsApi = RuntimeIdentity &
  TabsApi & {
    tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
    storage: { session?: Pick<Browser.storage.StorageArea, 'get' | 'set'> };
  };

export class InsertTargets {
  private targets: Targets = { last: null, byTab: {} };
  private readonly ready: Promise<void>;

  constructor(
    private readonly api: TargetsApi,
    /** A template the popup inserted went in (for the statistics). */
    private readonly templateInserted: (id: string) => void = () => undefined,
  ) {
    this.ready = this.restore();
  }

  private session(): Pick<Browser.storage.StorageArea, 'get' | 'set'> | null {
    try {
      return this.api.storage.session ?? null;
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

  /** A content script reports a trusted focus in its frame; where it is comes from the sender alone. */
  fieldFocused(sender: Sender, label: string, at = Date.now()): boolean {
    const frame = contentFrame(sender, this.api);
    if (!frame) return false;
    const t: InsertTarget = { ...frame, label: label.slice(0, MAX_LABEL), at };
    this.targets = { last: t, byTab: { ...this.targets.byTab, [frame.tabId]: t } };
    this.persist();
    return true;
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

  /**
   * Inserts into `target` when it is the field last focused in its tab, else into the most recent
   * one; `audience`: the template's recipient; `templateId`, the template inserted, is counted once
   * it went in.
   */
  async insert(text: string, target?: { tabId: number; frameId: number }, audience?: Audience, templateId?: string): Promise<InsertResult> {
    await this.ready;
    const known = target ? this.targets.byTab[target.tabId] : this.targets.last;
    if (!known || (target && known.frameId !== target.frameId)) return { ok: false, reason: 'no-field' };
    try {
      const r = await tellPage(this.api, known.tabId, 'cg:insert', { text, ...(audience ? { audience } : {}) }, known.frameId);
      if (r?.ok === true && templateId) this.templateInserted(templateId);
      return r && typeof r.ok === 'boolean' ? r : { ok: false, reason: 'no-receiver' };
    } catch {
      return { ok: false, reason: 'no-receiver' };
    }
  }

  async quickInsert(): Promise<void> {
    try {
      const [tab] = await this.api.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      // Every frame of the tab gets it; the one holding the focused field opens the picker.
      await tellPage(this.api, tab.id, 'cg:quick-insert', {}).catch(() => undefined);
    } catch {
      // No active tab (devtools, browser pages): nothing to do.
    }
  }

  handlers(): Handlers {
    return {
      'cg:field-focused': (p, sender) => this.fieldFocused(sender, typeof p.label === 'string' ? p.label : ''),
      'cg:get-target': (p) => this.target(typeof p.tabId === 'number' ? p.tabId : undefined),
      'cg:insert': (p) => {
        const t = p.target;
        const valid = t && typeof t.tabId === 'number' && typeof t.frameId === 'number' ? { tabId: t.tabId, frameId: t.frameId } : undefined;
        const audience = p.audience === 'debtor' || p.audience === 'third_party' ? p.audience : undefined;
        return this.insert(typeof p.text === 'string' ? p.text : '', valid, audience, typeof p.templateId === 'string' ? p.templateId : undefined);
      },
    };
  }
}
