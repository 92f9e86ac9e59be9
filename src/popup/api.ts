// What the popup needs from the browser, behind one interface so component tests can pass a fake.
// Insertion and the preview lint go through the background (it knows the last focused field, and
// it bundles the engine, which alone is larger than the popup's size budget).

import { browser } from 'wxt/browser';
import type { Audience, Finding } from '../core/types';
import { request } from '../messaging/client';
import type { InsertResult, InsertTarget, PopupState } from '../messaging/protocol';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { loadCustomTemplates, loadLast, loadRemembered, rememberTemplate, rememberValues, type LastTemplates } from '../templates/storage';
import type { Template, Values } from '../templates/types';

export interface PopupData {
  templates: Template[];
  remembered: Values;
  last: LastTemplates;
}

export interface PopupApi {
  load(): Promise<PopupData>;
  /** Where an insert would go now (null: no field known). */
  target(): Promise<InsertTarget | null>;
  /** The site the per-site pause applies to: the active tab's, else the target's. */
  site(target: InsertTarget | null): Promise<string | null>;
  /** Language, global pause and the per-site pause for `host` (settings live behind the background). */
  state(host: string | null): Promise<PopupState>;
  pauseSite(host: string, paused: boolean): Promise<PopupState>;
  /** The preview's findings; null when they cannot be had (background unreachable): no verdict then. */
  lint(text: string, audience: Audience): Promise<Finding[] | null>;
  /** Inserts a template's text; `audience`: its recipient, which the page then checks the message for; `templateId` is counted in the local statistics when it went in. */
  insert(text: string, target: InsertTarget | null, audience?: Audience, templateId?: string): Promise<InsertResult>;
  copy(text: string): Promise<boolean>;
  remember(template: Template, values: Values): Promise<void>;
  openOptions(): void;
  /** Whether this page is the toolbar popup (not popup.html opened in a tab). */
  isToolbarPopup(): boolean;
  close(): void;
}

export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.hostname || null : null;
  } catch {
    return null;
  }
}

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  } catch {
    return undefined;
  }
}

/** Copies with the async clipboard API, falling back to a hidden textarea and execCommand. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    doc.body.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}

export const browserPopupApi: PopupApi = {
  async load() {
    const [custom, remembered, last] = await Promise.all([loadCustomTemplates(), loadRemembered(), loadLast()]);
    return { templates: [...BUILTIN_TEMPLATES, ...custom], remembered, last };
  },

  async target() {
    const tab = await activeTab();
    // The toolbar popup: its tab's field; popup.html opened as a page: any tab's latest field.
    const tabId = tab?.id !== undefined && hostOf(tab.url) ? tab.id : undefined;
    try {
      const t = await request('cg:get-target', tabId !== undefined ? { tabId } : {});
      return t && typeof t.tabId === 'number' ? t : null;
    } catch {
      return null;
    }
  },

  async site(target) {
    const tab = await activeTab();
    return hostOf(tab?.url) ?? hostOf(target?.url);
  },

  async state(host) {
    try {
      const r = await request('cg:popup-state', { host });
      if (r && typeof r.language === 'string') return r;
    } catch {
      // Background not reachable: defaults below.
    }
    return { language: navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh', paused: false, sitePaused: false, sitesLocked: false };
  },

  async pauseSite(host, paused) {
    const r = await request('cg:pause-site', { host, paused });
    if (!r || typeof r.language !== 'string') throw new Error('no answer');
    return r;
  },

  async lint(text, audience) {
    try {
      const r = await request('cg:lint', { text, audience });
      // No answer is not "no findings": the preview must not call an unchecked text compliant.
      return Array.isArray(r) ? r : null;
    } catch {
      return null;
    }
  },

  async insert(text, target, audience, templateId) {
    try {
      const r = await request('cg:insert', {
        text,
        ...(target ? { target: { tabId: target.tabId, frameId: target.frameId } } : {}),
        ...(audience ? { audience } : {}),
        ...(templateId ? { templateId } : {}),
      });
      return r && typeof r.ok === 'boolean' ? r : { ok: false, reason: 'no-receiver' };
    } catch {
      return { ok: false, reason: 'no-receiver' };
    }
  },

  copy: (text) => copyText(text),

  async remember(template, values) {
    await Promise.all([rememberValues(values), rememberTemplate(template)]).catch(() => undefined);
  },

  openOptions() {
    void browser.runtime.openOptionsPage().catch(() => undefined);
  },

  isToolbarPopup() {
    try {
      return browser.extension.getViews({ type: 'popup' }).includes(window);
    } catch {
      return false;
    }
  },

  close() {
    window.close();
  },
};
