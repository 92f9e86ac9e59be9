// The page framework (src/overlay) of a frame, wired to the extension: it lints through the
// content lint provider and asks the background for what needs it — saving an always-allowed
// phrase. One is made each time the features start (the site
// came into scope), and goes with them.

import { request } from '../messaging/client';
import type { PageSettings } from '../messaging/protocol';
import { Overlay, type OverlayOptions } from '../overlay/framework';
import { loadUiParts } from './lazy';
import type { ContentLint } from './lint-provider';
import type { SettingsSource } from './settings';

const withAllowlist = (s: PageSettings, allowlist: string[]): PageSettings => ({ ...s, lint: { ...s.lint, allowlist } });

/**
 * "Always allow": in force in this frame at once, saved by the background (which refuses it when
 * the organisation locks the allowlist or the phrase is invalid), and undone here when refused,
 * so the page never shows a phrase as allowed that is not.
 */
export async function allowPhrase(settings: SettingsSource, phrase: string): Promise<boolean> {
  const list = settings.current.lint.allowlist ?? [];
  if (list.includes(phrase)) return true;
  settings.update((s) => withAllowlist(s, [...(s.lint.allowlist ?? []), phrase]));
  const saved = await request('cg:allow-phrase', { phrase }).then((r) => !!r?.ok, () => false);
  if (!saved) settings.update((s) => withAllowlist(s, (s.lint.allowlist ?? []).filter((x) => x !== phrase)));
  return saved;
}

export function createFramework(doc: Document, settings: SettingsSource, lint: ContentLint, opts: OverlayOptions): Overlay {
  return new Overlay(doc, lint, { allowPhrase: (phrase) => allowPhrase(settings, phrase) }, { uiParts: loadUiParts, ...opts });
}
