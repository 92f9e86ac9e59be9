// The toolbar button says when checking is off: the badge text 停 (and a title that says why) on
// a tab whose site is paused, and on every tab while checking is paused everywhere. A tab learns
// its state when its top frame asks for its settings (on load, and after every settings change).

import type { Lang } from '../core/types';
import { t, type MessageKey } from '../ui/i18n/index';
import type { Sender } from './dispatcher';

// Chrome's types say these return a promise, the MV2 browserAction's say void; both do at run time
// (the polyfill in Firefox, natively in Chrome).
interface ActionApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string; tabId?: number }): Promise<void> | void;
}
export type ToolbarApi = { action?: ActionApi; browserAction?: ActionApi };

/** Badge text while checking is off, in the UI language. */
const PAUSED_TEXT: Record<Lang, string> = { zh: '停', en: 'off' };
const PAUSED_COLOR = '#5f6368';

export class Toolbar {
  private readonly action: ActionApi | null;

  constructor(api: ToolbarApi) {
    // Chrome MV3: action; Firefox MV2: browserAction.
    this.action = api.action ?? api.browserAction ?? null;
    Promise.resolve(this.action?.setBadgeBackgroundColor({ color: PAUSED_COLOR })).catch(() => undefined);
  }

  private async mark(details: { tabId?: number }, off: boolean, lang: Lang, why: MessageKey): Promise<void> {
    const a = this.action;
    if (!a) return;
    try {
      await a.setBadgeText({ ...details, text: off ? PAUSED_TEXT[lang] : '' });
      await a.setTitle({ ...details, title: off ? `CollectGuard · ${t(lang, why)}` : 'CollectGuard' });
    } catch {
      // The tab is gone (closed while its settings were read).
    }
  }

  /** Checking is paused everywhere, or not: the default for every tab. */
  global(paused: boolean, lang: Lang): Promise<void> {
    return this.mark({}, paused, lang, 'pausedAll');
  }

  /** A tab's top frame got its settings: checking is on for its site, or not. */
  served(sender: Sender, active: boolean, paused: boolean, lang: Lang): Promise<void> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return Promise.resolve();
    return this.mark({ tabId }, !active, lang, paused ? 'pausedAll' : 'pausedSite');
  }
}
