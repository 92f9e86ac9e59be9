// Underlines, badges, the panel and the card: the page framework (src/overlay) on this frame,
// started and configured from the frame's settings, told the recipient of templates the other
// features insert, and taken down with the feature.

import type { PageSettings } from '../../messaging/protocol';
import type { OverlayConfig } from '../../overlay/framework';
import { uiLang } from '../../ui/i18n/index';
import type { Feature } from '../feature';

const configOf = (s: PageSettings): OverlayConfig => ({ lang: uiLang(s.language), active: s.active, allowLocked: s.allowLocked, unallowable: s.unallowable });

export const underline: Feature = {
  name: 'underline',
  init(signal, { settings, framework, recipients }) {
    signal.addEventListener('abort', () => framework.destroy());
    recipients.subscribe((field, audience) => framework.presetAudience(field, audience), signal);
    framework.start(configOf(settings.current));
    settings.subscribe((s) => framework.configure(configOf(s)), signal);
  },
};
