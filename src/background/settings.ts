// The settings as the background serves them: it follows the stored settings (store.ts: migrated,
// validated, policy merged), tells every tab when they change, gives each frame only what it needs
// for its own site (PageSettings), saves the one change a page may ask for (always allow a phrase),
// and answers the popup: its state, the per-site pause and the preview lint.

import { lint, PACKS } from '../core/index';
import type { Audience } from '../core/types';
import type { PageSettings, PopupState } from '../messaging/protocol';
import { LatestRead } from '../settings/latest';
import { DEFAULT_SETTINGS, NO_LOCKS, inScope, isActiveOn, lintContextFor, normalizeSite, selectorsFor, siteMatches, unallowableCategories, type EffectiveSettings, type PackIndex } from '../settings/schema';
import { forPages, loadSettings, loadSettingsState, saveSettings, watchSettings } from '../settings/store';
import { clock } from '../clock/index';
import { senderHost, type Handlers, type Sender } from './dispatcher';

/**
 * What a frame on `host` needs of the settings (never the other paused or listed sites, another
 * site's selectors, backups or the raw policy).
 */
export function pageSettingsFor(s: EffectiveSettings, host: string, packs: PackIndex): PageSettings {
  // The audience is the page's to add per message (the agent's choice, else this default, else detected).
  // Custom patterns go out parsed: the content script has no pattern parser of its own.
  const { audience: _audience, now: _now, ...context } = lintContextFor(forPages(s), packs);
  return {
    inScope: inScope(s, host),
    active: isActiveOn(s, host),
    language: s.language,
    defaultAudience: s.defaultAudience,
    allowLocked: !!s.locked?.allowlist,
    unallowable: unallowableCategories(s),
    lint: context,
    sendGuard: s.sendGuard,
    sendGuardReason: s.sendGuardReason,
    selectors: selectorsFor(s.siteSelectors, host),
  };
}

export class SettingsService {
  private value: EffectiveSettings = { ...DEFAULT_SETTINGS, locked: NO_LOCKS, managed: [] };

  /** `served`: a frame got its PageSettings (the toolbar shows whether its tab is checked). */
  constructor(private readonly served: (sender: Sender, page: PageSettings, s: EffectiveSettings) => void = () => undefined) {}
  private readonly latest = new LatestRead(loadSettings, (v) => {
    this.value = v;
  });
  private pending: Promise<unknown> | null = null;

  /** Follows the stored settings from now on; `onChange` runs after each change is in place. */
  start(onChange: () => void): () => void {
    return watchSettings((s) => {
      this.latest.set(s);
      onChange();
    });
  }

  /** The settings in force: read once, then kept current by the change events (a failed read is tried again). */
  async current(): Promise<EffectiveSettings> {
    if (!this.latest.settled) {
      this.pending ??= this.latest.refresh().catch(() => false).finally(() => {
        this.pending = null;
      });
      await this.pending;
    }
    return this.value;
  }

  async lint(text: string, audience: Audience) {
    const s = await this.current();
    // The popup previews a message about to be sent now: the quiet hours count.
    return lint(text, { ...lintContextFor(s, PACKS, audience, clock.now()), audience });
  }

  async allowPhrase(raw: string): Promise<{ ok: boolean }> {
    const phrase = raw.trim();
    if (!phrase) return { ok: false };
    try {
      const s = await loadSettings();
      if (s.locked.allowlist) return { ok: false };
      // The card offers none for these, but a page's process can send anything its content script
      // can: the words themselves are checked here too.
      const unallowable = unallowableCategories(s);
      const found = [...lint(phrase, { ...lintContextFor(s, PACKS, 'debtor'), allowlist: [], audience: 'debtor' }), ...lint(phrase, { ...lintContextFor(s, PACKS, 'third_party'), allowlist: [], audience: 'third_party' })];
      if (found.some((f) => unallowable.includes(f.category))) return { ok: false };
      // The store validates the phrase as the options page does, and refuses a locked allowlist too.
      if (!s.allowlist.includes(phrase)) await saveSettings({ allowlist: [...s.allowlist, phrase] });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  }

  async popupState(host: string | null): Promise<PopupState> {
    let s: EffectiveSettings;
    let managedTemplates: unknown[] = [];
    try {
      const state = await loadSettingsState();
      s = state.effective;
      managedTemplates = Array.isArray(state.policy.templates) ? state.policy.templates : [];
    } catch {
      s = { ...DEFAULT_SETTINGS, locked: NO_LOCKS, managed: [] };
    }
    const site = host ? normalizeSite(host) : null;
    return {
      language: s.language,
      paused: s.paused,
      sitePaused: !!site && s.disabledSites.some((d) => siteMatches(d, site)),
      sitesLocked: !!s.locked?.sites,
      outOfScope: !!site && !inScope(s, site),
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

  handlers(): Handlers {
    return {
      'cg:page-settings': async (_p, sender) => {
        const s = await this.current();
        const page = pageSettingsFor(s, senderHost(sender), PACKS);
        this.served(sender, page, s);
        return page;
      },
      'cg:allow-phrase': (p) => this.allowPhrase(typeof p.phrase === 'string' ? p.phrase : ''),
      'cg:lint': (p) => this.lint(typeof p.text === 'string' ? p.text : '', p.audience === 'third_party' ? 'third_party' : 'debtor'),
      'cg:popup-state': (p) => this.popupState(typeof p.host === 'string' ? p.host : null),
      'cg:pause-site': (p) => this.pauseSite(typeof p.host === 'string' ? p.host : '', !!p.paused),
    };
  }
}
