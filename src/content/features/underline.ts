// Underlines, badges, the panel and the card: the page framework (src/overlay) on this frame,
// configured from the frame's settings, linting through the content lint provider, with the one
// action that needs the extension (always allow a phrase), and told the recipient of templates
// the other features insert.

import { request } from '../../messaging/client';
import type { PageSettings } from '../../messaging/protocol';
import { Overlay, type OverlayConfig } from '../../overlay/framework';
import { uiLang } from '../../ui/i18n/index';
import type { Feature } from '../feature';
import type { SettingsSource } from '../settings';

const configOf = (s: PageSettings): OverlayConfig => ({ lang: uiLang(s.language), active: s.active, allowLocked: s.allowLocked, unallowable: s.unallowable });

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

export const underline: Feature = {
  name: 'underline',
  init(signal, { doc, settings, lint, overlay: opts, recipients }) {
    const overlay = new Overlay(doc, lint, { allowPhrase: (phrase) => allowPhrase(settings, phrase) }, opts);
    signal.addEventListener('abort', () => overlay.destroy());
    recipients.subscribe((field, audience) => overlay.presetAudience(field, audience), signal);
    overlay.start(configOf(settings.current));
    settings.subscribe((s) => overlay.configure(configOf(s)), signal);
  },
};
