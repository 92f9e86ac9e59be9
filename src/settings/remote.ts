// Settings for content scripts, through the background. The background reads storage, migrates,
// validates and merges the organisation policy (store.ts); pages only ask for the result and
// hear about changes. This keeps the validators out of every frame's bundle, and a page never
// waits on storage.managed (which can take seconds to answer a content script).

import { browser } from 'wxt/browser';
import type { GetSettings, SaveSettings, SettingsSnapshot } from '../messaging/protocol';
import type { EffectiveSettings, Settings } from './schema';

export type { SettingsSnapshot };

export function fetchSettings(): Promise<SettingsSnapshot> {
  const request: GetSettings = { type: 'cg:get-settings' };
  return browser.runtime.sendMessage(request) as Promise<SettingsSnapshot>;
}

/** The effective settings (policy merged over the user's). */
export async function loadSettings(): Promise<EffectiveSettings> {
  return (await fetchSettings()).effective;
}

/** Saves a patch through the background (which refuses locked or invalid values). */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const request: SaveSettings = { type: 'cg:save-settings', patch };
  const r = (await browser.runtime.sendMessage(request)) as { ok: boolean; error?: string } | undefined;
  if (!r?.ok) throw new Error(r?.error ?? 'settings not saved');
}

/** Calls `onChange` with a fresh snapshot when the user's settings or the policy change. */
export function watchSettings(onChange: (s: SettingsSnapshot) => void): () => void {
  let seq = 0;
  let last = '';
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && 'settings' in changes)) return;
    const mine = ++seq;
    void fetchSettings().then(
      (s) => {
        const json = JSON.stringify(s);
        // Only the newest answer counts, and only a real change.
        if (stopped || mine !== seq || json === last) return;
        last = json;
        onChange(s);
      },
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
